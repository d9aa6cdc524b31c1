import { join } from 'node:path';
import { foldKey } from '../nlp/fold.js';
import { loadNameLexicon, type NameLexicon, WORD } from '../nlp/lexicon.js';
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
  /** A listed family name that is no ordinary word or place ("kowalczyk", "ruiz"). */
  isSurname(key: string): boolean;
  /** Any listed given name that is no ordinary word: may stand as a middle name in a run ("josé antonio ruiz"). */
  isGivenName(key: string): boolean;
  /** Regular expressions built from rules/casual-names/cues.yaml (see there). */
  greetingBefore: RegExp;
  cueBefore: RegExp;
  cueAfter: RegExp;
  /** An article or possessive right before the word: a noun ("la cara", "the jasmine"), per language. */
  determinerBefore: Record<Lang, RegExp>;
  /** A street type right before the word: a street named after someone ("calle fermin caballero"). */
  streetBefore: RegExp;
  /** A street type right after the name run: the street, not the person ("minik courts", "dan street"). */
  streetAfter: RegExp;
  /** Table headers of a column of names; bare ones ("name") count beside a contact column only. */
  nameHeaders: Set<string>;
  bareNameHeaders: Set<string>;
  contactHeaders: Set<string>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An alternation of phrases, longest first, where a space matches any run of blanks. */
function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map((p) => p.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ +/g, '[ \\t]+'))
    .join('|');
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
    if (!(bits & (WORD.FIRST_NAME | WORD.MORE_GIVEN | WORD.AMBIGUOUS_NAME))) return Tier.NONE;
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
    names.isWord(WORD.FIRST_NAME | WORD.MORE_GIVEN, key) &&
    !names.isWord(WORD.COMMON | WORD.PLACE | WORD.PRODUCT, key) &&
    !never.has(key);

  return {
    names,
    tier,
    isSurname,
    isGivenName,
    // The cue ends right before the name, after a non-letter (or the start) and with a comma or "!" allowed between.
    greetingBefore: new RegExp(`(?:^|[^\\p{L}'’])(?:${alternation(list('greetings'))})[ \\t]*[,!]?[ \\t]*$`, 'u'),
    cueBefore: new RegExp(`(?:^|[^\\p{L}'’])(?:${alternation(list('before'))})[ \\t]+$`, 'u'),
    cueAfter: new RegExp(`^(?:['’]s(?!\\p{L})|[ \\t]+(?:${alternation(list('after'))})(?![\\p{L}]))`, 'u'),
    determinerBefore: {
      en: new RegExp(
        `(?:^|[^\\p{L}'’])(?:${alternation([...list('determiners'), ...list('determiners_en')])})[ \\t]+$`,
        'u',
      ),
      es: new RegExp(`(?:^|[^\\p{L}'’])(?:${alternation(list('determiners'))})[ \\t]+$`, 'u'),
    },
    streetBefore: new RegExp(
      `(?:^|[^\\p{L}'’])(?:${alternation([...names.streetTypesEn, ...names.streetTypesEs, ...list('street_words')])})\\.?[ \\t]+$`,
      'u',
    ),
    streetAfter: new RegExp(
      `^[ \\t]+(?:${alternation([...names.streetTypesEn, ...list('street_words_after')])})s?(?![\\p{L}])`,
      'u',
    ),
    nameHeaders: headers('name_headers'),
    bareNameHeaders: headers('bare_name_headers'),
    contactHeaders: headers('contact_headers'),
  };
}

/** A table header as looked up: lower case, accents kept, "_" and "-" as spaces ("First_Name" -> "first name"). */
export function headerKey(header: string): string {
  return header
    .trim()
    .replace(/^["'`*]+|["'`*:]+$/g, '')
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
