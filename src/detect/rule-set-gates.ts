import { expressionOf } from './gate-program.js';
import type { CompiledRule } from './packs/load.js';
import { type Gate, gateProgramOf, type TextFacts } from './text-facts.js';

/**
 * Writes into out[r] the patterns of rules[r] whose floors, gates and prefilter gate let the text through, as a bit
 * mask (patternBit), 0 for a rule they rule out: the first half of run-rule.ts's patternsToRun, for every rule.
 */
export type RuleSetGates = (facts: TextFacts, out: Int32Array) => void;

/** Rules per generated function: one function for them all would pass the size V8 still optimises. */
const RULES_PER_FUNCTION = 32;

/**
 * Every rule's floors and gates compiled into plain JavaScript, a few functions for the whole rule set. A text
 * passes some 125 rules' floors and asks some 250 gates, of which some 30 pass: run one by one through the
 * gate interpreter (gate-program.ts), the questions cost more than a short text's whole rule work; as
 * straight-line mask tests over the facts copied into locals they cost a few nanoseconds each. A gate not built
 * by compileGate (tests build rules by hand) is called as it is.
 */
export function compileRuleSetGates(rules: readonly CompiledRule[]): RuleSetGates {
  const calls: Gate[] = [];
  const callOf = (gate: Gate) => {
    calls.push(gate);
    return `calls[${calls.length - 1}](f)`;
  };
  const test = (gate: Gate) => {
    const program = gateProgramOf(gate);
    if (program === undefined) return callOf(gate);
    const base = calls.length;
    calls.push(...program.calls);
    return expressionOf(program, 0, (call) => base + call);
  };
  const parts: RuleSetGates[] = [];
  for (let from = 0; from < rules.length; from += RULES_PER_FUNCTION) {
    const lines = ['const { m0, m1, m2, m3, digits, alnumRun, nonAscii, oddFold } = f;', 'let lits;', 'let m;'];
    for (let r = from; r < Math.min(rules.length, from + RULES_PER_FUNCTION); r++) {
      const rule = rules[r]!;
      lines.push(`m = 0;`, `if (digits >= ${rule.minDigits} && alnumRun >= ${rule.minAlnumRun}) {`);
      rule.gates.forEach((gate, i) => {
        lines.push(`  if (${test(gate)}) m |= ${1 << Math.min(i, 30)};`);
      });
      if (rule.prefilterGate) lines.push(`  if (m !== 0 && !(${test(rule.prefilterGate)})) m = 0;`);
      lines.push('}', `out[${r}] = m;`);
    }
    const make = new Function('calls', `return function ruleGates(f, out) {\n${lines.join('\n')}\n};`);
    parts.push(make(calls) as RuleSetGates);
  }
  return (facts, out) => {
    for (let i = 0; i < parts.length; i++) parts[i]!(facts, out);
  };
}
