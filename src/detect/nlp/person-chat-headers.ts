import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * A chat copied out of Slack or Teams puts each message under a header line: the author's display name or handle, a
 * gap and the time ("marta.v  10:42", "Siobhan Kelly  9:15 AM"). Two such lines make the text a chat export, and the
 * author of each header is a person. An author counts when its words could be a name: a handle of lower-case parts
 * joined by dots, underscores or hyphens that opens with a word of three letters or more ("li.wei", "j_okafor"), or one
 * to three capitalised words none of which the lists know as an ordinary word, a product or an acronym ("Deploy
 * 10:42" in a run book, "GitHub  10:42" a bot, are not people).
 */
export interface HeaderSpan {
  first: number;
  last: number;
}

const JOINTS = new Set(['.', '_', '-']);
const MERIDIEM = new Set(['am', 'pm']);

/** Index of the last token of a time "10:42" or "9:15 AM" starting at i, or -1. */
function timeAt(tokens: readonly Token[], i: number): number {
  const h = tokens[i];
  const colon = tokens[i + 1];
  const m = tokens[i + 2];
  if (h?.kind !== 'number' || h.text.length > 2 || colon?.text !== ':' || m?.kind !== 'number' || m.text.length !== 2)
    return -1;
  if (colon.start !== h.end || m.start !== colon.end) return -1;
  const after = tokens[i + 3];
  return after !== undefined && !after.lineStart && MERIDIEM.has(after.key) ? i + 3 : i + 2;
}

/** The author part of a header line that starts at `start`, as [first, last] token indexes, if the line is one. */
function headerAt(tokens: readonly Token[], start: number, lex: NameLexicon): HeaderSpan | undefined {
  let i = start;
  const first = tokens[i];
  if (first?.kind !== 'word') return undefined;
  const capitalised = first.cap;
  let last = i;
  if (capitalised) {
    // One to three capitalised words, separated by single spaces.
    while (last - start < 2) {
      const next = tokens[last + 1];
      if (next?.kind !== 'word' || !next.cap || next.lineStart || next.start - tokens[last]!.end !== 1) break;
      last++;
    }
  } else {
    // A lower-case handle: words glued by dots, underscores or hyphens.
    while (last - start < 6) {
      const joint = tokens[last + 1];
      const part = tokens[last + 2];
      if (joint === undefined || part === undefined || !JOINTS.has(joint.text) || part.kind !== 'word') break;
      if (joint.start !== tokens[last]!.end || part.start !== joint.end) break;
      last += 2;
    }
  }
  i = last + 1;
  const time = tokens[i];
  // The gap between the author and the time: two spaces or more (a tab counts), as the copied layout leaves; Slack's
  // own copy leaves one space before a time with AM or PM ("nico.ferraro 3:02 PM").
  if (time === undefined || time.lineStart || time.start === tokens[last]!.end) return undefined;
  const end = timeAt(tokens, i);
  const oneSpace = time.start - tokens[last]!.end < 2;
  if (oneSpace && (end < 0 || !MERIDIEM.has(tokens[end]!.key))) return undefined;
  if (end < 0 || (tokens[end + 1] !== undefined && !tokens[end + 1]!.lineStart)) return undefined;
  const notName = WORD.COMMON | WORD.PRODUCT | WORD.ORG_SUFFIX | WORD.PLACE_FIRST;
  for (let w = start; w <= last; w++) {
    const t = tokens[w]!;
    if (t.kind !== 'word') continue;
    if (capitalised) {
      if (t.text.length < 2 || isUpperCase(t.text) || lex.isWord(notName, t.key)) return undefined;
      // "Heathrow 10:40 AM" in a list of pick-ups: a place or a town that is no given name.
      const given = lex.isWord(GIVEN, t.key);
      if (last === start && lex.isWord(WORD.PLACE | WORD.TOWN_FIRST, t.key) && !given) return undefined;
      // With one space before the time, one capitalised word must be a listed given name ("Gatwick 1:15 PM" is not).
      if (oneSpace && last === start && !given) return undefined;
    } else if (w === start && (t.text.length < 3 || t.text !== t.key || lex.isWord(notName, t.key))) {
      return undefined;
    }
  }
  // A lower-case author needs its joints: a bare lower-case word is as often a channel or a bot.
  if (!capitalised && last === start) return undefined;
  return { first: start, last };
}

/** Authors of chat header lines, when the text holds at least two such lines. */
export function findChatHeaders(tokens: readonly Token[], lex: NameLexicon): HeaderSpan[] {
  const out: HeaderSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.lineStart) continue;
    const h = headerAt(tokens, i, lex);
    if (h !== undefined) out.push(h);
  }
  return out.length >= 2 ? out : [];
}
