import type { Token } from './tokenize.js';

// Marks that quote or list a line in mail and chat ("> 12 Elm Street", "??? Apt. 5", "- Suite 3", "| Leeds").
const PREFIX_MARKS = new Set(['>', '?', '*', '-', '•', '|', '·', '»']);

/** Index of the first token after the quote or bullet marks that open the line starting at tokens[lineStart]. */
export function lineBody(tokens: readonly Token[], lineStart: number): number {
  let j = lineStart;
  while (j < tokens.length && PREFIX_MARKS.has(tokens[j]!.text) && (j === lineStart || !tokens[j]!.lineStart)) j++;
  return j < tokens.length && (j === lineStart || !tokens[j]!.lineStart) ? j : lineStart;
}

/** True when tokens[index] opens its line, after any quote or bullet marks. */
export function opensLine(tokens: readonly Token[], index: number): boolean {
  for (let i = index; i >= 0; i--) {
    const t = tokens[i]!;
    if (i < index && !PREFIX_MARKS.has(t.text)) return false;
    if (t.lineStart) return true;
  }
  return true;
}

/**
 * True when the rest of the line from tokens[from] holds a word of two letters or more: what a speaker says or a
 * person's field holds, where a timetable's "Sábados: 07:00 07:20" holds only times and numbers.
 */
export function wordsOnLine(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && (i === from || !tokens[i]!.lineStart); i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.text.length >= 2) return true;
  }
  return false;
}
