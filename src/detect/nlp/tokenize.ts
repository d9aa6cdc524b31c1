import { ASCII_CLASSES, classAt, DECIMAL, LETTER, MARK, WIDE } from '../normalize.js';
import { foldKey } from './fold.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** foldKey(text) for words, the text itself otherwise. */
  key: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A line break lies between this token and the previous one (or it is the first token). */
  lineStart: boolean;
  /** A tab lies between this token and the previous one: the next cell of a pasted table row. */
  cellStart: boolean;
  /** The bits of the cue-word lists (cueWords) that hold this word's key; 0 for numbers and punctuation. */
  cues: number;
  /**
   * The key without a possessive ending ("delaney's" -> "delaney"; possessiveBase), worked out here once per word
   * rather than by each finder that compares a name's parts (several walks over every token per text).
   */
  base: string;
}

/** A key without its possessive ending ("karen's", "karen’s" -> "karen"): what Token.base holds for a key. */
export function possessiveBase(key: string): string {
  // Same answer as `key.endsWith("'s") || key.endsWith('’s') ? key.slice(0, -2) : key`, the last code unit read first.
  const n = key.length;
  if (n < 2 || key.charCodeAt(n - 1) !== 0x73) return key;
  const q = key.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019 ? key.slice(0, -2) : key;
}

// Tokens as the regex /(?:\p{L}\.){1,4}\p{L}(?![\p{L}\p{M}])|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]/gu
// finds them, read code point by code point with the shared class table (normalize.ts classAt): initialisms first
// ("S.A", "U.S.A", "C.P") so the dots stay inside; then words with inner apostrophes or hyphens ("O'Brien",
// "Castilla-La"), digit runs, and any other single visible character as punctuation. Marks with no letter before
// them and white space are skipped.
const UPPER_START = /^\p{Lu}/u;

/** Classes of the code point at i (WIDE when it takes two code units); ASCII from the table. */
const classOf = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 0x80 ? ASCII_CLASSES[c]! : classAt(text, i, text.length);
};
const widthOf = (k: number) => ((k & WIDE) !== 0 ? 2 : 1);

/** \s of a u regex: ASCII and Unicode white space, line terminators and the BOM (all in the BMP). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
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

/** Offsets after each dotted letter of a possible initialism (initialismEnd); one call at a time uses it. */
const DOTTED = new Int32Array(4);

/** End of the longest initialism ("U.S.A") opening with the letter at i, or -1: up to four letters with a dot each, a last letter, then no letter or mark. */
function initialismEnd(text: string, i: number): number {
  const n = text.length;
  // Most words have no dot after their first letter: answered before the walk below.
  const k0 = classOf(text, i);
  if ((k0 & LETTER) === 0 || text.charCodeAt(i + widthOf(k0)) !== 0x2e) return -1;
  const after = DOTTED;
  let count = 0;
  let p = i;
  while (count < 4 && p < n) {
    const k = classOf(text, p);
    if ((k & LETTER) === 0) break;
    const dot = p + widthOf(k);
    if (text.charCodeAt(dot) !== 0x2e) break;
    p = dot + 1;
    after[count++] = p;
  }
  // Fewer dotted letters when the last letter is followed by another (the regex backtracks the same way).
  for (let r = count - 1; r >= 0; r--) {
    const q = after[r]!;
    if (q >= n) continue;
    const k = classOf(text, q);
    if ((k & LETTER) === 0) continue;
    const e = q + widthOf(k);
    if (e < n && (classOf(text, e) & (LETTER | MARK)) !== 0) continue;
    return e;
  }
  return -1;
}

/** End of the word whose first letter ends at j: letters and marks, joined across ' ’ - before a letter. */
function wordEnd(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const k = classOf(text, j);
    if ((k & (LETTER | MARK)) !== 0) {
      j += widthOf(k);
      continue;
    }
    const c = text.charCodeAt(j);
    if ((c === 0x27 || c === 0x2019 || c === 0x2d) && j + 1 < n && (classOf(text, j + 1) & LETTER) !== 0) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** foldKey of a word: ASCII words are only lower-cased (a plain lower-case word is its own key). */
function wordKey(text: string, start: number, end: number, value: string): string {
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return foldKey(value);
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? value.toLowerCase() : value;
}

// Words and numbers met before, by their code units: a hit gives the same text, key and capital flag without a
// slice, a lower-casing or a fold (all three depend on the code units alone). A cache with open addressing, a slot
// taken over on collision; short tokens only, where the hash costs less than what it saves.
const CACHE_BITS = 12;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const MAX_CACHED = 24;
const cachedText: Array<string | undefined> = new Array<string | undefined>(CACHE_MASK + 1).fill(undefined);
const cachedKey: string[] = new Array<string>(CACHE_MASK + 1).fill('');
const cachedCap = new Uint8Array(CACHE_MASK + 1);
const cachedCues = new Int32Array(CACHE_MASK + 1);
const cachedBase: string[] = new Array<string>(CACHE_MASK + 1).fill('');
/**
 * The hash of each slot's token (of its code units, the slot's own hash): most tokens that do not match their slot are
 * told so here, in a dense array, before the cached string is read (its reads were the tokenizer's costliest line).
 */
const cachedHash = new Int32Array(CACHE_MASK + 1);

// Word lists that finders test at nearly every token ("username", "initials", "apt"): each list registered with
// cueWords gets a bit, and the tokenizer looks each word up once (once per cached word), so a finder tests a bit of
// token.cues rather than asking its own set.
const CUE_BITS = new Map<string, number>();
let cueLists = 0;
const MAX_CUE_LISTS = 31;
const OPENS_WITH_LETTER = /^\p{L}/u;
// The cue words' shapes, as PhraseIndex keeps its first tokens': bit (length % 32) of the slot of the first two code
// units. Most words are no cue word, and are told so here before a probe of the map (never wrongly: every cue word
// sets its bit).
const CUE_SHAPE_SLOTS = 1024;
const CUE_SHAPES = new Int32Array(CUE_SHAPE_SLOTS);
const cueShapeSlot = (key: string) => ((key.charCodeAt(0) << 5) ^ key.charCodeAt(1)) & (CUE_SHAPE_SLOTS - 1);
const mayBeCue = (key: string) => (CUE_SHAPES[cueShapeSlot(key)]! & (1 << (key.length & 31))) !== 0;

/**
 * The bit of a list of cue words (folded keys, each opening with a letter, so no number or punctuation token holds
 * one): `(token.cues & bit) !== 0` says the same as `list.has(token.key)` for every token. Called at module load.
 */
export function cueWords(words: readonly string[]): number {
  if (cueLists >= MAX_CUE_LISTS) throw new Error('cueWords: no bit left for another list');
  const bit = 1 << cueLists++;
  for (const w of words) {
    if (!OPENS_WITH_LETTER.test(w)) throw new Error('cueWords: a cue word opens with a letter');
    CUE_BITS.set(w, (CUE_BITS.get(w) ?? 0) | bit);
    CUE_SHAPES[cueShapeSlot(w)]! |= 1 << (w.length & 31);
  }
  // Words read before this list was known (phrase lists built at load time) lack its bit: read them again.
  cachedText.fill(undefined);
  lastText = undefined;
  return bit;
}

// The cue bits of every token of the last list asked about, or-ed (see cuesIn).
let cuedList: readonly Token[] | undefined;
let cuedBits = 0;

/**
 * The cue bits of all the tokens, or-ed: `(cuesIn(tokens) & bit) === 0` says no token holds a word of that list, so a
 * finder that needs one can stop before reading a token. Kept for the last list asked about (the finders of one text
 * ask in turn; tokens are never mutated).
 */
export function cuesIn(tokens: readonly Token[]): number {
  if (tokens !== cuedList) {
    let bits = 0;
    for (let i = 0; i < tokens.length; i++) bits |= tokens[i]!.cues;
    cuedList = tokens;
    cuedBits = bits;
  }
  return cuedBits;
}

/** Whether text[start, start + value.length) has value's code units. */
function sameUnits(value: string, text: string, start: number): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Tokens of the text being read, copied out at their exact count (a list grown token by token overshoots). */
const scratch: Token[] = [];

function tokenizeUncached(text: string): Token[] {
  let count = 0;
  let nextNewline = text.indexOf('\n');
  let nextTab = text.indexOf('\t');
  const n = text.length;
  for (let start = 0; start < n; ) {
    const k = classOf(text, start);
    const width = widthOf(k);
    let end: number;
    let kind: TokenKind;
    if ((k & LETTER) !== 0) {
      end = initialismEnd(text, start);
      if (end < 0) end = wordEnd(text, start + width);
      kind = 'word';
    } else if ((k & DECIMAL) !== 0) {
      end = start + width;
      for (let d = end < n ? classOf(text, end) : 0; (d & DECIMAL) !== 0; d = end < n ? classOf(text, end) : 0) {
        end += widthOf(d);
      }
      kind = 'number';
    } else if ((k & MARK) !== 0 || isSpace(text.charCodeAt(start))) {
      start += width;
      continue;
    } else {
      end = start + width;
      kind = 'punct';
    }
    let value: string | undefined;
    let key = '';
    let cap = false;
    let cues = 0;
    let base = '';
    let slot = -1;
    let h = 0;
    if (kind !== 'punct' && end - start <= MAX_CACHED) {
      for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
      slot = (h ^ (h >>> CACHE_BITS)) & CACHE_MASK;
      const hit = cachedHash[slot] === h ? cachedText[slot] : undefined;
      if (hit !== undefined && hit.length === end - start && sameUnits(hit, text, start)) {
        value = hit;
        key = cachedKey[slot]!;
        cap = cachedCap[slot] === 1;
        cues = cachedCues[slot]!;
        base = cachedBase[slot]!;
      }
    }
    if (value === undefined) {
      value = text.slice(start, end);
      key = kind === 'word' ? wordKey(text, start, end, value) : value;
      cap = kind === 'word' && capital(value);
      cues = kind === 'word' && mayBeCue(key) ? (CUE_BITS.get(key) ?? 0) : 0;
      base = possessiveBase(key);
      if (slot >= 0) {
        cachedHash[slot] = h;
        cachedText[slot] = value;
        cachedKey[slot] = key;
        cachedCap[slot] = cap ? 1 : 0;
        cachedCues[slot] = cues;
        cachedBase[slot] = base;
      }
    }
    let lineStart = count === 0;
    if (nextNewline >= 0 && nextNewline < start) {
      lineStart = true;
      nextNewline = text.indexOf('\n', start);
    }
    let cellStart = false;
    if (nextTab >= 0 && nextTab < start) {
      cellStart = true;
      nextTab = text.indexOf('\t', start);
    }
    scratch[count++] = { start, end, text: value, key, kind, cap, lineStart, cellStart, cues, base };
    start = end;
  }
  const tokens = scratch.slice(0, count);
  // The scratch keeps no token alive past this call.
  scratch.fill(undefined as unknown as Token, 0, count);
  return tokens;
}

/** Whether a word starts with an upper-case letter. */
function capital(value: string): boolean {
  const c = value.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(value);
}

// The NLP and medical detectors run one after the other on the same segment: the last result is kept so the text is
// tokenised once. Tokens are never mutated by their readers, so sharing them is safe.
let lastText: string | undefined;
let lastTokens: Token[] = [];

export function tokenize(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = tokenizeUncached(text);
    lastText = text;
  }
  return lastTokens;
}

/**
 * Tokens of a list entry or a cue phrase, read while a lexicon is built. The phrase is copied to a plain sequential
 * string first: entries arrive as slices of a file, concatenations and literals, and every string shape the scan
 * above meets stays in the feedback of its charCodeAt calls; past four shapes V8 reads them megamorphically and
 * tokenize ran about 1.7 times slower on every text after (measured on the eval sample: 54 -> 31 ms per pass).
 */
export function tokenizePhrase(phrase: string): Token[] {
  return tokenize(Buffer.from(phrase, 'utf8').toString('utf8'));
}

/** The keys of `count` tokens from tokens[first], joined by single spaces: the form phrase sets of keys are looked up in. */
export function keyPhrase(tokens: readonly Token[], first: number, count: number): string {
  let words = tokens[first]!.key;
  for (let k = 1; k < count; k++) words += ` ${tokens[first + k]!.key}`;
  return words;
}

// Prepositions, conjunctions and articles: a line that ends with one is continued on the next.
const CONTINUING = new Set(
  'to and or with from by for of the a an at than as cc y o con de del para por el la los las al que'.split(' '),
);

/** True when the token opens a sentence, a line or a list item, where capitals say nothing about names. */
export function atSentenceStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return true;
  if (token.lineStart) {
    // A line broken after a comma or a word that cannot end a sentence goes on with the same sentence ("send it
    // to\nMark Delaney"); after other words it may be a heading ("Release notes\nGrace Period").
    const prev = tokens[index - 1];
    return !prev || !(prev.text === ',' || (prev.kind === 'word' && !prev.cap && CONTINUING.has(prev.key)));
  }
  for (let i = index - 1; i >= 0; i--) {
    const prev = tokens[i]!;
    if (prev.kind !== 'punct') return false;
    if ('.!?¡¿:;•*-–—"“«(>#'.includes(prev.text)) return true;
    if (prev.lineStart) return true;
  }
  return true;
}

// Letter case of a word, asked at nearly every token by the finders. ASCII text is read character by character with
// no copy; any other text falls back to the exact expression each function names (toUpperCase maps "ß" to "SS", the
// Turkish "İ" lower-cases to two code units, a final "Σ" lower-cases by context), so every answer equals it.

/** Same answer as `text === text.toUpperCase()` (true for words with no cased letter: "123", "-"). */
export function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text === text.toUpperCase();
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/** Same answer as `text === text.toLowerCase()`. */
export function isLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text === text.toLowerCase();
    if (c >= 0x41 && c <= 0x5a) return false;
  }
  return true;
}

/** In capitals, with one cased letter at least ("NHS", "O'NEIL"): `text === text.toUpperCase() && text !== text.toLowerCase()`. */
export function isCapitals(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text === text.toUpperCase() && text !== text.toLowerCase();
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper;
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** One capital, then small letters only ("Harbour", "Ñandú"): `/^\p{Lu}\p{Ll}+$/u.test(text)`. */
export function isCapitalised(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  const c0 = text.charCodeAt(0);
  if (c0 >= 0x80) return CAPITALISED.test(text);
  if (c0 < 0x41 || c0 > 0x5a) return false;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return CAPITALISED.test(text);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}
