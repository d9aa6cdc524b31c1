import { describe, expect, it } from 'vitest';
import { gateFamilies, gateSearch } from '../../src/detect/medical/gated-search.js';

/** Families whose gates overlap: one starts another ("ab", "abc"), one ends inside another ("bc"), a case pair. */
const FAMILIES = [['ab', 'abc', 'x'], ['bc', 'abcd'], ['c', 'CAÍDA', 'caida'], ['zz'], ['near vision', 'vision']];

/** The families as each family's own search answers. */
function expected(text: string): number {
  let bits = 0;
  FAMILIES.forEach((gates, k) => {
    if (gateSearch(gates).test(text)) bits |= 1 << k;
  });
  return bits;
}

function present(text: string): number {
  const gates = gateFamilies(FAMILIES);
  const first = gates.first(text);
  return first < 0 ? 0 : gates.present(text, first);
}

describe('gateFamilies', () => {
  it('answers as a search per family does, gates that overlap or start one another included', () => {
    const texts = [
      '',
      'nothing here',
      'ab',
      'abc',
      'abcd',
      'xabcd',
      'ABCD and zz',
      'the reading: Near Vision N8',
      'dos caídas, una CAÍDA',
      'zzz',
      'bzz c',
      'caida',
    ];
    for (const text of texts) expect(present(text), text).toBe(expected(text));
  });

  it('finds where the first gate starts', () => {
    const gates = gateFamilies(FAMILIES);
    expect(gates.first('no gate here')).toBe(-1);
    expect(gates.first('wide-angle VISION test')).toBe(11);
  });

  it('answers as a search per family does on random strings of the gates letters', () => {
    const letters = ['a', 'b', 'c', 'd', 'x', 'z', 'A', 'C', 'í', 'Í', ' ', 'i', 'v', 'caída'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = next() % 9; k > 0; k--) text += letters[next() % letters.length];
      expect(present(text), JSON.stringify(text)).toBe(expected(text));
    }
  });
});
