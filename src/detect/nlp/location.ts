import { addressBlockAt, extendAddress } from './address-block.js';
import { CASUAL_STREET_HEADS, casualStreetAt } from './address-casual-es.js';
import { barrioBeforeCity, CITY_ABBREVIATION_CUE, lowerDistrictAfter } from './address-district.js';
import { HOUSE_CUE, houseNameAt } from './address-house-name.js';
import { COUNTY_CUE, irishTownAt } from './address-ireland.js';
import { CO_STREET_TYPES, DISTRICT_WORDS, districtAt, gridAddressAt } from './address-latam.js';
import { joinAddressParts } from './address-parts.js';
import { fillerAddress } from './address-placeholder.js';
import { endsNumericDate, townAfterBirthDate } from './address-register.js';
import { lineEnd, vcardAddressAt } from './address-vcard.js';
import { configPlaceAt } from './config-place.js';
import { fieldBefore, fieldValueEnd } from './context.js';
import type { Language } from './language.js';
import { type NameLexicon, WORD } from './lexicon.js';
import { opensLine } from './line-prefix.js';
import { NUMBER_REACH, namedStreetAt, STREET_WORDS } from './named-street.js';
import { cuedUnknownPlace, gazetteerPlace, LOWER_CUE_END, placeWithPostcode } from './place.js';
import { livingAdverbTown, residenceOf } from './place-residence.js';
import { postBoxAt, UNITS, unitAt } from './post-box.js';
import { eircodeAt, postalCode, ukPostcode } from './postal-code.js';
import {
  BARE_STREET_CUE,
  bareEnglishStreet,
  englishStreet,
  spanishStreet,
  streetCorner,
  untypedStreet,
} from './street.js';
import { tableCellSpans } from './table-places.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';
import { townAt } from './town.js';

export type { TokenSpan } from './token-span.js';

/** One-word values of an address field that say there is none yet: a gap, a status, a job's state. */
const NO_ADDRESS_VALUES = new Set(
  (
    'missing pending unknown none null undefined empty withheld redacted tbc tbd tba waiting running terminated ' +
    'completed failed active inactive same pendiente desconocido desconocida falta ninguno ninguna vacio vacío igual'
  ).split(' '),
);

/** Places, street addresses, postal codes and "Address:"-style form values, as inclusive token spans. */
export function findLocations(tokens: readonly Token[], lex: NameLexicon, lang: Language = 'en'): TokenSpan[] {
  const out: TokenSpan[] = [];
  const openers = lowerOpenersOf(lex);
  const facts = textFacts(tokens);
  let i = 0;
  while (i < tokens.length) {
    // Form values follow a colon ("Address: ...", "C.P.: 28016"): one look back spares most tokens both checks.
    const mark = tokens[i - 1]?.text;
    if (
      (mark === ':' || mark === '.') &&
      (fieldBefore(tokens, i, lex) === 'LOCATION' ||
        whereField(tokens, i) ||
        spacedField(tokens, i, lex) ||
        (qualifiedAddressField(tokens, i, lex) && !addressFoundAt(tokens, i, lex, lang, openers, facts))) &&
      !memberAccess(tokens, i)
    ) {
      // "Address: 5533 Countess Close\n Suite 868\n Seatoun": the value may continue on address lines below.
      const last = nextFieldCut(tokens, i, Math.max(fieldValueEnd(tokens, i), extendAddress(tokens, i, lex)));
      // "C.P.: 00000", "Dirección: XXXXX": a template's filler, no address.
      // "Address: missing", "State: Waiting", "Domicilio: pendiente": a status or a gap in the form, no address.
      if (last === i && (/^(?:(\d)\1+|X+)$/i.test(tokens[i]!.text) || NO_ADDRESS_VALUES.has(tokens[i]!.key))) {
        i = last + 1;
        continue;
      }
      out.push({ first: i, last, score: 0.9, type: 'ADDRESS_FIELD' });
      i = last + 1;
      continue;
    }
    // "OFFICE_CITY=Salamanca": the value of a setting whose key says city, country or address.
    // '"postalCode": 60625': a bare number after a JSON key's colon.
    if (
      mark === '=' ||
      mark === '"' ||
      mark === "'" ||
      mark === '>' ||
      (mark === ':' && tokens[i]!.kind === 'number')
    ) {
      const setting = configPlaceAt(tokens, i, lex);
      if (setting) {
        out.push(setting);
        i = setting.last + 1;
        continue;
      }
    }
    // "ADR;TYPE=HOME:;;street;town;region;code;country": a vCard's address, read field by field to the line's end.
    if (tokens[i]!.lineStart && tokens[i]!.kind === 'word') {
      const card = vcardAddressAt(tokens, i);
      if (card) {
        out.push(...card);
        i = lineEnd(tokens, i) + 1;
        continue;
      }
    }
    // Every finder below starts on a word or a number.
    if (tokens[i]!.kind === 'punct') {
      i++;
      continue;
    }
    // "wp.pl", "mail.co": a lower-case word glued after a word and a dot ends a domain or a file name; "pl" there is
    // no street type ("pl   A65 F4E2  NaN" in a data frame's print).
    if (domainPart(tokens, i)) {
      i++;
      continue;
    }
    const found =
      tokens[i]!.kind === 'number' ? numberFirst(tokens, i, lex) : wordFirst(tokens, i, lex, lang, openers, facts);
    if (found) {
      // "04 55 Halsey Road", "2224 Trenerys gate 232": a building number before the street belongs to it.
      const before = tokens[found.first - 1];
      if (
        found.type === 'STREET_ADDRESS' &&
        before?.kind === 'number' &&
        before.text.length <= 6 &&
        before.end < tokens[found.first]!.start &&
        !tokens[found.first]!.lineStart &&
        found.first - 1 > (out[out.length - 1]?.last ?? -1) &&
        // "DOB 03/04/1990  12 Elm Road": the year of a date before the street is no building number.
        !endsNumericDate(tokens, found.first - 1)
      ) {
        found.first--;
      }
      // "Apt 9, 31 Tanner Row", "Flat 2, 17 Orchard Terrace": the flat written before the house number is the
      // same address.
      if (found.type === 'STREET_ADDRESS') {
        found.first = flatBefore(tokens, found.first, out[out.length - 1]?.last ?? -1);
        // "calle del Pez 4 1ºdcha, chueca.": a barrio typed in lower case after the street.
        found.last = lowerDistrictAfter(tokens, found.last, lex);
      }
      // Spanish clinical headers put a hospital's name around its street, and a joined span that loses to the
      // hospital would take the town with it: there each part stays apart.
      if (!bracketedRegion(tokens, out, found) && (lang !== 'en' || !joinPrevious(tokens, out, found))) out.push(found);
      i = found.last + 1;
    } else i++;
  }
  // "123 Example Street, Testville": a fixture's or a template's made-up address.
  return tableCellSpans(
    tokens,
    joinAddressParts(tokens, out, lex).filter((s) => s.type === 'PLACE' || !fillerAddress(tokens, s)),
  );
}

function domainPart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.cap || t.kind !== 'word') return false;
  const dot = tokens[i - 1];
  if (dot?.text !== '.' || dot.end !== t.start) return false;
  const stem = tokens[i - 2];
  return stem !== undefined && stem.kind !== 'punct' && stem.end === dot.start;
}

/** Finders that start on a number, in order of precedence. */
function numberFirst(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  return addressBlockAt(tokens, i, lex) ?? englishStreet(tokens, i, lex) ?? postalCode(tokens, i, lex);
}

/**
 * What a text holds that some finders of wordFirst need somewhere before they can start on any of its words: the cue
 * bits of its words (token.cues), whether it holds a number, and a slash; and per token, how far ahead on its line
 * the next number stands (numberAhead[i], 255 for none within reach). Read once per text.
 */
interface TextFacts {
  cues: number;
  numbers: boolean;
  slash: boolean;
  numberAhead: Uint8Array;
}

const NO_NUMBER = 255;
const NONE_AHEAD = new Uint8Array(0);

function textFacts(tokens: readonly Token[]): TextFacts {
  let cues = 0;
  let numbers = false;
  let slash = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') cues |= t.cues;
    else if (t.kind === 'number') numbers = true;
    else if (t.text === '/') slash = true;
  }
  // Read back to front: a token that opens a line hides every number from the tokens before it.
  let numberAhead = NONE_AHEAD;
  if (numbers) {
    numberAhead = new Uint8Array(tokens.length);
    let next = -1;
    for (let k = tokens.length - 1; k >= 0; k--) {
      numberAhead[k] = next < 0 || next - k >= NO_NUMBER ? NO_NUMBER : next - k;
      const t = tokens[k]!;
      if (t.lineStart) next = -1;
      else if (t.kind === 'number') next = k;
    }
  }
  return { cues, numbers, slash, numberAhead };
}

/**
 * Finders that start on a word, in order of precedence. Most words are lower-case, and only a few finders accept one
 * ("p.o. box", "ul. Miła 4", "calle Mayor 5", "grew up in grasse"), so those words skip the rest.
 * A capitalised word is offered only to the finders whose first need it meets (each condition below is implied by the
 * finder's own first tests, so the answers are the same): a key of `openers` for the finders that open on a listed
 * word, a list bit of the word (lex.infoAt) for the two gazetteers, and for the rest a word or a number the text holds
 * somewhere (textFacts). Most capitalised words meet none of them.
 */
function wordFirst(
  tokens: readonly Token[],
  i: number,
  lex: NameLexicon,
  lang: Language,
  openers: ReadonlySet<string>,
  facts: TextFacts,
): TokenSpan | undefined {
  const found = postBoxAt(tokens, i, lex);
  if (found) return found;
  if (!tokens[i]!.cap) {
    // Nearly every lower-case word opens none of the finders below: one lookup instead of one per finder.
    if (!openers.has(tokens[i]!.key)) return afterLowerCue(tokens, i, lex);
    return (
      unitAt(tokens, i, lex) ??
      gridAddressAt(tokens, i) ??
      (lang === 'es' ? districtAt(tokens, i) : undefined) ??
      // "av pradera 2210 depto 3, col ...": the casual address takes its flat, colonia and code with it.
      casualStreetAt(tokens, i, lex) ??
      namedStreetAt(tokens, i, lex) ??
      spanishStreet(tokens, i, lex) ??
      (lang === 'en' ? streetCorner(tokens, i, lex) : undefined) ??
      afterLowerCue(tokens, i, lex)
    );
  }
  // unitAt, streetCorner, gridAddressAt, districtAt, spanishStreet and casualStreetAt open on a key of openers.
  const opener = openers.has(tokens[i]!.key);
  const info = lex.infoAt(tokens, i);
  const { cues, numbers } = facts;
  const numberNext = tokens[i + 1]?.kind === 'number';
  return (
    (opener ? unitAt(tokens, i, lex) : undefined) ??
    // "Co." or "County" after the town.
    ((cues & COUNTY_CUE) !== 0 ? irishTownAt(tokens, i, lex) : undefined) ??
    ((cues & CITY_ABBREVIATION_CUE) !== 0 ? barrioBeforeCity(tokens, i, lex) : undefined) ??
    (opener && lang === 'en' ? streetCorner(tokens, i, lex) : undefined) ??
    // A number ahead on the line (numberAhead, the finder's first test).
    (numbers && facts.numberAhead[i]! <= NUMBER_REACH ? namedStreetAt(tokens, i, lex) : undefined) ??
    // The grid address ("Cra. 43 #18-20") keeps its shape in an English sentence or a mixed chat as well.
    (opener ? gridAddressAt(tokens, i) : undefined) ??
    (opener && lang === 'es' ? districtAt(tokens, i) : undefined) ??
    (opener ? spanishStreet(tokens, i, lex) : undefined) ??
    (opener ? casualStreetAt(tokens, i, lex) : undefined) ??
    // A house number or "s/n" after the name.
    (numbers || facts.slash ? untypedStreet(tokens, i) : undefined) ??
    ((cues & BARE_STREET_CUE) !== 0 && lang === 'en' ? bareEnglishStreet(tokens, i, lex) : undefined) ??
    // Digits right after the letters.
    (numberNext ? ukPostcode(tokens, i) : undefined) ??
    (numberNext ? eircodeAt(tokens, i) : undefined) ??
    ((cues & HOUSE_CUE) !== 0 ? houseNameAt(tokens, i, lex) : undefined) ??
    ((info & WORD.PLACE_FIRST) !== 0 ? gazetteerPlace(tokens, i, lex) : undefined) ??
    // "in" and a postal code after the town.
    (numbers && tokens[i - 1]?.text === 'in' ? placeWithPostcode(tokens, i, lex) : undefined) ??
    ((info & WORD.TOWN_FIRST) !== 0 && lang === 'en' ? townAt(tokens, i, lex) : undefined) ??
    // A date's last number right before the town, or before a comma there.
    (tokens[i - 1]?.kind === 'number' || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.kind === 'number')
      ? townAfterBirthDate(tokens, i, lex)
      : undefined) ??
    cuedUnknownPlace(tokens, i, lex) ??
    (tokens[i - 1]?.key === 'of' ? residenceOf(tokens, i, lex) : undefined) ??
    (tokens[i - 1]?.text === ',' ? livingAdverbTown(tokens, i, lex) : undefined)
  );
}

/** "grew up in grasse": a lower-case place after "in", "to", "from"... */
function afterLowerCue(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  return ((tokens[i - 1]?.cues ?? 0) & LOWER_CUE_END) !== 0 ? cuedUnknownPlace(tokens, i, lex) : undefined;
}

/**
 * The keys a lower-case word needs for a finder of wordFirst's lower-case branch to start on it: the first test of
 * unitAt, gridAddressAt, districtAt, casualStreetAt, namedStreetAt, spanishStreet and streetCorner (keep in step
 * with them). Built once per lexicon.
 */
const lowerOpeners = new WeakMap<NameLexicon, ReadonlySet<string>>();

function lowerOpenersOf(lex: NameLexicon): ReadonlySet<string> {
  let openers = lowerOpeners.get(lex);
  if (openers === undefined) {
    openers = new Set([
      ...UNITS,
      ...CO_STREET_TYPES,
      ...DISTRICT_WORDS,
      ...STREET_WORDS,
      ...lex.streetTypesEs,
      ...CASUAL_STREET_HEADS,
      'the',
      'corner',
    ]);
    lowerOpeners.set(lex, openers);
  }
  return openers;
}

/** Spaces that set two fields of a form apart on one line ("Strasse: Ulmenweg 8     PLZ/Ort: 34117 Kassel"). */
const FIELD_GAP = 3;

/** The value of a form field ends before a wide gap followed by the next field's label and its colon. */
function nextFieldCut(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    if (tokens[k]!.start - tokens[k - 1]!.end < FIELD_GAP || tokens[k]!.kind !== 'word') continue;
    for (let c = k + 1; c <= k + 4 && c < tokens.length; c++) {
      if (tokens[c]!.text === ':') return k - 1;
      if (tokens[c]!.lineStart || tokens[c]!.start - tokens[c - 1]!.end > 1) break;
    }
  }
  return last;
}

/**
 * "Strasse: Ulmenweg 3       PLZ/Ort: 70173 Stuttgart": a place label set off from the previous field by a wide gap
 * on the same line (forms with two columns, OCR of a printed form) opens a value as one at the line start does.
 */
function spacedField(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const colon = i - 1;
  const value = tokens[i]!;
  if (tokens[colon]?.text !== ':' || value.lineStart || !(value.cap || value.kind === 'number')) return false;
  for (let start = Math.max(1, colon - 5); start < colon; start++) {
    const hit = lex.fields.matchAt(tokens, start);
    if (!hit || start + hit.length !== colon || hit.value !== 'LOCATION') continue;
    // A nationality in the next column names a country of citizenship, nobody's address.
    if (tokens[start]!.key === 'nacionalidad') return false;
    return !tokens[start]!.lineStart && tokens[start]!.start - tokens[start - 1]!.end >= FIELD_GAP;
  }
  return false;
}

/** Words before a flat's number that may stand ahead of the house number ("Unit 4, 9 Beacon Parade"). */
const FLAT_WORDS = new Set(['apt', 'apartment', 'flat', 'unit', 'suite', 'ste', 'apto', 'dpto', 'depto']);

/** The first token of "Apt 3," (word, optional full stop, number, comma) right before a house number at first. */
function flatBefore(tokens: readonly Token[], first: number, taken: number): number {
  if (tokens[first]?.kind !== 'number' || tokens[first]!.lineStart || tokens[first - 1]?.text !== ',') return first;
  let k = first - 2;
  const num = tokens[k];
  if (num?.kind !== 'number' || num.text.length > 4 || num.lineStart) return first;
  k--;
  if (tokens[k]?.text === '.') k--;
  const word = tokens[k];
  if (word?.kind !== 'word' || !FLAT_WORDS.has(word.key) || k <= taken) return first;
  return k;
}

/**
 * "zip: a.zip", "state: addr.province_code.toUpperCase()": a field of code whose value reads an object's member, or
 * the member itself ("a.city"), names a variable, not a place.
 */
function memberAccess(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.cap) return false;
  const dot = tokens[i - 1]!;
  if (dot.text === '.' && dot.end === t.start && tokens[i - 2]?.end === dot.start) return true;
  const next = tokens[i + 1];
  return (
    next?.text === '.' && next.start === t.end && tokens[i + 2]?.kind === 'word' && tokens[i + 2]!.start === next.end
  );
}

/**
 * Words before "address" in a form's label that make it a person's or a household's address ("Billing address:",
 * "Risk address:", "Perm addr:"); a firm's, a network's or a mailbox's address ("Office", "IP", "Email") is not one.
 */
const PERSONAL_ADDRESS_KINDS = new Set(
  `billing shipping delivery postal mailing current previous former permanent perm residential risk
  supply install installation correspondence forwarding debtor customer client patient tenant guest member student
  property usual primary secondary alternative alt new old prior`.split(/\s+/),
);

/** Spanish kinds of a person's address after its head ("Dirección de facturación:", "Domicilio actual:"). */
const PERSONAL_ADDRESS_KINDS_ES = new Set(
  `facturacion envio entrega correspondencia residencia notificacion notificaciones cobro instalacion suministro
  actual habitual anterior particular familiar postal`.split(/\s+/),
);
const ADDRESS_HEADS_ES = new Set(['direccion', 'domicilio']);

/**
 * "Billing address: ul. Miła 4/2, ...", "Dirección de facturación: Bv. X 10, ...": a line's label of a personal kind
 * of address before the colon.
 */
function qualifiedAddressField(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  if (tokens[i - 1]?.text !== ':' || tokens[i]!.lineStart) return false;
  // "Billing address: Ann Lee\n 4 Mill Lane": the value opens with the addressee's name; an address line holds a
  // house number or a postal code.
  if (lex.isWord(WORD.FIRST_NAME, tokens[i]!.key) && !lex.isWord(WORD.PLACE, tokens[i]!.key)) return false;
  if (!numberOnLine(tokens, i)) return false;
  const head = tokens[i - 2];
  const kind = tokens[i - 3];
  if (head === undefined || kind === undefined) return false;
  if (head.key === 'address' || head.key === 'addr')
    return PERSONAL_ADDRESS_KINDS.has(kind.key) && opensLine(tokens, i - 3);
  if (!PERSONAL_ADDRESS_KINDS_ES.has(head.key)) return false;
  if (ADDRESS_HEADS_ES.has(kind.key)) return opensLine(tokens, i - 3); // "Domicilio actual:"
  return kind.key === 'de' && ADDRESS_HEADS_ES.has(tokens[i - 4]?.key ?? '') && opensLine(tokens, i - 4);
}

/**
 * Whether a finder reads an address that opens at tokens[i]: a qualified label's value then keeps the finder's
 * shape (which stops before a note such as "(since 2019)") rather than the whole rest of the line.
 */
function addressFoundAt(
  tokens: readonly Token[],
  i: number,
  lex: NameLexicon,
  lang: Language,
  openers: ReadonlySet<string>,
  facts: TextFacts,
): boolean {
  const t = tokens[i]!;
  if (t.kind === 'punct') return false;
  const found = t.kind === 'number' ? numberFirst(tokens, i, lex) : wordFirst(tokens, i, lex, lang, openers, facts);
  return found !== undefined && found.first === i && found.type !== 'PLACE';
}

/** Whether a number stands on the line from tokens[i] on. */
function numberOnLine(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length && (k === i || !tokens[k]!.lineStart); k++)
    if (tokens[k]!.kind === 'number') return true;
  return false;
}

/** Short labels of a place line: "Where: Harbour Hall" (an invitation), "Addr: 9 Quarry Rise, Ennis" (a note). */
const SHORT_PLACE_LABELS = new Set(['where', 'addr']);

/** "Where: Harbour Hall", "Addr: 4 Mill Lane": the place line of an invitation, a meeting note or a clinical note. */
function whereField(tokens: readonly Token[], i: number): boolean {
  const label = tokens[i - 2];
  const value = tokens[i]!;
  return (
    tokens[i - 1]?.text === ':' &&
    label !== undefined &&
    SHORT_PLACE_LABELS.has(label.key) &&
    label.lineStart &&
    !value.lineStart &&
    (value.cap || value.kind === 'number') &&
    !(label.key === 'where' && MEETING_ROOMS.has(value.key))
  );
}

/** A meeting's "Where:" that opens with a video platform or a room names no address ("Microsoft Teams / Room 2"). */
const MEETING_ROOMS = new Set(['microsoft', 'teams', 'zoom', 'google', 'webex', 'skype', 'online', 'room', 'sala']);

/**
 * "33400 Avilés (Asturias)", "26071 Logroño (La Rioja)": the province in brackets right after an address's town is the
 * rest of that address, in any language.
 */
function bracketedRegion(tokens: readonly Token[], out: TokenSpan[], found: TokenSpan): boolean {
  const prev = out[out.length - 1];
  if (prev === undefined || found.type !== 'PLACE' || prev.type === 'PLACE' || found.first !== prev.last + 2)
    return false;
  if (tokens[prev.last + 1]!.text !== '(' || tokens[found.last + 1]?.text !== ')') return false;
  prev.last = found.last + 1;
  return true;
}

/**
 * "21 rue Sidi 4, Valverde, Swaziland 14385", "12 Elm Road\nDunmore": a place or code right after an address (only
 * commas or a line break between) is the rest of that address, so the two become one span. Two bare places stay
 * apart ("Lyon, Paris").
 */
function joinPrevious(tokens: readonly Token[], out: TokenSpan[], found: TokenSpan): boolean {
  const prev = out[out.length - 1];
  if (!prev || (prev.type === 'PLACE' && found.type === 'PLACE' && !tokens[found.first]!.lineStart)) return false;

  for (let j = prev.last + 1; j < found.first; j++) if (tokens[j]!.text !== ',') return false;
  if (found.first - prev.last > 2) return false;
  prev.last = found.last;
  if (prev.type === 'PLACE') prev.type = found.type === 'PLACE' ? 'PLACE' : found.type;
  prev.score = Math.max(prev.score, found.score);
  return true;
}
