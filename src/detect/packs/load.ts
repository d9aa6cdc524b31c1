import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { expressionOf } from '../gate-program.js';
import { foldWord, normalizeForDetection } from '../normalize.js';
import {
  alnumRunAnchorOf,
  anchorOf,
  digitAnchorOf,
  firstCharGuard,
  floorOf,
  literalHeadsOf,
  type Need,
  needsOf,
} from '../regex-needs.js';
import {
  compileGate,
  cuePieces,
  cueWordId,
  type Gate,
  gateProgramOf,
  type LiteralHeads,
  literalHeads,
  otherCharBits,
  type TextFacts,
} from '../text-facts.js';
import type { Label } from '../types.js';
import { VALIDATORS, type Validator } from '../validators/index.js';
import { packSchema, type RuleSpec } from './schema.js';

export interface CompiledContext {
  window: number;
  boost: number;
  required: boolean;
  before: boolean;
  /** Lower-cased first words of the phrases (as written and folded): a required cue absent from the text skips the rule. */
  cueWords: string[];
  /** The cue words as one whole-word regex over the lower-cased text ("cc" must not pass on "according"). */
  cueRegex: RegExp;
  /** The same test split for one shared scan: ids of the ASCII cue words (cueWordId), and the other words. */
  cueIds: Int32Array;
  cueOthers: string[];
  /** Per word of cueOthers, the ids of its ASCII pieces (cuePieces): a text lacking one of them lacks the word. */
  cueOtherPieces: number[][];
  /** Per word of cueOthers, the signature of its characters outside ASCII (otherCharBits). */
  cueOtherBits: number[];
  strong?: { type: string; score: number; phrases: string[] };
  /** Folded words and phrases, each padded with spaces for whole-word lookup in a padded window string. */
  phrases: string[];
  /** Text-level cues: each word as the ids/words TextFacts answers for (any spelling counts), and how many must occur. */
  document?: { min: number; words: DocumentWord[] };
  veto?: { window: number; phrases: string[] };
  /** Cues of the column's header cell only, and the person fields one of the header row's cells must name. */
  column?: { phrases: string[]; row: string[] };
}

/** One document cue word in its spellings (as written in the view, folded): ASCII ones by id, others by text. */
export interface DocumentWord {
  ids: number[];
  others: string[];
}

export interface CompiledRule {
  id: string;
  label: Label;
  type: string;
  regexes: RegExp[];
  /** Per pattern, a leaner twin for texts that hold none of its far look-behinds' words (see leanOf), or undefined. */
  leans: Array<LeanPattern | undefined>;
  /** Per pattern, what a text must contain for it to match (worked out from the pattern; see regex-needs). */
  needs: Need[];
  /** The needs compiled, one per pattern. */
  gates: Gate[];
  /** Fewest digits, and shortest run of ASCII letters and digits, a text needs for any pattern to match. */
  minDigits: number;
  minAlnumRun: number;
  validator?: Validator;
  score: number;
  specificity: number;
  shrink: boolean;
  context?: CompiledContext;
  prefilter?: RegExp;
  /** The prefilter without the u flag, for texts where that gives the same answer (see plainTwin). */
  prefilterPlain?: RegExp;
  /** What a text must contain for the prefilter to match, compiled. */
  prefilterGate?: Gate;
  /** The prefilter is a list of words whose gate answers as it does (see wordListGate): it never needs running. */
  prefilterExact: boolean;
  /** The prefilter and its plain twin tried only where the literals they open with start (see HeadedPattern). */
  prefilterHeads?: HeadedPattern;
  prefilterPlainHeads?: HeadedPattern;
  /** Each pattern's and lean twin's HeadedPattern, for those that have one (see nextMatch in run-rule.ts). */
  headed?: ReadonlyMap<RegExp, HeadedPattern>;
  spec: RuleSpec;
  file: string;
}

export class RulePackError extends Error {}

/**
 * A pattern with its far negative look-behinds taken out: `(?<!X[\s\S]{0,400})` ("no telecom word in the 400
 * characters before") holds at every position of a text where X matches nowhere, so there the pattern without it
 * finds the same matches, without walking 400 characters back at each candidate. `absent` are tests for X (or
 * for less than X: a leading look-behind dropped), one per look-behind taken out; the twin counts only when none
 * of them matches the text.
 */
export interface LeanPattern {
  lean: RegExp;
  absent: RegExp[];
  /**
   * The absent regexes split at their word lists' alternatives (one matches where a part does), each part with
   * what a text must contain for it to match (regex-needs): most texts lack the literals of most words, and the
   * shared literal scan says so where a regex would scan the whole text.
   */
  parts: Array<{ test: RegExp; gate: Gate }>;
  /**
   * Whether one of the parts is found in the text, as a loop over `parts` answers (each regex only past its gate),
   * with the gates compiled into the function's own code (see partsFoundIn): run through the gate interpreter one
   * by one, a twin of some hundred words cost more than its regexes.
   */
  anyFound: (facts: TextFacts, text: string) => boolean;
}

/**
 * One function asking `parts` in order, each gate's program written out as an expression over the facts (as
 * rule-set-gates.ts compiles the rules' gates), each regex tested only where its gate holds.
 */
function partsFoundIn(parts: LeanPattern['parts']): LeanPattern['anyFound'] {
  const calls: Gate[] = [];
  const lines = ['const { m0, m1, m2, m3, digits, alnumRun, nonAscii, oddFold } = f;', 'let lits;'];
  parts.forEach(({ gate }, i) => {
    const program = gateProgramOf(gate);
    let test: string;
    if (program === undefined) {
      calls.push(gate);
      test = `calls[${calls.length - 1}](f)`;
    } else {
      const base = calls.length;
      calls.push(...program.calls);
      test = expressionOf(program, 0, (call) => base + call);
    }
    lines.push(`if ((${test}) && tests[${i}].test(text)) return true;`);
  });
  lines.push('return false;');
  const make = new Function('calls', 'tests', `return function anyFound(f, text) {\n${lines.join('\n')}\n};`);
  return make(
    calls,
    parts.map((p) => p.test),
  ) as LeanPattern['anyFound'];
}

/** The shortest reach of a look-behind worth a twin: short ones cost little at each candidate. */
const FAR_REACH = 100;
const FAR_TAIL = /\[\\s\\S\]\{0,(\d+)\}$/;

/** Index of the parenthesis closing the group opened at `open`, or -1 (escapes and character classes skipped). */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * `(?:A|B|...)T` as `(?:A)T`, `(?:B)T`, ...: a text holds a match of the whole where it holds one of a part. Each
 * part gets its own literal gate, so a text holding a common piece of one word ("dem" of "demand" for "módem")
 * scans for that word alone, not for the whole list.
 */
function alternativesOf(words: string): string[] {
  if (!words.startsWith('(?:')) return [words];
  const close = closingParen(words, 0);
  const tail = words.slice(close + 1);
  if (close < 0 || /^[?*+{]/.test(tail)) return [words];
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 3;
  for (let i = 3; i < close; i++) {
    const c = words[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(words.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(words.slice(from, close));
  return alts.map((alt) => `(?:${alt})${tail}`);
}

/** The source without look-arounds at its head (their conditions dropped: the rest matches at least as often). */
function withoutLeadingLookbehinds(source: string): string {
  let s = source;
  while (s.startsWith('(?<!') || s.startsWith('(?<=')) {
    const close = closingParen(s, 0);
    if (close < 0) break;
    s = s.slice(close + 1);
  }
  return s;
}

export function leanOf(source: string, flags: string): LeanPattern | undefined {
  // A back-reference ties the look-behind to the rest of the match: not taken apart.
  if (/\\(?:[1-9]|k<)/.test(source)) return undefined;
  const testFlags = flags.replace(/[gyd]/g, '');
  const absent: RegExp[] = [];
  let lean = '';
  let copied = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      inClass = c !== ']';
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (!source.startsWith('(?<!', i)) continue;
    const close = closingParen(source, i);
    if (close < 0) return undefined;
    const body = source.slice(i + 4, close);
    const tail = FAR_TAIL.exec(body);
    // A quantifier after the group would be left with nothing to repeat.
    if (!tail || Number(tail[1]) < FAR_REACH || /^[?*+{]/.test(source.slice(close + 1))) continue;
    const words = withoutLeadingLookbehinds(body.slice(0, tail.index));
    if (words === '') continue;
    absent.push(new RegExp(words, testFlags));
    lean += source.slice(copied, i);
    copied = close + 1;
    i = close;
  }
  if (absent.length === 0) return undefined;
  const parts = absent.flatMap((re) =>
    alternativesOf(re.source).map((alt) => ({
      test: new RegExp(alt, testFlags),
      gate: compileGate(needsOf(alt, testFlags)),
    })),
  );
  return { lean: new RegExp(lean + source.slice(copied), flags), absent, parts, anyFound: partsFoundIn(parts) };
}

function phrasesOf(words: Record<string, string[]>): string[] {
  const phrases = new Set<string>();
  for (const list of Object.values(words)) {
    for (const w of list) {
      const tokens = foldWord(w).match(/[\p{L}\p{N}]+/gu);
      if (tokens) phrases.add(` ${tokens.join(' ')} `);
    }
  }
  return [...phrases];
}

type DocumentSpec = NonNullable<NonNullable<RuleSpec['context']>['document']>;

/** Compiled document cues by their source: rules that share a list share one object, and one answer per text. */
const documents = new Map<string, NonNullable<CompiledContext['document']>>();

function compileDocument(spec: DocumentSpec): NonNullable<CompiledContext['document']> {
  const key = JSON.stringify(spec);
  const known = documents.get(key);
  if (known) return known;
  const compiled = {
    min: spec.min,
    // A word listed under two languages ("hospital") is one cue, not two.
    words: [
      ...new Map(
        Object.values(spec.words)
          .flat()
          .map((w) => [foldWord(w), w]),
      ).values(),
    ].map((w): DocumentWord => {
      const spellings = [...new Set([normalizeForDetection(w).cueText.toLowerCase(), foldWord(w)])];
      return {
        ids: spellings.map(cueWordId).filter((id) => id >= 0),
        others: spellings.filter((x) => cueWordId(x) < 0),
      };
    }),
  };
  documents.set(key, compiled);
  return compiled;
}

function compileContext(spec: NonNullable<RuleSpec['context']>): CompiledContext {
  const phrases = new Set<string>();
  const cueWords = new Set<string>();
  const allWords = [...Object.values(spec.words), ...Object.values(spec.strong?.words ?? {})];
  // Column cues are no window phrases, but a text without any of them has no such column either: they gate too.
  const columnWords = Object.values(spec.column?.words ?? {});
  for (const [lists, inWindow] of [
    [allWords, true],
    [columnWords, false],
  ] as const) {
    for (const words of lists) {
      for (const w of words) {
        const tokens = foldWord(w).match(/[\p{L}\p{N}]+/gu);
        if (tokens && inWindow) phrases.add(` ${tokens.join(' ')} `);
        // As the word looks in the text cues are searched in (the normalised view: Thai ำ is ํ + า there).
        const first = normalizeForDetection(w)
          .cueText.toLowerCase()
          .match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/u)?.[0];
        if (first) cueWords.add(first);
        if (tokens?.[0]) cueWords.add(tokens[0]);
      }
    }
  }
  const document = spec.document ? compileDocument(spec.document) : undefined;
  const cueIds = Int32Array.from([...cueWords].map(cueWordId).filter((id) => id >= 0));
  return {
    document,
    veto: spec.veto ? { window: spec.veto.window, phrases: phrasesOf(spec.veto.words) } : undefined,
    column: spec.column ? { phrases: phrasesOf(spec.column.words), row: phrasesOf(spec.column.row) } : undefined,
    window: spec.window,
    boost: spec.boost,
    required: spec.required,
    before: spec.side === 'before',
    cueWords: [...cueWords],
    cueIds,
    cueOthers: [...cueWords].filter((w) => cueWordId(w) < 0),
    cueOtherPieces: [...cueWords].filter((w) => cueWordId(w) < 0).map(cuePieces),
    cueOtherBits: [...cueWords].filter((w) => cueWordId(w) < 0).map(otherCharBits),
    // ASCII boundaries and no u flag keep this one pass cheap; it only decides whether the rule runs at all,
    // the whole-word check on each candidate's window is exact.
    cueRegex: new RegExp(
      `(?<![a-z0-9])(?:${[...cueWords].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![a-z0-9])`,
    ),
    phrases: [...phrases],
    strong: spec.strong
      ? { type: spec.strong.type, score: spec.strong.score, phrases: phrasesOf(spec.strong.words) }
      : undefined,
  };
}

/** A prefilter that lists words of ASCII letters, digits, spaces and a few escaped signs: "pass|contrase|clave". */
const WORD_LIST = /^(?:[A-Za-z0-9 _:;,#&'-]|\\[./ -])+(?:\|(?:[A-Za-z0-9 _:;,#&'-]|\\[./ -])+)*$/;

/**
 * Whether a prefilter is a list of words whose need is exactly "one of these words, lower-cased": then the gate,
 * read off the shared literal scan, answers what the regex (iu flags) would, on every text where no character
 * other than an ASCII one folds onto an ASCII letter (TextFacts.foldsOntoAscii), and the regex, which searched the
 * text again up to the first word, is left out. Word lists the analysis simplified are not taken.
 */
export function wordListGate(source: string, need: Need): boolean {
  if (!WORD_LIST.test(source)) return false;
  const words = new Set(source.split('|').map((w) => w.replace(/\\(.)/g, '$1').toLowerCase()));
  const parts = need.kind === 'some' ? need.needs : [need];
  if (parts.length !== words.size) return false;
  return parts.every((n) => n.kind === 'literal' && n.folded && words.has(n.text));
}

/**
 * A pattern whose every match opens with one of a few literals ("\\b(?:cuenta|account|konto)"), tried only where
 * they start (see LiteralHeads): a text holding "account" inside "subaccount" alone passes the literal gate, and a
 * search of the whole text then found nothing.
 */
export interface HeadedPattern extends LiteralHeads {
  /** The pattern, sticky: it matches only where it is put. */
  sticky: RegExp;
}

/** The pattern's HeadedPattern, or undefined when its matches do not all open with a literal (literalHeadsOf). */
export function headedPatternOf(re: RegExp): HeadedPattern | undefined {
  const ids = literalHeadsOf(re.source, re.flags);
  if (ids === undefined) return undefined;
  return { ...literalHeads(ids), sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`) };
}

function compilePrefilter(source: string, id: string, file: string): RegExp {
  try {
    return new RegExp(source, 'iu');
  } catch (err) {
    throw new RulePackError(`${file}: rules[${id}].prefilter: ${(err as Error).message}`);
  }
}

/**
 * A u-flag pattern written in ASCII, without the u flag. On a text with no surrogate pair and neither ſ nor K
 * (TextFacts.astral, oddFold) both find the same matches: case folding differs only for those two letters, which
 * fold onto s and k (and \w and \b take them in) under iu, and without pairs code points are code units. V8 runs
 * the copy far faster: \b under iu made "\bpin\b" cost 30x more over a 4 KB prompt. Undefined when the source holds
 * other characters or escapes whose meaning the u flag changes (\u{...}, \p{...}).
 */
export function plainTwin(re: RegExp): RegExp | undefined {
  if (!re.unicode || !/^[\x00-\x7f]*$/.test(re.source) || /\\[upPk]/.test(re.source)) return undefined;
  return new RegExp(re.source, re.flags.replace('u', ''));
}

/**
 * The pattern without its `(?!)|` markers: an alternative that never matches, written at the head of a long list
 * of names so the needs analysis sets no condition on the list (see rules/detectors/medical-labs.yaml). Matching
 * is the same without it, and V8 gives up its first-character quick check on an alternation that holds a
 * look-ahead: the lab and vital-sign patterns ran 1.7-2.9x slower with the markers in. Only a marker opening a
 * non-capturing group outside a character class is taken out.
 */
export function withoutNeverMarkers(source: string): string {
  const marker = '(?:(?!)|';
  if (!source.includes(marker)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (source.startsWith(marker, i)) {
      out += '(?:';
      i += marker.length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * The pattern with a look-ahead for its first character in front when it opens with a look-behind (see
 * firstCharGuard): same matches. Patterns the engine scans from an anchor of their own (run-rule.ts) are left
 * as they are, so their anchors stay.
 */
function guarded(source: string, flags: string): string {
  const guard = firstCharGuard(source, flags);
  if (!guard || anchorOf(source, flags) || alnumRunAnchorOf(source, flags) || digitAnchorOf(source, flags)) {
    return source;
  }
  return `(?=${guard})${source}`;
}

export function compileRule(spec: RuleSpec, file: string): CompiledRule {
  // Sources as V8 prints them (as written, markers in): what the needs analysis reads.
  const written: string[] = [];
  const regexes = spec.patterns.map((source, i) => {
    // The u flag roughly doubles matching time and d (group offsets) adds to every match: each is set only
    // when the pattern needs it (Unicode property escapes; a value group).
    const unicode = /\\[pP]\{|\\u\{/.test(source) ? 'u' : '';
    const indices = source.includes('(?<v') ? 'd' : '';
    const flags = `g${indices}${unicode}${spec.case_insensitive ? 'i' : ''}`;
    try {
      written.push(new RegExp(source, flags).source);
      return new RegExp(guarded(withoutNeverMarkers(source), flags), flags);
    } catch (err) {
      throw new RulePackError(`${file}: rules[${spec.id}].patterns[${i}]: ${(err as Error).message}`);
    }
  });
  const prefilter = spec.prefilter ? compilePrefilter(spec.prefilter, spec.id, file) : undefined;
  const prefilterNeed = prefilter ? needsOf(prefilter.source, prefilter.flags) : undefined;
  // Needs from the patterns as written: the markers tell the analysis where to set no condition.
  const needs = regexes.map((re, i) => needsOf(written[i]!, re.flags));
  const minDigits = Math.min(...needs.map((n) => floorOf(n, 'digits')));
  const minAlnumRun = Math.min(...needs.map((n) => floorOf(n, 'alnumRun')));
  // The gates run only on texts that passed the rule's floors (patternsToRun), so they need not test them again.
  const floors = { digits: minDigits, alnumRun: minAlnumRun, sets: [] };
  const leans = regexes.map((re) => leanOf(re.source, re.flags));
  const prefilterPlain = prefilter ? plainTwin(prefilter) : undefined;
  const headed = new Map<RegExp, HeadedPattern>();
  for (const re of [...regexes, ...leans.map((l) => l?.lean)]) {
    const h = re && headedPatternOf(re);
    if (h) headed.set(re!, h);
  }
  return {
    id: spec.id,
    label: spec.label,
    type: spec.type,
    regexes,
    leans,
    needs,
    gates: needs.map((n) => compileGate(n, floors)),
    minDigits,
    minAlnumRun,
    validator: spec.validator ? VALIDATORS[spec.validator] : undefined,
    score: spec.score,
    specificity: spec.specificity ?? (spec.validator ? 2 : 1),
    shrink: spec.shrink,
    context: spec.context ? compileContext(spec.context) : undefined,
    prefilter,
    prefilterPlain,
    prefilterGate: prefilterNeed ? compileGate(prefilterNeed) : undefined,
    prefilterExact: prefilter !== undefined && wordListGate(prefilter.source, prefilterNeed!),
    prefilterHeads: prefilter ? headedPatternOf(prefilter) : undefined,
    prefilterPlainHeads: prefilterPlain ? headedPatternOf(prefilterPlain) : undefined,
    headed,
    spec,
    file,
  };
}

/** Parses and validates one pack; errors name the file and the path of the offending field. */
export function loadPackFile(path: string): CompiledRule[] {
  let raw: unknown;
  try {
    // js-yaml with the YAML 1.2 core schema: the same data as the yaml package gives for these files, parsed
    // several times faster on a cold start (~50 ms instead of ~350 ms for all packs), which is most of building
    // the rule set.
    raw = parseYaml(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA, filename: path });
  } catch (err) {
    throw new RulePackError(`${path}: not valid YAML: ${(err as Error).message}`);
  }
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new RulePackError(`${path}: ${issues.join('; ')}`);
  }
  return parsed.data.rules.map((r) => compileRule(r, path));
}

/** Every rules/detectors/*.yaml, in file-name order so the engine's behaviour does not depend on the filesystem. */
export function loadRulePacks(rulesDir: string): CompiledRule[] {
  const dir = join(rulesDir, 'detectors');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  } catch {
    throw new RulePackError(`${dir}: rule pack directory not found`);
  }
  const rules = files.sort().flatMap((f) => loadPackFile(join(dir, f)));
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new RulePackError(`${r.file}: rules[${r.id}]: duplicate rule id`);
    seen.add(r.id);
  }
  return rules;
}
