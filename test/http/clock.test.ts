import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoNow } from '../../src/http/clock.js';

describe('isoNow', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const at = (ms: number) => {
    vi.spyOn(Date, 'now').mockReturnValue(ms);
    return isoNow();
  };

  it('spells the current millisecond as toISOString does, across seconds, days and years', () => {
    const starts = [Date.UTC(2026, 11, 3, 13, 59, 59, 997), Date.UTC(2027, 11, 31, 23, 59, 59, 998), 0];
    for (const start of starts) {
      for (let ms = start; ms < start + 5; ms++) expect(at(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('follows a clock that steps back or jumps', () => {
    const t = Date.UTC(2026, 5, 1, 12, 0, 0, 500);
    for (const ms of [t, t - 1, t - 600, t + 10_000, t + 10_999, t + 11_000, t - 86_400_000]) {
      expect(at(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('leaves years past 9999 to Date', () => {
    const far = Date.UTC(12000, 0, 1, 0, 0, 0, 5);
    expect(at(far)).toBe(new Date(far).toISOString());
    expect(at(far + 1)).toBe(new Date(far + 1).toISOString());
  });
});
