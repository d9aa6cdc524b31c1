import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/detect/nlp/fold.js';
import { tokenize } from '../../src/detect/nlp/tokenize.js';

/** The tokens the scanner must give: the matches of the regex it replaced, as [start, end, kind, key]. */
const TOKEN =
  /(?:\p{L}\.){1,4}\p{L}(?![\p{L}\p{M}])|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]/gu;

function byRegex(text: string): Array<[number, number, string, string]> {
  return [...text.matchAll(TOKEN)].map((m) => {
    const kind = /^\p{L}/u.test(m[0]) ? 'word' : /^\p{Nd}/u.test(m[0]) ? 'number' : 'punct';
    return [m.index, m.index + m[0].length, kind, kind === 'word' ? foldKey(m[0]) : m[0]];
  });
}

const scanned = (text: string) => tokenize(text).map((t) => [t.start, t.end, t.kind, t.key]);

describe('tokenize: a code-point scanner', () => {
  it('reads initialisms, joined words, digit runs and single characters as the regex does', () => {
    for (const text of [
      'U.S.A. and S.A, C.P 28001, a.b.c.d.e.f, a.bc, x.y.',
      "O'Brien, Castilla-La Mancha, l’école, -a- 'b",
      'José Martínez e\u0301 \u0301x ٣٤٥ ² Ⅻ snake_case 😀 𝐀𝐁 \ud800 \udc00x',
      'ÉCOLE İstanbul ß ﬁne\u00a0tab\there\nnew\u2003line\ufeff',
    ]) {
      expect(scanned(text), text).toEqual(byRegex(text));
    }
  });

  it('agrees with the regex on random mixed-script text', () => {
    const piece = fc.constantFrom(
      ...['a', 'B', 'é', 'e\u0301', '\u0301', '.', "'", '’', '-', '1', '٣', '²', ' ', '\n', '\t', '\u00a0'],
      ...['😀', '\ud835\udc00', '\ud800', '\udc00', 'Ⅻ', '_', 'ß', 'İ', '中', 'K'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(scanned(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
