import { afterEach, describe, expect, it, vi } from 'vitest';
import { ByteChannel } from '../../src/providers/local/byte-channel.js';
import { OpenAiAnswer, sseData } from '../../src/providers/local/openai-response.js';
import { TextBatcher } from '../../src/providers/local/text-batcher.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('OpenAiAnswer.deltaEvent', () => {
  it.each([
    ['plain text', 'Hello'],
    ['an empty piece', ''],
    ['quotes, backslashes and newlines', 'say "hi"\\n\n\r\t'],
    ['control characters', '\u0000\u0001\u001f'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
    ['accents, CJK and emoji', 'Héllo 世界 👋🏽'],
    ['a lone surrogate', '\ud83d'],
    ['text that looks like the template', '"},"logprobs":null}\u0000veil-text\u0000'],
  ])('is byte for byte the serialised delta object for %s', (_name, piece) => {
    for (const kind of ['chat', 'completion'] as const) {
      const answer = new OpenAiAnswer(kind, 'tiny-local');
      expect(text(answer.deltaEvent(piece))).toBe(text(sseData(answer.delta(piece))));
    }
  });
});

describe('ByteChannel', () => {
  it('hands chunks that piled up to the reader as one, in order', async () => {
    const channel = new ByteChannel(() => undefined);
    const reader = channel[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    channel.push(encoder.encode('data: 1\n\n'));
    channel.push(encoder.encode('data: 2\n\n'));
    channel.push(encoder.encode('data: 3\n\n'));
    const first = await reader.next();
    expect(text(first.value as Uint8Array)).toBe('data: 1\n\ndata: 2\n\ndata: 3\n\n');
    const waiting = reader.next();
    channel.push(encoder.encode('data: 4\n\n'));
    expect(text((await waiting).value as Uint8Array)).toBe('data: 4\n\n');
    channel.end();
    expect((await reader.next()).done).toBe(true);
  });

  it('still delivers what was pushed before end(), then ends', async () => {
    const channel = new ByteChannel(() => undefined);
    channel.push(new TextEncoder().encode('a'));
    channel.push(new TextEncoder().encode('b'));
    channel.end();
    const seen: string[] = [];
    for await (const chunk of channel) seen.push(text(chunk));
    expect(seen).toEqual(['ab']);
  });

  it('calls onCancel once when the reader stops early and ignores later pushes', async () => {
    const onCancel = vi.fn();
    const channel = new ByteChannel(onCancel);
    channel.push(new Uint8Array([1]));
    for await (const _ of channel) break;
    channel.push(new Uint8Array([2]));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(channel.isCancelled).toBe(true);
  });
});

describe('TextBatcher', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function batcher(intervalMs: number) {
    vi.useFakeTimers({ toFake: ['performance'] });
    const sent: string[] = [];
    return { sent, batcher: new TextBatcher(intervalMs, (t) => sent.push(t)) };
  }

  it('sends the first piece at once and joins later pieces until the interval has passed', () => {
    const { sent, batcher: b } = batcher(20);
    b.push('He');
    expect(sent).toEqual(['He']);
    vi.advanceTimersByTime(5);
    b.push('ll');
    vi.advanceTimersByTime(5);
    b.push('o');
    expect(sent).toEqual(['He']);
    vi.advanceTimersByTime(10);
    b.push(' w');
    expect(sent).toEqual(['He', 'llo w']);
    vi.advanceTimersByTime(50);
    b.push('orld');
    expect(sent).toEqual(['He', 'llo w', 'orld']);
  });

  it('sends each piece at once when pieces come slower than the interval', () => {
    const { sent, batcher: b } = batcher(20);
    for (const piece of ['a', 'b', 'c']) {
      b.push(piece);
      vi.advanceTimersByTime(25);
    }
    expect(sent).toEqual(['a', 'b', 'c']);
  });

  it('flush() sends what is held back, and nothing when nothing is', () => {
    const { sent, batcher: b } = batcher(20);
    b.push('a');
    b.push('b');
    b.push('c');
    b.flush();
    b.flush();
    expect(sent).toEqual(['a', 'bc']);
  });

  it('sends every piece as it comes with interval 0, and skips empty pieces', () => {
    const { sent, batcher: b } = batcher(0);
    for (const piece of ['a', '', 'b', 'c']) b.push(piece);
    expect(sent).toEqual(['a', 'b', 'c']);
  });
});
