import { describe, expect, it } from 'vitest';
import { LookbehindFirstSearch } from '../../src/detect/medical/gated-search.js';

/** Every match of a global pattern's own search: index, text and groups. */
function matchesOf(search: { lastIndex: number; exec(text: string): RegExpExecArray | null }, text: string) {
  const out: Array<[number, string[]]> = [];
  search.lastIndex = 0;
  for (let m = search.exec(text); m !== null; m = search.exec(text)) {
    out.push([m.index, [...m].map((g) => g ?? '-')]);
    if (m[0].length === 0) search.lastIndex++;
  }
  return out;
}

// Invented patterns in the readers' shapes: a word or a number not glued to another, alternatives that share their
// openings, groups after the lookbehind, a lookbehind of two characters, case folding of non-ASCII letters.
const PATTERNS = [
  /(?<![\p{L}\p{N}])(?:ab|abc|b(c)?)(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:\d{1,2}|dos|two)\s(?:días|days?)/giu,
  /(?<![\p{L}\p{N}])(?:caída|CAÍDA|fall)s?\s?[x×]\s?(\d)/giu,
  /(?<=[:(])\s?(é+|ñ)/giu,
  /(?<!\))x+(?<y>y)?/g,
  /(?<![\p{L}\p{N}])(?:😀|a)b/gu,
];

describe('LookbehindFirstSearch', () => {
  it('splits a leading lookbehind off only when it holds no group of its own', () => {
    const parts = (re: RegExp) => {
      const s = new LookbehindFirstSearch(re) as unknown as { lookbehind?: RegExp; rest: RegExp };
      return [s.lookbehind?.source, s.rest.source];
    };
    expect(parts(/(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:ab|c(d))/giu)).toEqual([
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])`,
      '(?:ab|c(d))',
    ]);
    expect(parts(/(?<![)\]])x/g)).toEqual([String.raw`(?<![)\]])`, 'x']);
    expect(parts(/(?<!(?:a|b))c/g)).toEqual(['(?<!(?:a|b))', 'c']);
    expect(parts(/(?<=(a))b/g)).toEqual([undefined, '(?<=(a))b']);
    expect(parts(/(?<=(?<n>a))b/g)).toEqual([undefined, '(?<=(?<n>a))b']);
    expect(parts(/ab(?<!x)/g)).toEqual([undefined, 'ab(?<!x)']);
  });

  it('finds what the whole pattern finds, on invented texts and random ones', () => {
    const texts = [
      'ab abc 1ab b bc xab',
      '3 días, 12 days, 4,2 days, 5.2 días, $2 days, DOS DÍAS, dos días',
      'CAÍDAS x3, caídas×2, Fallsx1, ncaída x4',
      '(éé: ñ (ÉÉ',
      ')xx xy )xy',
      'a😀b 😀b ab zab',
    ];
    const pieces = [
      'a',
      'b',
      'c',
      'x',
      'y',
      ' ',
      '1',
      '2',
      'dos',
      'días',
      'É',
      'é',
      'ñ',
      ':',
      '(',
      ')',
      '😀',
      '.',
      ',',
    ];
    pieces.push('caída', 'CAÍDA', 'x', '×', '$', 'days', '\uD83D');
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = next() % 14; k > 0; k--) text += pieces[next() % pieces.length];
      texts.push(text);
    }
    for (const re of PATTERNS) {
      const search = new LookbehindFirstSearch(re);
      const whole = new RegExp(re.source, re.flags);
      for (const text of texts) {
        expect(matchesOf(search, text), `${re} on ${JSON.stringify(text)}`).toEqual(matchesOf(whole, text));
      }
    }
  });

  it('goes on from where its caller sets it, as the pattern does', () => {
    const search = new LookbehindFirstSearch(/(?<![\p{L}])ab/gu);
    search.lastIndex = 4;
    expect(search.exec('ab ab ab')?.index).toBe(6);
    expect(search.lastIndex).toBe(8);
    expect(search.exec('ab ab ab')).toBeNull();
  });
});
