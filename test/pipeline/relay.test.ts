import type { ServerResponse } from 'node:http';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SseParser } from '../../src/http/sse.js';
import { type RelayOutcome, SseRelay } from '../../src/pipeline/relay.js';
import { collectMeta, emptyMeta } from '../../src/pipeline/usage.js';
import type { TargetResponse } from '../../src/providers/types.js';
import { createRestorer } from '../../src/redact/restorer.js';

const enc = new TextEncoder();

/** An upstream body that yields `events` and then fails, or ends when `fail` is false. */
function upstream(events: string[], fail: boolean): TargetResponse {
  return {
    status: 200,
    headers: { 'content-type': 'text/event-stream' },
    body: (async function* () {
      for (const e of events) yield enc.encode(e);
      if (fail) throw new Error('socket hang up');
    })(),
  };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  let text = '';
  const dec = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) text += dec.decode(chunk, { stream: true });
  return text;
}

/** A relay with no restorer whose outcomes land in `outcomes`. */
function plainRelay(res: TargetResponse, outcomes: RelayOutcome[], onAbort: () => void = () => {}): SseRelay {
  return new SseRelay(res, undefined, onAbort, performance.now(), (o) => outcomes.push(o));
}

const event = (content: string) =>
  `data: ${JSON.stringify({ model: 'm-1', choices: [{ index: 0, delta: { content } }] })}\n\n`;

describe('SseRelay as a web stream', () => {
  it('passes the events through, reads the model and usage, and reports a clean end', async () => {
    const outcomes: RelayOutcome[] = [];
    const usage = `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 3, completion_tokens: 2 } })}\n\n`;
    const relay = plainRelay(upstream([event('he'), event('llo'), usage, 'data: [DONE]\n\n'], false), outcomes);
    const text = await readAll(relay.webStream());
    expect(text).toBe(`${event('he') + event('llo') + usage}data: [DONE]\n\n`);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({
      error: null,
      meta: { model: 'm-1', promptTokens: 3, completionTokens: 2 },
    });
  });

  it('ends a broken stream with an error event in the wire format, once', async () => {
    for (const wire of ['openai', 'anthropic'] as const) {
      const outcomes: RelayOutcome[] = [];
      const relay = new SseRelay(
        upstream([event('par')], true),
        undefined,
        () => {},
        performance.now(),
        (o) => outcomes.push(o),
        wire,
      );
      const text = await readAll(relay.webStream());
      expect(text.startsWith(event('par'))).toBe(true);
      const last = text.slice(event('par').length);
      if (wire === 'openai') {
        expect(JSON.parse(last.slice('data: '.length))).toMatchObject({
          error: { type: 'api_error', code: 'upstream_stream_error' },
        });
      } else {
        expect(last.startsWith('event: error\ndata: ')).toBe(true);
        expect(JSON.parse(last.split('\n')[1]!.slice(6))).toMatchObject({
          type: 'error',
          error: { type: 'api_error' },
        });
      }
      expect(text).not.toContain('socket hang up');
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]?.error).toBe('upstream_stream_error: Error');
    }
  });

  it('aborts the upstream when the client cancels, and records that the client left', async () => {
    let aborted = 0;
    const outcomes: RelayOutcome[] = [];
    const relay = plainRelay(upstream([event('a'), event('b')], false), outcomes, () => aborted++);
    const reader = relay.webStream().getReader();
    await reader.read();
    await reader.cancel();
    expect(aborted).toBe(1);
    expect(outcomes.map((o) => o.error)).toEqual(['client_disconnected']);
  });
});

describe('SseParser decoding', () => {
  it('skips a leading byte order mark and joins characters split across chunks', () => {
    const parser = new SseParser();
    const bytes = enc.encode('\uFEFFdata: café ñ\n\n');
    const events = [];
    // Cut inside the BOM and inside the two-byte é.
    for (const cut of [
      [0, 2],
      [2, 11],
      [11, bytes.length],
    ])
      events.push(...parser.push(bytes.subarray(cut[0], cut[1])));
    events.push(...parser.end());
    expect(events).toEqual([{ data: 'café ñ' }]);
  });
});

describe('SseRelay reading usage without a restorer', () => {
  it('finds the usage whatever the chunking: whole events, events split across chunks, usage split in two', async () => {
    const usage = `data: ${JSON.stringify({ model: 'm-1', choices: [], usage: { prompt_tokens: 11, completion_tokens: 4 } })}\n\n`;
    const whole = `${event('a') + event('b') + event('c') + usage}data: [DONE]\n\n`;
    const cuts = [
      [event('a'), event('b'), event('c'), usage, 'data: [DONE]\n\n'],
      [
        event('a') + event('b').slice(0, 9),
        event('b').slice(9) + event('c'),
        usage.slice(0, 30),
        usage.slice(30),
        'data: [DONE]\n\n',
      ],
      [whole],
    ];
    for (const chunks of cuts) {
      const outcomes: RelayOutcome[] = [];
      const relay = plainRelay(upstream(chunks, false), outcomes);
      expect(await readAll(relay.webStream())).toBe(whole);
      expect(outcomes[0]?.meta).toEqual({ model: 'm-1', promptTokens: 11, completionTokens: 4 });
    }
  });
});

describe('SseRelay picking the model and usage out of whole-event chunks', () => {
  const run = async (chunks: (string | Uint8Array)[]) => {
    const outcomes: RelayOutcome[] = [];
    const body = (async function* () {
      for (const c of chunks) yield typeof c === 'string' ? enc.encode(c) : c;
    })();
    const relay = plainRelay({ status: 200, headers: { 'content-type': 'text/event-stream' }, body }, outcomes);
    const text = await readAll(relay.webStream());
    return { text, meta: outcomes[0]?.meta };
  };
  const nullUsage = (content: string) =>
    `data: ${JSON.stringify({ model: 'm-2', choices: [{ delta: { content } }], usage: null })}\n\n`;
  const usage = `data: {"choices":[],"usage" : {"prompt_tokens":9,"completion_tokens":5}}\n\n`;

  it('reads the model of the first event and the usage of a later one in the same chunk, null usages aside', async () => {
    const whole = `${nullUsage('a')}${nullUsage('b')}${usage}data: [DONE]\n\n`;
    const { text, meta } = await run([whole]);
    expect(text).toBe(whole);
    expect(meta).toEqual({ model: 'm-2', promptTokens: 9, completionTokens: 5 });
    const later = await run([nullUsage('a'), nullUsage('b'), `${usage}data: [DONE]\n\n`]);
    expect(later.meta).toEqual({ model: 'm-2', promptTokens: 9, completionTokens: 5 });
  });

  it('skips an event that only says "model" in another place and reads the model from the next one', async () => {
    const gemini = 'data: {"role":"model","parts":[]}\n\n';
    const { meta } = await run([`: keep-alive\n\n${gemini}${event('x')}data: [DONE]\n\n`]);
    expect(meta?.model).toBe('m-1');
  });

  it('reads CRLF events, and whole events after a chunk that split a character', async () => {
    const crlf = `${event('a').replace(/\n/g, '\r\n')}${usage.replace(/\n/g, '\r\n')}`;
    const crlfRun = await run([crlf]);
    expect(crlfRun.text).toBe(crlf);
    expect(crlfRun.meta).toEqual({ model: 'm-1', promptTokens: 9, completionTokens: 5 });
    const bytes = enc.encode(`${event('é')}`);
    const cut = bytes.indexOf(0xc3) + 1;
    const split = await run([bytes.subarray(0, cut), bytes.subarray(cut), usage]);
    expect(split.meta).toEqual({ model: 'm-1', promptTokens: 9, completionTokens: 5 });
  });
});

describe('SseRelay.pipeTo on Node streams', () => {
  /** A response stand-in that takes `delayMs` per write, so a small buffer fills and the relay has to wait. */
  function slowResponse(delayMs: number) {
    const writes: string[] = [];
    const out = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _enc, done) {
        writes.push(chunk.toString('utf8'));
        setTimeout(done, delayMs);
      },
      writev(chunks, done) {
        writes.push(chunks.map((c) => (c.chunk as Buffer).toString('utf8')).join(''));
        setTimeout(done, delayMs);
      },
    });
    return { out, writes };
  }

  it('relays what has arrived in one write, waits for a full client socket to drain, and ends once', async () => {
    const body = new Readable({ read() {} });
    const { out, writes } = slowResponse(2);
    const outcomes: RelayOutcome[] = [];
    const relay = plainRelay({ status: 200, headers: { 'content-type': 'text/event-stream' }, body }, outcomes);
    relay.pipeTo(out as unknown as ServerResponse);
    const sent: string[] = [];
    // Three events arriving together (as undici emits one chunk per HTTP chunk), then a long stream in pieces.
    for (const e of [event('a'), event('b'), event('c')]) {
      body.push(Buffer.from(e));
      sent.push(e);
    }
    await new Promise((r) => setTimeout(r, 5));
    expect(writes).toEqual([sent.join('')]);
    for (let i = 0; i < 40; i++) {
      const e = event(`part ${i} `.repeat(10));
      body.push(Buffer.from(e));
      sent.push(e);
      if (i % 7 === 0) await new Promise((r) => setImmediate(r));
    }
    body.push(Buffer.from('data: [DONE]\n\n'));
    body.push(null);
    sent.push('data: [DONE]\n\n');
    await new Promise((r) => out.once('finish', r));
    expect(writes.join('')).toBe(sent.join(''));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ error: null, meta: { model: 'm-1' } });
  });

  it('with a restorer, sends the first restored event before restoring the rest of its read', async () => {
    const body = new Readable({ read() {} });
    const { out, writes } = slowResponse(1);
    const outcomes: RelayOutcome[] = [];
    const restorer = createRestorer('openai-chat', [{ needle: '<PERSON_1>', value: 'Zoë "Z" Ng' }]);
    const relay = new SseRelay(
      { status: 200, headers: { 'content-type': 'text/event-stream' }, body },
      restorer,
      () => {},
      performance.now(),
      (o) => outcomes.push(o),
    );
    relay.pipeTo(out as unknown as ServerResponse);
    // A whole answer in one read, a placeholder split across its first two events.
    const parts = ['Hi <PER', 'SON_1>, hi', ' <PERSON_1>', ...Array.from({ length: 30 }, (_, i) => ` part ${i}`)];
    body.push(Buffer.from(`${parts.map(event).join('')}data: [DONE]\n\n`));
    body.push(null);
    await new Promise((r) => out.once('finish', r));
    expect(writes[0]).toBe(event('Hi '));
    expect(writes.length).toBeGreaterThan(1);
    const restored = parts.join('').replaceAll('<PERSON_1>', 'Zoë "Z" Ng');
    const text = new SseParser()
      .push(writes.join(''))
      .filter((e) => e.data !== '[DONE]')
      .map((e) => JSON.parse(e.data).choices[0].delta.content)
      .join('');
    expect(text).toBe(restored);
    expect(writes.join('').endsWith('data: [DONE]\n\n')).toBe(true);
    expect(outcomes).toMatchObject([{ error: null, meta: { model: 'm-1' } }]);
  });

  it('with a restorer, restores the same whatever the cuts and line endings', async () => {
    const parts = ['Hi <PER', 'SON_1>, hi', ' <PERSON_1>', ' and <PERSON_', '1>', ' bye'];
    const expected = 'Hi Zoë "Z" Ng, hi Zoë "Z" Ng and Zoë "Z" Ng bye';
    for (const crlf of [false, true])
      for (const size of [1, 7, 50, 10_000]) {
        let raw = `${parts.map(event).join('')}data: [DONE]\n\n`;
        if (crlf) raw = raw.replaceAll('\n', '\r\n');
        const body = new Readable({ read() {} });
        const { out, writes } = slowResponse(0);
        const restorer = createRestorer('openai-chat', [{ needle: '<PERSON_1>', value: 'Zoë "Z" Ng' }]);
        new SseRelay(
          { status: 200, headers: {}, body },
          restorer,
          () => {},
          0,
          () => {},
        ).pipeTo(out as unknown as ServerResponse);
        const bytes = Buffer.from(raw);
        for (let i = 0; i < bytes.length; i += size) body.push(bytes.subarray(i, i + size));
        body.push(null);
        await new Promise((r) => out.once('finish', r));
        const text = new SseParser()
          .push(writes.join(''))
          .filter((e) => e.data !== '[DONE]')
          .map((e) => JSON.parse(e.data).choices[0].delta.content)
          .join('');
        expect(text, `cuts of ${size}${crlf ? ', CRLF' : ''}`).toBe(expected);
      }
  });

  it('aborts the upstream when the client goes away mid-answer', async () => {
    const body = new Readable({ read() {} });
    const { out } = slowResponse(1);
    let aborted = 0;
    const outcomes: RelayOutcome[] = [];
    const relay = plainRelay(
      { status: 200, headers: { 'content-type': 'text/event-stream' }, body },
      outcomes,
      () => aborted++,
    );
    relay.pipeTo(out as unknown as ServerResponse);
    body.push(Buffer.from(event('a')));
    await new Promise((r) => setTimeout(r, 5));
    out.destroy();
    await new Promise((r) => setTimeout(r, 5));
    expect(aborted).toBe(1);
    expect(body.destroyed).toBe(true);
    expect(outcomes.map((o) => o.error)).toEqual(['client_disconnected']);
  });
});

describe('SseRelay without a restorer, reads that end mid-event', () => {
  it('reads the model and usage whatever the cuts, one byte at a time included, and relays every byte', async () => {
    const usage = `data: {"choices":[],"usage":{"prompt_tokens":21,"completion_tokens":8}}\r\n\r\n`;
    const whole = enc.encode(
      `${event('dé')}${event('jà')}${event('vu').replace(/\n/g, '\r\n')}${usage}data: [DONE]\n\n`,
    );
    for (const size of [1, 2, 3, 5, 7, 13, 29, 64, 101]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < whole.length; i += size) chunks.push(whole.subarray(i, i + size));
      const outcomes: RelayOutcome[] = [];
      const relay = plainRelay(upstream([], false), outcomes);
      let out = '';
      const dec = new TextDecoder();
      for (const c of chunks) out += dec.decode(relay.chunk(c), { stream: true });
      relay.end();
      expect(out).toBe(new TextDecoder().decode(whole));
      expect(outcomes[0]?.meta).toEqual({ model: 'm-1', promptTokens: 21, completionTokens: 8 });
    }
  });

  it('reads a last event that has no blank line, and an event longer than the carried bytes allow', async () => {
    const outcomes: RelayOutcome[] = [];
    const relay = plainRelay(upstream([], false), outcomes);
    const long = `data: ${JSON.stringify({ model: 'm-3', pad: 'x'.repeat(70_000) })}\n\n`;
    for (let i = 0; i < long.length; i += 8192) relay.chunk(enc.encode(long.slice(i, i + 8192)));
    relay.chunk(enc.encode('data: {"usage":{"prompt_tokens":1,"completion_tokens":2}}'));
    relay.end();
    expect(outcomes[0]?.meta).toEqual({ model: 'm-3', promptTokens: 1, completionTokens: 2 });
  });
});

describe('SseRelay reading the model from the bytes of the usual event', () => {
  /** What parsing every event gives: the model of the first one that names it at its top (or in `message`). */
  function parsedModel(text: string): string | null {
    const meta = emptyMeta();
    const parser = new SseParser();
    for (const ev of [...parser.push(text), ...parser.end()]) {
      try {
        collectMeta(meta, JSON.parse(ev.data));
      } catch {
        // not JSON: names no model
      }
    }
    return meta.model;
  }
  const relayedModel = (chunks: Uint8Array[]) => {
    const outcomes: RelayOutcome[] = [];
    const relay = plainRelay(upstream([], false), outcomes);
    for (const c of chunks) relay.chunk(c);
    relay.end();
    return outcomes[0]?.meta.model ?? null;
  };
  const after = 'data: {"model":"m-after","choices":[]}\n\ndata: [DONE]\n\n';
  const streams: [string, string][] = [
    ['escaped quote', `data: {"id":"c1","model":"m\\"q","choices":[]}\n\n`],
    ['unicode escape', `data: {"model":"caf\\u00e9-2","choices":[]}\n\n`],
    ['escaped solidus', `data: {"model":"org\\/m-7"}\n\n`],
    ['raw multi-byte text', `data: {"model":"modèle-ü-語","choices":[]}\n\n`],
    ['spaces around the colon', `data: { "model" : "m-sp" , "choices" : [] }\n\n`],
    ['a nested model before the own one', `data: {"meta":{"model":"inner"},"model":"outer"}\n\n`],
    ['only a nested model', `data: {"meta":{"model":"inner"},"choices":[]}\n\n${after}`],
    ['a model in an array', `data: {"choices":[{"model":"in-array"}],"model":"own"}\n\n`],
    ['"model" quoted inside a string', `data: {"content":"say \\"model\\":\\"fake\\"","model":"real"}\n\n`],
    ['a string ending in a quoted model', `data: {"content":"a \\"model","model":"real-2"}\n\n`],
    ['a model that is not a string', `data: {"model":null,"choices":[]}\n\n${after}`],
    ['a model that is a number', `data: {"model":7}\n\n${after}`],
    ['an event type line first', `event: completion\nid: 4\ndata: {"model":"m-ev"}\n\n`],
    ['two data lines', `data: {"model":\ndata: "m-two-lines"}\n\n`],
    ['two data lines, the model on the first', `data: {"model":"m-first",\ndata: "x":1}\n\n`],
    ['a cut-off event', `data: {"model":"m-cut",\n\n${after}`],
    ['a data line without a space', `data:{"model":"m-nospace"}\n\n`],
    ['CRLF lines', `data: {"model":"m-crlf"}\r\n\r\n`],
    ['Anthropic message_start', `event: message_start\ndata: {"type":"message_start","message":{"model":"c-3"}}\n\n`],
    ['a control character in the name', `data: {"model":"m\u0001x"}\n\n${after}`],
    ['the model key twice', `data: {"model":"m-first","object":"x","model":"m-last"}\n\n`],
    ['the model key twice, the second nested', `data: {"model":"m-own","meta":{"model":"m-in"}}\n\n`],
  ];

  it.each(streams)('reads what parsing reads: %s', (_name, text) => {
    const bytes = enc.encode(text);
    const expected = parsedModel(text);
    expect(relayedModel([bytes])).toBe(expected);
    for (const size of [1, 7, 19]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(relayedModel(chunks)).toBe(expected);
    }
  });

  it('still reads a usage that comes in the same event as the model', () => {
    const outcomes: RelayOutcome[] = [];
    const relay = plainRelay(upstream([], false), outcomes);
    relay.chunk(enc.encode('data: {"model":"m-u","usage":{"prompt_tokens":5,"completion_tokens":6}}\n\n'));
    relay.end();
    expect(outcomes[0]?.meta).toEqual({ model: 'm-u', promptTokens: 5, completionTokens: 6 });
  });
});
