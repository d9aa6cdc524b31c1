import { type ContextSource, WordIndex } from './context.js';
import { compileProgram, type GateProgram, passes } from './gate-program.js';
import { ANY, type CharSet, charsImply, NEED_COST, type Need, registeredLiterals } from './regex-needs.js';
import { countBelow } from './sorted.js';

/** ASCII lower-case letters and digits, the characters a cue word's boundary may not touch. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

const isLowerAscii = (c: number) => c >= 0x61 && c <= 0x7a;
const lowerAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/** ASCII lower-casing and "is a letter or digit", by character code. */
const LOWER = Uint8Array.from({ length: 128 }, (_, c) => lowerAscii(c));
const ALNUM = Uint8Array.from({ length: 128 }, (_, c) => (isAsciiAlnum(lowerAscii(c)) ? 1 : 0));
/** The characters of \\w without the u flag: ASCII letters, digits and the underscore. */
const WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (ALNUM[c] === 1 || c === 0x5f ? 1 : 0));

/**
 * Every registered literal (regex-needs.ts) in one automaton (Aho-Corasick, as a table of transitions): one pass
 * over a text answers all of them, where a search per literal cost a gate test for each of the ~180 literals an
 * average text is asked about. Characters outside ASCII end every match (literals are ASCII).
 */
interface LiteralAutomaton {
  /** Column of each ASCII character in `delta`; 0 for characters no literal holds. */
  columns: Uint8Array;
  /** The same for the character lower-cased (ASCII letters), for a scan of the text as if lower-cased. */
  lowerColumns: Uint8Array;
  /**
   * Transitions by row + column, where a state's row is its number times the row width: each entry is the next
   * state's number, bit-inverted (negative) when reaching that state completes a literal. Numbers, not rows, so
   * they fit 16 bits: the table is read at a random row per character, and half its size misses the cache less.
   */
  delta: Int16Array;
  width: number;
  /** Literal ids completed on reaching a state: outIds[outStart[s]] to outIds[outStart[s + 1]]. */
  outStart: Int32Array;
  outIds: Int32Array;
}

function buildAutomaton(words: ReadonlyArray<readonly [number, string]>): LiteralAutomaton {
  const columns = new Uint8Array(128);
  let width = 1;
  for (const [, w] of words) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (columns[c] === 0) columns[c] = width++;
    }
  }
  // The trie, then the failure links breadth-first, filling in the missing transitions.
  const trie: number[] = new Array(width).fill(-1);
  const own: number[][] = [[]];
  for (const [id, w] of words) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const at = s * width + columns[w.charCodeAt(i)]!;
      if (trie[at] === -1) {
        trie[at] = own.length;
        own.push([]);
        for (let k = 0; k < width; k++) trie.push(-1);
      }
      s = trie[at]!;
    }
    own[s]!.push(id);
  }
  const states = own.length;
  const next = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const out: number[][] = own.map((ids) => [...ids]);
  const queue: number[] = [];
  for (let a = 0; a < width; a++) {
    const t = trie[a]!;
    next[a] = t === -1 ? 0 : t;
    if (t > 0) queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    out[s]!.push(...out[fail[s]!]!);
    for (let a = 0; a < width; a++) {
      const t = trie[s * width + a]!;
      const viaFail = next[fail[s]! * width + a]!;
      if (t === -1) next[s * width + a] = viaFail;
      else {
        fail[t] = viaFail;
        next[s * width + a] = t;
        queue.push(t);
      }
    }
  }
  if (states > 0x7fff) throw new Error('literal automaton too large for 16-bit states');
  // States renumbered breadth-first (the root, then the queue's order): the shallow states a scan sits in most of
  // the time get neighbouring rows, a few cache lines, where insertion order spread them over the whole table.
  const order = [0, ...queue];
  const rank = new Int32Array(states);
  for (let r = 0; r < states; r++) rank[order[r]!] = r;
  const delta = new Int16Array(states * width);
  const outStart = new Int32Array(states + 1);
  for (let r = 0; r < states; r++) {
    const s = order[r]!;
    for (let a = 0; a < width; a++) {
      const t = next[s * width + a]!;
      delta[r * width + a] = out[t]!.length > 0 ? ~rank[t]! : rank[t]!;
    }
    outStart[r + 1] = outStart[r]! + out[s]!.length;
  }
  const outIds = Int32Array.from(order.flatMap((s) => out[s]!));
  const lowerColumns = Uint8Array.from(columns, (_, c) => columns[LOWER[c]!]!);
  return { columns, lowerColumns, delta, width, outStart, outIds };
}

/**
 * Marks the literals completed on reaching state `s` (see LiteralAutomaton.delta) at offset `at`, and notes where
 * those that open some pattern (headStarts) start.
 */
function mark(a: LiteralAutomaton, s: number, found: Uint8Array, at: number): void {
  for (let k = a.outStart[s]!, end = a.outStart[s + 1]!; k < end; k++) {
    const id = a.outIds[k]!;
    found[id] = 1;
    if (id < heads.length && heads[id] !== 0) noteStart(id, at + 1 - heads[id]!);
  }
}

/**
 * The literals some pattern opens with (see literalHeadsOf), whose starts the scan notes: heads[id] is the length of
 * literal `id` when it is one, else 0.
 */
let heads = new Uint8Array(0);
/** Bumped whenever more literals are noted, so a text scanned before is scanned again for their starts. */
let headsVersion = 0;

/**
 * The literals one of which every match of a pattern opens with, at its start (literalHeadsOf), for a search tried
 * only where they start (TextFacts.headStarts).
 */
export interface LiteralHeads {
  /** 1 for each literal of three characters or more, by literal id (the literal scan notes where they start). */
  long: Uint8Array;
  /** The two-character ones, whose starts the scan does not note. */
  short: Int32Array;
}

/** LiteralHeads of the literals `ids` (registered), their starts noted from now on by the literal scan. */
export function literalHeads(ids: readonly number[]): LiteralHeads {
  const list = registeredLiterals();
  const longIds = ids.filter((id) => list[id]!.text.length > 2);
  const long = new Uint8Array(Math.max(0, ...longIds) + 1);
  for (const id of longIds) long[id] = 1;
  noteLiteralStarts(longIds);
  return { long, short: Int32Array.from(ids.filter((id) => list[id]!.text.length <= 2)) };
}

/** Scratch for TextFacts.headStarts. */
const CANDIDATES = new Int32Array(4096);

/** Asks the literal scan to note where these literals (three characters or more) start (TextFacts.literalStarts). */
function noteLiteralStarts(ids: readonly number[]): void {
  if (ids.every((id) => id < heads.length && heads[id] !== 0)) return;
  headsVersion++;
  const list = registeredLiterals();
  const top = Math.max(heads.length, ...ids.map((id) => id + 1));
  if (top > heads.length) {
    const grown = new Uint8Array(top);
    grown.set(heads);
    heads = grown;
  }
  for (const id of ids) heads[id] = Math.min(255, list[id]!.text.length);
}

/** The starts the last scan noted, as (literal id, offset) pairs: shared scratch, copied out after each scan. */
let STARTS = new Int32Array(64);
let startCount = 0;

function noteStart(id: number, at: number): void {
  if (startCount + 2 > STARTS.length) {
    const grown = new Int32Array(STARTS.length * 2);
    grown.set(STARTS);
    STARTS = grown;
  }
  STARTS[startCount++] = id;
  STARTS[startCount++] = at;
}

/** Marks in `found` every literal of the automaton occurring in text (ASCII letters lower-cased when `lower`). */
function scanAutomaton(a: LiteralAutomaton, text: string, lower: boolean, found: Uint8Array): void {
  const { delta, width } = a;
  const columns = lower ? a.lowerColumns : a.columns;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      s = 0;
      continue;
    }
    s = delta[s * width + columns[c]!]!;
    if (s < 0) {
      s = ~s;
      mark(a, s, found, i);
    }
  }
}

/**
 * Adjacent pairs of ASCII characters seen by the last scan, one bit per pair (first code * 128 + second): the
 * two-character literals are read off it (see PairLiterals). Shared scratch, cleared after each scan.
 */
const PAIRS = new Int32Array((128 * 128) >> 5);

/** Which kinds of pair literal are read off PAIRS: those matched as written, those matched lower-cased. */
const EXACT_PAIRS = 1;
const FOLDED_PAIRS = 2;

/** Marks in PAIRS every pair of adjacent ASCII characters of the text. */
function scanPairs(text: string): void {
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      prev = -1;
      continue;
    }
    if (prev >= 0) markPair(prev, c);
    prev = c;
  }
}

function markPair(a: number, b: number): void {
  const k = (a << 7) | b;
  PAIRS[k >> 5]! |= 1 << (k & 31);
}

/**
 * Marks in `found` the pair literals of `want` (EXACT_PAIRS, FOLDED_PAIRS or both) of the pairs marked in PAIRS:
 * only the words of PAIRS that hold some literal's pair are read, and only their pairs that do.
 */
function markPairLiterals(p: PairLiterals, want: number, found: Uint8Array): void {
  const { words, relevant } = p;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let x = PAIRS[w]! & relevant[w]!;
    while (x !== 0) {
      const low = x & -x;
      x ^= low;
      const k = (w << 5) | (31 - Math.clz32(low));
      if ((want & EXACT_PAIRS) !== 0)
        for (let j = p.exactStart[k]!; j < p.exactStart[k + 1]!; j++) found[p.exactIds[j]!] = 1;
      if ((want & FOLDED_PAIRS) !== 0)
        for (let j = p.foldedStart[k]!; j < p.foldedStart[k + 1]!; j++) found[p.foldedIds[j]!] = 1;
    }
  }
}

/**
 * scanAutomaton of `exact` over the text as written and of `folded` over it lower-cased, in one pass, which also
 * marks the text's pairs of adjacent characters in PAIRS.
 */
function scanBoth(exact: LiteralAutomaton, folded: LiteralAutomaton, text: string, found: Uint8Array): void {
  const d1 = exact.delta;
  const c1 = exact.columns;
  const d2 = folded.delta;
  const c2 = folded.lowerColumns;
  const w1 = exact.width;
  const w2 = folded.width;
  let s1 = 0;
  let s2 = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      s1 = 0;
      s2 = 0;
      prev = -1;
      continue;
    }
    if (prev >= 0) markPair(prev, c);
    prev = c;
    s1 = d1[s1 * w1 + c1[c]!]!;
    if (s1 < 0) {
      s1 = ~s1;
      mark(exact, s1, found, i);
    }
    s2 = d2[s2 * w2 + c2[c]!]!;
    if (s2 < 0) {
      s2 = ~s2;
      mark(folded, s2, found, i);
    }
  }
}

/**
 * The two-character literals, left out of the automata: nearly every character of prose completes one ("th", "in",
 * "de"), and marking each cost the scan more than the rest of its work. A literal is found when one of its pairs
 * (the literal itself; lower-cased literals also with each letter in upper case) is marked in PAIRS: read off the
 * words of PAIRS that hold some literal's pair, where a test of every literal's pairs after the scan cost a short
 * text more than its scan.
 */
interface PairLiterals {
  /** The pairs some literal holds, one bit per pair (as PAIRS). */
  relevant: Int32Array;
  /** The indices of the words of `relevant` that are not 0, in order. */
  words: Int32Array;
  /** The literals matched as written with pair k: exactIds[exactStart[k]] to exactIds[exactStart[k + 1]]. */
  exactStart: Int32Array;
  exactIds: Int32Array;
  /** The same for the literals matched lower-cased. */
  foldedStart: Int32Array;
  foldedIds: Int32Array;
}

/** Literal ids by pair, as offsets into one list (see PairLiterals). */
function byPair(entries: ReadonlyArray<readonly [number, number]>): { start: Int32Array; ids: Int32Array } {
  const start = new Int32Array(128 * 128 + 1);
  for (const [key] of entries) start[key + 1]!++;
  for (let k = 0; k < 128 * 128; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, 128 * 128);
  const ids = new Int32Array(entries.length);
  for (const [key, id] of entries) ids[fill[key]!++] = id;
  return { start, ids };
}

function pairLiterals(
  exact: readonly (readonly [number, string])[],
  folded: readonly (readonly [number, string])[],
): PairLiterals {
  const relevant = new Int32Array((128 * 128) >> 5);
  const cases = (c: number) => (isLowerAscii(c) ? [c, c - 32] : [c]);
  const keysOf = (list: readonly (readonly [number, string])[], fold: boolean) => {
    const entries: Array<[number, number]> = [];
    for (const [id, w] of list) {
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(1);
      const keys = new Set<number>();
      for (const x of fold ? cases(a) : [a]) for (const y of fold ? cases(b) : [b]) keys.add((x << 7) | y);
      for (const key of keys) {
        entries.push([key, id]);
        relevant[key >> 5]! |= 1 << (key & 31);
      }
    }
    return byPair(entries);
  };
  const e = keysOf(exact, false);
  const f = keysOf(folded, true);
  const words = Int32Array.from(relevant.keys()).filter((w) => relevant[w] !== 0);
  return { relevant, words, exactStart: e.start, exactIds: e.ids, foldedStart: f.start, foldedIds: f.ids };
}

/** Automata for the literals matched in the lower-cased text and for those matched as written, by registry size. */
let automata: { count: number; folded: LiteralAutomaton; exact: LiteralAutomaton; pairs: PairLiterals } | undefined;

function literalAutomata(): NonNullable<typeof automata> {
  const list = registeredLiterals();
  if (automata?.count !== list.length) {
    const folded: Array<[number, string]> = [];
    const exact: Array<[number, string]> = [];
    const foldedPairs: Array<[number, string]> = [];
    const exactPairs: Array<[number, string]> = [];
    for (const [id, l] of list.entries()) {
      if (l.text.length === 2) (l.folded ? foldedPairs : exactPairs).push([id, l.text]);
      else (l.folded ? folded : exact).push([id, l.text]);
    }
    automata = {
      count: list.length,
      folded: buildAutomaton(folded),
      exact: buildAutomaton(exact),
      pairs: pairLiterals(exactPairs, foldedPairs),
    };
  }
  return automata;
}

/** Runs of ASCII letters and digits this long or longer are listed (TextFacts.longRuns): few in prose. */
export const LISTED_RUN = 12;

/** Characters one context window scans without an index (two sides of 6 words of 24 characters). */
const CONTEXT_SCAN = 288;

/** A compiled need: true when the text may hold a match. */
export type Gate = (facts: TextFacts) => boolean;

// ---- cue words: one scan of the text answers every rule's "is one of my context words here?" ----

/** Cue words of ASCII letters and digits, numbered process-wide (by hash in CueTable). */
const cueIds = new Map<string, number>();
const cueWordsById: string[] = [];
/** One bit per cue hash (its low 16 bits): most words of a text are no cue, and a bit test is cheaper than a Map. */
const cueHashBits = new Int32Array(2048);
let longestCue = 0;

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/**
 * The cue words as flat typed arrays, for the scan of every text (scanCues): an open-addressed table of (hash, id + 1)
 * pairs and the words' characters one after another. A Map of hashes to arrays of ids and the words as strings
 * spread one lookup over a handful of heap objects, which the NLP and medical detectors run between two texts'
 * scans evicted from the cache. Rebuilt when words were added since (rule packs register theirs as they load).
 */
interface CueTable {
  count: number;
  mask: number;
  /** slots[2k] the hash of the word whose id + 1 is slots[2k + 1] (0: an empty slot, which ends a probe). */
  slots: Int32Array;
  /** Word `id`'s characters: chars[starts[id]] to chars[starts[id + 1]]. */
  chars: Uint8Array;
  starts: Int32Array;
}

let cueTable: CueTable | undefined;

const slotOf = (hash: number, mask: number) => (hash ^ (hash >>> 15)) & mask;

function cueTableNow(): CueTable {
  const count = cueWordsById.length;
  if (cueTable?.count === count) return cueTable;
  let size = 64;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  const starts = new Int32Array(count + 1);
  for (let id = 0; id < count; id++) starts[id + 1] = starts[id]! + cueWordsById[id]!.length;
  const chars = new Uint8Array(starts[count]!);
  for (let id = 0; id < count; id++) {
    const word = cueWordsById[id]!;
    let h = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      chars[starts[id]! + i] = c;
      h = hashStep(h, c);
    }
    let k = slotOf(h, mask);
    while (slots[2 * k + 1] !== 0) k = (k + 1) & mask;
    slots[2 * k] = h;
    slots[2 * k + 1] = id + 1;
  }
  cueTable = { count, mask, slots, chars, starts };
  return cueTable;
}

/** The id of the cue word that text[from, to) lower-cased is (its characters hashing to `hash`), else -1. */
function cueAt(table: CueTable, hash: number, text: string, from: number, to: number): number {
  const { slots, chars, starts, mask } = table;
  for (let k = slotOf(hash, mask); ; k = (k + 1) & mask) {
    const id = slots[2 * k + 1]! - 1;
    if (id < 0) return -1;
    if (slots[2 * k] !== hash) continue;
    const at = starts[id]!;
    if (starts[id + 1]! - at !== to - from) continue;
    let i = 0;
    while (i < to - from && lowerAscii(text.charCodeAt(from + i)) === chars[at + i]) i++;
    if (i === to - from) return id;
  }
}

const piecesOf = new Map<string, number[]>();

/** Ids of the [a-z0-9] pieces of a word with other characters in it ("número": "n", "mero"). */
/** One of 32 bits for a character outside ASCII (characters sharing a bit only make the test below weaker). */
const otherCharBit = (c: number) => 1 << (c % 31);

/** The signature of a word's characters outside ASCII, for TextFacts.mayHaveOtherChars; 0 for an ASCII word. */
export function otherCharBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) bits |= otherCharBit(c);
  }
  return bits;
}

export function cuePieces(word: string): number[] {
  let ids = piecesOf.get(word);
  if (ids === undefined) {
    ids = (word.match(/[a-z0-9]+/g) ?? []).map(cueWordId);
    piecesOf.set(word, ids);
  }
  return ids;
}

/**
 * The id of a cue word for TextFacts.hasCue, or -1 for a word that is not plain lower-case ASCII letters and
 * digits (those are looked up one by one with TextFacts.hasCueWord).
 */
export function cueWordId(word: string): number {
  if (!/^[a-z0-9]+$/.test(word)) {
    cuePieces(word); // registered now, so no text is scanned twice for pieces that turn up later
    return -1;
  }
  let id = cueIds.get(word);
  if (id === undefined) {
    id = cueWordsById.length;
    cueIds.set(word, id);
    cueWordsById.push(word);
    let h = 0;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    cueHashBits[(h >> 5) & 2047]! |= 1 << (h & 31);
    longestCue = Math.max(longestCue, word.length);
  }
  return id;
}

/**
 * Cheap facts about one (normalised) text, shared by every rule of a detect call: which ASCII characters
 * occur, how many digits and how closely they chain, whether anything outside ASCII does, which literals and
 * cue words occur (each set found in one scan, on the first question). Rules skip the texts their gates say cannot hold a match.
 */
export class TextFacts implements ContextSource {
  /** ASCII characters present: bit (c & 31) of mask (c >> 5). */
  m0 = 0;
  m1 = 0;
  m2 = 0;
  m3 = 0;
  digits = 0;
  /** The most ASCII letters and digits in a row. */
  alnumRun = 0;
  nonAscii = false;
  /** ſ or K: the two characters that case-fold onto ASCII letters under the iu flags. */
  oddFold = false;
  /** A UTF-16 surrogate: a character outside the BMP, one code point in two code units. */
  astral = false;
  /** Offsets of the ASCII digits, in order. */
  readonly digitPositions: number[] = [];
  /** Start and length of every run of ASCII letters and digits at least LISTED_RUN long, in pairs, in order. */
  readonly longRuns: number[] = [];
  private digitRunList: number[] | undefined;
  private wordStartList: Int32Array | undefined;
  private lowerText: string | undefined;
  private cueLowerText: string | undefined;
  /** The text cue words are looked for in: same offsets, words of other scripts unfolded (NormalizedView.cueText). */
  readonly cueText: string;
  /** İ (U+0130) or K (U+212A): characters whose lower case holds an ASCII letter. */
  private readonly lowersToAscii: boolean = false;
  /**
   * ſ, K or İ: a character other than an ASCII one that case-folds (iu flags) or lower-cases onto an ASCII letter.
   * Without them a word is found lower-cased exactly where an iu regex of it matches.
   */
  readonly foldsOntoAscii: boolean = false;
  /** Registered literals found in the text, by id (1 found); built on the first literal question. */
  private foundLiterals: Uint8Array | undefined;
  /** Where the literals some pattern opens with start, as (id, offset) pairs, in order of their ends; with them. */
  private literalStarts: Int32Array | undefined;
  /** The headsVersion the literal scan ran under: a scan before more heads were noted is repeated. */
  private literalStartsVersion = 0;
  /** headStarts gathered so far, by LiteralHeads (null: too many to try one by one). */
  private headStartsFound: Map<LiteralHeads, Int32Array | null> | undefined;
  /** Longest digit chain by allowed gap. */
  private readonly chains: number[] = [];
  /** Cue word ids found in the text: 1 found; built on the first cue question. */
  private cues: Uint8Array | undefined;
  /** Characters outside ASCII in the lower-cased cue text, gathered on the first question about such a word. */
  private otherChars: Set<number> | undefined;
  /** The signature of otherChars (otherCharBit of each), set with it. */
  private otherBits = 0;
  private wordIndex: WordIndex | undefined;
  /** Characters the context windows asked so far would have scanned without an index. */
  private contextScanned = 0;

  constructor(
    readonly text: string,
    lowerText?: string,
    cueText?: string,
  ) {
    this.lowerText = lowerText;
    this.cueText = cueText ?? text;
    let m0 = 0;
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let nonAscii = false;
    let oddFold = false;
    let astral = false;
    let lowersToAscii = false;
    const digitAt = this.digitPositions;
    let alnumRun = 0;
    let alnumFrom = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (ALNUM[c] === 0) {
          if (i - alnumFrom > alnumRun) alnumRun = i - alnumFrom;
          if (i - alnumFrom >= LISTED_RUN) this.longRuns.push(alnumFrom, i - alnumFrom);
          alnumFrom = i + 1;
        }
        if (c < 0x40) {
          if (c < 0x20) m0 |= 1 << c;
          else {
            m1 |= 1 << (c - 0x20);
            if (c >= 0x30 && c <= 0x39) digitAt.push(i);
          }
        } else if (c < 0x60) m2 |= 1 << (c - 0x40);
        else m3 |= 1 << (c - 0x60);
      } else {
        if (i - alnumFrom > alnumRun) alnumRun = i - alnumFrom;
        if (i - alnumFrom >= LISTED_RUN) this.longRuns.push(alnumFrom, i - alnumFrom);
        alnumFrom = i + 1;
        nonAscii = true;
        if (c === 0x17f || c === 0x212a) oddFold = true;
        else if (c >= 0xd800 && c <= 0xdfff) astral = true;
        if (c === 0x130 || c === 0x212a) lowersToAscii = true;
      }
    }
    this.alnumRun = Math.max(alnumRun, text.length - alnumFrom);
    if (text.length - alnumFrom >= LISTED_RUN) this.longRuns.push(alnumFrom, text.length - alnumFrom);
    this.lowersToAscii = lowersToAscii;
    this.foldsOntoAscii = lowersToAscii || oddFold;
    this.m0 = m0;
    this.m1 = m1;
    this.m2 = m2;
    this.m3 = m3;
    this.digits = digitAt.length;
    this.nonAscii = nonAscii;
    this.oddFold = oddFold;
    this.astral = astral;
  }

  /**
   * The text's words indexed once, when the context windows asked for would otherwise scan more than the
   * whole text (many findings); undefined before that, so a short text with one finding scans only its window.
   */
  words(): WordIndex | undefined {
    if (this.wordIndex) return this.wordIndex;
    this.contextScanned += CONTEXT_SCAN;
    if (this.contextScanned < this.text.length) return undefined;
    this.wordIndex = new WordIndex(this.cueText);
    return this.wordIndex;
  }

  private memos: Map<object, boolean> | undefined;

  /** A per-text answer about `key` (a rule's document cues), computed once. */
  memo(key: object, compute: () => boolean): boolean {
    let v = this.known(key);
    if (v === undefined) {
      v = compute();
      this.remember(key, v);
    }
    return v;
  }

  /** The per-text answer remembered for `key`, if any (memo without a closure, for the callers asked most). */
  known(key: object): boolean | undefined {
    return this.memos?.get(key);
  }

  remember(key: object, v: boolean): void {
    this.memos ??= new Map();
    this.memos.set(key, v);
  }

  /** The text lower-cased, computed on first use. */
  get lower(): string {
    this.lowerText ??= this.text.toLowerCase();
    return this.lowerText;
  }

  private otherCharsOf(lower: string): Set<number> {
    if (this.otherChars === undefined) {
      const chars = new Set<number>();
      let bits = 0;
      if (this.nonAscii || this.cueText !== this.text) {
        for (let i = 0; i < lower.length; i++) {
          const c = lower.charCodeAt(i);
          if (c >= 0x80) {
            chars.add(c);
            bits |= otherCharBit(c);
          }
        }
      }
      this.otherChars = chars;
      this.otherBits = bits;
    }
    return this.otherChars;
  }

  /**
   * Whether a cue word whose characters outside ASCII have the signature `bits` (otherCharBits) may occur: false
   * when one of them is surely missing from the lower-cased cue text, so most such words (Cyrillic, Korean... in
   * a Latin text) are ruled out by one mask test before hasCueWord.
   */
  mayHaveOtherChars(bits: number): boolean {
    return (bits & ~this.otherCharSignature()) === 0;
  }

  /** The signature of the characters outside ASCII of the lower-cased cue text (0 when it has none). */
  otherCharSignature(): number {
    if (this.otherChars === undefined) this.otherCharsOf(this.cueLower);
    return this.otherBits;
  }

  /** The cue text lower-cased. */
  private get cueLower(): string {
    if (this.cueLowerText === undefined)
      this.cueLowerText = this.cueText === this.text ? this.lower : this.cueText.toLowerCase();
    return this.cueLowerText;
  }

  /**
   * Offsets where \b holds before a character that is an ASCII \w one (a word of ASCII letters, digits and
   * underscores starts) or one outside ASCII (a word has just ended), as a regex without the iu flags reads \b,
   * in order; found on the first question.
   */
  get wordStarts(): Int32Array {
    if (this.wordStartList === undefined) {
      const text = this.text;
      const at = new Int32Array((text.length >> 1) + 1);
      let count = 0;
      let inWord = false;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const word = c < 0x80 && WORD_CHAR[c] === 1;
        if (word ? !inWord : inWord && c >= 0x80) at[count++] = i;
        inWord = word;
      }
      this.wordStartList = at.subarray(0, count);
    }
    return this.wordStartList;
  }

  /** Start and length of every run of ASCII digits, in pairs, in order. */
  get digitRuns(): readonly number[] {
    if (this.digitRunList === undefined) {
      const runs: number[] = [];
      const at = this.digitPositions;
      for (let i = 0; i < at.length; ) {
        let j = i + 1;
        while (j < at.length && at[j] === at[j - 1]! + 1) j++;
        runs.push(at[i]!, j - i);
        i = j;
      }
      this.digitRunList = runs;
    }
    return this.digitRunList;
  }

  /** The most digits in one chain whose consecutive digits are at most `gap` characters apart. */
  longestDigitRun(gap: number): number {
    let best = this.chains[gap];
    if (best === undefined) {
      best = 0;
      let run = 0;
      let last = Number.NEGATIVE_INFINITY;
      for (const at of this.digitPositions) {
        run = at - last - 1 <= gap ? run + 1 : 1;
        if (run > best) best = run;
        last = at;
      }
      this.chains[gap] = best;
    }
    return best;
  }

  /** Whether the literal `text` (lower-case when `folded`) occurs; `id` numbers it (regex-needs.ts). */
  hasLiteral(id: number, text: string, folded: boolean): boolean {
    // ſ and K match s and k under the iu flags without lower-casing to them: no shortcut then.
    if (folded && this.oddFold) return true;
    const list = registeredLiterals();
    const known = list[id];
    if (known !== undefined && known.text === text && known.folded === folded) {
      if (this.foundLiterals === undefined || this.foundLiterals.length < list.length) this.scanLiterals();
      return this.foundLiterals![id] === 1;
    }
    // A literal outside the registry (tests): searched on its own.
    return folded ? this.lower.includes(text) : this.text.includes(text);
  }

  /**
   * Whether any of the registered literals `ids` occurs (hasLiteral of each, for ids checked against the registry
   * when the gate was compiled); `folded` says whether one of them is matched lower-cased.
   */
  hasAnyLiteral(ids: Int32Array, folded: boolean): boolean {
    // As hasLiteral: under ſ or K a lower-cased literal is taken as present.
    if (folded && this.oddFold) return true;
    if (this.foundLiterals === undefined || this.foundLiterals.length < registeredLiterals().length)
      this.scanLiterals();
    const found = this.foundLiterals!;
    for (let i = 0; i < ids.length; i++) if (found[ids[i]!] === 1) return true;
    return false;
  }

  /** The registered literals found in the text, by id (1 found), scanned on the first question. */
  literalsFound(): Uint8Array {
    if (
      this.foundLiterals === undefined ||
      this.foundLiterals.length < registeredLiterals().length ||
      this.literalStartsVersion !== headsVersion
    )
      this.scanLiterals();
    return this.foundLiterals!;
  }

  /** Whether all of the registered literals `ids` occur; folded[i] 1 when ids[i] is matched lower-cased. */
  hasAllLiterals(ids: Int32Array, folded: Uint8Array): boolean {
    if (this.foundLiterals === undefined || this.foundLiterals.length < registeredLiterals().length)
      this.scanLiterals();
    const found = this.foundLiterals!;
    for (let i = 0; i < ids.length; i++) {
      // As hasLiteral: under ſ or K a lower-cased literal is taken as present.
      if (found[ids[i]!] !== 1 && !(folded[i] === 1 && this.oddFold)) return false;
    }
    return true;
  }

  /** Every registered literal looked for in one pass per automaton (see LiteralAutomaton). */
  private scanLiterals(): void {
    const { count, folded, exact, pairs } = literalAutomata();
    const found = new Uint8Array(count);
    // Lower-casing turns ASCII into ASCII and other characters into others, but for İ and K: the lower-cased
    // text is scanned apart only when the text holds one of those.
    if (this.lowersToAscii) {
      scanAutomaton(exact, this.text, false, found);
      scanPairs(this.text);
      markPairLiterals(pairs, EXACT_PAIRS, found);
      PAIRS.fill(0);
      scanAutomaton(folded, this.lower, false, found);
      scanPairs(this.lower);
      markPairLiterals(pairs, FOLDED_PAIRS, found);
    } else {
      scanBoth(exact, folded, this.text, found);
      markPairLiterals(pairs, EXACT_PAIRS | FOLDED_PAIRS, found);
    }
    PAIRS.fill(0);
    this.foundLiterals = found;
    // Offsets in the lower-cased text are not the text's when İ lowers to two characters: none are kept then.
    this.literalStarts = this.lowersToAscii ? new Int32Array(0) : STARTS.slice(0, startCount);
    this.literalStartsVersion = headsVersion;
    this.headStartsFound = undefined;
    startCount = 0;
  }

  /**
   * Where a match of a pattern that opens with one of the literals `heads` (see LiteralHeads) may start, from `from`
   * on: where the literal scan saw one of the long ones start, and where a search finds the two-character ones (the
   * scan only tells whether those occur), in order, without repeats. Undefined when that cannot tell: a character
   * outside ASCII folds onto an ASCII letter (ſ, K, İ: occurrences the scan does not see), or the text holds more
   * than `most` (a literal on every line), where the plain search is cheaper than a try at each. Gathered once per
   * text and pattern: a pattern matching many times asks again from each match's end.
   */
  headStarts(heads: LiteralHeads, from: number, most: number): Int32Array | undefined {
    if (this.foldsOntoAscii) return undefined;
    this.literalsFound(); // scanned first: a scan clears what was gathered
    this.headStartsFound ??= new Map();
    let all = this.headStartsFound.get(heads);
    if (all === undefined) {
      all = this.gatherHeadStarts(heads, most) ?? null;
      this.headStartsFound.set(heads, all);
    }
    if (all === null) return undefined;
    return all.subarray(countBelow(all, from));
  }

  /** headStarts from the text's start, gathered (null when there are more than `most`). */
  private gatherHeadStarts(heads: LiteralHeads, most: number): Int32Array | null {
    const found = this.literalsFound();
    const { long, short } = heads;
    const starts = this.literalStarts!;
    const room = Math.min(most, CANDIDATES.length);
    let count = 0;
    for (let k = 0; k < starts.length; k += 2) {
      const id = starts[k]!;
      if (id >= long.length || long[id] === 0) continue;
      if (count >= room) return null;
      CANDIDATES[count++] = starts[k + 1]!;
    }
    for (let i = 0; i < short.length; i++) {
      if (found[short[i]!] !== 1) continue;
      const { text: head, folded } = registeredLiterals()[short[i]!]!;
      const within = folded ? this.lower : this.text;
      for (let at = within.indexOf(head); at >= 0; at = within.indexOf(head, at + 1)) {
        if (count >= room) return null;
        CANDIDATES[count++] = at;
      }
    }
    const out = CANDIDATES.slice(0, count).sort();
    let kept = 0;
    for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[i - 1]) out[kept++] = out[i]!;
    return out.slice(0, kept);
  }

  /** Whether the cue word with this id (see cueWordId) occurs as a whole run of ASCII letters and digits. */
  hasCue(id: number): boolean {
    if (this.cues === undefined || id >= this.cues.length) this.scanCues();
    return this.cues![id] === 1;
  }

  /**
   * Whether any of the cue words `ids` occurs: the rule's ids (a few dozen as a rule, some 440 at most) read off the
   * byte array of the text's cues, one load each, with no Set of them to keep beside.
   */
  hasAnyCue(ids: Int32Array): boolean {
    if (this.cues === undefined || this.cues.length < cueWordsById.length) this.scanCues();
    const cues = this.cues!;
    for (let i = 0; i < ids.length; i++) if (cues[ids[i]!] === 1) return true;
    return false;
  }

  /**
   * One pass: every maximal run of [a-z0-9] in the lower-cased text that is a registered cue word. Lower-casing
   * only turns ASCII into ASCII and non-ASCII into non-ASCII (but for İ and K), so the runs are read off the
   * text itself, lower-casing ASCII letters on the way.
   */
  private scanCues(): void {
    const found = new Uint8Array(cueWordsById.length);
    const text = this.lowersToAscii ? this.cueLower : this.cueText;
    const table = cueTableNow();
    const check = (from: number, to: number, hash: number) => {
      if (to - from > longestCue || (cueHashBits[(hash >> 5) & 2047]! & (1 << (hash & 31))) === 0) return;
      const id = cueAt(table, hash, text, from, to);
      if (id >= 0) found[id] = 1;
    };
    let start = -1;
    let h = 0;
    // camelCase keys ("nationalId", "orderNumber"): the pieces count as words too, as in the context windows.
    let piece = -1;
    let ph = 0;
    for (let i = 0; i <= text.length; i++) {
      const raw = i < text.length ? text.charCodeAt(i) : 0;
      if (raw < 0x80 && ALNUM[raw] === 1) {
        const c = LOWER[raw]!;
        if (start < 0) {
          start = i;
          h = 0;
          piece = i;
          ph = 0;
        } else if (
          raw !== c &&
          i - piece >= 2 &&
          isLowerAscii(text.charCodeAt(i - 1)) &&
          isLowerAscii(text.charCodeAt(i - 2))
        ) {
          // Until the first joint the piece is the whole run, and its hash the run's.
          check(piece, i, piece > start ? ph : h);
          piece = i;
          ph = 0;
        }
        h = hashStep(h, c);
        if (piece > start) ph = hashStep(ph, c);
        continue;
      }
      if (start >= 0) {
        check(start, i, h);
        if (piece > start) check(piece, i, ph);
      }
      start = -1;
    }
    this.cues = found;
  }

  /**
   * Whether `word` (lower-case) occurs in the lower-cased text with no ASCII letter or digit touching it on
   * either side: exactly what a cue regex `(?<![a-z0-9])word(?![a-z0-9])` finds.
   */
  hasCueWord(word: string): boolean {
    // Its ASCII pieces ("n" and "mero" of "número") are whole runs wherever the word occurs as one.
    for (const id of cuePieces(word)) if (!this.hasCue(id)) return false;
    const lower = this.cueLower;
    // Cue words in other scripts (Cyrillic, Korean, Devanagari...) are searched one by one: a character the text
    // lacks rules a word out without a search.
    const chars = this.otherCharsOf(lower);
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 0x80 && !chars.has(c)) return false;
    }
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const before = at > 0 ? lower.charCodeAt(at - 1) : 0;
      const after = at + word.length < lower.length ? lower.charCodeAt(at + word.length) : 0;
      if (!isAsciiAlnum(before) && !isAsciiAlnum(after)) return true;
    }
    return false;
  }
}

// ---- needs simplified before compiling: a test another test already implies is never run ----

/** What is already known to hold when a test runs: digits and letter-or-digit runs, and characters present. */
export interface Assumed {
  digits: number;
  alnumRun: number;
  sets: CharSet[];
}

const NONE_ASSUMED: Assumed = { digits: 0, alnumRun: 0, sets: [] };
const NEVER_NEED: Need = { kind: 'never' };
/** ASCII digits, and ASCII letters and digits, as CharSet masks: a text with a digit holds one of the first. */
const DIGIT_MASK = [0, 0x03ff0000, 0, 0];
const ALNUM_MASK = [0, 0x03ff0000, 0x07fffffe, 0x07fffffe];

const holdsAll = (set: CharSet, mask: number[]) => mask.every((w, i) => (set.ascii[i]! & w) === w);

/** Whether a character, digit-count or run test surely passes given `known`. */
function implied(n: Need, known: Assumed): boolean {
  switch (n.kind) {
    case 'chars':
      return (
        (known.digits > 0 && holdsAll(n.set, DIGIT_MASK)) ||
        (known.alnumRun > 0 && holdsAll(n.set, ALNUM_MASK)) ||
        known.sets.some((s) => charsImply(s, n.set))
      );
    case 'digits':
      return known.digits >= n.min;
    case 'alnumRun':
      return known.alnumRun >= n.min;
    default:
      return false;
  }
}

/** `known` plus what passing the test `n` tells (a digit chain of 12 is also 12 digits). */
function withFact(known: Assumed, n: Need): Assumed {
  switch (n.kind) {
    case 'chars':
      return { ...known, sets: [...known.sets, n.set] };
    case 'digits':
    case 'digitRun':
      return { ...known, digits: Math.max(known.digits, n.min) };
    case 'alnumRun':
      return { ...known, alnumRun: Math.max(known.alnumRun, n.min) };
    default:
      return known;
  }
}

const isMaskTest = (n: Need) => n.kind === 'chars' || n.kind === 'digits' || n.kind === 'alnumRun';
const bitCount = (set: CharSet) =>
  set.ascii.reduce((sum, w) => {
    let v = w;
    let c = 0;
    while (v !== 0) {
      v &= v - 1;
      c++;
    }
    return sum + c;
  }, 0);
/** Strongest first: a test that passes less often may make a weaker one redundant, never the other way. */
function strength(n: Need): number {
  if (n.kind === 'chars') return bitCount(n.set) + (n.set.other ? 1000 : 0) + (n.set.fold ? 1 : 0);
  if (n.kind === 'digits' || n.kind === 'alnumRun') return -n.min;
  return 0;
}

/**
 * The need with every test that `known` (or a sibling test of the same conjunction) already decides removed,
 * and disjunctions of conjunctions that share a test factored: `some(all(digit, '/'), all(digit, '.'))` after a
 * rule's digit floor is `chars('/.')`. Answers the same as the need on every text where `known` holds.
 */
export function simplifyNeed(need: Need, known: Assumed = NONE_ASSUMED): Need {
  switch (need.kind) {
    case 'chars':
    case 'digits':
    case 'alnumRun':
      return implied(need, known) ? ANY : need;
    case 'all':
      return simplifyAll(need.needs, known);
    case 'some':
      return simplifySome(need.needs, known);
    default:
      return need;
  }
}

function flatten(needs: Need[], kind: 'all' | 'some'): Need[] {
  return needs.flatMap((n) => (n.kind === kind ? flatten(n.needs, kind) : [n]));
}

function simplifyAll(needs: Need[], known: Assumed, depth = 0): Need {
  let ctx = known;
  const kept: Need[] = [];
  const flat = flatten(needs, 'all');
  // Mask tests first, strongest first: each kept one joins what the later tests may take as known.
  const masks = flat.filter(isMaskTest).sort((a, b) => strength(a) - strength(b));
  for (const n of masks) {
    if (implied(n, ctx)) continue;
    kept.push(n);
    ctx = withFact(ctx, n);
  }
  for (const n of flat) if (n.kind === 'digitRun') ctx = withFact(ctx, n);
  const others = flat.filter((n) => !isMaskTest(n));
  for (let i = 0; i < others.length; i++) {
    const s = simplifyNeed(others[i]!, ctx);
    if (s.kind === 'never') return NEVER_NEED;
    if (s.kind === 'any') continue;
    // A part that came out as mask tests or a conjunction: the whole is simplified again with them in it.
    if ((isMaskTest(s) || s.kind === 'all') && depth < 8) {
      return simplifyAll([...kept, s, ...others.slice(i + 1)], known, depth + 1);
    }
    kept.push(s);
  }
  if (kept.length === 0) return ANY;
  if (kept.length === 1) return kept[0]!;
  return { kind: 'all', needs: kept.sort((a, b) => NEED_COST[a.kind] - NEED_COST[b.kind]) };
}

const keyOf = (n: Need) => JSON.stringify(n);

function simplifySome(needs: Need[], known: Assumed): Need {
  const parts: Need[] = [];
  for (const n of flatten(needs, 'some')) {
    const s = simplifyNeed(n, known);
    if (s.kind === 'any') return ANY;
    if (s.kind === 'never') continue;
    if (s.kind === 'some') parts.push(...s.needs);
    else parts.push(s);
  }
  // Either of several characters is one character test; either of two counts is the lower one.
  const out: Need[] = [];
  let chars: CharSet | undefined;
  let digits = 0;
  let alnumRun = 0;
  for (const n of parts) {
    if (n.kind === 'chars') {
      chars ??= { ascii: [0, 0, 0, 0], other: false, fold: false, approx: false };
      for (let i = 0; i < 4; i++) chars.ascii[i]! |= n.set.ascii[i]!;
      chars.other ||= n.set.other;
      chars.fold ||= n.set.fold;
      chars.approx ||= n.set.approx;
    } else if (n.kind === 'digits') digits = digits === 0 ? n.min : Math.min(digits, n.min);
    else if (n.kind === 'alnumRun') alnumRun = alnumRun === 0 ? n.min : Math.min(alnumRun, n.min);
    else out.push(n);
  }
  if (alnumRun > 0) out.unshift({ kind: 'alnumRun', min: alnumRun });
  if (digits > 0) out.unshift({ kind: 'digits', min: digits });
  if (chars) out.unshift({ kind: 'chars', set: chars });
  if (out.length === 0) return NEVER_NEED;
  if (out.length === 1) return out[0]!;
  // A test every alternative holds is tested once, before the alternatives.
  const conjuncts = out.map((n) => (n.kind === 'all' ? n.needs : [n]));
  const keys = conjuncts.map((list) => new Set(list.map(keyOf)));
  const common = conjuncts[0]!.filter((n) => keys.every((k) => k.has(keyOf(n))));
  if (common.length > 0) {
    const commonKeys = new Set(common.map(keyOf));
    const rest = conjuncts.map((list): Need => {
      const left = list.filter((n) => !commonKeys.has(keyOf(n)));
      return left.length === 0 ? ANY : left.length === 1 ? left[0]! : { kind: 'all', needs: left };
    });
    return simplifyAll([...common, { kind: 'some', needs: rest }], known);
  }
  return { kind: 'some', needs: out.sort((a, b) => NEED_COST[a.kind] - NEED_COST[b.kind]) };
}

/**
 * Turns a need into a gate: a program of plain numbers (gate-program.ts), so a rule's test costs a few mask
 * operations. The gate may take `assumed` as known (a rule's digit floor, tested before its gates) and skip those
 * tests.
 */
export function compileGate(need: Need, assumed?: Assumed): Gate {
  const program = compileProgram(simplifyNeed(need, assumed));
  const gate: Gate = (f) => passes(program, 0, f);
  programs.set(gate, program);
  return gate;
}

/** The program of each gate compileGate built, for rule-set-gates.ts to compile into one function. */
const programs = new WeakMap<Gate, GateProgram>();

/** The program a gate runs, or undefined for a gate not built by compileGate. */
export function gateProgramOf(gate: Gate): GateProgram | undefined {
  return programs.get(gate);
}
