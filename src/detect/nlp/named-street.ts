import { extendAddress } from './address-block.js';
import { type NameLexicon, WORD } from './lexicon.js';
import { opensLine } from './line-prefix.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Streets written name first and number last, as in most of Europe: "Ringvej 144", "Kopfhölzistrasse 45",
 * "ul. Lubartowska 42", "Trenerys gate 232", "Dózsa György út 78". The name must carry a street word, as a word of its
 * own or as the end of a compound, and the street must open a line or follow an address cue.
 */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'ul',
  'ulica',
  'utca',
  'ut',
  'korut',
  'ter',
  'gate',
  'gata',
  'gatan',
  'vej',
  'veien',
  'vegen',
  'gade',
  'rue',
  'via',
  'viale',
  'rua',
  'strasse',
  'straße',
  'str',
  'weg',
  'laan',
  'straat',
  'steeg',
  'allee',
  'chaussee',
  'damm',
  'ufer',
  'platz',
  'namesti',
  'trg',
  'cesta',
  'katu',
  'tie',
]);
const COMPOUND_ENDINGS = [
  'strasse',
  'straße',
  'gasse',
  'weg',
  'vej',
  'gade',
  'gata',
  'gatan',
  'vagen',
  'veien',
  'vegen',
  'straat',
  'laan',
  'katu',
  'tie',
  'platz',
  'allee',
  'chaussee',
  'damm',
  'ufer',
];
const MAX_NAME_WORDS = 4;
/** How far ahead (in tokens, on the same line) a street's number may stand from its first word (numberAhead). */
export const NUMBER_REACH = MAX_NAME_WORDS + 2;

/**
 * Street words that name a street wherever they stand: a compound ending in one ("Lindenstraße", "Sveavägen") or one
 * written apart after a capitalised name ("Kastanien Allee", "Berliner Str.") is hardly ever anything else, so with a
 * house number it needs no line start or cue. Short endings shared with ordinary words (-tie, -gata, -laan) stay out.
 */
// The key keeps "ß": "Leopoldstraße" ends in "straße".
const STRONG_ENDINGS = [
  'strasse',
  'straße',
  'gasse',
  'gatan',
  'vagen',
  'veien',
  'vegen',
  'vej',
  'gade',
  'straat',
  'platz',
  'allee',
  'chaussee',
  'damm',
  'ufer',
  'weg',
];
const STRONG_WORDS = new Set([
  'strasse',
  'straße',
  'str',
  'gasse',
  'allee',
  'chaussee',
  'damm',
  'ufer',
  'platz',
  'weg',
  'gatan',
  'vagen',
  'straat',
]);

/** "Ahornstr.", "Hauptstr.": a compound street name cut after its "str" and a full stop (German forms, OCR). */
function cutCompound(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return t.cap && t.key.length > 5 && t.key.endsWith('str') && tokens[j + 1]?.text === '.';
}

function strongStreetWord(t: Token, afterName: boolean): boolean {
  if (!t.cap) return false;
  if (afterName && STRONG_WORDS.has(t.key)) return true;
  return STRONG_ENDINGS.some((e) => t.key.length > e.length + 2 && t.key.endsWith(e));
}

function streetWord(key: string): boolean {
  return STREET_WORDS.has(key) || COMPOUND_ENDINGS.some((e) => key.length > e.length + 2 && key.endsWith(e));
}

/** A house number within reach on the same line: the cheap test that almost every word fails. */
function numberAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + NUMBER_REACH; j++) {
    const t = tokens[j]!;
    if (t.lineStart) return false;
    if (t.kind === 'number') return true;
  }
  return false;
}

export function namedStreetAt(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const first = tokens[i]!;
  // A street opens with a capital or a lower-case street word ("ul."): most words fail before the scan ahead.
  if (first.kind !== 'word' || (!first.cap && !STREET_WORDS.has(first.key)) || !numberAhead(tokens, i))
    return undefined;
  let hasStreetWord = false;
  let strong = false;
  let hasCap = false;
  let j = i;
  for (; j < tokens.length && j - i < MAX_NAME_WORDS + 1; j++) {
    const t = tokens[j]!;
    if (j > i && t.lineStart) return undefined;
    if (t.text === '.' && j > i) continue; // "ul. Miła"
    if (t.kind !== 'word') break;
    if (!t.cap) {
      if (STREET_WORDS.has(t.key)) hasStreetWord = true;
      // "Árpád fejedelem útja 3", "Bem rakpart 79": lower-case words inside the name that are no ordinary words.
      else if (j === i || lex.isWord(WORD.COMMON, t.key)) return undefined;
    } else {
      // "Lindenstrasse" is both the name and the street word.
      hasCap = hasCap || !STREET_WORDS.has(t.key);
      const cut = cutCompound(tokens, j);
      hasStreetWord = hasStreetWord || cut || streetWord(t.key);
      strong = strong || cut || strongStreetWord(t, j > i);
    }
  }
  const number = tokens[j];
  if (!hasCap || number?.kind !== 'number' || number.text.length > 4 || number.lineStart) return undefined;
  // "Prph2 Rd2": a number glued to the name is part of an identifier.
  if (number.start === tokens[j - 1]!.end) return undefined;
  // "Frørupvej 58 St.", "Bygget 91 street": a street type after the number names a street whatever the words.
  const typedAfter = streetTypeAfter(tokens, j, lex);
  // Without a street word, the name must be no ordinary word either ("Chapter 12 st", "Level 3 street racing").
  if (!hasStreetWord && (!typedAfter || hasCommonWord(tokens, i, j, lex))) return undefined;
  // The context is checked last: it costs more than the shape, which almost every word fails.
  const json = jsonKey(tokens, i);
  const cued =
    typedAfter ||
    (strong && !yearLike(number) && json !== 'other') ||
    json === 'address' ||
    INLINE_BEFORE.has(tokens[i - 1]?.key ?? '') ||
    lex.addressCues.endsBefore(tokens, i, 4) !== undefined ||
    (tokens[i - 1]?.kind === 'number' && opensLine(tokens, i - 1));
  if (!cued && !opensLine(tokens, i)) return undefined;
  return { first: i, last: extendAddress(tokens, houseLetter(tokens, j), lex), score: 0.8, type: 'STREET_ADDRESS' };
}

/**
 * "Birkenweg 12 b", "Hauptstr. 7 C,": a house letter set apart from the number (German forms, OCR) is part of it; the
 * letter must end there (a comma, a line end, a postal code), so "Weg 4 a day" keeps its "a".
 */
function houseLetter(tokens: readonly Token[], number: number): number {
  const t = tokens[number + 1];
  if (t?.kind !== 'word' || t.text.length !== 1 || !/[a-hA-H]/.test(t.text) || t.lineStart) return number;
  if (t.start === tokens[number]!.end) return number;
  const after = tokens[number + 2];
  if (after && !after.lineStart && after.kind === 'word') return number;
  return number + 1;
}

// Words a street may follow inside a sentence: "is on Villacher Strasse 89", "Mira and Lindenweg 4".
const INLINE_BEFORE = new Set(['on', 'at', 'to', 'in', 'from', ',', 'and']);

function streetTypeAfter(tokens: readonly Token[], number: number, lex: NameLexicon): boolean {
  const t = tokens[number + 1];
  return (
    t !== undefined &&
    t.kind === 'word' &&
    !t.lineStart &&
    t.start > tokens[number]!.end &&
    lex.streetTypesEn.has(t.key)
  );
}

const MAX_KEY_TOKENS = 8;
// Key words of a JSON value that is an address line: "line1", "address_line_1", "street", "addr", "calle".
const ADDRESS_KEY_WORDS = new Set(['line', 'address', 'addr', 'street', 'adresse', 'anschrift', 'calle', 'direccion']);

/**
 * '"note": "Storgatan 12"', '"line1": "Via dei Mille 41"': for the whole value of a JSON key, whether its key names an
 * address line ('address') or something else ('other'): the key tells what the value is. Undefined when tokens[i]
 * opens no JSON string value.
 */
function jsonKey(tokens: readonly Token[], i: number): 'address' | 'other' | undefined {
  if (tokens[i - 1]?.text !== '"' || tokens[i - 2]?.text !== ':' || tokens[i - 3]?.text !== '"') return undefined;
  for (let k = i - 4; k >= 0 && k > i - 4 - MAX_KEY_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.text === '"') return 'other';
    if (t.kind === 'word' && ADDRESS_KEY_WORDS.has(t.key)) return 'address';
  }
  return 'other';
}

/** "Friedensplatz 1989": a year after a square's name dates an event, it is no house number. */
function yearLike(t: Token): boolean {
  return t.text.length === 4 && (t.text.startsWith('19') || t.text.startsWith('20'));
}

function hasCommonWord(tokens: readonly Token[], from: number, to: number, lex: NameLexicon): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' && lex.isWordAt(WORD.COMMON, tokens, k)) return true;
  return false;
}
