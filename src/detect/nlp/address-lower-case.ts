import { ADDRESS_PARTICLES, LOWER_STREET_TYPES, STREET_ABBREVIATIONS, UNIT_WORDS } from './address-words.js';
import { type NameLexicon, WORD } from './lexicon.js';
import { lineBody } from './line-prefix.js';
import type { Token } from './tokenize.js';

/**
 * Address lines typed without capitals ("16 salontie 6", "apt. 523", "urjala", "saudi arabia 65001"). Without
 * capitals only the shape tells an address line from prose, so each line must be short and made of what addresses
 * hold: numbers, unit words, street words, and words that are places or no ordinary vocabulary.
 */

// Words inside street names in several languages ("rue de genville", "via dei mille", "ul. miła", "árpád útja").
const STREET_INNER: ReadonlySet<string> = new Set([
  ...ADDRESS_PARTICLES,
  ...STREET_ABBREVIATIONS,
  ...LOWER_STREET_TYPES,
]);
// Words that open a contact line rather than an address line ("office", "fax"), or close a letter.
export const NOT_ADDRESS: ReadonlySet<string> = new Set([
  'office',
  'fax',
  'phone',
  'tel',
  'mobile',
  'cell',
  'email',
  'mail',
  'thanks',
  'regards',
  'cheers',
  'best',
  'sincerely',
  'please',
  'call',
  'tel.',
  'telephone',
  'e-mail',
  'web',
  'website',
  'desk',
  // Spanish contact labels after an address line ("Barcelona Tlf. 609 ...", "Tfno: 91 ...").
  'tlf',
  'tlfno',
  'telf',
  'tfno',
  'telefono',
  'movil',
  'correo',
]);
const MAX_LINE_TOKENS = 8;
const MAX_PLAIN_WORDS = 4;

function placeLength(tokens: readonly Token[], j: number, lex: NameLexicon): number {
  if (!lex.isWordAt(WORD.PLACE_FIRST | WORD.TOWN_FIRST, tokens, j)) return 0;
  return lex.places.matchAt(tokens, j)?.length ?? lex.towns.matchAt(tokens, j)?.length ?? 0;
}

/** A word an address line may hold: a street or unit word, a place, or no ordinary word; 0 when it is none of these. */
function addressWordLength(tokens: readonly Token[], j: number, lex: NameLexicon): number {
  const t = tokens[j]!;
  if (NOT_ADDRESS.has(t.key)) return 0;
  if (STREET_INNER.has(t.key) || UNIT_WORDS.has(t.key) || lex.streetTypesEn.has(t.key)) return 1;
  const place = placeLength(tokens, j, lex);
  if (place > 0) return place;
  return lex.isWord(WORD.COMMON, t.key) || t.text.length < 2 ? 0 : 1;
}

/**
 * Last token of the lower-case address line that starts at tokens[lineStart] ("apt. 239", "bisegna",
 * "saudi arabia 65001", "gualöv nan 27660", "cyprus (greek) 26933"), or -1 when the line is not one.
 */
export function lowerAddressLineEnd(tokens: readonly Token[], lineStart: number, lex: NameLexicon): number {
  const i = lineBody(tokens, lineStart);
  let words = 0;
  let last = -1;
  let afterUnit = false;
  let postal = false;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (j > lineStart && t.lineStart) break;
    if (j - i >= MAX_LINE_TOKENS) return -1;
    if (t.kind === 'number') {
      // A number follows a unit word ("apt. 239") or closes the line as a postal code ("65001", "340 12").
      if (!afterUnit && (words === 0 || t.text.length < 2)) return -1;
      postal = !afterUnit;
      afterUnit = false;
      last = j;
      continue;
    }
    if (t.kind === 'punct') {
      if (t.text === '.' || t.text === '-' || (!postal && [',', '(', ')'].includes(t.text))) continue;
      return -1;
    }
    if (postal) return -1;
    const n = addressWordLength(tokens, j, lex);
    if (n === 0 || ++words > MAX_PLAIN_WORDS) return -1;
    afterUnit = n === 1 && UNIT_WORDS.has(t.key);
    j += n - 1;
    last = j;
  }
  return last;
}

function streetPart(t: Token, lex: NameLexicon): boolean {
  return (
    STREET_INNER.has(t.key) ||
    lex.streetTypesEn.has(t.key) ||
    lex.streetTypesEs.has(t.key) ||
    !lex.isWord(WORD.COMMON, t.key)
  );
}

/**
 * "16 salontie 6", "46 via raffaele conforti 74", "35 97 guildry street", "67 rue de genville 178": a line (or the
 * words after an address cue, when anchored says so) that is nothing but a house number, a street name of words that are no ordinary vocabulary (or street words) and a second
 * number or a street type. After a flat's number (afterFlat: "flat 2 14 mill road ...") the line may go on after the
 * street type. Returns the last token of the street, or -1.
 */
export function lowerStreetLineEnd(
  tokens: readonly Token[],
  i: number,
  lex: NameLexicon,
  anchored: boolean,
  afterFlat = false,
): number {
  const first = tokens[i]!;
  if (first.kind !== 'number' || first.text.length > 6 || !anchored) return -1;
  let j = i + 1;
  if (tokens[j]?.kind === 'number' && !tokens[j]!.lineStart) j++;
  const nameStart = j;
  let last = -1;
  let typed = false;
  for (; j < tokens.length && !tokens[j]!.lineStart && j - nameStart <= 6; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word') {
      // "flat 2 41 marsh lane the heating is off": after a flat's number, dictation runs on past the street type.
      if (afterFlat && last >= nameStart && (NOT_ADDRESS.has(t.key) || !streetPart(t, lex))) break;
      if (NOT_ADDRESS.has(t.key) || !streetPart(t, lex)) return -1;
      typed = typed || lex.streetTypesEn.has(t.key) || STREET_INNER.has(t.key);
      if (typed) last = j;
      continue;
    }
    if (t.text === '.') continue;
    if (t.kind === 'number' && j > nameStart) {
      last = j;
      if (tokens[j + 1]?.text === '.' && !tokens[j + 1]!.lineStart) last = j + 1;
      break;
    }
    break;
  }
  const name = tokens[nameStart];
  // "11p13", "18q21": a chromosome band, not a number and a street.
  if (last < nameStart || name?.kind !== 'word' || name.text.length < 2 || name.start === tokens[nameStart - 1]!.end) {
    return -1;
  }
  // The line must end with the street (or go on with a unit: "törneby 2 apt. 5").
  const after = tokens[last + 1];
  if (after && !after.lineStart && !UNIT_WORDS.has(after.key) && after.text !== ',' && !afterFlat) return -1;
  return last;
}
