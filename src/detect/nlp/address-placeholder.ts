import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Filler addresses of fixtures, templates and docs ("1 Example Street, Testville", "42 Placeholder Rd, Anytown",
 * "Calle Falsa 123, Ciudad Ejemplo"): a word that says the address is made up marks the whole span as nobody's.
 */

/** Folded words that only a made-up address contains. */
const FILLER_WORDS = new Set([
  'example',
  'placeholder',
  'dummy',
  'fake',
  'fakestreet',
  'lorem',
  'ipsum',
  'foo',
  'foobar',
  'anytown',
  'anyville',
  'anycity',
  'anystate',
  'anywhere',
  'nowhere',
  'ejemplo',
  'ficticia',
  'ficticio',
  'falsa',
  'falso',
  'inventada',
  'inventado',
]);

/** "Testville", "Sampletown", "Fakeburg", "Demoland": a filler word grown into a town's name. */
const FILLER_TOWN =
  /^(?:test|example|sample|fake|dummy|demo|mock|placeholder|any|foo|ejemplo|prueba)(?:ville|villa|town|burg|city|ton|field|land|shire|polis|stad)$/;

/** "00000", "0000": a postal code of zeros only fills a template's field. */
const ZERO_CODE = /^0{4,}$/;

/** Tokens searched either side of the span, on its line, for the rest of a made-up record. */
const RECORD_REACH = 40;

/**
 * The span holds a word of a made-up address, or sits on one line with one: '{ "line1": "123 Main St", "city":
 * "Anytown", "zip": "00000" }' is a template's record, and its street and code are as made up as its town. A real
 * address beside a filler word on another line ("Ship to: 4 Elm Rd\nSample: Anytown") keeps its own.
 */
export function fillerAddress(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number' && ZERO_CODE.test(t.text)) return true;
    if (t.kind === 'word' && (FILLER_WORDS.has(t.key) || FILLER_TOWN.test(t.key))) return true;
  }
  for (let k = span.first - 1; k >= 0 && k >= span.first - RECORD_REACH && !tokens[k + 1]!.lineStart; k--)
    if (fillerWord(tokens[k]!)) return true;
  for (let k = span.last + 1; k < tokens.length && k <= span.last + RECORD_REACH && !tokens[k]!.lineStart; k++)
    if (fillerWord(tokens[k]!)) return true;
  return false;
}

/**
 * Filler words that name nothing but a made-up record, unlike "example" or "fake" of prose ("for example, I live at
 * 4 Elm Road"): only these reach the spans around them on the line.
 */
const RECORD_FILLERS = new Set([
  'placeholder',
  'dummy',
  'lorem',
  'ipsum',
  'anytown',
  'anyville',
  'anycity',
  'anystate',
]);

function fillerWord(t: Token): boolean {
  return t.kind === 'word' && (RECORD_FILLERS.has(t.key) || FILLER_TOWN.test(t.key));
}
