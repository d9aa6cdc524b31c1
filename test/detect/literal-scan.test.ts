import { describe, expect, it } from 'vitest';
import { type Need, needsOf } from '../../src/detect/regex-needs.js';
import { TextFacts } from '../../src/detect/text-facts.js';

type Literal = Extract<Need, { kind: 'literal' }>;

/** The literal needs of a pattern (registered process-wide as needsOf reads them). */
function literalsOf(source: string, flags: string): Literal[] {
  const out: Literal[] = [];
  const walk = (n: Need) => {
    if (n.kind === 'literal') out.push(n);
    if (n.kind === 'all' || n.kind === 'some') n.needs.forEach(walk);
  };
  walk(needsOf(source, flags));
  return out;
}

/** What a literal test must answer: a plain search of the text, lower-cased for folded literals. */
const oracle = (text: string, l: Literal) => (l.folded ? text.toLowerCase().includes(l.text) : text.includes(l.text));

// Overlapping words (one a suffix or prefix of another), literals in both cases, and punctuation.
const literals = [
  ...literalsOf('(?:hers|she|he|his)\\d', 'g'),
  ...literalsOf('(?:ushers|sher)=\\d', 'gi'),
  ...literalsOf('(?:TOKEN|Token|tok)_\\w', 'g'),
  ...literalsOf('(?:k-9|ki|x\\.y)\\d', 'gi'),
  ...literalsOf('(?:aaab|aab)\\d', 'g'),
];

describe('literal tests from one scan of the text', () => {
  it('registers the literals these patterns hold', () => {
    expect(literals.map((l) => l.text)).toEqual(
      expect.arrayContaining(['hers', 'she', 'he', 'his', 'ushers', 'sher', 'TOKEN', 'Token', 'tok', 'k-9', 'aab']),
    );
  });

  it('finds overlapping and nested literals as a search for each would', () => {
    for (const text of [
      'ushers and his Token: TOK',
      'she said',
      'aaaab aab',
      'the TOKEN_ was shere',
      'USHERS K-9 x.y',
      'nothing here at all',
      '',
    ]) {
      const facts = new TextFacts(text);
      for (const l of literals)
        expect(facts.hasLiteral(l.id, l.text, l.folded), `${l.text} in ${text}`).toBe(oracle(text, l));
    }
  });

  it('lets letters outside ASCII break a literal, and reads İ and the Kelvin sign as their lower case does', () => {
    for (const text of [
      'h\u00e9rs she',
      'ush\u00e9rs',
      '\u212Ai and \u0130k',
      'SHE\u0130',
      'to\u00dfk tok',
      '\u{1F600}his',
    ]) {
      const facts = new TextFacts(text);
      for (const l of literals) {
        // Under the iu flags the Kelvin sign and long s match k and s: a folded literal then always passes.
        const expected = l.folded && /[\u017f\u212a]/.test(text) ? true : oracle(text, l);
        expect(facts.hasLiteral(l.id, l.text, l.folded), `${l.text} in ${JSON.stringify(text)}`).toBe(expected);
      }
    }
  });

  it('agrees with a plain search on many generated texts', () => {
    const alphabet = [
      'h',
      'e',
      'r',
      's',
      'S',
      'H',
      'i',
      'k',
      'K',
      'a',
      'b',
      '-',
      '9',
      'x',
      '.',
      'y',
      ' ',
      'T',
      'o',
      'O',
      'é',
    ];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let n = 0; n < 400; n++) {
      let text = '';
      const len = next() % 40;
      for (let i = 0; i < len; i++) text += alphabet[next() % alphabet.length];
      const facts = new TextFacts(text);
      for (const l of literals)
        expect(facts.hasLiteral(l.id, l.text, l.folded), `${l.text} in ${text}`).toBe(oracle(text, l));
    }
  });

  it('answers literals registered after a text was first asked', () => {
    const facts = new TextFacts('a quux and a Frob');
    expect(facts.hasLiteral(literals[0]!.id, literals[0]!.text, literals[0]!.folded)).toBe(false);
    const late = literalsOf('(?:quux|frob|zzyzx)#', 'gi');
    expect(late.map((l) => facts.hasLiteral(l.id, l.text, l.folded))).toEqual([true, true, false]);
  });

  it('finds two-character literals as written and lower-cased, in each text apart, also beside İ', () => {
    const pairs = [...literalsOf('(?:Qz|#!)\\d', 'g'), ...literalsOf('(?:wv|j-)\\d', 'gi')];
    expect(pairs.map((l) => l.text)).toEqual(['Qz', '#!', 'wv', 'j-']);
    // Each text asked in turn: a pair seen in one text is not taken as seen in the next.
    for (const text of ['Qz and WV', 'qz #! J-', 'nothing', 'Q z w v', 'xWvQz', '\u0130 WV qZ #!', '\u0130Qz j', '']) {
      const facts = new TextFacts(text);
      for (const l of pairs)
        expect(facts.hasLiteral(l.id, l.text, l.folded), `${l.text} in ${JSON.stringify(text)}`).toBe(oracle(text, l));
    }
  });
});
