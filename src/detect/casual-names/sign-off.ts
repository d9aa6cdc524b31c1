/**
 * "with love, kemi", "cheers,\nngozi x", "un abrazo, maripaz": the writer's own name after the closing words of a letter
 * or a message ends its line (often typed in lower case). Any word may be a name there (the lists know few of the names
 * people sign with), so it only has to be no ordinary word, place or product ("love, mum", "thanks, all", "best, the
 * team" stay).
 */
export interface SignOffSpan {
  start: number;
  end: number;
}

// The closing words open their line, or follow a sentence's end; a comma (or a line break) parts them from the name,
// which ends the line, perhaps with kisses ("x", "xx", "xo").
const SIGN_OFF =
  /(?:(?:with |lots of |all my |much |sending )?love|hugs|big hugs|cheers|many thanks|thanks again|best wishes|warm(?:est)? regards|kind regards|regards|(?:un )?besos?|(?:un )?abrazos?|(?:un )?saludos?|con cariño|cariños)[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*)(\p{L}[\p{Ll}\p{M}'’-]{1,20})[ \t]*(?:x{1,4}|xo)?[ \t]*[.!]*[ \t]*$/dgimu;
const MAX_CLOSING = 40;
// What may stand before the closing words: the start of their line (blanks allowed) or a sentence's end.
const OPENS_AT = /(?:^|\n|[.!?][ \t])[ \t]*$/;

// Words that sign a message without naming anyone, beyond the lists' ordinary vocabulary.
const NOT_A_SIGNER = new Set(['me', 'us', 'all', 'everyone', 'everybody', 'team', 'todos', 'todas', 'yo', 'nosotros']);

const LETTER_OR_JOINER = /[\p{L}\p{M}'’-]/u;

/** Whether text[i] is a letter, a mark, an apostrophe or a hyphen; ASCII is read by its code, with no string made. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return LETTER_OR_JOINER.test(text[i]!);
}

/** Whether text[i] is one of the blanks and marks a signed line may end with (' ', tab, '\r', '.', '!'). */
function isLineTail(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 46 || c === 33;
}

/** Whether text[from, to) is kisses: "x" to "xxxx" or "xo", in either case. */
function isKisses(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 4) return false;
  if (n === 2 && (text.charCodeAt(from + 1) | 0x20) === 111) return (text.charCodeAt(from) | 0x20) === 120;
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) | 0x20) !== 120) return false;
  return true;
}

/**
 * Where the last word of the line ending at `end` starts, when a comma or a line break stands before it (kisses and
 * a full stop may follow it): the only lines the sign-off pattern can match. -1 otherwise.
 */
function signerStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && isLineTail(text.charCodeAt(k - 1))) k--;
  let start = k;
  while (start > 0 && isLetter(text, start - 1)) start--;
  if (start === k) return -1;
  // "ngozi xx": the kisses after the name.
  if (isKisses(text, start, k)) {
    k = start;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    start = k;
    while (start > 0 && isLetter(text, start - 1)) start--;
    if (start === k) return -1;
  }
  let b = start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  return text[b - 1] === ',' || text[b - 1] === '\n' ? b : -1;
}

/** Lower-case names that sign a letter or a message; isWord says the folded word is ordinary vocabulary. */
export function findSignOffNames(text: string, isWord: (key: string) => boolean): SignOffSpan[] {
  const out: SignOffSpan[] = [];
  // Every sign-off holds a comma or a line break before the name: one literal test first.
  if (!text.includes(',') && !text.includes('\n')) return out;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', end + 1)) {
    const lineEnd = end < 0 ? text.length : end;
    const before = signerStart(text, lineEnd);
    if (before >= 0) {
      // The closing words stand within a few dozen characters before the name.
      const from = Math.max(0, before - MAX_CLOSING);
      SIGN_OFF.lastIndex = 0;
      const m = SIGN_OFF.exec(text.slice(from, lineEnd));
      if (m !== null && OPENS_AT.test(text.slice(Math.max(0, from + m.index - 8), from + m.index))) {
        const name = m[1]!;
        const key = name.toLowerCase();
        // Matched without case for the closing words: the name is one word in lower case, perhaps capitalised.
        if (name.slice(1) === key.slice(1) && !NOT_A_SIGNER.has(key) && !isWord(key)) {
          const [start, stop] = m.indices![1]!;
          out.push({ start: from + start, end: from + stop });
        }
      }
    }
    if (end < 0) break;
  }
  return out;
}
