import { type CellSpan, countCells, splitCells } from '../table/cells.js';
import type { Finding } from '../types.js';
import { NAME_PARTICLES } from './cap-runs.js';
import { foldKey } from './fold.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { fieldNames } from './person-fields.js';
import { cuedLogins } from './person-login-cues.js';
import { isPersonLogin, loginNames, overlapping } from './person-logins.js';
import { isLowerCase, isUpperCase } from './tokenize.js';

/**
 * Names the finders missed beside names they found, read from the shape of the text rather than from the words:
 *
 * - Slots: the same place in lines of one list or rows of one table ("- Ana Ruiz – vegan" lines, the second cell of
 *   "| Name | Role |" rows, a CSV column). When most filled cells of a slot are already people, another cell there
 *   that is written like a name (one to four capitalised words, no digits, no ordinary word, place or product) is a
 *   person too, whatever its origin ("- Tavita Faleolo – no nuts" under lines of listed names).
 * - Repeats: the same full name again elsewhere (in any case), or one of its words alone when that word is nothing
 *   but a name ("tavita" in a chat after "Tavita Faleolo").
 * - Mail boxes: "tavita.faleolo@..." names its owner; when one half is a listed given name, both halves said alone in
 *   the text are that person.
 *
 * Runs once per text on the engine's findings; each part starts with a cheap test (a person found, an "@" in the text).
 */

const SCORE = 0.7;
const TYPE_SLOT = 'NAME_SIBLING';
const TYPE_REPEAT = 'NAME_AGAIN';
const TYPE_MAILBOX = 'NAME_MAILBOX';

/** Bits that make a word something other than a name: an ordinary word, a place, a product, an organisation's word. */
const NOT_NAME =
  WORD.COMMON |
  WORD.PLACE |
  WORD.PRODUCT |
  WORD.ORG_SUFFIX |
  WORD.KNOWN_ORG_FIRST |
  WORD.WORD_SHAPED |
  WORD.PUBLIC_FIGURE |
  WORD.AMBIGUOUS_NAME;
const NAME_BITS = WORD.FIRST_NAME | WORD.SURNAME | WORD.MORE_GIVEN;
// cap-runs' joiners, and the Arabic ones a list of people's names also holds ("Yusuf bin Ahmad", "Omar al Rashid").
const PARTICLES = new Set([...NAME_PARTICLES, 'bin', 'al', 'el']);
/** A capitalised name word ("Oyewale", "Brathwaite-Kunle", "O'Faolain", "MacCrimmon") or an initial ("P."). */
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}[\p{Ll}]?\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}\.?)$/u;

interface Cell {
  start: number;
  end: number;
}

/** Whether a word of a candidate name may be a name: not an ordinary word, place or product unless also a listed name. */
function nameLikeWord(word: string, lex: NameLexicon, inFullName: boolean): boolean {
  let bits = lex.wordInfo(foldKey(word));
  // "Harries", "Menzies": an English word's ending proves little beside another name.
  if (inFullName) bits &= ~WORD.WORD_SHAPED;
  if ((bits & NOT_NAME) === 0) return true;
  // "Wren", "Heath": an ordinary word that the lists also hold as a name is allowed, a place or product never.
  return (bits & NAME_BITS) !== 0 && (bits & (WORD.PLACE | WORD.PRODUCT | WORD.PUBLIC_FIGURE | WORD.ORG_SUFFIX)) === 0;
}

/**
 * Whether text[start, end) is written like a person's name: one to four capitalised words (initials and particles
 * between allowed), at least one of two letters or more that is not an initial, no digits; and every word may be a
 * name (nameLikeWord), with at least one word no ordinary word at all.
 */
export function nameShaped(text: string, start: number, end: number, lex: NameLexicon): boolean {
  const value = text.slice(start, end);
  if (value.length < 2 || value.length > 60 || /[\d@/\\_#=<>{}[\]"“”:;!?]/.test(value)) return false;
  const words = value.split(/\s+/);
  let named = 0;
  let plain = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (k > 0 && k < words.length - 1 && PARTICLES.has(w)) continue;
    if (!NAME_WORD.test(w)) return false;
    if (/^\p{Lu}\.?$/u.test(w)) continue;
    if (isUpperCase(w)) return false;
    named++;
    const bare = w.replace(/['’]s$/, '');
    if (!nameLikeWord(bare, lex, words.length > 1)) return false;
    if ((lex.wordInfo(foldKey(bare)) & WORD.COMMON) === 0) plain++;
  }
  return named >= 1 && named <= 4 && plain >= 1;
}

// --- Slots -------------------------------------------------------------------------------------------------------

/** A list line's bullet or number ("- ", "* ", "• ", "3. ", "b) "). */
const BULLET = /^[ \t]*(?:[-*•·▪◦+]|\d{1,3}[.)]|[a-z][.)])[ \t]+/;
/** What ends the first field of a list line: a dash between spaces, a bracket, punctuation, a tab, a wide gap. */
const FIELD_END = /[ \t]+[–—-][ \t]|[ \t]*\(|[,;:|\t]| {2,}| \+ | & | and | y /;
/** Delimiters of table rows, in the order they are tried. */
const DELIMITERS = ['|', '\t', ';', ','] as const;
/** Words a cell of a comma- or semicolon-separated row holds at most. */
const CELL_WORDS_MAX = 6;

function trimmed(text: string, start: number, end: number): Cell {
  let s = start;
  let e = end;
  while (s < e && /[\s*"'`]/.test(text[s]!)) s++;
  while (e > s && /[\s*"'`.,]/.test(text[e - 1]!) && !/\s\p{Lu}\.$/u.test(text.slice(Math.max(s, e - 3), e))) e--;
  return { start: s, end: e };
}

/** Adds the cell to the slot's list (an empty cell is left out). A function of its own, not a closure per line. */
function push(slots: Map<string, Cell[]>, key: string, cell: Cell): void {
  if (cell.end <= cell.start) return;
  let list = slots.get(key);
  if (!list) {
    list = [];
    slots.set(key, list);
  }
  list.push(cell);
}

/** A sentence with commas in it is no row: a row's cells hold a few words each (a quoted note may hold more). */
function longCell(text: string, c: CellSpan): boolean {
  return text[c.start] !== '"' && text.slice(c.start, c.end).split(' ').length > CELL_WORDS_MAX;
}

/** Adds every slot of one line to the map: its table cells under the first delimiter it holds twice, its list field. */
function lineSlots(text: string, from: number, to: number, slots: Map<string, Cell[]>): void {
  const line = text.slice(from, to);
  for (const d of DELIMITERS) {
    // Most lines hold none of the delimiters: one native search rules each out before the walk over the line.
    if (!line.includes(d) || countCells(text, from, to, d) < 3) continue;
    const parts = splitCells(text, from, to, d);
    if (d === ',' || d === ';') {
      let long = false;
      for (let k = 0; k < parts.length && !long; k++) long = longCell(text, parts[k]!);
      if (long) break;
    }
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      // A cell's own note in brackets ("Ines (surname unknown)") is cut off. Searched within the line only: from
      // each cell of a long table to the end of the text, the searches added up to the table's size squared.
      const paren = line.indexOf(' (', part.start - from);
      const cut = paren >= 0 && from + paren < part.end ? from + paren : part.end;
      push(slots, `${d}${parts.length}:${k}`, trimmed(text, part.start, cut));
    }
    return;
  }
  // Columns lined up with spaces: each cell after a gap of two spaces or more, keyed by its column.
  if (/\S {2,}\S/.test(line)) {
    const gap = / {2,}/g;
    let cellStart = /^\s*/.exec(line)![0].length;
    for (let m = gap.exec(line); ; m = gap.exec(line)) {
      const cellEnd = m ? m.index : line.length;
      push(slots, `A${cellStart}`, trimmed(text, from + cellStart, from + cellEnd));
      if (!m) break;
      cellStart = m.index + m[0].length;
    }
    return;
  }
  const bullet = BULLET.exec(line);
  const head = bullet ? bullet[0].length : 0;
  const rest = line.slice(head);
  const end = FIELD_END.exec(rest);
  if (!end) return;
  const kind = bullet ? bullet[0].trim().replace(/\d+|[a-z]/, 'n') : '';
  push(slots, `L${kind}`, trimmed(text, from + head, from + head + end.index));
}

/** "Solicitante: Leocadia Urrutia": a field's name before a colon, with a person after it on its line. */
function labelsAPerson(text: string, cell: Cell, findings: readonly Finding[]): boolean {
  let i = cell.end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== ':') return false;
  let lineEnd = text.indexOf('\n', i);
  if (lineEnd < 0) lineEnd = text.length;
  return findings.some((f) => f.label === 'PERSON' && f.start > i && f.start < lineEnd);
}

/**
 * The finding overlapping(findings, start, end) returns (the first, in order, that overlaps the range), asked for every
 * cell of a table. The engine's findings are sorted and none overlaps the next: then their ends rise as their starts
 * do, and a binary search finds it instead of a walk over all of them per cell. Other lists are walked as before.
 */
function overlapFinder(findings: readonly Finding[]): (start: number, end: number) => Finding | undefined {
  let disjoint = true;
  for (let k = 0; k < findings.length && disjoint; k++) {
    const f = findings[k]!;
    disjoint = f.end >= f.start && (k === 0 || f.start >= findings[k - 1]!.end);
  }
  if (!disjoint) return (start, end) => overlapping(findings, start, end);
  return (start, end) => {
    let lo = 0;
    let hi = findings.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (findings[mid]!.end > start) hi = mid;
      else lo = mid + 1;
    }
    const f = findings[lo];
    return f !== undefined && f.start < end && start < f.end ? f : undefined;
  };
}

function slotSiblings(text: string, findings: readonly Finding[], lex: NameLexicon, out: Finding[]): void {
  const slots = new Map<string, Cell[]>();
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from >= 3 && to - from <= 2000) lineSlots(text, from, to, slots);
    from = to + 1;
  }
  let overlap: ((start: number, end: number) => Finding | undefined) | undefined;
  for (const [key, cells] of slots) {
    if (cells.length < 3) continue;
    overlap ??= overlapFinder(findings);
    // Two of the cells at least must be people already (below): counted first, so a slot with fewer asks none of its
    // cells whether it is shaped like a name. Most slots are such: every line of prose with a comma in it gives the
    // slot of a list's first field its words before the comma.
    let people = 0;
    for (const c of cells) if (overlap(c.start, c.end)?.label === 'PERSON') people++;
    if (people < 2) continue;
    people = 0;
    let others = 0;
    const open: Cell[] = [];
    // A table's first row is its header ("Apoderado", "Guardian"): counted, never taken.
    const header = key.startsWith('L') ? undefined : cells[0];
    for (const c of cells) {
      const f = overlap(c.start, c.end);
      if (f?.label === 'PERSON') people++;
      else if (!f && c !== header && !labelsAPerson(text, c, findings) && nameShaped(text, c.start, c.end, lex))
        open.push(c);
      else if (c !== header && /\p{L}/u.test(text.slice(c.start, c.end))) others++;
    }
    // At least two cells and a third of those with letters (the header left out) are people already, more than the
    // cells of other words (products, places, notes) and no fewer than the cells that would be added: a column of
    // people with a blank, a note or an empty row in it.
    let lettered = 0;
    for (const c of cells) if (c !== header && /\p{L}/u.test(text.slice(c.start, c.end))) lettered++;
    if (people < 2 || people * 3 < lettered || people < open.length || people <= others || open.length === 0) continue;
    for (const c of open)
      out.push({ start: c.start, end: c.end, label: 'PERSON', type: TYPE_SLOT, score: SCORE, detector: 'nlp' });
  }
}

// --- Repeats and mail boxes ------------------------------------------------------------------------------------------

const LETTER = /[\p{L}\p{M}\d]/u;
/** Characters glued to a word that make it part of an address, a handle or a file name. */
const GLUE = new Set(['@', '_', '/', '\\', '#', '-', '.', '=']);

/** Whether text[start, end) stands as a word of its own: no letter or identifier glue on either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && (LETTER.test(before) || GLUE.has(before))) return false;
  if (after === undefined) return true;
  if (LETTER.test(after) || (GLUE.has(after) && after !== '.' && after !== '-')) return false;
  // "tavita." ends a sentence; "tavita.faleolo" is an address.
  if ((after === '.' || after === '-') && LETTER.test(text[end + 1] ?? '')) return false;
  return true;
}

/**
 * "Ferreday Foods", "Grupo Editorial Varela", "Tarta Zinnia": a capitalised word beside it on the same line makes it part
 * of a longer name (a firm, a dish, a street).
 */
function inLongerName(text: string, start: number, end: number): boolean {
  let b = start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  // "C/ Ignacia Zubiri", "22700 Jaca": a street's slash or a postal code or house number before it.
  if (text[b - 1] === '/' || (b < start && /\d/.test(text[b - 1] ?? ''))) return true;
  if (b < start && LETTER.test(text[b - 1] ?? '')) {
    let w = b - 1;
    while (w > 0 && LETTER.test(text[w - 1]!)) w--;
    if (/^\p{Lu}/u.test(text.slice(w, b))) return true;
  }
  let a = end;
  while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++;
  return a > end && /^\p{Lu}/u.test(text[a] ?? '');
}

/** Every place the word or phrase occurs alone, in lower case, with capitals or in title case as written. */
function occurrences(text: string, lower: string, phrase: string, lowerToo: boolean): number[] {
  const at: number[] = [];
  for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
    if (!standsAlone(text, i, i + phrase.length) || inLongerName(text, i, i + phrase.length)) continue;
    const written = text.slice(i, i + phrase.length);
    // Lower case, or each word capitalised ("Tavita Faleolo", "tavita faleolo"), not "TAVITA" in a shouted heading.
    const ok =
      (lowerToo && written === phrase) || written.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && !isUpperCase(w));
    if (ok) at.push(i);
  }
  return at;
}

/** Whether a word alone is a name and nothing else the lists know (no ordinary word, place, product). */
function onlyAName(word: string, lex: NameLexicon): boolean {
  if (word.length < 4) return false;
  const bits = lex.wordInfo(foldKey(word));
  return (bits & (NOT_NAME | WORD.PLACE_FIRST)) === 0;
}

function addAt(at: number[], length: number, type: string, taken: Finding[], out: Finding[]): void {
  for (const s of at) {
    const e = s + length;
    if (overlapping(taken, s, e)) continue;
    const f: Finding = { start: s, end: e, label: 'PERSON', type, score: SCORE, detector: 'nlp' };
    out.push(f);
    taken.push(f);
  }
}

/** Finding types of a name alone in a column or a field made for it. */
const OWN_CELL = new Set(['NAME_COLUMN', 'COPY_NAME', 'HL7_NAME', 'FHIR_NAME', 'X12_NAME']);

function repeats(text: string, lower: string, findings: readonly Finding[], lex: NameLexicon, out: Finding[]): void {
  const taken = [...findings, ...out];
  const phrases = new Map<string, boolean>();
  // Each word, and whether it counts in lower case too.
  const words = new Map<string, boolean>();
  for (const f of findings) {
    if (f.label !== 'PERSON') continue;
    const value = text.slice(f.start, f.end);
    if (/[\d@_/]/.test(value)) continue;
    const parts = value.split(/\s+/).filter((w) => w.length > 0);
    // "nombre;apellidos" rows: a given name alone in its own column is as sure as a full name; said again in the
    // text, capitalised, it is that person ("Otra cosa: Ainhize cambió de teléfono").
    if (parts.length === 1 && OWN_CELL.has(f.type) && NAME_WORD.test(value) && !isUpperCase(value)) {
      const bits = lex.wordInfo(foldKey(value));
      if ((bits & GIVEN) !== 0 && onlyAName(value, lex))
        words.set(value.toLowerCase(), words.get(value.toLowerCase()) ?? false);
      continue;
    }
    if (parts.length < 2 || parts.length > 4 || !parts.every((w) => NAME_WORD.test(w) || /^\p{Ll}+$/u.test(w)))
      continue;
    // Only a name with a listed given name in it spreads its words ("Cirugía Plástica" taken for a name must not).
    const given = (w: string) => {
      const bits = lex.wordInfo(foldKey(w));
      return (bits & GIVEN) !== 0 && (bits & WORD.COMMON) === 0;
    };
    const lowerCase = isLowerCase(value);
    // The whole name again counts as written (capitalised); in lower case only for a name with a given name in it.
    const hasGiven = parts.some(given);
    phrases.set(value.toLowerCase(), (phrases.get(value.toLowerCase()) ?? false) || hasGiven || lowerCase);
    if (!hasGiven) continue;
    for (const w of parts) {
      // A title masked with the name ("Kine Felipe Orellana", "Enf. Rocío ...") is no part of it said again.
      if (!onlyAName(w, lex) || PARTICLES.has(w.toLowerCase()) || lex.honorifics.has(foldKey(w.replace(/\.$/, ''))))
        continue;
      // In lower case only a listed given name, or one the text itself wrote in lower case ("tavita faleolo ... tavita").
      const listed = (lex.wordInfo(foldKey(w)) & GIVEN) !== 0;
      words.set(w.toLowerCase(), (words.get(w.toLowerCase()) ?? false) || listed || lowerCase);
    }
  }
  for (const [p, lowerToo] of phrases) addAt(occurrences(text, lower, p, lowerToo), p.length, TYPE_REPEAT, taken, out);
  for (const [w, lowerToo] of words) addAt(occurrences(text, lower, w, lowerToo), w.length, TYPE_REPEAT, taken, out);
}

/** "tavita.faleolo@", "ana_ruiz@": two halves of letters before the "@" (a third, a number or a word, may follow). */
const MAILBOX = /(?<![\p{L}\d._-])(\p{L}{3,})[._](\p{L}{3,})(?:[._-][\p{L}\d]+)?@/gu;

/** MAILBOX read at one position only (sticky): see mailboxAt. */
const MAILBOX_AT = new RegExp(MAILBOX.source, 'uy');
/** What MAILBOX's lookbehind refuses before a mailbox: a letter, a digit, ".", "_" or "-". */
const LOCAL_PART = /[\p{L}\d._-]/u;

function localPartChar(cp: number): boolean {
  if (cp < 0x80) {
    return (
      (cp >= 0x61 && cp <= 0x7a) ||
      (cp >= 0x41 && cp <= 0x5a) ||
      (cp >= 0x30 && cp <= 0x39) ||
      cp === 0x2e ||
      cp === 0x5f ||
      cp === 0x2d
    );
  }
  return LOCAL_PART.test(String.fromCodePoint(cp));
}

/**
 * MAILBOX's match that ends at the "@" at `at`, or null. A match ends at its "@" and its lookbehind lets it start
 * only where the run of letters, digits, dots, underscores and dashes before that "@" starts: the regex is asked
 * there alone, not at every letter of the text (which cost as much as all the rest of this module).
 */
function mailboxAt(lower: string, at: number): RegExpExecArray | null {
  let i = at;
  while (i > 0) {
    let cp = lower.charCodeAt(i - 1);
    let width = 1;
    if (cp >= 0xdc00 && cp <= 0xdfff && i >= 2) {
      const high = lower.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        cp = ((high - 0xd800) << 10) + (cp - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (!localPartChar(cp)) break;
    i -= width;
  }
  MAILBOX_AT.lastIndex = i;
  return MAILBOX_AT.exec(lower);
}

function mailboxes(text: string, lower: string, findings: readonly Finding[], lex: NameLexicon, out: Finding[]): void {
  const taken = [...findings, ...out];
  const seen = new Set<string>();
  for (let at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
    const m = mailboxAt(lower, at);
    if (!m) continue;
    const [, a, b] = m as unknown as [string, string, string];
    const key = `${a} ${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const given = (x: string) => (lex.wordInfo(foldKey(x)) & WORD.FIRST_NAME) !== 0 && onlyAName(x, lex);
    if (!given(a) && !given(b)) continue;
    if (!onlyAName(a, lex) || !onlyAName(b, lex)) continue;
    addAt(occurrences(text, lower, key, true), key.length, TYPE_MAILBOX, taken, out);
    addAt(occurrences(text, lower, `${b} ${a}`, true), key.length, TYPE_MAILBOX, taken, out);
    for (const w of [a, b]) addAt(occurrences(text, lower, w, true), w.length, TYPE_MAILBOX, taken, out);
  }
}

/** The people this pass adds to the engine's findings (none overlapping them), in no particular order. */
export function siblingNames(text: string, findings: readonly Finding[], lexicon: () => NameLexicon): Finding[] {
  const lex = lexicon();
  const out: Finding[] = loginNames(text, findings, lex);
  out.push(...cuedLogins(text, [...findings, ...out], lex, (login, column) => isPersonLogin(login, lex, column)));
  // A record's fields that say their value is a person's name or login (person-fields.ts).
  out.push(...fieldNames(text, [...findings, ...out], lex));
  const hasPerson = out.length > 0 || findings.some((f) => f.label === 'PERSON');
  const hasMail = text.includes('@');
  if (!hasPerson && !hasMail) return out;
  const lower = text.toLowerCase();
  // toLowerCase keeps offsets only when no character changes length ("İ"): otherwise only the slots are read.
  const sameLength = lower.length === text.length;
  if (hasPerson) slotSiblings(text, findings, lex, out);
  if (hasMail && sameLength) mailboxes(text, lower, findings, lex, out);
  if (hasPerson && sameLength) repeats(text, lower, [...findings, ...out], lex, out);
  return out;
}
