import type OpenAI from 'openai';
import { AuthenticationError, InternalServerError, PermissionDeniedError } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { expectNothingRaw, openAiClient } from '../support/sdk-clients.js';
import { openAiChatSse, openAiChoicesSse, openAiToolCallSse } from '../support/sdk-sse.js';

/**
 * The official OpenAI SDK, unchanged, pointed at Veil: its requests, its stream parser, its error classes and
 * its retries. The engineering team pseudonymises names and masks cards; the default team blocks secrets.
 * Every value below is invented.
 */
const NAME = 'Marta Quintero';
const CARD = '4111 1111 1111 1111';
const PROMPT = `Please draft a short note to ${NAME} confirming that card ${CARD} was cancelled yesterday.`;
// The card is masked for good; only the name comes back.
const ANSWER = `Please draft a short note to ${NAME} confirming that card [CREDIT_CARD ****1111] was cancelled yesterday.`;
const TOOL_NAME = 'Joaquín Ferrández';
const TOKEN = 'ghp_R7mT2xQ9vLk4Wc8Zp1Nd6Hs3Jy5Fb0Ge2Ua7';
const RAW = [NAME, 'Marta', 'Quintero', CARD, '4111111111111111', TOOL_NAME, 'Ferrández', TOKEN];

/** The mock streams `chunkSize` characters per event: true when no event holds the whole placeholder. */
function placeholderSplit(sent: string, placeholder: string, chunkSize: number): boolean {
  const at = sent.indexOf(placeholder);
  return at >= 0 && Math.floor(at / chunkSize) !== Math.floor((at + placeholder.length - 1) / chunkSize);
}

interface Row {
  request_id: string;
  status: number;
  route: string;
}

describe('OpenAI SDK through Veil', () => {
  let rig: TestRig;
  let client: OpenAI;
  let defaultTeam: OpenAI;
  beforeAll(async () => {
    rig = await startRig({ team: 'engineering', rulesDir: shippedRulesWithSlackTimeout() });
    client = openAiClient(rig);
    defaultTeam = openAiClient(rig, { team: 'default' });
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  const sentUserText = (i = 0) =>
    (rig.upstream.requests[i]?.json as { messages?: { content: string }[] } | undefined)?.messages?.at(-1)?.content ??
    '';

  it('chat.completions.create: pseudonymised and masked upstream, the name restored in the SDK object', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You write short customer notes.' },
        { role: 'user', content: PROMPT },
      ],
    });
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    expect(sentUserText()).toBe(
      'Please draft a short note to <PERSON_1> confirming that card [CREDIT_CARD ****1111] was cancelled yesterday.',
    );
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]?.message.content).toBe(ANSWER);
    expect(completion.usage?.total_tokens).toBe(12);
  });

  it('withResponse exposes the Veil headers to the SDK caller', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: PROMPT }] })
      .withResponse();
    expect(response.headers.get('x-veil-policy')).toBe('engineering');
    expect(response.headers.get('x-veil-route')).toBe('cloud');
    expect(response.headers.get('x-veil-findings')).toMatch(/PERSON=1/);
    expect(data.choices[0]?.message.content).toBe(ANSWER);
  });

  it('stream: true, for await over the chunks: the placeholder split across events comes back as the name', async () => {
    rig.upstream.set({ chunkSize: 3 });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      stream: true,
      messages: [{ role: 'user', content: PROMPT }],
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      expect(chunk.object).toBe('chat.completion.chunk');
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    expect(placeholderSplit(sentUserText(), '<PERSON_1>', 3)).toBe(true);
    expect(chunks).toBeGreaterThan(1);
    expect(text).toBe(ANSWER);
  });

  it('the SDK stream helper: finish_reason kept, a placeholder cut mid-word restored in the deltas', async () => {
    // A real-shaped upstream stream (role chunk, content, finish_reason, [DONE]) cutting <PERSON_1> twice.
    rig.upstream.set({
      rawBody: openAiChatSse(['Dear <PER', 'SON', '_1>, your card is ', 'cancelled. <PERSON_', '1>']),
    });
    const runner = client.chat.completions.stream({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: PROMPT }],
    });
    const deltas: string[] = [];
    runner.on('content', (delta) => deltas.push(delta));
    const final = await runner.finalChatCompletion();
    const expected = `Dear ${NAME}, your card is cancelled. ${NAME}`;
    expect(final.choices[0]?.message.content).toBe(expected);
    expect(final.choices[0]?.finish_reason).toBe('stop');
    expect(deltas.join('')).toBe(expected);
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
  });

  it('stream_options.include_usage: the trailing usage chunk with no choices reaches the SDK', async () => {
    rig.upstream.set({
      rawBody: openAiChatSse(['Hello <PERSO', 'N_1>.'], { prompt_tokens: 14, completion_tokens: 4 }),
    });
    const final = await client.chat.completions
      .stream({
        model: 'gpt-4o-mini',
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content: PROMPT }],
      })
      .finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe(`Hello ${NAME}.`);
    expect(final.usage).toEqual({ prompt_tokens: 14, completion_tokens: 4, total_tokens: 18 });
  });

  it('n: 2 with interleaved choices, each cutting the placeholder elsewhere: both restored', async () => {
    rig.upstream.set({
      rawBody: openAiChoicesSse(2, [
        [0, 'First: <PER'],
        [1, 'Second: <PERSON'],
        [0, 'SON_1>, hello'],
        [1, '_'],
        [1, '1>, hi'],
      ]),
    });
    const final = await client.chat.completions
      .stream({ model: 'gpt-4o-mini', n: 2, messages: [{ role: 'user', content: PROMPT }] })
      .finalChatCompletion();
    expect(final.choices.map((c) => c.message.content)).toEqual([`First: ${NAME}, hello`, `Second: ${NAME}, hi`]);
  });

  it('completions.create with prompt and suffix, JSON and streamed', async () => {
    const suffix = `\n-- sent on behalf of ${NAME}`;
    const json = await defaultTeam.completions.create({ model: 'code-model', prompt: PROMPT, suffix });
    const sent = rig.upstream.requests[0]?.json as { prompt: string; suffix: string };
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    expect(sent.suffix).toBe('\n-- sent on behalf of <PERSON_1>');
    // The default policy pseudonymises the card too: the echo comes back whole.
    expect(json.choices[0]?.text).toBe(PROMPT);

    rig.upstream.set({ chunkSize: 2 });
    const stream = await defaultTeam.completions.create({ model: 'code-model', prompt: PROMPT, suffix, stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.text ?? '';
    expectNothingRaw(RAW, rig.upstream.requests[1]?.body);
    expect(text).toBe(PROMPT);
  });

  it('embeddings.create: inputs pseudonymised, the base64 vectors the SDK asks for decoded by the SDK', async () => {
    const vector = [0.25, -0.5, 0.125];
    const base64 = Buffer.from(new Float32Array(vector).buffer).toString('base64');
    rig.upstream.set({
      rawBody: JSON.stringify({
        object: 'list',
        model: 'text-embedding-3-small',
        data: [0, 1].map((index) => ({ object: 'embedding', index, embedding: base64 })),
        usage: { prompt_tokens: 9, total_tokens: 9 },
      }),
    });
    const res = await defaultTeam.embeddings.create({
      model: 'text-embedding-3-small',
      input: [PROMPT, `Profile of ${NAME}`],
    });
    const sent = rig.upstream.requests[0];
    expectNothingRaw(RAW, sent?.body);
    expect((sent?.json as { encoding_format?: string } | undefined)?.encoding_format).toBe('base64');
    expect(res.data.map((d) => d.embedding)).toEqual([vector, vector]);
  });

  it('models.list: the team sees only the models its policy allows', async () => {
    rig.upstream.set({
      rawBody: JSON.stringify({
        object: 'list',
        data: ['gpt-4o-mini', 'gpt-3.5-turbo', 'o3-mini', 'davinci-002'].map((id) => ({
          id,
          object: 'model',
          owned_by: 'openai',
        })),
      }),
    });
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids.sort()).toEqual(['gpt-4o-mini', 'o3-mini']);
    const all: string[] = [];
    for await (const model of defaultTeam.models.list()) all.push(model.id);
    expect(all).toEqual(expect.arrayContaining(['gpt-4o-mini', 'gpt-3.5-turbo', 'o3-mini', 'davinci-002']));
  });

  it('a blocked request is a PermissionDeniedError with the gateway type and message, and no raw value', async () => {
    const secret = 'AKIAZ7QW4HT2LMXR9BVE';
    const err = await defaultTeam.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `deploy with ${secret} now` }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermissionDeniedError);
    const denied = err as PermissionDeniedError;
    expect(denied.status).toBe(403);
    // Veil's own type and code for a policy block (src/policy/block-error.ts); the SDK surfaces both.
    expect(denied.type).toBe('policy_violation');
    expect(denied.code).toBe('sensitive_data_blocked');
    expect(denied.message).toContain('SECRET');
    expect(denied.message).toContain('policy "default"');
    expect(denied.message).not.toContain(secret);
    expect(JSON.stringify(denied.error)).not.toContain(secret);
    expect(denied.headers.get('x-veil-route')).toBe('blocked');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('a wrong gateway key is an AuthenticationError', async () => {
    const stranger = openAiClient(rig, { apiKey: 'vk-not-a-real-key' });
    const err = await stranger.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).status).toBe(401);
    expect((err as AuthenticationError).type).toBe('authentication_error');
    expect((err as AuthenticationError).message).not.toContain('vk-not-a-real-key');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('the SDK retrying an upstream 5xx leaves one audit record per attempt, none twice', async () => {
    await rig.gateway.audit.flush();
    const before = (rig.gateway.db.prepare('SELECT COUNT(*) AS n FROM audit_records').get() as { n: number }).n;
    // retry-after-ms keeps the SDK's back-off short; the gateway passes retry-after* headers through.
    rig.upstream.set({ status: 500, headers: { 'retry-after-ms': '5' } });
    const retrying = openAiClient(rig, { maxRetries: 2 });
    const err = await retrying.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: PROMPT }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InternalServerError);
    // Three attempts reached the upstream, each pseudonymised.
    expect(rig.upstream.requests).toHaveLength(3);
    for (const r of rig.upstream.requests) expectNothingRaw(RAW, r.body);
    await rig.gateway.audit.flush();
    const rows = rig.gateway.db
      .prepare('SELECT request_id, status, route FROM audit_records ORDER BY seq LIMIT -1 OFFSET ?')
      .all(before) as Row[];
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(3);
    for (const row of rows) expect(row.status).toBe(500);
  });

  it('tool calls: a secret in function arguments never leaves; the streamed tool call comes back restored', async () => {
    const args = JSON.stringify({ customer: TOOL_NAME, token: TOKEN });
    const request: OpenAI.Chat.ChatCompletionCreateParamsNonStreaming = {
      model: 'gpt-4o-mini',
      tools: [
        {
          type: 'function',
          function: {
            name: 'refund',
            parameters: { type: 'object', properties: { customer: { type: 'string' }, token: { type: 'string' } } },
          },
        },
      ],
      messages: [
        { role: 'user', content: `Refund ${TOOL_NAME}, the token is ${TOKEN}` },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_0', type: 'function', function: { name: 'refund', arguments: args } }],
        },
        { role: 'tool', tool_call_id: 'call_0', content: `refund queued for ${TOOL_NAME}` },
        { role: 'user', content: `Now do it again for ${TOOL_NAME} with ${TOKEN}` },
      ],
    };
    await client.chat.completions.create(request);
    const first = rig.upstream.requests[0];
    expectNothingRaw(RAW, first?.body);
    const forwarded = first?.json as {
      messages: { content: string | null; tool_calls?: { function: { arguments: string } }[] }[];
    };
    const sentArgs = JSON.parse(forwarded.messages[1]?.tool_calls?.[0]?.function.arguments ?? '{}') as {
      customer: string;
      token: string;
    };
    expect(sentArgs.customer).toMatch(/^<PERSON_\d+>$/);
    expect(sentArgs.token).toMatch(/^<SECRET_\d+>$/);

    // The model answers with a tool call built from the placeholders it was given, streamed in small pieces.
    const callArgs = JSON.stringify(sentArgs);
    rig.upstream.set({ toolCall: { name: 'refund', arguments: callArgs }, chunkSize: 4 });
    const stream = await client.chat.completions.create({ ...request, stream: true });
    let streamedArgs = '';
    let name = '';
    for await (const chunk of stream) {
      for (const call of chunk.choices[0]?.delta.tool_calls ?? []) {
        name += call.function?.name ?? '';
        streamedArgs += call.function?.arguments ?? '';
      }
    }
    expect(name).toBe('refund');
    expect(JSON.parse(streamedArgs)).toEqual({ customer: TOOL_NAME, token: TOKEN });

    // The SDK's own accumulator agrees, on a real-shaped stream ending in finish_reason "tool_calls".
    const pieces = Array.from({ length: Math.ceil(callArgs.length / 6) }, (_, i) => callArgs.slice(i * 6, i * 6 + 6));
    rig.upstream.set({ rawBody: openAiToolCallSse('refund', pieces) });
    const final = await client.chat.completions.stream({ ...request, stream: true }).finalChatCompletion();
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
    const call = final.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({
      customer: TOOL_NAME,
      token: TOKEN,
    });
    for (const r of rig.upstream.requests) expectNothingRaw(RAW, r.body);
  });

  it('a stream the client aborts mid-way ends upstream too, and the gateway keeps serving', async () => {
    rig.upstream.set({ chunkSize: 2, eventDelayMs: 15 });
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: PROMPT }] },
      { signal: controller.signal },
    );
    let received = 0;
    // The SDK ends a stream its caller aborted quietly: the loop just stops.
    for await (const _chunk of stream) {
      received++;
      if (received === 3) controller.abort();
    }
    expect(received).toBe(3);
    expect(stream.controller.signal.aborted).toBe(true);
    await vi.waitFor(() => expect(rig.upstream.aborted).toBe(1), { timeout: 5000 });

    rig.upstream.set({});
    const after = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: PROMPT }],
    });
    expect(after.choices[0]?.message.content).toBe(ANSWER);
  });
});
