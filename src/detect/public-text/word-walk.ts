import { byFirstCharacter, topLevelAlternatives } from '../factor-alternatives.js';
import { WORD_END, WORD_START } from '../whole-words.js';

/**
 * `wholeWords(body).test(text)` without a whole-text scan of the regex: a list of a few hundred phrases behind a
 * leading look-behind makes V8 try the look-behind and the list at every position of every text. Here a plain loop
 * finds the word starts (a letter or digit with none before it), a table of the letters the phrases open with rules
 * most of them out, and the phrases are tried, sticky, only at the rest. Same answer as the regex, for any body:
 * - alternatives that open on "(?<=^|\n)" (a heading line) are read by one consume-first regex, "(?:^|\n)...";
 * - alternatives that open on a letter or a digit (a literal, a class, a group of such) are walked as above;
 * - any other alternative keeps the whole-words regex of its own.
 */
export type TextTest = (text: string) => boolean;

/** Whether a code point is a letter or a number (\p{L} or \p{N}): a table for the BMP, built at the first use. */
let WORD_CHAR: Uint8Array | undefined;
export const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
export function wordTable(): Uint8Array {
  if (WORD_CHAR !== undefined) return WORD_CHAR;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    // Surrogates are read as pairs by the walk; alone they are no letter.
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (LETTER_OR_NUMBER.test(String.fromCharCode(c))) table[c] = 1;
  }
  WORD_CHAR = table;
  return table;
}

/** The closing index of the group or class opening at `open`, or -1. */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        if (depth === 0) return i;
      }
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const OPTIONAL = new Set([...'?*{']);

/**
 * The characters (lower-cased ASCII letters and digits, and any other letter as written) the alternative can open
 * on, or undefined when it may open on anything else (a space, a mark, an assertion, an optional part).
 */
function openingChars(alternative: string): Set<string> | undefined {
  const c = alternative[0];
  if (c === undefined) return undefined;
  let chars: Set<string> | undefined;
  let end: number;
  if (c === '(') {
    if (!alternative.startsWith('(?:')) return undefined;
    end = closing(alternative, 0);
    const inner = end < 0 ? undefined : topLevelAlternatives(alternative.slice(3, end));
    if (inner === undefined) return undefined;
    chars = new Set();
    for (const a of inner) {
      const sub = openingChars(a);
      if (sub === undefined) return undefined;
      for (const s of sub) chars.add(s);
    }
  } else if (c === '[') {
    end = closing(alternative, 0);
    const inside = end < 0 ? '' : alternative.slice(1, end);
    // Only a plain list of letters ("[aá]", "[Ss]"): no range, negation or escape.
    if (!/^[\p{L}\p{N}]+$/u.test(inside)) return undefined;
    chars = new Set([...inside].map((ch) => ch.toLowerCase()));
  } else if (c === '\\') {
    if (alternative[1] !== 'd') return undefined;
    end = 1;
    chars = new Set([...'0123456789']);
  } else {
    if (!/^[\p{L}\p{N}]$/u.test(c)) return undefined;
    end = 0;
    chars = new Set([c.toLowerCase()]);
  }
  // "s?aints", "[ab]*x": the part may be left out, so the next one opens the alternative.
  if (OPTIONAL.has(alternative[end + 1] ?? '')) return undefined;
  return chars;
}

const LINE_START = '(?<=^|\\n)';

/** Whether the code point ending right before `at` is a letter or a number (false at the start). */
export function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  let c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      c = ((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
      return LETTER_OR_NUMBER.test(String.fromCodePoint(c));
    }
  }
  return wordTable()[c] === 1;
}

/** Marks the ASCII characters `ch` matches under the flags (its other case, a long s for "s", a Kelvin sign for "k"). */
export function markOpening(opens: Uint8Array, ch: string, flags: string): void {
  const one = new RegExp(`^[${ch}]$`, flags.replace(/[gy]/g, ''));
  for (let x = 0; x < 128; x++) if (one.test(String.fromCharCode(x))) opens[x] = 1;
}

/**
 * The word starts of the text last walked (a letter or a number with none before it, as code points), kept for the
 * next test of the same text: a text is read by several walked tests in a row (public-text/about-nobody.ts reads
 * eight families), and each then visits its word starts only, where each test walked every character before.
 */
let startsText: string | undefined;
let starts = new Int32Array(256);
let startCount = 0;

function wordStartsOf(text: string): number {
  if (text === startsText) return startCount;
  const table = wordTable();
  if (starts.length < (text.length >> 1) + 1) starts = new Int32Array((text.length >> 1) + 1);
  // Locals, and a surrogate pair handled on its own branch: the loop over every character of the text keeps to
  // one table lookup for the characters below the surrogates, which are nearly all of them.
  const at = starts;
  const n = text.length;
  let count = 0;
  let before = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      word = LETTER_OR_NUMBER.test(
        String.fromCodePoint(((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000),
      );
      if (word && !before) at[count++] = i;
      before = word;
      i++;
      continue;
    }
    word = table[c] === 1;
    if (word && !before) at[count++] = i;
    before = word;
  }
  startsText = text;
  startCount = count;
  return count;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A test equal to `wholeWords(body, flags).test(text)` (flags 'iu' by default), as described above. */
export function wordWalk(body: string, flags = 'iu'): TextTest {
  const whole = new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
  const alternatives = topLevelAlternatives(body);
  if (alternatives === undefined || /[gymsv]/.test(flags)) return (text) => whole.test(text);
  const walked: string[] = [];
  const lines: string[] = [];
  const other: string[] = [];
  // ASCII characters (lower-cased) some walked alternative opens on; any other letter is always tried.
  const opens = new Uint8Array(128);
  for (const a of alternatives) {
    if (a.startsWith(LINE_START)) {
      lines.push(a.slice(LINE_START.length));
      continue;
    }
    const chars = openingChars(a);
    if (chars === undefined) {
      other.push(a);
      continue;
    }
    walked.push(a);
    for (const ch of chars) markOpening(opens, ch, flags);
  }
  // A heading line: the look-behind's position is a line's start, where no letter stands before.
  const lineRe = lines.length > 0 ? new RegExp(`(?:^|\\n)(?:${lines.join('|')})${WORD_END}`, flags) : undefined;
  const otherRe = other.length > 0 ? new RegExp(`${WORD_START}(?:${other.join('|')})${WORD_END}`, flags) : undefined;
  const sticky =
    walked.length > 0
      ? new RegExp(`(?:${byFirstCharacter(new RegExp(walked.join('|'), flags)).source})${WORD_END}`, `${flags}y`)
      : undefined;
  return (text) => {
    if (lineRe?.test(text) || otherRe?.test(text)) return true;
    if (sticky === undefined) return false;
    const count = wordStartsOf(text);
    for (let k = 0; k < count; k++) {
      const i = starts[k]!;
      // A character outside ASCII (a surrogate's first half too) is always tried.
      const c = text.charCodeAt(i);
      if (c >= 128 || opens[c] === 1) {
        sticky.lastIndex = i;
        if (sticky.test(text)) return true;
      }
    }
    return false;
  };
}

/**
 * `wholeWords(body, flags).test(text)` (flags with u), with the word's leading edge read in code: a list behind the
 * two look-behinds has V8 try them at every position. Here the body alone (grouped by first character), behind the
 * ASCII look-behind only, finds each place some alternative opens; the Unicode edge and the trailing one are asked
 * there only. Same answer as the regex: every match of it opens at such a place.
 */
export function wordTest(body: string, flags = 'iu'): TextTest {
  const whole = new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
  if (!flags.includes('u') || /[gymsv]/.test(flags)) return (text) => whole.test(text);
  const factored = byFirstCharacter(new RegExp(body, flags)).source;
  const opening = new RegExp(`(?<![A-Za-z0-9])(?:${factored})`, `${flags}g`);
  const sticky = new RegExp(`(?:${factored})${WORD_END}`, `${flags}y`);
  return (text) => {
    opening.lastIndex = 0;
    for (let m = opening.exec(text); m !== null; m = opening.exec(text)) {
      const at = m.index;
      if (!wordBefore(text, at)) {
        sticky.lastIndex = at;
        if (sticky.test(text)) return true;
      }
      // On: past a surrogate pair whole, so the next search never opens inside one.
      const c = text.charCodeAt(at);
      opening.lastIndex = at + (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1);
    }
    return false;
  };
}
