import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';

/**
 * The request fields besides the conversation and the tools, through the real server and the recording mock
 * upstream under the shipped policy (EMAIL: pseudonymize): a stop sequence leaves as a placeholder and comes back
 * as the client's; a schema name or a closed-set value that would carry text is refused, nothing sent. Invented
 * values throughout.
 */
const EMAIL = 'ottilie.brandvold@fjordpost-mail.net';
const ANTHROPIC = { 'anthropic-version': '2023-06-01' };

interface ErrorBody {
  error: { code: string; param: string | null; message: string };
}

describe('request fields end to end', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig({ rulesDir: shippedRulesWithSlackTimeout() });
  });
  afterAll(async () => {
    await rig.close();
  });
  beforeEach(() => {
    rig.upstream.reset();
  });

  it('chat: an e-mail in stop leaves as its placeholder; a web search city is left out', async () => {
    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'draft the reply' }],
      stop: [`Reply to ${EMAIL}`, 'END'],
      web_search_options: { user_location: { type: 'approximate', approximate: { city: 'Olot', country: 'ES' } } },
    });
    expect(res.status).toBe(200);
    const raw = rig.upstream.requests[0]?.body ?? '';
    expect(raw).not.toContain(EMAIL);
    expect(raw).not.toContain('Olot');
    const sent = rig.upstream.requests[0]!.json as Record<string, unknown>;
    expect(sent.stop).toEqual(['Reply to <EMAIL_1>', 'END']);
    expect(sent.web_search_options).toEqual({ user_location: { type: 'approximate', approximate: {} } });
  });

  it('Anthropic: stop_sequences leave as placeholders; the stop_sequence of the answer is the client’s', async () => {
    rig.upstream.set({
      rawBody: JSON.stringify({
        id: 'msg_1',
        type: 'message',
        role: 'assistant',
        model: 'claude-3-5-haiku-latest',
        content: [{ type: 'text', text: 'Dear team,' }],
        stop_reason: 'stop_sequence',
        stop_sequence: 'cc <EMAIL_1>',
        usage: { input_tokens: 5, output_tokens: 3 },
      }),
    });
    const res = await rig.post(
      '/v1/messages',
      {
        model: 'claude-3-5-haiku-latest',
        max_tokens: 50,
        messages: [{ role: 'user', content: 'draft the reply' }],
        stop_sequences: [`cc ${EMAIL}`],
      },
      ANTHROPIC,
    );
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    expect((rig.upstream.requests[0]!.json as { stop_sequences: string[] }).stop_sequences).toEqual(['cc <EMAIL_1>']);
    const answer = (await res.json()) as { stop_sequence: string };
    expect(answer.stop_sequence).toBe(`cc ${EMAIL}`);
  });

  it('a JSON schema name holding an e-mail is refused with a 400 naming it; nothing is sent', async () => {
    const res = await rig.post('/v1/responses', {
      model: 'gpt-4.1',
      input: 'summarise the thread',
      text: { format: { type: 'json_schema', name: `summary_for_${EMAIL}`, schema: { type: 'object' } } },
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain(EMAIL);
    const { error } = JSON.parse(text) as ErrorBody;
    expect([error.code, error.param]).toEqual(['unsupported_content', 'text.format.name']);
    expect(error.message).toContain('EMAIL');
    expect(error.message).toContain('would name nothing');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('a closed-set value with free text, or text in a field Veil does not know: 400 naming it, nothing sent', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['/v1/responses', { model: 'gpt-4.1', input: 'hi', include: [EMAIL] }, 'invalid_value', 'include[0]'],
      ['/v1/chat/completions', { ...chatBody(), service_tier: EMAIL }, 'invalid_value', 'service_tier'],
      ['/v1/chat/completions', { ...chatBody(), notes: `ask ${EMAIL}` }, 'unsupported_content', 'notes'],
    ];
    for (const [path, body, code, param] of cases) {
      const res = await rig.post(path, body);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toContain(EMAIL);
      const { error } = JSON.parse(text) as ErrorBody;
      expect([error.code, error.param]).toEqual([code, param]);
    }
    const anthropic = await rig.post(
      '/v1/messages',
      { model: 'claude-3-5-haiku-latest', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }], speed: EMAIL },
      ANTHROPIC,
    );
    expect(anthropic.status).toBe(400);
    expect(((await anthropic.json()) as ErrorBody).error).toBeDefined();
    expect(rig.upstream.requests).toHaveLength(0);
  });
});

const chatBody = () => ({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
