import { describe, expect, it } from 'vitest';
import { defaultRulesDir } from '../../src/detect/engine.js';
import { loadRulePacks } from '../../src/detect/packs/load.js';
import { runRule } from '../../src/detect/run-rule.js';
import { TextFacts } from '../../src/detect/text-facts.js';
import { growth } from '../support/cost.js';

/**
 * Inputs built to make regexes backtrack: long runs of near-matches (digits with separators, words with
 * dots and at-signs, PEM headers without end, key names without values, indented YAML lines). Each pattern runs on 32 KB and on
 * 256 KB of each, and its CPU time may grow about as the size does, never as its square: a pattern that
 * backtracks over the whole text fails here, whatever else the host is running. One that never finishes
 * runs into the test's time limit.
 */
const SMALL = 1 << 15;
const LARGE = 1 << 18;
const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const ADVERSARIAL = [
  '1',
  '1 ',
  '1-1.',
  'a.',
  'a@a.',
  '-----BEGIN RSA PRIVATE KEY-----\nAAAA',
  'password',
  'password=',
  'a at b dot ',
  '::1:',
  'https://a.b/?',
  'Xx',
  // Indented "key: value" lines under a block that is not the one a look-behind wants ("data:" then another key):
  // a look-behind over lines that lets two parts share a line's indentation tries every split of every line.
  `data:\nx\n${'   key: QUJDREVGR0hJSktMTU5PUA\n'.repeat(45)}`,
];

describe('no catastrophic backtracking', () => {
  const rules = loadRulePacks(defaultRulesDir());
  it('every pattern grows linearly on adversarial input', () => {
    // One TextFacts per text, shared by every rule as the engine shares it: built per call, its cost (the same for
    // every rule, and on 256 KB of one character growing faster than the text under memory pressure) drowned the
    // patterns' own growth that this test is about.
    const factsByText = new Map<string, TextFacts>();
    const factsOf = (text: string) => {
      let f = factsByText.get(text);
      if (f === undefined) {
        f = new TextFacts(text, text.toLowerCase());
        factsByText.set(text, f);
      }
      return f;
    };
    const runs: Array<[string, ReturnType<typeof growth>]> = [];
    for (const unit of ADVERSARIAL) {
      factsByText.clear();
      for (const rule of rules) {
        const g = growth(repeat(unit), (text) => runRule(rule, text, undefined, factsOf(text)), SMALL, LARGE, {
          runs: 2,
          floorUs: 5_000,
        });
        runs.push([`${rule.id} on ${JSON.stringify(unit.slice(0, 12))}`, g]);
      }
    }
    runs.sort((a, b) => b[1].large - a[1].large);
    console.log(
      'slowest rule runs on 256 KB (ms CPU):',
      runs
        .slice(0, 5)
        .map(([k, g]) => `${k}: ${(g.large / 1000).toFixed(0)} (32 KB: ${(g.small / 1000).toFixed(1)})`)
        .join('; '),
    );
    expect(runs.length).toBe(rules.length * ADVERSARIAL.length);
    const superlinear = runs.filter(([, g]) => g.large > g.bound).map(([k, g]) => `${k}: ${g.small} -> ${g.large} us`);
    expect(superlinear).toEqual([]);
  }, 600_000);
});
