import { describe, expect, it } from 'vitest';
import { compileGateScan, type GateReader } from '../../src/detect/medical/gate-scan.js';

/** Gates that overlap: one starts another ("ab", "abc"), one ends inside another ("bc"), case pairs, an accent. */
const FOLDED: GateReader = {
  families: [['ab', 'abc', 'x'], ['bc', 'abcd'], ['c', 'CAÍDA', 'caida'], ['zz'], ['near vision', 'vision', 'sk']],
  matching: 'folded',
};
const EXACT: GateReader = {
  families: [
    ['Ab', 'ab c'],
    ['bc', 'ms)'],
    ['Kk', 'é'],
  ],
  matching: 'exact',
};
const LONGEST: GateReader = {
  families: [
    ['ab', 'abcd'],
    ['abc', 'Zz'],
    ['bcd', 'b', 'é '],
  ],
  matching: 'longest',
};

const escapeGate = (g: string): string => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What each family's own case-insensitive search (i without u) says. */
function foldedFamilies(reader: GateReader, text: string): number {
  let bits = 0;
  reader.families.forEach((gates, k) => {
    if (new RegExp(gates.map((g) => escapeGate(g.toLowerCase())).join('|'), 'i').test(text)) bits |= 1 << k;
  });
  return bits;
}

function exactFamilies(reader: GateReader, text: string): number {
  let bits = 0;
  reader.families.forEach((gates, k) => {
    if (gates.some((g) => text.includes(g))) bits |= 1 << k;
  });
  return bits;
}

/** A global search of the gates' alternation, longest first: each match with the families of every gate it starts with. */
function longestMatches(reader: GateReader, text: string): number[] {
  const forms = [...new Set(reader.families.flat())].sort((a, b) => b.length - a.length);
  const search = new RegExp(forms.map(escapeGate).join('|'), 'g');
  const out: number[] = [];
  for (let m = search.exec(text); m !== null; m = search.exec(text)) {
    let mask = 0;
    reader.families.forEach((gates, k) => {
      if (gates.some((g) => g.length <= m[0].length && m[0].startsWith(g))) mask |= 1 << k;
    });
    out.push(m.index, m.index + m[0].length, mask);
  }
  return out;
}

const scan = compileGateScan([FOLDED, EXACT, LONGEST]);

function expectAsSearches(text: string): void {
  const got = scan(text);
  expect(got.families[0], `folded ${JSON.stringify(text)}`).toBe(foldedFamilies(FOLDED, text));
  expect(got.families[1], `exact ${JSON.stringify(text)}`).toBe(exactFamilies(EXACT, text));
  const matches = longestMatches(LONGEST, text);
  expect(got.matches[2], `longest ${JSON.stringify(text)}`).toEqual(matches);
  let longestBits = 0;
  for (let g = 2; g < matches.length; g += 3) longestBits |= matches[g]!;
  expect(got.families[2]).toBe(longestBits);
}

describe('compileGateScan', () => {
  it('answers as each reader’s own searches do', () => {
    for (const text of [
      '',
      'nothing here',
      'ab',
      'abcd',
      'xABCD and zz',
      'the reading: Near Vision N8',
      'dos caídas, una CAÍDA',
      'Ab c, ms) and KK',
      'bbcdabcabcd é Zz',
    ])
      expectAsSearches(text);
  });

  it('folds case as a regex without the u flag: ſ and the Kelvin sign are not s and k', () => {
    expect(scan('\u017Fk').families[0]).toBe(0);
    expect(scan('s\u212A').families[0]).toBe(0);
    expect(scan('SK').families[0]).toBe(1 << 4);
  });

  it('answers as the searches do on random strings of the gates’ letters and their case pairs', () => {
    const pieces = ['a', 'b', 'c', 'd', 'x', 'z', 'A', 'B', 'C', 'Z', 'k', 'K', 's', 'S', 'é', 'É', 'í', 'Í'];
    pieces.push(' ', ')', 'm', 'i', 'v', 'caída', '\u017F', '\u212A', 'ı', 'İ', 'ß');
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = next() % 10; k > 0; k--) text += pieces[next() % pieces.length];
      expectAsSearches(text);
    }
  });

  // The automaton's failure links: gates that end inside others, a gate's suffix that opens another ("abab", "bab"),
  // a long gate given up on half-way ("abac" in "ababac"), non-ASCII case pairs in each matching mode. The searches
  // above are what the trie walk the automaton replaced was checked against.
  it('answers as the searches do where gates overlap by their suffixes', () => {
    const folded: GateReader = {
      families: [
        ['abab', 'bab'],
        ['aab', 'ba'],
        ['ÉcÉ', 'cé'],
        ['abac', 'c'],
        ['ñandú', 'ndu', 'ÑA'],
      ],
      matching: 'folded',
    };
    const exact: GateReader = {
      families: [
        ['abab', 'Bab'],
        ['ba', 'aab'],
        ['Éc', 'cé'],
        ['ñA', 'ÑA b'],
      ],
      matching: 'exact',
    };
    const longest: GateReader = {
      families: [
        ['aba', 'bab'],
        ['ababa', 'ba'],
        ['é', 'éÉ', 'Éé'],
        ['aab', 'abac'],
        ['ñ', 'Ñandú'],
      ],
      matching: 'longest',
    };
    const overlapping = compileGateScan([folded, exact, longest]);
    const pieces = ['a', 'b', 'c', 'A', 'B', 'C', 'é', 'É', 'ñ', 'Ñ', 'ndu', 'ndú', 'NDÚ', ' ', 'aba', 'bab', 'x'];
    let seed = 29;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const texts = ['ababab', 'ababac', 'aabab', 'ÉCÉcé', 'ÑANDÚ y ñandú', 'ñA b', 'ééÉé', 'abababa'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = next() % 12; k > 0; k--) text += pieces[next() % pieces.length];
      texts.push(text);
    }
    for (const text of texts) {
      const got = overlapping(text);
      expect(got.families[0], `folded ${JSON.stringify(text)}`).toBe(foldedFamilies(folded, text));
      expect(got.families[1], `exact ${JSON.stringify(text)}`).toBe(exactFamilies(exact, text));
      const matches = longestMatches(longest, text);
      expect(got.matches[2], `longest ${JSON.stringify(text)}`).toEqual(matches);
      let longestBits = 0;
      for (let g = 2; g < matches.length; g += 3) longestBits |= matches[g]!;
      expect(got.families[2]).toBe(longestBits);
    }
  });
});
