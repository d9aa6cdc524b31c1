import { describe, expect, it } from 'vitest';
import { defaultRulesDir } from '../../src/detect/engine.js';
import { normalizeForDetection } from '../../src/detect/normalize.js';
import { type CompiledRule, loadRulePacks } from '../../src/detect/packs/load.js';
import { compileRuleSetGates } from '../../src/detect/rule-set-gates.js';
import { TextFacts } from '../../src/detect/text-facts.js';

const rules = loadRulePacks(defaultRulesDir());

/** The first half of patternsToRun, one rule at a time through its gate closures. */
function gatedOneByOne(rule: CompiledRule, facts: TextFacts): number {
  if (facts.digits < rule.minDigits || facts.alnumRun < rule.minAlnumRun) return 0;
  let mask = 0;
  rule.gates.forEach((gate, i) => {
    if (gate(facts)) mask |= 1 << Math.min(i, 30);
  });
  return mask !== 0 && rule.prefilterGate && !rule.prefilterGate(facts) ? 0 : mask;
}

describe('every rule gated at once', () => {
  const gates = compileRuleSetGates(rules);
  const texts = [
    '',
    'please summarise the main points for the team',
    'Ring me on 020 7946 0321 or mail k.oduya@example.org',
    'IBAN GB33 BUKB 2020 1555 5555 55, sort code 20-20-15, ref 4111 1111 1111 1111',
    'DNI 12345678Z; NIE X1234567L; date of birth 03/04/1987',
    'passwd=hunter2 token ghp_abcdefghijklmnopqrstuvwxyz0123456789',
    'ſtraße K 1 2 3 4 5 6 7 8 9 0 café Привет 😀',
    ...rules.flatMap((r) => r.spec.examples.match.map((e) => (typeof e === 'string' ? e : e.text))),
    ...rules.flatMap((r) => (r.spec.examples.no_match ?? []).map((e) => (typeof e === 'string' ? e : e.text))),
  ];

  it('answers as each rule gated through its own closures, on every rule example', () => {
    for (const text of texts) {
      const view = normalizeForDetection(text);
      const out = new Int32Array(rules.length).fill(-1);
      gates(new TextFacts(view.text, undefined, view.cueText), out);
      const facts = new TextFacts(view.text, undefined, view.cueText);
      const expected = Int32Array.from(rules, (rule) => gatedOneByOne(rule, facts));
      // Compared whole, an expect per rule and text took seconds; a difference still names the text.
      expect({ text, out: [...out] }).toEqual({ text, out: [...expected] });
    }
  });

  it('calls a gate not built by compileGate as it is', () => {
    const [first] = rules;
    const handMade = {
      ...first!,
      minDigits: 0,
      minAlnumRun: 0,
      gates: [() => false, () => true],
      prefilterGate: undefined,
    };
    const out = new Int32Array(1);
    compileRuleSetGates([handMade])(new TextFacts('any text'), out);
    expect(out[0]).toBe(2);
  });
});
