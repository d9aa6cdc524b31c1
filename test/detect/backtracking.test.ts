import { describe, expect, it } from 'vitest';
import { defaultRulesDir } from '../../src/detect/engine.js';
import { loadRulePacks } from '../../src/detect/packs/load.js';
import { runRule } from '../../src/detect/run-rule.js';

/**
 * Inputs built to make regexes backtrack: long runs of near-matches (digits with separators, words with
 * dots and at-signs, PEM headers without end, key names without values). Each pattern must finish on
 * ~1 MB of each; the time is printed, not asserted.
 */
const SIZE = 1 << 20;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const ADVERSARIAL = [
  repeat('1'),
  repeat('1 '),
  repeat('1-1.'),
  repeat('a.'),
  repeat('a@a.'),
  repeat('-----BEGIN RSA PRIVATE KEY-----\nAAAA'),
  repeat('password'),
  repeat('password='),
  repeat('a at b dot '),
  repeat('::1:'),
  repeat('https://a.b/?'),
  repeat('Xx'),
];

describe('no catastrophic backtracking', () => {
  const rules = loadRulePacks(defaultRulesDir());
  it('every pattern finishes on ~1 MB of adversarial input', () => {
    const slowest: Array<[string, number]> = [];
    for (const text of ADVERSARIAL) {
      const lower = text.toLowerCase();
      for (const rule of rules) {
        const t0 = performance.now();
        runRule(rule, text, lower);
        slowest.push([`${rule.id} on ${JSON.stringify(text.slice(0, 12))}`, performance.now() - t0]);
      }
    }
    slowest.sort((a, b) => b[1] - a[1]);
    console.log(
      'slowest rule runs (ms):',
      slowest
        .slice(0, 5)
        .map(([k, ms]) => `${k}: ${ms.toFixed(0)}`)
        .join('; '),
    );
    expect(slowest.length).toBe(rules.length * ADVERSARIAL.length);
  }, 120_000);
});
