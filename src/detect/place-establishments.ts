import { foldKey } from './nlp/fold.js';
import { alternation, clauseBefore, placeVocabulary } from './place-clause.js';

/**
 * Towns an organisation owns by the grammar of its mention (rules/names/place-owners.yaml):
 * - an establishment introduced with an indefinite article, then the town: "Llevo la contabilidad de una academia de
 *   idiomas en Ponteareas", "soy monitora en un club de montaña de Huesca", "the owner of a small bakery in Whitby". An
 *   indefinite article introduces the organisation the sentence is about, so the town is where it sits; "la tienda
 *   de Ponteareas" or "su centro médico de Tineo" (someone's own shop or surgery) are not read;
 * - a public body, a service, a lodging or a treaty with any determiner: "la municipalidad de Tacna", "el juzgado de
 *   Soria", "the registry office in Bath", "en el hotel de Cádiz", "el Convenio de Varsovia";
 * - the town as a modifier of a firm's noun: "a Dundee roofing business", "our Lisbon subsidiary";
 * - the town of the place someone works: "la aseguradora donde trabajo en Salta", "the firm where she works in Derby".
 * A residence word between the organisation and the town ("un club y vivo en") leaves the town alone.
 */

/** Lower-case words allowed between the organisation's noun and its town ("de idiomas", "de montaña"). */
const BETWEEN = String.raw`(?:\s+[\p{Ll}\p{N}'’-]+){0,4}?`;

/** Words that would make the town a home whatever organisation precedes it. */
const RESIDENCE =
  /(?:^|[^\p{L}])(?:live[sd]?|living|reside[sd]?|residing|home|vivo|vive|viven|vivimos|vivía|resido|reside|domicilio|casa(?!\s+rural))(?:[^\p{L}]|$)/iu;

let patterns: { indefinite: RegExp; body: RegExp; after: RegExp } | undefined;

function compiled() {
  if (patterns) return patterns;
  const v = placeVocabulary();
  const prep = String.raw`\s+(?:en|de|del|in|at|near|outside|of)\s+(?:(?:la|el|los|las|the)\s+)?$`;
  patterns = {
    indefinite: new RegExp(
      String.raw`(?:^|[^\p{L}])(?:un|una|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${alternation(v.establishments)})${BETWEEN}${prep}`,
      'u',
    ),
    body: new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(v.institutions)})${BETWEEN}${prep}`, 'u'),
    after: new RegExp(
      String.raw`^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,2}?\s+(?:${alternation(v.establishmentAfter)})(?![\p{L}])`,
      'u',
    ),
  };
  return patterns;
}

/** A determiner before a town used as a modifier ("a Dundee ...", "our Lisbon ..."). */
const MODIFIER_DETERMINER = /(?:^|[^\p{L}])(?:a|an|our|their|the|his|her|my|your)\s+$/iu;

/** "donde trabajo en", "where I work in", "where she works at": the town of someone's workplace. */
const WORKS_THERE =
  /(?:^|[^\p{L}])(?:donde|en\s+la\s+que|en\s+el\s+que|where)\s+(?:(?:i|he|she|they|we)\s+)?(?:trabaj\p{L}*|works?|worked)\s+(?:en|in|at)\s+$/iu;

/** Whether the bare place spanning [start, end) is an organisation's town by one of the readings above. */
export function establishmentTown(text: string, start: number, end: number): boolean {
  const clause = foldKey(clauseBefore(text, start));
  const p = compiled();
  for (const re of [p.indefinite, p.body]) {
    const m = re.exec(clause);
    if (m !== null && !RESIDENCE.test(m[0])) return true;
  }
  if (WORKS_THERE.test(clause)) return true;
  if (!MODIFIER_DETERMINER.test(clause)) return false;
  const after = foldKey(text.slice(end, Math.min(text.length, end + 60)));
  return p.after.test(after);
}
