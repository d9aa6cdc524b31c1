import { ASCII_CLASSES, classAt, foldWord, LETTER, MARK, NUMBER, WIDE } from './normalize.js';
import type { CompiledContext } from './packs/load.js';
import { headerAbove } from './table/header-above.js';

/** Characters scanned per word of window; words longer than this only shorten the window, never break it. */
const CHARS_PER_WORD = 24;
const ASCII = /^[\x00-\x7f]*$/;

/** How a scanned word folds: as it is (ASCII lower case and digits), ASCII with capitals, or with other letters. */
const PLAIN = 0;
const CAPITALS = 1;
const OTHER = 2;

/**
 * The words of text[from, to), as the regex [\p{L}\p{N}][\p{L}\p{N}\p{M}]* (u flag) finds them in that slice:
 * letters and digits with the combining marks that Thai, Devanagari and other scripts write inside words (a
 * surrogate pair cut by either end is no letter). Appended to starts/ends/kinds, at most `limit` of them. A scanner with a class table: the regex built a match
 * array per word, and each word was then tested again by regexes to be folded.
 */
function scanWords(
  text: string,
  from: number,
  to: number,
  starts: Starts,
  ends: Starts,
  kinds: Kinds,
  limit = Number.POSITIVE_INFINITY,
  at = 0,
): number {
  let i = from;
  let found = 0;
  while (i < to && found < limit) {
    const c = text.charCodeAt(i);
    const k = c < 0x80 ? ASCII_CLASSES[c]! : classAt(text, i, to);
    const width = (k & WIDE) !== 0 ? 2 : 1;
    if ((k & (LETTER | NUMBER)) === 0) {
      i += width;
      continue;
    }
    let kind = c >= 0x80 ? OTHER : c >= 0x41 && c <= 0x5a ? CAPITALS : PLAIN;
    let j = i + width;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d < 0x80) {
        if ((ASCII_CLASSES[d]! & (LETTER | NUMBER)) === 0) break;
        if (d <= 0x5a && d >= 0x41 && kind === PLAIN) kind = CAPITALS;
        j++;
      } else {
        const kj = classAt(text, j, to);
        if ((kj & (LETTER | NUMBER | MARK)) === 0) break;
        kind = OTHER;
        j += (kj & WIDE) !== 0 ? 2 : 1;
      }
    }
    starts[at + found] = i;
    ends[at + found] = j;
    kinds[at + found] = kind;
    found++;
    i = j;
  }
  return at + found;
}

/**
 * Where scanWords writes: typed buffers with room for every word of the range (a word and the gap after it take two
 * code units at least). One kind of buffer for every caller: plain lists in some calls and typed ones in others
 * made each store in the scan a megamorphic one.
 */
type Starts = Int32Array;
type Kinds = Uint8Array;

/** A scanned word folded (see fold): plain words are their own fold. */
function foldScanned(text: string, start: number, end: number, kind: number): string {
  const w = text.slice(start, end);
  if (kind === PLAIN) return w;
  return kind === CAPITALS ? foldAscii(w) : foldWord(w);
}

// Scratch for contextWindow and columnHeader (one call at a time), grown to the longest range scanned.
let scratchStarts = new Int32Array(256);
let scratchEnds = new Int32Array(256);
let scratchKinds = new Uint8Array(256);

/** Makes the scratch buffers hold every word of a range of `length` code units. */
function scratchFor(length: number): void {
  const room = (length >> 1) + 1;
  if (scratchStarts.length >= room) return;
  scratchStarts = new Int32Array(room);
  scratchEnds = new Int32Array(room);
  scratchKinds = new Uint8Array(room);
}

/**
 * The folded words around [start, end), padded with spaces, so a context phrase is found with one
 * `includes(' phrase ')`: whole words only ("lic" never matches inside "public").
 */
export function contextWindow(text: string, start: number, end: number, window: number, beforeOnly = false): string {
  const span = window * CHARS_PER_WORD;
  const words: string[] = [];
  // The scratch buffers are written from 0: counts say how far.
  // The first word before may be cut by the span; a cut word only risks a missed boost, not a false one.
  const from = Math.max(0, start - span);
  scratchFor(Math.max(start - from, span));
  let count = scanWords(text, from, start, scratchStarts, scratchEnds, scratchKinds, Infinity, 0);
  for (let i = Math.max(0, count - window); i < count; i++) {
    words.push(foldScanned(text, scratchStarts[i]!, scratchEnds[i]!, scratchKinds[i]!));
  }
  words.push('|');
  if (!beforeOnly) {
    count = scanWords(
      text,
      end,
      Math.min(text.length, end + span),
      scratchStarts,
      scratchEnds,
      scratchKinds,
      window,
      0,
    );
    for (let i = 0; i < count; i++) {
      words.push(foldScanned(text, scratchStarts[i]!, scratchEnds[i]!, scratchKinds[i]!));
    }
  }
  return ` ${words.join(' ')} `;
}

/** A lower-case letter pair then a capital: the joint of a camelCase key ("nationalId", "orderNumber"). */
const CAMEL = /[a-z]{2}[A-Z]/;
const CAMEL_JOINT = /(?<=[a-z]{2})(?=[A-Z])/g;

/** An ASCII word folded: camelCase keys cut into their words, lower-cased. */
const foldAscii = (w: string) => (CAMEL.test(w) ? w.replace(CAMEL_JOINT, ' ') : w).toLowerCase();

/** A word as cues are compared: lower-cased, accents stripped, camelCase keys cut into their words. */
const fold = (w: string) => (ASCII.test(w) ? foldAscii(w) : foldWord(w));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether offset p falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, p: number) =>
  p > 0 && p < text.length && isHigh(text.charCodeAt(p - 1)) && isLow(text.charCodeAt(p));

// Scratch for WordIndex's scan (one at a time), grown to the longest text seen.
let indexStarts = new Int32Array(0);
let indexEnds = new Int32Array(0);
let indexKinds = new Uint8Array(0);

/**
 * The words of one text found once ([\p{L}\p{N}]+ runs), so the context window of each of many findings is a
 * binary search instead of two regex scans. Gives exactly what contextWindow gives.
 */
export class WordIndex {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly folded: Array<string | undefined> = [];

  constructor(private readonly text: string) {
    // Scanned into shared buffers with room for every word (a word and the gap after it take two code units at
    // least), then copied at their exact length: no list regrown word by word.
    const room = (text.length >> 1) + 1;
    if (indexStarts.length < room) {
      indexStarts = new Int32Array(room);
      indexEnds = new Int32Array(room);
      indexKinds = new Uint8Array(room);
    }
    const count = scanWords(text, 0, text.length, indexStarts, indexEnds, indexKinds, Infinity, 0);
    this.starts = indexStarts.slice(0, count);
    this.ends = indexEnds.slice(0, count);
    this.kinds = indexKinds.slice(0, count);
  }

  /** Index of the first word ending after offset p. */
  private firstEndingAfter(p: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! > p) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Word k cut to [from, to), folded; whole words are folded once. */
  private piece(k: number, from: number, to: number): string {
    const s = Math.max(this.starts[k]!, from);
    const e = Math.min(this.ends[k]!, to);
    if (s === this.starts[k] && e === this.ends[k]) {
      let f = this.folded[k];
      if (f === undefined) {
        f = foldScanned(this.text, s, e, this.kinds[k]!);
        this.folded[k] = f;
      }
      return f;
    }
    return fold(this.text.slice(s, e));
  }

  window(start: number, end: number, window: number, beforeOnly: boolean): string {
    const text = this.text;
    const span = window * CHARS_PER_WORD;
    const from = Math.max(0, start - span);
    const to = Math.min(text.length, end + span);
    // A cut through a surrogate pair leaves half a letter the slice-based scan would drop: take that path.
    if (splitsPair(text, from) || splitsPair(text, start) || splitsPair(text, end) || splitsPair(text, to)) {
      return contextWindow(text, start, end, window, beforeOnly);
    }
    const words: string[] = [];
    // Before: the last `window` words overlapping [from, start).
    let k = this.firstEndingAfter(from);
    let last = k;
    while (last < this.starts.length && this.starts[last]! < start) last++;
    for (let i = Math.max(k, last - window); i < last; i++) words.push(this.piece(i, from, start));
    words.push('|');
    if (!beforeOnly) {
      k = this.firstEndingAfter(end);
      for (let n = 0; n < window && k < this.starts.length && this.starts[k]! < to; n++, k++) {
        words.push(this.piece(k, end, to));
      }
    }
    return ` ${words.join(' ')} `;
  }
}

const phraseSets = new WeakMap<readonly string[], Set<string>>();
function setOf(phrases: readonly string[]): Set<string> {
  let set = phraseSets.get(phrases);
  if (!set) {
    set = new Set(phrases);
    phraseSets.set(phrases, set);
  }
  return set;
}

const lastWordSets = new WeakMap<readonly string[], WeakMap<readonly string[], Set<string>>>();

/** The last words of the padded phrases of both lists (" sort code " ends in "code"). */
function lastWordsOf(vetoes: readonly string[], cues: readonly string[]): Set<string> {
  let byCues = lastWordSets.get(vetoes);
  if (!byCues) {
    byCues = new WeakMap();
    lastWordSets.set(vetoes, byCues);
  }
  let words = byCues.get(cues);
  if (!words) {
    words = new Set<string>();
    for (const p of [...vetoes, ...cues]) {
      const inner = p.slice(1, -1);
      words.add(inner.slice(inner.lastIndexOf(' ') + 1));
    }
    byCues.set(cues, words);
  }
  return words;
}

/** Longest cue or veto phrase looked for, in words. */
const MAX_PHRASE_WORDS = 4;
/** Scratch for vetoWins: where each phrase ending at the current word starts. */
const phraseStarts: number[] = [0, 0, 0, 0];
const HAS_DIGIT = /\p{N}/u;

/** Whether s[from, to) holds a number character (\p{N}): ASCII read in place, the rest by the regex. */
function hasNumber(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return HAS_DIGIT.test(s.slice(from, to));
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * Whether a veto word decides against the value: walking back from the value, the nearest veto or cue phrase
 * within the veto's `window` words wins ("diagnosed, release 2004" is a release; "order status? call 415..."
 * a phone). Words with digits are not counted: they are the code's own earlier groups ("tracking 1Z 999 AA1
 * 01 2345 6784") or neighbouring numbers, and a veto word names what follows them.
 */
function vetoWins(around: string, window: number, vetoes: readonly string[], cues: readonly string[]): boolean {
  const veto = setOf(vetoes);
  const cue = setOf(cues);
  const lastWords = lastWordsOf(vetoes, cues);
  // Words are read back from the bar in place: `end` is the space after the current word.
  let end = around.indexOf(' | ');
  let counted = 0;
  while (end > 0 && counted < window) {
    const start = around.lastIndexOf(' ', end - 1);
    if (start < 0) break;
    if (!hasNumber(around, start + 1, end)) {
      counted++;
      // Most words end no phrase of either list: one lookup instead of a slice and two lookups per phrase length.
      if (!lastWords.has(around.slice(start + 1, end))) {
        end = start;
        continue;
      }
      // The phrases that end with this word (" word ", " two word ", ...), the longest first: it says more than the
      // word alone ("phone on account" is a phone cue, though "account" alone is a veto).
      let from = start;
      let n = 0;
      for (; n < MAX_PHRASE_WORDS && from >= 0; n++) {
        phraseStarts[n] = from;
        from = from > 0 ? around.lastIndexOf(' ', from - 1) : -1;
      }
      for (let k = n - 1; k >= 0; k--) {
        const phrase = around.slice(phraseStarts[k]!, end + 1);
        if (cue.has(phrase)) return false;
        if (veto.has(phrase)) return true;
      }
    }
    end = start;
  }
  return false;
}

/**
 * A phrase list split for lookup: one-word phrases in a set, longer ones by their first word, each searched in
 * the window only when that word is one of the window's.
 */
interface PhraseLookup {
  words: Set<string>;
  multi: Map<string, string[]>;
}

const lookups = new WeakMap<readonly string[], PhraseLookup>();

function lookupOf(phrases: readonly string[]): PhraseLookup {
  let found = lookups.get(phrases);
  if (!found) {
    const words = new Set<string>();
    const multi = new Map<string, string[]>();
    for (const p of phrases) {
      const inner = p.slice(1, -1);
      const space = inner.indexOf(' ');
      if (space < 0) {
        words.add(inner);
        continue;
      }
      const first = inner.slice(0, space);
      const list = multi.get(first);
      if (list) list.push(p);
      else multi.set(first, [p]);
    }
    found = { words, multi };
    lookups.set(phrases, found);
  }
  return found;
}

/**
 * Whether one of the padded phrases (" word ", " two words ") occurs in a padded window string. Cue lists run to
 * dozens of words and windows to a dozen: the window's words are looked up in a set instead of searching the
 * window once per phrase.
 */
function hasPhrase(window: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false;
  const { words, multi } = lookupOf(phrases);
  let from = 1;
  let firsts: string[][] | undefined;
  for (let at = window.indexOf(' ', from); at >= 0; at = window.indexOf(' ', from)) {
    if (at > from) {
      const word = window.slice(from, at);
      if (words.has(word)) return true;
      const longer = multi.get(word);
      if (longer) {
        firsts ??= [];
        firsts.push(longer);
      }
    }
    from = at + 1;
  }
  // A longer phrase occurs only where its first word stands as one of the window's words.
  if (firsts) for (const list of firsts) for (const p of list) if (window.includes(p)) return true;
  return false;
}

/** Anything that can answer for the words around a finding: the text itself, or a WordIndex over it. */
export interface ContextSource {
  words(): WordIndex | undefined;
}

/**
 * 'strong' when a strong cue is near, 'cue' for an ordinary one, 'veto' when a veto word stands just before
 * the value with no cue nearer to it ("order 38492017510"), 'none' otherwise.
 */
export function contextLevel(
  text: string,
  start: number,
  end: number,
  ctx: CompiledContext,
  source?: ContextSource,
): 'strong' | 'cue' | 'veto' | 'none' {
  if (ctx.phrases.length === 0 && !ctx.strong && !ctx.veto && !ctx.column) return 'none';
  const index = source?.words();
  const around = index
    ? index.window(start, end, ctx.window, ctx.before)
    : contextWindow(text, start, end, ctx.window, ctx.before);
  if (ctx.veto) {
    // The veto's few words before are the tail of the window's before part, which is cut from the same words.
    const near =
      ctx.veto.window <= ctx.window
        ? around
        : index
          ? index.window(start, end, ctx.veto.window, true)
          : contextWindow(text, start, end, ctx.veto.window, true);
    if (vetoWins(near, ctx.veto.window, ctx.veto.phrases, ctx.phrases)) return 'veto';
  }
  if (ctx.strong && hasPhrase(around, ctx.strong.phrases)) return 'strong';
  if (hasPhrase(around, ctx.phrases)) return 'cue';
  // In a pasted table only the first rows are near the header: the column's header cell is every row's cue.
  const cell = headerAbove(text, start);
  if (cell === undefined) return 'none';
  const header = paddedWords(text, cell.start, cell.end);
  if (header === undefined) return 'none';
  if (ctx.strong && hasPhrase(header, ctx.strong.phrases)) return 'strong';
  if (hasPhrase(header, ctx.phrases)) return 'cue';
  // A column cue counts when another header of the row names a person's own field (a register of guests, not a
  // ledger of documents).
  if (ctx.column && hasPhrase(header, ctx.column.phrases)) {
    const row = headerRow(text, cell.start, cell.end);
    if (row !== undefined && hasPhrase(row, ctx.column.row)) return 'cue';
  }
  return 'none';
}

/** Longest header row read for a column cue's person field, in characters either side of the cell. */
const MAX_HEADER_ROW = 2000;

/** The folded words of the line that holds the header cell [start, end) (an SQL column list's too). */
function headerRow(text: string, start: number, end: number): string | undefined {
  const from = Math.max(0, start - MAX_HEADER_ROW);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = Math.min(newline < 0 ? text.length : newline, end + MAX_HEADER_ROW);
  return paddedWords(text, Math.max(from, lineStart), lineEnd);
}

/** The folded words of text[from, to) as a padded window string, or undefined when it has none. */
function paddedWords(text: string, from: number, to: number): string | undefined {
  scratchFor(to - from);
  const count = scanWords(text, from, to, scratchStarts, scratchEnds, scratchKinds, Infinity, 0);
  if (count === 0) return undefined;
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(foldScanned(text, scratchStarts[i]!, scratchEnds[i]!, scratchKinds[i]!));
  return ` ${words.join(' ')} `;
}

/**
 * The header cell above offset p, as a padded window of folded words, when p sits in a data row of a pasted table
 * (tab, pipe, semicolon or comma lines) or in a value tuple of an SQL INSERT with a column list (table/).
 */
export function columnHeader(text: string, p: number): string | undefined {
  const cell = headerAbove(text, p);
  return cell === undefined ? undefined : paddedWords(text, cell.start, cell.end);
}

/** False when a rule that needs a cue cannot find one anywhere: the text (lower-cased) has none of its cue words. */
export function mayHaveCue(lowerText: string, ctx: CompiledContext): boolean {
  return ctx.cueRegex.test(lowerText);
}
