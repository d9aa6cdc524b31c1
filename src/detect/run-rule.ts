import { contextLevel } from './context.js';
import type { CompiledContext, CompiledRule, DocumentWord, HeadedPattern } from './packs/load.js';
import {
  alnumRunAnchorOf,
  anchorOf,
  type CharSet,
  digitAnchorOf,
  digitRunAnchorOf,
  wordStartAnchorOf,
} from './regex-needs.js';
import { countBelow } from './sorted.js';
import { LISTED_RUN, TextFacts } from './text-facts.js';
import type { Finding } from './types.js';
import { documentedSampleInContext } from './validators/documented-samples.js';
import type { Validated } from './validators/index.js';

/** A finding in view coordinates, before mapping back to the original text. */
export interface ViewFinding extends Finding {
  specificity: number;
}

const MAX_SUB_RANGES = 24;
/** Sub-range verdicts remembered per rule run (validators are pure functions of the value). */
const SHRINK_MEMO = 4096;

/**
 * Sub-ranges of a candidate cut at separators, longest first (then leftmost), for values that ran into
 * neighbouring digits; at most MAX_SUB_RANGES, so a long run of digit groups costs a bounded number of
 * validations per match. Found best-first over the grid of (start, end) cut points, which is ordered along
 * both axes, so the work is O(MAX_SUB_RANGES) heap steps however many groups the match has.
 */
export function subRanges(value: string): Array<[number, number]> {
  // Cut points at each run of separators (what /[\s.\-/]+/g finds), read by character code.
  const starts = [0];
  const ends: number[] = [];
  for (let k = 0; k < value.length; k++) {
    if (!isSeparator(value.charCodeAt(k))) continue;
    let after = k + 1;
    while (after < value.length && isSeparator(value.charCodeAt(after))) after++;
    ends.push(k);
    starts.push(after);
    k = after - 1;
  }
  ends.push(value.length);
  const width = ends.length;
  const out: Array<[number, number]> = [];
  // Frontier of grid cells (start index, end index), in two parallel lists; moving either index inwards only
  // shortens the range. Cells already queued, as start index * width + end index (a few dozen at most).
  const fromI = [0];
  const fromJ = [width - 1];
  const seen = [width - 1];
  while (fromI.length > 0 && out.length < MAX_SUB_RANGES) {
    // The longest cell, the leftmost of equally long ones (no two cells share both start and length).
    let best = 0;
    let bestLength = ends[fromJ[0]!]! - starts[fromI[0]!]!;
    for (let k = 1; k < fromI.length; k++) {
      const length = ends[fromJ[k]!]! - starts[fromI[k]!]!;
      if (length > bestLength || (length === bestLength && starts[fromI[k]!]! < starts[fromI[best]!]!)) {
        best = k;
        bestLength = length;
      }
    }
    const i = fromI[best]!;
    const j = fromJ[best]!;
    fromI[best] = fromI[fromI.length - 1]!;
    fromJ[best] = fromJ[fromJ.length - 1]!;
    fromI.pop();
    fromJ.pop();
    const s = starts[i]!;
    const e = ends[j]!;
    if (e <= s) break; // everything left is as short or shorter: empty
    if (!(s === 0 && e === value.length)) out.push([s, e]);
    if (i + 1 < width && !seen.includes((i + 1) * width + j)) {
      seen.push((i + 1) * width + j);
      fromI.push(i + 1);
      fromJ.push(j);
    }
    if (j > 0 && !seen.includes(i * width + j - 1)) {
      seen.push(i * width + j - 1);
      fromI.push(i);
      fromJ.push(j - 1);
    }
  }
  return out;
}

/** A character of /[\s.\-/]/: ASCII and Unicode white space, the BOM, a dot, a hyphen or a slash. */
function isSeparator(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2e || c === 0x2d || c === 0x2f;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The value's offsets: the first named group v, v1, v2, ... that took part in the match (one regex can
 * alternate several quoting styles, each with its own group), else the whole match.
 */
function valueRange(m: RegExpExecArray | RegExpMatchArray, names: readonly string[]): [number, number] | undefined {
  const groups = m.indices?.groups;
  if (groups) {
    for (const name of names) {
      const range = groups[name];
      if (range) return range;
    }
  }
  return m.indices?.[0];
}

/** Names of a regex's value groups (v, v1, v2...) in pattern order, read off its first match and kept. */
const valueGroups = new WeakMap<RegExp, readonly string[]>();

function valueGroupsOf(re: RegExp, m: RegExpExecArray): readonly string[] {
  let names = valueGroups.get(re);
  if (names === undefined) {
    names = Object.keys(m.indices?.groups ?? {}).filter((name) => /^v\d*$/.test(name));
    valueGroups.set(re, names);
  }
  return names;
}

function validate(rule: CompiledRule, value: string): Validated | null {
  if (!rule.validator) return {};
  // A validator that throws fails the inspection (the gateway forwards nothing) rather than silently leaving
  // a possibly valid card or id unconfirmed.
  return rule.validator(value);
}

/** The result of a rule that cannot match; frozen, since every such call shares it. */
const NOTHING: ViewFinding[] = Object.freeze([]) as unknown as ViewFinding[];

/** A pattern's bit in the mask patternsToRun returns; patterns past the 30th share the last bit. */
const patternBit = (i: number) => 1 << Math.min(i, 30);

/**
 * Which of the rule's patterns may match in the text, as a bit mask (bit i: pattern i); 0 when the rule
 * provably finds nothing: no pattern's needs hold, the prefilter fails, or a rule that requires a cue word
 * has none of them in the text.
 */
export function patternsToRun(rule: CompiledRule, facts: TextFacts): number {
  // Most rules need digits or a long word-like run: a text short of every pattern's floor skips them at once.
  if (facts.digits < rule.minDigits || facts.alnumRun < rule.minAlnumRun) return 0;
  let mask = 0;
  const { gates } = rule;
  for (let i = 0; i < gates.length; i++) if (gates[i]!(facts)) mask |= patternBit(i);
  if (mask === 0) return 0;
  if (rule.prefilterGate && !rule.prefilterGate(facts)) return 0;
  return confirmedPatterns(rule, facts, mask);
}

/**
 * The rest of patternsToRun, for the patterns `gated` that the rule's floors, gates and prefilter gate let through
 * (as rule-set-gates.ts finds them for every rule at once): the cue and prefilter tests.
 */
export function confirmedPatterns(rule: CompiledRule, facts: TextFacts, gated: number): number {
  // After the gates: the cue scan is shared, but a text that no rule's gate lets through never pays for it. Before
  // the prefilter: a regex over the whole text costs more than the cue test once the text's cues are scanned.
  const ctx = rule.context;
  if (ctx?.required && !anyCue(ctx, facts) && !documentCued(ctx, facts)) return 0;
  if (rule.prefilter && !(rule.prefilterExact && !facts.foldsOntoAscii)) {
    const plain = rule.prefilterPlain !== undefined && !facts.astral && !facts.oddFold;
    // Where the prefilter's opening literals start, when the literal scan can tell; else the search of the text.
    const atHeads = matchesAtHeads(plain ? rule.prefilterPlainHeads : rule.prefilterHeads, facts);
    if (atHeads === false) return 0;
    if (atHeads === undefined && !(plain ? rule.prefilterPlain! : rule.prefilter).test(facts.text)) return 0;
  }
  return gated;
}

/** Tries at each head start (see TextFacts.headStarts) this many times at most, and some more in a long text. */
const headTries = (text: string) => 16 + (text.length >> 6);

/**
 * Whether the headed pattern matches anywhere in the text, tried where its literals start; undefined when the
 * literal scan cannot tell (see TextFacts.headStarts) or the pattern has no heads.
 */
function matchesAtHeads(headed: HeadedPattern | undefined, facts: TextFacts): boolean | undefined {
  if (headed === undefined) return undefined;
  const starts = facts.headStarts(headed, 0, headTries(facts.text));
  if (starts === undefined) return undefined;
  const { sticky } = headed;
  for (let i = 0; i < starts.length; i++) {
    sticky.lastIndex = starts[i]!;
    if (sticky.test(facts.text)) return true;
  }
  return false;
}

/**
 * Whether one of the rule's cue words (ordinary or strong) occurs anywhere in the text, once per text: without one
 * no context window, and no column header, holds a cue phrase.
 */
function anyCue(ctx: CompiledContext, facts: TextFacts): boolean {
  let v = facts.known(ctx);
  if (v === undefined) {
    v = facts.hasAnyCue(ctx.cueIds) || otherCue(ctx, facts);
    facts.remember(ctx, v);
  }
  return v;
}

/**
 * Whether one of the rule's cue words with letters outside ASCII occurs: a word with a character the text lacks is
 * ruled out by its signature, then its ASCII pieces are tested, then the word is searched.
 */
function otherCue(ctx: CompiledContext, facts: TextFacts): boolean {
  const { cueOthers, cueOtherPieces, cueOtherBits } = ctx;
  if (cueOthers.length === 0) return false;
  const present = facts.otherCharSignature();
  for (let i = 0; i < cueOthers.length; i++) {
    if ((cueOtherBits[i]! & ~present) !== 0) continue;
    const pieces = cueOtherPieces[i]!;
    let whole = true;
    for (let k = 0; k < pieces.length && whole; k++) whole = facts.hasCue(pieces[k]!);
    if (whole && facts.hasCueWord(cueOthers[i]!)) return true;
  }
  return false;
}

/** Whether the text holds at least `min` different document cue words of the rule (false without any). */
export function documentCued(ctx: CompiledContext, facts: TextFacts): boolean {
  const doc = ctx.document;
  if (!doc) return false;
  // Rules sharing one list share the compiled object (see compileContext), so the answer is one per text.
  let v = facts.known(doc);
  if (v === undefined) {
    v = documentCuedNow(doc, facts);
    facts.remember(doc, v);
  }
  return v;
}

/** documentCued's answer for one text, worked out (see there). */
function documentCuedNow(doc: NonNullable<CompiledContext['document']>, facts: TextFacts): boolean {
  let found = 0;
  const rest: DocumentWord[] = [];
  for (const w of doc.words) {
    if (w.ids.some((id) => facts.hasCue(id))) found++;
    else if (w.others.length > 0) rest.push(w);
    if (found >= doc.min) return true;
  }
  // Words with letters outside ASCII are searched one by one: only when the shared scan did not decide.
  for (const w of rest) {
    if (w.others.some((x) => facts.hasCueWord(x))) found++;
    if (found >= doc.min) return true;
  }
  return false;
}

/** Whether the rule may find anything in the text (see patternsToRun). */
export function mayMatch(rule: CompiledRule, facts: TextFacts): boolean {
  return patternsToRun(rule, facts) !== 0;
}

/** A test for membership in a character set by character code (see CharSet). */
function memberTest(set: CharSet): (c: number) => boolean {
  const [a0, a1, a2, a3] = set.ascii;
  const words = [a0, a1, a2, a3];
  const { other, fold } = set;
  // ſ and K match s and k under the iu flags: members whenever the set folds.
  return (c) =>
    c < 0x80 ? (words[c >> 5]! & (1 << (c & 31))) !== 0 : other || (fold && (c === 0x17f || c === 0x212a));
}

/**
 * A pattern scanned at its anchor (see anchorOf): a copy of it that only matches where it is put (sticky), and
 * a test for the characters a match may hold before the anchor.
 */
interface AnchoredScan {
  kind: 'char';
  char: string;
  unicode: boolean;
  sticky: RegExp;
  before: (c: number) => boolean;
  /** How far before the anchor a match may start (Anchor.reach). */
  reach: number;
}

/** A pattern scanned at its digit anchor (see digitAnchorOf); steps are kept nearest the anchor first. */
interface DigitScan {
  kind: 'digits';
  unicode: boolean;
  sticky: RegExp;
  digits: number;
  minRun: number;
  runStart: boolean;
  steps: Array<{ test: (c: number) => boolean; min: number; max: number }>;
  /** ASCII characters the pattern's opening look-behind forbids before a match (bit per code), else all zero. */
  notAfter: [number, number, number, number];
}

/** A pattern tried only at the starts of the long letter-and-digit runs it needs (see alnumRunAnchorOf). */
interface RunScan {
  kind: 'run';
  sticky: RegExp;
  minRun: number;
}

/** A pattern tried only at the word starts whose first two characters it allows (see wordStartAnchorOf). */
interface WordScan {
  kind: 'word';
  sticky: RegExp;
  pairs: Int32Array;
  wild: [number, number, number, number];
  other: boolean;
}

/**
 * A pattern tried only at the starts of the digit runs it may open (see digitRunAnchorOf): runs long enough, opening
 * with one of its first digits, after no character its look-behind forbids and, when the digits end the run, before
 * a character that may follow them.
 */
interface DigitRunScan {
  kind: 'digitRun';
  sticky: RegExp;
  first: number;
  min: number;
  /** Most digits in the run when `next` is known; Infinity otherwise. */
  max: number;
  /** ASCII characters that may follow the run (bit per code), when known; `nextOther`: one outside ASCII may. */
  next: [number, number, number, number] | undefined;
  nextOther: boolean;
  notAfter: [number, number, number, number];
  /**
   * Any run of one digit or more may open it (no character known after the digits, fewer than MIN_RUN_ANCHOR of
   * them): tried at the runs only in a text with few of them (see sparseRuns).
   */
  sparseOnly: boolean;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

type Scan = AnchoredScan | DigitScan | RunScan | WordScan | DigitRunScan;

const anchoredScans = new WeakMap<RegExp, Scan | null>();

function anchoredScanOf(re: RegExp): Scan | null {
  let scan = anchoredScans.get(re);
  if (scan === undefined) {
    scan = null;
    if (re.global && !re.sticky) {
      const sticky = () => new RegExp(re.source, `${re.flags.replace('g', '')}y`);
      const anchor = anchorOf(re.source, re.flags);
      const run = anchor ? undefined : alnumRunAnchorOf(re.source, re.flags);
      const digits = anchor || (run ?? 0) >= LISTED_RUN ? undefined : digitAnchorOf(re.source, re.flags);
      const word = anchor || (run ?? 0) >= LISTED_RUN || digits ? undefined : wordStartAnchorOf(re.source, re.flags);
      if (run !== undefined && run >= LISTED_RUN && !anchor) {
        scan = { kind: 'run', sticky: sticky(), minRun: run };
      } else if (anchor) {
        scan = {
          kind: 'char',
          char: String.fromCharCode(anchor.char),
          unicode: re.unicode,
          sticky: sticky(),
          before: memberTest(anchor.before),
          reach: anchor.reach,
        };
      } else if (word) {
        scan = { kind: 'word', sticky: sticky(), pairs: word.pairs, wild: word.wild, other: word.other };
      } else if (digits) {
        scan = {
          kind: 'digits',
          unicode: re.unicode,
          sticky: sticky(),
          digits: digits.digits,
          minRun: digits.minRun,
          runStart: digits.runStart,
          steps: digits.steps.map((st) => ({ test: memberTest(st.set), min: st.min, max: st.max })).reverse(),
          notAfter: digits.notAfter ? [...digits.notAfter.ascii] : [0, 0, 0, 0],
        };
      } else {
        const runs = digitRunAnchorOf(re.source, re.flags);
        // A pattern any digit may open ("\d(?:[ -]?\d){12,18}") would be tried at every run of a text dense with
        // them, one call into the regex engine each, slower than its own scan: such texts scan plainly (sparseOnly).
        if (runs) {
          scan = {
            kind: 'digitRun',
            sticky: sticky(),
            first: runs.first,
            min: runs.min,
            max: runs.next ? runs.max : Number.POSITIVE_INFINITY,
            next: runs.next ? [...runs.next.ascii] : undefined,
            nextOther: runs.next ? runs.next.other : true,
            notAfter: [...runs.notAfter.ascii],
            sparseOnly: runs.next === undefined && runs.min < MIN_RUN_ANCHOR,
          };
        }
      }
    }
    anchoredScans.set(re, scan);
  }
  return scan;
}

/** Whether a match tried at k would start between the two halves of a surrogate pair (a u pattern never does). */
const splitsPair = (text: string, k: number) =>
  k > 0 && isLowSurrogate(text.charCodeAt(k)) && isHighSurrogate(text.charCodeAt(k - 1));

/**
 * The first match of a global pattern starting at or after `from`, as `re.exec` from lastIndex `from` finds it,
 * tried only at the start positions an anchored pattern allows: a run of its `before` characters ending at an
 * occurrence of its anchor. Rare anchors ("@") leave a few dozen tries in a long text where the plain scan
 * stepped through every position; a text where the tries pile up finishes with the plain scan. `facts`: the
 * text's own (undefined for another text, whose offsets they do not know: the plain scan then).
 */
function nextMatch(
  re: RegExp,
  scan: Scan | null,
  text: string,
  from: number,
  facts: TextFacts | undefined,
  headed?: HeadedPattern,
): RegExpExecArray | null {
  // Every match opens with one of a few literals: tried where they start, leftmost first.
  const starts =
    headed !== undefined && facts !== undefined ? facts.headStarts(headed, from, headTries(text)) : undefined;
  if (starts !== undefined) {
    const { sticky } = headed!;
    for (let i = 0; i < starts.length; i++) {
      sticky.lastIndex = starts[i]!;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    re.lastIndex = 0;
    return null;
  }
  if (scan !== null && scan.kind === 'char') {
    let budget = 256 + (text.length >> 4);
    for (let p = text.indexOf(scan.char, from); p >= 0; p = text.indexOf(scan.char, p + 1)) {
      // Back over the characters the items ahead may take, no further than they reach ("[A-Za-z]{1,2}-": two).
      let s = p;
      const floor = Math.max(from, p - scan.reach);
      while (s > floor && scan.before(text.charCodeAt(s - 1))) s--;
      budget -= p - s + 1;
      if (budget < 0) {
        from = s;
        break;
      }
      for (let k = s; k <= p; k++) {
        // The plain scan of a u pattern never starts between the two halves of a surrogate pair.
        if (scan.unicode && splitsPair(text, k)) continue;
        scan.sticky.lastIndex = k;
        const m = scan.sticky.exec(text);
        if (m !== null) return m;
      }
      from = p + 1;
    }
    if (budget >= 0) {
      re.lastIndex = 0; // as a plain scan that ran to the end leaves it
      return null;
    }
  } else if (scan !== null && scan.kind === 'run' && facts !== undefined) {
    // Every match opens a listed run: try the pattern at each long-enough run's start, nowhere else.
    const runs = facts.longRuns;
    for (let i = 0; i < runs.length; i += 2) {
      if (runs[i]! < from || runs[i + 1]! < scan.minRun) continue;
      scan.sticky.lastIndex = runs[i]!;
      const m = scan.sticky.exec(text);
      if (m !== null) return m;
    }
    re.lastIndex = 0;
    return null;
  } else if (scan !== null && scan.kind === 'word' && facts !== undefined) {
    return nextAtWordStart(re, scan, text, from, facts);
  } else if (scan !== null && scan.kind === 'digitRun' && facts !== undefined) {
    return nextAtDigitRun(re, scan, text, from, facts);
  } else if (scan !== null && scan.kind === 'digits' && facts !== undefined) {
    const m = nextDigitAnchored(scan, text, from, facts);
    if (m !== undefined) {
      if (m === null) re.lastIndex = 0;
      return m;
    }
  }
  re.lastIndex = from;
  return re.exec(text);
}

/** nextMatch for a word-start anchor: the pattern tried at each word start from `from` whose opening it allows. */
function nextAtWordStart(
  re: RegExp,
  scan: WordScan,
  text: string,
  from: number,
  facts: TextFacts,
): RegExpExecArray | null {
  const at = facts.wordStarts;
  const lo = countBelow(at, from);
  const { pairs, wild, sticky } = scan;
  for (let i = lo; i < at.length; i++) {
    const p = at[i]!;
    const a = text.charCodeAt(p);
    if (a >= 0x80) {
      if (!scan.other) continue;
    } else if ((wild[a >> 5]! & (1 << (a & 31))) === 0) {
      const b = p + 1 < text.length ? text.charCodeAt(p + 1) : 0x80;
      if (b >= 0x80 || (pairs[(a << 2) | (b >> 5)]! & (1 << (b & 31))) === 0) continue;
    }
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  re.lastIndex = 0;
  return null;
}

/** Digits past which a digit-run anchor rules out most runs, when nothing is known of the character after them. */
const MIN_RUN_ANCHOR = 4;

/**
 * Whether a text has few enough digit runs that a pattern any of them may open is cheaper tried at each (one call
 * into the regex engine per run) than scanned for (a few nanoseconds per character): about one run in 32
 * characters or fewer. The 4 KB windows of the eval data hold about 60; a table of numbers holds hundreds.
 */
const sparseRuns = (count: number, length: number) => count <= 16 + (length >> 5);

/** nextMatch for a digit-run anchor: the pattern tried at each run from `from` that it may open. */
function nextAtDigitRun(
  re: RegExp,
  scan: DigitRunScan,
  text: string,
  from: number,
  facts: TextFacts,
): RegExpExecArray | null {
  const runs = facts.digitRuns;
  if (scan.sparseOnly && !sparseRuns(runs.length >> 1, text.length)) {
    re.lastIndex = from;
    return re.exec(text);
  }
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid << 1]! < from) lo = mid + 1;
    else hi = mid;
  }
  const { first, min, max, next, notAfter, sticky } = scan;
  // A text dense with candidate runs ("1 1 1 ..."): past this many tries, one call into the regex engine per run
  // costs more than its own scan, which finishes from the first run not yet tried.
  let budget = 256 + (text.length >> 4);
  for (let i = lo << 1; i < runs.length; i += 2) {
    const length = runs[i + 1]!;
    if (length < min || length > max) continue;
    const p = runs[i]!;
    if ((first & (1 << (text.charCodeAt(p) - 0x30))) === 0) continue;
    if (p > 0) {
      const c = text.charCodeAt(p - 1);
      if (c < 0x80 && (notAfter[c >> 5]! & (1 << (c & 31))) !== 0) continue;
    }
    if (next !== undefined) {
      if (p + length >= text.length) continue;
      const c = text.charCodeAt(p + length);
      if (c < 0x80 ? (next[c >> 5]! & (1 << (c & 31))) === 0 : !scan.nextOther) continue;
    }
    if (--budget < 0) {
      re.lastIndex = p;
      return re.exec(text);
    }
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  re.lastIndex = 0;
  return null;
}

/** Start positions tried per anchor at most: past this the plain scan is cheaper. */
const MAX_STARTS = 64;
/** Room in the scratch buffers: one anchor's walk that fills them has passed MAX_STARTS, so the scan gives up. */
const STARTS_ROOM = 2 * MAX_STARTS;
/**
 * Start positions a digit-anchored pattern is tried at, and those of the next step; reused, since one scan runs at
 * a time. Typed buffers with counts: a plain list emptied by `length = 0` drops its storage and regrows per digit.
 */
const starts = new Int32Array(STARTS_ROOM);
const nextStarts = new Int32Array(STARTS_ROOM);

/** Whether list[0, count) holds p. */
function hasStart(list: Int32Array, count: number, p: number): boolean {
  for (let i = 0; i < count; i++) if (list[i] === p) return true;
  return false;
}

/** list[0, count) in ascending order (a few distinct offsets: insertion sort, no allocation). */
function sortStarts(list: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > v) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = v;
  }
}

/**
 * nextMatch for a digit anchor: at each digit run (each digit, unless the anchor opens runs) with the digits the
 * anchor needs, the items ahead of it are walked back one by one to the positions where a match may start, and
 * the pattern is tried there, leftmost first. Undefined when the tries pile up: the caller scans plainly.
 */
function nextDigitAnchored(
  scan: DigitScan,
  text: string,
  from: number,
  facts: TextFacts,
): RegExpExecArray | null | undefined {
  let budget = 256 + (text.length >> 4);
  // Anchors that open their digit run are looked for among the runs, the others at every digit.
  const at = scan.runStart ? facts.digitRuns : facts.digitPositions;
  const stride = scan.runStart ? 2 : 1;
  let lo = 0;
  let hi = at.length / stride;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid * stride]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo * stride; i < at.length; i += stride) {
    const p = at[i]!;
    if (scan.runStart && at[i + 1]! < scan.minRun) continue;
    let run = 0;
    while (run < scan.minRun && p + run < text.length) {
      const c = text.charCodeAt(p + run) - 0x30;
      if (c < 0 || c > 9 || (scan.digits & (1 << c)) === 0) break;
      run++;
    }
    if (run < scan.minRun) continue;
    starts[0] = p;
    let count = 1;
    for (const step of scan.steps) {
      let nextCount = 0;
      for (let a = 0; a < count; a++) {
        const q = starts[a]!;
        for (let j = 0; ; j++) {
          if (j >= step.min && !hasStart(nextStarts, nextCount, q - j)) {
            if (nextCount >= STARTS_ROOM) return undefined;
            nextStarts[nextCount++] = q - j;
          }
          if (j >= step.max || q - j - 1 < from || !step.test(text.charCodeAt(q - j - 1))) break;
        }
        if (nextCount > MAX_STARTS) return undefined;
      }
      for (let a = 0; a < nextCount; a++) starts[a] = nextStarts[a]!;
      count = nextCount;
      if (count === 0) break;
    }
    if (count === 0) continue;
    budget -= count;
    if (budget < 0) return undefined;
    if (count > 1) sortStarts(starts, count);
    const notAfter = scan.notAfter;
    for (let a = 0; a < count; a++) {
      const k = starts[a]!;
      // The opening look-behind read here, in place of a call into the regex engine that would fail on it.
      const c = k > 0 ? text.charCodeAt(k - 1) : 0x80;
      if (c < 0x80 && (notAfter[c >> 5]! & (1 << (c & 31))) !== 0) continue;
      if (scan.unicode && splitsPair(text, k)) continue;
      scan.sticky.lastIndex = k;
      const m = scan.sticky.exec(text);
      if (m !== null) return m;
    }
  }
  return null;
}

/**
 * The rule's pattern i for this text: its lean twin (packs/load.ts, leanOf) when the text holds none of the words
 * of the far look-behinds the twin leaves out, so they cannot fail anywhere. Each test runs once per text, and its
 * regex only where the words' literals occur (the gate, from the shared literal scan).
 */
function patternFor(rule: CompiledRule, i: number, text: string, facts: TextFacts): RegExp {
  const lean = rule.leans?.[i];
  if (lean === undefined || facts.text !== text) return rule.regexes[i]!;
  let found = facts.known(lean);
  if (found === undefined) {
    found = lean.anyFound(facts, text);
    facts.remember(lean, found);
  }
  return found ? rule.regexes[i]! : lean.lean;
}

/**
 * Runs one rule over the normalised text and returns its confirmed findings (view offsets). `facts`, shared
 * by all rules of one detect call, lets rules skip texts that cannot hold a match; built here when absent.
 */
export function runRule(
  rule: CompiledRule,
  text: string,
  lowerText?: string,
  facts: TextFacts = new TextFacts(text, lowerText),
  gated?: number,
): ViewFinding[] {
  // `gated`: the patterns the rule's gates let through, when the caller asked every rule's gates at once.
  const mask =
    gated === undefined ? patternsToRun(rule, facts) : gated === 0 ? 0 : confirmedPatterns(rule, facts, gated);
  // Most rules find nothing in most texts: no array for them.
  if (mask === 0) return NOTHING;
  // The facts' offsets (digit runs, word starts, literal starts) hold for their own text only: the facts are
  // handed to nextMatch when they are this text's, asked once here (a string compare at every match is quadratic).
  const own = facts.text === text ? facts : undefined;
  const out: ViewFinding[] = [];
  let shrunk: Map<string, Validated | null> | undefined;
  for (let i = 0; i < rule.regexes.length; i++) {
    if ((mask & patternBit(i)) === 0) continue;
    const re = patternFor(rule, i, text, facts);
    const scan = anchoredScanOf(re);
    // exec on the rule's own global regex: matchAll would clone the regex and build an iterator on every call,
    // a fixed cost that most texts pay for nothing (one or no match).
    let names: readonly string[] | undefined;
    let from = 0;
    const headed = rule.headed?.get(re);
    for (
      let m = nextMatch(re, scan, text, 0, own, headed);
      m !== null;
      m = nextMatch(re, scan, text, from, own, headed)
    ) {
      from = m.index + m[0].length;
      if (m[0].length === 0) from += re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
      names ??= valueGroupsOf(re, m);
      const range = valueRange(m, names);
      let start = range ? range[0] : m.index;
      let end = range ? range[1] : m.index + m[0].length;
      if (end <= start) continue;
      let value = text.slice(start, end);
      let verdict = validate(rule, value);
      if (!verdict && rule.shrink) {
        for (const [s, e] of subRanges(value)) {
          const candidate = value.slice(s, e);
          // Repeated groups ("1 1 1 ...") offer the same sub-ranges match after match: validate each once.
          shrunk ??= new Map();
          let known = shrunk.get(candidate);
          if (known === undefined) {
            known = validate(rule, candidate);
            if (shrunk.size >= SHRINK_MEMO) shrunk.clear();
            shrunk.set(candidate, known);
          }
          verdict = known;
          if (verdict) {
            start += s;
            end = start + (e - s);
            value = candidate;
            break;
          }
        }
      }
      if (!verdict) continue;
      // A published test value (card, example IBAN, fictional phone) presented as test or example data is nobody's.
      if (verdict.sample && documentedSampleInContext(text, start, end, verdict.sample)) continue;
      let score = verdict.score ?? rule.score;
      let type = verdict.type ?? rule.type;
      if (rule.context) {
        // A text without any of the rule's cue words needs no window built: only a veto reads the words there.
        let level =
          rule.context.veto || anyCue(rule.context, facts)
            ? contextLevel(facts.cueText, start, end, rule.context, facts)
            : 'none';
        if (level === 'veto') continue;
        if (level === 'none' && documentCued(rule.context, facts)) level = 'cue';
        if (level === 'none' && rule.context.required) continue;
        if (level === 'cue') score = Math.min(1, score + rule.context.boost);
        if (level === 'strong' && rule.context.strong) {
          score = Math.max(score, rule.context.strong.score);
          type = rule.context.strong.type;
        }
      }
      const finding: ViewFinding = {
        start,
        end,
        label: rule.label,
        type,
        score: Math.round(score * 100) / 100,
        detector: rule.id,
        specificity: rule.specificity,
      };
      if (verdict.normalized !== undefined && verdict.normalized !== value) finding.normalized = verdict.normalized;
      out.push(finding);
    }
  }
  return out;
}
