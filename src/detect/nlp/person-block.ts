import { opensLine } from './line-prefix.js';
import type { Token } from './tokenize.js';

/**
 * "Gyala Antall\nNorthwind Ltd\n12 Harbour Road": mail signatures, envelopes and contact cards put the person's name
 * on a line of its own at the top of a block, above the lines that carry numbers (street, suite, phone). A company
 * or town line sits lower in the block, so only the block's first line counts.
 */
const MAX_LINES_BELOW = 4;
// Lower-case words that may sit inside a name on such a line ("Maika van de Noort").
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'la',
  'le',
  'da',
  'di',
  'du',
  'dos',
  'ten',
  'ter',
]);

// Marks that open quoted or listed lines ("> ", "??? "): a line of only these is a blank line of the quote.
const QUOTE_MARKS = new Set(['>', '?', '*', '-', '•', '|']);

function isNumber(t: Token): boolean {
  return t.kind === 'number' && t.text.length >= 2;
}

/** Whether tokens[head..last] fill their line (after quote or bullet marks) and head a block of numbered lines. */
export function headsContactBlock(tokens: readonly Token[], head: number, last: number): boolean {
  if (!opensLine(tokens, head) || (tokens[last + 1] !== undefined && !tokens[last + 1]!.lineStart)) return false;
  for (let i = head + 1; i < last; i++) {
    const t = tokens[i]!;
    if (!t.cap && !NAME_PARTICLES.has(t.key) && t.text !== '.') return false;
  }
  // The block starts here: nothing above but blank or quote-only lines, or a line that announces it ("Ship to:").
  let lineOpen = head;
  while (lineOpen > 0 && !tokens[lineOpen]!.lineStart) lineOpen--;
  for (let i = lineOpen - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (i === lineOpen - 1 && t.text === ':') break;
    if (t.kind !== 'punct' || !QUOTE_MARKS.has(t.text)) return false;
    if (t.lineStart) break;
  }
  let lines = 0;
  for (let i = last + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineStart && ++lines > MAX_LINES_BELOW) return false;
    if (isNumber(t)) return true;
  }
  return false;
}
