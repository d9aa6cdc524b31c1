import { join } from 'node:path';
import { foldKey } from '../nlp/fold.js';
import { GIVEN, loadNameLexicon, type NameLexicon, WORD } from '../nlp/lexicon.js';
import { resolveRulesDir } from '../nlp/rules-dir.js';
import { readListsYaml } from '../nlp/word-list.js';

/**
 * How much a lower-case word looks like a given name, which decides the positions where it counts as one:
 * STRONG names ("marcus", "rebecca") after any person cue, WEAK ones (rarer names like "javi", or names that are also
 * words like "grace") only where the position alone proves a person (a chat speaker, an @mention, a vocative, a
 * surname next), WORDLIKE ones ("will", "may") only as the speaker of a time-stamped chat line.
 */
export const Tier = { NONE: 0, WORDLIKE: 1, WEAK: 2, STRONG: 3 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

export type Lang = 'en' | 'es';

export interface CasualLexicon {
  names: NameLexicon;
  /** Tier of a folded lower-case word in a text of the given language. */
  tier(key: string, lang: Lang): Tier;
  /** Every folded word whose tier may be other than NONE (a word outside these has tier NONE in any language). */
  tierWords(): Iterable<string>;
  /** A listed family name that is no ordinary word or place ("kowalczyk", "ruiz"). */
  isSurname(key: string): boolean;
  /** Any listed given name that is no ordinary word: may stand as a middle name in a run ("josé antonio ruiz"). */
  isGivenName(key: string): boolean;
  /** Titles before a name in lower case ("mr", "madam", "doña"). */
  titles: Set<string>;
  /** A listed name (given, family or public figure) that is no ordinary word: enough after a title. */
  isTitledName(key: string): boolean;
  /** Phrases from rules/casual-names/cues.yaml (see there), matched on the words either side of a name. */
  greetings: PhraseSet;
  cuesBefore: PhraseSet;
  /** The verbs among cuesBefore whose object is always a person: enough for a weak name that ends its clause. */
  personVerbsBefore: PhraseSet;
  cuesAfter: PhraseSet;
  /** Words before a rarer given name (see isRareName) that make it a person when it ends its clause ("w/ anil:"). */
  rareNamesBefore: PhraseSet;
  /** A weak name only because the lists hold it among the rarer given names: no word-name, ordinary word or place. */
  isRareName(key: string, lang: Lang): boolean;
  /** A relative or friend named after the relation ("mi hermano quim"): enough for a weak name anywhere in a clause. */
  relationsBefore: PhraseSet;
  /** Articles and possessives: a word after one is a noun ("la cara", "the jasmine"), per language. */
  determiners: Record<Lang, PhraseSet>;
  /** Street types before a name: a street named after someone ("calle fermin caballero"). */
  streetsBefore: PhraseSet;
  /** Street and building words after a name run: the place, not the person ("minik courts"). */
  streetsAfter: PhraseSet;
  /** Table headers of a column of names; bare ones ("name") count beside a contact column only. */
  nameHeaders: Set<string>;
  bareNameHeaders: Set<string>;
  contactHeaders: Set<string>;
}

/**
 * Phrases of up to a few words, folded (lower case, no accents), looked up by the words nearest a name: a set probe
 * per length instead of a regular expression over a window of text.
 */
export class PhraseSet {
  private readonly phrases = new Set<string>();
  private maxWords = 0;

  constructor(entries: Iterable<string>) {
    for (const entry of entries) {
      const words = entry.trim().split(/\s+/).map(foldKey);
      this.phrases.add(words.join(' '));
      this.maxWords = Math.max(this.maxWords, words.length);
    }
  }

  /** Whether the last words of `words` (the ones nearest the name come last) form a phrase. */
  endsWords(words: readonly string[]): boolean {
    for (let k = 1; k <= Math.min(this.maxWords, words.length); k++) {
      if (this.phrases.has(words.slice(words.length - k).join(' '))) return true;
    }
    return false;
  }

  /** Whether the first words of `words` (the ones nearest the name come first) form a phrase. */
  startsWords(words: readonly string[]): boolean {
    for (let k = 1; k <= Math.min(this.maxWords, words.length); k++) {
      if (this.phrases.has(words.slice(0, k).join(' '))) return true;
    }
    return false;
  }
}

const built = new Map<string, CasualLexicon>();

export function loadCasualLexicon(rulesDir?: string): CasualLexicon {
  const root = resolveRulesDir(rulesDir);
  let lex = built.get(root);
  if (!lex) {
    lex = buildCasualLexicon(root);
    built.set(root, lex);
  }
  return lex;
}

function buildCasualLexicon(root: string): CasualLexicon {
  const names = loadNameLexicon(root);
  const cues = readListsYaml(join(root, 'casual-names', 'cues.yaml'));
  const list = (key: string) => cues.get(key) ?? [];
  const folded = (key: string) => new Set(list(key).map(foldKey));
  const wordNames = { en: folded('word_names_en'), es: folded('word_names_es') };
  const never = folded('never_names');
  const nicknames = folded('nicknames');
  const headers = (key: string) => new Set(list(key).map(headerKey));

  const tier = (key: string, lang: Lang): Tier => {
    if (key.length < 2 || never.has(key)) return Tier.NONE;
    const bits = names.wordInfo(key);
    if (nicknames.has(key)) return bits & WORD.COMMON ? Tier.WORDLIKE : Tier.WEAK;
    // A public figure named by one word ("merkel", "snowden") is a person wherever a given name would be.
    if (bits & WORD.PUBLIC_FIGURE && !(bits & WORD.COMMON)) return Tier.STRONG;
    if (!(bits & (GIVEN | WORD.AMBIGUOUS_NAME))) return Tier.NONE;
    if (bits & (WORD.COMMON | WORD.PLACE | WORD.PRODUCT)) return Tier.WORDLIKE;
    // English word-names are words in Spanish text as well (tech jargon travels); Spanish ones only in Spanish.
    if (wordNames.en.has(key) || (lang === 'es' && wordNames.es.has(key))) return Tier.WEAK;
    if (bits & WORD.FIRST_NAME && !(bits & WORD.AMBIGUOUS_NAME)) return Tier.STRONG;
    if (bits & WORD.AMBIGUOUS_NAME) return Tier.WEAK;
    return key.length >= 3 && !(bits & WORD.WORD_SHAPED) ? Tier.WEAK : Tier.NONE;
  };
  const isSurname = (key: string) =>
    key.length >= 2 &&
    names.isWord(WORD.SURNAME, key) &&
    !names.isWord(WORD.COMMON | WORD.PLACE | WORD.PRODUCT, key) &&
    !never.has(key);
  const isGivenName = (key: string) =>
    names.isWord(GIVEN, key) && !names.isWord(WORD.COMMON | WORD.PLACE | WORD.PRODUCT, key) && !never.has(key);

  const isRareName = (key: string, lang: Lang) =>
    names.isWord(WORD.MORE_GIVEN, key) &&
    !names.isWord(WORD.FIRST_NAME | WORD.AMBIGUOUS_NAME | WORD.COMMON | WORD.PLACE_FIRST | WORD.PRODUCT, key) &&
    !wordNames.en.has(key) &&
    !(lang === 'es' && wordNames.es.has(key)) &&
    !nicknames.has(key) &&
    !never.has(key);
  const isTitledName = (key: string) =>
    key.length >= 2 &&
    names.isWord(GIVEN | WORD.SURNAME | WORD.PUBLIC_FIGURE, key) &&
    !names.isWord(WORD.COMMON | WORD.PLACE | WORD.PRODUCT, key) &&
    !never.has(key);
  const tierWords = function* (): Iterable<string> {
    yield* nicknames;
    yield* names.firstNames;
    yield* names.moreGivenNames;
    yield* names.ambiguousNames;
    yield* names.publicFigures;
  };
  return {
    names,
    tier,
    tierWords,
    titles: folded('titles'),
    isTitledName,
    isRareName,
    isSurname,
    isGivenName,
    greetings: new PhraseSet(list('greetings')),
    cuesBefore: new PhraseSet(list('before')),
    personVerbsBefore: new PhraseSet(list('before_person_verbs')),
    cuesAfter: new PhraseSet(list('after')),
    relationsBefore: new PhraseSet(list('relations')),
    rareNamesBefore: new PhraseSet(list('before_rare_names')),
    determiners: {
      en: new PhraseSet([...list('determiners'), ...list('determiners_en')]),
      es: new PhraseSet(list('determiners')),
    },
    streetsBefore: new PhraseSet([...names.streetTypesEn, ...names.streetTypesEs, ...list('street_words')]),
    streetsAfter: new PhraseSet([...names.streetTypesEn, ...list('street_words_after')]),
    nameHeaders: headers('name_headers'),
    bareNameHeaders: headers('bare_name_headers'),
    contactHeaders: headers('contact_headers'),
  };
}

const CAMEL_HUMP = /(\p{Ll})(\p{Lu})/gu;

/**
 * A table header as looked up: lower case, accents kept, "_" and "-" as spaces ("First_Name" -> "first name"), an
 * export's camel-case humps as spaces too ("PatientName" -> "patient name").
 */
export function headerKey(header: string): string {
  return header
    .trim()
    .replace(/^["'`*]+|["'`*:]+$/g, '')
    .replace(CAMEL_HUMP, '$1 $2')
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
