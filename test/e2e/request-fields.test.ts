import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';

/**
 * The request fields besides the conversation and the tools, through the real server and the recording mock
 * upstream under the shipped policy (EMAIL: pseudonymize): a stop sequence leaves as a placeholder and comes back
 * as the client's; a schema name, a value outside a closed set or text in a field Veil does not know goes as sent
 * when the policy changes nothing in it, and is refused (nothing sent) when it would. Invented values throughout.
 */
const EMAIL = 'ottilie.brandvold@fjordpost-mail.net';
/** Invented, Luhn-valid. */
const CARD = '4527 1893 0264 5814';
const ANTHROPIC = { 'anthropic-version': '2023-06-01' };

interface ErrorBody {
  error: { code: string; param: string | null; message: string };
}

describe('request fields end to end', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
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

  it('a new enum value, a new include item and a new string field with plain text reach the upstream unchanged', async () => {
    const cases: [string, Record<string, unknown>, Record<string, string>?][] = [
      ['/v1/chat/completions', { ...chatBody(), service_tier: 'turbo_batch', request_label: 'weekly digest' }],
      [
        '/v1/responses',
        {
          model: 'gpt-4.1',
          input: 'hi',
          include: ['reasoning.encrypted_content', 'message.output_text.annotations'],
          reasoning: { effort: 'xxhigh' },
        },
      ],
      [
        '/v1/messages',
        { ...anthropicBody(), speed: 'turbo', thinking: { type: 'deep', budget_tokens: 2048 } },
        ANTHROPIC,
      ],
    ];
    for (const [path, body, headers] of cases) {
      rig.upstream.reset();
      const res = await rig.post(path, body, headers);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('x-veil-findings')).toBeNull();
      expect(rig.upstream.requests).toHaveLength(1);
      expect(rig.upstream.requests[0]!.json).toEqual(body);
    }
  });

  it('an e-mail or a card in a new enum value or a new field: 400 naming the field, findings counted, nothing sent', async () => {
    const cases: [string, Record<string, unknown>, string, string, Record<string, string>?][] = [
      ['/v1/chat/completions', { ...chatBody(), service_tier: EMAIL }, 'service_tier', 'EMAIL=1'],
      ['/v1/chat/completions', { ...chatBody(), request_label: `bill card ${CARD}` }, 'request_label', 'CREDIT_CARD=1'],
      ['/v1/responses', { model: 'gpt-4.1', input: 'hi', include: [`notes.${EMAIL}`] }, 'include[0]', 'EMAIL=1'],
      ['/v1/messages', { ...anthropicBody(), reviewer: { contact: EMAIL } }, 'reviewer.contact', 'EMAIL=1', ANTHROPIC],
    ];
    for (const [path, body, param, findings, headers] of cases) {
      const res = await rig.post(path, body, headers);
      expect(res.status, param).toBe(400);
      expect(res.headers.get('x-veil-findings')).toBe(findings);
      const text = await res.text();
      expect(text).not.toContain(EMAIL);
      expect(text).not.toContain(CARD);
      const error = errorOf(text);
      // Anthropic's error body has no code or param: its message names the field.
      if (headers === undefined) expect([error.code, error.param]).toEqual(['unsupported_content', param]);
      expect(error.message.startsWith(`${param} holds ${findings.split('=')[0]}`)).toBe(true);
      expect(error.message).toContain('a request setting with a placeholder would mean nothing');
      const record = await auditOf(rig, res);
      expect(record.status).toBe(400);
      expect(record.error).toBe('unsupported_content');
      expect(record.findings).toEqual([[findings.split('=')[0], 1, 'pseudonymize']]);
      expect(JSON.stringify(record)).not.toContain(EMAIL);
    }
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('an e-mail as a field name (a new field, a key of an unknown map, a metadata key): 400 naming the map, nothing sent', async () => {
    const cases: [string, Record<string, unknown>, string | null, string, Record<string, string>?][] = [
      ['/v1/chat/completions', { ...chatBody(), [EMAIL]: true }, null, 'the request body'],
      ['/v1/chat/completions', { ...chatBody(), routing: { [EMAIL]: 'vip' } }, 'routing', 'routing'],
      ['/v1/responses', { model: 'gpt-4.1', input: 'hi', metadata: { [EMAIL]: 'x' } }, 'metadata', 'metadata'],
      ['/v1/messages', { ...anthropicBody(), extras: [{ [EMAIL]: 1 }] }, 'extras[0]', 'extras[0]', ANTHROPIC],
    ];
    for (const [path, body, param, where, headers] of cases) {
      const res = await rig.post(path, body, headers);
      expect(res.status, where).toBe(400);
      expect(res.headers.get('x-veil-findings')).toBe('EMAIL=1');
      const text = await res.text();
      expect(text).not.toContain(EMAIL);
      const error = errorOf(text);
      if (headers === undefined) expect([error.code, error.param]).toEqual(['unsupported_content', param]);
      expect(error.message.startsWith(`a field name in ${where} holds EMAIL`)).toBe(true);
      expect(error.message).toContain('Rename the field');
      const record = await auditOf(rig, res);
      expect(record.findings).toEqual([['EMAIL', 1, 'pseudonymize']]);
      expect(JSON.stringify(record)).not.toContain(EMAIL);
    }
    expect(rig.upstream.requests).toHaveLength(0);
    // Names that hold nothing go as sent, the known numeric settings among them.
    const plain = {
      ...chatBody(),
      temperature: 0.2,
      stream: false,
      routing: { tier: 'gold' },
      metadata: { team: 'ops' },
    };
    const res = await rig.post('/v1/chat/completions', plain);
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]!.json).toEqual(plain);
  });

  it('under a block rule the same value in a new field blocks the request (403), nothing sent', async () => {
    const blocking = await startRig({
      rulesDir: shippedRulesWithSlackTimeout({
        'default.yaml': (yaml) => yaml.replace('  EMAIL: pseudonymize', '  EMAIL: block'),
      }),
    });
    try {
      for (const body of [
        { ...chatBody(), service_tier: EMAIL },
        { ...chatBody(), request_label: `ask ${EMAIL}` },
      ]) {
        const res = await blocking.post('/v1/chat/completions', body);
        expect(res.status).toBe(403);
        expect(res.headers.get('x-veil-findings')).toBe('EMAIL=1');
        const text = await res.text();
        expect(text).not.toContain(EMAIL);
        const record = await auditOf(blocking, res);
        expect(record.findings).toEqual([['EMAIL', 1, 'block']]);
        expect(record.route).toBe('blocked');
      }
      expect(blocking.upstream.requests).toHaveLength(0);
    } finally {
      await blocking.close();
    }
  });
});

const chatBody = () => ({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
const anthropicBody = () => ({
  model: 'claude-3-5-haiku-latest',
  max_tokens: 5,
  messages: [{ role: 'user', content: 'hi' }],
});
const errorOf = (text: string) => (JSON.parse(text) as ErrorBody).error;

/** The request's audit record: its status, error, route and findings as [label, count, action]. */
async function auditOf(rig: TestRig, res: Response) {
  await rig.gateway.audit.flush();
  const id = res.headers.get('x-veil-request-id') ?? '';
  const row = rig.gateway.db
    .prepare('SELECT seq, status, error, route FROM audit_records WHERE request_id = ?')
    .get(id) as { seq: number; status: number; error: string | null; route: string };
  const findings = rig.gateway.db
    .prepare('SELECT label, count, action FROM audit_findings WHERE record_seq = ? ORDER BY idx')
    .all(row.seq) as { label: string; count: number; action: string }[];
  return { ...row, findings: findings.map((f) => [f.label, f.count, f.action]) };
}
