import { describe, expect, it } from 'vitest';
import type { SseEvent } from '../../src/http/sse.js';
import { jsonString, replaceJsonString } from '../../src/redact/json-splice.js';
import { ReplacementTable, replaceAll } from '../../src/redact/replacer.js';
import { createRestorer } from '../../src/redact/restorer.js';

// Restorers pass events with nothing to restore on unparsed and write restored strings into the event's own
// text; these tests hold them to the answer a parse of every event gives.

const entries = [
  { needle: '<PERSON_1>', value: 'Zoë "Z" Ng' },
  { needle: '<PATH_1>', value: 'C:\\Users\\zoe\n/home' },
  { needle: '<EMAIL_1>', value: 'zoe@corp.example' },
];
const answer =
  'Dear <PERSON_1>,\nyour files at <PATH_1> and "<EMAIL_1>" are safe; <PERSON_2> and <EMAIL are not ours. ' +
  'Ask <PERSON_1> / <EMAIL_1> \\ again <PERSON_1>';

/** Ways upstreams write the same JSON: as JSON.stringify does, `<`/`>` as \u escapes (Go), `\/`, spaced out. */
const STYLES: Record<string, (value: unknown) => string> = {
  plain: (v) => JSON.stringify(v),
  unicode: (v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e'),
  lowerUnicodeLetters: (v) => JSON.stringify(v).replace(/P/g, '\\u0050'),
  slashes: (v) => JSON.stringify(v).replace(/\//g, '\\/'),
  spaced: (v) => JSON.stringify(v, null, 1).replace(/\n\s*/g, ' '),
};

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function pieces(text: string, next: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = 1 + Math.floor(next() * 14);
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

const parse = (e: SseEvent) => JSON.parse(e.data);

describe('restoring in the event text', () => {
  for (const [style, write] of Object.entries(STYLES)) {
    it(`OpenAI chat, ${style}: any chunking restores as one pass over the whole answer`, () => {
      const expected = replaceAll(new ReplacementTable(entries), answer);
      for (let seed = 1; seed <= 40; seed++) {
        const r = createRestorer('openai-chat', entries);
        const sent = pieces(answer, random(seed)).map((content) => ({
          data: write({
            id: 'c1',
            object: 'chat.completion.chunk',
            model: 'm',
            choices: [{ index: 0, delta: { content } }],
          }),
        }));
        const out = [...sent.flatMap((e) => r.restoreEvent(e)), ...r.restoreEvent({ data: '[DONE]' })];
        expect(out.at(-1)).toEqual({ data: '[DONE]' });
        const chunks = out.slice(0, -1).map(parse);
        for (const c of chunks) expect(c).toMatchObject({ id: 'c1', model: 'm' });
        expect(chunks.map((c) => c.choices[0].delta.content ?? '').join('')).toBe(expected);
      }
    });

    it(`Anthropic, ${style}: any chunking restores as one pass over the whole answer`, () => {
      const expected = replaceAll(new ReplacementTable(entries), answer);
      for (let seed = 1; seed <= 40; seed++) {
        const r = createRestorer('anthropic-messages', entries);
        const ev = (type: string, body: object): SseEvent => ({ event: type, data: write({ type, ...body }) });
        const sent = [
          ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
          ...pieces(answer, random(seed)).map((text) =>
            ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text } }),
          ),
          ev('content_block_stop', { index: 0 }),
          ev('message_stop', {}),
        ];
        const out = sent.flatMap((e) => r.restoreEvent(e)).map(parse);
        const text = out
          .filter((d) => d.type === 'content_block_delta')
          .map((d) => d.delta.text)
          .join('');
        expect(text).toBe(expected);
        expect(out.at(-2)).toEqual({ type: 'content_block_stop', index: 0 });
      }
    });
  }

  it('passes an event with nothing to restore on as the same object, and writes a restored one in its text', () => {
    const r = createRestorer('openai-chat', entries);
    const quiet = { data: '{"id":"c1","choices":[{"index":0,"delta":{"content":"nothing here"}}]}' };
    expect(r.restoreEvent(quiet)[0]).toBe(quiet);
    const loud = { data: '{"id":"c1", "choices":[{"index":0,"delta":{"content":"hi <PERSON_1>"}}]}' };
    // The upstream's own spacing survives: the string was replaced in place.
    expect(r.restoreEvent(loud)).toEqual([
      { data: '{"id":"c1", "choices":[{"index":0,"delta":{"content":"hi Zoë \\"Z\\" Ng"}}]}' },
    ]);
  });

  it('copies id and model into an added chunk from the latest chunk (no chunk is passed over while text is held)', () => {
    const r = createRestorer('openai-chat', entries);
    r.restoreEvent({
      data: JSON.stringify({ id: 'a', model: 'm1', choices: [{ index: 0, delta: { content: 'x <PER' } }] }),
    });
    r.restoreEvent({
      data: JSON.stringify({ id: 'a', model: 'm1', choices: [{ index: 1, delta: { content: 'y' } }] }),
    });
    r.restoreEvent({
      data: JSON.stringify({ id: 'b', model: 'm2', usage: null, choices: [{ index: 1, delta: { content: 'z' } }] }),
    });
    const [added] = r.restoreEvent({ data: '[DONE]' });
    expect(parse(added as SseEvent)).toEqual({
      id: 'b',
      model: 'm2',
      choices: [{ index: 0, delta: { content: '<PER' }, finish_reason: null }],
    });
  });

  it('surrogates (word-bounded needles) are never passed over unparsed', () => {
    const table = new ReplacementTable([{ needle: 'Ana Lee', value: 'Eva Ruiz' }]);
    expect(table.skippableJson).toBe(false);
    const r = createRestorer('openai-chat', [{ needle: 'Ana Lee', value: 'Eva Ruiz' }]);
    const out = ['Hi B', 'ana Lee, hi ', 'Ana', ' Lee.']
      .map((content) => ({ data: JSON.stringify({ choices: [{ index: 0, delta: { content } }] }) }))
      .flatMap((e) => r.restoreEvent(e))
      .concat(r.restoreEvent({ data: '[DONE]' }).slice(0, -1));
    expect(out.map((e) => parse(e).choices[0].delta.content).join('')).toBe('Hi Bana Lee, hi Eva Ruiz.');
  });
});

describe('ReplacementTable.mayOccurInJson', () => {
  const table = new ReplacementTable(entries);
  it('sees a first character written or escaped, and not otherwise', () => {
    expect(table.skippableJson).toBe(true);
    expect(table.mayOccurInJson('{"a":"x < y"}')).toBe(true);
    expect(table.mayOccurInJson('{"a":"x \\u003C y"}')).toBe(true);
    expect(table.mayOccurInJson('{"a":"x \\u00e9 \\n \\" y"}')).toBe(false);
    expect(table.mayOccurInJson('{"a":"x \\u00zz"}')).toBe(true);
  });
});

describe('replaceJsonString', () => {
  it('replaces the one literal of a string, JSON-escaping the new value', () => {
    expect(replaceJsonString('{"a": "x", "b":"<P>"}', '<P>', 'say "hi"\n\\')).toBe(
      '{"a": "x", "b":"say \\"hi\\"\\n\\\\"}',
    );
  });
  it('declines when the literal is not provably the one: twice, across tokens, or \\u and \\/ escapes about', () => {
    expect(replaceJsonString('{"id":"<P>","c":"<P>"}', '<P>', 'v')).toBeUndefined();
    expect(replaceJsonString('{"a":"x","c":","}', ',', 'v')).toBeUndefined();
    expect(replaceJsonString('{"a":"\\u0078","c":"x"}', 'x', 'v')).toBeUndefined();
    expect(replaceJsonString('{"a":"\\/","c":"/"}', '/', 'v')).toBeUndefined();
    expect(replaceJsonString('{"c":"absent"}', 'x', 'v')).toBeUndefined();
  });
});

describe('jsonString', () => {
  it('is JSON.stringify for a string, every UTF-16 unit and a surrogate pair included', () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      const value = `a${String.fromCharCode(unit)}b`;
      expect(jsonString(value)).toBe(JSON.stringify(value));
    }
    expect(jsonString('x 😀 y')).toBe(JSON.stringify('x 😀 y'));
  });
});
