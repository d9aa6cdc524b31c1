import { describe, expect, it } from 'vitest';
import { growth } from '../support/cost.js';

/** The linearity checks of the detector tests (support/cost.ts) must still catch a cost that grows as a square. */
describe('cost checks', () => {
  const digits = (n: number) => '7'.repeat(n);
  const scan = (re: RegExp) => (text: string) => {
    let count = 0;
    re.lastIndex = 0;
    while (re.exec(text) !== null) count++;
    return count;
  };

  it('flags a pattern that backtracks over the rest of the text at every start', () => {
    // Each start tries every digit after it before failing on the missing letter: quadratic.
    const g = growth(digits, scan(/\d+[a-z]/g), 1 << 11, 1 << 14, { floorUs: 5_000 });
    expect(g.large).toBeGreaterThan(g.bound);
  });

  it('passes a pattern that looks at a bounded window at every start', () => {
    const g = growth(digits, scan(/\d{1,4}[a-z]/g), 1 << 14, 1 << 17, { floorUs: 5_000 });
    expect(g.large).toBeLessThanOrEqual(g.bound);
  });

  it('flags a nested loop and passes a single one over the same sizes', () => {
    const pairs = (text: string) => {
      let n = 0;
      for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) n += text.charCodeAt(j) & 1;
      return n;
    };
    const single = (text: string) => {
      let n = 0;
      for (let k = 0; k < 64; k++) for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) & 1;
      return n;
    };
    const quadratic = growth(digits, pairs, 1 << 11, 1 << 14, { floorUs: 5_000 });
    expect(quadratic.large).toBeGreaterThan(quadratic.bound);
    const linear = growth(digits, single, 1 << 12, 1 << 15, { floorUs: 5_000 });
    expect(linear.large).toBeLessThanOrEqual(linear.bound);
  });
});
