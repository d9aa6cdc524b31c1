import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';

/**
 * End to end through the real detector, policy and restorer: what the recording mock upstream received must
 * not contain any sensitive value, byte for byte, and what the client got back must hold the originals.
 * The mock answers by echoing the last user text, so placeholders come back and must be restored.
 */
const EMAIL = 'alice.smith@acme-corp.com';
const PHONE = '+34 612 345 678';
const CARD = '4111 1111 1111 1111';
const CARD_COMPACT = '4111111111111111';
const IBAN = 'DE89 3704 0044 0532 0130 00';
const DNI = '12345678Z';
const OTHER_EMAIL = 'bob@example.org';
const OTHER_CARD = '5500-0000-0000-0004';
const VALUES = [EMAIL, PHONE, CARD, CARD_COMPACT, IBAN, DNI, OTHER_EMAIL, OTHER_CARD, '612 345 678', '0532 0130'];

const SYSTEM = `You help customers. Escalations go to ${OTHER_EMAIL}.`;
const FIRST = `Hi, I am reachable at ${EMAIL} or ${PHONE}. Card ${CARD}, IBAN ${IBAN}, DNI ${DNI}.`;
const LAST = `Please confirm card ${CARD} and write to ${EMAIL} and "${OTHER_EMAIL}".`;

const chatHistory = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: FIRST },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_0',
          type: 'function',
          function: { name: 'lookup', arguments: JSON.stringify({ email: OTHER_EMAIL, card: OTHER_CARD }) },
        },
      ],
    },
    { role: 'tool', tool_call_id: 'call_0', content: `Found ${CARD_COMPACT} on file for ${EMAIL}` },
    { role: 'user', content: [{ type: 'text', text: LAST }] },
  ],
};

function expectNoValue(sent: string | undefined) {
  expect(sent).toBeDefined();
  for (const value of VALUES) expect(sent?.includes(value), `upstream received a sensitive value`).toBe(false);
}

/** The text of every delta of an OpenAI stream, joined; also checks each event is well-formed JSON. */
function openAiStreamText(body: string, pick: (choice: Record<string, unknown>) => string | undefined): string {
  return body
    .split('\n\n')
    .filter((e) => e.startsWith('data: {'))
    .map((e) => JSON.parse(e.slice(6)) as { choices: Record<string, unknown>[] })
    .flatMap((chunk) => chunk.choices.map(pick))
    .join('');
}

function anthropicDeltas(body: string): { text: string; json: string } {
  let text = '';
  let json = '';
  for (const event of body.split('\n\n')) {
    const line = event.split('\n').find((l) => l.startsWith('data: '));
    if (!line) continue;
    const data = JSON.parse(line.slice(6)) as { type: string; delta?: { text?: string; partial_json?: string } };
    if (data.type !== 'content_block_delta') continue;
    text += data.delta?.text ?? '';
    json += data.delta?.partial_json ?? '';
  }
  return { text, json };
}

describe('privacy end to end (default policy)', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('OpenAI chat JSON: every message, tool call and tool result is pseudonymized; the answer is restored', async () => {
    const res = await rig.post('/v1/chat/completions', chatHistory);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    expect(res.headers.get('x-veil-policy')).toBe('default');
    expect(res.headers.get('x-veil-findings')).toMatch(/CREDIT_CARD=\d+/);
    const sent = rig.upstream.requests[0];
    expectNoValue(sent?.body);
    // One value, one placeholder: the card in both spellings and the e-mail in every message.
    const json = sent?.json as typeof chatHistory;
    const lastParts = json.messages[4]?.content as { text: string }[];
    const last = lastParts[0]?.text ?? '';
    // Numbered by first occurrence: the system prompt's e-mail is <EMAIL_1>.
    expect(last).toBe('Please confirm card <CREDIT_CARD_1> and write to <EMAIL_2> and "<EMAIL_1>".');
    expect(json.messages[3]?.content).toBe('Found <CREDIT_CARD_1> on file for <EMAIL_2>');
    expect(JSON.parse(json.messages[2]?.tool_calls?.[0]?.function.arguments ?? '')).toEqual({
      email: '<EMAIL_1>',
      card: '<CREDIT_CARD_2>',
    });
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toBe(LAST);
  });

  it('OpenAI chat stream: placeholders split across events come back whole', async () => {
    rig.upstream.set({ chunkSize: 3 });
    const res = await rig.post('/v1/chat/completions', { ...chatHistory, stream: true });
    expect(res.status).toBe(200);
    expectNoValue(rig.upstream.requests[0]?.body);
    const text = await res.text();
    expect(openAiStreamText(text, (c) => (c.delta as { content?: string } | undefined)?.content)).toBe(LAST);
    expect(text).not.toMatch(/<(CREDIT_CARD|EMAIL)_/);
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('OpenAI tool calls: arguments with placeholders are restored as valid JSON, in JSON and streamed', async () => {
    await rig.post('/v1/chat/completions', chatHistory);
    const sentHistory = rig.upstream.requests[0]?.json as typeof chatHistory;
    const sentParts = sentHistory.messages[4]?.content as { text: string }[];
    const forwarded = sentParts[0]?.text as string;
    rig.upstream.reset();
    // The model calls a tool with the placeholders it was given; the client must see the real values.
    rig.upstream.set({ toolCall: { name: 'send', arguments: JSON.stringify({ body: forwarded }) } });
    const res = await rig.post('/v1/chat/completions', chatHistory);
    const body = (await res.json()) as {
      choices: { message: { tool_calls: { function: { arguments: string } }[] } }[];
    };
    expect(JSON.parse(body.choices[0]?.message.tool_calls[0]?.function.arguments ?? '')).toEqual({ body: LAST });

    rig.upstream.set({ toolCall: { name: 'send', arguments: JSON.stringify({ body: forwarded }) }, chunkSize: 5 });
    const streamed = await rig.post('/v1/chat/completions', { ...chatHistory, stream: true });
    const args = openAiStreamText(await streamed.text(), (c) =>
      ((c.delta as { tool_calls?: { function: { arguments?: string } }[] }).tool_calls ?? [])
        .map((t) => t.function.arguments ?? '')
        .join(''),
    );
    expect(JSON.parse(args)).toEqual({ body: LAST });
    for (const r of rig.upstream.requests) expectNoValue(r.body);
  });

  it('OpenAI completions: prompt and suffix are pseudonymized and the streamed text restored', async () => {
    rig.upstream.set({ chunkSize: 2 });
    const res = await rig.post('/v1/completions', { model: 'code-model', prompt: FIRST, suffix: LAST, stream: true });
    expect(res.status).toBe(200);
    expectNoValue(rig.upstream.requests[0]?.body);
    expect(openAiStreamText(await res.text(), (c) => c.text as string)).toBe(FIRST);
  });

  it('embeddings inputs never reach the upstream in clear', async () => {
    const res = await rig.post('/v1/embeddings', { model: 'text-embedding-3-small', input: [FIRST, LAST] });
    expect(res.status).toBe(200);
    expectNoValue(rig.upstream.requests[0]?.body);
  });

  const anthropicRequest = {
    model: 'claude-sonnet-4',
    max_tokens: 256,
    system: SYSTEM,
    messages: [
      { role: 'user', content: FIRST },
      {
        role: 'assistant',
        content: [{ type: 'tool_use', id: 'toolu_0', name: 'lookup', input: { email: OTHER_EMAIL, card: OTHER_CARD } }],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_0', content: `Found ${CARD_COMPACT} for ${EMAIL}` },
          { type: 'text', text: LAST },
        ],
      },
    ],
  };
  const anthropicPost = (body: unknown) =>
    fetch(rig.url('/v1/messages'), {
      method: 'POST',
      headers: { 'x-api-key': rig.key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('Anthropic messages JSON and stream: pseudonymized upstream, originals back', async () => {
    const res = await anthropicPost(anthropicRequest);
    expect(res.status).toBe(200);
    expectNoValue(rig.upstream.requests[0]?.body);
    const body = (await res.json()) as { content: { type: string; text: string }[] };
    expect(body.content[0]?.text).toBe(LAST);

    rig.upstream.set({ chunkSize: 3 });
    const streamed = await anthropicPost({ ...anthropicRequest, stream: true });
    expect(streamed.status).toBe(200);
    expectNoValue(rig.upstream.requests[1]?.body);
    expect(anthropicDeltas(await streamed.text()).text).toBe(LAST);
  });

  it('Anthropic tool_use: input restored in JSON and in input_json_delta fragments', async () => {
    await anthropicPost(anthropicRequest);
    const sent = rig.upstream.requests[0]?.json as typeof anthropicRequest;
    const blocks = sent.messages[2]?.content as { type: string; text?: string }[];
    const forwarded = blocks[1]?.text as string;
    expect(forwarded).toContain('<CREDIT_CARD_1>');
    rig.upstream.set({ toolCall: { name: 'send', arguments: JSON.stringify({ body: forwarded }) }, chunkSize: 4 });
    const res = await anthropicPost(anthropicRequest);
    const body = (await res.json()) as { content: { input: unknown }[] };
    expect(body.content[0]?.input).toEqual({ body: LAST });
    const streamed = await anthropicPost({ ...anthropicRequest, stream: true });
    expect(JSON.parse(anthropicDeltas(await streamed.text()).json)).toEqual({ body: LAST });
    for (const r of rig.upstream.requests) expectNoValue(r.body);
  });

  it('blocks a secret with a 403 that names the kind and the policy; nothing reaches the upstream', async () => {
    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'deploy with AKIAQ3EGUWD5RB7XK2NP please' }],
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-veil-route')).toBe('blocked');
    const text = await res.text();
    expect(text).not.toContain('AKIAQ3EGUWD5RB7XK2NP');
    const message = (JSON.parse(text) as { error: { message: string } }).error.message;
    expect(message).toContain('SECRET');
    expect(message).toContain('policy "default"');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('concurrent streamed requests of different teams and shared conversation ids never mix their values', async () => {
    const engineering = rig.gateway.keys.create('engineering').key;
    rig.upstream.set({ chunkSize: 3, eventDelayMs: 1 });
    // Real-looking domains: addresses at reserved example domains identify nobody and are left alone.
    const prompts = Array.from(
      { length: 24 },
      (_, i) => `Ask user${i}@corp${i}mail.com and admin${i}@corp${i}mail.com.`,
    );
    const answers = await Promise.all(
      prompts.map(async (content, i) => {
        const res = await fetch(rig.url('/v1/chat/completions'), {
          method: 'POST',
          headers: {
            authorization: `Bearer ${i % 2 === 0 ? rig.key : engineering}`,
            'content-type': 'application/json',
            // Every team uses the same few conversation ids: mappings must still stay apart.
            'x-veil-conversation-id': `shared-${i % 3}`,
          },
          body: JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content }] }),
        });
        return openAiStreamText(await res.text(), (c) => (c.delta as { content?: string } | undefined)?.content);
      }),
    );
    expect(answers).toEqual(prompts);
    expect(rig.upstream.requests).toHaveLength(prompts.length);
    for (const r of rig.upstream.requests) expect(r.body).not.toMatch(/@corp\d+mail\.com/);
  });

  it('keeps placeholders stable across the turns of one conversation', async () => {
    const headers = { 'x-veil-conversation-id': 'conv-e2e-1' };
    await rig.post(
      '/v1/chat/completions',
      { model: 'm', messages: [{ role: 'user', content: `mail ${OTHER_EMAIL}` }] },
      headers,
    );
    // The next turn drops the first message; the e-mail keeps its number, a new one gets the next.
    const res = await rig.post(
      '/v1/chat/completions',
      { model: 'm', messages: [{ role: 'user', content: `mail ${EMAIL} and ${OTHER_EMAIL}` }] },
      headers,
    );
    const sent = rig.upstream.requests[1]?.json as { messages: { content: string }[] };
    expect(sent.messages[0]?.content).toBe('mail <EMAIL_2> and <EMAIL_1>');
    expect(((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe(
      `mail ${EMAIL} and ${OTHER_EMAIL}`,
    );
  });
});
