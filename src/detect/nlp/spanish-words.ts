import { join } from 'node:path';
import { readFoldedSet } from './word-list.js';

/**
 * Endings of Spanish derived nouns, adverbs and verb forms (folded keys): "-ción", "-miento", "-idad", "-ncia",
 * "-mente", "-ismo", "-ología", the first-person plural ("Confirmamos", "Adjuntamos") and third-person plural
 * preterite ("Llegaron"), "-ista" of trades ("Endoscopista"). Given names and family names with these endings
 * ("Encarnación", "Trinidad", "Florencia", "Sarmiento", "Evangelista") are listed, and the lexicon reads the
 * shape only for words no name list holds, as it does for English derived words.
 */
export const SPANISH_DERIVED =
  /(?:cion|ciones|sion|siones|miento|mientos|idad|idades|ncias?|mente|ismos?|ologias?)$|^.{4,}(?:amos|emos|imos|aron|ieron)$|^.{5,}istas?$/;

// Nouns that Spanish family names carry after "de", "del", "de la" ("María de la Fuente", "Ruiz de la Presa", "Gil
// de la Calle"): left as the lists had them, so a name with a particle reads as before.
const FAMILY_NOUNS = new Set(
  'fuente fuentes presa calle camara iglesia pena puente cueva huerta vina torre vega cruz paz hoz serna riva mata'.split(
    ' ',
  ),
);

/**
 * Ordinary Spanish vocabulary for the name lexicon's COMMON bit; returns the words it added (WORD.SPANISH). The
 * English side has SCOWL and compromise; the Spanish side had only a few hundred hand-listed words, so a capitalised
 * Spanish noun, verb or adjective ("Teléfono:", "Confirmamos", "Hallazgos") passed as an unknown word that may be a
 * name. Read from rules/names/generated/spanish-vocabulary.txt (es-compromise's verb forms, adjectives and nouns,
 * written by generate-lists.ts) and spanish-nouns.txt (everyday nouns of forms, records, letters and the home, which
 * es-compromise lacks).
 *
 * A word a name or place list holds stays what that list says ("Blanco", "Mora", "Consuelo" keep their name bits
 * alone): `isName` claims it. The generated vocabulary also leaves the rarer given names to their list (`isRareName`:
 * "Alejo", "Chiara" are verb forms too); the hand lists, written as nouns, do not ("misa", "carrera").
 */
export function addSpanishVocabulary(
  common: Set<string>,
  dir: string,
  isName: (key: string) => boolean,
  isRareName: (key: string) => boolean,
): Set<string> {
  const added = new Set<string>();
  const add = (key: string) => {
    if (common.has(key) || FAMILY_NOUNS.has(key)) return;
    common.add(key);
    added.add(key);
  };
  for (const key of readFoldedSet(join(dir, 'generated', 'spanish-vocabulary.txt')))
    if (!isName(key) && !isRareName(key)) add(key);
  for (const key of readFoldedSet(join(dir, 'spanish-nouns.txt'))) if (!isName(key)) add(key);
  return added;
}
