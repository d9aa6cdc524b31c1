import { type NameLexicon, WORD } from './lexicon.js';
import type { Token } from './tokenize.js';

/**
 * Historical text names nobody's private data: a narrative about the past whose years lie long ago (before 1920)
 * and whose people are marked as historical by a regnal number ("Felipe II", "Louis XIV"), a noble or royal title
 * ("Duke of X", "conde de X", "King X"), a knight's honorific ("Sir X"), a life event dated in the past ("died in
 * 1603", "bautizado ... 1621", "† 1657"), a life span in brackets "(1881 – 1955)" or a century ("siglo XVII").
 * A living family's tree is not historical: a birth in or after 1920 ("n. 1958", "born 3 May 1962", "(1941 – )")
 * vetoes the whole text, and the caller's personal anchors (my cousin, an address, a phone) keep it private too.
 */

/** Keys before a year: prepositions, "c."/"ca.", "year"/"año", a death's dagger or a span's dash. */
const YEAR_BEFORE = new Set(
  (
    'in en of de del since desde from until hasta c ca circa hacia around about by to a y and año year years anno ' +
    'januar january february march april may june july august september october november december ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'
  ).split(' '),
);
const YEAR_PUNCT_BEFORE = new Set(['(', '–', '—', '-', '†', ',', '[']);
/** Lower-case words that may follow a year in a narrative ("in 1603 the queen", "en 1646 con"). */
const YEAR_AFTER = new Set(
  (
    'and y e or o the el la los las a an when cuando con with he she they it his her su sus se que who which ' +
    'was were fue fueron en in at by after before tras antes despues after during durante'
  ).split(' '),
);

/** Nearest year a past year may be (a life in the past; 1920 starts living memory for a family tree). */
const LIVING_FROM = 1920;

/** The token's year when it reads as a year (four digits, not part of a figure, not a quantity with a unit). */
function yearAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.kind !== 'number' || t.text.length !== 4) return 0;
  const y = Number(t.text);
  if (y < 1000 || y > 2099) return 0;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "ES12 8821 1247": a group of a longer number, not a year.
  if (prev?.kind === 'number' || (next?.kind === 'number' && !next.lineStart)) return 0;
  // "1.588", "3,1602", "1602.5": a figure with a separator, not a year.
  if (prev && (prev.text === '.' || prev.text === ',') && prev.end === t.start && tokens[i - 2]?.kind === 'number')
    return 0;
  if (next && (next.text === '.' || next.text === ',') && next.end === t.end + 1 && tokens[i + 2]?.kind === 'number')
    if (tokens[i + 2]!.start === next.end) return 0;
  if (prev && (YEAR_BEFORE.has(prev.key) || YEAR_PUNCT_BEFORE.has(prev.text))) return y;
  if (next === undefined || next.lineStart || next.kind === 'punct' || next.cap) return y;
  return YEAR_AFTER.has(next.key) ? y : 0;
}

/** A Roman numeral as a regnal number: "II", "XIV", "I's". */
const REGNAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:['’]s)?$/;

/** Titles of nobility and royalty read before "of"/"de" ("Duke of X", "conde de X"). */
const NOBLE_OF = new Set(
  (
    'duke duchess earl count countess marquis marquess marchioness viscount baron baroness prince princess ' +
    'duque duquesa conde condesa marques marquesa vizconde vizcondesa baron baronesa principe princesa infante infanta'
  ).split(' '),
);
/** Royal titles read before a given name ("King Henry", "reina Isabel"). */
const ROYAL = new Set(
  'king queen emperor empress pope tsar tsarina sultan rey reina emperador emperatriz papa zar'.split(' '),
);
/** A knight's or a peer's honorific before a capitalised name. */
const HONOURS = new Set(['sir', 'dame', 'lord', 'lady']);
/** Life events of the past: a year before 1920 within a few tokens after them dates a historical life. */
const EVENTS = new Set(
  (
    'died dies reigned reign reinado reino murio fallecio muere baptised baptized bautizado bautizada buried ' +
    'enterrado enterrada married caso crowned coronado coronada executed ejecutado ejecutada abdicated abdico'
  ).split(' '),
);
/** Birth words: a year in or after 1920 after one is a living person's birth. */
const BIRTHS = new Set(['born', 'b', 'n', 'nacido', 'nacida', 'nacio', 'nace', 'naci', 'bautizado', 'bautizada']);
const CENTURY = new Set(['siglo', 'siglos', 'century', 'centuries']);
const EVENT_REACH = 5;
/** How far back from a year a birth word is looked for ("nacido el 03/11/1979": six tokens). */
const BIRTH_REACH = 7;

/** Quick screen: a historical text holds a year before 1920 of four digits. */
const OLD_YEAR_DIGITS = /(?<!\d)1(?:[0-8]\d\d|9[01]\d)(?!\d)/;

/**
 * Whether the text is a narrative about the past (see the comment at the top): a year before 1920, and a
 * historical mark of people — a regnal number (counts twice), a noble or royal title, a knight's honorific, a
 * dated past life event or life span, a century — three points in all with the distinct old years (up to three),
 * and no birth in or after 1920.
 */
export function historicalText(text: string, tokens: readonly Token[], lex: NameLexicon | undefined): boolean {
  if (!OLD_YEAR_DIGITS.test(text)) return false;
  const oldYears = new Set<number>();
  let marks = 0;
  let found = 0;
  const mark = (bit: number, weight = 1) => {
    if ((found & bit) === 0) {
      found |= bit;
      marks += weight;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number') {
      const y = yearAt(tokens, i);
      if (y === 0) continue;
      if (y < LIVING_FROM) oldYears.add(y);
      else if (bornBefore(tokens, i)) return false;
      continue;
    }
    if (t.kind !== 'word') {
      // "† 1657": a death in the past.
      if (t.text === '†' && oldYearWithin(tokens, i)) mark(8);
      // "(1881 – 1955)", "(6 August 1881 – 11 March 1955)": a life span opening in the past.
      if (t.text === '(' && lifeSpan(tokens, i)) mark(8);
      continue;
    }
    const next = tokens[i + 1];
    if (t.cap && next !== undefined && !next.lineStart && REGNAL.test(next.text) && lex !== undefined) {
      if (lex.isWord(WORD.FIRST_NAME | WORD.MORE_GIVEN, t.key)) mark(1, 2);
    }
    if (NOBLE_OF.has(t.key) && (next?.key === 'of' || next?.key === 'de') && tokens[i + 2]?.cap) mark(2);
    else if (
      ROYAL.has(t.key) &&
      next?.cap &&
      !next.lineStart &&
      lex?.isWord(WORD.FIRST_NAME | WORD.MORE_GIVEN, next.key)
    )
      mark(2);
    if (t.cap && HONOURS.has(t.key) && next?.cap && !next.lineStart) mark(4);
    if (EVENTS.has(t.key) && oldYearWithin(tokens, i)) mark(8);
    if (
      CENTURY.has(t.key) &&
      (REGNAL.test(next?.text ?? '') || /^(?:1[0-9]|[2-9])(?:th|st|nd|rd)$/.test(tokens[i - 1]?.key ?? ''))
    )
      mark(16);
  }
  if (oldYears.size === 0 || marks === 0) return false;
  return Math.min(oldYears.size, 3) + marks >= 3;
}

/** A year before 1920 within a few tokens after i. */
function oldYearWithin(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + EVENT_REACH && k < tokens.length; k++) {
    if (tokens[k]!.text === '.' && tokens[k + 1]?.cap) return false;
    const y = tokens[k]!.kind === 'number' ? yearAt(tokens, k) : 0;
    if (y !== 0) return y < LIVING_FROM;
  }
  return false;
}

/** A birth word a few tokens before the year at i ("n. 1958", "born 3 May 1962", "nacida en 1947"). */
function bornBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - BIRTH_REACH; k--) {
    const t = tokens[k]!;
    if (BIRTHS.has(t.key)) return true;
    if (t.kind === 'number' && t.text.length === 4) return false;
    // "(1947 – )": an open life span is a living person's.
    if (t.text === '(' && k === i - 1) return openSpan(tokens, i);
  }
  return false;
}

function openSpan(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i + 1];
  return dash !== undefined && (dash.text === '–' || dash.text === '-') && tokens[i + 2]?.text === ')';
}

/** A bracket opening a life span whose first year is before 1920 and whose second year closes it. */
function lifeSpan(tokens: readonly Token[], open: number): boolean {
  let first = 0;
  for (let k = open + 1; k < tokens.length && k <= open + 10; k++) {
    const t = tokens[k]!;
    if (t.text === ')' || t.lineStart) return false;
    if (t.kind !== 'number' || t.text.length !== 4) continue;
    const y = Number(t.text);
    if (first === 0) {
      if (y >= LIVING_FROM || y < 1000) return false;
      first = y;
    } else return y > first && y - first < 120;
  }
  return false;
}

/**
 * The text with each regnal "I" after a given name ("Isabella I of Castile", "Charles I was") written as a digit, so
 * that a check for the writer's own "I" does not read a monarch's number as one.
 */
export function withoutRegnalI(text: string, tokens: readonly Token[], lex: NameLexicon | undefined): string {
  if (lex === undefined) return text;
  let out = '';
  let at = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.text !== 'I' || t.lineStart || !prev.cap || !lex.isWord(WORD.FIRST_NAME | WORD.MORE_GIVEN, prev.key))
      continue;
    out += `${text.slice(at, t.start)}1`;
    at = t.end;
  }
  return at === 0 ? text : out + text.slice(at);
}
