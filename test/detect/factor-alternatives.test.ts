import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byFirstCharacter, startsByFirstCharacter } from '../../src/detect/factor-alternatives.js';

describe('byFirstCharacter', () => {
  it('groups top-level alternatives by their first character, folding case under i', () => {
    const re = byFirstCharacter(/Pie chart|pivot|\bplot\b|\[x\]|\[y|(?:ab|cd)e|z?w|10-K/i);
    expect(re.source).toBe('p(?:ie chart|ivot)|\\[(?:x\\]|y)|10-K|\\bplot\\b|(?:ab|cd)e|z?w');
    expect(re.flags).toBe('i');
  });

  it('keeps case apart without i', () => {
    expect(byFirstCharacter(/Pie|pivot|Pan/).source).toBe('P(?:ie|an)|pivot');
  });

  it('leaves regexes it cannot regroup as they are', () => {
    for (const re of [/(a)b|ac/, /(a)\1|ab/, /ab|ac/g, /ab|ac/y, /(?<x>a)|b/, /[a|b]c/]) {
      expect(byFirstCharacter(re)).toBe(re);
    }
  });

  it('keeps look-behinds, which are no capture groups', () => {
    expect(byFirstCharacter(/(?<=x)ab|(?<!y)ac|ad|ae/).source).toBe('a(?:d|e)|(?<=x)ab|(?<!y)ac');
  });

  it('matches exactly the texts the original matches', () => {
    const words = ['ab', 'Ab', 'abc', 'b', 'ba', '\\bca\\b', 'c\\d', 'a?b', 'x{2}', '\\(a', 'z', 'Z y'];
    const text = fc.string({
      unit: fc.constantFrom('a', 'A', 'b', 'c', 'C', '1', ' ', '(', 'x', 'z', 'Z', 'y'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 1 }), fc.boolean(), text, (picked, folded, t) => {
        const re = new RegExp(picked.join('|'), folded ? 'i' : '');
        expect(byFirstCharacter(re).test(t)).toBe(re.test(t));
      }),
      { numRuns: 500 },
    );
  });
});

describe('startsByFirstCharacter', () => {
  it("keeps a global scan's flags and groups its alternatives", () => {
    const re = startsByFirstCharacter(/city|town|cp|tel/gi);
    expect(re.source).toBe('c(?:ity|p)|t(?:own|el)');
    expect(re.flags).toBe('gi');
  });

  it('visits the same match starts as the original scan', () => {
    const words = ['ab', 'Ab', 'abc', 'b', 'ba', '\\bca\\b', 'c\\d', 'a?b', 'z', 'Z y'];
    const starts = (re: RegExp, t: string) => {
      const out: number[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(t); m !== null; m = re.exec(t)) {
        out.push(m.index);
        re.lastIndex = m.index + 1;
      }
      return out;
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'c', '1', ' ', 'z', 'Z', 'y'), maxLength: 14 });
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 1 }), fc.boolean(), text, (picked, folded, t) => {
        const re = new RegExp(picked.join('|'), folded ? 'gi' : 'g');
        expect(starts(startsByFirstCharacter(re), t)).toEqual(starts(re, t));
      }),
      { numRuns: 500 },
    );
  });
});
