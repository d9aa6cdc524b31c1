import { type Need, registeredLiterals } from './regex-needs.js';
import type { TextFacts } from './text-facts.js';

/**
 * A simplified need (text-facts.ts, simplifyNeed) as a flat program of numbers, read by one function (passes).
 * Gates were closures, one kind per node, calling each other: a rule's test went through megamorphic calls
 * that cost more than the mask tests they ran. One interpreter keeps every gate on the same code.
 *
 * Each node is [op, length in words, ...payload]; a conjunction or disjunction holds its children after the
 * header, so a node that decides early skips the rest by its length.
 */
export interface GateProgram {
  code: Int32Array;
  /** Tests the program cannot hold (literals outside the registry, as tests build them), by CALL index. */
  calls: Array<(facts: TextFacts) => boolean>;
}

const ANY = 0;
const NEVER = 1;
/** [CHARS, 8, mask0, mask1, mask2, mask3, other, fold]: one of the characters occurs. */
const CHARS = 2;
/** [DIGITS, 3, min] */
const DIGITS = 3;
/** [ALNUM_RUN, 3, min] */
const ALNUM_RUN = 4;
/** [DIGIT_RUN, 4, min, gap] */
const DIGIT_RUN = 5;
/** [SOME_LITERALS, 4 + n, folded, n, ...ids]: one of the registered literals occurs (TextFacts.hasAnyLiteral). */
const SOME_LITERALS = 6;
/** [ALL_LITERALS, 3 + 2n, n, ...(id, folded)]: every one occurs (TextFacts.hasAllLiterals). */
const ALL_LITERALS = 7;
/** [ALL, length, ...children] */
const ALL = 8;
/** [SOME, length, ...children] */
const SOME = 9;
/** [CALL, 3, index into calls] */
const CALL = 10;

/** A literal need whose id numbers that same literal in the registry (its answer comes from the shared scan). */
export function isRegistered(n: Need): n is Extract<Need, { kind: 'literal' }> {
  if (n.kind !== 'literal') return false;
  const known = registeredLiterals()[n.id];
  return known !== undefined && known.text === n.text && known.folded === n.folded;
}

/** The program of a need already simplified. */
export function compileProgram(need: Need): GateProgram {
  const code: number[] = [];
  const calls: GateProgram['calls'] = [];
  emit(need, code, calls);
  return { code: Int32Array.from(code), calls };
}

function emit(need: Need, code: number[], calls: GateProgram['calls']): void {
  switch (need.kind) {
    case 'any':
      code.push(ANY, 2);
      return;
    case 'never':
      code.push(NEVER, 2);
      return;
    case 'chars': {
      const { ascii, other, fold } = need.set;
      code.push(CHARS, 8, ...ascii, other ? 1 : 0, fold ? 1 : 0);
      return;
    }
    case 'digits':
      code.push(DIGITS, 3, need.min);
      return;
    case 'alnumRun':
      code.push(ALNUM_RUN, 3, need.min);
      return;
    case 'digitRun':
      code.push(DIGIT_RUN, 4, need.min, need.gap);
      return;
    case 'literal': {
      if (isRegistered(need)) {
        code.push(SOME_LITERALS, 5, need.folded ? 1 : 0, 1, need.id);
        return;
      }
      const { id, text, folded } = need;
      calls.push((f) => f.hasLiteral(id, text, folded));
      code.push(CALL, 3, calls.length - 1);
      return;
    }
    case 'all':
    case 'some': {
      // Mask tests first, then the other children, then the registered literals in one node: a literal's first
      // question scans the text, which the cheaper tests often make unnecessary.
      const literals = need.needs.filter(isRegistered);
      const rest = need.needs.filter((n) => !isRegistered(n));
      const at = code.length;
      code.push(need.kind === 'all' ? ALL : SOME, 0);
      for (const n of rest) emit(n, code, calls);
      if (literals.length > 0 && need.kind === 'all') {
        code.push(ALL_LITERALS, 3 + 2 * literals.length, literals.length);
        for (const n of literals) code.push(n.id, n.folded ? 1 : 0);
      } else if (literals.length > 0) {
        code.push(SOME_LITERALS, 4 + literals.length, literals.some((n) => n.folded) ? 1 : 0, literals.length);
        for (const n of literals) code.push(n.id);
      }
      code[at + 1] = code.length - at;
      return;
    }
  }
}

/** Whether the node at `pc` holds for the text. */
export function passes(p: GateProgram, pc: number, f: TextFacts): boolean {
  const code = p.code;
  switch (code[pc]) {
    case ANY:
      return true;
    case CHARS:
      return (
        (code[pc + 2]! & f.m0) !== 0 ||
        (code[pc + 3]! & f.m1) !== 0 ||
        (code[pc + 4]! & f.m2) !== 0 ||
        (code[pc + 5]! & f.m3) !== 0 ||
        (code[pc + 6] === 1 && f.nonAscii) ||
        (code[pc + 7] === 1 && f.oddFold)
      );
    case DIGITS:
      return f.digits >= code[pc + 2]!;
    case ALNUM_RUN:
      return f.alnumRun >= code[pc + 2]!;
    case DIGIT_RUN:
      return f.digits >= code[pc + 2]! && f.longestDigitRun(code[pc + 3]!) >= code[pc + 2]!;
    case SOME_LITERALS: {
      // As TextFacts.hasAnyLiteral: under ſ or K a lower-cased literal is taken as present.
      if (code[pc + 2] === 1 && f.oddFold) return true;
      const found = f.literalsFound();
      for (let k = pc + 4, end = pc + code[pc + 1]!; k < end; k++) if (found[code[k]!] === 1) return true;
      return false;
    }
    case ALL_LITERALS: {
      const found = f.literalsFound();
      for (let k = pc + 3, end = pc + code[pc + 1]!; k < end; k += 2) {
        if (found[code[k]!] !== 1 && !(code[k + 1] === 1 && f.oddFold)) return false;
      }
      return true;
    }
    case ALL: {
      for (let k = pc + 2, end = pc + code[pc + 1]!; k < end; k += code[k + 1]!) if (!passes(p, k, f)) return false;
      return true;
    }
    case SOME: {
      for (let k = pc + 2, end = pc + code[pc + 1]!; k < end; k += code[k + 1]!) if (passes(p, k, f)) return true;
      return false;
    }
    case CALL:
      return p.calls[code[pc + 2]!]!(f);
    default:
      return false; // NEVER
  }
}

/**
 * The node at `pc` as a JavaScript expression (rule-set-gates.ts compiles many into one function), answering as
 * passes does. It reads the locals that function declares: m0..m3, digits, alnumRun, nonAscii and oddFold copied
 * from the facts `f`, `lits` (the literals found, read on the first literal question, as passes reads them) and
 * `calls`; `callAt` gives the index in `calls` of each of the program's own calls.
 */
export function expressionOf(p: GateProgram, pc: number, callAt: (call: number) => number): string {
  const code = p.code;
  const at = (k: number) => code[pc + k]!;
  const children = (joiner: string, empty: string) => {
    const parts: string[] = [];
    for (let k = pc + 2, end = pc + at(1); k < end; k += code[k + 1]!) parts.push(expressionOf(p, k, callAt));
    return parts.length === 0 ? empty : `(${parts.join(joiner)})`;
  };
  const found = 'lits ??= f.literalsFound()';
  switch (code[pc]) {
    case ANY:
      return 'true';
    case CHARS: {
      const words = [0, 1, 2, 3].filter((w) => at(2 + w) !== 0).map((w) => `(m${w} & ${at(2 + w)})`);
      const tests = words.length > 0 ? [`(${words.join(' | ')}) !== 0`] : [];
      if (at(6) === 1) tests.push('nonAscii');
      if (at(7) === 1) tests.push('oddFold');
      return tests.length === 0 ? 'false' : `(${tests.join(' || ')})`;
    }
    case DIGITS:
      return `digits >= ${at(2)}`;
    case ALNUM_RUN:
      return `alnumRun >= ${at(2)}`;
    case DIGIT_RUN:
      return `(digits >= ${at(2)} && f.longestDigitRun(${at(3)}) >= ${at(2)})`;
    case SOME_LITERALS: {
      const ids: string[] = [];
      for (let k = pc + 4, end = pc + at(1); k < end; k++) ids.push(`lits[${code[k]}] === 1`);
      const scan = ids.length === 0 ? 'false' : `((${found}), ${ids.join(' || ')})`;
      return at(2) === 1 ? `(oddFold || ${scan})` : scan;
    }
    case ALL_LITERALS: {
      const ids: string[] = [];
      for (let k = pc + 3, end = pc + at(1); k < end; k += 2)
        ids.push(code[k + 1] === 1 ? `(lits[${code[k]}] === 1 || oddFold)` : `lits[${code[k]}] === 1`);
      return `((${found}), ${ids.length === 0 ? 'true' : ids.join(' && ')})`;
    }
    case ALL:
      return children(' && ', 'true');
    case SOME:
      return children(' || ', 'false');
    case CALL:
      return `calls[${callAt(at(2))}](f)`;
    default:
      return 'false'; // NEVER
  }
}
