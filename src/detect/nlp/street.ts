import { clockAt, extendAddress } from './address-block.js';
import { type NameLexicon, WORD } from './lexicon.js';
import { isPostalNumber } from './postal-code.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

const NUMBER_WORDS = new Set(['n', 'no', 'nº', 'num', 'numero', 'number', '#']);
const UNIT_WORDS = new Set([
  'apt',
  'apartment',
  'suite',
  'ste',
  'unit',
  'floor',
  'piso',
  'puerta',
  'planta',
  'bajo',
  'esc',
  'flat',
  'dpto',
  'depto',
  'apto',
]);
/** Street words that are also a name's suffix or a bare passage ("Smith Jr. Said"): a street only with its number. */
const NUMBERED_ONLY = new Set(['jr', 'jiron', 'psje', 'pje', 'prolongacion', 'malecon']);
const JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'of', 'the']);
/** Nouns a count goes with: "Hotel Gran Vía, 3 nights" counts nights, it gives no house number. */
const COUNTED_NOUNS = new Set([
  'night',
  'nights',
  'day',
  'days',
  'people',
  'persons',
  'guests',
  'pax',
  'rooms',
  'hours',
  'weeks',
  'units',
  'items',
  'noche',
  'noches',
  'dia',
  'dias',
  'personas',
  'huespedes',
  'habitaciones',
  'horas',
  'semanas',
  'unidades',
]);
/** Businesses whose name may open with a street word ("Hotel Gran Vía Palace", "Restaurante Paseo del Mar"). */
const BUSINESS_BEFORE = new Set(['hotel', 'hostal', 'motel', 'restaurante', 'restaurant', 'bar', 'cafe', 'cafeteria']);

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number';
}

/** A business word right before the street word, or before one capitalised word before it ("Hotel Gran Vía"). */
function businessBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (tokens[k + 1]!.lineStart) return false;
    const t = tokens[k]!;
    if (BUSINESS_BEFORE.has(t.key)) return true;
    if (t.kind !== 'word' || !t.cap) return false;
  }
  return false;
}

/** After a street name: "90", ", 5", "nº 12", "s/n", "2º B", "Apt. 864". Returns the last token of the address. */
function extendHouseNumber(tokens: readonly Token[], last: number): number {
  let i = last + 1;
  if (tokens[i]?.text === ',') i++;
  const t = tokens[i];
  if (!t || t.lineStart) return last;
  if (t.key === 's' && tokens[i + 1]?.text === '/' && tokens[i + 2]?.key === 'n') return i + 2;
  if (NUMBER_WORDS.has(t.key)) {
    let j = i + 1;
    if (tokens[j]?.text === '.' || tokens[j]?.text === 'º' || tokens[j]?.text === '°') j++;
    return isNumber(tokens[j]) ? j : last;
  }
  // "C/ Olmo, 08:40 h": the hour of an event after the street is no house number.
  if (!isNumber(t) || clockAt(tokens, i)) return last;
  const counted = tokens[i + 1];
  if (counted && !counted.lineStart && COUNTED_NOUNS.has(counted.key)) return last;
  let end = i;
  // "2º B", "Apt. 864", "piso 3"
  for (let j = end + 1; j < tokens.length && j <= end + 4; j++) {
    const u = tokens[j]!;
    if (u.lineStart) break;
    if (UNIT_WORDS.has(u.key) && isNumber(tokens[j + 1] ?? tokens[j + 2])) {
      end = isNumber(tokens[j + 1]) ? j + 1 : j + 2;
      break;
    }
  }
  return end;
}

/** "Calle Miguel Benítez 90", "C/ Mayor, 5", "avenida de la Constitución s/n": street type first (Spanish order). */
export function spanishStreet(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const head = tokens[i]!;
  if (!lex.streetTypesEs.has(head.key)) return undefined;
  // "Hotel Gran Vía Palace": a business named after a street is a name, not an address.
  if (businessBefore(tokens, i)) return undefined;
  let j = i + 1;
  // A bare "C" is a street type only as "C/" ("4 ° C . Rain" is a temperature).
  if (head.key === 'c' && tokens[j]?.text !== '/') return undefined;
  // "EMEA/H/C/PSUSA/...": a "C/" joined to a slash before it is a segment of a path or a procedure number.
  if (head.key === 'c' && tokens[i - 1]?.text === '/' && tokens[i - 1]!.end === head.start) return undefined;
  if (tokens[j]?.text === '/' || tokens[j]?.text === '.') j++;
  // "C/. Infantas": a dot may follow the slash.
  if (tokens[j - 1]?.text === '/' && tokens[j]?.text === '.') j++;
  let lastName = -1;
  // A tab ends the name: the next cell of a pasted table is another value ("CL<tab>RUT ...").
  while (j < tokens.length && !tokens[j]!.lineStart && !tokens[j]!.cellStart) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.cap) lastName = j;
    else if (!(t.kind === 'word' && JOINERS.has(t.key))) break;
    j++;
  }
  // "C/G" (a base change) is no street: after "C/" the name has more than one letter.
  if (lastName < 0 || (head.key === 'c' && tokens[lastName - 1]?.text === '/' && tokens[lastName]!.text.length < 2))
    return undefined;
  const end = extendHouseNumber(tokens, lastName);
  if (end === lastName && !head.cap) return undefined; // "la calle Mayor" without a number is too vague
  if (end === lastName && NUMBERED_ONLY.has(head.key)) return undefined;
  return {
    first: i,
    last: end > lastName ? extendAddress(tokens, end, lex) : end,
    score: end > lastName ? 0.9 : 0.8,
    type: 'STREET_ADDRESS',
  };
}

/**
 * Street words that open the name in Welsh, Irish and Scottish Gaelic, Breton and French, folded: "14 Heol y Felin",
 * "7 Sráid na Trá", "3 Straed ar Maez", "9 Rue des Lilas". After a house number they make a street as "Road" does
 * at the end of an English one.
 */
const LEADING_STREET_WORDS = new Set([
  'heol',
  'ffordd',
  'stryd',
  'lon',
  'rhodfa',
  'cilgant',
  'teras',
  'sgwar',
  'clos',
  'sraid',
  'bothar',
  'ascaill',
  'rathad',
  'straed',
  'hent',
  'bali',
  'rue',
  'avenue',
  'boulevard',
  'chemin',
  'impasse',
  'allee',
  'quai',
]);

/** Article and joining words inside such a name ("y", "yr", "na", "an", "ar", "des", "de la", "du"). */
const CELTIC_JOINERS = new Set(['y', 'yr', 'na', 'an', 'ar', 'al', 'de', 'des', 'du', 'la', 'le', 'les', 'en', 'e']);

/** "9 Heol y Felin", "22 Bóthar an Easpaig": a house number, a leading street word, then the name. */
function celticStreet(tokens: readonly Token[], i: number, head: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[head];
  if (t === undefined || t.kind !== 'word' || t.lineStart || !LEADING_STREET_WORDS.has(t.key)) return undefined;
  // "12 rue ..." is written in lower case in French; the Celtic words are capitalised.
  if (!t.cap && t.key !== 'rue') return undefined;
  let last = -1;
  for (let j = head + 1; j < tokens.length && j <= head + 5; j++) {
    const u = tokens[j]!;
    if (u.lineStart || u.kind !== 'word') break;
    if (u.cap) last = j;
    else if (!CELTIC_JOINERS.has(u.key)) break;
  }
  if (last < 0) return undefined;
  return { first: i, last: extendAddress(tokens, last, lex), score: 0.85, type: 'STREET_ADDRESS' };
}

/**
 * British and Irish rows of houses named like streets: "4 Larkspur Villas", "12 Quarry Cottages", "9 Abbot Mews",
 * "2 Linden Gardens". After a house number and a capitalised name they are a home address as "Road" is ("Park",
 * "Green", "Gate" or "Hill" stay out: "2 Green Park stations", "3 Garden Gate sets").
 */
const HOUSE_ROWS = new Set(['villas', 'cottages', 'gardens', 'mews', 'grove', 'buildings', 'mansions', 'parade']);

/**
 * Housing estates named like parks and hills ("14 Rathbeg Park, Tralee", "3 Carrowmore Heights, Sligo"): after a
 * house number, a name that is no ordinary word and the estate word, a comma and a capitalised town on the same line
 * make a home address ("2 Green Park stations", "the Science Park, Leeds" stay out).
 */
const ESTATE_WORDS = new Set(['park', 'green', 'hill', 'heights', 'rise', 'view', 'lawn', 'lawns', 'meadows', 'wood']);

/**
 * Walks, rises and chases of a housing estate ("9 Larch Walk, Didcot", "at 4 Kestrel Rise", "12 Abbey Chase, YO7"):
 * after a house number and a name that is no ordinary word, the row is an address when its town or postcode follows
 * after a comma, or when "at"/"to" comes before the number ("Day 3 Nature Walk", "Stage 2 Coastal Walk" stay out).
 */
const QUIET_ROWS = new Set(['walk', 'rise', 'chase', 'wynd']);

function quietRow(tokens: readonly Token[], nameStart: number, j: number, lex: NameLexicon): boolean {
  if (!QUIET_ROWS.has(tokens[j]!.key)) return false;
  for (let k = nameStart; k < j; k++) if (lex.isWordAt(WORD.COMMON, tokens, k)) return false;
  const comma = tokens[j + 1];
  const town = tokens[j + 2];
  if (comma?.text === ',' && town !== undefined && !town.lineStart && (town.cap || town.kind === 'number')) return true;
  const cue = tokens[nameStart - 2];
  return cue !== undefined && !tokens[nameStart - 1]!.lineStart && (cue.key === 'at' || cue.key === 'to');
}

function estateAddress(tokens: readonly Token[], nameStart: number, j: number, lex: NameLexicon): boolean {
  if (!ESTATE_WORDS.has(tokens[j]!.key)) return false;
  for (let k = nameStart; k < j; k++) if (lex.isWordAt(WORD.COMMON | WORD.FIRST_NAME, tokens, k)) return false;
  const comma = tokens[j + 1];
  const town = tokens[j + 2];
  return (
    comma?.text === ',' &&
    !comma.lineStart &&
    town !== undefined &&
    town.kind === 'word' &&
    town.cap &&
    !town.lineStart &&
    !lex.isWord(WORD.COMMON, town.key)
  );
}

/**
 * Units of measure written after a number with a capital ("869 MHz", "512 KB", "40 kW"): a quantity, not a house
 * number and a street's name ("40 W 34th Street" keeps its West: single letters are left out).
 */
const MEASURE_UNITS = new Set(
  'hz khz mhz ghz thz kb mb gb tb pb kib mib gib tib kbps mbps gbps dbm db dbi mw kw mwh kwh gwh mah kv mv nm'.split(
    ' ',
  ),
);

/** A word glued to the digits or letters after it ("DR0", "ST2"): a code's part, not a street type. */
const gluedAfter = (tokens: readonly Token[], j: number): boolean => {
  const next = tokens[j + 1];
  return next !== undefined && next.kind !== 'punct' && next.start === tokens[j]!.end;
};

/** "1600 Pennsylvania Avenue", "221B Baker St. Apt 4": number, capitalised name, street type (English order). */
export function englishStreet(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  if (!isNumber(tokens[i])) return undefined;
  let j = i + 1;
  if (tokens[j]?.kind === 'word' && tokens[j]!.text.length === 1 && !tokens[j]!.cap) j++; // "221b"
  const nameStart = j;
  // "RX2 869 MHz DR0, ADR on": a frequency and a data rate, not "869 Mhz Drive".
  if (MEASURE_UNITS.has(tokens[nameStart]?.key ?? '')) return undefined;
  const celtic = celticStreet(tokens, i, nameStart, lex);
  if (celtic) return celtic;
  while (
    j < tokens.length &&
    j - nameStart < 5 &&
    tokens[j]!.kind === 'word' &&
    tokens[j]!.cap &&
    !tokens[j]!.lineStart
  ) {
    if (
      j > nameStart &&
      !gluedAfter(tokens, j) &&
      (lex.streetTypesEn.has(tokens[j]!.key) ||
        HOUSE_ROWS.has(tokens[j]!.key) ||
        quietRow(tokens, nameStart, j, lex) ||
        estateAddress(tokens, nameStart, j, lex))
    ) {
      let end = j;
      if (tokens[end + 1]?.text === '.') end++;
      for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) {
        if (tokens[k]!.lineStart) break;
        if (UNIT_WORDS.has(tokens[k]!.key) || tokens[k]!.text === '#') {
          const n = isNumber(tokens[k + 1]) ? k + 1 : isNumber(tokens[k + 2]) ? k + 2 : -1;
          if (n > 0) end = n;
          break;
        }
      }
      return { first: i, last: extendAddress(tokens, end, lex), score: 0.85, type: 'STREET_ADDRESS' };
    }
    j++;
  }
  return undefined;
}

/**
 * "Río Júcar, s/n", "Xubias de Arriba, 84 15006": a capitalised name followed by "s/n" or by a house number and a
 * five-digit postal code is a street even without a street word.
 * Not the letters at the tail of a code ("KLM6TX  4512  31000" in a decoder's table: a call sign, a squawk and an
 * altitude; "LOT7QH 1200 28001"): a word glued to the digits or letters before it is part of an identifier.
 */
export function untypedStreet(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  if (
    !t.cap ||
    t.kind !== 'word' ||
    (prev !== undefined && prev.kind === 'word' && prev.cap && !prev.lineStart) ||
    (prev !== undefined && prev.kind !== 'punct' && prev.end === t.start)
  ) {
    return undefined;
  }
  let j = i;
  let lastName = i;
  while (j + 1 < tokens.length && j - i < 5) {
    const u = tokens[j + 1]!;
    if (u.lineStart || u.kind !== 'word') break;
    if (u.cap) lastName = j + 1;
    else if (!['de', 'del', 'la', 'las', 'los', 'el'].includes(u.key)) break;
    j++;
  }
  let k = lastName + 1;
  if (tokens[k]?.text === ',') k++;
  const u = tokens[k];
  if (!u || u.lineStart) return undefined;
  if (u.key === 's' && tokens[k + 1]?.text === '/' && tokens[k + 2]?.key === 'n') {
    return { first: i, last: k + 2, score: 0.8, type: 'STREET_ADDRESS' };
  }
  if (u.kind === 'number' && u.text.length <= 4 && isPostalNumber(tokens[k + 1])) {
    return { first: i, last: k, score: 0.8, type: 'STREET_ADDRESS' };
  }
  return undefined;
}

// Street types that name a street even without a number ("Baker Street"), written out and capitalised; "Drive",
// "Court", "Place", "Square" or "Way" are left out: they end product and institution names as often.
const BARE_STREET_TYPES = new Set([
  'street',
  'road',
  'rd',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'lane',
  'highway',
  'parkway',
  'terrace',
  'crescent',
  'alley',
]);
/** BARE_STREET_TYPES as a cue bit: a text without one has no bare English street (findLocations asks). */
export const BARE_STREET_CUE = cueWords([...BARE_STREET_TYPES]);
// Capitalised only because they open a sentence: never the first word of a street's name.
const NOT_STREET_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'every',
  'each',
  'any',
  'no',
  'one',
  'on',
  'in',
  'at',
]);
const MAX_BARE_NAME_WORDS = 3;

/** "Bezrukov Street", "Old Mill Road", "Kensington Avenue": capitalised words and a street type, without a number. */
export function bareEnglishStreet(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.cap || NOT_STREET_NAMES.has(t.key) || BARE_STREET_TYPES.has(t.key)) return undefined;
  const before = tokens[i - 1];
  // A name already under way ("Wall Street" inside "Acme Wall Street") or a number (englishStreet's) is not ours.
  if (before && !t.lineStart && (before.kind === 'number' || (before.kind === 'word' && before.cap))) return undefined;
  for (let j = i + 1; j < tokens.length && j - i <= MAX_BARE_NAME_WORDS; j++) {
    const u = tokens[j]!;
    if (u.kind !== 'word' || !u.cap || u.lineStart) return undefined;
    if (!BARE_STREET_TYPES.has(u.key)) continue;
    let last = j;
    if (tokens[last + 1]?.text === '.' && u.text.length <= 4) last++;
    const after = tokens[last + 1];
    // "Wall Street Journal", "Abbey Road Studios": a capitalised word after the type makes it part of another name.
    if (after?.kind === 'word' && after.cap && !after.lineStart && !BARE_STREET_TYPES.has(after.key)) return undefined;
    return { first: i, last: districtAfter(tokens, i, j, lex), score: 0.75, type: 'STREET_ADDRESS' };
  }
  return undefined;
}

/** Words before a bare street that put someone on it ("lives on Cotham Road", "the house in Elm Lane"). */
const ON_STREET = new Set(['on', 'in', 'at']);

/** Marks that close a district's clause after the street ("..., Redland —", "..., Kingsdown."). */
const DISTRICT_ENDS = new Set([',', '.', ';', '—', '–', '-', ')', '!']);

/**
 * "still lives on Cotham Road, Redland —", "the house on Mill Lane, St Judes.": after a street that someone is on,
 * one to three capitalised words that are no ordinary words, closing the clause, are its district or town. Returns the
 * new last token, or `last` unchanged.
 */
function districtAfter(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): number {
  if (!ON_STREET.has(tokens[first - 1]?.key ?? '') || tokens[last + 1]?.text !== ',') return last;
  let end = -1;
  for (let k = last + 2; k < tokens.length && k <= last + 4; k++) {
    const t = tokens[k]!;
    if (t.lineStart || t.kind !== 'word' || !t.cap) break;
    if (lex.isWord(WORD.COMMON | WORD.FIRST_NAME, t.key) && t.key !== 'st') return last;
    end = k;
  }
  if (end < 0) return last;
  const next = tokens[end + 1];
  return next === undefined || next.lineStart || DISTRICT_ENDS.has(next.text) ? end : last;
}

const MAX_CORNER_TOKENS = 14;

/**
 * "the corner of Koepoortwal 115 and Hansen Street", "corner of 5th and Main": two streets that meet, from "corner"
 * (and its article) to the last street word before the clause ends.
 */
export function streetCorner(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  let c = i;
  if (tokens[c]!.key === 'the') c++;
  if (tokens[c]?.key !== 'corner' || tokens[c + 1]?.key !== 'of') return undefined;
  let last = -1;
  let joined = false;
  for (let j = c + 2; j < tokens.length && j - c <= MAX_CORNER_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.lineStart) break;
    if (t.kind === 'number') {
      last = j;
      continue;
    }
    if (t.kind === 'punct') {
      // "Str." and "St." keep going; a full stop before a new sentence or the end does not.
      const next = tokens[j + 1];
      if (
        t.text === '.' &&
        next?.kind === 'word' &&
        !next.lineStart &&
        (next.key === 'and' || lex.streetTypesEn.has(next.key) || next.cap)
      )
        continue;
      break;
    }
    if (t.key === 'and' || t.key === '&') {
      joined = joined || last > 0;
      continue;
    }
    if (!t.cap && lex.isWord(WORD.COMMON, t.key) && !lex.streetTypesEn.has(t.key)) break;
    last = j;
  }
  if (!joined || last < 0) return undefined;
  return { first: i, last, score: 0.8, type: 'STREET_ADDRESS' };
}
