import { afterEach, describe, expect, it, vi } from 'vitest';
import { CachingDetector } from '../../src/detect/detection-cache.js';
import { createDetector } from '../../src/detect/engine.js';
import type { Finding, TextDetector } from '../../src/detect/types.js';

/** A detector that reports every "card" word and counts its calls. */
function countingDetector(): TextDetector & { calls: number } {
  const d = {
    calls: 0,
    detect(text: string): Finding[] {
      d.calls += 1;
      return [...text.matchAll(/card/g)].map((m) => ({
        start: m.index,
        end: m.index + 4,
        label: 'CREDIT_CARD' as const,
        type: 'TEST',
        score: 0.9,
        detector: 'test',
      }));
    },
  };
  return d;
}

const LONG = (n: number) => `message ${n}: please check the card on file for this customer and confirm it. `.repeat(2);

afterEach(() => vi.useRealTimers());

describe('CachingDetector', () => {
  it('gives the same findings as the engine it wraps, and runs the engine once per text', () => {
    const engine = createDetector();
    const cached = new CachingDetector(engine);
    const text = 'Please send the refund to Laura Gómez, card 4111 1111 1111 1111, laura.gomez@example.com, today.';
    const first = cached.detect(text);
    const second = cached.detect(text);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(engine.detect(text));
    expect(first).toEqual(second);
    expect(cached.stats()).toEqual({ hits: 1, misses: 1, entries: 1, findings: first.length });
  });

  it('remembers texts of a growing conversation, so each turn detects only its new messages', () => {
    const inner = countingDetector();
    const cached = new CachingDetector(inner);
    const history: string[] = [];
    for (let turn = 0; turn < 10; turn++) {
      history.push(LONG(turn));
      for (const message of history) cached.detect(message);
    }
    expect(inner.calls).toBe(10);
    expect(cached.stats().hits).toBe(45);
  });

  it('forgets the least recently used text beyond maxEntries', () => {
    const inner = countingDetector();
    const cached = new CachingDetector(inner, { maxEntries: 2 });
    cached.detect(LONG(1));
    cached.detect(LONG(2));
    cached.detect(LONG(1)); // 1 is now the most recently used
    cached.detect(LONG(3)); // evicts 2
    expect(inner.calls).toBe(3);
    cached.detect(LONG(1));
    expect(inner.calls).toBe(3);
    cached.detect(LONG(2));
    expect(inner.calls).toBe(4);
    expect(cached.stats().entries).toBe(2);
  });

  it('holds at most maxFindings findings, forgetting the least recently used texts first', () => {
    const inner = countingDetector();
    // LONG(n) holds "card" twice: 2 findings per text.
    const cached = new CachingDetector(inner, { maxFindings: 5 });
    cached.detect(LONG(1));
    cached.detect(LONG(2));
    expect(cached.stats()).toMatchObject({ entries: 2, findings: 4 });
    cached.detect(LONG(3)); // 6 findings > 5: text 1 goes
    expect(cached.stats()).toMatchObject({ entries: 2, findings: 4 });
    cached.detect(LONG(1));
    expect(inner.calls).toBe(4);
    // A text with more findings than the whole budget is detected but never held.
    const dense = 'card '.repeat(20);
    cached.detect(dense);
    cached.detect(dense);
    expect(inner.calls).toBe(6);
  });

  it('detects again once a result is older than ttlMs', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const inner = countingDetector();
    const cached = new CachingDetector(inner, { ttlMs: 1000 });
    cached.detect(LONG(1));
    vi.setSystemTime(new Date('2026-01-01T00:00:01Z'));
    cached.detect(LONG(1));
    expect(inner.calls).toBe(1);
    vi.setSystemTime(new Date('2026-01-01T00:00:01.001Z'));
    cached.detect(LONG(1));
    expect(inner.calls).toBe(2);
  });

  it('detects short texts every time and can be turned off', () => {
    const inner = countingDetector();
    const cached = new CachingDetector(inner, { minChars: 64 });
    cached.detect('card');
    cached.detect('card');
    expect(inner.calls).toBe(2);
    const off = new CachingDetector(inner, { maxEntries: 0 });
    off.detect(LONG(1));
    off.detect(LONG(1));
    expect(inner.calls).toBe(4);
    expect(off.stats().entries).toBe(0);
  });

  it('does not cache a failure: a detector that throws fails every request with that text (fail closed)', () => {
    let calls = 0;
    const cached = new CachingDetector({
      detect() {
        calls += 1;
        throw new Error('boom');
      },
    });
    expect(() => cached.detect(LONG(1))).toThrow('boom');
    expect(() => cached.detect(LONG(1))).toThrow('boom');
    expect(calls).toBe(2);
  });

  it('keeps no text: its keys are keyed hashes, and remembered findings cannot be changed by a caller', () => {
    const cached = new CachingDetector(countingDetector());
    const secret = 'card 4111111111111111 belongs to the person in this long enough sentence for the cache.';
    cached.detect(secret);
    const again = cached.detect(secret);
    const keys = [...(cached as unknown as { entries: { keys(): Iterable<string> } }).entries.keys()];
    expect(keys).toHaveLength(1);
    // The card's digits, not '4111' alone, which a random base64 key may hold by chance.
    expect(keys[0]).not.toContain('4111111111111111');
    expect(keys[0]).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    // Two caches hash the same text differently (their keys are drawn at start), so keys cannot be matched up.
    const other = new CachingDetector(countingDetector());
    other.detect(secret);
    expect([...(other as unknown as { entries: { keys(): Iterable<string> } }).entries.keys()][0]).not.toBe(keys[0]);
    expect(() => {
      (again[0] as Finding).start = 99;
    }).toThrow(TypeError);
    expect(cached.detect(secret)[0]?.start).toBe(0);
  });
});
