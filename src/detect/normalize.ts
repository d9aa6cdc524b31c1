import { countAtOrBelow } from './sorted.js';

/**
 * The normalised view detectors match on, with a map back to the original text. Obfuscation that a human
 * reader ignores (full-width digits, zero-width joiners, soft hyphens, Cyrillic look-alikes, typographic
 * dashes and spaces) must not hide a value from a pattern written for plain ASCII.
 */
export interface NormalizedView {
  /** Text the patterns run over. */
  readonly text: string;
  /**
   * `text` with the words written wholly in Cyrillic or Greek given back their own letters, same length and
   * offsets: cue words ("паспорт", "ИНН") are matched here, values in `text`. A word that mixes scripts
   * (`pаssword` with a Cyrillic а) is a disguise and stays folded in both.
   */
  readonly cueText: string;
  /** Maps a [start, end) range of `text` to the original text's UTF-16 offsets. */
  toOriginal(start: number, end: number): [number, number];
}

/** Invisible characters dropped from the view: zero-width, bidi controls, soft hyphen, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Characters outside ASCII worth looking at; pure-ASCII text skips the per-character walk entirely. */
const NEEDS_WORK = /[^\x00-\x7f]/;

/**
 * Cyrillic and Greek letters that render like Latin ones. Folding them lets `pаypal` (Cyrillic а) or a token
 * prefix typed with a Greek capital still match; words in those scripts only change inside this view.
 */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  һ: 'h',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
};

/** Dashes and minus signs that NFKC leaves alone but people paste into numbers. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
/** Spaces NFKC keeps distinct (or that come through as oddities) and that separate digit groups. */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  const alike = LOOK_ALIKES[ch];
  if (alike !== undefined) return alike;
  const nfkc = ch.normalize('NFKC');
  // NFKC can turn one character into several (ﬁ → fi) or into combining marks; both are fine for matching.
  // Spacing accents are the exception: ¨ and ´ become a space plus a mark, which would split a password
  // ("A,.:-¨@*") or a word typed with ´ as its apostrophe ("it´s") in two.
  return /\s/.test(nfkc) ? ch : nfkc;
}

const identity: NormalizedView['toOriginal'] = (start, end) => [start, end];

/**
 * Characters that might fold: everything outside ASCII and Latin-1 letters. Accented Latin letters (á, ñ, ü)
 * are NFKC-stable, so Spanish prose keeps the identity map and costs one regex scan.
 */
const CANDIDATE = /[^\x00-\x7f\u00c0-\u00ff]/g;

const foldCache = new Map<string, string>();
function cachedFold(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldChar(ch);
    if (foldCache.size < 4096) foldCache.set(ch, folded);
  }
  return folded;
}

/** A letter, digit or combining mark: the characters of one word. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;

/**
 * The view with look-alikes put back in words that have no other ASCII letter or digit: such a word is
 * written in its own script, not disguised. `at` lists the view offsets of look-alike folds (one code unit
 * each, so offsets agree), `from` the original characters.
 */
function cueView(view: string, at: number[], from: string[]): string {
  const chars = view.split('');
  const folded = new Set(at);
  let doneTo = -1;
  for (let k = 0; k < at.length; k++) {
    const p = at[k]!;
    if (p < doneTo) continue;
    let s = p;
    while (s > 0 && WORD_CHAR.test(view[s - 1]!)) s--;
    let e = p + 1;
    while (e < view.length && WORD_CHAR.test(view[e]!)) e++;
    doneTo = e;
    let disguised = false;
    for (let i = s; i < e && !disguised; i++) disguised = !folded.has(i) && ASCII_ALNUM.test(view[i]!);
    if (disguised) continue;
    for (let j = k; j < at.length && at[j]! < e; j++) chars[at[j]!] = from[j]!;
  }
  return chars.join('');
}

export function normalizeForDetection(text: string): NormalizedView {
  if (!NEEDS_WORK.test(text)) return { text, cueText: text, toOriginal: identity };
  // Edits as parallel arrays: view range [vs, ve) came from original range [os, oe); between edits the
  // offset difference is constant, so mapping is a binary search over the edits.
  const vs: number[] = [];
  const ve: number[] = [];
  const os: number[] = [];
  const oe: number[] = [];
  const pieces: string[] = [];
  const alikeAt: number[] = [];
  const alikeFrom: string[] = [];
  let copiedTo = 0;
  let delta = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const i = m.index;
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (width === 2) CANDIDATE.lastIndex = i + 2;
    const folded = cachedFold(ch);
    if (folded === ch) continue;
    pieces.push(text.slice(copiedTo, i), folded);
    copiedTo = i + width;
    const viewStart = i + delta;
    if (LOOK_ALIKES[ch] !== undefined) {
      alikeAt.push(viewStart);
      alikeFrom.push(ch);
    }
    vs.push(viewStart);
    ve.push(viewStart + folded.length);
    os.push(i);
    oe.push(i + width);
    delta += folded.length - width;
  }
  if (vs.length === 0) return { text, cueText: text, toOriginal: identity };
  pieces.push(text.slice(copiedTo));
  const viewText = pieces.join('');
  /** Index of the last edit starting at or before view offset v, or -1. */
  const editAt = (v: number): number => countAtOrBelow(vs, v) - 1;
  const mapStart = (v: number): number => {
    const k = editAt(v);
    if (k < 0) return v;
    return v < ve[k]! ? os[k]! : oe[k]! + (v - ve[k]!);
  };
  const mapEnd = (v: number): number => {
    if (v <= 0) return 0;
    const k = editAt(v - 1);
    if (k < 0) return v;
    return v - 1 < ve[k]! ? oe[k]! : oe[k]! + (v - ve[k]!);
  };
  return {
    text: viewText,
    cueText: alikeAt.length > 0 ? cueView(viewText, alikeAt, alikeFrom) : viewText,
    toOriginal(start, end) {
      const s = mapStart(start);
      return [s, Math.max(s, mapEnd(end))];
    },
  };
}
/**
 * Lower-case with accents and other combining marks stripped, for comparing context words (contraseña ~
 * contrasena, Teléfono ~ telefono). NFKD rather than NFD because the view is NFKC per character: Thai ำ
 * becomes ํ + า there, and a cue word must fold to what its own letters fold to in the view.
 */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    // Context windows fold the same words again and again (diagnóstico, teléfono): a bounded memo.
    if (foldedWords.size >= 8192) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

const foldedWords = new Map<string, string>();

// ---- character classes, for scanners that must find what \p{L}, \p{M}, \p{N} and \p{Ll} regexes find ----

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const LOWER = 8;
/** "_", which \w-like boundaries count with letters. */
export const UNDERSCORE = 16;
const KNOWN = 32;
/** A decimal digit of any script (\p{Nd}): NUMBER also holds fractions, superscripts and Roman numerals. */
export const DECIMAL = 64;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_DECIMAL = /^\p{Nd}$/u;
/** Classes of the BMP code points, each worked out on first sight. */
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

/** The classes (LETTER | MARK | NUMBER | LOWER | UNDERSCORE | DECIMAL bits) of a code point. */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    const known = bmpClasses[cp]!;
    if (known !== 0) return known;
  } else {
    const known = astralClasses.get(cp);
    if (known !== undefined) return known;
  }
  const ch = String.fromCodePoint(cp);
  let k = KNOWN;
  if (IS_LETTER.test(ch)) k |= LETTER;
  if (IS_MARK.test(ch)) k |= MARK;
  if (IS_NUMBER.test(ch)) k |= NUMBER;
  if (IS_LOWER.test(ch)) k |= LOWER;
  if (IS_DECIMAL.test(ch)) k |= DECIMAL;
  if (cp === 0x5f) k |= UNDERSCORE;
  if (cp < 0x10000) bmpClasses[cp] = k;
  else astralClasses.set(cp, k);
  return k;
}

/** charClass of the ASCII characters, for the scanners' fast path. */
export const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, c) => charClass(c));

/** Set by classAt on a code point of two code units (a surrogate pair). */
export const WIDE = 128;

/**
 * The classes of the code point at i as a u regex reads text[.., end) (see codePointIn), plus WIDE when it takes
 * two code units: the one step of the word scanners (context windows, casual names). ASCII from the table.
 */
export function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_CLASSES[c]!;
  const cp = codePointIn(text, i, end);
  return cp > 0xffff ? charClass(cp) | WIDE : charClass(cp);
}

/**
 * The code point at i as a u regex reads text[.., end): a surrogate pair is one code point (two units: the
 * result is above 0xffff), a pair cut by `end` or a lone half is the half itself.
 */
export function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
