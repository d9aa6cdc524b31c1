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

/** The span holds a word of a made-up address. */
export function fillerAddress(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first; k <= span.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (FILLER_WORDS.has(t.key) || FILLER_TOWN.test(t.key)) return true;
  }
  return false;
}
