import { join } from 'node:path';
import { loadCompromiseWords } from './compromise-lexicon.js';
import { foldKey } from './fold.js';
import { PhraseIndex } from './phrase-index.js';
import { resolveRulesDir } from './rules-dir.js';
import { readFoldedSet, readLines, readListsYaml } from './word-list.js';

export type FieldKind = 'PERSON' | 'LOCATION' | 'ORGANIZATION';

/** Everything the name/place/organisation finders look up, built once per detector from rules/names and compromise. */
export interface NameLexicon {
  firstNames: Set<string>;
  /**
   * Given names of the generated lists that the core lists lack: rarer names ("Weronika", "Halldór"), taken as a name
   * only next to a known surname or a cue, since alone they are as often a word, a brand or an acronym.
   */
  moreGivenNames: Set<string>;
  surnames: Set<string>;
  /** Words that are ordinary vocabulary in English or Spanish, so a capital alone proves nothing. */
  common: Set<string>;
  /** Given names that are also common words or places elsewhere ("April", "Jordan", "Victoria"): need evidence. */
  ambiguousNames: Set<string>;
  /** Family-name endings ("-sson", "-ová", "-wicz"): evidence for an unknown capitalised word next to a name. */
  surnameEndings: string[];
  honorifics: Set<string>;
  places: PhraseIndex<'PLACE'>;
  /**
   * Cities and towns of the world (generated list): looked up only as places, never to doubt a name, because with
   * 100k entries most given names and surnames are also some town somewhere.
   */
  towns: PhraseIndex<'PLACE'>;
  organizations: PhraseIndex<'ORG'>;
  personCues: PhraseIndex<'CUE'>;
  personVerbsAfter: PhraseIndex<'CUE'>;
  /** Phrases after a word that only people do ("shouted at", "grew up in"): enough for one unknown word. */
  strongPersonVerbsAfter: PhraseIndex<'CUE'>;
  placeCues: PhraseIndex<'CUE'>;
  strongPlaceCues: PhraseIndex<'CUE'>;
  addressCues: PhraseIndex<'CUE'>;
  postalCues: PhraseIndex<'CUE'>;
  fields: PhraseIndex<FieldKind>;
  streetTypesEn: Set<string>;
  streetTypesEs: Set<string>;
  orgSuffixes: Set<string>;
  orgHeads: PhraseIndex<'HEAD'>;
}

function phrases<V>(entries: readonly string[], value: V, into = new PhraseIndex<V>()): PhraseIndex<V> {
  for (const entry of entries) into.add(entry, value);
  return into;
}

// Building the lexicon reads about 250k list entries (~1-2 s): detectors built from the same rules share one, and it
// is never mutated after it is built.
const built = new Map<string, NameLexicon>();

export function loadNameLexicon(rulesDir?: string): NameLexicon {
  const dir = join(resolveRulesDir(rulesDir), 'names');
  let lex = built.get(dir);
  if (!lex) {
    lex = buildNameLexicon(dir);
    built.set(dir, lex);
  }
  return lex;
}

function buildNameLexicon(dir: string): NameLexicon {
  const compromise = loadCompromiseWords();
  const cues = readListsYaml(join(dir, 'cues.yaml'));
  const list = (key: string): string[] => cues.get(key) ?? [];

  const generated = join(dir, 'generated');
  const ambiguousGiven = readFoldedSet(join(generated, 'given-names-ambiguous.txt'));
  const firstNames = new Set([...compromise.firstNames, ...readFoldedSet(join(dir, 'first-names-es.txt'))]);
  const moreGivenNames = readFoldedSet(join(generated, 'given-names.txt'));
  for (const name of firstNames) moreGivenNames.delete(name);
  const surnames = new Set([
    ...compromise.lastNames,
    ...readFoldedSet(join(dir, 'surnames-en.txt')),
    ...readFoldedSet(join(dir, 'surnames-es.txt')),
    ...readFoldedSet(join(generated, 'surnames.txt')),
  ]);
  const placeList = [
    ...compromise.places,
    ...readLines(join(dir, 'places-en.txt')),
    ...readLines(join(dir, 'places-es.txt')),
    ...readLines(join(dir, 'generated', 'countries.txt')),
  ];
  const places = phrases(placeList, 'PLACE' as const);
  const common = new Set([...compromise.common, ...readFoldedSet(join(dir, 'not-names.txt'))]);

  // A given name that is also vocabulary, a place, or tagged Person-but-something-else by compromise is ambiguous.
  const ambiguousNames = new Set<string>([
    ...compromise.personLike,
    ...readFoldedSet(join(dir, 'ambiguous-given-names.txt')),
  ]);
  for (const name of firstNames) {
    if (common.has(name) || places.hasExact(name)) ambiguousNames.add(name);
  }
  for (const name of firstNames) common.delete(name);
  // Census names that are also words ("Randy", "Jan") stay ordinary words too: names only beside a surname or a cue.
  for (const name of ambiguousGiven) {
    if (firstNames.has(name)) continue;
    firstNames.add(name);
    ambiguousNames.add(name);
  }

  const fields = new PhraseIndex<FieldKind>();
  phrases(list('person_fields'), 'PERSON' as const, fields);
  phrases(list('location_fields'), 'LOCATION' as const, fields);
  phrases(list('organization_fields'), 'ORGANIZATION' as const, fields);

  return {
    firstNames,
    moreGivenNames,
    surnames,
    common,
    ambiguousNames,
    surnameEndings: readLines(join(dir, 'surname-endings.txt')).map(foldKey),
    honorifics: new Set(list('honorifics').map(foldKey)),
    places,
    towns: phrases(readLines(join(generated, 'cities.txt')), 'PLACE' as const),
    organizations: phrases(compromise.organizations, 'ORG' as const),
    personCues: phrases(list('person_before'), 'CUE' as const),
    personVerbsAfter: phrases(list('person_after'), 'CUE' as const),
    strongPersonVerbsAfter: phrases(list('person_after_strong'), 'CUE' as const),
    placeCues: phrases(list('place_before'), 'CUE' as const),
    strongPlaceCues: phrases(list('place_before_strong'), 'CUE' as const),
    addressCues: phrases(list('address_before'), 'CUE' as const),
    postalCues: phrases(list('postal_cues'), 'CUE' as const),
    fields,
    streetTypesEn: new Set(list('street_types_en').map(foldKey)),
    streetTypesEs: new Set(list('street_types_es').map(foldKey)),
    orgSuffixes: new Set(list('org_suffixes').map(foldKey)),
    orgHeads: phrases(list('org_heads'), 'HEAD' as const),
  };
}
