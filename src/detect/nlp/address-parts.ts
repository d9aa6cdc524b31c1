import { type NameLexicon, WORD } from './lexicon.js';
import { opensLine } from './line-prefix.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * A postal address is one value: when its finders leave it in pieces ("Ty Coch," + "Llanfair Road" + "LL15 1BQ",
 * "avenida X 52" + "3ª," + "46010 Valencia"), the pieces become one span from its first part to its last, so a masked
 * postcode does not leave the street in clear. A part is only taken when its shape says address (a house number, a
 * street type, a flat or floor, a postcode, a house name opening its own line): a name, a date or a phone before or
 * between stays out.
 */

/** Words of a flat, floor or door group between a street and its postcode ("7ª", "bajo", "4° A", "Flat 2"). */
const FLOOR_WORDS = new Set(
  `bajo bajos entlo entresuelo principal pral atico izq izda izquierda dcha dch derecha centro piso puerta pta dpto
  depto apto apt flat unit esc escalera bloque portal int interior local casa planta suite ste floor`.split(/\s+/),
);
/** Ordinal signs of a floor written apart or glued ("4°", "7ª", "2ºB"), after NFKC ("º" -> "o", "ª" -> "a"). */
const ORDINAL = /^(?:[°ºªoa]\p{Lu}?|\p{Lu})$/u;
/** Words opening a flat's group before the house or the building ("Flat 12B, ...", "Apt 3, ..."). */
const UNIT_HEADS = new Set(['flat', 'apt', 'apartment', 'unit', 'suite', 'ste', 'apto', 'dpto', 'depto']);
/** Words that make a capitalised group an organisation's name ("... Office", "... Council", "... Clinic"). */
const ORG_WORDS = new Set(
  `office council department ministry clinic hospital surgery practice school university college bank society
  agency services trust centre center`.split(/\s+/),
);
/** Labels before a postcode that are no town ("Postcode SW1A 1AA", "Eircode D02 X285"). */
const CODE_LABELS = new Set(['postcode', 'postal', 'zip', 'eircode', 'code', 'cp', 'plz']);
/** Titles that make a capitalised group a person's name ("Mr A. Lee, 4 Mill Lane"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sr', 'sra', 'srta', 'don', 'dona', 'prof', 'mx']);
const MAX_GROUP_TOKENS = 5;

/** Whether tokens[from..to] (inclusive) is a flat, floor or door group ("7ª", "bajo", "4° A", "Flat 2"). */
function floorGroup(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  let word = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (k > from && t.lineStart) return false;
    if (t.kind === 'number') {
      if (t.text.length > 3) return false;
    } else if (t.kind === 'word') {
      if (FLOOR_WORDS.has(t.key) || ORDINAL.test(t.text)) word = true;
      else if (!(t.text.length <= 2 && tokens[k - 1]?.kind === 'number' && tokens[k - 1]!.end === t.start))
        return false;
    } else if (t.text !== '°' && t.text !== 'º' && t.text !== 'ª' && t.text !== '.') return false;
  }
  return word || tokens[from]!.kind === 'number';
}

/** Whether a span is a code-led place ("46010 Valencia", "X5016 Córdoba") or a postcode. */
function codeLed(tokens: readonly Token[], s: TokenSpan): boolean {
  if (s.type === 'POSTAL_CODE') return true;
  if (s.type !== 'PLACE') return false;
  const t = tokens[s.first]!;
  return t.kind === 'number' && t.text.length >= 4;
}

/** First token of the group ending at tokens[end]: after its comma or at its line's start; -1 when too long or cut. */
function groupStart(tokens: readonly Token[], end: number, floor: number): number {
  for (let k = end; k > floor && end - k < MAX_GROUP_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.text === ',') return k + 1;
    if (t.lineStart) return k;
    // "lives at Flat 2, ...": a lower-case word before the group ends the sentence's part.
    if (t.kind === 'word' && !t.cap && k < end) return k + 1;
    // "Home: Flat 2, ...": a label's colon opens the value.
    if (t.text === ':' && k < end) return k + 1;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '/' && t.text !== '-') return -1;
  }
  return -1;
}

/** Last words of a building's name before its street ("Calder Court,", "Rosebank House,", "Marine Heights,"). */
const BUILDING_WORDS = new Set(
  `court house lodge mansions building tower apartments flats hall villas cottage cottages farm farmhouse manor grange
  heights residences chambers wharf barn`.split(/\s+/),
);

/**
 * First token of the address parts written before tokens[first] (a comma before each): a flat ("Flat 12B,"), a
 * building ("Calder Court,", or any name right after a flat: "Flat 2, Lakeside Habitat,"), a numbered or typed street,
 * and a house name opening the address when the street has no house number ("Ty Gwyn, Mill Road, ..."). Stops at
 * anything else: a person's name before a numbered street ("Ann Lee, 4 Mill Lane") stays out.
 */
function partsBefore(
  tokens: readonly Token[],
  first: number,
  floor: number,
  lex: NameLexicon,
  fromTown: boolean,
): number {
  let start = first;
  // A town before its postcode has no house number; a street may ("61 Mill Road", "Lindenweg 7").
  let numbered = !fromTown && numberInGroup(tokens, first);
  while (tokens[start - 1]?.text === ',' && !tokens[start]!.lineStart) {
    const end = start - 2;
    if (end <= floor) break;
    const from = groupStart(tokens, end, floor);
    if (from < 0 || from > end) break;
    const kind = groupKind(tokens, from, end, lex);
    if (kind === 'flat') return from;
    if (kind === 'numbered' && !numbered) {
      numbered = true;
      start = from;
      continue;
    }
    if (kind === 'street' || (kind === 'name' && BUILDING_WORDS.has(tokens[end]!.key))) {
      start = from;
      continue;
    }
    if (kind !== 'name') break;
    // A name right after a flat's group is the building's.
    const flatEnd = from - 2;
    const flatFrom = tokens[from - 1]?.text === ',' && flatEnd > floor ? groupStart(tokens, flatEnd, floor) : -1;
    if (flatFrom >= 0 && flatFrom <= flatEnd && groupKind(tokens, flatFrom, flatEnd, lex) === 'flat') return flatFrom;
    // A house's name in place of a house number, opening the address.
    if (!numbered && opensValue(tokens, from) && !givenNameHead(tokens, from, lex)) return from;
    break;
  }
  return start;
}

/** A house number in the group that opens at tokens[first] ("61 Mill Road", "Lindenweg 7"), before its comma. */
function numberInGroup(tokens: readonly Token[], first: number): boolean {
  for (let k = first; k < tokens.length && k - first < MAX_GROUP_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || (k > first && t.lineStart)) return false;
    if (t.kind === 'number') return true;
  }
  return false;
}

/** Whether tokens[i] opens its line or a label's value ("Home: ..."). */
function opensValue(tokens: readonly Token[], i: number): boolean {
  return opensLine(tokens, i) || tokens[i - 1]?.text === ':';
}

/** A given name (no place) opening a group makes it a person's name ("Ann Lee", "Samuel Adeyemi"). */
function givenNameHead(tokens: readonly Token[], from: number, lex: NameLexicon): boolean {
  const key = tokens[from]!.key;
  return lex.isWord(WORD.FIRST_NAME, key) && !lex.isWord(WORD.PLACE, key);
}

type GroupKind = 'flat' | 'numbered' | 'street' | 'name' | 'other';

function groupKind(tokens: readonly Token[], from: number, to: number, lex: NameLexicon): GroupKind {
  const head = tokens[from]!;
  if (
    head.kind === 'word' &&
    UNIT_HEADS.has(head.key) &&
    tokens.slice(from + 1, to + 1).some((t) => t.kind === 'number')
  )
    return to - from <= 3 ? 'flat' : 'other';
  let caps = 0;
  let typed = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      if (!t.cap || TITLES.has(t.key)) return 'other';
      // "Information Commissioner's Office,", "Acme Ltd,": an organisation's name, no part of a home address.
      if (ORG_WORDS.has(t.key) || lex.isWord(WORD.ORG_SUFFIX, t.key)) return 'other';
      if (t.text.length > 1 && (lex.streetTypesEn.has(t.key) || lex.streetTypesEs.has(t.key))) typed = true;
      // A lone letter ("5.º C,") is a door's, no name.
      if (t.text.length > 1) caps++;
    } else if (t.kind === 'number') {
      if (k !== from || t.text.length > 5) return 'other';
    } else if (t.text !== '.') return 'other';
  }
  if (caps === 0) return 'other';
  if (head.kind === 'number') return 'numbered';
  if (typed) return 'street';
  return 'name';
}

/** Joining words inside a town's name before its postcode ("Newcastle upon Tyne NE1 ...", "Stratford upon Avon"). */
const TOWN_JOINERS = new Set(['upon', 'on', 'under', 'in', 'le']);

/** Capitalised words right before a postcode on its line ("Harrogate HG1 4LT"): the town it belongs to. */
function townBeforeCode(tokens: readonly Token[], first: number, floor: number, lex: NameLexicon): number {
  let town = first;
  for (let k = first - 1; k > floor && first - k <= 4 && !tokens[k + 1]!.lineStart; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (t.cap && !lex.isWord(WORD.COMMON, t.key) && !TITLES.has(t.key) && !CODE_LABELS.has(t.key)) town = k;
    else if (!TOWN_JOINERS.has(t.key) || town !== k + 1) break;
  }
  return town;
}

/**
 * Joins the pieces of addresses in out (sorted, apart): a street, its floor group and its code-led town; parts of an
 * address written before a street or a postcode. Returns out with the joined spans in place of their pieces.
 */
export function joinAddressParts(tokens: readonly Token[], out: TokenSpan[], lex: NameLexicon): TokenSpan[] {
  const joined: TokenSpan[] = [];
  for (const s of out) {
    const prev = joined[joined.length - 1];
    const floor = prev?.last ?? -1;
    if (s.type === 'STREET_ADDRESS' || s.type === 'POSTAL_CODE' || codeLed(tokens, s)) {
      // "Harrogate HG1 4LT": a postcode written with letters (British, Irish) has its town right before it.
      const town = s.type === 'POSTAL_CODE' && tokens[s.first]!.kind === 'word';
      const townFirst = town ? townBeforeCode(tokens, s.first, floor, lex) : s.first;
      const first = partsBefore(tokens, townFirst, floor, lex, town);
      // "avenida X 52, 3ª, 46010 Valencia", "c/ X 14, bajo, 04007 Almería", "Tŷ Gwyn, Ffordd Y, Town LL1 1AA": a street
      // (or house), its floor, its code and town.
      const coded = s.type === 'POSTAL_CODE' || codeLed(tokens, s);
      if (
        prev !== undefined &&
        prev.type !== 'PLACE' &&
        coded &&
        floorsBetween(tokens, prev.last, first) &&
        !insideName(tokens, prev.first)
      ) {
        prev.last = s.last;
        prev.score = Math.max(prev.score, s.score);
        continue;
      }
      // A piece found before, now inside the joined span, goes into it (spans that overlapped already stay apart).
      if (prev !== undefined && first < s.first && first <= prev.last) {
        prev.last = s.last;
        prev.type = prev.type === 'PLACE' ? s.type : prev.type;
        continue;
      }
      if (first !== s.first) {
        joined.push({ ...s, first, type: first < townFirst ? 'STREET_ADDRESS' : s.type });
        continue;
      }
    }
    // "Bv. X 930, 2° B, X5016 Córdoba": a town after an Argentine postcode (letter, four digits) ends the address too.
    const code = s.type === 'PLACE' ? argentineCodeBefore(tokens, s.first) : -1;
    if (prev !== undefined && prev.type !== 'PLACE' && code >= 0 && floorsBetween(tokens, prev.last, code)) {
      prev.last = s.last;
      continue;
    }
    joined.push(s);
  }
  return joined;
}

/** First token of "X5000" / "C1425DKF" (a letter glued to four digits, letters after) right before tokens[i], or -1. */
function argentineCodeBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.kind === 'word' && tokens[k]!.text.length === 3 && tokens[k - 1]?.end === tokens[k]!.start) k--;
  const digits = tokens[k];
  const letter = tokens[k - 1];
  if (digits?.kind !== 'number' || digits.text.length !== 4 || tokens[i]!.lineStart) return -1;
  if (letter?.kind !== 'word' || letter.text.length !== 1 || !letter.cap || letter.end !== digits.start) return -1;
  return k - 1;
}

/**
 * Only a comma, or flat and floor groups ended by commas ("..., 7ª, ", "... 5.º C, "), between tokens[prevLast] and
 * tokens[next] on one line.
 */
function floorsBetween(tokens: readonly Token[], prevLast: number, next: number): boolean {
  if (tokens[next - 1]?.text !== ',' || tokens[next]!.lineStart || next <= prevLast + 1) return false;
  let from = tokens[prevLast + 1]!.text === ',' ? prevLast + 2 : prevLast + 1;
  while (from < next) {
    let to = from;
    while (tokens[to]!.text !== ',') to++;
    if (tokens[from]!.lineStart || !floorGroup(tokens, from, to - 1)) return false;
    from = to + 1;
  }
  return true;
}

/** Lower-case particles inside a capitalised name ("Hospital de Torrejón", "Colegio del Pilar"). */
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'of', 'the']);

/**
 * "Hospital Universitario de Torrejón Calle X, s/n": a street found from inside a longer capitalised name (an
 * institution's, written before its street with no comma) may be that name's end; such a street stays apart from its
 * town, so the institution's name, when it wins, does not take the town with it.
 */
function insideName(tokens: readonly Token[], first: number): boolean {
  if (tokens[first]!.lineStart) return false;
  let k = first - 1;
  if (tokens[k]?.kind === 'word' && !tokens[k]!.cap && NAME_PARTICLES.has(tokens[k]!.key)) k--;
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && t.cap && !tokens[k + 1]!.lineStart;
}
