import { contextLevel } from './context.js';
import type { CompiledRule } from './packs/load.js';
import { compileRuleSetGates, type RuleSetGates } from './rule-set-gates.js';
import { runRule, type ViewFinding } from './run-rule.js';
import { countAtOrBelow, countBelow } from './sorted.js';
import { TextFacts } from './text-facts.js';
import { sampleFinding } from './validators/documented-samples.js';
import { serviceAccountInContext } from './validators/financial.js';
import { fixedWidthFindings } from './validators/fixed-width.js';
import { phoneOfNobody } from './validators/phone.js';

/**
 * Digit groups whose separators were swapped for others (a dot for a dash, a line break for a space, as
 * retyping and copy-paste do) no longer fit patterns written for the separators a value is printed with. For
 * each run of such groups that the ordinary pass left uncovered, the validator-backed rules run again over the
 * run rewritten (groups joined by dashes, by spaces, or with nothing between them), with the words around it
 * for their context cues; a finding counts only when it spans the whole run and its validator confirms it.
 *
 * Joined by dashes or spaces the groups keep their lengths, so a rule still sees the shape it was written for
 * (a RUT's check digit after its dash, a Thai id's 1-4-5-2-1 groups). Joined with nothing, that shape is gone:
 * there a finding also needs a validator that checks more than a shape, its context cue, and groups of one
 * length (a number cut every three or four digits, not neighbouring numbers such as a street number and a
 * postcode). Formats printed with mixed separators (01.234.567.4-123.000) are taken from the rules' own
 * examples: a run whose groups have exactly an example's lengths is also written with its separators.
 */

/** Labels whose values are written as digit groups. */
const GROUPED_LABELS: ReadonlySet<string> = new Set(['NATIONAL_ID', 'PHONE', 'BANK_ACCOUNT', 'CREDIT_CARD', 'IBAN']);

/** Validators that check a shape or a cue, not a check digit: their rules never see a compacted run. */
const SHAPE_ONLY_VALIDATORS: ReadonlySet<string> = new Set([
  'cued_id',
  'contextual_id',
  'bank_account',
  'cr_cedula',
  'passport_number',
]);

/**
 * Validators whose checksum alone makes a value (a Bitcoin address's 30-32 bits, an IBAN's mod 97): they may
 * claim a code cut into blocks of four that has blocks without a digit, compacted, with no cue.
 */
const SELF_CHECKED_VALIDATORS: ReadonlySet<string> = new Set(['crypto_wallet', 'iban']);

/**
 * A long code of letters and digits copied in blocks of four, the first with a digit (1BvB, bc1q, 3J98, GB29),
 * one kind of separator between them.
 */
const BLOCKS =
  /(?<![A-Za-z0-9])(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{4}(?:(?:[ .-]|\r?\n)[A-Za-z0-9]{4}){2,15}(?:(?:[ .-]|\r?\n)[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])/g;

const MIXED = /[A-Za-z]\d|\d[A-Za-z]/;

/** A group holding a digit (letters may lead or follow: ES91, 308T, X1234567L). */
const GROUP = '[A-Za-z]*\\d[A-Za-z0-9]*';
/**
 * Between groups: one dot, dash or space, or a line break (with the indentation around it). A dot or dash with
 * spaces around it is punctuation ("Roure, 36. 31080", "Km 9,100 - 28034"), and several spaces or a tab line
 * up the columns of a table. A line break before a line with a tab or a pipe ends a table's row: the next row's
 * first cell (a row number) is no tail of the number before it.
 */
const SEP = '(?:[.\\- ]|[ \\t]{0,8}\\r?\\n[ \\t]{0,8}(?![^\\n]*[\\t|]))';
const RUN = new RegExp(`(?<![A-Za-z0-9])${GROUP}(?:${SEP}${GROUP})*(?![A-Za-z0-9])`, 'g');
const SEP_AT_START = new RegExp(`^${SEP}`);
const SEP_AT_END = new RegExp(`${SEP}$`);
const ONE_SEP = new RegExp(SEP, 'g');
/** Quick test: a digit, a separator, another group character. */
const HAS_SEPARATED_DIGITS = /\d(?:[.\- ]|[ \t]{0,8}\r?\n[ \t]{0,8})[A-Za-z0-9]/;

/** A check character or series letters standing apart at a value's ends (J 30022035 4, 10626628 K, YZ 61 48 68 B). */
const LEAD_LETTERS = /(?<![A-Za-z0-9]|[A-Za-z0-9][.-])[A-Z]{1,2}$/;
const TAIL_LETTER = /^[A-Z](?![A-Za-z0-9]|[.-][A-Za-z0-9])/;

/** Runs longer than this are tables or lists of numbers, not one value: left alone, which also bounds the work. */
const MAX_RUN_CHARS = 64;
const MAX_GROUPS = 24;
const MIN_DIGITS = 6;

/** Characters that glue a run into a path, URL, handle or code (orders/2024-118833, ORD_12 34, a@12.34). */
const GLUED_BEFORE = /[/\\_@=&?%]|\d,$|[A-Za-z]{3}[.-]$/;
const GLUED_AFTER = /^(?:[/\\_@%]|,\d|[.-][A-Za-z]{3})/;

type Joint = '-' | ' ' | '';

/** One run of groups in the view. */
export interface GroupRun {
  /** [start, end) of each group, letter ends included. */
  groups: Array<[number, number]>;
  /** Index of the first group with a digit, and one past the last. */
  core: [number, number];
  /** The groups a finding must cover: the core, and letter ends glued on by a dot or dash. */
  must: [number, number];
  /** The joint every separator already is (one dash, one space): that rewriting is the text the ordinary pass saw. */
  plain?: Joint;
}

/**
 * Codes copied in blocks of four (1BvB MSEY stWe tqTF n5Au ...): one kind of separator, digits in some blocks,
 * letters and digits mixed in at least one. Only self-checked validators look at them (see SELF_CHECKED).
 */
export function findBlockRuns(text: string, digits: readonly number[] = digitPositionsOf(text)): GroupRun[] {
  const runs: GroupRun[] = [];
  // Some block mixes letters and digits: a text with no letter beside a digit has none.
  if (!MIXED.test(text)) return runs;
  for (let m = nextBlocks(text, 0, digits); m !== null; m = nextBlocks(text, m.index + m[0].length, digits)) {
    if (!/\d/.test(m[0]) || !/[A-Za-z]/.test(m[0])) continue;
    const kinds = new Set<string>();
    const groups = splitRun(text, m.index, m.index + m[0].length, kinds);
    if (kinds.size !== 1 || !groups.some(([s, e]) => /\d/.test(text.slice(s, e)) && /[A-Za-z]/.test(text.slice(s, e))))
      continue;
    runs.push({ groups, core: [0, groups.length], must: [0, groups.length] });
  }
  return runs;
}

/** BLOCKS tried at one position. */
const BLOCKS_AT = new RegExp(BLOCKS.source, 'y');

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/** Offsets of the ASCII digits of a text, in order (as TextFacts.digitPositions). */
function digitPositionsOf(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) at.push(i);
  }
  return at;
}

/**
 * The first BLOCKS match at or after `from`, as BLOCKS.exec from there finds it, tried only where one may start: at
 * a run of letters and digits whose first digit has at most three letters before it (the pattern's look-behind and
 * look-ahead), found from the text's digits; the plain scan tried every position.
 */
function nextBlocks(text: string, from: number, digits: readonly number[]): RegExpExecArray | null {
  for (let i = countBelow(digits, from); i < digits.length; i++) {
    const p = digits[i]!;
    let s = p;
    while (s > p - 3 && s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    // A letter or digit before: p is no run's first digit, or it has more than three letters before it.
    if ((s > 0 && isAsciiAlnum(text.charCodeAt(s - 1))) || s < from) continue;
    BLOCKS_AT.lastIndex = s;
    const m = BLOCKS_AT.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** HITS tried at one position. */
const HITS_AT = new RegExp(HAS_SEPARATED_DIGITS.source, 'y');

/**
 * The first HITS match at or after `from`, as HITS.exec from there finds it, tried only at the digits followed by
 * a character a separator opens with.
 */
function nextHit(text: string, from: number, digits: readonly number[]): RegExpExecArray | null {
  for (let i = countBelow(digits, from); i < digits.length; i++) {
    const p = digits[i]!;
    const c = text.charCodeAt(p + 1);
    if (c !== 0x2e && c !== 0x2d && c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) continue;
    HITS_AT.lastIndex = p;
    const m = HITS_AT.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** The kind of one separator: the same value is retyped with one kind throughout. */
function kindOf(sep: string): string {
  if (sep.includes('\n')) return '\n';
  return sep.includes('.') ? '.' : sep.includes('-') ? '-' : ' ';
}

const day = (g: string) => g.length <= 2 && Number(g) >= 1 && Number(g) <= 31;
const month = (g: string) => g.length <= 2 && Number(g) >= 1 && Number(g) <= 12;
const year = (g: string) => /^(?:19|20)?\d\d$/.test(g);

/**
 * Groups that read as something other than one value: a date (or a range of dates), a column of years, a
 * decimal number (one dot between two numbers), an IPv4 address, or an amount in thousands (1.234.567, 1 234 567).
 * Rejoining those would only invent numbers.
 */
function readsAsOtherThing(groups: readonly string[], kind: string, lettered: number): boolean {
  for (let i = 0; i + 2 < groups.length; i++) {
    const [a, b, c] = [groups[i]!, groups[i + 1]!, groups[i + 2]!];
    if ((a.length === 4 && year(a) && month(b) && day(c)) || (day(a) && day(b) && year(c))) return true;
  }
  if (groups.every((g) => /^(?:19|20)\d\d$/.test(g))) return true;
  if (kind !== '.') return kind === ' ' && thousands(groups);
  if (groups.length === 2 && lettered === 0) return true;
  if (groups.length === 4 && groups.every((g) => /^\d{1,3}$/.test(g) && Number(g) <= 255)) return true;
  return thousands(groups);
}

const thousands = (groups: readonly string[]) =>
  /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));

/** A digit group and a separator just before offset p: a run found from there would be the tail of a longer one. */
const GROUP_THEN_SEP = new RegExp(`\\d[A-Za-z0-9]*${SEP}$`);

/** The groups of one RUN match, and the kinds of separator between them. */
function splitRun(text: string, start: number, end: number, kinds: Set<string>): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  const run = text.slice(start, end);
  let at = start;
  ONE_SEP.lastIndex = 0;
  for (const sep of run.matchAll(ONE_SEP)) {
    groups.push([at, start + sep.index]);
    kinds.add(kindOf(sep[0]));
    at = start + sep.index + sep[0].length;
  }
  groups.push([at, end]);
  return groups;
}

/**
 * The runs worth a second look, in text order: two or more groups of one kind of separator, six digits at
 * least, not glued into a code or path, not a date, address or amount. Only the stretches around a digit
 * followed by a separator are scanned, each at most once.
 */
export function findGroupRuns(text: string, digits: readonly number[] = digitPositionsOf(text)): GroupRun[] {
  const runs: GroupRun[] = [];
  let scanned = 0;
  for (let hit = nextHit(text, 0, digits); hit !== null; ) {
    const p = hit.index;
    if (p < scanned) {
      hit = nextHit(text, p + hit[0].length, digits);
      continue;
    }
    RUN.lastIndex = Math.max(scanned, p - MAX_RUN_CHARS);
    let m = RUN.exec(text);
    while (m !== null && m.index + m[0].length <= p) m = RUN.exec(text);
    if (m === null) break;
    const start = m.index;
    const end = start + m[0].length;
    scanned = end;
    hit = nextHit(text, end, digits);
    if (end - start > MAX_RUN_CHARS || GROUP_THEN_SEP.test(text.slice(Math.max(0, start - 24), start))) continue;
    const run = runAt(text, start, end);
    if (run) runs.push(run);
  }
  return runs;
}

/** The run of groups text[start, end) with its letter ends, or undefined when it is not worth a look. */
function runAt(text: string, start: number, end: number): GroupRun | undefined {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  if (digits < MIN_DIGITS) return undefined;
  const kinds = new Set<string>();
  const groups = splitRun(text, start, end, kinds);
  // One kind of separator throughout: mixed ones join different things ("vol 273  564-570", "340-350 08025").
  if (kinds.size > 1) return undefined;
  const core: [number, number] = [0, groups.length];
  const must: [number, number] = [0, groups.length];
  // Letter ends: one or two capitals just before the run, one just after, set apart by a separator of the
  // run's kind. Glued on by a dot or dash they belong to the value (an ISBN's X) and a finding must take them;
  // after a space or line break they may be a word ("I", "Y"), so a finding may leave them out.
  const before = text.slice(Math.max(0, start - 6), start);
  const sepBefore = SEP_AT_END.exec(before);
  const lead = sepBefore ? LEAD_LETTERS.exec(before.slice(0, sepBefore.index)) : null;
  if (sepBefore && lead && (kinds.size === 0 || kinds.has(kindOf(sepBefore[0])))) {
    const s = start - (before.length - sepBefore.index) - lead[0].length;
    groups.unshift([s, s + lead[0].length]);
    kinds.add(kindOf(sepBefore[0]));
    core[0] = 1;
    core[1] = groups.length;
    must[0] = /[.-]/.test(sepBefore[0]) ? 0 : 1;
    must[1] = groups.length;
  }
  const after = text.slice(end, end + 6);
  const sepAfter = SEP_AT_START.exec(after);
  if (
    sepAfter &&
    TAIL_LETTER.test(after.slice(sepAfter[0].length)) &&
    (kinds.size === 0 || kinds.has(kindOf(sepAfter[0])))
  ) {
    const s = end + sepAfter[0].length;
    groups.push([s, s + 1]);
    kinds.add(kindOf(sepAfter[0]));
    if (/[.-]/.test(sepAfter[0])) must[1] = groups.length;
  }
  if (groups.length < 2 || groups.length > MAX_GROUPS) return undefined;
  const runStart = groups[0]![0];
  const runEnd = groups[groups.length - 1]![1];
  if (GLUED_BEFORE.test(text.slice(Math.max(0, runStart - 4), runStart))) return undefined;
  if (GLUED_AFTER.test(text.slice(runEnd, runEnd + 4))) return undefined;
  // Lines of digits ending on a list marker and its item ("1068460\n2. Shipping") are a list, not one value.
  if (kinds.has('\n') && /^[.)][ \t]+\S/.test(text.slice(runEnd, runEnd + 8))) return undefined;
  const coreTexts = groups.slice(core[0], core[1]).map(([s, e]) => text.slice(s, e));
  const lettered = groups.length - coreTexts.length + coreTexts.filter((g) => /[A-Za-z]/.test(g)).length;
  if (readsAsOtherThing(coreTexts, [...kinds][0]!, lettered)) return undefined;
  const seps = new Set(groups.slice(1).map(([s], i) => text.slice(groups[i]![1], s)));
  const only = seps.size === 1 ? [...seps][0] : undefined;
  return { groups, core, must, plain: only === '-' || only === ' ' ? only : undefined };
}

/**
 * Whether the run's digit groups have one length, the last one possibly shorter: a number cut every n digits.
 * Three groups at least, since any two numbers side by side pass (a street number and a postcode).
 */
function evenlyCut(run: GroupRun): boolean {
  const [from, to] = run.core;
  if (to - from < 3) return false;
  const length = (i: number) => run.groups[i]![1] - run.groups[i]![0];
  const n = length(from);
  for (let i = from + 1; i < to - 1; i++) if (length(i) !== n) return false;
  return length(to - 1) <= n;
}

/** Runs close enough to share their context, rewritten together. */
interface Cluster {
  runs: GroupRun[];
  from: number;
  to: number;
}

/** One rewriting of a cluster's runs with the words around them, and the way back to view offsets. */
interface Snippet {
  text: string;
  cueText: string;
  /** View offset of each snippet character. */
  at: number[];
  /** Per run rewritten, the snippet offsets of its groups. */
  groups: Array<Array<[number, number]>>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * Where the context before a run starts: `words` words back, at most `chars` characters (what a context window
 * of that many words can reach; see context.ts). The rules' windows then see what they see in the whole text.
 */
function contextFrom(text: string, runStart: number, words: number, chars: number): number {
  const from = Math.max(0, runStart - chars);
  const starts = [...text.slice(from, runStart).matchAll(WORD)].map((w) => w.index);
  return starts.length > words ? from + starts[starts.length - words]! : from;
}

function contextTo(text: string, runEnd: number, words: number, chars: number): number {
  const to = Math.min(text.length, runEnd + chars);
  let n = 0;
  for (const w of text.slice(runEnd, to).matchAll(WORD)) if (++n === words) return runEnd + w.index + w[0].length;
  return to;
}

function snippetOf(
  text: string,
  cueText: string,
  runs: readonly GroupRun[],
  joint: Joint | readonly string[],
  from: number,
  to: number,
): Snippet {
  const at: number[] = [];
  let out = '';
  let cue = '';
  const copy = (s: number, e: number) => {
    out += text.slice(s, e);
    cue += cueText.slice(s, e);
    for (let i = s; i < e; i++) at.push(i);
  };
  let copied = from;
  const placedRuns: Snippet['groups'] = [];
  for (const { groups } of runs) {
    copy(copied, groups[0]![0]);
    const placed: Array<[number, number]> = [];
    groups.forEach(([s, e], i) => {
      const j = typeof joint === 'string' ? joint : (joint[i - 1] ?? '');
      if (i > 0) {
        out += j;
        cue += j;
        for (let k = 0; k < j.length; k++) at.push(groups[i - 1]![1]);
      }
      const p = out.length;
      copy(s, e);
      placed.push([p, out.length]);
    });
    placedRuns.push(placed);
    copied = groups[groups.length - 1]![1];
  }
  copy(copied, to);
  return { text: out, cueText: cue, at, groups: placedRuns };
}

/**
 * The run of the snippet a finding takes whole: the groups it must take (core, glued letter ends) and at least
 * one joint. A value found inside one group is the ordinary pass's business, and one cut out of a longer run
 * of groups is a guess. -1 when there is none.
 */
function runSpanned(f: { start: number; end: number }, snip: Snippet, runs: readonly GroupRun[]): number {
  // The first run whose must-groups start at or after the finding's start: the only one it can take whole.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (snip.groups[mid]![runs[mid]!.must[0]]![0] < f.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo === runs.length) return -1;
  const run = runs[lo]!;
  const placed = snip.groups[lo]!;
  if (f.end < placed[run.must[1] - 1]![1]) return -1;
  let covered = 0;
  for (const [s, e] of placed) if (f.start <= s && f.end >= e) covered++;
  return covered >= 2 ? lo : -1;
}

/** Whether some range of `ranges` (sorted by start, with running maxima of their ends) contains [s, e). */
function within(starts: readonly number[], maxEnds: readonly number[], s: number, e: number): boolean {
  const before = countAtOrBelow(starts, s);
  return before > 0 && maxEnds[before - 1]! >= e;
}

/** Whether a rule takes part: a validator-backed rule for a label written in digit groups. */
export function regroupable(rule: CompiledRule): boolean {
  return rule.validator !== undefined && GROUPED_LABELS.has(rule.label);
}

/**
 * The joints a rule is tried with. libphonenumber reads any separator as a space, and the phone validator's
 * guards (a house number before a postcode, a date) are written for spaces: phone rules get no dashes.
 */
function jointsFor(rule: CompiledRule): Joint[] {
  const joints: Joint[] = rule.label === 'PHONE' ? [' '] : ['-', ' '];
  if (!SHAPE_ONLY_VALIDATORS.has(rule.spec.validator ?? '')) joints.push('');
  return joints;
}

/** Whether a finding in a compacted run has its rule's cue (required cues are checked by runRule already). */
function cued(rule: CompiledRule, f: ViewFinding, snip: Snippet): boolean {
  const ctx = rule.context;
  if (!ctx) return false;
  if (ctx.required) return true;
  const level = contextLevel(snip.cueText, f.start, f.end, ctx);
  return level === 'cue' || level === 'strong';
}

export interface RegroupedPass {
  /**
   * Findings (view offsets) in runs of groups the ordinary pass left uncovered; `covered` are the view ranges
   * the ordinary pass found, `minScore` the engine's reporting threshold.
   */
  detect(
    text: string,
    cueText: string,
    covered: ReadonlyArray<readonly [number, number]>,
    minScore: number,
    /** Offsets of the text's ASCII digits (TextFacts.digitPositions), when the caller has them. */
    digits?: readonly number[],
  ): ViewFinding[];
}

/** Characters a context window of n words may reach (context.ts scans 24 per word). */
const CHARS_PER_WORD = 24;

/** What a rule's patterns match in a text (the value group where there is one), validated or not. */
function matchesOf(rule: CompiledRule, text: string): string[] {
  const found: string[] = [];
  for (const re of rule.regexes) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) found.push(m.groups?.v ?? m[0]);
    re.lastIndex = 0;
  }
  return found;
}

/** A rule's printed form from one of its examples: the separators between groups of these lengths. */
interface Template {
  rule: CompiledRule;
  separators: string[];
}

/**
 * The printed forms of the rules' own examples that mix separators or use others than one dash or one space
 * (an NPWP's 01.234.567.4-123.000, a NIT's 17.384.920-6), by the lengths of their groups: a run with exactly
 * those lengths is also tried written that way, by that rule alone.
 */
function templatesOf(rules: readonly CompiledRule[]): Map<string, Template[]> {
  const byLengths = new Map<string, Template[]>();
  for (const rule of rules) {
    for (const example of rule.spec.examples.match) {
      const text = typeof example === 'string' ? example : example.text;
      const values = typeof example === 'string' ? matchesOf(rule, text) : [example.value];
      for (const value of values) {
        const parts = value.split(/([^A-Za-z0-9]+)/);
        const groups = parts.filter((_, i) => i % 2 === 0);
        const separators = parts.filter((_, i) => i % 2 === 1);
        if (groups.length < 3 || groups.some((g) => g === '') || separators.some((x) => !/^[ ./-]{1,3}$/.test(x)))
          continue;
        if (separators.every((x) => x === '-') || separators.every((x) => x === ' ')) continue;
        const key = groups.map((g) => g.length).join(',');
        const list = byLengths.get(key) ?? [];
        if (!list.some((t) => t.rule === rule && t.separators.join('|') === separators.join('|')))
          list.push({ rule, separators });
        byLengths.set(key, list);
      }
    }
  }
  return byLengths;
}

export function createRegroupedPass(allRules: readonly CompiledRule[]): RegroupedPass {
  const rules = allRules.filter(regroupable);
  const templates = templatesOf(rules);
  const selfChecked = rules.filter((r) => SELF_CHECKED_VALIDATORS.has(r.spec.validator ?? ''));
  const byJoint = new Map<Joint, CompiledRule[]>([
    ['-', []],
    [' ', []],
    ['', []],
  ]);
  for (const rule of rules) for (const j of jointsFor(rule)) byJoint.get(j)!.push(rule);
  // Each list's floors and gates compiled into one function, asked once per snippet (rule-set-gates.ts), as the
  // ordinary pass asks them: rule by rule through the gate interpreter they cost more than the rules' own work.
  const selfGates = gatedList(selfChecked);
  const jointGates = new Map([...byJoint].map(([joint, list]) => [joint, gatedList(list)] as const));
  // Context windows reach this many words, and at most 24 characters a word (context.ts).
  const words = Math.max(6, ...rules.map((r) => r.context?.window ?? 0)) + 1;
  const chars = CHARS_PER_WORD * words;
  return {
    detect(text, cueText, covered, minScore, digits = digitPositionsOf(text)) {
      // Values glued in fixed-width records (a copybook's fields, a BACS line, an id at one column of every line).
      const out: ViewFinding[] = fixedWidthFindings(text, digits);
      if (rules.length === 0) return out;
      const runs = findGroupRuns(text, digits);
      const blocks = selfChecked.length > 0 ? findBlockRuns(text, digits) : [];
      if (runs.length === 0 && blocks.length === 0) return out;
      const sorted = [...covered].sort((x, y) => x[0] - y[0]);
      const starts = sorted.map((r) => r[0]);
      const maxEnds: number[] = [];
      for (const [, e] of sorted) maxEnds.push(Math.max(e, maxEnds[maxEnds.length - 1] ?? 0));
      // Runs whose contexts meet share one snippet, so a text dense with runs is rewritten once per joint.
      const clusters: Cluster[] = [];
      for (const run of runs) {
        const runStart = run.groups[0]![0];
        const runEnd = run.groups[run.groups.length - 1]![1];
        if (within(starts, maxEnds, run.groups[run.core[0]]![0], run.groups[run.core[1] - 1]![1])) continue;
        const last = clusters[clusters.length - 1];
        if (last && runStart <= last.to) {
          last.runs.push(run);
          last.to = runEnd + chars;
        } else {
          clusters.push({ runs: [run], from: contextFrom(text, runStart, words, chars), to: runEnd + chars });
        }
      }
      for (const run of blocks) {
        const [start, end] = [run.groups[0]![0], run.groups[run.groups.length - 1]![1]];
        if (within(starts, maxEnds, start, end)) continue;
        const snip = snippetOf(text, cueText, [run], '', start, end);
        // One set of facts for the snippet, shared by its rules (as runRule builds it: cue words read in the text).
        const facts = new TextFacts(snip.text);
        const gated = selfGates.ask(facts);
        for (let r = 0; r < selfChecked.length; r++) {
          if (gated[r] === 0) continue;
          for (const f of runRule(selfChecked[r]!, snip.text, undefined, facts, gated[r])) {
            if (f.score >= minScore && runSpanned(f, snip, [run]) >= 0)
              out.push({ ...f, start: snip.at[f.start]!, end: snip.at[f.end - 1]! + 1 });
          }
        }
      }
      for (const cluster of clusters) {
        const lastRun = cluster.runs[cluster.runs.length - 1]!;
        const to = contextTo(text, lastRun.groups[lastRun.groups.length - 1]![1], words, chars);
        for (const [joint, jointRules] of byJoint) {
          const taken = cluster.runs.filter((r) => r.plain !== joint && (joint !== '' || evenlyCut(r)));
          if (taken.length === 0) continue;
          const snip = snippetOf(text, cueText, taken, joint, cluster.from, to);
          const facts = new TextFacts(snip.text, undefined, snip.cueText);
          const gated = jointGates.get(joint)!.ask(facts);
          for (let r = 0; r < jointRules.length; r++) {
            if (gated[r] === 0) continue;
            const rule = jointRules[r]!;
            for (const f of runRule(rule, snip.text, undefined, facts, gated[r])) {
              if (f.score < minScore || runSpanned(f, snip, taken) < 0) continue;
              if (joint === '' && !cued(rule, f, snip)) continue;
              out.push({ ...f, start: snip.at[f.start]!, end: snip.at[f.end - 1]! + 1 });
            }
          }
        }
        for (const run of cluster.runs) {
          const forms = templates.get(run.groups.map(([s, e]) => e - s).join(','));
          for (const { rule, separators } of forms ?? []) {
            const snip = snippetOf(text, cueText, [run], separators, cluster.from, to);
            // The separators are the example's, not the text's: a rule that checks only a shape has no evidence
            // left but its cue ("21 417 3095" is no Steuernummer unless one is named).
            const shapeOnly = SHAPE_ONLY_VALIDATORS.has(rule.spec.validator ?? '');
            for (const f of runRule(rule, snip.text)) {
              if (f.score >= minScore && runSpanned(f, snip, [run]) >= 0 && (!shapeOnly || cued(rule, f, snip)))
                out.push({ ...f, start: snip.at[f.start]!, end: snip.at[f.end - 1]! + 1 });
            }
          }
        }
      }
      // Snippets hold a few words around each run: a published test card or example IBAN is judged in the text,
      // and so are a telecom or utility customer account and a phone a notice or a desk's label shows to be nobody's.
      return out.filter(
        (f) =>
          !sampleFinding(f.label, text.slice(f.start, f.end), text, f.start, f.end) &&
          !(f.label === 'PHONE' && phoneOfNobody(text, f.start, f.end)) &&
          !(f.type === 'ACCOUNT_NUMBER' && serviceAccountInContext(text, f.start)),
      );
    },
  };
}

/** A list of rules with their gates compiled (rule-set-gates.ts) and the buffer their answers are written to. */
interface GatedList {
  /** Each rule's patterns the text's facts let through, by index in the list (runRule's `gated`); reused per call. */
  ask(facts: TextFacts): Int32Array;
}

function gatedList(rules: readonly CompiledRule[]): GatedList {
  const gates: RuleSetGates = compileRuleSetGates(rules);
  const out = new Int32Array(rules.length);
  return {
    ask(facts) {
      gates(facts, out);
      return out;
    },
  };
}
