import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { plainlyCapitalised } from './person-context.js';
import type { Token } from './tokenize.js';

/**
 * The writer's name under a letter or a message: "Thanks!\nPepe", "Viele Grüße\nHiltrud – Lohnbüro", "thanks\nCsenge /
 * EHS", or, with no closing, a name on the last lines after the message's final sentence ("... by noon.\nLaimutė\n
 * Depot dispatch"). People sign with names of every country, and often with their team or site after a dash, a slash or
 * a bar on the same line, so the name's position says more than the lists.
 */

// Last words of a closing line above a signature, folded: English and Spanish, and the closings of the languages whose
// writers sign English messages with their own ("lg" and "vg" for liebe/viele Grüße, "mvh", "pozdrawiam", "üdv").
const CLOSINGS = new Set(
  (
    'thanks thx regards sincerely cheers best wishes gracias saludos saludo atentamente abrazo abrazos besos ' +
    'danke grusse gruße gruss gruß lg vg mfg groet groeten groetjes bedankt hilsen mvh tack halsningar terveisin ' +
    'kiitos pozdrawiam pozdrowienia dziekuje pozdrav pozdravem pozdravy dekuji koszonom udv udvozlettel aciu ' +
    'pagarbiai merci cordialement amities bises grazie saluti cordialmente obrigado obrigada abraco abracos ' +
    'cumprimentos salamat'
  ).split(' '),
);
// "Thank you!", "Salamat po!", "Thanks po": words that end a closing only after another closing word.
const CLOSING_TAILS = new Map([
  ['you', 'thank'],
  ['po', ''],
]);
// What may part the name from the writer's team, post or site on the signature's line.
const TAIL_SEPARATORS = new Set(['–', '—', '-', '/', '|', ',']);
const MAX_TAIL_TOKENS = 10;
// With no closing above it, a signature is the name and at most two lines of post, team or firm under it.
const MAX_LINES_UNDER = 2;
const MAX_WORDS_UNDER = 8;
const SENTENCE_END = new Set(['.', '!', '?', ')']);
// What an unlisted word is when it is no name: the start of a place, a firm's head or suffix, a derived word's shape.
const UNLISTED_NOT_NAME = WORD.PLACE_FIRST | WORD.ORG_SUFFIX | WORD.ORG_HEAD_FIRST | WORD.WORD_SHAPED;

/** Whether tokens[i] is the last word of a closing ("thanks", "thank you po", "un abrazo"). */
function closingAt(tokens: readonly Token[], i: number): boolean {
  const key = tokens[i]?.key;
  if (key === undefined) return false;
  if (CLOSINGS.has(key)) return true;
  const before = CLOSING_TAILS.get(key);
  if (before === undefined || i === 0 || tokens[i]!.lineStart) return false;
  const prev = tokens[i - 1]!.key;
  return before === '' ? CLOSINGS.has(prev) || closingAt(tokens, i - 1) : prev === before;
}

/**
 * Index of the first token after the signed name on its line that is not its team or post: the next line's first
 * token (or tokens.length) when the line is the name alone, or the name and a separator before a short tail without a
 * sentence's end ("– Team Orion, Pasig site", "/ EHS", "| Payroll"). -1 when the line goes on otherwise.
 */
function lineEndAfterName(tokens: readonly Token[], last: number): number {
  let i = last + 1;
  if (i >= tokens.length || tokens[i]!.lineStart) return i;
  if (!TAIL_SEPARATORS.has(tokens[i]!.text)) return -1;
  for (let n = 0; ++i < tokens.length && !tokens[i]!.lineStart; n++) {
    const t = tokens[i]!;
    if (n >= MAX_TAIL_TOKENS || '.!?:;'.includes(t.text) || t.kind === 'number') return -1;
  }
  return i;
}

/** Whether the words head..last could be a signed name: capitalised, no ordinary word, place or product. */
function nameWords(tokens: readonly Token[], head: number, last: number, lex: NameLexicon): boolean {
  for (let w = head; w <= last; w++) {
    const t = tokens[w]!;
    if (t.kind === 'word' && (lex.isWord(WORD.COMMON | WORD.PLACE | WORD.PRODUCT, t.key) || !t.cap)) return false;
  }
  return true;
}

/** "Gracias!!\nLu", "Viele Grüße\nHiltrud – Lohnbüro": the name alone (or with its team) under a closing line. */
function underClosing(tokens: readonly Token[], head: number): boolean {
  let i = head - 1;
  while (i >= 0 && '!.,'.includes(tokens[i]!.text) && !tokens[i]!.lineStart) i--;
  if (i < 0 || !closingAt(tokens, i)) return false;
  // The closing is a short sentence ending its line ("Many thanks!", "... la factura. Gracias!!"), not the end of a
  // longer one ("we will send the regards").
  for (let j = i, words = 0; j >= 0; j--) {
    const t = tokens[j]!;
    if (j < i && '.!?'.includes(t.text)) return true;
    if (t.kind === 'word' && ++words > 3) return false;
    if (t.lineStart) return true;
  }
  return true;
}

/**
 * "... by noon.\nLaimutė\nDepot dispatch": with no closing, a name alone on a line right after the message's last
 * sentence (or a number it gave, "mobile: +370 ..."), with at most two short lines under it (a post, a team, a firm)
 * and nothing after them. A listed given name may end the text; a word the lists do not know needs such a line under
 * it. A list of names (a set list, a roster) is no signature: no line under it is one given name alone.
 */
function signatureAtEnd(tokens: readonly Token[], head: number, lineEnd: number, lex: NameLexicon): boolean {
  // The line above ends a sentence, or a phone number or an amount the message gave.
  const prev = tokens[head - 1];
  if (prev === undefined || !(SENTENCE_END.has(prev.text) || prev.kind === 'number')) return false;
  const bits = lex.infoAt(tokens, head);
  if ((bits & WORD.AMBIGUOUS_NAME) !== 0 || (bits & UNLISTED_NOT_NAME) !== 0) return false;
  if ((bits & GIVEN) === 0 && (lineEnd >= tokens.length || (bits & WORD.SURNAME) !== 0)) return false;
  let lines = 0;
  let words = 0;
  for (let i = lineEnd; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineStart) {
      if (++lines > MAX_LINES_UNDER) return false;
      const next = tokens[i + 1];
      if (t.kind === 'word' && t.cap && (next === undefined || next.lineStart) && lex.isWordAt(GIVEN, tokens, i))
        return false;
    }
    // "Aurora\nDeck 5" under a cruise's notes: a signature's post or team holds no number (a phone goes further down).
    if (t.kind === 'number' || ('.!?'.includes(t.text) && i + 1 < tokens.length)) return false;
    if (t.kind === 'word' && ++words > MAX_WORDS_UNDER) return false;
  }
  return true;
}

/**
 * Whether the capitalised run head..last is the writer's name signing the message: it opens its line, which holds
 * only it (and perhaps the writer's team after a separator), under a closing line or as the last lines of the text
 * after its final sentence (signatureAtEnd).
 */
export function signedName(tokens: readonly Token[], head: number, last: number, lex: NameLexicon): boolean {
  const first = tokens[head]!;
  if (!first.lineStart || first.text.length < 2 || !plainlyCapitalised(first.text)) return false;
  const lineEnd = lineEndAfterName(tokens, last);
  if (lineEnd < 0 || !nameWords(tokens, head, last, lex)) return false;
  // "Cheers,\nNginx – reverse proxy notes": after a word the lists do not know as a given name, the tail is a team
  // or a post only when it opens with a capital ("– Lohnbüro", "/ EHS").
  const tail = tokens[last + 2];
  if (lineEnd > last + 1 && !lex.isWordAt(GIVEN, tokens, head) && (tail === undefined || !tail.cap)) return false;
  return underClosing(tokens, head) || signatureAtEnd(tokens, head, lineEnd, lex);
}
