import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * A chat copied out of Slack or Teams puts each message under a header line: the author's display name or handle, a
 * gap and the time ("marta.v  10:42", "Siobhan Kelly  9:15 AM"). Two such lines make the text a chat export, and the
 * author of each header is a person. An author counts when its words could be a name: a handle of lower-case parts
 * joined by dots, underscores or hyphens that opens with a word of three letters or more ("li.wei", "j_okafor"), or one
 * to three capitalised words none of which the lists know as an ordinary word, a product or an acronym ("Deploy
 * 10:42" in a run book, "GitHub  10:42" a bot, are not people). Discord's copy puts a dash and the day between them
 * ("rokas_p — Today at 08:52", "ines — 03/11/2026 14:02"); that layout is its own sign of a chat, so there even a
 * lone lower-case word is an author.
 */
export interface HeaderSpan {
  first: number;
  last: number;
}

const JOINTS = new Set(['.', '_', '-']);
const MERIDIEM = new Set(['am', 'pm']);
const DASHES = new Set(['—', '–', '-']);
// The day Discord writes before the time ("Today at", "Yesterday at", "Hoy a las", "Ayer a las").
const DAY_WORDS = new Set(['today', 'yesterday', 'hoy', 'ayer']);
const AT_WORDS = new Set(['at', 'a', 'las']);

/**
 * Index of the first token of the time after a Discord header's dash at i ("— Today at 21:07", "— 03/11/2026 14:02",
 * "— 11/3/26, 2:02 PM"), or -1.
 */
function discordTimeStart(tokens: readonly Token[], i: number): number {
  if (!DASHES.has(tokens[i]?.text ?? '') || tokens[i]!.start === tokens[i - 1]!.end) return -1;
  let k = i + 1;
  if (DAY_WORDS.has(tokens[k]?.key ?? '')) {
    k++;
    while (AT_WORDS.has(tokens[k]?.key ?? '') && k < i + 5) k++;
    return k;
  }
  // A date of three numbers parted by slashes, dots or hyphens, perhaps a comma after it.
  for (let n = 0; n < 3; n++, k += 2) {
    if (tokens[k]?.kind !== 'number') return -1;
    if (n < 2 && !'/.-'.includes(tokens[k + 1]?.text ?? ' ')) return -1;
  }
  k--;
  return tokens[k]?.text === ',' ? k + 1 : k;
}

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
  const discord = discordTimeStart(tokens, i);
  const end = timeAt(tokens, discord >= 0 ? discord : i);
  const oneSpace = discord < 0 && time.start - tokens[last]!.end < 2;
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
    } else if (w === start && (t.text !== t.key || (t.text.length >= 3 && lex.isWord(notName, t.key)))) {
      return undefined;
    }
  }
  // A handle opens with a word of three letters or more, or with initials before a longer part ("jc.mendoza").
  if (!capitalised && tokens[start]!.text.length < 3 && (last === start || tokens[last]!.text.length < 3))
    return undefined;
  // A lower-case author needs its joints: a bare lower-case word is as often a channel or a bot (not in Discord's
  // layout, which names its authors only).
  if (!capitalised && last === start && discord < 0) return undefined;
  return { first: start, last };
}

/**
 * "[09:14] zoltan_b: ...", "(14:02) marta.k: ...": a user name of lower-case parts joined by dots, underscores or
 * hyphens after the time stamp that opens a chat log's line, before the colon of what it wrote. The span of the
 * handle, if the line is one.
 */
function timedHandleAt(tokens: readonly Token[], start: number, lex: NameLexicon): HeaderSpan | undefined {
  const open = tokens[start]!;
  if (open.text !== '[' && open.text !== '(') return undefined;
  const close = open.text === '[' ? ']' : ')';
  let i = start + 1;
  if (timeAt(tokens, i) < 0) {
    // "[2026-11-03 09:14]", "[03/11 09:14]": a date before the time.
    while (i < start + 7 && tokens[i]?.kind === 'number' && '/.-'.includes(tokens[i + 1]?.text ?? ' ')) i += 2;
    if (tokens[i]?.kind === 'number' && tokens[i + 1]?.kind === 'number') i++;
  }
  const end = timeAt(tokens, i);
  if (end < 0 || tokens[end + 1]?.text !== close) return undefined;
  const first = end + 2;
  const head = tokens[first];
  if (head?.kind !== 'word' || head.lineStart || head.cap || head.text !== head.key) return undefined;
  let last = first;
  while (last - first < 6) {
    const joint = tokens[last + 1];
    const part = tokens[last + 2];
    if (joint === undefined || part?.kind !== 'word' || !JOINTS.has(joint.text)) break;
    if (joint.start !== tokens[last]!.end || part.start !== joint.end) break;
    last += 2;
  }
  const colon = tokens[last + 1];
  if (last === first || colon?.text !== ':' || colon.start !== tokens[last]!.end) return undefined;
  if (head.text.length < 3 && tokens[last]!.text.length < 3) return undefined;
  // "[09:14] auth_svc: ...", "[09:15] worker.pool: ...": a log's component, when any part is a word; a person's
  // handle holds a listed given or family name.
  let named = false;
  for (let w = first; w <= last; w += 2) {
    // Initials ("k", "jc") are no words here.
    if (tokens[w]!.text.length < 3) continue;
    if (lex.isWord(WORD.COMMON | WORD.PRODUCT | WORD.ORG_SUFFIX, tokens[w]!.key)) return undefined;
    named ||= lex.isWordAt(GIVEN | WORD.SURNAME, tokens, w);
  }
  return named ? { first, last } : undefined;
}

/** Authors of chat header lines and handles of a chat log's timed lines, when the text holds at least two of a kind. */
export function findChatHeaders(tokens: readonly Token[], lex: NameLexicon): HeaderSpan[] {
  const headers: HeaderSpan[] = [];
  const timed: HeaderSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.lineStart) continue;
    const h = headerAt(tokens, i, lex);
    if (h !== undefined) headers.push(h);
    const t = h === undefined ? timedHandleAt(tokens, i, lex) : undefined;
    if (t !== undefined) timed.push(t);
  }
  return [...(headers.length >= 2 ? headers : []), ...(timed.length >= 2 ? timed : [])];
}
