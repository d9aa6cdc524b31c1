import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSse, type SseEvent, SseParser } from '../../src/http/sse.js';
import { text } from './arbitraries.js';

/** Parses bytes given as chunks cut at the given offsets (anywhere, including inside a UTF-8 sequence). */
function parseChunked(bytes: Uint8Array, cuts: number[]): SseEvent[] {
  const parser = new SseParser();
  const out: SseEvent[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    out.push(...parser.push(bytes.subarray(from, cut)));
    from = cut;
  }
  out.push(...parser.push(bytes.subarray(from)));
  out.push(...parser.end());
  return out;
}

const encoder = new TextEncoder();

/** Stream text built from SSE-ish pieces: fields, comments, blank lines, CRLF and LF, and hostile text. */
const streamText = fc
  .array(
    fc.oneof(
      text.map((t) => `data: ${t}\n`),
      text.map((t) => `data:${t}\r\n`),
      text.map((t) => `event: ${t}\n`),
      text.map((t) => `id: ${t}\n`),
      text.map((t) => `: ${t}\n`),
      fc.constantFrom('\n', '\r\n', 'data\n', 'retry: 5\n', 'data: [DONE]\n\n'),
      text,
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

describe('SseParser under random chunking', () => {
  it('any cut of the bytes parses to the same events as the whole', () => {
    fc.assert(
      fc.property(
        streamText.chain((s) => {
          const bytes = encoder.encode(s);
          return fc.tuple(fc.constant(bytes), fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }));
        }),
        ([bytes, cuts]) => {
          expect(parseChunked(bytes, cuts)).toEqual(parseChunked(bytes, []));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('byte by byte equals whole', () => {
    fc.assert(
      fc.property(streamText, (s) => {
        const bytes = encoder.encode(s);
        const every = Array.from({ length: bytes.length }, (_, i) => i);
        expect(parseChunked(bytes, every)).toEqual(parseChunked(bytes, []));
      }),
      { numRuns: 100 },
    );
  });

  it('formatSse then parse gives back the events (data without CR, which the format cannot carry)', () => {
    const event = fc.record(
      {
        data: text.map((t) => t.replace(/\r/g, '')),
        event: text.map((t) => t.replace(/[\r\n]/g, '')),
        id: text.map((t) => t.replace(/[\r\n]/g, '')),
      },
      { requiredKeys: ['data'] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (events, cuts) => {
        const bytes = encoder.encode(events.map(formatSse).join(''));
        const parsed = parseChunked(
          bytes,
          cuts.map((c) => c % (bytes.length + 1)),
        );
        // Lone surrogates do not survive UTF-8: compare with what the encoding can carry.
        const wellFormed = (s: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(encoder.encode(s));
        const expected = events.map((e) => {
          const out: SseEvent = { data: wellFormed(e.data) };
          if (e.event !== undefined) out.event = wellFormed(e.event);
          if (e.id !== undefined) out.id = wellFormed(e.id);
          return out;
        });
        expect(parsed).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a long line split into many chunks stays one event', () => {
    const parser = new SseParser();
    const piece = encoder.encode('x'.repeat(1000));
    parser.push('data: ');
    for (let i = 0; i < 200; i++) expect(parser.push(piece)).toEqual([]);
    const events = parser.push('\n\n');
    expect(events).toHaveLength(1);
    expect(events[0]!.data.length).toBe(200_000);
  });
});
