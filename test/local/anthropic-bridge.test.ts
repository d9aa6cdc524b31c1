import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/http/errors.js';
import { messagesAsChat, sendMessagesToLocal } from '../../src/providers/anthropic/local-bridge.js';
import type { OutboundRequest, Target, TargetResponse } from '../../src/providers/types.js';

const encoder = new TextEncoder();

async function* bytes(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const p of parts) yield encoder.encode(p);
}

async function text(res: TargetResponse): Promise<string> {
  let out = '';
  const decoder = new TextDecoder();
  for await (const b of res.body) out += decoder.decode(b, { stream: true });
  return out;
}

/** A local target that records what it was sent and answers with the given status and body parts. */
function fakeLocal(status: number, ...parts: string[]): Target & { sent: OutboundRequest[] } {
  const sent: OutboundRequest[] = [];
  return {
    kind: 'local',
    name: 'fake',
    sent,
    async send(req) {
      sent.push(req);
      return { status, headers: {}, body: bytes(...parts), model: 'tiny' };
    },
  };
}

const outbound = (body: Record<string, unknown>): OutboundRequest => ({
  endpoint: 'messages',
  body,
  stream: body.stream === true,
  model: String(body.model),
  headers: {},
  signal: new AbortController().signal,
});

const request = {
  model: 'claude-3-5-haiku',
  max_tokens: 32,
  system: [{ type: 'text', text: 'Be brief.' }],
  messages: [
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: [{ type: 'text', text: 'Hello.' }] },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Summarise' },
        { type: 'text', text: 'the note.' },
      ],
    },
  ],
  temperature: 0.2,
  stop_sequences: ['END'],
};

describe('Anthropic Messages answered by a local (OpenAI-speaking) model', () => {
  it('rewrites the request as a chat completion: system first, text blocks joined, sampling kept', () => {
    expect(messagesAsChat(request)).toEqual({
      model: 'claude-3-5-haiku',
      max_tokens: 32,
      stream: false,
      temperature: 0.2,
      stop: ['END'],
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello.' },
        { role: 'user', content: 'Summarise\n\nthe note.' },
      ],
    });
  });

  it('refuses blocks a text-only model cannot take, naming the block, not its content', () => {
    const withImage = {
      ...request,
      messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', data: 'AAAA' } }] }],
    };
    expect(() => messagesAsChat(withImage)).toThrow(ApiError);
    expect(() => messagesAsChat(withImage)).toThrow(/messages\[0\]\.content\[0\] is a "image" block/);
  });

  it('answers a JSON request with a Messages body carrying text, stop reason and usage', async () => {
    const local = fakeLocal(
      200,
      JSON.stringify({
        id: 'chatcmpl-1',
        model: 'tiny',
        choices: [{ message: { role: 'assistant', content: 'Done.' }, finish_reason: 'length' }],
        usage: { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 },
      }),
    );
    const res = await sendMessagesToLocal(local, outbound(request));
    expect(local.sent[0]?.endpoint).toBe('chat');
    expect(res.status).toBe(200);
    const body = JSON.parse(await text(res));
    expect(body).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'tiny',
      content: [{ type: 'text', text: 'Done.' }],
      stop_reason: 'max_tokens',
      usage: { input_tokens: 12, output_tokens: 3 },
    });
    expect(body.id).toMatch(/^msg_/);
  });

  it('turns OpenAI chunks, even split mid-event, into the Messages event sequence', async () => {
    const chunk = (delta: Record<string, unknown>, finish: string | null = null, usage?: Record<string, number>) =>
      `data: ${JSON.stringify({ choices: [{ delta, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`;
    const stream = [
      chunk({ role: 'assistant', content: '' }),
      chunk({ content: 'Hel' }),
      chunk({ content: 'lo' }),
      chunk({}, 'stop', { prompt_tokens: 9, completion_tokens: 2 }),
      'data: [DONE]\n\n',
    ].join('');
    const cut = stream.indexOf('lo"') + 1;
    const local = fakeLocal(200, stream.slice(0, cut), stream.slice(cut));
    const res = await sendMessagesToLocal(local, outbound({ ...request, stream: true }));
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
    const events = (await text(res))
      .trim()
      .split('\n\n')
      .map((e) => {
        const [head, data] = e.split('\n');
        return { name: head?.slice('event: '.length), data: JSON.parse(data?.slice('data: '.length) ?? '{}') };
      });
    expect(events.map((e) => e.name)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    for (const e of events) expect(e.data.type).toBe(e.name);
    expect(events.filter((e) => e.name === 'content_block_delta').map((e) => e.data.delta.text)).toEqual(['Hel', 'lo']);
    expect(events[5]?.data).toMatchObject({
      delta: { stop_reason: 'end_turn' },
      usage: { input_tokens: 9, output_tokens: 2 },
    });
  });

  it("gives the local model's refusal back in Anthropic's error shape with its status", async () => {
    const local = fakeLocal(400, JSON.stringify({ error: { message: 'max_tokens must be at most 8', code: 'x' } }));
    const res = await sendMessagesToLocal(local, outbound({ ...request, stream: true }));
    expect(res.status).toBe(400);
    expect(JSON.parse(await text(res))).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'max_tokens must be at most 8' },
    });
  });
});
