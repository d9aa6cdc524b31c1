import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/detect/nlp/fold.js';

/** The fold by Unicode's decomposition, which the table of foldKey must reproduce exactly. */
const decomposed = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

describe('foldKey', () => {
  it('folds accented Latin names to plain lower case', () => {
    expect(foldKey('Muñoz')).toBe('munoz');
    expect(foldKey('GÓMEZ-ÁLVAREZ')).toBe('gomez-alvarez');
    expect(foldKey('Łukasz')).toBe(decomposed('Łukasz'));
    expect(foldKey('Ðorđe Šćepanović')).toBe(decomposed('Ðorđe Šćepanović'));
  });

  it('matches the decomposition for every code unit alone and after an accented letter', () => {
    for (let c = 0; c < 0x400; c++) {
      const ch = String.fromCharCode(c);
      expect(foldKey(ch)).toBe(decomposed(ch));
      expect(foldKey(`É${ch}ñ`)).toBe(decomposed(`É${ch}ñ`));
    }
  });

  it('matches the decomposition on any mix of ASCII, Latin, combining marks and other scripts', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x80, max: 0x24f }),
      fc.integer({ min: 0x250, max: 0x36f }),
      fc.integer({ min: 0x370, max: 0x52f }),
      fc.constantFrom(0x130, 0x131, 0x17f, 0x1e9e, 0x212a, 0x3a3),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (codes) => {
        const s = String.fromCharCode(...codes);
        expect(foldKey(s)).toBe(decomposed(s));
      }),
      { numRuns: 3000 },
    );
  });
});
