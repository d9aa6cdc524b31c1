import { describe, expect, it } from 'vitest';
import { defaultRulesDir } from '../../src/detect/engine.js';
import { normalizeForDetection } from '../../src/detect/normalize.js';
import { loadRulePacks } from '../../src/detect/packs/load.js';
import { runRule } from '../../src/detect/run-rule.js';
import { TextFacts } from '../../src/detect/text-facts.js';

const rules = loadRulePacks(defaultRulesDir());

/** Runs one rule the way the engine does (on the normalised view) and returns the matched values. */
function valuesFor(ruleIndex: number, text: string): string[] {
  const rule = rules[ruleIndex]!;
  const view = normalizeForDetection(text);
  return runRule(rule, view.text, undefined, new TextFacts(view.text, undefined, view.cueText)).map((f) => {
    const [s, e] = view.toOriginal(f.start, f.end);
    return text.slice(s, e);
  });
}

describe('every rule pack example', () => {
  it('loads at least one rule per pack', () => {
    expect(rules.length).toBeGreaterThan(20);
  });
  rules.forEach((rule, index) => {
    for (const ex of rule.spec.examples.match) {
      const text = typeof ex === 'string' ? ex : ex.text;
      it(`${rule.id} matches: ${text.slice(0, 60)}`, () => {
        const values = valuesFor(index, text);
        expect(values.length).toBeGreaterThan(0);
        if (typeof ex !== 'string') expect(values).toContain(ex.value);
      });
    }
    for (const ex of rule.spec.examples.no_match) {
      const text = typeof ex === 'string' ? ex : ex.text;
      it(`${rule.id} does not match: ${text.slice(0, 60)}`, () => {
        expect(valuesFor(index, text)).toEqual([]);
      });
    }
  });
});
