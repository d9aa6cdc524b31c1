import type { NameLexicon } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * Key parts that name a postal code: the key says so where the value alone ("111 34", "75008") is just a number.
 * camelCase keys of FHIR and JSON APIs are one word ("postalCode", "zipCode"); PstCd is ISO 20022's element.
 */
const POSTAL_KEY_PARTS = ['zip', 'zipcode', 'postcode', 'postal', 'postalcode', 'codigopostal', 'plz', 'cep', 'pstcd'];

// Parts of a setting's key that say its value is a place ("OFFICE_CITY", "shipping.address", "PAIS_ORIGEN").
// "state" and "region" are left out: they name a status or a cloud region far more often ("STATE=RUNNING",
// "AWS_REGION=US-EAST-1").
const PLACE_KEY_PARTS = new Set([
  'city',
  'town',
  'country',
  'address',
  'addr',
  'street',
  'location',
  'province',
  'county',
  'birthplace',
  'ciudad',
  'pais',
  'direccion',
  'domicilio',
  'localidad',
  'provincia',
  'municipio',
  'poblacion',
  ...POSTAL_KEY_PARTS,
  // An Irish postcode is letters and digits, never the bare number the postal keys above also take.
  'eircode',
  // Postal address elements of ISO 20022 payment files (<StrtNm>, <BldgNb>, <TwnNm>; <PstCd> is a postal key).
  'strtnm',
  'bldgnb',
  'bldgnm',
  'twnnm',
  'adrline',
]);
// Parts that make an "address" key something else: "ip_address", "email_address", "wallet.address".
const NOT_PLACE_KEY_PARTS = new Set([
  'ip',
  'mac',
  'email',
  'mail',
  'wallet',
  'bind',
  'listen',
  'host',
  'server',
  'proxy',
  'url',
]);
const KEY_JOINERS = new Set(['_', '-', '.']);
const QUOTES = new Set(['"', "'", '`']);
const MAX_VALUE_TOKENS = 16;

/** Key parts that name a country only: with an identity document on the line it is the issuing state. */
const COUNTRY_KEY_PARTS = new Set(['country', 'pais']);

/** Words of an identity document whose country is the issuer ("passport", "id_card", "documento"). */
const DOCUMENT_WORDS = new Set([
  'passport',
  'document',
  'licence',
  'license',
  'visa',
  'issuing',
  'issued',
  'pasaporte',
  'documento',
  'expedicion',
  'emision',
]);

/** Tokens back on the line searched for an identity document. */
const DOCUMENT_REACH = 24;

/** '"type": "passport", "country": "USA"': a document's issuing country, not where its holder lives. */
function documentOnLine(tokens: readonly Token[], eq: number): boolean {
  for (let k = eq - 1; k >= 0 && k >= eq - DOCUMENT_REACH; k--) {
    if (DOCUMENT_WORDS.has(tokens[k]!.key)) return true;
    if (tokens[k]!.lineStart) return false;
  }
  return false;
}

/** Whether the key glued before tokens[eq] ("OFFICE_CITY", "home-address") has a part that names a place. */
function placeKeyBefore(tokens: readonly Token[], eq: number): boolean {
  let k = eq - 1;
  let place = false;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      const parts = camelParts(t);
      if (parts.some((p) => NOT_PLACE_KEY_PARTS.has(p))) return false;
      if (parts.some((p) => COUNTRY_KEY_PARTS.has(p)) && documentOnLine(tokens, k)) return false;
      place ||= parts.some((p) => PLACE_KEY_PARTS.has(p));
    } else if (!(KEY_JOINERS.has(t.text) || t.kind === 'number')) break;
    if (k === 0 || tokens[k - 1]!.end !== t.start || t.lineStart) break;
    k--;
  }
  return place;
}

/**
 * A key's parts: the word itself, and for a camelCase key its humps as well ("MailingCity": mailing, city;
 * "DomicilioFiscalReceptor": domicilio, fiscal, receptor), so "postalCode" matches whole and "shipToCity" by "city".
 */
function camelParts(t: Token): string[] {
  if (!/\p{Ll}\p{Lu}/u.test(t.text)) return [t.key];
  return [t.key, ...t.text.split(/(?<=\p{Ll})(?=\p{Lu})/u).map((p) => p.toLowerCase())];
}

/**
 * A long run of letters and digits with no space, such as a wallet or contract address ("0x71C7656E...",
 * "1BoatSLRHtKNngk..."): the value of an "address" key that names no place.
 */
function codeLikeAt(tokens: readonly Token[], i: number): boolean {
  let k = i;
  let digits = false;
  let letters = false;
  while (k < tokens.length && (k === i || tokens[k]!.start === tokens[k - 1]!.end) && tokens[k]!.kind !== 'punct') {
    if (tokens[k]!.kind === 'number') digits = true;
    else letters = true;
    k++;
  }
  return digits && letters && tokens[k - 1]!.end - tokens[i]!.start >= 16;
}

/**
 * "OFFICE_CITY=Salamanca", 'SHIP_ADDRESS="12 Elm Road, Leeds"', "home_country = Portugal", '"zip": "111 34"': the
 * value of a setting (env file, config, command line, JSON) whose key says city, country, address or postal code is a
 * place. The value starts with a
 * capital or a number (never a placeholder such as "${CITY}" or "your-city-here") and runs to its closing quote or
 * the end of the line.
 */
export function configPlaceAt(tokens: readonly Token[], i: number, _lex: NameLexicon): TokenSpan | undefined {
  let eq = i - 1;
  let quote: string | undefined;
  if (QUOTES.has(tokens[eq]?.text ?? '')) {
    quote = tokens[eq]!.text;
    eq--;
  }
  const mark = tokens[eq];
  if (tokens[i]!.lineStart) return undefined;
  // "?email=...&postcode=1012%20AB HTTP/1.1", "&cp=08012&lang=es": a parameter of a URL's query string.
  if (mark?.text === '=' && quote === undefined) {
    const amp = tokens[eq - 2];
    if ((amp?.text === '&' || amp?.text === '?') && amp.end === tokens[eq - 1]?.start)
      return queryPlaceAt(tokens, i, eq);
  }
  // XML: "<TwnNm>Leeds</TwnNm>", "<city>Leeds</city>": an element named like a place key, its text up to the tag.
  if (mark?.text === '>' && quote === undefined) return elementPlaceAt(tokens, i, eq);
  // JSON: '"street": "Sveavägen 44"', '"zip": "111 34"': a quoted key, a colon, a quoted value.
  const json = mark?.text === ':' && QUOTES.has(tokens[eq - 1]?.text ?? '');
  if (!(mark?.text === '=' || json)) return undefined;
  // '"postalCode": 60625,': a number written bare in JSON is the code alone.
  if (json && quote === undefined) return bareNumberPlaceAt(tokens, i, eq - 1);
  const keyEnd = json ? eq - 1 : eq;
  if (!placeKeyBefore(tokens, keyEnd)) return shortPostalAt(tokens, i, keyEnd, quote);
  const first = tokens[i]!;
  // "S3", "US-EAST-1" in a storage or backup location are no place names.
  if (!(first.kind === 'number' || (first.kind === 'word' && first.cap && first.text.length >= 3))) return undefined;
  if (codeLikeAt(tokens, i)) return undefined;
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_VALUE_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.lineStart || (quote !== undefined && t.text === quote)) break;
    // Without quotes a space ends the value in shell files unless more words follow on the same line.
    if (t.text === '#' && t.start > tokens[j - 1]!.end) break;
    // Placeholders, paths, URLs and e-mails are no place ("${CITY}", "/srv/data", "s3://bucket"); "C/ Mayor 5" is.
    if ('{}$<>|;\\@'.includes(t.text)) return undefined;
    if (t.text === '/' && tokens[j - 1]!.key !== 'c') return undefined;
    if (t.kind !== 'punct' || t.text === '.') last = j;
  }
  return { first: i, last, score: 0.85, type: 'CONFIG_VALUE' };
}

/** "<TwnNm>Leeds</TwnNm>", "<StrtNm>Kerkstraat</StrtNm>": an XML element's text when its name is a place key. */
function elementPlaceAt(tokens: readonly Token[], i: number, close: number): TokenSpan | undefined {
  const name = tokens[close - 1];
  const open = tokens[close - 2];
  if (name?.kind !== 'word' || open?.text !== '<' || open.end !== name.start || !placeKeyBefore(tokens, close)) return;
  const first = tokens[i]!;
  if (!(first.kind === 'number' || (first.kind === 'word' && first.cap))) return undefined;
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_VALUE_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.text === '<' || t.lineStart) break;
    if (t.kind !== 'punct') last = j;
  }
  return tokens[last + 1]?.text === '<' ? { first: i, last, score: 0.85, type: 'CONFIG_VALUE' } : undefined;
}

/** Keys too short to say place alone ("cp" is also a copy): only with a postal code's shape in the value. */
const POSTAL_ONLY_KEYS = new Set(['cp', 'cpa']);
const POSTAL_KEYS = new Set(POSTAL_KEY_PARTS);

/** The key word right before tokens[keyEnd] (its closing quote or "="), when one is glued there. */
function keyWord(tokens: readonly Token[], keyEnd: number): Token | undefined {
  const key = tokens[keyEnd - 1];
  return key?.kind === 'word' && key.end === tokens[keyEnd]!.start ? key : undefined;
}

/**
 * '"cp": "X5000"', "cp=28041": a short postal key whose value has a postal code's shape. (A "state" key's two-letter
 * code is left alone: the writers of earlier sets left it unmarked beside the marked city and ZIP code.)
 */
function shortPostalAt(
  tokens: readonly Token[],
  i: number,
  keyEnd: number,
  quote: string | undefined,
): TokenSpan | undefined {
  const key = keyWord(tokens, keyEnd);
  if (key === undefined || !POSTAL_ONLY_KEYS.has(key.key)) return undefined;
  const last = postalShapeEnd(tokens, i);
  return last !== undefined && valueClosed(tokens, last, quote)
    ? { first: i, last, score: 0.85, type: 'CONFIG_VALUE' }
    : undefined;
}

/** The last token of a postal code at i: "28041", "1012 AB" (Dutch), "X5000" or "X5000ABC" (Argentine). */
function postalShapeEnd(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (t.kind === 'number') return t.text.length >= 4 && t.text.length <= 5 ? i : undefined;
  const digits = tokens[i + 1];
  if (t.kind !== 'word' || t.text.length !== 1 || !t.cap || digits?.kind !== 'number' || digits.start !== t.end)
    return undefined;
  if (digits.text.length !== 4) return undefined;
  const tail = tokens[i + 2];
  if (tail?.kind === 'word' && tail.start === digits.end)
    return tail.text.length === 3 && isUpperCase(tail.text) ? i + 2 : undefined;
  return i + 1;
}

/** The value ends at last: its closing quote, or for a bare value a space, "&", a comma or the line's end. */
function valueClosed(tokens: readonly Token[], last: number, quote: string | undefined): boolean {
  const next = tokens[last + 1];
  if (quote !== undefined) return next?.text === quote;
  return (
    next === undefined || next.start > tokens[last]!.end || next.text === '&' || next.text === ',' || next.lineStart
  );
}

/** '"postalCode": 60625,', '"zip": 94110}': a bare number (or ZIP+4) after a quoted postal key. */
function bareNumberPlaceAt(tokens: readonly Token[], i: number, keyEnd: number): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'number' || t.text.length < 4 || t.text.length > 6) return undefined;
  const key = keyWord(tokens, keyEnd);
  if (key === undefined || !(POSTAL_ONLY_KEYS.has(key.key) || camelParts(key).some((p) => POSTAL_KEYS.has(p))))
    return undefined;
  let last = i;
  const dash = tokens[i + 1];
  if (
    dash?.text === '-' &&
    dash.start === t.end &&
    tokens[i + 2]?.kind === 'number' &&
    tokens[i + 2]!.start === dash.end
  )
    last = i + 2;
  const next = tokens[last + 1];
  if (next !== undefined && !next.lineStart && next.text !== ',' && next.text !== '}') return undefined;
  return { first: i, last, score: 0.85, type: 'CONFIG_VALUE' };
}

/**
 * "?postcode=1012%20AB", "&city=Rotterdam&": a query parameter's value runs to the next "&", "#" or space, and its
 * percent escapes ("%20") are part of it. Postal keys take a code's shape; the others a capital or a number.
 */
function queryPlaceAt(tokens: readonly Token[], i: number, eq: number): TokenSpan | undefined {
  const key = keyWord(tokens, eq);
  if (key === undefined) return undefined;
  const parts = camelParts(key);
  const postalOnly = POSTAL_ONLY_KEYS.has(key.key);
  if (!postalOnly && (!parts.some((p) => PLACE_KEY_PARTS.has(p)) || parts.some((p) => NOT_PLACE_KEY_PARTS.has(p))))
    return undefined;
  const first = tokens[i]!;
  if (!(first.kind === 'number' || (first.kind === 'word' && first.cap))) return undefined;
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_VALUE_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.start !== tokens[j - 1]!.end || t.text === '&' || t.text === '#' || t.text === '"') break;
    if (t.kind !== 'punct') last = j;
  }
  if (postalOnly) {
    // "cp=28041", "cp=X5000": a code alone; anything else ("cp=3") is some other setting.
    const end = postalShapeEnd(tokens, i);
    if (end !== last) return undefined;
  }
  return { first: i, last, score: 0.85, type: 'CONFIG_VALUE' };
}
