import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subRanges } from '../../src/detect/run-rule.js';

/** Reference: every range between cut points, longest first then leftmost, the whole value left out, at most 24. */
function reference(value: string): Array<[number, number]> {
  const starts = [0];
  const ends: number[] = [];
  for (const m of value.matchAll(/[\s.\-/]+/g)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(value.length);
  const all: Array<[number, number]> = [];
  for (const s of starts) for (const e of ends) if (e > s && !(s === 0 && e === value.length)) all.push([s, e]);
  all.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  return all.slice(0, 24);
}

describe('sub-ranges of a value cut at separators', () => {
  it('are every range between cut points, longest first, then leftmost', () => {
    expect(subRanges('4111 1111-1111')).toEqual([
      [0, 9],
      [5, 14],
      [0, 4],
      [5, 9],
      [10, 14],
    ]);
    expect(subRanges('12')).toEqual([]);
  });

  it('cut at runs of white space of any kind, dots, hyphens and slashes', () => {
    for (const sep of [' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '.', '-', '/', ' - ', '\u2028']) {
      expect(subRanges(`12${sep}34`), JSON.stringify(sep)).toEqual([
        [0, 2],
        [2 + sep.length, 4 + sep.length],
      ]);
    }
    for (const other of ['_', ',', '\u00ad', '\u200b', 'a']) expect(subRanges(`12${other}34`)).toEqual([]);
  });

  it('match the reference on random values, separators at the ends and in runs included', () => {
    const parts = fc.constantFrom('1', '23', '456', 'AB', ' ', '.', '-', '/', '\n', '\u00a0', ' - ');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (p) => {
        const value = p.join('');
        expect(subRanges(value)).toEqual(reference(value));
      }),
      { numRuns: 500 },
    );
  });
});
