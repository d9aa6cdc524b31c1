import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCapitalised, isCapitals, isLowerCase, isUpperCase, tokenize } from '../../src/detect/nlp/tokenize.js';

/** The expressions the helpers replace, asked the slow way. */
const slow = {
  upper: (s: string) => s === s.toUpperCase(),
  lower: (s: string) => s === s.toLowerCase(),
  capitals: (s: string) => s === s.toUpperCase() && s !== s.toLowerCase(),
  capitalised: (s: string) => /^\p{Lu}\p{Ll}+$/u.test(s),
};

function expectSame(words: Iterable<string>): number {
  let n = 0;
  for (const w of words) {
    n++;
    expect([w, isUpperCase(w)]).toEqual([w, slow.upper(w)]);
    expect([w, isLowerCase(w)]).toEqual([w, slow.lower(w)]);
    expect([w, isCapitals(w)]).toEqual([w, slow.capitals(w)]);
    expect([w, isCapitalised(w)]).toEqual([w, slow.capitalised(w)]);
  }
  return n;
}

// Invented words: ASCII in every case shape, accented Latin, the Turkish dotted and dotless I, the German sharp s
// (upper-cases to two letters), Greek with a final sigma (lower-cases by context), digits, marks, mixed scripts.
const OWN_WORDS = [
  '',
  'a',
  'Z',
  'tavern',
  'Quillon',
  'QUILLON',
  'QuILLon',
  'McBrae',
  "O'FARRELL",
  "d'Arvo",
  'XJ9',
  'x9',
  '42',
  '-',
  '@',
  'Ñuble',
  'ÑUBLE',
  'ñandú',
  'Ávila',
  'ÉCLAIR',
  'çedille',
  'İSTİNYE',
  'İstinye',
  'ıspanak',
  'IŞIK',
  'Işık',
  'straße',
  'STRASSE',
  'ẞTRASSE',
  'Maß',
  'ΣΟΦΙΑ',
  'Σοφία',
  'ΟΔΟΣ',
  'οδος',
  'οδοσ',
  'Οδός',
  'Москва',
  'МОСКВА',
  'москва',
  'Kyivʼ',
  '東京',
  'Tōkyō',
  'ǅemal',
  'ǄEMAL',
  'ǆemal',
  'Åse',
  'ÅSE',
  'Ωmega',
  'e\u0301clair',
  'E\u0301CLAIR',
  'ﬁne',
  'ABC東京',
  'abcΣ',
  'ABCσ',
  'Zoë',
  'ZOË',
  'Ab',
  'AB',
  'A1',
  'Ab1',
];

describe('letter case helpers: the same answers as the copies they replace', () => {
  it('on invented words in many scripts and case shapes', () => {
    expectSame(OWN_WORDS);
    expect(isUpperCase('İSTİNYE')).toBe(true);
    expect(isUpperCase('straße')).toBe(false);
    expect(isCapitals('42')).toBe(false);
    expect(isCapitalised('Ávila')).toBe(true);
    expect(isCapitalised('McBrae')).toBe(false);
  });

  it('on random strings of ASCII, Latin-1, Greek, Turkish and other letters', () => {
    const unit = fc.constantFrom(..."aZq9 -'ßẞİıΣσςÉéñÑǅ東Ωω\u0301ﬁ".split(''), 'A', 'b', 'C');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (units) => {
        expectSame([units.join('')]);
      }),
      { numRuns: 2000 },
    );
  });

  // Every token of the shared sets, when they are on this machine (read at run time, never copied here).
  const dataDir = resolve(process.env.VEIL_EVAL_DATA ?? join(process.cwd(), '..', 'shared', 'eval', 'data'));
  it.skipIf(!existsSync(dataDir))('on every token of the shared sets', () => {
    const words = new Set<string>();
    for (const f of readdirSync(dataDir).filter((name) => name.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(dataDir, f), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        for (const t of tokenize((JSON.parse(line) as { text: string }).text)) words.add(t.text);
      }
    }
    let mismatches = 0;
    for (const w of words) {
      if (
        isUpperCase(w) !== slow.upper(w) ||
        isLowerCase(w) !== slow.lower(w) ||
        isCapitals(w) !== slow.capitals(w) ||
        isCapitalised(w) !== slow.capitalised(w)
      )
        mismatches++;
    }
    expect(words.size).toBeGreaterThan(1000);
    expect(mismatches).toBe(0);
  });
});
