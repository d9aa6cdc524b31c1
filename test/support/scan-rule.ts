import type { CompiledRule } from '../../src/detect/packs/load.js';

/** A rule of one pattern, everything else neutral, to compare an anchored scan of run-rule.ts with a plain matchAll. */
export function ruleOf(re: RegExp, label = 'NATIONAL_ID'): CompiledRule {
  return {
    id: 'test',
    label,
    type: 'TEST',
    regexes: [re],
    needs: [],
    gates: [() => true],
    minDigits: 0,
    minAlnumRun: 0,
    score: 0.9,
    specificity: 1,
    shrink: false,
    spec: {},
  } as unknown as CompiledRule;
}

/** Every match of a global pattern as [start, end]. */
export const matchSpans = (re: RegExp, text: string): number[][] =>
  [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
