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

/** Words allowed between the organisation's noun and its town ("de idiomas", "de montaña"), and before the noun. */
const BETWEEN_WORDS = 4;
const BEFORE_NOUN_WORDS = 2;
/** The longest phrase of the lists, in words ("casa de turismo rural"). */
const PHRASE_WORDS = 4;

const PREPOSITIONS = new Set(['en', 'de', 'del', 'in', 'at', 'near', 'outside', 'of']);
const ARTICLES = new Set(['la', 'el', 'los', 'las', 'the']);
const INDEFINITE = new Set(['un', 'una', 'a', 'an']);

/** Words that would make the town a home whatever organisation precedes it (folded). */
const RESIDENCE = new Set([
  'live',
  'lives',
  'lived',
  'living',
  'reside',
  'resides',
  'resided',
  'residing',
  'home',
  'vivo',
  'vive',
  'viven',
  'vivimos',
  'vivia',
  'resido',
  'domicilio',
]);

/** A plain word of a phrase: letters, digits, hyphens and apostrophes only. */
const PLAIN_WORD = /^[\p{L}\p{N}'’-]+$/u;

let lists: { establishments: Set<string>; institutions: Set<string>; after: RegExp } | undefined;

function compiled() {
  if (lists) return lists;
  const v = placeVocabulary();
  const folded = (words: readonly string[]) => new Set(words.map((w) => foldKey(w.trim()).split(/\s+/).join(' ')));
  lists = {
    establishments: folded(v.establishments),
    institutions: folded(v.institutions),
    after: new RegExp(
      String.raw`^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,2}?\s+(?:${alternation(v.establishmentAfter)})(?![\p{L}])`,
      'u',
    ),
  };
  return lists;
}

/**
 * Whether the words before a town (folded, last word last) end with an organisation's noun phrase, at most four plain
 * words and a preposition (and an article): with an indefinite article before the noun for an establishment
 * ("una academia de idiomas en"), with any determiner for an institution ("el juzgado de").
 */
function organisationBefore(words: readonly string[]): boolean {
  let i = words.length - 1;
  if (i >= 1 && ARTICLES.has(words[i]!) && PREPOSITIONS.has(words[i - 1]!)) i--;
  if (i < 1 || !PREPOSITIONS.has(words[i]!)) return false;
  const { establishments, institutions } = compiled();
  // `end` is the last word of the noun phrase; the words after it up to the preposition stand between.
  for (let end = i - 1; end >= 0 && end >= i - 1 - BETWEEN_WORDS; end--) {
    const between = words.slice(end + 1, i);
    if (between.some((w) => RESIDENCE.has(w) || !PLAIN_WORD.test(w))) return false;
    for (let n = 1; n <= PHRASE_WORDS && end - n + 1 >= 0; n++) {
      const first = end - n + 1;
      const phrase = words.slice(first, end + 1).join(' ');
      // "casa rural" is a business; a bare "casa" is a home and stops the walk.
      if (phrase === 'casa') return false;
      if (institutions.has(phrase)) return true;
      if (!establishments.has(phrase)) continue;
      for (let k = first - 1; k >= 0 && k >= first - 1 - BEFORE_NOUN_WORDS; k--) {
        if (INDEFINITE.has(words[k]!)) return true;
        if (!PLAIN_WORD.test(words[k]!)) break;
      }
    }
    if (!PLAIN_WORD.test(words[end]!)) return false;
  }
  return false;
}

/** Words of the clause before a place, folded, at most this many. */
const WORDS_BACK = 16;

/** A determiner before a town used as a modifier ("a Dundee ...", "our Lisbon ..."). */
const MODIFIER_DETERMINER = /(?:^|[^\p{L}])(?:a|an|our|their|the|his|her|my|your)\s+$/iu;

/** "donde trabajo en", "where I work in", "where she works at": the town of someone's workplace. */
const WORKS_THERE =
  /(?:^|[^\p{L}])(?:donde|en\s+la\s+que|en\s+el\s+que|where)\s+(?:(?:i|he|she|they|we)\s+)?(?:trabaj\p{L}*|works?|worked)\s+(?:en|in|at)\s+$/iu;

/** Whether the bare place spanning [start, end) is an organisation's town by one of the readings above. */
export function establishmentTown(text: string, start: number, end: number): boolean {
  const clause = foldKey(clauseBefore(text, start));
  const words = clause.split(/\s+/).filter((w) => w !== '');
  if (organisationBefore(words.slice(-WORDS_BACK))) return true;
  if (WORKS_THERE.test(clause)) return true;
  if (!MODIFIER_DETERMINER.test(clause)) return false;
  const after = foldKey(text.slice(end, Math.min(text.length, end + 60)));
  return compiled().after.test(after);
}
