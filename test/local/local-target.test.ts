import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalModelTarget, type LocalModelTarget } from '../../src/providers/local/local-target.js';
import { TargetError } from '../../src/providers/types.js';
import {
  chatRequest,
  completionRequest,
  eventually,
  type OpenAiBody,
  readText,
  sseEvents,
  type TempModels,
  tempModels,
  testModelConfig,
} from './support.js';

let models: TempModels;
let target: LocalModelTarget;

beforeAll(async () => {
  models = tempModels();
  const path = models.write('tiny-chatml.gguf', { chatTemplate: 'chatml' });
  target = createLocalModelTarget(testModelConfig(path));
  await target.load();
});

afterAll(async () => {
  await target?.close();
  models?.remove();
});

async function json(req: Parameters<LocalModelTarget['send']>[0]): Promise<OpenAiBody> {
  const res = await target.send(req);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/json');
  return JSON.parse(await readText(res.body)) as OpenAiBody;
}

describe('local model target: OpenAI chat completions', () => {
  it('answers in the chat.completion format with exact usage and the local model name', async () => {
    const body = await json(chatRequest({ max_tokens: 8, temperature: 0 }));
    expect(body.object).toBe('chat.completion');
    expect(body.model).toBe('tiny-local');
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(body.choices).toHaveLength(1);
    expect(body.choices[0]!.message!.role).toBe('assistant');
    expect(typeof body.choices[0]!.message!.content).toBe('string');
    expect(body.choices[0]!.message!.content.length).toBeGreaterThan(0);
    expect(body.choices[0]!.finish_reason).toBe('length');
    expect(body.usage!.completion_tokens).toBe(8);
    expect(body.usage!.prompt_tokens).toBeGreaterThan(5);
    expect(body.usage!.total_tokens).toBe(body.usage!.prompt_tokens + body.usage!.completion_tokens);
    expect(target.queueDepth().running).toBe(0);
  });

  it('streams SSE chunks whose text equals the JSON answer, ending with usage and [DONE]', async () => {
    const expected = await json(chatRequest({ max_tokens: 10, temperature: 0 }));
    const res = await target.send(chatRequest({ max_tokens: 10, temperature: 0, stream: true }));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/event-stream');
    expect(res.model).toBe('tiny-local');
    const events = sseEvents(await readText(res.body));
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1) as OpenAiBody[];
    expect(chunks[0]!.choices[0]!.delta!.role).toBe('assistant');
    for (const c of chunks) {
      expect(c.object).toBe('chat.completion.chunk');
      expect(c.model).toBe('tiny-local');
      expect(c.id).toBe(chunks[0]?.id);
    }
    const text = chunks.map((c) => c.choices[0]!.delta!.content ?? '').join('');
    expect(text).toBe(expected.choices[0]!.message!.content);
    const last = chunks.at(-1) as OpenAiBody;
    expect(last.choices[0]!.finish_reason).toBe('length');
    expect(last.usage).toEqual(expected.usage);
  });

  it('adds the usage-only chunk when stream_options.include_usage is set', async () => {
    const res = await target.send(
      chatRequest({ max_tokens: 4, temperature: 0, stream: true, stream_options: { include_usage: true } }),
    );
    const events = sseEvents(await readText(res.body));
    const usageChunk = events.at(-2) as OpenAiBody;
    expect(usageChunk.choices).toEqual([]);
    expect(usageChunk.usage!.completion_tokens).toBe(4);
  });

  it('stops at a stop sequence and leaves it out of the answer', async () => {
    const full = (await json(chatRequest({ max_tokens: 16, temperature: 0 }))).choices[0]!.message!.content as string;
    const stop = full.slice(5, 7);
    const body = await json(chatRequest({ max_tokens: 16, temperature: 0, stop: [stop] }));
    expect(body.choices[0]!.finish_reason).toBe('stop');
    expect(body.choices[0]!.message!.content).toBe(full.slice(0, full.indexOf(stop)));
  });

  it('repeats itself for the same seed when sampling with temperature and top_p', async () => {
    const req = { max_tokens: 12, temperature: 1.2, top_p: 0.95, seed: 1234 };
    const a = await json(chatRequest(req));
    const b = await json(chatRequest(req));
    expect(a.choices[0]!.message!.content).toBe(b.choices[0]!.message!.content);
  });

  it('refuses malformed requests with a 400 naming the field, not echoing values', async () => {
    const res = await target.send(chatRequest({ messages: [{ role: 'wizard', content: 'secret-value-123' }] }));
    expect(res.status).toBe(400);
    const text = await readText(res.body);
    expect((JSON.parse(text) as OpenAiBody).error!.param).toBe('messages[0].role');
    expect(text).not.toContain('secret-value-123');
    const bad = await target.send(chatRequest({ temperature: 'hot' }));
    expect(bad.status).toBe(400);
    const embeddings = await target.send({ ...chatRequest({}), endpoint: 'embeddings' });
    expect(embeddings.status).toBe(400);
  });
});

describe('local model target: prompts longer than the context', () => {
  const long = 'word '.repeat(3000);

  it.each([
    ['a chat message', chatRequest({ messages: [{ role: 'user', content: long }] }), 'messages'],
    [
      'a system message',
      chatRequest({
        messages: [
          { role: 'system', content: long },
          { role: 'user', content: 'hi' },
        ],
      }),
      'messages',
    ],
    ['a completion prompt', completionRequest({ prompt: long }), 'prompt'],
  ])('refuses %s that does not fit instead of silently cutting it', async (_name, req, param) => {
    const res = await target.send(req);
    expect(res.status).toBe(400);
    const body = JSON.parse(await readText(res.body)) as OpenAiBody;
    expect(body.error).toMatchObject({ code: 'context_length_exceeded', param });
    expect(body.error!.message).toMatch(/takes \d+ tokens.*holds 1024/);
    expect(body.error!.message).not.toContain('word word');
    expect(target.queueDepth().running).toBe(0);
  });

  it('shortens the answer so prompt and answer fit the context', async () => {
    const body = await json(completionRequest({ prompt: 'word '.repeat(195), max_tokens: 5000, temperature: 0 }));
    expect(body.choices[0]!.finish_reason).toBe('length');
    expect(body.usage!.prompt_tokens + body.usage!.completion_tokens).toBeLessThanOrEqual(1024);
  });
});

describe('local model target: completions', () => {
  it('answers in the text_completion format, with echo', async () => {
    const plain = await json(completionRequest({ max_tokens: 6, temperature: 0 }));
    expect(plain.object).toBe('text_completion');
    expect(plain.choices[0]!.finish_reason).toBe('length');
    expect(plain.usage!.completion_tokens).toBe(6);
    const echoed = await json(completionRequest({ max_tokens: 6, temperature: 0, echo: true }));
    expect(echoed.choices[0]!.text).toBe(`Once upon a time${plain.choices[0]!.text}`);
  });

  it('streams completions', async () => {
    const expected = await json(completionRequest({ max_tokens: 6, temperature: 0 }));
    const res = await target.send(completionRequest({ max_tokens: 6, temperature: 0, stream: true }));
    const events = sseEvents(await readText(res.body));
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1) as OpenAiBody[];
    expect(chunks.map((c) => c.choices[0]!.text).join('')).toBe(expected.choices[0]!.text);
    expect((chunks.at(-1) as OpenAiBody).usage!.completion_tokens).toBe(6);
  });
});

describe('local model target: cancellation and admission', () => {
  it('stops generating when the client goes away mid-stream and frees the sequence', async () => {
    const client = new AbortController();
    const res = await target.send(chatRequest({ max_tokens: 1000, temperature: 0, stream: true }, client.signal));
    const iterator = res.body[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    expect(target.queueDepth().running).toBe(1);
    client.abort();
    // The stream ends instead of producing the remaining tokens.
    let chunks = 0;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) chunks++;
    expect(chunks).toBeLessThan(1000);
    await eventually(() => target.queueDepth().running === 0);
  });

  it('rejects a non-streaming request whose client aborted, and frees the sequence', async () => {
    const client = new AbortController();
    const pending = target.send(chatRequest({ max_tokens: 1000, temperature: 0 }, client.signal));
    setTimeout(() => client.abort(), 30);
    await expect(pending).rejects.toThrow();
    await eventually(() => target.queueDepth().running === 0);
  });

  it('runs N requests in parallel, queues one more, and answers 429 with Retry-After beyond that', async () => {
    const clients = [new AbortController(), new AbortController(), new AbortController()];
    const long = (i: number) => target.send(chatRequest({ max_tokens: 1000, stream: true }, clients[i]?.signal));
    const first = await long(0);
    const second = await long(1);
    const queued = long(2);
    await eventually(() => target.queueDepth().waiting === 1);
    expect(target.queueDepth()).toMatchObject({ running: 2, waiting: 1, slots: 2, queueSize: 1 });
    const refused = await target.send(chatRequest({ max_tokens: 4 })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TargetError);
    expect(refused).toMatchObject({ status: 429, code: 'local_queue_full' });
    expect((refused as TargetError).retryAfterSeconds).toBeGreaterThanOrEqual(1);

    clients[0]?.abort();
    await readText(first.body);
    // The queued request gets the freed sequence and streams.
    const third = await queued;
    expect(third.status).toBe(200);
    clients[1]?.abort();
    clients[2]?.abort();
    await Promise.all([readText(second.body), readText(third.body)]);
    await eventually(() => target.queueDepth().running === 0 && target.queueDepth().waiting === 0);
  });

  it('drops a queued request whose client leaves before a sequence frees up', async () => {
    const holders = [new AbortController(), new AbortController()];
    const held = await Promise.all(
      holders.map((c) => target.send(chatRequest({ max_tokens: 1000, stream: true }, c.signal))),
    );
    const leaving = new AbortController();
    const queued = target.send(chatRequest({ max_tokens: 4 }, leaving.signal));
    await eventually(() => target.queueDepth().waiting === 1);
    leaving.abort();
    await expect(queued).rejects.toThrow();
    expect(target.queueDepth().waiting).toBe(0);
    for (const c of holders) c.abort();
    await Promise.all(held.map((r) => readText(r.body)));
    await eventually(() => target.queueDepth().running === 0);
  });
});

describe('local model target: streams with a send interval (stream_interval_ms)', () => {
  let batched: LocalModelTarget;

  beforeAll(async () => {
    // Longer than any answer here: after the first token, everything arrives in one event at the end.
    batched = createLocalModelTarget({
      ...testModelConfig(models.write('tiny-batched.gguf', { chatTemplate: 'chatml' })),
      sequences: 1,
      streamIntervalMs: 10_000,
    });
    await batched.load();
  });

  afterAll(async () => {
    await batched?.close();
  });

  it.each([
    ['chat', chatRequest, (c: OpenAiBody) => c.choices[0]?.delta?.content],
    ['completions', completionRequest, (c: OpenAiBody) => c.choices[0]?.text],
  ])('joins %s tokens into fewer valid SSE events with the same text and usage', async (_name, request, textOf) => {
    const expected = await batched.send(request({ max_tokens: 12, temperature: 0 }));
    const whole = JSON.parse(await readText(expected.body)) as OpenAiBody;
    const res = await batched.send(request({ max_tokens: 12, temperature: 0, stream: true }));
    const raw = await readText(res.body);
    // Every event is a complete `data:` block (sseEvents throws otherwise) and the stream ends with [DONE].
    const events = sseEvents(raw);
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1) as OpenAiBody[];
    const pieces = chunks.map(textOf).filter((t): t is string => t !== undefined && t !== '');
    expect(pieces.length).toBeLessThan(12);
    expect(pieces.length).toBeGreaterThanOrEqual(1);
    expect(pieces.join('')).toBe(whole.choices[0]?.message?.content ?? whole.choices[0]?.text);
    expect((chunks.at(-1) as OpenAiBody).usage).toEqual(whole.usage);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
  });

  it('still stops when the client leaves while text is held back, and frees the sequence', async () => {
    const client = new AbortController();
    const res = await batched.send(chatRequest({ max_tokens: 1000, temperature: 0, stream: true }, client.signal));
    const iterator = res.body[Symbol.asyncIterator]();
    await iterator.next();
    client.abort();
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
      // drain
    }
    await eventually(() => batched.queueDepth().running === 0);
  });
});

describe('local model target: embeddings', () => {
  interface EmbeddingsBody {
    object: string;
    model: string;
    data: { object: string; index: number; embedding: number[] | string }[];
    usage: { prompt_tokens: number; total_tokens: number };
    error?: { code: string; param: string | null };
  }
  const embeddings = async (body: Record<string, unknown>) => {
    const res = await target.send({
      ...chatRequest({}),
      endpoint: 'embeddings',
      body: { model: 'tiny-local', ...body },
    });
    return { status: res.status, body: JSON.parse(await readText(res.body)) as EmbeddingsBody };
  };

  it('answers in the OpenAI list format with unit-length vectors, one per input, and token usage', async () => {
    const { status, body } = await embeddings({ input: ['Ada Lovelace', 'the weather in Madrid'] });
    expect(status).toBe(200);
    expect(body.object).toBe('list');
    expect(body.model).toBe('tiny-local');
    expect(body.data.map((d) => [d.object, d.index])).toEqual([
      ['embedding', 0],
      ['embedding', 1],
    ]);
    const [a, b] = body.data.map((d) => d.embedding as number[]);
    expect(a?.length).toBe(64);
    expect(b?.length).toBe(64);
    const norm = Math.hypot(...(a ?? []));
    expect(norm).toBeCloseTo(1, 5);
    expect(a).not.toEqual(b);
    expect(body.usage.prompt_tokens).toBeGreaterThan(4);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens);
    expect(target.queueDepth().running).toBe(0);
  });

  it('gives the same vector for the same text, as floats or as base64 float32', async () => {
    const floats = (await embeddings({ input: 'same text' })).body.data[0]?.embedding as number[];
    const again = (await embeddings({ input: 'same text' })).body.data[0]?.embedding as number[];
    expect(again).toEqual(floats);
    const encoded = (await embeddings({ input: 'same text', encoding_format: 'base64' })).body.data[0]
      ?.embedding as string;
    const bytes = Buffer.from(encoded, 'base64');
    const decoded = Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readFloatLE(i * 4));
    expect(decoded).toEqual(floats);
  });

  it.each([
    ['no input', {}, 'input'],
    ['an empty string', { input: ['ok', ''] }, 'input[1]'],
    ['token arrays', { input: [[1, 2, 3]] }, 'input'],
    ['dimensions', { input: 'x', dimensions: 8 }, 'dimensions'],
    ['an unknown encoding', { input: 'x', encoding_format: 'int8' }, 'encoding_format'],
  ])('refuses %s with a 400 naming the field', async (_name, body, param) => {
    const { status, body: answer } = await embeddings(body);
    expect(status).toBe(400);
    expect(answer.error?.param).toBe(param);
  });

  it('refuses an input longer than the context, naming which one', async () => {
    const { status, body } = await embeddings({ input: ['short', 'word '.repeat(3000)] });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'context_length_exceeded', param: 'input[1]' });
  });
});

describe('local model target: tools', () => {
  const weather = {
    type: 'function',
    function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
  };

  it('refuses a request that offers tools with 400 unsupported_tools instead of ignoring them', async () => {
    const res = await target.send(chatRequest({ max_tokens: 4, tools: [weather] }));
    expect(res.status).toBe(400);
    const body = JSON.parse(await readText(res.body)) as OpenAiBody;
    expect(body.error).toMatchObject({ code: 'unsupported_tools', param: 'tools' });
    expect(body.error?.message).toContain('tool_choice "none"');
    expect(body.error?.message).not.toContain('get_weather');
    const legacy = await target.send(chatRequest({ max_tokens: 4, functions: [weather.function] }));
    expect(legacy.status).toBe(400);
    expect((JSON.parse(await readText(legacy.body)) as OpenAiBody).error?.param).toBe('functions');
    expect(target.queueDepth().running).toBe(0);
  });

  it('answers when tool_choice is "none", and reads earlier tool calls and results as text', async () => {
    const body = await json(
      chatRequest({
        max_tokens: 4,
        temperature: 0,
        tools: [weather],
        tool_choice: 'none',
        messages: [
          { role: 'user', content: 'Weather in Madrid?' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Madrid"}' } },
            ],
          },
          { role: 'tool', tool_call_id: 'call_1', content: '31 degrees' },
        ],
      }),
    );
    expect(body.choices[0]!.finish_reason).toBe('length');
    expect(body.usage!.completion_tokens).toBe(4);
  });
});
