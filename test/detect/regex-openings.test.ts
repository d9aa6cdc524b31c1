import { describe, expect, it } from 'vitest';
import { openingCharacterClass } from '../../src/detect/regex-openings.js';

describe('openingCharacterClass', () => {
  it('lists the first characters of literals, escaped marks and groups, after look-behinds', () => {
    const cls = openingCharacterClass([
      '(?<![\\p{L}])(?:Ref|Doc|Vol)\\.? ?\\d',
      '\\((?:ACME|ZETA)\\s*:',
      '\\[Tag "',
      '(?<![\\p{L}\\p{N}])(?:Q4|H1)(?![\\p{L}])',
    ]);
    expect(cls && [...new Set(cls.replace(/\\/g, ''))].sort().join('')).toBe('(DHQRV['.split('').sort().join(''));
  });

  it('answers undefined where an opening cannot be listed', () => {
    expect(openingCharacterClass(['[A-Z]{2}\\d'])).toBeUndefined();
    expect(openingCharacterClass(['\\d{3}-x'])).toBeUndefined();
    expect(openingCharacterClass(['a?bc'])).toBeUndefined();
    expect(openingCharacterClass(['(?:ab|)c'])).toBeUndefined();
    expect(openingCharacterClass(['(?:ab)?c'])).toBeUndefined();
    expect(openingCharacterClass(['ab|cd'])).toBeUndefined();
    expect(openingCharacterClass(['(?=x)ab'])).toBeUndefined();
    expect(openingCharacterClass(['(ab)'])).toBeUndefined();
  });

  it('keeps every match of the regex it screens', () => {
    const sources = ['(?<![\\p{L}])(?:Ref|Doc)\\.? ?\\d{1,4}', '\\[(?:Tag|Key) "[^"]*"\\]', '(?<![\\p{L}])Page \\d+'];
    const plain = new RegExp(sources.map((s) => `(${s})`).join('|'), 'gu');
    const screened = new RegExp(`(?=[${openingCharacterClass(sources)}])(?:${plain.source})`, 'gu');
    const text = 'See Ref. 12, xRef 3, Doc 7 and [Tag "a"] [Key "b"] on Page 4; Pages 5, DocRef 9.';
    const all = (re: RegExp) =>
      [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${m.findIndex((g, k) => k > 0 && g)}`);
    expect(all(screened)).toEqual(all(plain));
    expect(all(plain).length).toBe(5);
  });
});
