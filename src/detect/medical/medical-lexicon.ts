import { join } from 'node:path';
import { foldKey } from '../nlp/fold.js';
import { PhraseIndex } from '../nlp/phrase-index.js';
import { resolveRulesDir } from '../nlp/rules-dir.js';
import { readLines, readListsYaml } from '../nlp/word-list.js';
import { Morphology } from './morphology.js';

export type TermType = 'CONDITION' | 'MEDICATION' | 'PROCEDURE';

/** Vocabularies and cue phrases of rules/medical, loaded once per detector. */
export interface MedicalLexicon {
  terms: PhraseIndex<TermType>;
  ambiguous: Set<string>;
  /** One-word conditions that are also surnames or star signs when capitalised ("Parkinson", "Cancer"). */
  names: Set<string>;
  clinicalCues: PhraseIndex<true>;
  recordCues: PhraseIndex<true>;
  insuranceCues: PhraseIndex<true>;
  socialSecurityCues: PhraseIndex<true>;
  licenseCues: PhraseIndex<true>;
  icdCues: PhraseIndex<true>;
  morphology: Morphology;
}

const FILES: Array<[string, TermType]> = [
  ['conditions-en.txt', 'CONDITION'],
  ['conditions-en-more.txt', 'CONDITION'],
  ['conditions-es.txt', 'CONDITION'],
  ['medications-en.txt', 'MEDICATION'],
  ['medications-es.txt', 'MEDICATION'],
  ['procedures-en.txt', 'PROCEDURE'],
  ['procedures-es.txt', 'PROCEDURE'],
];

/**
 * The written form plus its plural, so "tumors", "cataratas" and "tumores" need no list entry of their own. English
 * adds -s (-es after a hissing sound, -ies for a -y), Spanish -s after a vowel and -es after a consonant. A last word of fewer than
 * four letters ("hepatitis b", "type 2") takes none: each extra form costs a comparison wherever its first word occurs.
 */
function withPlural(term: string, spanish: boolean): string[] {
  const lastWord = term.slice(term.lastIndexOf(' ') + 1);
  if (/[^\p{L}]$/u.test(term) || lastWord.length < 4) return [term];
  if (!spanish && /[^aeiou]y$/u.test(term)) return [term, `${term.slice(0, -1)}ies`];
  if (/[aeiouáéíóú]$/u.test(term)) return [term, `${term}s`];
  if (spanish || /(s|x|z|ch|sh)$/u.test(term)) return /(s|x)$/u.test(term) && spanish ? [term] : [term, `${term}es`];
  return [term, `${term}s`];
}

function loadMorphology(path: string): Morphology {
  const lists = readListsYaml(path);
  const folded = (key: string): string[] => (lists.get(key) ?? []).map(foldKey);
  return new Morphology({
    conditionSuffixes: folded('condition_suffixes'),
    notConditions: folded('not_conditions'),
    headsEn: folded('heads_en'),
    weakHeadsEn: folded('weak_heads_en'),
    headsEs: folded('heads_es'),
    participlesEn: folded('participles_en'),
    clinicalModifiersEn: folded('clinical_modifiers_en'),
    nounModifiersEn: folded('noun_modifiers_en'),
    notModifiersEn: folded('not_modifiers_en'),
    eponymHeadsEn: folded('eponym_heads_en'),
    // Patterns are written over folded words already; folding them would only lower-case their syntax.
    conditionPatterns: lists.get('condition_patterns') ?? [],
    procedureSuffixes: folded('procedure_suffixes'),
    medicationSuffixes: folded('medication_suffixes'),
  });
}

function cueIndex(entries: readonly string[]): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const entry of entries) index.add(entry, true);
  return index;
}

export function loadMedicalLexicon(rulesDir?: string): MedicalLexicon {
  const dir = join(resolveRulesDir(rulesDir), 'medical');
  const terms = new PhraseIndex<TermType>();
  for (const [file, type] of FILES) {
    for (const term of readLines(join(dir, file))) {
      for (const form of withPlural(term, file.endsWith('-es.txt'))) terms.add(form, type);
    }
  }
  const cues = readListsYaml(join(dir, 'cues.yaml'));
  const list = (key: string): string[] => cues.get(key) ?? [];
  const morphology = loadMorphology(join(dir, 'morphology.yaml'));
  const ambiguous = new Set(list('ambiguous_terms').map(foldKey));
  // Only unambiguous words: "markdown-toc" and "how-tos" must not read as TOC (OCD) and tos (cough).
  const conditionWords = new Set<string>();
  for (const term of readLines(join(dir, 'conditions-en.txt')).concat(readLines(join(dir, 'conditions-en-more.txt')))) {
    const key = foldKey(term);
    if (key.length >= 4 && !/[^\p{L}'’-]/u.test(key) && !ambiguous.has(key)) conditionWords.add(key);
  }
  morphology.isTermWord = (key) => conditionWords.has(key);
  return {
    terms,
    ambiguous,
    names: new Set(list('capitalised_names').map(foldKey)),
    clinicalCues: cueIndex(list('clinical_cues')),
    recordCues: cueIndex(list('record_cues')),
    insuranceCues: cueIndex(list('insurance_cues')),
    socialSecurityCues: cueIndex(list('social_security_cues')),
    licenseCues: cueIndex(list('license_cues')),
    icdCues: cueIndex(list('icd_cues')),
    morphology,
  };
}
