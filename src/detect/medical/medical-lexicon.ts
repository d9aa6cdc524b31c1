import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey } from '../nlp/fold.js';
import { PhraseIndex } from '../nlp/phrase-index.js';
import { resolveRulesDir } from '../nlp/rules-dir.js';
import { tokenizePhrase } from '../nlp/tokenize.js';
import { readLines, readListsYaml } from '../nlp/word-list.js';
import { normalizeForDetection } from '../normalize.js';
import type { DocumentWords } from './document-topics.js';
import type { HealthFields } from './health-fields.js';
import { InjuryPhrases } from './injuries.js';
import { Morphology } from './morphology.js';
import { type RecordFields, recordFieldsOf } from './personal-record.js';
import { SCALES } from './scales.js';

export type TermType = 'CONDITION' | 'MEDICATION' | 'PROCEDURE';

/** Bits of MedicalLexicon.firstWords: which vocabularies or cue lists have a phrase starting with a word. */
export const FirstWord = {
  TERM: 1,
  CLINICAL_CUE: 2,
  ICD_CUE: 4,
  RECORD_CUE: 8,
  INSURANCE_CUE: 16,
  LICENSE_CUE: 32,
  SOCIAL_SECURITY_CUE: 64,
  /** A veterinary word or an animal's ("vet", "spaniel"): noted in the detector's one pass over the words. */
  PET: 128,
  /** A wound word that may open an injury phrase ("cut", "corte"). */
  INJURY: 256,
  /** The name of a care or nursing assessment scale ("Barthel", "Epworth"): its score may follow (scales.ts). */
  SCALE: 512,
} as const;
/** Any identifier cue: the bits of the four identifier kinds. */
export const IDENTIFIER_CUES =
  FirstWord.RECORD_CUE | FirstWord.INSURANCE_CUE | FirstWord.LICENSE_CUE | FirstWord.SOCIAL_SECURITY_CUE;

/** Vocabularies and cue phrases of rules/medical, loaded once per detector. */
export interface MedicalLexicon {
  terms: PhraseIndex<TermType>;
  ambiguous: Set<string>;
  /** Ambiguous terms that a record or a form about one identified person makes theirs ("COPD", "stroke"). */
  recordTerms: Set<string>;
  /** Field names of such a record: a birth date's, an id number's, a person's name ("DOB", "NHS no", "Nombre"). */
  recordFields: RecordFields;
  /** Words before a record's subject named where it opens ("for", "de") and fields naming someone else ("From:"). */
  subjectWords: { before: Set<string>; notSubject: Set<string>; notAfter: Set<string> };
  /** Health fields of a form or a note whose value is its person's health data ("Body part:", "Baja:"). */
  healthFields: HealthFields;
  /** One-word conditions that are also surnames or star signs when capitalised ("Parkinson", "Cancer"). */
  names: Set<string>;
  /** Abbreviations that are ordinary words unless written in capitals ("tía" is no TIA). */
  capitalsOnly: Set<string>;
  /** Short abbreviations that are a diagnosis only in capitals with a question mark against them ("MS?", "?PE"). */
  queriedOnly: Set<string>;
  clinicalCues: PhraseIndex<true>;
  recordCues: PhraseIndex<true>;
  insuranceCues: PhraseIndex<true>;
  socialSecurityCues: PhraseIndex<true>;
  /** Insurance cues every line of insurance uses ("policy number", "póliza"), as token keys joined by spaces. */
  genericInsuranceCues: Set<string>;
  /** Words that make an insurance number a health one ("health", "salud") or another line's ("motor", "hogar"). */
  healthInsuranceWords: PhraseIndex<true>;
  otherInsuranceWords: PhraseIndex<true>;
  licenseCues: PhraseIndex<true>;
  /** Licence cues that are other things too ("GMC", "matrícula"), as token keys: they need a doctor before them. */
  doctorLicenseCues: Set<string>;
  /** Words that name the doctor before such a cue on its line ("Dr", "prescriber", "médico"). */
  doctorWords: Set<string>;
  icdCues: PhraseIndex<true>;
  /** Words anywhere in a text that tie its health terms to a person ("patient", "mg", "diagnosticaron"). */
  personalAnchors: PhraseIndex<true>;
  /**
   * Phrases holding an anchor word that address anyone, not one person ("patient information leaflet", "usual
   * dose", "dosis recomendada"): the anchor inside them counts for nothing.
   */
  genericAnchorPhrases: PhraseIndex<true>;
  /** Phrases of a reference text for anyone: a monograph, a technical sheet, a guideline ("Indications:"). */
  referenceCues: PhraseIndex<true>;
  /** Anchors such a reference text holds on its own ("Dose (NVAF):", "Titular:"), as token keys. */
  referenceWeakAnchors: Set<string>;
  /** Phrases of a text written for any reader ("your doctor", "symptoms include", "su médico"): a leaflet's. */
  readerCues: PhraseIndex<true>;
  /** Anchors such a text holds for anyone ("How is it diagnosed?", "referred for a biopsy"), as token keys. */
  readerWeakAnchors: Set<string>;
  /** Phrases of a text that says its case is no one's ("teaching case", "anonymised"). */
  anonymisedCues: PhraseIndex<true>;
  /** Words near a condition that make it someone's ("I have", "my son", "tiene"). */
  personalAnchorsNear: PhraseIndex<true>;
  /** Pronouns of one person that make a term theirs anywhere before it in its sentence ("she", "my", "mi"). */
  personalAnchorsSentence: Set<string>;
  /** Nouns after a bare condition word that make it a topic ("allergy action plan", "flu season"). */
  topicHeads: PhraseIndex<true>;
  /** A request's and a heading's words, for a term that names what a document is about (document-topics.ts). */
  documentWords: DocumentWords;
  /** Treatments named before the condition they treat ("inhaler for asthma"), as folded words. */
  treatmentNouns: Set<string>;
  /** What links a condition to the drug it is treated with ("en tratamiento con", "treated with"). */
  treatedWith: PhraseIndex<true>;
  /** Routine examinations that head their result ("ECG shows"), as token keys joined by spaces. */
  testHeadings: Set<string>;
  /** Verbs that open a result after an examination's name ("shows", "revealed", "muestra"). */
  resultVerbs: Set<string>;
  /** Terms that are a record's field name before a colon ("Allergy: penicillin"). */
  fieldLabels: Set<string>;
  /** Words of a vet's text ("vet", "pet", "mascota") and of animals ("dog", "spaniel", "gato"): a pet's health. */
  veterinaryCues: PhraseIndex<true>;
  animals: PhraseIndex<true>;
  /** Historical and public figures named in full (rules/names/well-known-people.txt): their health is history. */
  publicFigures: PhraseIndex<true>;
  morphology: Morphology;
  /** A wound and its body site ("a cut above the right eyebrow", "un corte en la mano"). */
  injuries: InjuryPhrases;
  /**
   * FirstWord bits per folded word that starts a term or a cue. Nearly every word of ordinary text is absent, so
   * one lookup per word tells which of the lists need asking at all.
   */
  firstWords: Map<string, number>;
  /**
   * Second words of the terms of two words or more: a word that only opens such terms ("de", "the") starts none
   * before a word outside this set, and termAt is not asked there.
   */
  termSeconds: Set<string>;
  /**
   * Terms of the everyday vocabularies (everyday-*.txt: "tingling", "uses a walker", "logopeda"), as token keys
   * joined by spaces: someone's health only next to that someone (everyday.ts), never a topic's word.
   */
  everyday: Set<string>;
  /** Those of them as general as a mood or a thing's ("confused", "falls"): only a health field or a clinical text. */
  everydayWeak: Set<string>;
  /** Figurative and technical phrases that hold an everyday term ("blind spot", "deaf to", "ciego de ira"). */
  everydayIdioms: PhraseIndex<true>;
  /** People named by role who own an everyday term later in its clause ("the patient", "mi hija", "el herido"). */
  everydayOwners: PhraseIndex<true>;
  /** Health fields an everyday term may be the value of ("Presenting:", "Movilidad:"), besides healthFields. */
  everydayLabels: PhraseIndex<true>;
}

const FILES: Array<[string, TermType]> = [
  ['conditions-en.txt', 'CONDITION'],
  ['conditions-en-more.txt', 'CONDITION'],
  ['conditions-es.txt', 'CONDITION'],
  ['medications-en.txt', 'MEDICATION'],
  ['medications-es.txt', 'MEDICATION'],
  ['procedures-en.txt', 'PROCEDURE'],
  ['procedures-es.txt', 'PROCEDURE'],
  ['treatments-en.txt', 'PROCEDURE'],
  ['treatments-es.txt', 'PROCEDURE'],
  ['conditions-intl.txt', 'CONDITION'],
  ['medications-intl.txt', 'MEDICATION'],
  ['procedures-intl.txt', 'PROCEDURE'],
];

/** The everyday vocabularies, read after all others: a phrase another list already holds keeps that list's reading. */
const EVERYDAY_FILES: Array<[string, TermType]> = [
  ['everyday-conditions-en.txt', 'CONDITION'],
  ['everyday-conditions-es.txt', 'CONDITION'],
  ['everyday-care-en.txt', 'PROCEDURE'],
  ['everyday-care-es.txt', 'PROCEDURE'],
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
    weakHeadsEs: folded('weak_heads_es'),
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

function markFirstWord(firstWords: Map<string, number>, phrase: string, bit: number): void {
  const first = tokenizePhrase(phrase)[0]?.key;
  if (first !== undefined) firstWords.set(first, (firstWords.get(first) ?? 0) | bit);
}

/** Adds a term to the vocabulary, its first word to firstWords and its second, if any, to seconds. */
function addTerm(
  terms: PhraseIndex<TermType>,
  firstWords: Map<string, number>,
  seconds: Set<string>,
  phrase: string,
  type: TermType,
): void {
  terms.add(phrase, type);
  const keys = tokenizePhrase(phrase);
  if (keys.length === 0) return;
  firstWords.set(keys[0]!.key, (firstWords.get(keys[0]!.key) ?? 0) | FirstWord.TERM);
  if (keys.length > 1) seconds.add(keys[1]!.key);
}

/**
 * A phrase as written in the list and as the engine's normalised view shows it: the detector reads the view, where
 * "nºcol" reads "nocol" (NFKC turns the ordinal indicator into a letter), so both forms are entered.
 */
function asWrittenAndViewed(phrase: string): string[] {
  const viewed = normalizeForDetection(phrase).cueText;
  return viewed === phrase ? [phrase] : [phrase, viewed];
}

function cueIndex(entries: readonly string[], firstWords: Map<string, number>, bit: number): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const entry of entries.flatMap(asWrittenAndViewed)) {
    index.add(entry, true);
    markFirstWord(firstWords, entry, bit);
  }
  return index;
}

/** Phrases as the detector compares a matched term with them: token keys joined by spaces. */
function keySet(entries: readonly string[]): Set<string> {
  return new Set(
    entries.map((e) =>
      tokenizePhrase(e)
        .map((t) => t.key)
        .join(' '),
    ),
  );
}

function phraseIndex(entries: readonly string[]): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const entry of entries) index.add(entry, true);
  return index;
}

/** Full names of the figures the NLP detector treats as public (one-word entries are given names as often). */
function publicFigures(path: string): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  if (!existsSync(path)) return index;
  for (const name of readLines(path)) if (tokenizePhrase(name).length >= 2) index.add(name, true);
  return index;
}

/** "fractured wrist", "torn left ACL": every participle with every site, bare and with a side (injuries.yaml). */
function injuryPhrases(path: string): string[] {
  if (!existsSync(path)) return [];
  const lists = readListsYaml(path);
  const sites = lists.get('sites_en') ?? [];
  const sides = ['', ...(lists.get('sides_en') ?? []).map((side) => `${side} `)];
  const idioms = new Set(lists.get('not_injuries_en') ?? []);
  return (lists.get('participles_en') ?? [])
    .flatMap((p) => sides.flatMap((side) => sites.map((s) => `${p} ${side}${s}`)))
    .filter((phrase) => !idioms.has(phrase));
}

/** The lay injury reader (injuries.yaml); the words that may open an injury are marked in firstWords. */
function injuryReader(path: string, firstWords: Map<string, number>): InjuryPhrases {
  const lists = existsSync(path) ? readListsYaml(path) : new Map<string, string[]>();
  const list = (key: string): string[] => lists.get(key) ?? [];
  const folded = (key: string): string[] => list(key).map(foldKey);
  const siteNames = list('sites_en').concat(list('noun_sites_en'), list('sites_es'));
  const reader = new InjuryPhrases({
    nouns: folded('injury_nouns'),
    prepositions: folded('injury_prepositions'),
    ofNouns: folded('pain_nouns_de'),
    determiners: folded('injury_determiners'),
    sides: folded('sides_en').concat(folded('injury_sides')),
    sites: phraseIndex(siteNames),
    siteCompounds: phraseIndex(list('site_compounds')),
    verbs: folded('injury_verbs'),
    verbSites: phraseIndex(list('verb_sites_en')),
    states: folded('injury_states'),
    stateLinks: folded('state_links'),
    lesions: folded('injury_lesions'),
    lesionQualifiers: folded('lesion_qualifiers'),
    idioms: folded('not_injuries_en'),
    operations: folded('operation_words'),
    operationLinks: folded('operation_links'),
    operationSites: phraseIndex(list('operation_sites')),
  });
  // A one-word site with its clitic opens the third shape too ("knee's still swollen").
  const siteWords = siteNames.map((site) => tokenizePhrase(site)[0]?.key ?? '');
  const opening = reader.openingWords().concat(
    siteWords,
    siteWords.flatMap((w) => [`${w}'s`, `${w}’s`].map(foldKey)),
  );
  for (const word of opening) if (word) firstWords.set(word, (firstWords.get(word) ?? 0) | FirstWord.INJURY);
  return reader;
}

export function loadMedicalLexicon(rulesDir?: string): MedicalLexicon {
  const dir = join(resolveRulesDir(rulesDir), 'medical');
  const terms = new PhraseIndex<TermType>();
  const firstWords = new Map<string, number>();
  const termSeconds = new Set<string>();
  for (const [file, type] of FILES) {
    for (const term of readLines(join(dir, file))) {
      for (const form of withPlural(term, file.endsWith('-es.txt')).flatMap(asWrittenAndViewed)) {
        addTerm(terms, firstWords, termSeconds, form, type);
      }
    }
  }
  for (const phrase of injuryPhrases(join(dir, 'injuries.yaml'))) {
    addTerm(terms, firstWords, termSeconds, phrase, 'CONDITION');
  }
  const everyday = new Set<string>();
  for (const [file, type] of EVERYDAY_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    for (const term of readLines(path)) {
      for (const form of withPlural(term, file.endsWith('-es.txt')).flatMap(asWrittenAndViewed)) {
        const key = tokenizePhrase(form)
          .map((t) => t.key)
          .join(' ');
        if (key === '' || terms.hasExact(key)) continue;
        addTerm(terms, firstWords, termSeconds, form, type);
        everyday.add(key);
      }
    }
  }
  for (const name of SCALES.keys()) firstWords.set(name, (firstWords.get(name) ?? 0) | FirstWord.SCALE);
  const cues = readListsYaml(join(dir, 'cues.yaml'));
  const list = (key: string): string[] => cues.get(key) ?? [];
  const morphology = loadMorphology(join(dir, 'morphology.yaml'));
  const recordTerms = new Set(list('ambiguous_record_terms').map(foldKey));
  const ambiguous = new Set([...list('ambiguous_terms').map(foldKey), ...recordTerms]);
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
    recordTerms,
    recordFields: recordFieldsOf(
      {
        birth: list('record_birth_fields'),
        ids: list('record_id_fields'),
        names: list('record_name_fields'),
        titles: list('record_titles'),
      },
      {
        beds: new Set(list('record_bed_words').map(foldKey)),
        rooms: new Set(list('record_room_words').map(foldKey)),
        care: phraseIndex(list('care_setting_words')),
      },
    ),
    subjectWords: {
      before: new Set(list('subject_words_before').map(foldKey)),
      notSubject: new Set(list('not_subject_fields').map(foldKey)),
      notAfter: new Set(list('subject_not_after').map(foldKey)),
    },
    healthFields: {
      values: phraseIndex(list('health_value_fields')),
      severity: phraseIndex(list('severity_fields')),
      severityWords: new Set(list('severity_words').map(foldKey)),
    },
    names: new Set(list('capitalised_names').map(foldKey)),
    capitalsOnly: new Set(list('capitals_only').map(foldKey)),
    queriedOnly: new Set(list('queried_only').map(foldKey)),
    clinicalCues: cueIndex(list('clinical_cues'), firstWords, FirstWord.CLINICAL_CUE),
    recordCues: cueIndex(list('record_cues'), firstWords, FirstWord.RECORD_CUE),
    insuranceCues: cueIndex(list('insurance_cues'), firstWords, FirstWord.INSURANCE_CUE),
    socialSecurityCues: cueIndex(list('social_security_cues'), firstWords, FirstWord.SOCIAL_SECURITY_CUE),
    genericInsuranceCues: keySet(list('generic_insurance_cues').flatMap(asWrittenAndViewed)),
    healthInsuranceWords: phraseIndex(list('health_insurance_words')),
    otherInsuranceWords: phraseIndex(list('other_insurance_words')),
    licenseCues: cueIndex(list('license_cues').concat(list('doctor_license_cues')), firstWords, FirstWord.LICENSE_CUE),
    doctorLicenseCues: keySet(list('doctor_license_cues').flatMap(asWrittenAndViewed)),
    doctorWords: new Set(list('doctor_words').map(foldKey)),
    icdCues: cueIndex(list('icd_cues'), firstWords, FirstWord.ICD_CUE),
    personalAnchors: phraseIndex(list('personal_anchors')),
    genericAnchorPhrases: phraseIndex(list('generic_anchor_phrases')),
    referenceCues: phraseIndex(list('reference_cues')),
    referenceWeakAnchors: keySet(list('reference_weak_anchors').flatMap(asWrittenAndViewed)),
    readerCues: phraseIndex(list('reader_cues')),
    readerWeakAnchors: keySet(list('reader_weak_anchors').flatMap(asWrittenAndViewed)),
    anonymisedCues: phraseIndex(list('anonymised_cues')),
    personalAnchorsNear: phraseIndex(list('personal_anchors_near')),
    personalAnchorsSentence: new Set(list('personal_anchors_sentence').map(foldKey)),
    topicHeads: phraseIndex(list('topic_heads_en')),
    documentWords: {
      requestOpeners: phraseIndex(list('request_openers')),
      requestLeads: new Set(list('request_leads').map(foldKey)),
      documentsAfter: new Set(list('documents_after').map(foldKey)),
      documentsBefore: new Set(list('documents_before').map(foldKey)),
      institutions: new Set(list('institutions').map(foldKey)),
      statementWords: new Set(list('statement_words').map(foldKey)),
    },
    treatmentNouns: new Set(list('treatment_nouns').map(foldKey)),
    treatedWith: phraseIndex(list('treated_with')),
    testHeadings: keySet(list('test_headings')),
    resultVerbs: keySet(list('result_verbs')),
    fieldLabels: keySet(list('field_labels')),
    veterinaryCues: cueIndex(list('veterinary_cues'), firstWords, FirstWord.PET),
    animals: cueIndex(list('animals'), firstWords, FirstWord.PET),
    publicFigures: publicFigures(join(resolveRulesDir(rulesDir), 'names', 'well-known-people.txt')),
    morphology,
    injuries: injuryReader(join(dir, 'injuries.yaml'), firstWords),
    firstWords,
    termSeconds,
    everyday,
    everydayWeak: keySet(list('everyday_weak')),
    everydayIdioms: phraseIndex(list('everyday_idioms')),
    everydayOwners: phraseIndex(list('everyday_owners')),
    everydayLabels: phraseIndex(list('everyday_labels')),
  };
}
