import { foldKey } from './fold.js';
import { readListsYaml } from './word-list.js';

/**
 * The word lists of Chinese, Korean and Vietnamese names (rules/names/east-asian-names.yaml), loaded for the name
 * lexicon; kept apart from the reader (person-east-asian.ts) so that the lexicon does not import its own reader.
 */

export type Tradition = 'zh' | 'ko' | 'vi';

export interface EastAsianNames {
  surnames: Map<string, Tradition[]>;
  syllables: Record<Tradition, Set<string>>;
  hanSurnames: Set<string>;
  notNames: Set<string>;
}

export function loadEastAsianNames(path: string): EastAsianNames {
  const lists = readListsYaml(path);
  const get = (key: string) => (lists.get(key) ?? []).map((e) => foldKey(String(e)));
  const surnames = new Map<string, Tradition[]>();
  const add = (key: string, t: Tradition) => surnames.set(key, [...(surnames.get(key) ?? []), t]);
  for (const s of get('chinese_surnames')) add(s, 'zh');
  for (const s of get('korean_surnames')) add(s, 'ko');
  for (const s of get('vietnamese_surnames')) add(s, 'vi');
  return {
    surnames,
    syllables: {
      zh: new Set(get('pinyin_syllables')),
      ko: new Set(get('korean_syllables')),
      vi: new Set(get('vietnamese_given')),
    },
    hanSurnames: new Set(lists.get('han_surnames') ?? []),
    notNames: new Set(get('not_names')),
  };
}
