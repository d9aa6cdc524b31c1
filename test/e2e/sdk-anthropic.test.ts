import type Anthropic from '@anthropic-ai/sdk';
import {
  APIError,
  AuthenticationError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { anthropicClient, expectNothingRaw } from '../support/sdk-clients.js';
import { anthropicEvent, anthropicMessageStart, anthropicTextSse, anthropicThinkingSse } from '../support/sdk-sse.js';

/**
 * The official Anthropic SDK, unchanged, pointed at Veil (baseURL without /v1: the SDK adds it). The
 * engineering team pseudonymises names and masks cards; the default team blocks secrets. Values are invented.
 */
const NAME = 'Marta Quintero';
const SIGNER = 'Joaquín Ferrández';
const CARD = '4111 1111 1111 1111';
const PROMPT = `Please draft a short note to ${NAME} confirming that card ${CARD} was cancelled yesterday.`;
const ANSWER = `Please draft a short note to ${NAME} confirming that card [CREDIT_CARD ****1111] was cancelled yesterday.`;
const RAW = [NAME, 'Marta', 'Quintero', SIGNER, 'Ferrández', CARD, '4111111111111111'];

interface SentMessages {
  system?: string | { type: string; text: string; cache_control?: unknown }[];
  messages: { content: string }[];
}

function textOf(message: Anthropic.Message): string {
  return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

describe('Anthropic SDK through Veil', () => {
  let rig: TestRig;
  let client: Anthropic;
  beforeAll(async () => {
    rig = await startRig({ team: 'engineering', rulesDir: shippedRulesWithSlackTimeout() });
    client = anthropicClient(rig);
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  const sent = (i = 0) => rig.upstream.requests[i]?.json as SentMessages;

  it('messages.create with a string system prompt: pseudonymised upstream, the name restored', async () => {
    const message = await client.messages.create({
      model: 'claude-sonnet-4',
      max_tokens: 256,
      system: `Sign every note as ${SIGNER}.`,
      messages: [{ role: 'user', content: PROMPT }],
    });
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    expect(rig.upstream.requests[0]?.path).toBe('/v1/messages');
    // The SDK's own API version travels on unchanged (1.x sends a newer one than the hand-made tests).
    expect(rig.upstream.requests[0]?.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent().system).toMatch(/^Sign every note as <PERSON_\d>\.$/);
    expect(sent().messages[0]?.content).toMatch(/note to <PERSON_\d> confirming that card \[CREDIT_CARD \*{4}1111\]/);
    expect(message.type).toBe('message');
    expect(textOf(message)).toBe(ANSWER);
  });

  it('messages.create with system blocks: each block pseudonymised, cache_control kept', async () => {
    const message = await client.messages.create({
      model: 'claude-sonnet-4',
      max_tokens: 256,
      system: [
        { type: 'text', text: 'You write short customer notes.' },
        { type: 'text', text: `Sign every note as ${SIGNER}.`, cache_control: { type: 'ephemeral' } },
      ],
      messages: [{ role: 'user', content: [{ type: 'text', text: PROMPT }] }],
    });
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    const system = sent().system as { type: string; text: string; cache_control?: unknown }[];
    expect(system[0]?.text).toBe('You write short customer notes.');
    expect(system[1]?.text).toMatch(/^Sign every note as <PERSON_\d>\.$/);
    expect(system[1]?.cache_control).toEqual({ type: 'ephemeral' });
    expect(textOf(message)).toBe(ANSWER);
  });

  it('messages.stream: the event sequence arrives whole and the deltas carry the name, not the placeholder', async () => {
    rig.upstream.set({ chunkSize: 3 });
    const stream = client.messages.stream({
      model: 'claude-sonnet-4',
      max_tokens: 256,
      messages: [{ role: 'user', content: PROMPT }],
    });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    const final = await stream.finalMessage();
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    expect(types[0]).toBe('message_start');
    expect(types).toContain('content_block_delta');
    expect(types.at(-1)).toBe('message_stop');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(ANSWER);
    expect(textOf(final)).toBe(ANSWER);
    expect(final.stop_reason).toBe('end_turn');
  });

  it('stream: true with create: a placeholder cut across deltas (and a ping between) comes back as the name', async () => {
    rig.upstream.set({
      rawBody: anthropicTextSse(['Dear <PERSO', 'N_', '1>, the card is ', 'cancelled. <', 'PERSON_1>']),
    });
    const stream = await client.messages.create({
      model: 'claude-sonnet-4',
      max_tokens: 256,
      stream: true,
      messages: [{ role: 'user', content: PROMPT }],
    });
    let text = '';
    const types: string[] = [];
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
    }
    expect(text).toBe(`Dear ${NAME}, the card is cancelled. ${NAME}`);
    expect(types).toEqual(
      expect.arrayContaining(['message_start', 'content_block_start', 'content_block_stop', 'message_delta']),
    );
    expect(types.at(-1)).toBe('message_stop');
  });

  it('tool_use: input_json_delta fragments with placeholders come back as the real input', async () => {
    await client.messages.create({
      model: 'claude-sonnet-4',
      max_tokens: 256,
      messages: [{ role: 'user', content: `Book a call with ${NAME} and ${SIGNER}.` }],
    });
    const forwarded = sent().messages[0]?.content ?? '';
    const [first, second] = forwarded.match(/<PERSON_\d>/g) ?? [];
    expect(first).toBeDefined();
    rig.upstream.set({
      toolCall: { name: 'book', arguments: JSON.stringify({ with: [first, second] }) },
      chunkSize: 4,
    });
    const final = await client.messages
      .stream({
        model: 'claude-sonnet-4',
        max_tokens: 256,
        tools: [{ name: 'book', input_schema: { type: 'object', properties: { with: { type: 'array' } } } }],
        messages: [{ role: 'user', content: `Book a call with ${NAME} and ${SIGNER}.` }],
      })
      .finalMessage();
    const block = final.content[0];
    expect(block?.type).toBe('tool_use');
    expect(block?.type === 'tool_use' && block.input).toEqual({ with: [NAME, SIGNER] });
    for (const r of rig.upstream.requests) expectNothingRaw(RAW, r.body);
  });

  it('extended thinking: thinking deltas restored, the signature passed through byte for byte', async () => {
    const signature = 'Es8BCkYIBRgCKkDq3vZ0mNq7Xw1Tj5Lp9Hc2Rf8Ub4Ya6Gk0Oe3Iw7Sd1Vn5Mx==';
    rig.upstream.set({
      rawBody: anthropicThinkingSse(['The user wants <PERS', 'ON_1> to get', ' a note.'], signature, [
        'Done for <PERSON_1',
        '>.',
      ]),
    });
    const final = await client.messages
      .stream({ model: 'claude-sonnet-4', max_tokens: 2048, messages: [{ role: 'user', content: PROMPT }] })
      .finalMessage();
    expect(final.content).toEqual([
      { type: 'thinking', thinking: `The user wants ${NAME} to get a note.`, signature },
      { type: 'text', text: `Done for ${NAME}.` },
    ]);
  });

  it('an error event in the middle of a stream surfaces as the SDK error with its type', async () => {
    rig.upstream.set({
      rawBody: [
        anthropicMessageStart(),
        anthropicEvent('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
        anthropicEvent('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Dear <PERSON_1>' } }),
        anthropicEvent('error', { error: { type: 'overloaded_error', message: 'Overloaded' } }),
      ].join(''),
    });
    const stream = client.messages.stream({
      model: 'claude-sonnet-4',
      max_tokens: 256,
      messages: [{ role: 'user', content: PROMPT }],
    });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const err = await stream.finalMessage().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).message).toContain('Overloaded');
    expect((err as APIError).error).toMatchObject({ error: { type: 'overloaded_error' } });
    expect(deltas.join('')).toBe(`Dear ${NAME}`);
  });

  it('upstream 529 and 429 reach the SDK as OverloadedError and RateLimitError; its retries leave one record each', async () => {
    rig.upstream.set({ status: 529 });
    const overloaded = await client.messages
      .create({ model: 'claude-sonnet-4', max_tokens: 64, messages: [{ role: 'user', content: PROMPT }] })
      .catch((e: unknown) => e);
    expect(overloaded).toBeInstanceOf(OverloadedError);

    await rig.gateway.audit.flush();
    const count = () => (rig.gateway.db.prepare('SELECT COUNT(*) AS n FROM audit_records').get() as { n: number }).n;
    const before = count();
    rig.upstream.reset();
    rig.upstream.set({ status: 429, headers: { 'retry-after-ms': '5' } });
    const retrying = anthropicClient(rig, { maxRetries: 2 });
    const limited = await retrying.messages
      .create({ model: 'claude-sonnet-4', max_tokens: 64, messages: [{ role: 'user', content: PROMPT }] })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(rig.upstream.requests).toHaveLength(3);
    for (const r of rig.upstream.requests) expectNothingRaw(RAW, r.body);
    await rig.gateway.audit.flush();
    expect(count() - before).toBe(3);
  });

  it('a blocked request is a PermissionDeniedError in the Anthropic error shape, with no raw value', async () => {
    const secret = 'AKIAZ7QW4HT2LMXR9BVE';
    const defaultTeam = anthropicClient(rig, { team: 'default' });
    const err = await defaultTeam.messages
      .create({ model: 'claude-sonnet-4', max_tokens: 64, messages: [{ role: 'user', content: `use ${secret}` }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermissionDeniedError);
    const denied = err as PermissionDeniedError;
    expect(denied.status).toBe(403);
    const body = denied.error as { type: string; error: { type: string; message: string } };
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('permission_error');
    expect(body.error.message).toContain('policy "default"');
    expect(denied.message).not.toContain(secret);
    expect(JSON.stringify(body)).not.toContain(secret);
    expect(rig.upstream.requests).toHaveLength(0);

    // The same block met while streaming surfaces the same way, before any event.
    const streamed = defaultTeam.messages.stream({
      model: 'claude-sonnet-4',
      max_tokens: 64,
      messages: [{ role: 'user', content: `use ${secret}` }],
    });
    await expect(streamed.finalMessage()).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('a wrong gateway key is an AuthenticationError', async () => {
    const stranger = anthropicClient(rig, { apiKey: 'vk-not-a-real-key' });
    const err = await stranger.messages
      .create({ model: 'claude-sonnet-4', max_tokens: 64, messages: [{ role: 'user', content: 'hello' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).status).toBe(401);
    expect(((err as AuthenticationError).error as { error?: { type?: string } }).error?.type).toBe(
      'authentication_error',
    );
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('a stream the client aborts ends upstream too, and the gateway keeps serving', async () => {
    rig.upstream.set({ chunkSize: 2, eventDelayMs: 15 });
    const stream = client.messages.stream({
      model: 'claude-sonnet-4',
      max_tokens: 256,
      messages: [{ role: 'user', content: PROMPT }],
    });
    let deltas = 0;
    stream.on('text', () => {
      deltas++;
      if (deltas === 3) stream.abort();
    });
    await expect(stream.done()).rejects.toThrow();
    expect(stream.aborted).toBe(true);
    await vi.waitFor(() => expect(rig.upstream.aborted).toBe(1), { timeout: 5000 });

    rig.upstream.set({});
    const after = await client.messages.create({
      model: 'claude-sonnet-4',
      max_tokens: 256,
      messages: [{ role: 'user', content: PROMPT }],
    });
    expect(textOf(after)).toBe(ANSWER);
  });
});
