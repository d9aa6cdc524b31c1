import { join } from 'node:path';
import { loadCompromiseWords } from './compromise-lexicon.js';
import { type EastAsianNames, loadEastAsianNames } from './east-asian-lists.js';
import { foldKey } from './fold.js';
import { PhraseIndex } from './phrase-index.js';
import { resolveRulesDir } from './rules-dir.js';
import { addSpanishVocabulary, SPANISH_DERIVED } from './spanish-words.js';
import type { Token } from './tokenize.js';
import { readFoldedSet, readLines, readListsYaml } from './word-list.js';

export type FieldKind = 'PERSON' | 'LOCATION' | 'ORGANIZATION';

/**
 * What the lists say about one folded word, as bits (see wordInfo): most words are looked up by several finders, so
 * their answers are worked out once and read from one map probe afterwards.
 */
export const WORD = {
  COMMON: 1,
  FIRST_NAME: 2,
  AMBIGUOUS_NAME: 4,
  MORE_GIVEN: 8,
  SURNAME: 16,
  /** Starts a gazetteer place (one word or more). */
  PLACE_FIRST: 32,
  /** Is a one-word gazetteer place. */
  PLACE: 64,
  ORG_SUFFIX: 128,
  ORG_HEAD_FIRST: 256,
  TOWN_FIRST: 512,
  KNOWN_ORG_FIRST: 1024,
  /** Unlisted as a name and shaped like an English derived word ("Documentation", "Dependencies", "Readiness"). */
  WORD_SHAPED: 2048,
  /** Names a product, an assistant or software more often than a person or a place ("Alexa", "Siri", "Jenkins"). */
  PRODUCT: 4096,
  /** A public figure people name by one word ("Trump", "Messi"; public-figures.txt). */
  PUBLIC_FIGURE: 8192,
  /** COMMON only as Spanish vocabulary (spanish-words.ts): "Almacén", "Premio" mid-sentence head a thing's name. */
  SPANISH: 16384,
} as const;

/** A listed given name, core or rarer (FIRST_NAME | MORE_GIVEN): the mask the name finders ask about. */
export const GIVEN = WORD.FIRST_NAME | WORD.MORE_GIVEN;

// Endings of English derived nouns, adjectives and verbs ("Summarize:", "Classify:") that given names and family names
// almost never have ("-ing" is left out: "Xiaoming", "Yiqing"). Only unlisted words of six letters or more are judged
// by them.
const DERIVED_WORD =
  /(?:tion|sion|ment|ness|ities|ity|ies|ance|ence|ship|able|ible|ous|ive|ful|less|ism|ists|ology|ency|ancy|ize|yze|ify|ized|ised|ings|ated|ates)$/;
const NAME_BITS_FOR_SHAPE = 2 | 8 | 16; // FIRST_NAME, MORE_GIVEN, SURNAME

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
  /** The words `common` holds only as Spanish vocabulary (WORD.SPANISH). */
  spanishOnly: Set<string>;
  /** Family-name endings ("-sson", "-ová", "-wicz"): evidence for an unknown capitalised word next to a name. */
  surnameEndings: string[];
  honorifics: Set<string>;
  /** Chinese, Korean and Vietnamese family names and given-name syllables (person-east-asian.ts). */
  eastAsian: EastAsianNames;
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
  /** Phrases before an employer's name ("works at", "a year at", "trabaja en"). */
  orgCues: PhraseIndex<'CUE'>;
  /** Identity documents named right after a person's name ("(DNI 48213577K)", ", passport ..."). */
  idAfter: PhraseIndex<'CUE'>;
  /** Nationality words ("Filipino", "Kenyan"; compromise's demonyms), folded. */
  demonyms: Set<string>;
  /** Product, assistant and software names that are also given names, surnames or places (product-names.txt). */
  products: Set<string>;
  /** Brands of several words that read as a person or a place ("Estrella Galicia", "Ralph Lauren"; same file). */
  brands: PhraseIndex<'BRAND'>;
  /** Makers of vehicles, machines, boats and instruments ("Nissan", "Land Rover", "Elddis"; makers.txt). */
  makers: PhraseIndex<'MAKER'>;
  /** Public figures named by one word ("Merkel", "Messi"; public-figures.txt). */
  publicFigures: Set<string>;
  /** Nouns after a name that make it a product ("app", "sneakers", "API"). */
  thingAfter: PhraseIndex<'CUE'>;
  /** Phrases before a name that make it a product ("voice assistant", "altavoz"). */
  thingBefore: PhraseIndex<'CUE'>;
  /** What people are and things are not ("generous", "embarazada"): after "is (very)", the subject is a person. */
  personTraits: Set<string>;
  /** The WORD bits of a folded word, from a bounded per-lexicon memo. */
  wordInfo(key: string): number;
  /** Whether the folded word has any of the WORD bits given. */
  isWord(bits: number, key: string): boolean;
  /** wordInfo(tokens[index].key), read from an array kept for the token list being read (see infoAtOf). */
  infoAt(tokens: readonly Token[], index: number): number;
  /** Whether tokens[index]'s key has any of the WORD bits given. */
  isWordAt(bits: number, tokens: readonly Token[], index: number): boolean;
}

// Distinct words seen stay few in practice; the bound only keeps a stream of random tokens from growing the memo.
const MAX_MEMO_WORDS = 200_000;

/** Slots of the table of recent answers (a slot taken over by the last word hashed to it). */
const RECENT_SLOTS = 2048;
/** A word's slot, from its length and three of its code units: no string hash is read or computed. */
function recentSlot(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  return (
    (((n * 31 + key.charCodeAt(0)) * 31 + key.charCodeAt(n - 1)) * 31 + key.charCodeAt(n >> 1)) & (RECENT_SLOTS - 1)
  );
}

function wordInfoOf(lex: Omit<NameLexicon, 'wordInfo' | 'isWord' | 'infoAt' | 'isWordAt'>): (key: string) => number {
  const memo = new Map<string, number>();
  // Finders ask about the same word several times in a row (more than half the calls, ~500 per 4 KB window): the
  // last answer is kept, one comparison instead of a map probe.
  let lastKey: string | undefined;
  let lastBits = 0;
  // The memo holds every word ever seen (tens of thousands after a few texts), and its probes miss the CPU caches;
  // the words of the text being read are asked again and again, and a small table of recent answers stays cached.
  const recentKeys = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
  const recentBits = new Int32Array(RECENT_SLOTS);
  return (key: string): number => {
    if (key === lastKey) return lastBits;
    const slot = recentSlot(key);
    if (recentKeys[slot] === key) {
      lastKey = key;
      lastBits = recentBits[slot]!;
      return lastBits;
    }
    const known = memo.get(key);
    if (known !== undefined) {
      lastKey = key;
      lastBits = known;
      recentKeys[slot] = key;
      recentBits[slot] = known;
      return known;
    }
    let bits = 0;
    if (lex.common.has(key)) bits |= lex.spanishOnly.has(key) ? WORD.COMMON | WORD.SPANISH : WORD.COMMON;
    if (lex.firstNames.has(key)) bits |= WORD.FIRST_NAME;
    if (lex.ambiguousNames.has(key)) bits |= WORD.AMBIGUOUS_NAME;
    if (lex.moreGivenNames.has(key)) bits |= WORD.MORE_GIVEN;
    if (lex.surnames.has(key)) bits |= WORD.SURNAME;
    if (lex.places.hasFirst(key)) bits |= WORD.PLACE_FIRST;
    if (lex.places.hasExact(key)) bits |= WORD.PLACE;
    if (lex.orgSuffixes.has(key)) bits |= WORD.ORG_SUFFIX;
    if (lex.orgHeads.hasFirst(key)) bits |= WORD.ORG_HEAD_FIRST;
    if (lex.towns.hasFirst(key)) bits |= WORD.TOWN_FIRST;
    if (lex.organizations.hasFirst(key)) bits |= WORD.KNOWN_ORG_FIRST;
    if (lex.products.has(key)) bits |= WORD.PRODUCT;
    if (lex.publicFigures.has(key)) bits |= WORD.PUBLIC_FIGURE;
    if ((bits & NAME_BITS_FOR_SHAPE) === 0 && key.length >= 6 && (DERIVED_WORD.test(key) || SPANISH_DERIVED.test(key)))
      bits |= WORD.WORD_SHAPED;
    if (memo.size >= MAX_MEMO_WORDS) memo.clear();
    memo.set(key, bits);
    recentKeys[slot] = key;
    recentBits[slot] = bits;
    lastKey = key;
    lastBits = bits;
    return bits;
  };
}

/**
 * wordInfo by token index: the finders ask about the same tokens of one text again and again (about a thousand times
 * per 4 KB), and an array read by index costs less than a probe of the memo, which holds every word ever seen. The
 * array belongs to the last token list asked about and is refilled for another one (tokens are never mutated).
 */
function infoAtOf(wordInfo: (key: string) => number): (tokens: readonly Token[], index: number) => number {
  let list: readonly Token[] | undefined;
  let bits = new Int32Array(1024);
  return (tokens, index) => {
    if (tokens !== list) {
      list = tokens;
      if (bits.length < tokens.length) bits = new Int32Array(tokens.length * 2);
      bits.fill(-1, 0, tokens.length);
    }
    let info = bits[index]!;
    if (info < 0) {
      info = wordInfo(tokens[index]!.key);
      bits[index] = info;
    }
    return info;
  };
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
  const firstNames = new Set([
    ...compromise.firstNames,
    ...readFoldedSet(join(dir, 'first-names-es.txt')),
    ...readFoldedSet(join(dir, 'first-names-world.txt')),
    ...readFoldedSet(join(dir, 'first-names-en-popular.txt')),
  ]);
  const moreGivenNames = readFoldedSet(join(generated, 'given-names.txt'));
  for (const name of firstNames) moreGivenNames.delete(name);
  const surnames = new Set([
    ...compromise.lastNames,
    ...readFoldedSet(join(dir, 'surnames-en.txt')),
    ...readFoldedSet(join(dir, 'surnames-es.txt')),
    ...readFoldedSet(join(dir, 'surnames-world.txt')),
    ...readFoldedSet(join(generated, 'surnames.txt')),
  ]);
  const placeList = [
    ...compromise.places,
    ...readLines(join(dir, 'places-en.txt')),
    ...readLines(join(dir, 'places-es.txt')),
    ...readLines(join(dir, 'generated', 'countries.txt')),
  ];
  const places = phrases(placeList, 'PLACE' as const);
  const common = new Set([
    ...compromise.common,
    ...readFoldedSet(join(dir, 'not-names.txt')),
    // Places that are also words ("Reunión" opening the minutes of a meeting) need a cue like any ordinary word.
    ...readFoldedSet(join(dir, 'places-also-words.txt')),
    ...readFoldedSet(join(generated, 'common-words.txt')),
  ]);
  const towns = phrases(readLines(join(generated, 'cities.txt')), 'PLACE' as const);
  const spanishOnly = addSpanishVocabulary(
    common,
    dir,
    (k) => firstNames.has(k) || surnames.has(k) || ambiguousGiven.has(k) || places.hasFirst(k) || towns.hasFirst(k),
    (k) => moreGivenNames.has(k),
  );

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

  const productNames = readLines(join(dir, 'product-names.txt'));

  const fields = new PhraseIndex<FieldKind>();
  phrases(list('person_fields'), 'PERSON' as const, fields);
  phrases(list('location_fields'), 'LOCATION' as const, fields);
  phrases(list('organization_fields'), 'ORGANIZATION' as const, fields);

  const lex: Omit<NameLexicon, 'wordInfo' | 'isWord' | 'infoAt' | 'isWordAt'> = {
    firstNames,
    moreGivenNames,
    surnames,
    common,
    ambiguousNames,
    spanishOnly,
    surnameEndings: readLines(join(dir, 'surname-endings.txt')).map(foldKey),
    honorifics: new Set(list('honorifics').map(foldKey)),
    places,
    towns,
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
    orgCues: phrases(list('organization_before'), 'CUE' as const),
    personTraits: new Set(list('person_traits').map(foldKey)),
    idAfter: phrases(list('person_id_after'), 'CUE' as const),
    demonyms: compromise.demonyms,
    products: new Set(productNames.filter((name) => !name.includes(' ')).map(foldKey)),
    brands: phrases(
      productNames.filter((name) => name.includes(' ')),
      'BRAND' as const,
    ),
    makers: phrases(readLines(join(dir, 'makers.txt')), 'MAKER' as const),
    eastAsian: loadEastAsianNames(join(dir, 'east-asian-names.yaml')),
    publicFigures: readFoldedSet(join(dir, 'public-figures.txt')),
    thingAfter: phrases(list('thing_after'), 'CUE' as const),
    thingBefore: phrases(list('thing_before'), 'CUE' as const),
  };
  const wordInfo = wordInfoOf(lex);
  const infoAt = infoAtOf(wordInfo);
  return {
    ...lex,
    wordInfo,
    isWord: (bits, key) => (wordInfo(key) & bits) !== 0,
    infoAt,
    isWordAt: (bits, tokens, index) => (infoAt(tokens, index) & bits) !== 0,
  };
}
