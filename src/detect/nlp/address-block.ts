import { lowerAddressLineEnd, lowerStreetLineEnd, NOT_ADDRESS } from './address-lower-case.js';
import { ADDRESS_PARTICLES, STREET_ABBREVIATIONS, UNIT_WORDS } from './address-words.js';
import { foldKey } from './fold.js';
import { type NameLexicon, WORD } from './lexicon.js';
import { lineBody, opensLine } from './line-prefix.js';
import type { TokenSpan } from './location.js';
import type { Token } from './tokenize.js';

/**
 * Postal addresses written as a block: "28245 Puruntie 82 Apt. 595\n LAPPEENRANTA\n 53650", "846 Rue Al Imam 31,
 * Casablanca". They start with a house number followed by a capitalised name, either at the start of a line or after a
 * cue ("lives at", "my address is"), and continue over the following short lines that look like address lines.
 */

// Short lower-case words inside street lines ("Rua do Arenque", "ul. Miła", "u.", "5 and 7", "12 bis").
const INNER_WORDS: ReadonlySet<string> = new Set([
  ...ADDRESS_PARTICLES,
  ...STREET_ABBREVIATIONS,
  ...['apt', 'ste', 'and', 'y', 'e', 'of', 'the', 'rue', 'via', 'box'],
  // Flat and floor words of Latin-American and Swedish lines: "int. 7", "piso 3", "depto 4", "lgh 1102".
  ...['int', 'piso', 'depto', 'dpto', 'lgh'],
]);
// French street types that, after a house number and before a particle or a capitalised name, make an address
// wherever they stand: "27 rue des Lilas", "3 avenue Foch". "place" needs its particle ("2 place de la Bourse").
const FRENCH_STREET_TYPES = new Set([
  'rue',
  'avenue',
  'boulevard',
  'bd',
  'impasse',
  'allee',
  'chemin',
  'quai',
  'place',
]);
// Street types that open a line in lower case before the name ("33 avenue de Provence", "12 rue du Bac").
const LOWER_STREET_WORDS = new Set([
  'avenue',
  'boulevard',
  'chemin',
  'allee',
  'place',
  'impasse',
  'viale',
  'calle',
  'avenida',
  'rua',
]);
const SENTENCE_END = new Set(['?', '!']);
const MAX_TOKENS = 40;
const MAX_LINE_TOKENS = 8;
const MAX_LINES = 6;

/**
 * "5ºA", "3º", "2ª": a Spanish floor or door, the ordinal mark glued to the floor's number and read as a word with
 * the door's letter (NFKC folds "º" to "o" and "ª" to "a" before the engine's detectors see it).
 */
/** "2º", "3ºB", "1ºizq", "4ªdcha": a floor's ordinal sign, with the door's letter or side glued on. */
const FLOOR_SIDE = /^[ºªoa](?:\p{Lu}|[iI]zq(?:da|uierda)?|[dD]ch[ao]?|[dD]er(?:echa)?|[cC](?:en)?tro)?$/u;

function floorMark(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const floor = tokens[j - 1];
  return (
    t.kind === 'word' &&
    FLOOR_SIDE.test(t.text) &&
    floor?.kind === 'number' &&
    floor.end === t.start &&
    floor.text.length <= 2
  );
}

function addressToken(t: Token): boolean {
  if (t.kind === 'number') return true;
  // "Phone 217-555-0199", "Fax: ...": a contact line below an address is no part of it.
  if (NOT_ADDRESS.has(t.key)) return false;
  if (t.kind === 'word') return t.cap || INNER_WORDS.has(t.key);
  return t.text === ',' || t.text === '.' || t.text === '-' || t.text === '/' || t.text === '#' || t.text === 'º';
}

/** Whether the line starting at tokens[i] is a short address line ("Suite 501", "LONDON", ", CO", "Uruguay 64677"). */
/** Field words that open a contact line under an address ("Ph 520-...", "Tel.", "Móvil:", "Email:"). */
const CONTACT_FIELDS: ReadonlySet<string> = new Set([
  'ph',
  'phone',
  'tel',
  'tfno',
  'telefono',
  'mobile',
  'mob',
  'cell',
  'movil',
  'celular',
  'fax',
  'email',
  'correo',
]);

function contactLine(tokens: readonly Token[], lineStart: number): boolean {
  const t = tokens[lineBody(tokens, lineStart)];
  return t !== undefined && t.kind === 'word' && CONTACT_FIELDS.has(foldKey(t.key));
}

function addressLine(tokens: readonly Token[], lineStart: number): boolean {
  let n = 0;
  const i = lineBody(tokens, lineStart);
  if (contactLine(tokens, lineStart)) return false;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (j > lineStart && t.lineStart) break;
    // "Cyprus 36903? I am in ...": the address line ends where the sentence does.
    if (SENTENCE_END.has(t.text)) return n > 0;
    if (!addressToken(t) || ++n > MAX_LINE_TOKENS) return false;
    // "       Theft   Trial": words set apart by wide gaps are a table's columns, no address line.
    if (j > i && t.start - tokens[j - 1]!.end >= COLUMN_GAP) return false;
  }
  return n > 0;
}

/**
 * Last token of an address that has reached tokens[from]: the rest of its line while it looks like an address
 * (numbers, capitalised words, commas, unit words) and the short address lines below it. With the lexicon, lines
 * typed without capitals count too ("apt. 523", "urjala", "maldives 58673").
 */
export function extendAddress(tokens: readonly Token[], from: number, lex?: NameLexicon): number {
  let last = from;
  let lines = 0;
  for (let j = from + 1; j < tokens.length && j - from < MAX_TOKENS; j++) {
    if (tokens[j]!.lineStart) {
      if (++lines > MAX_LINES) break;
      // "Ph 520-...", "Tel.:", "Email:" under the address: the contact lines begin.
      if (contactLine(tokens, j)) break;
      if (!addressLine(tokens, j)) {
        const end = lex ? lowerAddressLineEnd(tokens, j, lex) : -1;
        if (end < 0) {
          // "Thailand for this card": a line that opens with a country or city ends the address with it.
          const body = lineBody(tokens, j);
          const place = lex && tokens[body]!.cap ? lex.places.matchAt(tokens, body) : undefined;
          if (place) last = body + place.length - 1;
          break;
        }
        last = end;
        j = end;
        continue;
      }
      j = lineBody(tokens, j);
    }
    const t = tokens[j]!;
    if (SENTENCE_END.has(t.text)) break;
    // 'piso 3 "B"': a flat's letter in quotes.
    if (quotedUnit(tokens, j)) {
      last = j + 1;
      j += 2;
      continue;
    }
    const floor = floorMark(tokens, j);
    if (!addressToken(t) && !floor && !lowerStreetWord(tokens, j, lex)) break;
    // A full stop followed by a lower-case word ends the sentence, not the address.
    if (
      t.text === '.' &&
      tokens[j + 1] &&
      tokens[j + 1]!.kind === 'word' &&
      !tokens[j + 1]!.cap &&
      !tokens[j + 1]!.lineStart
    )
      break;
    // "..., Bristol BS1 4HG. Our team", "28013 Madrid. Gracias": after a number, a code or a town, a full stop before
    // an ordinary capitalised word ends the sentence ("Av. Central" keeps its abbreviation).
    if (t.text === '.' && lex && sentenceAfterStop(tokens, j, lex)) break;
    // "C/ Olmo, 08:40 h": a time of day after the street is no house number.
    if (clockAt(tokens, j)) break;
    // Joining words ("and", "de") count only between two parts of the address, never at its end.
    if (t.kind === 'number' || t.cap || floor) last = j;
  }
  return last;
}

/** "08:40", "9:15": an hour glued to a colon and two digits of minutes. */
export function clockAt(tokens: readonly Token[], j: number): boolean {
  const hour = tokens[j]!;
  const colon = tokens[j + 1];
  const minutes = tokens[j + 2];
  return (
    hour.kind === 'number' &&
    hour.text.length <= 2 &&
    colon?.text === ':' &&
    colon.start === hour.end &&
    minutes?.kind === 'number' &&
    minutes.text.length === 2 &&
    minutes.start === colon.end
  );
}

function quotedUnit(tokens: readonly Token[], j: number): boolean {
  const letter = tokens[j + 1];
  const close = tokens[j + 2];
  return (
    tokens[j]!.text === '"' &&
    close?.text === '"' &&
    letter !== undefined &&
    letter.kind !== 'punct' &&
    letter.text.length <= 2 &&
    letter.start === tokens[j]!.end &&
    close.start === letter.end &&
    !letter.lineStart
  );
}

/**
 * Words that say when, not where: "Av. Colón 880 el día 04/03/2027" gives an office's address and then the day of an
 * appointment there, so the number after "día" is a date's, no part of the address.
 */
const WHEN_WORDS = new Set(['dia', 'fecha', 'hora', 'day', 'date']);

/** "Gosposka ulica 47", "Bem rakpart 79": a lower-case street word that is no ordinary word, before the number. */
function lowerStreetWord(tokens: readonly Token[], j: number, lex: NameLexicon | undefined): boolean {
  if (lex === undefined) return false;
  // Up to two such words: "Árpád fejedelem útja 3".
  for (let k = j; k <= j + 1; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || (k > j && t.lineStart) || lex.isWord(WORD.COMMON, t.key)) return false;
    if (NOT_ADDRESS.has(t.key) || WHEN_WORDS.has(t.key)) return false;
    const next = tokens[k + 1];
    // "mgarse4@..." is an e-mail's local part: the house number stands apart from the word.
    if (next?.kind === 'number' && !next.lineStart) return next.start > t.end;
  }
  return false;
}

export function addressBlockAt(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const first = tokens[i]!;
  if (first.kind !== 'number' || first.text.length > 6) return undefined;
  const next = tokens[i + 1];
  // "28245 Puruntie", "9383 ul. Chrzanowska", "17151 2450 Crown St"
  // "33 avenue de Provence", "12 rue du Bac": a lower-case street word and its particle before the name.
  let nameAt = i + 1;
  if (next?.kind === 'number' || (next && !next.cap && INNER_WORDS.has(next.key) && next.key !== 'rue')) nameAt = i + 2;
  else if (next && (LOWER_STREET_WORDS.has(next.key) || next.key === 'rue') && !next.cap) {
    nameAt = i + 2;
    while (nameAt < i + 4 && tokens[nameAt] && ADDRESS_PARTICLES.has(tokens[nameAt]!.key)) nameAt++;
  }
  // "2914 184th Street": an ordinal is part of the street's name.
  if (ordinalAt(tokens, nameAt)) nameAt += 2;
  if (tokens[nameAt]?.text === '.' && nameAt === i + 2) nameAt++; // "9383 ul. Chrzanowska"
  const name = tokens[nameAt];
  if (name?.kind !== 'word' || name.lineStart) return undefined;
  if (!name.cap) {
    // "16 salontie 6", "46 via raffaele conforti 74": a whole line typed without capitals, or after a cue.
    const flat = flatNumberBefore(tokens, i);
    const end = lowerStreetLineEnd(
      tokens,
      i,
      lex,
      flat || opensLine(tokens, i) || addressCueBefore(tokens, i, lex),
      flat,
    );
    return end < 0
      ? undefined
      : { first: i, last: extendAddress(tokens, end, lex), score: 0.75, type: 'STREET_ADDRESS' };
  }
  // "9HPOm49" is one token of an identifier or a hash, not a house number and a street.
  // A quote or bullet mark glued to the number (">17 31 Rue ...") is no part of it.
  const glued = tokens[i - 1]?.end === first.start && tokens[i - 1]!.kind !== 'punct';
  if (name.start === tokens[nameAt - 1]!.end || glued) return undefined;
  // "0  K-20031   2021-03-04": a row index two spaces or more before the next cell is a table aligned with spaces
  // (a data frame's print), not a house number before its street.
  // The same two numbers apart ("0  101    Ann Roe": the index, then an id column) are two cells too.
  if (name.start - tokens[nameAt - 1]!.end >= 2 || (nameAt === i + 2 && next!.start - first.end >= 2)) return undefined;
  const cued = addressCueBefore(tokens, i, lex) || frenchStreet(tokens, i, nameAt);
  // Inside a sentence, without a cue, only the full shape counts: "..., 61 Wiesenstrasse 31, Barzheim".
  if (
    !opensLine(tokens, i) &&
    !cued &&
    !(inlineBefore(tokens, i) && !yearLike(first) && houseNumberAfter(tokens, nameAt, lex))
  ) {
    return undefined;
  }
  const last = columnEnd(tokens, nameAt, extendAddress(tokens, nameAt, lex));
  let numbers = 0;
  let streetish = false;
  for (let j = i; j <= last; j++) {
    const t = tokens[j]!;
    if (t.kind === 'number') numbers++;
    if (lex.streetTypesEn.has(t.key) || lex.streetTypesEs.has(t.key) || UNIT_WORDS.has(t.key)) streetish = true;
  }
  // "12 Monkeys" or "at 5 PM" are not addresses: a second number (house and postal) or a street word is required.
  if (numbers < 2 && !streetish && !frenchStreet(tokens, i, nameAt)) return undefined;
  if (bookingSegment(tokens, i, last) || copybookClause(tokens, i, last)) return undefined;
  return { first: i, last, score: cued ? 0.85 : 0.75, type: 'STREET_ADDRESS' };
}

/**
 * "05 CUST-ID        PIC 9(8).": a COBOL copybook's field (level number, data name, PIC clause) has a number and
 * capitals too; its picture ("9(8)", "X(30)", "S9(9)V99") after "PIC" or "PICTURE" is no part of an address.
 */
function copybookClause(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 2; k < last; k++) {
    const t = tokens[k]!;
    if (t.text !== 'PIC' && t.text !== 'PICTURE') continue;
    if (/^(?:S|9|X|A|V)/.test(tokens[k + 1]!.text)) return true;
  }
  return false;
}

const MONTH_CODES = new Set(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']);

/**
 * "2 UX1092 Y 03APR MADBCN HK1": a booking's segment line (item number, flight, class, a day glued to a month code in
 * capitals, city pair, status) has the numbers and capitals of an address block; the glued "03APR" no address has.
 */
function bookingSegment(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 2; k <= last; k++) {
    const t = tokens[k]!;
    if (t.text.length !== 3 || !MONTH_CODES.has(t.text)) continue;
    const day = tokens[k - 1]!;
    if (day.kind === 'number' && day.text.length <= 2 && day.end === t.start) return true;
  }
  return false;
}

/** Spaces between two tokens of a line that part two columns of a table aligned with spaces. */
const COLUMN_GAP = 3;

/**
 * The last token before a column gap on the address's lines ("1 Year Fixed Bond      4.05%", "4410 W Elm St, Reno,
 * NV 89501      2019 - present"): the next column is a rate or a period, no part of the address.
 */
function columnEnd(tokens: readonly Token[], from: number, last: number): number {
  for (let j = from + 1; j <= last; j++) {
    const t = tokens[j]!;
    if (!t.lineStart && t.start - tokens[j - 1]!.end >= COLUMN_GAP) return j - 1;
  }
  return last;
}

/** "27 rue des Lilas", "3 avenue Foch": a house number, a lower-case French street type and its name. */
function frenchStreet(tokens: readonly Token[], i: number, nameAt: number): boolean {
  const type = tokens[i + 1]!;
  if (type.cap || !FRENCH_STREET_TYPES.has(type.key) || yearLike(tokens[i]!) || tokens[i]!.text.length > 4)
    return false;
  const particle = nameAt > i + 2;
  return particle || type.key !== 'place';
}

// What an address may follow inside a sentence without a cue.
const INLINE_BEFORE = new Set([',', 'at', 'on', 'to', 'in', 'from']);
const MAX_STREET_WORDS = 4;

/** "1993 Nature Genet. 4": a year opens a citation, not an address. */
function yearLike(t: Token): boolean {
  return t.text.length === 4 && (t.text.startsWith('19') || t.text.startsWith('20'));
}

/** A preposition or a comma followed by a space (not the decimal comma of "7,4 y PSA 0,9") before tokens[i]. */
function inlineBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && INLINE_BEFORE.has(before.key) && before.end < tokens[i]!.start;
}

/** "Wiesenstrasse 31", "Király u. 23.", "Gosposka ulica 47": a house number right after the street's words. */
function houseNumberAfter(tokens: readonly Token[], nameAt: number, lex: NameLexicon): boolean {
  let words = 0;
  for (let j = nameAt; j < tokens.length && words <= MAX_STREET_WORDS; j++) {
    const t = tokens[j]!;
    if (t.lineStart && j > nameAt) return false;
    if (t.kind === 'number') {
      // "D442G" is a mutation: the house number stands apart from the name.
      return words > 0 && t.text.length <= 4 && !ordinalAt(tokens, j) && t.start > tokens[j - 1]!.end;
    }
    // "200 Yemenites and 150 Iranian Jews": two counted groups, not a street.
    if (t.key === 'and' || t.key === 'y') return false;
    if (t.text === '.' || t.text === '-') continue;
    if (INNER_WORDS.has(t.key)) continue;
    if (t.kind !== 'word' || lex.isWord(WORD.COMMON, t.key)) return false;
    words++;
  }
  return false;
}

// Words that join an address cue to the address: "billing address with 04 Õli 68", "my address is: 12 ...".
const CUE_LINKS = new Set([':', 'with', 'is', 'to', 'at']);

/** "lives at", "my address is", "billing address with", "address:" right before tokens[i]. */
export function addressCueBefore(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  if (lex.addressCues.endsBefore(tokens, i, 4) !== undefined) return true;
  let j = i - 1;
  while (j > 0 && j >= i - 2 && CUE_LINKS.has(tokens[j]!.key)) {
    if (lex.addressCues.endsBefore(tokens, j, 4) !== undefined) return true;
    j--;
  }
  return false;
}

/** Flat words whose number may stand right before the house number ("flat 2 41 marsh lane", "apt 4 22 elm st"). */
const FLAT_NUMBER_WORDS = new Set(['flat', 'apt', 'apartment', 'unit']);

/**
 * "from flat 2 41 marsh lane": a flat's word and number right before the house number, on the same line, say that a
 * home address follows even when dictation left out the capitals and the commas.
 */
function flatNumberBefore(tokens: readonly Token[], i: number): boolean {
  const num = tokens[i - 1];
  const word = tokens[i - 2];
  return (
    num?.kind === 'number' &&
    num.text.length <= 4 &&
    !tokens[i]!.lineStart &&
    !num.lineStart &&
    word !== undefined &&
    FLAT_NUMBER_WORDS.has(word.key)
  );
}

/** "184th", "2nd": a number glued to its ordinal ending, at tokens[i]. */
export function ordinalAt(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i];
  const s = tokens[i + 1];
  return (
    n?.kind === 'number' &&
    s?.kind === 'word' &&
    s.start === n.end &&
    ['st', 'nd', 'rd', 'th'].includes(s.key) &&
    !n.lineStart &&
    tokens[i + 2]?.cap === true
  );
}

/** Lower-case words inside the name of a town or a part of an address ("Alcalá de Henares", "Arias y Otero"). */
const PART_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'da', 'do', 'dos', 'das', 'di', 'on']);

function sentenceAfterStop(tokens: readonly Token[], j: number, lex: NameLexicon): boolean {
  const next = tokens[j + 1];
  const prev = tokens[j - 1];
  if (!next || !prev || next.kind !== 'word' || !next.cap || next.lineStart || next.start === tokens[j]!.end)
    return false;
  if (UNIT_WORDS.has(next.key) || STREET_ABBREVIATIONS.has(next.key)) return false;
  // "..., Rosario. Quedo atento", "LS6 3AB. Sarah will call": after a code, a number or a town, a full stop before a
  // name that is no place and goes on in lower case opens the next sentence too. A name followed by a capital, a
  // number, a stop or a joining word ("4. C.P. 02006. Albacete", "2. Cuevas de Almanzora") is the address's next part.
  if (!lex.isWord(WORD.COMMON, next.key)) {
    const after = tokens[j + 2];
    const prose = after?.kind === 'word' && !after.cap && !after.lineStart && !PART_JOINERS.has(after.key);
    return prose && endsAddressPart(tokens, j, lex) && !lex.places.matchAt(tokens, j + 1);
  }
  // "16. La Atalaya": an article heading the next part's name, which a capitalised word follows.
  const after = tokens[j + 2];
  if (after?.kind === 'word' && after.cap && !after.lineStart) return false;
  return endsAddressPart(tokens, j, lex);
}

/** The token before the full stop at j ends a part of an address: a number, a code or a town. */
function endsAddressPart(tokens: readonly Token[], j: number, lex: NameLexicon): boolean {
  const prev = tokens[j - 1]!;
  if (prev.kind === 'number' || /\d/.test(prev.text)) return true;
  const glued = tokens[j - 2];
  if (/^\p{Lu}{1,3}$/u.test(prev.text) && glued?.kind === 'number' && glued.end === prev.start) return true;
  return prev.kind === 'word' && prev.text.length >= 4 && lex.places.matchAt(tokens, j - 1) !== undefined;
}
