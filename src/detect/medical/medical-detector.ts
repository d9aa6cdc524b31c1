import { LexicalDetector } from '../lexical/lexical-detector.js';
import { hashStep, WordFilter } from '../lexical/word-filter.js';
import { guessLanguage } from '../nlp/language.js';
import { loadNameLexicon, type NameLexicon, WORD } from '../nlp/lexicon.js';
import type { PhraseIndex } from '../nlp/phrase-index.js';
import { resolveRulesDir } from '../nlp/rules-dir.js';
import { atSentenceStart, keyPhrase, possessiveBase, type Token, tokenize } from '../nlp/tokenize.js';
import { namelessPatient } from '../public-text/health-bearer-signals.js';
import { type Finding, type Label, MIN_REPORT_SCORE } from '../types.js';
import { initialismsOf, propagateAbbreviations } from './abbreviations.js';
import { brandShapeAt, hasPharmacyCue } from './brand-by-dose.js';
import { bareDeaValid, kvnrValid, plausibleLicense } from './check-digits.js';
import { CLINICAL_READING_GATES, clinicalReadings } from './clinical-readings.js';
import { type ClinicalSections, clinicalSections, loadClinicalSections } from './clinical-sections.js';
import { namesADocumentsTopic } from './document-topics.js';
import { doseAfter, leaveIsSomeones, leaveWithoutLength, measureAfter } from './dose.js';
import { figurative, healthFieldBefore, namesAJob, ownerInClause, titled } from './everyday.js';
import { namesAField } from './field-names.js';
import { BLOOD_GROUP_GATES, bloodGroups, VACCINE_GATES, vaccineDoses, yesAnswers } from './form-answers.js';
import { type FormQuestion, formQuestionAt } from './form-questions.js';
import { compileGateScan, type GateReader } from './gate-scan.js';
import { LookbehindFirstSearch } from './gated-search.js';
import { healthColumnCells } from './health-columns.js';
import { healthFieldValues } from './health-fields.js';
import { HEALTH_STATEMENT_GATES, healthStatements, personalVoice } from './health-statements.js';
import { barcodeAfter, cuedIdentifier } from './identifiers.js';
import { journalCells } from './journal-columns.js';
import { labColumnCells, listedResults } from './lab-columns.js';
import { labRows } from './lab-rows.js';
import { LEAVE_AND_FOLLOW_UP_GATES, leaveAndFollowUp } from './leave-and-follow-up.js';
import { loadMeasurements, type MeasurementVocabulary, measurementReadings } from './measurements.js';
import {
  FirstWord,
  IDENTIFIER_CUES,
  loadMedicalLexicon,
  type MedicalLexicon,
  type TermType,
} from './medical-lexicon.js';
import { WordKind } from './morphology.js';
import { namesItsSubject, type SubjectWords } from './named-subject.js';
import { identifiesSomeone } from './personal-record.js';
import { planSections, withSections } from './plan-sections.js';
import { addressesTheReader, personInSentenceBefore, possessiveBefore } from './possessive-owners.js';
import { pressureReadings } from './pressure-readings.js';
import { type ClauseShapes, loadClauseShapes, recordClauses } from './record-clauses.js';
import { registerNumbers } from './register-numbers.js';
import { reportSections } from './report-sections.js';
import { sampleColumnCells } from './sample-columns.js';
import { scaleScoreAt } from './scales.js';
import { QUALITATIVE_GATES, TEST_RESULT_GATES, testResults } from './test-results.js';
import { UNNAMED_RESULT_GATES, unnamedResults } from './unnamed-results.js';
import { vitalColumnCells } from './vital-columns.js';

/** A vocabulary or shaped term found, with its token range. */
interface TermSpan {
  finding: Finding;
  first: number;
  last: number;
}

export interface MedicalDetectorOptions {
  /** Rules directory holding medical/ (default: $VEIL_RULES, ./rules, or the package's rules/). */
  rulesDir?: string;
}

const DETECTOR_ID = 'medical';
/** Words either side of a term searched for a clinical cue. */
const CUE_WINDOW = 8;
// ICD-10: a letter (U is reserved), two digits, optionally a dot and up to four more characters.
const ICD10 = /(?<![\p{L}\p{Nd}])[A-TV-Z][0-9][0-9A-B](?:\.[0-9A-Z]{1,4})?(?![\p{L}\p{Nd}])/gu;

// US Medicare Beneficiary Identifier: 11 characters in a fixed digit/letter pattern that leaves out S, L, O, I, B and Z
// (so it is never a word); with or without its dashes. This and CHECKED_ID open with a lookbehind: searched rest first
// (gated-search.ts), the same matches at a third to half less cost.
const MBI = new LookbehindFirstSearch(
  /(?<![\p{L}\p{Nd}])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}(?![\p{L}\p{Nd}])/giu,
);

const DIGIT = /[0-9]/;

/**
 * Substrings the detector's own steps open on: a step runs only where its substring is in the text. AGGREGATE
 * matches only where one of its words is (case-insensitively), SQL_GROUP where "GROUP BY" or "group by" is.
 */
const AGGREGATE_WORDS: GateReader = {
  families: [['.groupby(', '.agg(', '.value_counts(', 'pivot_table(', 'suppressed', 'agrupad']],
  matching: 'folded',
};
const OWN_STEPS: GateReader = {
  families: [['GROUP BY', 'group by'], ['ood', 'OOD', 'nimo', 'NIMO'], ['mm'], ['c/o']],
  matching: 'exact',
};
const SQL_GROUP_WORDS = 1;
const MOOD_WORDS = 2;
const MILLIMETRES = 4;
const CARE_OF = 8;

/**
 * The gates of the readers that open on a few words (test results, clinical readings, leave and follow-up, health
 * statements, blood groups, vaccine doses, unnamed results' verdicts and fitness words, test results' verdicts) and the
 * detector's own steps' substrings, found in one walk of the text instead of a search of the whole text per reader and
 * step.
 */
const READER_GATES = compileGateScan([
  TEST_RESULT_GATES,
  CLINICAL_READING_GATES,
  LEAVE_AND_FOLLOW_UP_GATES,
  HEALTH_STATEMENT_GATES,
  AGGREGATE_WORDS,
  OWN_STEPS,
  BLOOD_GROUP_GATES,
  VACCINE_GATES,
  UNNAMED_RESULT_GATES,
  QUALITATIVE_GATES,
]);

/** Words before and after a term searched for someone who has it. */
const NEAR_BEFORE = 6;
const NEAR_AFTER = 4;
/** Tokens before a term searched, within its sentence, for the pronoun of the one person who has it. */
const SENTENCE_BEFORE = 24;
const CLITIC = /['’]/;
/** Record cues that a museum's or a library's catalogue uses too. */
const ACCESSION = new Set(['accession', 'acc']);
/** Words of a museum's, a gallery's or a library's catalogue entry, whose accession numbers are its objects'. */
const COLLECTION_WORDS = new Set([
  'museum',
  'gallery',
  'canvas',
  'provenance',
  'catalogue',
  'catalog',
  'library',
  'shelf',
  'painting',
  'artwork',
  'museo',
  'galeria',
  'lienzo',
  'procedencia',
  'catalogo',
  'biblioteca',
]);

/** Whether the text is a collection's catalogue entry (a word of COLLECTION_WORDS anywhere). */
function aboutACollection(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (COLLECTION_WORDS.has(tokens[i]!.key)) return true;
  return false;
}
/** Tokens before a licence cue searched, on its line, for the doctor it belongs to. */
const DOCTOR_BEFORE = 12;
/** Tokens before a generic insurance cue searched for the line of insurance ("Seguro del hogar. Nº de póliza"). */
const INSURANCE_LINE_BEFORE = 10;

/** Tokens before a term searched for the public figure who had it, within its sentence. */
const PUBLIC_FIGURE_BEFORE = 10;
const SENTENCE_END = new Set(['.', ';', '!', '?']);
/** Words that make the term the writer's or a relative's, whoever else the sentence names. */
const WRITERS_OWN = new Set(['my', 'i', 'me', 'our', 'mi', 'mis', 'yo', 'nuestro', 'nuestra']);

/** Unambiguous medical terms after which the whole text counts as clinical context (ambiguous words score higher). */
const CLINICAL_DOCUMENT = 3;

/**
 * wordInfo's packing: FirstWord bits below QUERIED, the queried-only flag, the elision and apostrophe flags, the
 * Morphology.kindOf bits (KIND_BITS from KIND_SHIFT), then whether the word is a term on its own or a term's second.
 */
const STARTS_MASK = 0xffff;
const QUERIED = 1 << 16;
/** Longer than five characters with an apostrophe in its second to fifth: may hold an elided article. */
const ELIDED = 1 << 17;
/** Holds a curly apostrophe. */
const CURLY = 1 << 18;
const KIND_SHIFT = 19;
/** Morphology.kindOf's bits (WordKind), once shifted down. */
const KIND_BITS = 0x7f;
/** A term of one word by itself. */
const ONE_WORD_TERM = 1 << 26;
/** The second word of a term of two words or more (MedicalLexicon.termSeconds). */
const TERM_SECOND = 1 << 27;
/**
 * Words later readers ask about at every word of a text: a clinician's word (registerNumbers), the first word of a
 * measurement's name, heading or phrase after a number (measurementReadings), of a record's field (identifiesSomeone).
 * Answered from the memo and the token's slot that the term search has filled, instead of a lookup of every word's
 * string in their own sets. Bit 31 stays clear: a negative slot is one not asked yet.
 */
const DOCTOR_WORD = 1 << 28;
const OPENS_MEASUREMENT = 1 << 29;
/** The first word of a record's field, title or key id (RecordFields.opens), asked by identifiesSomeone. */
const OPENS_RECORD_FIELD = 1 << 30;
const WORD_INFO_MAX = 100_000;
/** log2 of the slots of wordInfo's table of recent answers. */
const RECENT_BITS = 12;
/** Size of the filter of listed words (2^18 bits, 32 KB, for some ten thousand words). */
const LISTED_FILTER_BITS = 18;
/**
 * Bits with which termAt finds nothing (a word that starts only a cue, a pet's or an identifier's, or that is some
 * term's second word).
 */
const SAFE_BITS =
  (STARTS_MASK & ~(FirstWord.TERM | FirstWord.INJURY)) |
  ONE_WORD_TERM |
  TERM_SECOND |
  DOCTOR_WORD |
  OPENS_MEASUREMENT |
  OPENS_RECORD_FIELD;

/** A term found by termAt; everyday and weak tell a word of the everyday vocabularies (everyday.ts). */
interface EverydayMatch {
  first: number;
  last: number;
  type: TermType | 'SHAPE';
  ambiguous: boolean;
  record?: boolean;
  everyday?: boolean;
  weak?: boolean;
}

const SCORES = {
  term: { cued: 0.85, bare: 0.7 },
  ambiguous: { cued: 0.7, bare: 0.3, inClinicalText: 0.6 },
  morphology: { cued: 0.75, bare: 0.6 },
};

/** Conditions, medications, procedures, ICD-10 codes, record, insurance and licence numbers (English and Spanish). */
export class MedicalDetector extends LexicalDetector {
  readonly id = DETECTOR_ID;
  private readonly lex: MedicalLexicon;
  /** The specialties' measurement names, units and headings (rules/medical/measurements.yaml). */
  private readonly measures: MeasurementVocabulary;
  private readonly clauseShapes: ClauseShapes;
  private readonly sections: ClinicalSections;

  /** wordInfo's memo: folded word -> packed bits. */
  private readonly wordInfos = new Map<string, number>();
  /** wordInfo's answers for the words asked last, by hash slot (see wordInfo). */
  private readonly recentKeys: Array<string | undefined> = new Array(1 << RECENT_BITS).fill(undefined);
  private readonly recentInfos = new Int32Array(1 << RECENT_BITS);
  /** Every word wordInfo reads from a list (see wordInfo). */
  private readonly listed: WordFilter;
  /** The tokens of the text being read, as the tokenizer gave them, and infoAt's answers for them by index. */
  private textTokens: readonly Token[] = [];
  private infos = new Int32Array(1024);

  private readonly identifierKinds: Array<{ cues: PhraseIndex<true>; bit: number; label: Label; type: string }>;
  private readonly rulesDir: string | undefined;
  /** The name lists and subject words namesItsSubject reads, loaded at its first question. */
  private subject: { names: NameLexicon; words: SubjectWords } | undefined;
  private names: NameLexicon | undefined;

  constructor(options: MedicalDetectorOptions = {}) {
    super();
    this.rulesDir = options.rulesDir;
    this.lex = loadMedicalLexicon(options.rulesDir);
    this.measures = loadMeasurements(resolveRulesDir(options.rulesDir));
    this.clauseShapes = loadClauseShapes(resolveRulesDir(options.rulesDir));
    this.sections = loadClinicalSections(resolveRulesDir(options.rulesDir));
    const { firstWords, queriedOnly, termSeconds, morphology } = this.lex;
    this.listed = new WordFilter(
      [
        ...firstWords.keys(),
        ...queriedOnly,
        ...termSeconds,
        ...morphology.headWords(),
        ...this.lex.doctorWords,
        ...this.measures.opens.keys(),
        ...this.lex.recordFields.opens.keys(),
      ],
      LISTED_FILTER_BITS,
    );
    this.identifierKinds = [
      { cues: this.lex.recordCues, bit: FirstWord.RECORD_CUE, label: 'MEDICAL', type: 'MEDICAL_RECORD_NUMBER' },
      { cues: this.lex.insuranceCues, bit: FirstWord.INSURANCE_CUE, label: 'MEDICAL', type: 'HEALTH_INSURANCE_ID' },
      { cues: this.lex.licenseCues, bit: FirstWord.LICENSE_CUE, label: 'MEDICAL', type: 'MEDICAL_LICENSE' },
      {
        cues: this.lex.socialSecurityCues,
        bit: FirstWord.SOCIAL_SECURITY_CUE,
        label: 'NATIONAL_ID',
        type: 'ES_NASS',
      },
    ];
  }

  protected collect(text: string, found: Finding[]): void {
    // The tokenizer's array is shared with other detectors: copied before a word is read without its elided article.
    let tokens = tokenize(text);
    let ownTokens = false;
    this.readTokens(tokens);
    const firstWords = this.lex.firstWords;
    // Worked out on first use: most texts have no term at all, and then neither the language nor the cue
    // positions are ever needed.
    let english: boolean | undefined;
    const isEnglish = (): boolean => {
      english ??= guessLanguage(tokens) === 'en';
      return english;
    };
    let cued: ((first: number, last: number) => boolean) | undefined;
    const add = (first: number, last: number, label: Label, type: string, score: number): void => {
      found.push({ start: tokens[first]!.start, end: tokens[last]!.end, label, type, score, detector: DETECTOR_ID });
    };
    const bareAmbiguous: Finding[] = [];
    // Those of them a record about one identified person makes theirs ("COPD" in a pension form).
    const bareRecordTerms: Finding[] = [];
    let record: boolean | undefined;
    const identified = (): boolean => {
      record ??= identifiesSomeone(
        tokens,
        this.lex.recordFields,
        (i) => (this.infoAt(tokens, i) & OPENS_RECORD_FIELD) !== 0,
      );
      return record;
    };
    // A record's fields, or its opening on the person it is about ("Podiatry note for Osric Tamblyn:"). Only the
    // fields lift a bare ambiguous word ("shingles" under "Client: ..." in a home inspection is the roof's).
    let named: boolean | undefined;
    const aboutSomeone = (): boolean => {
      named ??= identified() || this.namesItsSubject(tokens);
      return named;
    };
    // Every term found and its token range: in a text tied to nobody, only those someone is said to have stay.
    const terms: TermSpan[] = [];
    let clear = 0;
    let identifiers = 0;
    let pharmacy: boolean | undefined;
    // Whether a veterinary or an animal's word starts somewhere (most texts have none, and skip the pet check).
    let petWords = false;
    // Terms that are a questionnaire's question, and the answers after a question's dot leader.
    const questionTerms: Finding[] = [];
    const leaderAnswers: FormQuestion[] = [];
    // Where a care or nursing assessment scale is named ("Barthel", "Epworth"): its score may follow.
    const scaleNames: number[] = [];
    // Numbers after "policy number" or "póliza" with no line of insurance named: health ones only in a text that
    // names something medical.
    const unsure: Finding[] = [];
    // Everyday words someone owns in their clause ("he's deaf"): theirs even in a text with no other anchor.
    let ownedEveryday = 0;
    const ownedFindings = new Set<Finding>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      let info = this.infoAt(tokens, i);
      let starts = info & STARTS_MASK;
      // "l'epilessia", "d'épilepsie", "dell'asma": an Italian or French elided article glued to the term.
      if (starts === 0 && info & ELIDED) {
        const bare = withoutElision(t);
        const bareStarts = bare === undefined ? 0 : (firstWords.get(bare.key) ?? 0);
        if (bare !== undefined && bareStarts & FirstWord.TERM) {
          if (!ownTokens) {
            tokens = tokens.slice();
            ownTokens = true;
          }
          tokens[i] = bare;
          starts = bareStarts;
          info = this.wordInfo(bare.key);
        }
      }
      // "Parkinson’s", "Alzheimer’s": a curly apostrophe is read as the lists' straight one.
      if (starts === 0 && info & CURLY) {
        const straight = t.key.replaceAll('’', "'");
        const straightStarts = firstWords.get(straight) ?? 0;
        if (straightStarts !== 0) {
          if (!ownTokens) {
            tokens = tokens.slice();
            ownTokens = true;
          }
          tokens[i] = { ...t, key: straight, base: possessiveBase(straight) };
          starts = straightStarts;
          info = this.wordInfo(straight);
        }
      }
      if (starts & FirstWord.PET) petWords = true;
      if (starts & FirstWord.SCALE) scaleNames.push(i);
      if (starts & IDENTIFIER_CUES) {
        const id = this.identifierAt(text, tokens, i, starts);
        if (id) {
          add(id.first, id.last, id.label, id.type, 0.9);
          if (id.needsHealthText) unsure.push(found[found.length - 1]!);
          else identifiers++;
          i = id.last;
          // "Sample ID: 1907-PUN-0048213   Barcode: 5530918426": the sample's barcode, read after its number.
          const barcode = id.type === 'MEDICAL_RECORD_NUMBER' ? barcodeAfter(tokens, id.last) : undefined;
          if (barcode) {
            add(barcode.first, barcode.last, 'MEDICAL', 'MEDICAL_RECORD_NUMBER', 0.9);
            i = barcode.last;
          }
          continue;
        }
      }
      // Most words start no term, build no condition or drug and are no queried abbreviation: termAt has nothing
      // to find there, and is not asked.
      let match: EverydayMatch | undefined = this.mayStartTerm(tokens, i, info)
        ? (this.termAt(tokens, i, info, isEnglish) ?? this.droppedFinalE(tokens, i))
        : this.droppedFinalE(tokens, i);
      // "Quelvora 5 mg" in a prescription: a brand no list holds, told by its dose.
      if (!match && t.cap && brandShapeAt(tokens, i)) {
        pharmacy ??= hasPharmacyCue(tokens);
        if (pharmacy) match = { first: i, last: i, type: 'MEDICATION', ambiguous: false };
      }
      if (!match) continue;
      // "a blind spot", "deaf to complaints", "ciego de ira", "she is a physiotherapist": an everyday word's other
      // senses; next to its owner or after a health field it is someone's health ("he's deaf", "Presenting: ...").
      if (match.everyday) {
        // "Riesgo de caídas: alto", "Mobility: ...": a field's name before its colon; its value is what follows.
        if (
          tokens[match.last + 1]?.text === ':' ||
          figurative(tokens, match.first, match.last, this.lex.everydayIdioms) ||
          titled(tokens, match.first, match.last) ||
          (match.type === 'PROCEDURE' && namesAJob(tokens, match.first))
        ) {
          i = match.last;
          continue;
        }
        if (
          (!match.weak && this.everydayOwned(tokens, match.first, match.last)) ||
          healthFieldBefore(tokens, match.first, this.lex.everydayLabels, this.lex.healthFields.values)
        ) {
          match = { ...match, ambiguous: false };
          ownedEveryday++;
        }
      }
      // "the allergy action plan", "asthma awareness week": a bare condition word before a topic's noun.
      if (this.namesATopic(tokens, match, isEnglish)) {
        i = match.last;
        continue;
      }
      // "PHYSIOTHERAPY DISCHARGE", "resume esta nota de fisioterapia": a service naming a document or a department.
      // "CPR: 010203-1234": the Danish personal number's cue, not resuscitation.
      if (
        match.type === 'PROCEDURE' &&
        (namesAService(tokens, match.first, match.last) || idCue(tokens, match.first))
      ) {
        i = match.last;
        continue;
      }
      // "explain these spirometry results", "Request for a pressure ulcer assessment": what a document the
      // request asks about, or a heading, is about (document-topics.ts).
      if (namesADocumentsTopic(text, tokens, match.first, match.last, this.lex.documentWords, this.isGivenName)) {
        i = match.last;
        continue;
      }
      // "asthma_or_copd", "día | hora | glucemia capilar": a field's or a column's name; its values are read apart.
      if (namesAField(text, tokens[match.first]!.start, tokens[match.last]!.end)) {
        i = match.last;
        continue;
      }
      // "FIRST NOTICE OF INJURY OR ILLNESS": a term in the upper-case title of a form names what the form is for.
      if (tokens[i]!.text !== tokens[i]!.key && inFormTitle(tokens, match.first)) {
        i = match.last;
        continue;
      }
      // "allergy to penicillin", "alergia a la amoxicilina": the allergy and what causes it are one finding.
      if (match.type !== 'MEDICATION' && ALLERGIES.has(tokens[match.last]!.key)) {
        const allergen = this.allergenAfter(tokens, match.last, isEnglish);
        if (allergen > match.last) match = { ...match, last: allergen, ambiguous: false };
        // "the allergies of the guests", "`allergies`", "medical / allergy": the word alone names a kind of data.
        else if (match.first === match.last && allergyKindWord(tokens, match.first)) {
          i = match.last;
          continue;
        }
      }
      // "inhaler for asthma", "pastillas para la tensión": the treatment and what it treats are one finding; so are
      // a condition and the drug it is treated with ("epilepsia en tratamiento con levetiracetam").
      if (match.type === 'CONDITION' || match.type === 'SHAPE') {
        const first = this.treatmentBefore(tokens, match.first, found);
        const last = this.treatedWithAfter(tokens, match.last, isEnglish);
        if (first < match.first || last > match.last) match = { ...match, first, last, ambiguous: false };
      }
      // "ECG today shows ...", "Allergy: penicillin": a heading or a field name; what follows it is the data.
      if (this.headsAValue(tokens, match.first, match.last)) {
        i = match.last;
        continue;
      }
      // "10 ml cada 8 horas si fiebre", "ibuprofen 400 mg if pain": a symptom as the condition for a dose is an
      // instruction, not something the patient has.
      if ((match.type === 'CONDITION' || match.type === 'SHAPE') && conditionalSymptom(tokens, match.first)) {
        i = match.last;
        continue;
      }
      // "Any fever or blood in the urine?", "¿Alguna alergia?": a clinician's screening question asks, nobody has.
      // The question still makes the text a clinical one ("sore throat and a cough ... Any fever or chills?").
      if ((match.type === 'CONDITION' || match.type === 'SHAPE') && screeningQuestion(tokens, match.first)) {
        clear++;
        i = match.last;
        continue;
      }
      // "la licencia médica se tramita en línea", "a sick note template": a leave with no length is nobody's.
      if (leaveWithoutLength(tokens, match.first, match.last)) {
        i = match.last;
        continue;
      }
      const s = match.ambiguous ? SCORES.ambiguous : match.type === 'SHAPE' ? SCORES.morphology : SCORES.term;
      const type = match.type === 'SHAPE' ? 'CONDITION' : match.type;
      cued ??= this.cueCounter(tokens);
      // "koxartros?", "?meniscus tear", "MS?": a diagnosis queried in a referral is the patient's suspected one.
      // An everyday word is lifted by its owner or a health field (above), not by a clinical word near it: a leaflet's
      // "symptoms include a high fever" names anyone's.
      const isCued =
        !match.everyday &&
        (cued(match.first, match.last) ||
          queried(tokens, match.first, match.last) ||
          havingBefore(tokens, match.first));
      // The dose after a drug, the stage of a condition, a fever's temperature: part of what is masked (the cue
      // was looked for around the bare term, where "mg" counts).
      const last =
        type === 'MEDICATION'
          ? doseAfter(tokens, match.last)
          : type === 'CONDITION'
            ? relativeAfter(
                tokens,
                this.treatmentAfter(
                  tokens,
                  indicationAfter(tokens, spinalLevelAfter(tokens, measureAfter(tokens, match.first, match.last))),
                ),
              )
            : match.last;
      // "eight weeks' leave after her breast cancer surgery": the leave taken for it is part of what is masked.
      const from = type === 'MEDICATION' ? match.first : becauseOfBefore(tokens, leaveBefore(tokens, match.first));
      add(from, last, 'MEDICAL', type, isCued ? s.cued : s.bare);
      const finding = found[found.length - 1]!;
      terms.push({ finding, first: match.first, last });
      if (match.everyday && !match.ambiguous) ownedFindings.add(finding);
      // "Diabetes ....... NO", "¿Marcapasos, epilepsia? No": a questionnaire's question names what it asks about.
      const question = formQuestionAt(tokens, match.first, last);
      if (question !== undefined && question.kind !== 'yes') {
        const answerSaysNo =
          question.mark === '?' && question.kind === 'answered' && tokens[question.answer]!.key === 'no';
        if (!answerSaysNo) questionTerms.push(finding);
        // What follows its leader or its question mark is the person's answer ("Vertigo? mild, on betahistine").
        if (question.mark !== ':' && question.kind === 'answered') leaderAnswers.push(question);
      }
      // "IT por contingencia común del 3/02 al 7/02", "baja por enfermedad común de 9 días": a dated leave is someone's.
      if (type === 'CONDITION' && leaveIsSomeones(tokens, match.first, match.last)) identifiers++;
      if (match.ambiguous && !isCued) {
        bareAmbiguous.push(finding);
        if ('record' in match && match.record) bareRecordTerms.push(finding);
      } else if (!match.ambiguous) clear++;
      i = last;
    }
    if (unsure.length > 0) {
      if (terms.length > 0) identifiers += unsure.length;
      else removeFindings(found, new Set(unsure));
    }
    // A text that already names several conditions or drugs is clinical as a whole: there, "fever" or "obesity"
    // far from any cue word is still the patient's.
    if (clear >= CLINICAL_DOCUMENT) for (const f of bareAmbiguous) f.score = SCORES.ambiguous.inClinicalText;
    else if (bareRecordTerms.length > 0 && identified()) {
      for (const f of bareRecordTerms) f.score = SCORES.ambiguous.inClinicalText;
    }
    const gates = READER_GATES(text);
    const steps = gates.families[5]!;
    // Both code shapes hold a digit: ordinary prose without one skips both passes.
    if (DIGIT.test(text)) {
      const before = found.length;
      this.findIcd10(text, tokens, found);
      findMbi(text, found);
      findCheckedIds(text, found);
      findCodedConcepts(text, found);
      // "Orthodontist: Ada Rook, GDC 271904", "Dra. Irune Zabala, RNPI 630417": a clinician's register number.
      const doctorAt = (i: number): boolean => (this.infoAt(tokens, i) & DOCTOR_WORD) !== 0;
      for (const r of registerNumbers(tokens, this.lex.doctorWords, this.lex.recordFields.ids, doctorAt)) {
        const start = tokens[r.first]!.start;
        if (!found.some((f) => f.start < tokens[r.last]!.end && start < f.end)) {
          add(r.first, r.last, 'MEDICAL', 'MEDICAL_LICENSE', 0.9);
        }
      }
      // "Initials  DOB  HbA1c  eGFR" over a row per person: the bare numbers under a test's header are results.
      if (text.includes('\n')) {
        for (const f of labColumnCells(text, DETECTOR_ID)) found.push(f);
        // "SampleID,PatientName,DOB,..." in a laboratory's export: each row's sample id is its patient's.
        for (const f of sampleColumnCells(text, DETECTOR_ID)) found.push(f);
        // "user,date,mood,tags,note" rows of a mood app's export: each entry's rating, tags and note are its keeper's.
        if ((steps & MOOD_WORDS) !== 0) {
          for (const f of journalCells(text, DETECTOR_ID)) {
            // A tag the vocabulary read as an ambiguous word ("ansiedad" alone) is the entry's all the same.
            const same = found.find((g) => g.start === f.start && g.end === f.end);
            if (same) same.score = Math.max(same.score, f.score);
            else found.push(f);
          }
        }
      }
      // "Labs: Hb 118 g/L, TSH 2.4", "A: BP 98/60, K 3.1": a value listed after a results heading or beside an
      // observation is a result without its unit too.
      for (const f of listedResults(text, DETECTOR_ID)) found.push(f);
      identifiers += found.length - before;
    }
    // "Patient: Biscuit (Cocker Spaniel)" in a vet's reminder: the conditions and drugs are the pet's.
    const owned =
      terms.length > 0 && petWords && this.aboutAnAnimal(tokens) ? this.dropPetHealth(tokens, terms, found) : terms;
    // "df.groupby('region')", "GROUP BY diagnosis", "small cells suppressed": counts per diagnosis describe a
    // population; its codes and terms are nobody's unless someone near one has it.
    // A list of identified people to be grouped ("ordénalas por zona" over "Don Y, ..., EPOC") is still theirs.
    if (
      found.length > 0 &&
      ((gates.families[4] !== 0 && AGGREGATE.test(text)) ||
        ((steps & SQL_GROUP_WORDS) !== 0 && SQL_GROUP.test(text))) &&
      !owned.some((t) => this.anchoredClose(tokens, t.first, t.last)) &&
      !identified()
    ) {
      const dropped = new Set<Finding>(owned.map((t) => t.finding));
      let n = 0;
      for (const f of found) if (!dropped.has(f) && f.type !== 'ICD10') found[n++] = f;
      found.length = n;
    }
    // "the flu vaccine clinic", "a history lecture on smallpox": terms in a text tied to nobody are topics.
    else if (owned.length > 0 && identifiers === 0) {
      const topics = ownedEveryday > 0 ? owned.filter((t) => !ownedFindings.has(t.finding)) : owned;
      if (topics.length > 0) this.dropTopics(text, tokens, topics, found, aboutSomeone);
    }
    // "Blood type: B Rh positive", "¿Embarazo actual? Sí, 20 semanas": a form's health fields about someone.
    const blood = bloodGroups(text, DETECTOR_ID, gates.families[6]);
    const answers = text.includes('?')
      ? yesAnswers(tokens, (start, end) => found.some((f) => f.start >= start && f.end <= end), DETECTOR_ID)
      : [];
    if ((blood.length > 0 || answers.length > 0) && (aboutSomeone() || this.anchoredAnywhere(tokens))) {
      for (const f of blood) found.push(f);
      for (const f of answers) found.push(f);
    }
    // "Allergies ......... sticking plaster (itchy rash)", "Dizziness / seizures? One in 2019": what a person wrote
    // after a health question's leader or question mark is theirs.
    if (questionTerms.length > 0) {
      removeFindings(found, new Set(questionTerms));
      if (leaderAnswers.length > 0 && (aboutSomeone() || this.anchoredAnywhere(tokens))) {
        for (const q of leaderAnswers) {
          const start = tokens[q.answer]!.start;
          if (found.some((f) => f.start === start)) continue;
          found.push({
            start,
            end: tokens[q.answerLast]!.end,
            label: 'MEDICAL',
            type: 'CONDITION',
            score: 0.9,
            detector: DETECTOR_ID,
          });
        }
      }
    }
    // "Rotavirus — 2a 05/09/2022" on a child's vaccination card: the doses someone identified got.
    if (DIGIT.test(text)) {
      const doses = vaccineDoses(text, DETECTOR_ID, gates.families[7]);
      if (doses.length > 0 && aboutSomeone()) for (const f of doses) found.push(f);
    }
    // "Barthel: 40", "Epworth score 16", "fototipo III": a care or nursing scale's score in a text about someone.
    if (scaleNames.length > 0 && (identifiers > 0 || aboutSomeone() || this.anchoredAnywhere(tokens))) {
      for (const i of scaleNames) {
        // Two scales named make a clinical text as a named condition does ("GDS-15: 11, Edmonton 9").
        const score = scaleScoreAt(tokens, i, clear > 0 || terms.length > 0 || scaleNames.length > 1, DETECTOR_ID);
        if (score) found.push(score);
      }
    }
    // "QTc 471 ms", "skin prick to cashew 7 mm", "GBS positive": a test's result with its unit, about someone.
    const results = testResults(text, DETECTOR_ID, gates.families[0], gates.families[9] !== 0);
    if (results.length > 0 && (identifiers > 0 || aboutSomeone() || this.anchoredAnywhere(tokens))) {
      for (const f of results) found.push(f);
    }
    // "IOP 24/26 mmHg", "IDDSI level 4", "overjet 7 mm", "falls x3", "CBG 3.4": a reading on a clinical scale;
    // "reposo de 10 días", "follow-up with orthopaedics in 2 weeks": a sick leave's length, a specialist's follow-up.
    // Each reads its patterns only once its gates are in the text and the text is about someone.
    let someone: boolean | undefined;
    const ofSomeone = (): boolean => {
      someone ??= identifiers > 0 || aboutSomeone() || this.anchoredAnywhere(tokens);
      return someone;
    };
    for (const f of clinicalReadings(text, DETECTOR_ID, ofSomeone, gates.families[1])) found.push(f);
    for (const f of leaveAndFollowUp(text, DETECTOR_ID, ofSomeone, gates.families[2])) found.push(f);
    for (const f of healthStatements(text, DETECTOR_ID, ofSomeone, found, gates.matches[3])) found.push(f);
    // "TA en casa (tensiómetro de muñeca): 171/103 mmHg": a blood pressure with its unit, in a text about someone.
    const pressures = (steps & MILLIMETRES) !== 0 ? pressureReadings(text, DETECTOR_ID) : [];
    if (pressures.length > 0 && (identifiers > 0 || aboutSomeone() || this.anchoredAnywhere(tokens))) {
      for (const f of pressures) found.push(f);
    }
    // "anti-GAD 63 kU/L (< 10)", "HCV Ab negatif", "pinch R 7 kg / L 11 kg": a result told by its value's shape,
    // whatever the test is called; a drug's strength ("insulin glargine 100 U/mL") is the drug's finding, no result.
    for (const f of unnamedResults(text, DETECTOR_ID, ofSomeone, gates.families[8])) {
      if (!found.some((g) => g.type === 'MEDICATION' && g.start >= f.start && g.start < f.end)) found.push(f);
    }
    // "Nombre | Diagnóstico | Apoyos" over a row per pupil: each row's health cells are that pupil's.
    if (text.includes('\n')) for (const f of healthColumnCells(text, DETECTOR_ID)) found.push(f);
    if (text.includes('\n'))
      for (const f of vitalColumnCells(text, DETECTOR_ID, () => ofSomeone() || personalVoice(text))) found.push(f);
    // "patient;dob;test;result;unit" over a row per result: each row's test and value are its patient's result.
    if (text.includes('\n')) {
      for (const f of labRows(text, DETECTOR_ID, ofSomeone)) {
        if (!found.some((g) => g.label === 'MEDICAL' && g.start < f.end && f.start < g.end)) found.push(f);
      }
    }
    // "Time off work: about 6 weeks", "Parte del cuerpo: ...", "O: ..." of a SOAP note: in a text about one identified
    // person, with a record number or several clear terms, a health field's whole value is that person's. A vet's
    // note about an animal is no person's, whoever owns the animal.
    if (
      text.includes(':') &&
      (identifiers > 0 || clear >= CLINICAL_DOCUMENT || aboutSomeone()) &&
      !(petWords && this.aboutAnAnimal(tokens))
    ) {
      const medical = found.some((f) => f.label === 'MEDICAL' && f.score >= MIN_REPORT_SCORE);
      healthFieldValues(text, tokens, this.lex.healthFields, found, DETECTOR_ID, medical);
    }
    // "c/o" is rare: one search of the text rules it out before any token is read.
    if ((steps & CARE_OF) !== 0) complaintAfterCue(tokens, found, () => this.anchoredAnywhere(tokens));
    if (found.length > 0) {
      if (found.length > 1) joinClinicalPhrases(text, found);
      fieldValues(text, tokens, found);
      // "Findings: There is a 2 cm mass ...", "Exam: CT chest": in a report with a record number, every sentence of
      // its findings is the patient's; the terms inside go with the sentence's finding.
      if (identifiers > 0 && text.includes(':')) {
        const sections = reportSections(text, DETECTOR_ID);
        if (sections.length > 0) {
          const inside = new Set<Finding>();
          for (const f of found) {
            if (f.detector !== DETECTOR_ID || f.label !== 'MEDICAL') continue;
            if (sections.some((s) => f.start >= s.start && f.end <= s.end)) inside.add(f);
          }
          removeFindings(found, inside);
          for (const s of sections) found.push(s);
        }
      }
      // "Plan: refer ...; review in 4 weeks", "Risk category: HIGH": a note's orders and risk grade are its patient's.
      if ((identifiers > 0 || aboutSomeone()) && text.includes(':')) {
        withSections(found, planSections(text, found, DETECTOR_ID));
      }
    }
    for (const f of propagateAbbreviations(text, found)) found.push(f);
    // "BPD 52mm, HC 190mm", "Na 128, Cr 141", "FEV1 1.9 L", "caries en 36": a specialty's reading by its name, in a
    // text about someone, or one whose health words already stand as someone's (they survived the topic check).
    // Read after the detector's own joins: a reading inside a finding already made ("Labs: ...", a health field's
    // value) is part of it.
    if (DIGIT.test(text)) {
      const reported = (): boolean =>
        ofSomeone() || found.some((f) => f.label === 'MEDICAL' && f.score >= MIN_REPORT_SCORE);
      const opensAt = (i: number): boolean => (this.infoAt(tokens, i) & OPENS_MEASUREMENT) !== 0;
      const readings = measurementReadings(text, tokens, this.measures, DETECTOR_ID, reported, opensAt);
      for (const f of readings) {
        const overlapping = found.filter((g) => g.start < f.end && f.start < g.end);
        // "Interdialytic weight gain 3.2 kg": a reading outranks the doubtful word inside it ("weight gain").
        if (overlapping.every((g) => g.score < MIN_REPORT_SCORE)) {
          if (overlapping.length > 0) removeFindings(found, new Set(overlapping));
          found.push(f);
        }
      }
    }
    // "Plan: open-fit aid on the left", "Evolución: tolera dieta": under a clinical note's heading, in a text about an
    // identified person whose health it already names, every clause is their record, whatever its words.
    if (found.length > 0 && text.includes(':')) {
      // An identified person, not only a patient's word: a guideline's "Plan:" speaks of "the patient" too.
      const identifiedPerson = () => (identifiers > 0 || aboutSomeone()) && !(petWords && this.aboutAnAnimal(tokens));
      for (const f of clinicalSections(text, found, this.sections, DETECTOR_ID, identifiedPerson)) found.push(f);
    }
    // "neck 41 cm", "graft failed at 9 s", "no swimming for 10 days" beside someone's health details: a clause of
    // their record told by its shape, in whatever specialty's words.
    const ofAPerson = () => ofSomeone() && !(petWords && this.aboutAnAnimal(tokens));
    if (found.length > 1) {
      for (const f of recordClauses(text, found, this.clauseShapes, DETECTOR_ID, ofAPerson)) found.push(f);
    }
    if (found.length > 0) for (const f of initialismsOf(tokens, found)) found.push(f);
    // "knee pain 5/10, numbness in the foot, fatigue": a statement that holds a pain rated out of ten is a clinical
    // reading as sure as the rating alone (the pain-score rule), so the whole statement outranks the rating's span.
    if (text.includes('/10')) {
      for (const f of found) {
        if (f.label !== 'MEDICAL' || (f.type !== 'CONDITION' && f.type !== 'SYMPTOM')) continue;
        // Only a statement already reported is lifted: a doubtful one stays as doubtful.
        if (f.score < MIN_REPORT_SCORE || f.score >= PAIN_RATED_SCORE) continue;
        if (PAIN_RATING.test(text.slice(f.start, f.end))) f.score = PAIN_RATED_SCORE;
      }
    }
  }

  /** The name lexicon, read on the first question about names. */
  private nameLexicon(): NameLexicon {
    this.names ??= loadNameLexicon(this.rulesDir);
    return this.names;
  }

  /** Whether a word is a listed given name. */
  private givenName(key: string): boolean {
    return this.nameLexicon().isWord(WORD.FIRST_NAME, key);
  }

  /** givenName as a function of its own, for the readers that ask it. */
  private readonly isGivenName = (key: string): boolean => this.givenName(key);

  /** "Podiatry note for Osric Tamblyn:", "Client: Thaddeus Wimbury": a record opening on the person it is about. */
  private namesItsSubject(tokens: readonly Token[]): boolean {
    this.subject ??= {
      names: this.nameLexicon(),
      words: {
        before: this.lex.subjectWords.before,
        notSubject: this.lex.subjectWords.notSubject,
        notAfter: this.lex.subjectWords.notAfter,
        clinicians: this.lex.doctorWords,
        roles: this.lex.everydayOwners,
        publicFigures: this.lex.publicFigures,
      },
    };
    return namesItsSubject(tokens, this.subject.names, this.subject.words);
  }

  /**
   * What a folded word is to this detector, packed in one number: its FirstWord bits (STARTS_MASK), whether it is a
   * queried-only abbreviation (QUERIED) and its Morphology.kindOf bits (from KIND_SHIFT). All three depend on the
   * word alone, so each distinct word is worked out once and read back with one lookup; the memo is emptied when it
   * grows past WORD_INFO_MAX, which bounds it in a long-running gateway.
   */
  private wordInfo(key: string): number {
    // Most words are in none of the lists (the filter says so for sure), hold no apostrophe or hyphen and have no
    // ending or opening morphology builds a term from: 0, told with no lookup. The hash also files the word below.
    let h = 0;
    let joined = false;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c === 0x2d || c === 0x27 || c === 0x2019) joined = true;
      h = hashStep(h, c);
    }
    if (!joined && !this.listed.mayHold(h) && !this.lex.morphology.mayBuild(key)) return 0;
    // The words asked most ("de", "the", "of": openers of longer terms) are answered from a small table that stays
    // in the processor's cache, before the memo, a map of up to WORD_INFO_MAX words whose probes mostly miss it.
    const slot = Math.imul(h, 0x9e3779b1) >>> (32 - RECENT_BITS);
    if (this.recentKeys[slot] === key) return this.recentInfos[slot]!;
    let info = this.wordInfos.get(key);
    if (info === undefined) {
      info =
        (this.lex.firstWords.get(key) ?? 0) |
        (this.lex.queriedOnly.has(key) ? QUERIED : 0) |
        (key.length > 5 && quoteNearStart(key) ? ELIDED : 0) |
        (key.includes('’') ? CURLY : 0) |
        (this.lex.morphology.kindOf(key) << KIND_SHIFT) |
        (this.lex.terms.hasExact(key) ? ONE_WORD_TERM : 0) |
        (this.lex.termSeconds.has(key) ? TERM_SECOND : 0) |
        (this.lex.doctorWords.has(key) ? DOCTOR_WORD : 0) |
        (this.measures.opens.has(key) ? OPENS_MEASUREMENT : 0) |
        (this.lex.recordFields.opens.has(key) ? OPENS_RECORD_FIELD : 0);
      if (this.wordInfos.size >= WORD_INFO_MAX) this.wordInfos.clear();
      this.wordInfos.set(key, info);
    }
    this.recentKeys[slot] = key;
    this.recentInfos[slot] = info;
    return info;
  }

  /**
   * The FirstWord bits of a number or a punctuation mark: 0, told by the filter with no lookup, for most of them
   * (every number of a text is a string the map has never hashed).
   */
  private firstWordBits(key: string): number {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
    return this.listed.mayHold(h) ? (this.lex.firstWords.get(key) ?? 0) : 0;
  }

  /** Starts reading a text's tokens: infoAt has answered nothing for them yet. */
  private readTokens(tokens: readonly Token[]): void {
    if (this.infos.length < tokens.length) this.infos = new Int32Array(tokens.length * 2);
    this.infos.fill(-1, 0, tokens.length);
    this.textTokens = tokens;
  }

  /**
   * wordInfo of tokens[i] (of a number or a punctuation mark, its FirstWord bits only), asked once per token of the
   * text however many readers ask: the term search, the word after it, the cue windows, the pet check. A token the
   * detector made itself (a word read without its elided article) is asked afresh.
   */
  private infoAt(tokens: readonly Token[], i: number): number {
    const t = tokens[i]!;
    const own = t === this.textTokens[i];
    let info = own ? this.infos[i]! : -1;
    if (info < 0) {
      info = t.kind === 'word' ? this.wordInfo(t.key) : this.firstWordBits(t.key);
      if (own) this.infos[i] = info;
    }
    return info;
  }

  /**
   * Whether termAt may find something at tokens[i], whose wordInfo is info: not when the word starts no term, builds
   * no condition or drug and is no queried abbreviation, nor when it only opens terms of two words or more ("de",
   * "the") and the word after it is no such term's second.
   */
  private mayStartTerm(tokens: readonly Token[], i: number, info: number): boolean {
    const asks = info & ~SAFE_BITS;
    if (asks === 0) return false;
    if (asks !== FirstWord.TERM || info & ONE_WORD_TERM) return true;
    const next = tokens[i + 1];
    if (next === undefined) return false;
    return next.kind !== 'word' || (this.infoAt(tokens, i + 1) & TERM_SECOND) !== 0;
  }

  /**
   * The longest of: a vocabulary term starting at tokens[i] (with English modifiers before a condition) and a
   * condition shaped by morphology. A bare ambiguous word ("cold") stays ambiguous; with modifiers it is not.
   */
  private termAt(
    tokens: readonly Token[],
    i: number,
    info: number,
    isEnglish: () => boolean,
  ): EverydayMatch | undefined {
    const starts = info & STARTS_MASK;
    const kind = (info >>> KIND_SHIFT) & KIND_BITS;
    // "MS?", "?PE": an abbreviation that is mostly something else, queried as a diagnosis.
    if (info & QUERIED && capitals(tokens[i]!) && queried(tokens, i, i)) {
      return { first: i, last: i, type: 'CONDITION', ambiguous: false };
    }
    // "a cut above the right eyebrow", "broke her wrist", "tobillo hinchado": a lay injury, longer than any term.
    if (starts & FirstWord.INJURY) {
      const injury = this.lex.injuries.phraseAt(tokens, i);
      if (injury) return { ...injury, ambiguous: false };
    }
    const term = starts & FirstWord.TERM ? this.lex.terms.matchAt(tokens, i) : undefined;
    // The word's shape (worked out by the caller or above) is shared by the condition and the drug/procedure checks.
    // "Chioma", "Paloma": a given name is no condition by its ending (-oma), in a sentence or in an address.
    const shape =
      kind === 0 || this.givenName(tokens[i]!.key) ? undefined : this.lex.morphology.conditionAt(tokens, i, kind);
    let best: EverydayMatch | undefined;
    if (term) {
      const last = i + term.length - 1;
      // Most terms are one word: its key is the phrase, with no array or string to build.
      const words =
        term.length === 1
          ? tokens[i]!.key
          : tokens
              .slice(i, last + 1)
              .map((x) => x.key)
              .join(' ');
      const titleCase =
        tokens[i]!.cap && !atSentenceStart(tokens, i) && tokens[i]!.text !== tokens[i]!.text.toUpperCase();
      // "she is a Cancer", "Jane Parkinson": a capitalised one-word eponym mid-sentence needs a cue.
      // "Parkinson avanzado", "moderate Crohn's": a severity beside the eponym makes it the disease.
      // "tingling", "uses a walker": an everyday word is someone's health only next to that someone (everyday.ts).
      const everyday = this.lex.everyday.has(words);
      const ambiguous =
        everyday ||
        this.lex.ambiguous.has(words) ||
        (titleCase && term.length === 1 && this.lex.names.has(words) && !severityBeside(tokens, i));
      // "mi tía", "als je wilt": an abbreviation that is an ordinary word unless written in capitals.
      if (term.length === 1 && this.lex.capitalsOnly.has(words) && !capitals(tokens[i]!)) return undefined;
      // "TB/44/0917", "MS-2231": an abbreviation glued to a number by a slash or a dash opens a code.
      if (term.length === 1 && capitals(tokens[i]!) && opensCode(tokens, i)) return undefined;
      // "Tara Burns", "played Plague": an ambiguous word in title case inside a sentence is a name or a title.
      if (titleCase && (this.lex.ambiguous.has(words) || (everyday && term.length === 1))) return undefined;
      // "rm -rf", "tc39": a vowel-less clinical abbreviation ("RM", "TC", "Rx") in lower case is something else.
      if (ambiguous && term.length === 1 && tokens[i]!.text === words && words.length <= 3 && !/[aeiou]/.test(words)) {
        return undefined;
      }
      // "Rm 412", "Tc 5": written like a word before a number, a vowel-less abbreviation is a room or a unit. Clinical
      // abbreviations are written in capitals ("RM de rodilla", "TC 11/5/03"); "Rx" is read just below.
      if (ambiguous && term.length === 1 && words !== 'rx' && roomLike(tokens, i)) return undefined;
      if (words === 'rx' && prescriptionMarker(tokens, i, isEnglish)) return undefined;
      // English puts modifiers before the condition, Spanish after it ('insuficiencia renal crónica'). An ambiguous
      // word keeps its bare span, so only a clinical cue can lift it.
      const extend = term.value === 'CONDITION' && !ambiguous;
      const english = extend && isEnglish();
      // "had a fall", "has a cold": a term that opens with its verb takes no modifier ("Mr Lowe had a fall").
      const first =
        extend && english && !HAVING.has(tokens[i]!.key) ? this.lex.morphology.modifiersBefore(tokens, i) : i;
      best = { first, last, type: term.value, ambiguous };
      // "COPD", "stroke": a name that is someone's in a record about them (see ambiguous_record_terms).
      if (ambiguous && this.lex.recordTerms.has(words)) best.record = true;
      // A record about one identified person makes an everyday word theirs too, unless it is as general as a mood.
      if (everyday) {
        best.everyday = true;
        best.weak = this.lex.everydayWeak.has(words);
        best.record = !best.weak;
      }
      if (extend && !english) best.last = Math.max(last, this.lex.morphology.complementsAfter(tokens, last));
      // "ansiedad generalizada", "tendinitis del manguito rotador": an ambiguous Spanish word takes its complements
      // too, and still needs a cue.
      else if (term.value === 'CONDITION' && ambiguous && !isEnglish()) {
        best.last = Math.max(last, this.lex.morphology.complementsAfter(tokens, last));
      }
      // "lumbar MRI", "knee x-ray": a body part before an examination is part of its name and makes it clinical.
      if (term.value === 'PROCEDURE' && isEnglish()) {
        const before = this.lex.morphology.modifiersBefore(tokens, i, true);
        if (before < i) best = { ...best, first: before, ambiguous: false };
      }
    }
    if (!best && !shape) return this.wordShapeAt(tokens, i, kind);
    if (shape && (!best || shape.last - shape.first > best.last - best.first)) {
      // A lone capitalised "-osis"/"-oma" word mid-sentence is more often a name ("Thomas", "Estonia"): needs a cue.
      const t = tokens[shape.first]!;
      const nameLike =
        shape.first === shape.last &&
        t.cap &&
        // "Hubbard-Thomas" is a name, "HPRT-deficient" is not.
        !/-\P{Lu}/u.test(t.text) &&
        !atSentenceStart(tokens, shape.first) &&
        t.text !== t.text.toUpperCase();
      best = { first: shape.first, last: shape.last, type: 'SHAPE', ambiguous: nameLike };
    }
    return best;
  }

  /**
   * A drug written without the final -e of its English name and followed by its dose, as German, Dutch and the
   * Nordic languages write it ("Sertralin 100 mg", "Quetiapin 25 mg").
   */
  private droppedFinalE(
    tokens: readonly Token[],
    i: number,
  ): { first: number; last: number; type: TermType; ambiguous: boolean } | undefined {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.key.length < 6 || next === undefined || next.kind !== 'number' || next.lineStart) return undefined;
    if (!/[^aeiouy]$/.test(t.key)) return undefined;
    const hit = this.lex.terms.matchAt([{ ...t, key: `${t.key}e` }], 0);
    return hit?.value === 'MEDICATION' && hit.length === 1
      ? { first: i, last: i, type: 'MEDICATION', ambiguous: false }
      : undefined;
  }

  /**
   * One word the vocabularies lack but whose build names a procedure ("hemicolectomy", "septoplastia") or a drug
   * ("ocrelizumab", "dapagliflozina"), or whose first part is a listed condition ("asthma-related", "cancer-free").
   */
  private wordShapeAt(
    tokens: readonly Token[],
    i: number,
    kind: number,
  ): { first: number; last: number; type: TermType | 'SHAPE'; ambiguous: boolean } | undefined {
    const t = tokens[i]!;
    const dash = kind === 0 ? -1 : t.key.indexOf('-');
    // "CKD-EPI", "COPD-GOLD": an abbreviation dashed to another in capitals names a formula or a scale.
    if (dash > 0 && !CAPITALS_PAIR.test(t.text)) {
      const part = t.key.slice(0, dash);
      const hit = this.lex.terms.matchAt([{ ...t, key: part }], 0);
      if (hit?.value === 'CONDITION' && !this.lex.ambiguous.has(part)) {
        return { first: i, last: i, type: 'CONDITION', ambiguous: false };
      }
    }
    if (kind & WordKind.PROCEDURE) {
      return { first: i, last: i, type: 'PROCEDURE', ambiguous: t.cap && !atSentenceStart(tokens, i) };
    }
    if (kind & WordKind.MEDICATION) {
      return { first: i, last: i, type: 'MEDICATION', ambiguous: t.cap && !atSentenceStart(tokens, i) };
    }
    return undefined;
  }

  /**
   * First token of a treatment named before a condition at tokens[first] ("inhaler for her asthma", "pastillas para
   * la tensión"), or first. Not when a finding already ends on the treatment ("knee surgery for ...").
   */
  private treatmentBefore(tokens: readonly Token[], first: number, found: Finding[]): number {
    let j = first - 1;
    if (j > 0 && ARTICLES_AND_POSSESSIVES.has(tokens[j]!.key)) j--;
    const link = tokens[j];
    if (link === undefined || tokens[j + 1]!.lineStart || link.lineStart) return first;
    const treatment = tokens[j - 1];
    if (treatment === undefined) return first;
    const previous = found[found.length - 1];
    // "quimioterapia por cáncer de mama", "surgery for a torn ligament": a procedure found right before the link
    // is the treatment; it and the condition are one finding, which takes the procedure's place.
    if (
      PROCEDURE_LINKS.has(link.key) &&
      previous?.type === 'PROCEDURE' &&
      previous.detector === DETECTOR_ID &&
      previous.end === treatment.end
    ) {
      const start = tokenIndexAt(tokens, previous.start);
      if (start >= 0) {
        found.pop();
        return start;
      }
    }
    // "las pastillas nuevas para el tiroides", "my new tablets for": a treatment's adjective before the link.
    const t = TREATMENT_ADJECTIVES.has(treatment.key) && tokens[j - 2] ? j - 2 : j - 1;
    if (!TREATMENT_LINKS.has(link.key) || !this.lex.treatmentNouns.has(tokens[t]!.key)) return first;
    if (previous !== undefined && previous.end > tokens[t]!.start) return first;
    return t;
  }

  /**
   * Last token of a treatment named after a condition behind a dash or a comma, a word or two before it ("asthma -
   * reliever inhaler", "eczema, steroid cream", "asma - inhalador"), or last.
   */
  private treatmentAfter(tokens: readonly Token[], last: number): number {
    const link = tokens[last + 1];
    if (link === undefined || link.lineStart || (link.text !== '-' && link.text !== ',' && link.text !== '–')) {
      return last;
    }
    for (let j = last + 2; j <= last + 4 && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.lineStart || t.kind !== 'word') return last;
      if (this.lex.treatmentNouns.has(t.key)) return j;
      // "celiaquía, TDAH en tratamiento": another condition opens before the treatment, which is its own ("uses"
      // opens everyday terms only: "uses an inhaler" is still the treatment).
      if (this.infoAt(tokens, j) & FirstWord.TERM && this.lex.terms.matchAt(tokens, j)) return last;
    }
    return last;
  }

  /** Last token of the drug after "en tratamiento con", "treated with" (tokens[last] ends a condition), or last. */
  private treatedWithAfter(tokens: readonly Token[], last: number, isEnglish: () => boolean): number {
    const next = tokens[last + 1];
    if (next === undefined || next.lineStart) return last;
    const hit = this.lex.treatedWith.matchAt(tokens, last + 1);
    if (!hit) return last;
    const j = last + 1 + hit.length;
    const t = tokens[j];
    if (t === undefined || t.lineStart || t.kind !== 'word') return last;
    const drug = this.termAt(tokens, j, this.infoAt(tokens, j), isEnglish);
    return drug?.type === 'MEDICATION' && drug.first === j ? doseAfter(tokens, drug.last) : last;
  }

  /** Whether a one-word condition modifies a topic's noun after it, in English ("allergy action plan"). */
  private namesATopic(
    tokens: readonly Token[],
    match: { first: number; last: number; type: TermType | 'SHAPE' },
    isEnglish: () => boolean,
  ): boolean {
    if (match.first !== match.last || !(match.type === 'CONDITION' || match.type === 'SHAPE')) return false;
    const next = tokens[match.last + 1];
    if (next === undefined || next.lineStart || next.kind !== 'word') return false;
    // "Sexual Health & HIV Service", "Consultant in Diabetes Medicine": a condition in the capitalised name of a
    // service or a specialty names the department, not anyone's diagnosis.
    if (next.cap && SERVICE_NAMES.has(next.key) && tokens[match.first]!.cap) return true;
    // "ring the allergy nurses", "the diabetes team will call": a clinic's staff named after what they treat.
    if (CLINIC_STAFF.has(next.key) && tokens[match.first - 1]?.key === 'the') return true;
    return this.lex.topicHeads.matchAt(tokens, match.last + 1) !== undefined && isEnglish();
  }

  /** Last token of the drug after "allergy to", "alergia a la" (tokens[last] is the allergy), or last. */
  private allergenAfter(tokens: readonly Token[], last: number, isEnglish: () => boolean): number {
    const link = tokens[last + 1];
    if (link === undefined || link.lineStart || !ALLERGY_LINKS.has(link.key)) return last;
    let j = last + 2;
    if (tokens[j] !== undefined && ARTICLES.has(tokens[j]!.key)) j++;
    const t = tokens[j];
    if (t === undefined || t.lineStart || t.kind !== 'word') return last;
    const drug = this.termAt(tokens, j, this.infoAt(tokens, j), isEnglish);
    return drug?.type === 'MEDICATION' && drug.first === j ? drug.last : last;
  }

  /**
   * Whether the term at tokens[first..last] names a routine examination followed by its result ("ECG today shows",
   * "Ecografía:") or a record's field before its value ("Allergy: penicillin").
   */
  private headsAValue(tokens: readonly Token[], first: number, last: number): boolean {
    const next = tokens[last + 1];
    if (next === undefined || next.lineStart) return false;
    const { testHeadings, fieldLabels, resultVerbs } = this.lex;
    const words =
      first === last
        ? tokens[first]!.key
        : tokens
            .slice(first, last + 1)
            .map((t) => t.key)
            .join(' ');
    if (next.text === ':' && (fieldLabels.has(words) || testHeadings.has(words))) return true;
    if (!testHeadings.has(words)) return false;
    // "Rx tórax: ...", "CT chest: ...": the test and its site heading the result after the colon.
    if (next.kind === 'word' && tokens[last + 2]?.text === ':' && !tokens[last + 2]!.lineStart) return true;
    // A word or two may stand between the name and its verb: "ECG today shows", "CT scan of the chest showed".
    for (let j = last + 1; j <= last + 3 && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.lineStart || t.kind !== 'word') return false;
      if (resultVerbs.has(t.key)) return true;
    }
    return false;
  }

  /**
   * Health terms about nobody are topics, not data. With no personal anchor anywhere (a patient, a dose, a title, a
   * record field, a form about one person, a note about someone's care, a study of patients or genes) and no record
   * number, terms stay only when someone near one of them has it ("my son has", "tiene"): a flu-season newsletter, a
   * drug press release or a history lecture names conditions with nobody in mind, however many it names.
   */
  private dropTopics(
    text: string,
    tokens: readonly Token[],
    terms: readonly TermSpan[],
    found: Finding[],
    aboutSomeone: () => boolean,
  ): void {
    if (this.anchoredAnywhere(tokens) || personTableBefore(tokens, terms[0]!.first)) return;
    // A record or a form about one identified person ("DOB", an NHS number, "Name: ..."): its terms are theirs.
    if (aboutSomeone()) return;
    // A note's patient it does not name ("71 F, known ...", "Bed 12 - ..."): a bearer the public-text step accepts
    // too (health-bearer-signals.ts). Its looser signs (an age in "9 yrs", "room 014", "was found", a chat's clock
    // times, "he" on a line) stay there: here they kept a newsletter's, a talk's and a quiz's terms.
    if (namelessPatient(text)) return;
    if (terms.length >= 2) {
      const rows = this.personRows(tokens, terms);
      if (rows.length >= 2) {
        for (const term of rows) growToRowEnd(text, term.finding);
        return;
      }
    }
    // Someone who has one of them ("my doctor says it is bronchitis") makes the text about them: all stay. A
    // historical figure who had it ("Frida Kahlo tuvo poliomielitis") is a history lesson's topic. In a case that
    // says it is no one's and calls its patient "Mr A", "he" and "his" are that pseudonym's: nobody's.
    if (!this.pseudonymousCase(tokens)) {
      for (const t of terms) {
        if (this.anchoredNear(tokens, t.first, t.last) && !this.publicFigureBefore(tokens, t.first)) return;
      }
    }
    // "el cliente Ramiro Ocaña necesita una habitación adaptada para su esclerosis": a third person's possessive.
    const person = (ts: readonly Token[], i: number): boolean =>
      this.lex.personalAnchorsNear.matchAt(ts, i) !== undefined;
    if (
      terms.some((t) => possessiveBefore(tokens, t.first) && personInSentenceBefore(tokens, t.first, person)) &&
      !addressesTheReader(tokens)
    ) {
      return;
    }
    const dropped = new Set<Finding>(terms.map((t) => t.finding));
    let kept = 0;
    for (const f of found) if (!dropped.has(f)) found[kept++] = f;
    found.length = kept;
  }

  /**
   * How many lines of a list of people hold a term after the person's name: "- Gemma Lloyd – coeliac", "Owen Price
   * (type 1 diabetic)". A guest list, a class list or a team sheet says each one's condition beside them; two such
   * rows make the list one of people, whose terms are theirs.
   */
  private personRows(tokens: readonly Token[], terms: readonly TermSpan[]): TermSpan[] {
    const rows: TermSpan[] = [];
    let lastLine = -1;
    for (const term of terms) {
      let j = term.first - 1;
      let separator = false;
      let name = false;
      let lineFirst = term.first;
      for (; j >= 0 && j >= term.first - PERSON_ROW_REACH; j--) {
        const t = tokens[j]!;
        if (ROW_SEPARATORS.has(t.text)) separator = true;
        else if (separator && this.nameWord(t) && this.nameWord(tokens[j - 1]) && !tokens[j]!.lineStart) name = true;
        if (t.lineStart) {
          lineFirst = j;
          break;
        }
      }
      if (!name || lineFirst === lastLine || !tokens[lineFirst]!.lineStart) continue;
      lastLine = lineFirst;
      rows.push(term);
    }
    return rows;
  }

  /** A word a person's name may hold: title case, and no term by itself ("Asthma Society" is a charity). */
  private nameWord(t: Token | undefined): boolean {
    return (
      t !== undefined &&
      t.kind === 'word' &&
      t.cap &&
      t.text.length > 1 &&
      t.text !== t.text.toUpperCase() &&
      !(this.wordInfo(t.key) & ONE_WORD_TERM) &&
      !ORGANISATION_HEADS.has(t.key)
    );
  }

  /** Whether the text is a vet's about an animal: a veterinary word and an animal's ("vet" and "spaniel"). */
  private aboutAnAnimal(tokens: readonly Token[]): boolean {
    const { veterinaryCues, animals } = this.lex;
    let vet = false;
    let animal = false;
    for (let i = 0; i < tokens.length && !(vet && animal); i++) {
      // Both lists' phrases open with a word marked PET.
      if (tokens[i]!.kind !== 'word' || !(this.infoAt(tokens, i) & FirstWord.PET)) continue;
      vet ||= veterinaryCues.matchAt(tokens, i) !== undefined;
      animal ||= animals.matchAt(tokens, i) !== undefined;
    }
    return vet && animal;
  }

  /**
   * In a vet's text, drops the terms that are the animal's: all but those someone near has ("I have", "my husband")
   * with no animal named beside them. Returns the terms kept.
   */
  private dropPetHealth(tokens: readonly Token[], terms: readonly TermSpan[], found: Finding[]): TermSpan[] {
    const kept = terms.filter((t) => this.ownedBesideThePet(tokens, t));
    if (kept.length === terms.length) return kept;
    const dropped = new Set<Finding>(terms.filter((t) => !kept.includes(t)).map((t) => t.finding));
    let n = 0;
    for (const f of found) if (!dropped.has(f)) found[n++] = f;
    found.length = n;
    return kept;
  }

  /**
   * Whether someone near the term has it with no animal beside it ("My cat is at the vet and I have bronchitis"),
   * or a person's pronoun earlier in its sentence has it with no animal between ("Mi perro tiene epilepsia y el
   * veterinario le dio fenobarbital" is the dog's).
   */
  private ownedBesideThePet(tokens: readonly Token[], term: TermSpan): boolean {
    if (this.anchoredClose(tokens, term.first, term.last)) return !this.animalNear(tokens, term);
    const pronoun = this.pronounBefore(tokens, term.first);
    if (pronoun < 0) return false;
    for (let i = pronoun; i < Math.min(tokens.length, term.last + 1 + NEAR_AFTER); i++) {
      if (this.lex.animals.matchAt(tokens, i)) return false;
    }
    return true;
  }

  private animalNear(tokens: readonly Token[], term: TermSpan): boolean {
    const to = Math.min(tokens.length, term.last + 1 + NEAR_AFTER);
    for (let i = Math.max(0, term.first - NEAR_BEFORE); i < to; i++) {
      if (this.lex.animals.matchAt(tokens, i)) return true;
    }
    return false;
  }

  /**
   * Whether a historical or public figure named in full ends the stretch before tokens[first] in its sentence, with
   * nobody of the writer's own ("my", "mi") between: "Frida Kahlo tuvo poliomielitis de niña".
   */
  private publicFigureBefore(tokens: readonly Token[], first: number): boolean {
    for (let j = first - 1; j >= Math.max(0, first - PUBLIC_FIGURE_BEFORE); j--) {
      const t = tokens[j]!;
      if (SENTENCE_END.has(t.text) || tokens[j + 1]!.lineStart) return false;
      if (WRITERS_OWN.has(t.key)) return false;
      const hit = t.cap ? this.lex.publicFigures.matchAt(tokens, j) : undefined;
      if (hit && j + hit.length <= first) return true;
    }
    return false;
  }

  /** Whether a personal anchor ("patient", "mg", "diagnosticaron", "Mrs") occurs anywhere in the text. */
  private anchoredAnywhere(tokens: readonly Token[]): boolean {
    const anchors = this.lex.personalAnchors;
    // Anchors a monograph, a technical sheet or a guideline holds on its own: they count unless the text is one.
    let weak = false;
    // Anchors a leaflet holds for its reader ("How is it diagnosed?"): they count unless the text is one.
    let readerWeak = false;
    // A title before a lone initial ("Mr A"): a pseudonym in a text that says its case is no one's.
    let pseudonym = false;
    for (let i = 0; i < tokens.length; i++) {
      const hit = anchors.matchAt(tokens, i);
      if (!hit || this.inGenericPhrase(tokens, i)) continue;
      const title = TITLES.has(tokens[i]!.key);
      if (!(title ? beforeName(tokens, i) : !inRiskFactorList(tokens, i))) continue;
      if (this.referenceWeakAnchor(tokens, i, hit.length)) weak = true;
      else if (this.readerWeakAnchor(tokens, i, hit.length)) readerWeak = true;
      else if (title && beforeInitial(tokens, i)) pseudonym = true;
      else return true;
    }
    return (
      (weak && !this.referenceText(tokens)) ||
      (readerWeak && !this.readerText(tokens)) ||
      (pseudonym && !this.anonymisedText(tokens))
    );
  }

  /** Whether a title before a lone initial ("Mr A") names the case of a text that says it is no one's. */
  private pseudonymousCase(tokens: readonly Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) {
      if (TITLES.has(tokens[i]!.key) && beforeInitial(tokens, i)) return this.anonymisedText(tokens);
    }
    return false;
  }

  /** Whether the text says its case is no one's ("Teaching case (anonymised)", "caso ficticio"). */
  private anonymisedText(tokens: readonly Token[]): boolean {
    const cues = this.lex.anonymisedCues;
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'word' && cues.matchAt(tokens, i)) return true;
    return false;
  }

  /**
   * Whether the anchor at tokens[i] (length tokens) is one a leaflet holds for any reader ("How is it diagnosed?",
   * "you may be referred for an endoscopy with biopsy"): not after a past tense or a possessive, which make it one
   * person's ("she was diagnosed", "you were referred", "your biopsy"), unless an "if" opens that stretch.
   */
  private readerWeakAnchor(tokens: readonly Token[], i: number, length: number): boolean {
    if (!this.lex.readerWeakAnchors.has(keyPhrase(tokens, i, length))) return false;
    for (let j = i - 1; j >= Math.max(0, i - READER_OWNER_BEFORE); j--) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || tokens[j + 1]!.lineStart) break;
      if (!OWNED_BY.has(t.key)) continue;
      for (let k = j - 1; k >= Math.max(0, j - READER_OWNER_BEFORE); k--) {
        if (tokens[k]!.kind !== 'word' || tokens[k + 1]!.lineStart) break;
        if (IF_WORDS.has(tokens[k]!.key)) return true;
      }
      return false;
    }
    return true;
  }

  /**
   * Whether the text is written for any reader (a patient leaflet, a health page): two different phrases of
   * reader_cues ("Common symptoms include", "your doctor"). Asked only once an anchor such a text holds is found.
   */
  private readerText(tokens: readonly Token[]): boolean {
    const cues = this.lex.readerCues;
    let seen: string | undefined;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'word') continue;
      const hit = cues.matchAt(tokens, i);
      if (!hit) continue;
      const words = keyPhrase(tokens, i, hit.length);
      if (seen === undefined) seen = words;
      else if (seen !== words) return true;
      i += hit.length - 1;
    }
    return false;
  }

  /**
   * Whether the anchor at tokens[i] (length tokens) is one a reference text holds for anyone: a dosing heading, the
   * licence holder ("Titular:"), or "Patient" inside a capitalised name ("the Deteriorating Patient Group").
   */
  private referenceWeakAnchor(tokens: readonly Token[], i: number, length: number): boolean {
    const t = tokens[i]!;
    if (length === 1 && (t.key === 'patient' || t.key === 'paciente')) {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      // "A patient on 40 mg ...", "not a real patient", "un paciente con ...": a teaching text's anyone.
      if (before !== undefined && !t.lineStart && ANY_PATIENT.has(before.key)) return true;
      return (
        t.cap && !t.lineStart && before?.kind === 'word' && before.cap && after?.kind === 'word' && after.cap === true
      );
    }
    return this.lex.referenceWeakAnchors.has(keyPhrase(tokens, i, length));
  }

  /** Whether the text is a monograph, a product's technical sheet or a guideline ("Indications:", "ficha técnica"). */
  private referenceText(tokens: readonly Token[]): boolean {
    const cues = this.lex.referenceCues;
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'word' && cues.matchAt(tokens, i)) return true;
    return false;
  }

  /**
   * Whether the anchor at tokens[i] lies inside a phrase that addresses anyone: a leaflet's heading ("patient
   * information leaflet", "prospecto: información para el paciente") or its dosing line ("usual dose", "dosis máxima").
   */
  private inGenericPhrase(tokens: readonly Token[], i: number): boolean {
    for (let j = i; j >= Math.max(0, i - GENERIC_PHRASE_BEFORE); j--) {
      const hit = this.lex.genericAnchorPhrases.matchAt(tokens, j);
      if (hit && j + hit.length > i) return true;
    }
    return DOSES.has(tokens[i]!.key) && splitIntoDoses(tokens, i);
  }

  /**
   * Whether someone is said to have the condition at tokens[first..last] ("I have", "my son", "tiene"), or one
   * person's pronoun opens its sentence's stretch before it ("She said she'll need a desk after knee surgery").
   */
  private anchoredNear(tokens: readonly Token[], first: number, last: number): boolean {
    return this.anchoredClose(tokens, first, last) || this.pronounBefore(tokens, first) >= 0;
  }

  /**
   * Whether someone owns the everyday word at tokens[first..last] in its clause: an anchor close by ("my", "he",
   * "tiene"), one person's pronoun earlier in the sentence, a person named by role or a name before a verb of being.
   */
  private everydayOwned(tokens: readonly Token[], first: number, last: number): boolean {
    return (
      this.anchoredClose(tokens, first, last) ||
      this.pronounBefore(tokens, first) >= 0 ||
      ownerInClause(tokens, first, this.lex.everydayOwners)
    );
  }

  /** Whether an anchor stands within a few words of the term ("I have", "my son", "tiene"). */
  private anchoredClose(tokens: readonly Token[], first: number, last: number): boolean {
    const anchors = this.lex.personalAnchorsNear;
    // Not past a sentence that ends its line: "... for a pharmacy student's revision card.\n\nApixaban - dosing"
    // names the reader of a card, not someone who takes the drug ("Alumno: Leo Paz. Epilepsia ..." stays one line).
    let from = first;
    while (from > Math.max(0, first - NEAR_BEFORE) && !endsALine(tokens, from - 1)) from--;
    let to = last + 1;
    while (to < Math.min(tokens.length, last + 1 + NEAR_AFTER) && !endsALine(tokens, to)) to++;
    for (let i = from; i < to; i++) {
      if (i >= first && i <= last) continue;
      if (!anchors.matchAt(tokens, i) || auxiliary(tokens, i)) continue;
      const key = tokens[i]!.key;
      // "el implante tiene garantía", "the drug has side effects": a having verb after the term has it as subject.
      if (i > last && HAVING.has(key)) continue;
      // "the first-aid kit has plasters, burn gel": English "has" and "had" need a person before them.
      if (HAS_HAD.has(key) && !this.personBefore(tokens, i)) continue;
      // "No tome este medicamento si tiene úlcera", "si usted padece asma": a leaflet's condition for anyone, as
      // English "if you have" is.
      if (conditionalVerb(tokens, i)) continue;
      return true;
    }
    return false;
  }

  /**
   * Whether tokens[i - 1] names a person: a capitalised word (also before an appositive comma), a pronoun, "who", or
   * a person's word ("mum").
   */
  private personBefore(tokens: readonly Token[], i: number): boolean {
    let prev = tokens[i - 1];
    // "Another driver, Sam, had a stroke": the name closing an apposition before its comma.
    if (prev?.text === ',' && tokens[i - 2]?.kind === 'word' && tokens[i - 2]!.cap) prev = tokens[i - 2];
    if (prev === undefined || prev.kind !== 'word') return false;
    return prev.cap || PERSON_BEFORE_HAS.has(prev.key) || this.lex.personalAnchorsNear.hasExact(prev.key);
  }

  /** Index of one person's pronoun earlier in the term's sentence ("she", "my", "mi"), or -1. */
  private pronounBefore(tokens: readonly Token[], first: number): number {
    const pronouns = this.lex.personalAnchorsSentence;
    for (let j = first - 1; j >= Math.max(0, first - SENTENCE_BEFORE); j--) {
      const t = tokens[j]!;
      if (SENTENCE_END.has(t.text) || t.text === ':') return -1;
      // "she'll", "he's": the pronoun before its clitic.
      if (t.kind === 'word' && pronouns.has(t.key.split(CLITIC, 1)[0]!) && !romanOne(tokens, j)) return j;
      if (t.lineStart) return -1;
    }
    return -1;
  }

  /** Record, insurance, social-security and licence numbers, each only right after its cue. */
  private identifierAt(
    text: string,
    tokens: readonly Token[],
    i: number,
    starts: number,
  ): { first: number; last: number; label: Label; type: string; needsHealthText?: boolean } | undefined {
    const kinds = this.identifierKinds;
    for (let k = 0; k < kinds.length; k++) {
      const { cues, bit, label, type } = kinds[k]!;
      if (!(starts & bit)) continue;
      // "National Insurance Number" is the UK's national id, not a health insurance number.
      if (type === 'HEALTH_INSURANCE_ID' && tokens[i - 1]?.key === 'national') continue;
      const hit = cuedIdentifier(tokens, i, cues);
      if (!hit) continue;
      let needsHealthText = false;
      if (type === 'HEALTH_INSURANCE_ID' && this.genericInsuranceCue(tokens, i, hit.cueLength)) {
        const line = this.insuranceLine(tokens, i, hit.first, hit.last);
        // "Póliza: AUTO-TR-55812", "home insurance policy number": another line of insurance.
        if (line === 'other') continue;
        needsHealthText = line === undefined;
      }
      // "Accession no. GL.1911.3.52" in a museum's catalogue is the object's, "Acc: 12345678" alone may be an account:
      // the short cue, or any in a text naming a collection, only in a text that names something medical too.
      if (type === 'MEDICAL_RECORD_NUMBER' && ACCESSION.has(tokens[i]!.key)) {
        // "acc no 31907456" beside a sort code is a bank account: the short cue only as a report writes it, "Acc#".
        if (tokens[i]!.key === 'acc' && tokens[i + 1]?.text !== '#') continue;
        needsHealthText = tokens[i]!.key === 'acc' || aboutACollection(tokens);
      }
      // "EMPLOYMENT TRIBUNALS — Case Number: 1234567/2026": a case number on a court's line is the court's.
      if (type === 'MEDICAL_RECORD_NUMBER' && tokens[i]!.key === 'case' && courtLine(tokens, i, hit.last)) continue;
      if (type === 'MEDICAL_LICENSE') {
        const value = text.slice(tokens[hit.first]!.start, tokens[hit.last]!.end);
        if (!plausibleLicense(value, tokens[i]!.key === 'npi')) continue;
        // "GMC 2500 HD", "matrícula 4821-KLM": a register's short name that is other things too needs its doctor.
        if (this.needsDoctor(tokens, i, hit.cueLength) && !this.doctorBefore(tokens, i)) continue;
        // "letrado ..., colegiado n.º 9.876 del ICAM": a lawyer's bar number, not a doctor's.
        if (lawyersNumber(tokens, i, hit.last)) continue;
      }
      return { first: hit.first, last: hit.last, label, type, needsHealthText };
    }
    return undefined;
  }

  /** Whether the licence cue at tokens[i] (cueLength tokens) is one that names other things too ("GMC", "CMP"). */
  private needsDoctor(tokens: readonly Token[], i: number, cueLength: number): boolean {
    return this.lex.doctorLicenseCues.has(keyPhrase(tokens, i, cueLength));
  }

  /** Whether a doctor's title or role stands before tokens[i] on its line ("Dr O. Reyes (GMC", "Médico: ... CMP"). */
  private doctorBefore(tokens: readonly Token[], i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - DOCTOR_BEFORE); j--) {
      const t = tokens[j]!;
      if (t.kind === 'word' && this.lex.doctorWords.has(t.key)) return true;
      if (t.lineStart) return false;
    }
    return false;
  }

  /** Whether the cue at tokens[i] (cueLength tokens) is one every line of insurance uses ("policy number"). */
  private genericInsuranceCue(tokens: readonly Token[], i: number, cueLength: number): boolean {
    return this.lex.genericInsuranceCues.has(keyPhrase(tokens, i, cueLength));
  }

  /**
   * Which line of insurance a number after a generic cue belongs to: 'other' when its value or the nearest insurance
   * word before the cue names a motor, home or travel policy, 'health' when that word is a health one, else
   * undefined.
   */
  private insuranceLine(
    tokens: readonly Token[],
    cue: number,
    first: number,
    last: number,
  ): 'health' | 'other' | undefined {
    const { healthInsuranceWords, otherInsuranceWords } = this.lex;
    for (let j = first; j <= last; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word') continue;
      for (const part of t.key.split('-')) if (otherInsuranceWords.hasExact(part)) return 'other';
    }
    // "Póliza: 0087741 (Mascota Premium)": the line of insurance named in brackets after the number.
    if (tokens[last + 1]?.text === '(' && !tokens[last + 1]!.lineStart) {
      for (let j = last + 2; j < Math.min(tokens.length, last + 5) && !tokens[j]!.lineStart; j++) {
        if (tokens[j]!.kind === 'word' && otherInsuranceWords.matchAt(tokens, j)) return 'other';
      }
    }
    for (let j = cue - 1; j >= Math.max(0, cue - INSURANCE_LINE_BEFORE); j--) {
      if (tokens[j]!.kind !== 'word') continue;
      if (healthInsuranceWords.matchAt(tokens, j)) return 'health';
      if (otherInsuranceWords.matchAt(tokens, j)) return 'other';
    }
    return undefined;
  }

  /**
   * For a token span, whether a clinical cue starts within CUE_WINDOW tokens of it. Each token is asked at most once
   * and only when a term lies near it, so a text with a few terms pays for a few windows, not for every word.
   */
  private cueCounter(tokens: readonly Token[]): (first: number, last: number) => boolean {
    // 0: not asked yet, 1: starts no cue, 2: starts a cue.
    const known = new Uint8Array(tokens.length);
    const cueAt = (i: number): boolean => {
      let k = known[i]!;
      if (k === 0) {
        k = this.infoAt(tokens, i) & FirstWord.CLINICAL_CUE && this.lex.clinicalCues.matchAt(tokens, i) ? 2 : 1;
        known[i] = k;
      }
      return k === 2;
    };
    return (first, last) => {
      // Cues inside the term itself ("chronic kidney disease") do not count as context.
      for (let i = Math.max(0, first - CUE_WINDOW); i < first; i++) if (cueAt(i)) return true;
      const to = Math.min(tokens.length, last + 1 + CUE_WINDOW);
      for (let i = last + 1; i < to; i++) if (cueAt(i)) return true;
      return false;
    };
  }

  private findIcd10(text: string, tokens: readonly Token[], found: Finding[]): void {
    ICD10.lastIndex = 0;
    for (let m = ICD10.exec(text); m !== null; m = ICD10.exec(text)) {
      const index = tokenIndexAt(tokens, m.index);
      if (index < 0) continue;
      // An HL7 v2 diagnosis segment ("DG1|1||K35.8^Appendicitis^I10") codes the patient's diagnosis.
      // Only the code opening its field: "^I10" after the text names the coding system, not a diagnosis.
      const segment = inDiagnosisSegment(text, m.index);
      if (segment && text[m.index - 1] !== '|') continue;
      let cue = segment;
      for (let j = Math.max(0, index - 6); j < index && !cue; j++)
        cue = this.lex.icdCues.matchAt(tokens, j) !== undefined;
      if (cue) {
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          label: 'MEDICAL',
          type: 'ICD10',
          score: 0.85,
          detector: DETECTOR_ID,
        });
      }
    }
  }
}

/** Words before "patient" that make it anyone in a reference or teaching text ("a patient on", "a real patient"). */
const ANY_PATIENT = new Set(['a', 'an', 'un', 'una', 'real', 'any', 'cualquier', 'hypothetical', 'typical', 'típico']);
/** Allergy words and what links them to their cause ("allergy to", "alergia a la"). */
/** A pain rated out of ten inside a statement, and the score such a statement gets (above the rating's own). */
const PAIN_RATING = /(?<![\d/])(?:10|\d)\s?\/\s?10(?!\d)/;
const PAIN_RATED_SCORE = 0.85;
const ALLERGIES = new Set(['allergy', 'allergies', 'alergia', 'alergias']);
/** Quotes and code marks around a field's name, an assignment after it. */
const FIELD_MARKS = new Set(['"', '`', "'", '=']);

/**
 * Whether a bare allergy word at i names a kind of data rather than someone's allergy: a field's name in code
 * ("`allergies`", "SET alergias ="), one of a form's alternatives ("medical / allergy"), or the word after an
 * article ("the allergies of the guests", "las alergias ponlas aparte"); "her allergies", "tiene alergia" are kept.
 */
function allergyKindWord(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before && FIELD_MARKS.has(before.text) && after && FIELD_MARKS.has(after.text)) return true;
  if (after?.text === '=' || before?.key === 'set') return true;
  if (before?.text === '/' || after?.text === '/') return true;
  return before !== undefined && !before.lineStart && ARTICLES.has(before.key);
}
const ALLERGY_LINKS = new Set(['to', 'a', 'al']);
const ARTICLES = new Set(['the', 'la', 'las', 'los', 'el']);
const ARTICLES_AND_POSSESSIVES = new Set([...ARTICLES, 'his', 'her', 'my', 'their', 'your', 'su', 'sus', 'mi', 'mis']);
/** What links a treatment to the condition after it ("inhaler for asthma", "pastillas para la tensión"). */
const TREATMENT_LINKS = new Set(['for', 'para', 'contra']);
/** Adjectives of a treatment said after it, before what it treats ("medicación nueva para ..."). */
const TREATMENT_ADJECTIVES = new Set(['nueva', 'nuevo', 'nuevas', 'nuevos', 'habitual', 'diaria', 'diario', 'daily']);
/** What links a procedure found just before to the condition it treats ("quimioterapia por cáncer de mama"). */
const PROCEDURE_LINKS = new Set(['for', 'para', 'contra', 'por']);

/** An Italian or French article or preposition elided before a word ("l'", "d'", "dell'", "nell'", "un'"). */
const ELISION = /^(?:l|d|s|n|c|j|qu|dell|nell|all|dall|sull|un)['’]/;

/** Whether a straight or curly apostrophe stands among the second to fifth characters of k. */
function quoteNearStart(k: string): boolean {
  for (let c = 1; c < 5 && c < k.length; c++) {
    const code = k.charCodeAt(c);
    if (code === 39 || code === 0x2019) return true;
  }
  return false;
}

/** The token without its elided article ("l'epilessia" -> "epilessia"), or undefined. */
function withoutElision(t: Token): Token | undefined {
  // Most words hold no apostrophe in their first five letters: one scan of a few characters rules them out.
  const k = t.key;
  if (!quoteNearStart(k)) return undefined;
  const m = ELISION.exec(k);
  if (m === null || t.key.length - m[0].length < 4) return undefined;
  const n = m[0].length;
  return { ...t, key: t.key.slice(n), text: t.text.slice(n), start: t.start + n, cap: false };
}

/** Words that make the symptom after them the condition of a dose ("si fiebre", "if pain", "en caso de dolor"). */
const IF_WORDS = new Set(['si', 'if', 'prn']);
/** Capitalised heads of a service's or a specialty's name after a condition ("HIV Service", "Stroke Unit"). */
const SERVICE_NAMES = new Set(['service', 'services', 'medicine', 'unit', 'department', 'centre', 'center', 'network']);
/** A clinic's staff or desk after "the" and what they treat ("the allergy nurses", "the asthma helpline"). */
const CLINIC_STAFF = new Set([
  'nurse',
  'nurses',
  'team',
  'clinic',
  'helpline',
  'specialists',
  'consultants',
  'doctors',
]);
/** Tokens before a leaflet's anchor searched for a past tense or a possessive that makes it someone's. */
const READER_OWNER_BEFORE = 3;
/** A past tense or a possessive before an anchor: "was diagnosed", "been referred", "your biopsy", "fue derivado". */
const OWNED_BY = new Set([
  'was',
  'were',
  'been',
  'got',
  'had',
  'your',
  'his',
  'her',
  'my',
  'their',
  'fue',
  'fui',
  'sido',
  'mi',
  'tu',
  'su',
]);
const IF_PHRASES = [
  ['en', 'caso', 'de'],
  ['in', 'case', 'of'],
  ['as', 'needed', 'for'],
  ['when', 'needed', 'for'],
  ['if', 'needed', 'for'],
  ['prn', 'for'],
];
/** A symptom before this one joined by "o"/"or" ("si dolor o fiebre"): the condition word stands before it. */
const OR_WORDS = new Set(['o', 'or', 'u', 'y', 'and', '/']);

/**
 * Whether the term at tokens[first] is the condition of a dose ("si fiebre", "si dolor o fiebre", "if pain",
 * "PRN for headache"), on a line that names a dose or a schedule. "Si fiebre persiste, acuda" stays an instruction
 * too; the patient's own symptoms are written without "si".
 */
function conditionalSymptom(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  // "si dolor o fiebre": skip one earlier symptom word and its "o".
  if (j >= 1 && OR_WORDS.has(tokens[j]!.key) && !tokens[j]!.lineStart && tokens[j - 1]!.kind === 'word') j -= 2;
  if (j >= 0 && !tokens[j + 1]!.lineStart && IF_WORDS.has(keyAt(tokens, j))) return doseOnLine(tokens, j);
  for (let p = 0; p < IF_PHRASES.length; p++) {
    const phrase = IF_PHRASES[p]!;
    const from = j - phrase.length + 1;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++)
      ok = keyAt(tokens, from + k) === phrase[k] && (k === 0 || !tokens[from + k]!.lineStart);
    if (ok) return doseOnLine(tokens, from);
  }
  return false;
}

/** Words that open a screening question before the symptom asked about ("Any fever?", "¿Algún dolor?"). */
const ANY_WORDS = new Set(['any', 'algun', 'algún', 'alguna', 'algunos', 'algunas']);
/** Tokens after a term searched for the question mark that closes its question. */
const QUESTION_AFTER = 12;
/** Tokens before a term searched for the "any" of its question. */
const ANY_BEFORE = 6;
/** Answers after a question on its line that make the symptom the patient's ("Any fever? Yes, 38.5"). */
const YES_WORDS = new Set(['yes', 'yeah', 'si', 'sí', 'positive', 'positivo', 'positiva']);

/**
 * Whether the term at tokens[first] is asked about in a screening question: right after "any" (or "algún",
 * "alguna") that opens its sentence, with a question mark closing the sentence on the same line and no "yes"
 * answering it there. "Any allergies? Yes, to penicillin" is the patient's; "any pain since?" asked is nobody's.
 */
function screeningQuestion(tokens: readonly Token[], first: number): boolean {
  // "Any fever or chills?": the second symptom asked about stands a few words after "any".
  let at = first - 1;
  while (at >= 0 && at >= first - ANY_BEFORE && !ANY_WORDS.has(tokens[at]!.key)) {
    const t = tokens[at]!;
    if (t.lineStart || (t.kind !== 'word' && t.text !== ',')) return false;
    at--;
  }
  const any = tokens[at];
  if (any === undefined || !ANY_WORDS.has(any.key) || tokens[at + 1]!.lineStart) return false;
  const opener = tokens[at - 1];
  if (!any.lineStart && opener !== undefined && opener.text !== '¿' && !SENTENCE_OPENERS.has(opener.text)) return false;
  for (let k = first + 1; k < tokens.length && k <= first + QUESTION_AFTER; k++) {
    const t = tokens[k]!;
    if (t.lineStart) return false;
    if (t.text === '?') {
      const answer = tokens[k + 1];
      return answer === undefined || answer.lineStart || !YES_WORDS.has(answer.key);
    }
    if (t.text === '.' || t.text === '!' || t.text === ';') return false;
  }
  return false;
}
/** Punctuation after which a sentence or a chat line's message starts ("Dr Lee: Any fever?", "[09:14] Any ..."). */
const SENTENCE_OPENERS = new Set(['.', '?', '!', ':', ']', ')', '¿', '-', '–']);

/** The key of tokens[k], '' outside the text (a module function: a closure per call was garbage). */
function keyAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.key ?? '';
}

/** Whether the line of tokens[i], before it, names a dose or a schedule ("10 ml cada 8 horas", "400 mg"). */
function doseOnLine(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (DOSE_UNITS.has(t.key) && tokens[k - 1]?.kind === 'number') return true;
    if (t.lineStart) return false;
  }
  return false;
}
const DOSE_UNITS = new Set([
  'mg',
  'ml',
  'g',
  'mcg',
  'ug',
  'gotas',
  'drops',
  'comprimidos',
  'comprimido',
  'tablets',
  'tablet',
  'tabs',
  'puffs',
  'inhalaciones',
  'horas',
  'hours',
  'h',
  'sobres',
  'sobre',
  'capsules',
  'cápsulas',
  'capsulas',
]);

/** Whether a word is written in capitals ("TIA", "MS"), not in lower or title case. */
function capitals(t: Token): boolean {
  return t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

/** Whether a question mark is glued to either end of tokens[first..last] ("MS?", "?PE", "koxartros?"). */
function queried(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (after !== undefined && after.text === '?' && after.start === tokens[last]!.end) return true;
  return (
    before !== undefined && before.text === '?' && before.end === tokens[first]!.start && !tokens[first]!.lineStart
  );
}

/**
 * Whether tokens[i] is glued to a number after it as a code's first part: by a slash ("TB/44/0917"), or by a dash
 * or an underscore to three digits or more ("ALS-2231"). A virus's type or a year stays the name's ("HIV-1",
 * "HPV-16", "COVID-19").
 */
function opensCode(tokens: readonly Token[], i: number): boolean {
  const link = tokens[i + 1];
  const next = tokens[i + 2];
  if (link === undefined || next === undefined || next.kind !== 'number') return false;
  if (link.start !== tokens[i]!.end || next.start !== link.end) return false;
  return link.text === '/' || ((link.text === '-' || link.text === '_') && next.text.length >= 3);
}

/** Whether the offset lies in a line that opens with an HL7 v2 DG1 (diagnosis) segment. */
function inDiagnosisSegment(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  return DG1.test(text.slice(start, Math.min(at, start + 12)));
}
const DG1 = /^[ \t]*DG1\|/;

/**
 * A FHIR or JSON coding whose system is SNOMED CT or ICD-10 ("system": "http://snomed.info/sct", "code": "...") in
 * either order: the code names a diagnosis, as the display beside it does.
 */
const CODED_CONCEPT =
  /"system"\s*:\s*"(?:http:\/\/snomed\.info\/sct|http:\/\/hl7\.org\/fhir\/sid\/icd-10[\w-]*)"\s*,\s*"code"\s*:\s*"([\w.]{3,18})"|"code"\s*:\s*"([\w.]{3,18})"\s*,\s*"system"\s*:\s*"(?:http:\/\/snomed\.info\/sct|http:\/\/hl7\.org\/fhir\/sid\/icd-10[\w-]*)"/g;

function findCodedConcepts(text: string, found: Finding[]): void {
  if (!text.includes('"system"')) return;
  CODED_CONCEPT.lastIndex = 0;
  for (let m = CODED_CONCEPT.exec(text); m !== null; m = CODED_CONCEPT.exec(text)) {
    const code = m[1] ?? m[2]!;
    const start = m.index + m[0].indexOf(`"${code}"`) + 1;
    found.push({
      start,
      end: start + code.length,
      label: 'MEDICAL',
      type: 'DIAGNOSIS_CODE',
      score: 0.85,
      detector: DETECTOR_ID,
    });
  }
}

/** Two abbreviations in capitals joined by a dash ("CKD-EPI", "COPD-GOLD"). */
const CAPITALS_PAIR = /^\p{Lu}{2,}-\p{Lu}{2,}$/u;

/** Removes the given findings from found, in place, keeping the order of the rest. */
function removeFindings(found: Finding[], drop: ReadonlySet<Finding>): void {
  let kept = 0;
  for (const f of found) if (!drop.has(f)) found[kept++] = f;
  found.length = kept;
}

/** Medicare Beneficiary Identifiers anywhere: the shape alone is rare enough. Lower case only with its dashes. */
function findMbi(text: string, found: Finding[]): void {
  MBI.lastIndex = 0;
  for (let m = MBI.exec(text); m !== null; m = MBI.exec(text)) {
    if (!m[0].includes('-') && m[0] !== m[0].toUpperCase()) continue;
    const f = { start: m.index, end: m.index + m[0].length, label: 'MEDICAL' as const, type: 'HEALTH_INSURANCE_ID' };
    found.push({ ...f, score: 0.75, detector: DETECTOR_ID });
  }
}

// Upper-case letter(s) and digits in the two shapes whose check digit lets them stand without a cue.
const CHECKED_ID = new LookbehindFirstSearch(/(?<![\p{L}\p{Nd}-])(?:[A-Z]\d{9}|[A-Z][A-Z9]\d{7})(?![\p{L}\p{Nd}-])/gu);

/**
 * German health insurance numbers and DEA registration numbers alone, when their check digit holds (one in ten
 * look-alikes passes, so they score just over the report threshold and a cued rule's reading wins any overlap).
 */
function findCheckedIds(text: string, found: Finding[]): void {
  CHECKED_ID.lastIndex = 0;
  for (let m = CHECKED_ID.exec(text); m !== null; m = CHECKED_ID.exec(text)) {
    const value = m[0];
    const type = value.length === 10 ? 'HEALTH_INSURANCE_ID' : 'MEDICAL_LICENSE';
    if (!(type === 'HEALTH_INSURANCE_ID' ? kvnrValid(value) : bareDeaValid(value))) continue;
    const f = { start: m.index, end: m.index + value.length, label: 'MEDICAL' as const, type };
    found.push({ ...f, score: 0.6, detector: DETECTOR_ID });
  }
}

/**
 * Titles among the anchors count only before a capitalised word ("Mrs Patel", "Sr. Gil"): "don't miss the flu
 * clinic", "200 ms", "don" in a sentence are no one's title.
 */
/** A lawyer named before a "colegiado" number on its line ("bajo la dirección letrada de ...", "Abogado"). */
const LAWYER_WORDS = new Set([
  'letrado',
  'letrada',
  'abogado',
  'abogada',
  'procurador',
  'procuradora',
  'lawyer',
  'solicitor',
  'barrister',
  'attorney',
]);
/** A bar association's short name after the number ("del ICAM", "ICAB", "ICAV"). */
const BAR_ASSOCIATION = /^ica[a-z]{0,3}$/;

/** Whether the licence number at tokens[cue..last] is a lawyer's: a lawyer's word before it on its line, or the bar. */
function lawyersNumber(tokens: readonly Token[], cue: number, last: number): boolean {
  for (let j = cue - 1; j >= Math.max(0, cue - DOCTOR_BEFORE); j--) {
    if (LAWYER_WORDS.has(tokens[j]!.key)) return true;
    if (tokens[j]!.lineStart) break;
  }
  for (let j = last + 1; j <= last + 2 && j < tokens.length; j++) {
    if (tokens[j]!.lineStart) break;
    if (BAR_ASSOCIATION.test(tokens[j]!.key)) return true;
  }
  return false;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'sr', 'sra', 'srta', 'don', 'doña']);

/** Words of a court, a tribunal or a claim before one ("Employment Tribunal", "Juzgado", "appeal"). */
const COURT_WORDS = new Set([
  'tribunal',
  'tribunals',
  'court',
  'courts',
  'juzgado',
  'tribunales',
  'appeal',
  'appeals',
  'claimant',
  'respondent',
  'ombudsman',
]);
/** Tokens either side of a case number searched, on its line, for a court's word. */
const COURT_LINE = 12;

/** Whether a court's or a tribunal's word stands on the line of the case number at tokens[cue..last]. */
function courtLine(tokens: readonly Token[], cue: number, last: number): boolean {
  for (let j = cue - 1; j >= Math.max(0, cue - COURT_LINE); j--) {
    if (COURT_WORDS.has(tokens[j]!.key)) return true;
    if (tokens[j]!.lineStart) break;
  }
  for (let j = last + 1; j < Math.min(tokens.length, last + 1 + COURT_LINE); j++) {
    if (tokens[j]!.lineStart) break;
    if (COURT_WORDS.has(tokens[j]!.key)) return true;
  }
  return false;
}

/**
 * "Rx 7730214", "Rx: amoxicillin", "Rx #55": Rx marks a prescription. It is an X-ray ("Rx de tórax") only in
 * Spanish and never right before a number, a number sign or a colon.
 */
function prescriptionMarker(tokens: readonly Token[], i: number, isEnglish: () => boolean): boolean {
  const next = tokens[i + 1];
  if (next && !next.lineStart && (next.kind === 'number' || next.text === '#' || next.text === ':')) return true;
  return isEnglish();
}

/** Whether tokens[i] is a short vowel-less word in title case ("Rm", "Tc") right before a number on its line. */
function roomLike(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text.length > 3 || /[aeiou]/i.test(t.text) || !t.cap || t.text === t.text.toUpperCase()) return false;
  let next = tokens[i + 1];
  if (next?.text === '.' && next.start === t.end) next = tokens[i + 2];
  return next !== undefined && !next.lineStart && next.kind === 'number';
}

/** Words of a form's title ("REPORT OF ...", "CLAIM FORM", "PARTE DE ..."). */
const FORM_TITLE_WORDS = new Set([
  'report',
  'form',
  'claim',
  'notice',
  'application',
  'certificate',
  'informe',
  'formulario',
  'parte',
  'solicitud',
  'certificado',
  'declaración',
]);
/** Fewest words of an upper-case line read as a form's title. */
const FORM_TITLE_WORDS_MIN = 3;

/**
 * Whether tokens[i] stands in a line written all in capitals, with no colon, of a few words, one of them a form's
 * ("FIRST REPORT OF INJURY OR OCCUPATIONAL DISEASE", "PARTE DE ACCIDENTE DE TRABAJO O ENFERMEDAD PROFESIONAL").
 */
function inFormTitle(tokens: readonly Token[], i: number): boolean {
  let from = i;
  while (from > 0 && !tokens[from]!.lineStart) from--;
  let words = 0;
  let form = false;
  for (let j = from; j < tokens.length && (j === from || !tokens[j]!.lineStart); j++) {
    const t = tokens[j]!;
    if (t.text === ':') return false;
    if (t.kind !== 'word') continue;
    if (t.text !== t.text.toUpperCase()) return false;
    words++;
    form ||= FORM_TITLE_WORDS.has(t.key);
  }
  return form && words >= FORM_TITLE_WORDS_MIN;
}

/** Words that open a list of what raises a risk ("Risk factors: smoking, family history"). */
/**
 * Cues of a table of counts or rates per group: a dataframe's or a query's grouping, or a statistics release's
 * suppression of small cells. Each match holds one of AGGREGATE_WORDS, which the detector looks for first.
 */
const AGGREGATE =
  /\.groupby\(|\.agg\(|\.value_counts\(|\bpivot_table\(|\b(?:small (?:cells?|counts|numbers)|cells? (?:under|below|<) ?\d+)[^\n]{0,20}\bsuppressed\b|\bagrupad[oa]s? por\b/i;
// SQL's GROUP BY in capitals or before a column ("group by 1", "group by d.ward"); not a prose instruction to
// arrange a list ("group by depot and shift", "group by Added / Fixed"), whose rows may each be someone's. Each match
// holds "GROUP BY" or "group by" (OWN_STEPS).
const SQL_GROUP = /\bGROUP BY\b|\bgroup by(?=[ \t]+(?:\d|\w+\.\w|\w+_\w))/;
const DOSES = new Set(['doses', 'dosis', 'tomas']);
const SPLIT_WORDS = new Set(['in', 'into', 'en']);
const COUNT_JOINERS = new Set(['-', '–', '—', 'to', 'or', 'a', 'o', 'u']);
const COUNT_WORDS = new Set(['two', 'three', 'four', 'dos', 'tres', 'cuatro']);

/**
 * Whether "doses" at tokens[i] closes a split of the daily amount ("in 2–3 doses", "in two or three doses", "en 2
 * dosis"): a dosing instruction to anyone.
 */
function splitIntoDoses(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  let counts = 0;
  for (; j >= 0 && j >= i - 5; j--) {
    const t = tokens[j]!;
    if (t.kind === 'number' || COUNT_WORDS.has(t.key)) counts++;
    else if (!COUNT_JOINERS.has(t.key) && !COUNT_JOINERS.has(t.text)) break;
  }
  return counts > 0 && j >= 0 && SPLIT_WORDS.has(tokens[j]!.key);
}

/** Tokens before an anchor searched for the start of a generic phrase holding it ("information for the patient"). */
const GENERIC_PHRASE_BEFORE = 4;
const RISK_LIST_HEADS = new Set(['factors', 'factores', 'risk', 'riesgo', 'causes', 'causas']);
/** Tokens before an anchor searched, within its line and sentence, for the head of a list of risk factors. */
const RISK_LIST_BEFORE = 14;

/**
 * Whether the anchor at tokens[i] is an item of a list of risk factors ("Risk factors: age, smoking, family
 * history", "factores: sal, edad, antecedentes familiares"): a leaflet's list names nobody's history.
 */
function inRiskFactorList(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - RISK_LIST_BEFORE; j--) {
    const t = tokens[j]!;
    if (SENTENCE_END.has(t.text)) return false;
    if (t.kind === 'word' && RISK_LIST_HEADS.has(t.key)) return true;
    if (t.lineStart) return false;
  }
  return false;
}

function beforeName(tokens: readonly Token[], i: number): boolean {
  let next = tokens[i + 1];
  if (next?.text === '.') next = tokens[i + 2];
  return next !== undefined && next.kind === 'word' && next.cap;
}

/** Whether the title at tokens[i] stands before a lone capital letter and no name after it ("Mr A", "Sra. X"). */
function beforeInitial(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.text === '.') k++;
  const next = tokens[k];
  if (next === undefined || next.kind !== 'word' || next.text.length !== 1) return false;
  // "Mr A. Khan", "Mr A Khan": an initial before a surname is someone's.
  let after = tokens[k + 1];
  if (after?.text === '.' && after.end === next.end + 1) after = tokens[k + 2];
  return !(after !== undefined && after.kind === 'word' && after.cap && !after.lineStart);
}

/** Verbs of having: after a term they make it the subject ("la diabetes tiene tratamiento"), not someone's. */
const HAVING = new Set(['has', 'had', 'tiene', 'tenía', 'tenia', 'tuvo', 'tienen']);
const HAS_HAD = new Set(['has', 'had']);
/** Words before "has"/"had" that name someone ("she has", "who had", "son has"). */
const PERSON_BEFORE_HAS = new Set([
  'he',
  'she',
  'i',
  'who',
  'son',
  'kid',
  'child',
  'boy',
  'girl',
  'man',
  'woman',
  'infant',
  'toddler',
  'teenager',
  'patient',
  'proband',
  'individual',
]);

/** Severity words written after a Spanish condition or before an English one ("Crohn leve", "severe Raynaud's"). */
const SEVERITY_AFTER = new Set([
  'leve',
  'moderado',
  'moderada',
  'grave',
  'severo',
  'severa',
  'avanzado',
  'avanzada',
  'incipiente',
]);
const SEVERITY_BEFORE = new Set(['mild', 'moderate', 'severe', 'advanced', 'early-stage', 'late-stage', 'early-onset']);

function severityBeside(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  if (after?.kind === 'word' && SEVERITY_AFTER.has(after.key)) return true;
  const before = tokens[i - 1];
  return before?.kind === 'word' && SEVERITY_BEFORE.has(before.key);
}

/**
 * "has approved", "had been", "ha aprobado": has/had before a participle is a tense, not someone having something.
 * A hyphenated compound is an adjective before what is had ("has well-controlled asthma", "had long-standing gout").
 */
const AUXILIARIES = new Set(['has', 'had']);
const PARTICIPLE = /(?:ed|en|wn)$/;

function auxiliary(tokens: readonly Token[], i: number): boolean {
  if (!AUXILIARIES.has(tokens[i]!.key)) return false;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    next.kind === 'word' &&
    PARTICIPLE.test(next.key) &&
    next.key !== 'had' &&
    !next.key.includes('-')
  );
}

/** Nouns after a service that make it the name of a document or a department ("physiotherapy discharge summary"). */
const SERVICE_DOCUMENTS_EN = new Set([
  'discharge',
  'summary',
  'note',
  'notes',
  'report',
  'letter',
  'assessment',
  'department',
  'dept',
  'outpatients',
  'service',
  'services',
  'unit',
  'ward',
  'calendar',
  'schedule',
  'timetable',
]);
/** Capitalised nouns of a department's name before a service in brackets ("Keats Unit (Renal dialysis)"). */
const DEPARTMENT_NOUNS = new Set(['ward', 'unit', 'department', 'clinic', 'centre', 'center', 'suite', 'wing']);
/** Nouns before "de" and a service that name a document or a department ("nota de fisioterapia"). */
const SERVICE_DOCUMENTS_ES = new Set([
  'nota',
  'notas',
  'informe',
  'informes',
  'hoja',
  'resumen',
  'servicio',
  'unidad',
  'departamento',
  'calendario',
  // "Cartilla de vacunación:", "certificado de vacunación": a form's field naming a document to bring.
  'cartilla',
  'carnet',
  'carné',
  'certificado',
  'constancia',
]);

/** Whether a procedure at tokens[first..last] names a document or a department, not someone's treatment. */
function namesAService(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next !== undefined && !next.lineStart && next.kind === 'word' && SERVICE_DOCUMENTS_EN.has(next.key)) {
    // "PHYSIOTHERAPY DISCHARGE": written in capitals, or followed by "summary"/"note" etc. in any case.
    const t = tokens[first]!;
    return next.key !== 'discharge' || t.text === t.text.toUpperCase();
  }
  const de = tokens[first - 1];
  const noun = tokens[first - 2];
  // "Ainsworth Ward (Renal dialysis) ..... ext 4410": the service a named department gives, in a directory.
  if (de?.text === '(' && noun?.cap && DEPARTMENT_NOUNS.has(noun.key) && tokens[last + 1]?.text === ')') return true;
  return (
    de !== undefined &&
    noun !== undefined &&
    de.key === 'de' &&
    !tokens[first]!.lineStart &&
    !de.lineStart &&
    SERVICE_DOCUMENTS_ES.has(noun.key)
  );
}

/** Whether "CPR" at tokens[i], in capitals, is the Danish personal number's cue: a number of its shape follows. */
function idCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.key !== 'cpr' || t.text !== 'CPR') return false;
  for (let j = i + 1; j < tokens.length && j <= i + 10 && !tokens[j]!.lineStart; j++) {
    const n = tokens[j]!;
    if (n.kind === 'number' && n.text.length === 6) return true;
  }
  return false;
}

/** Words before a term that say the writer or one person has it ("i have PTSD", "tengo migraña", "she has a cold"). */
const HAVING_BEFORE: readonly (readonly string[])[] = [
  ['i', 'have'],
  ['i', 'have', 'got'],
  ["i've", 'got'],
  ["i've"],
  ['i', 'suffer', 'from'],
  ['i', 'was', 'diagnosed', 'with'],
  ["i'm", 'diagnosed', 'with'],
  ['he', 'has'],
  ['she', 'has'],
  ['tengo'],
  ['padezco'],
  ['sufro', 'de'],
  ['me', 'diagnosticaron'],
];
const INDEFINITE = new Set(['a', 'an', 'un', 'una']);

/** Whether one of HAVING_BEFORE ends right before tokens[first] (an article may stand between), on its line. */
function havingBefore(tokens: readonly Token[], first: number): boolean {
  let end = first - 1;
  if (end >= 0 && INDEFINITE.has(tokens[end]!.key) && !tokens[end + 1]!.lineStart) end--;
  for (let p = 0; p < HAVING_BEFORE.length; p++) {
    const phrase = HAVING_BEFORE[p]!;
    const from = end - phrase.length + 1;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const t = tokens[from + k]!;
      ok = t.key === phrase[k] && (k === 0 || !t.lineStart) && !tokens[from + k + 1]!.lineStart;
    }
    if (ok) return true;
  }
  return false;
}

/** A spinal level's letter ("L" of "L4-L5", "C" of "C5/6"): the tokenizer splits it from its number. */
const SPINE_LETTER = /^[CTLS]$/;

/** Whether tokens[i] is a spine letter with a number glued after it ("L4"). */
function spineSegment(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return t !== undefined && n !== undefined && SPINE_LETTER.test(t.text) && n.kind === 'number' && n.start === t.end;
}

/**
 * Last token of a spinal level right after tokens[last] ("hernia discal L4-L5", "disc prolapse C5/6"), or last.
 * A level whose letter the condition's span already took ("hernia de disco L" + "4-L5") is completed.
 */
function spinalLevelAfter(tokens: readonly Token[], last: number): number {
  const at = spineSegment(tokens, last) ? last : last + 1;
  if (!spineSegment(tokens, at) || tokens[at]!.lineStart) return last;
  let end = at + 1;
  const link = tokens[end + 1];
  if (link !== undefined && (link.text === '-' || link.text === '/') && link.start === tokens[end]!.end) {
    const next = tokens[end + 2];
    if (next !== undefined && next.start === link.end) {
      if (next.kind === 'number') end += 2;
      else if (spineSegment(tokens, end + 2)) end += 3;
    }
  }
  return end;
}

/** What a condition is said to need after it: surgery ("con indicación quirúrgica", "awaiting surgery"). */
const INDICATION_TAILS: readonly (readonly string[])[] = [
  ['con', 'indicación', 'quirúrgica'],
  ['con', 'indicacion', 'quirurgica'],
  ['con', 'indicación', 'de', 'cirugía'],
  ['con', 'indicación', 'de', 'intervención'],
  ['sin', 'indicación', 'quirúrgica'],
  ['pendiente', 'de', 'cirugía'],
  ['pendiente', 'de', 'intervención'],
  ['en', 'lista', 'de', 'espera', 'quirúrgica'],
  ['awaiting', 'surgery'],
  ['pending', 'surgery'],
  ['needing', 'surgery'],
  ['requiring', 'surgery'],
  ['listed', 'for', 'surgery'],
];

/** Last token of such a tail after tokens[last], a comma allowed before it, or last. */
function indicationAfter(tokens: readonly Token[], last: number): number {
  let from = last + 1;
  if (tokens[from]?.text === ',' && !tokens[from]!.lineStart) from++;
  for (let p = 0; p < INDICATION_TAILS.length; p++) {
    const tail = INDICATION_TAILS[p]!;
    let ok = from + tail.length <= tokens.length;
    for (let k = 0; k < tail.length && ok; k++) {
      const t = tokens[from + k]!;
      ok = t.key === tail[k] && !t.lineStart;
    }
    if (ok) return from + tail.length - 1;
  }
  return last;
}

/** Words before a relative that has the condition before them ("beim Vater", "in his mother", "en la madre"). */
const RELATIVE_LINKS = new Set(['beim', 'bei', 'in', 'en', 'of']);
const RELATIVE_DETERMINERS = new Set(['dem', 'der', 'his', 'her', 'their', 'the', 'a', 'su', 'el', 'la', 'un', 'una']);
const RELATIVES = new Set([
  'vater',
  'mutter',
  'bruder',
  'schwester',
  'father',
  'mother',
  'brother',
  'sister',
  'grandfather',
  'grandmother',
  'padre',
  'madre',
  'hermano',
  'hermana',
  'abuelo',
  'abuela',
]);

/**
 * Last token of the relative who has the condition ending at tokens[last] ("Epilepsie beim Bruder",
 * "colon cancer in his father", "diabetes en la madre"), or last: a family history is one finding with its relative.
 */
function relativeAfter(tokens: readonly Token[], last: number): number {
  const link = tokens[last + 1];
  if (link === undefined || link.lineStart || !RELATIVE_LINKS.has(link.key)) return last;
  let k = last + 2;
  if (tokens[k] !== undefined && RELATIVE_DETERMINERS.has(tokens[k]!.key)) k++;
  const relative = tokens[k];
  return relative !== undefined && !relative.lineStart && RELATIVES.has(relative.key) ? k : last;
}

/** Header cells naming the person of each row of a table ("| Guest | Table | Diet |", "player,dob,notes"). */
const PERSON_COLUMNS = new Set([
  'guest',
  'guests',
  'name',
  'player',
  'patient',
  'employee',
  'pupil',
  'student',
  'member',
  'attendee',
  'delegate',
  'participant',
  'child',
  'invitado',
  'invitados',
  'nombre',
  'jugador',
  'alumno',
  'empleado',
  'socio',
  'asistente',
  'paciente',
]);
const CELL_SEPARATORS = new Set(['|', ',', ';']);
/** What stands between a person's name and what they have on a list's row ("– coeliac", "(diabético)", ": asthma"). */
const ROW_SEPARATORS = new Set(['–', '—', '-', '(', ':', ',']);
/** The rest of a person's row after their condition, when it only says more of it ("coeliac, strictly no gluten"). */
const ROW_REST = /^[^\n\p{Lu}\d–—|(@]{1,48}$/u;

function growToRowEnd(text: string, f: Finding): void {
  let end = text.indexOf('\n', f.end);
  if (end < 0) end = text.length;
  while (end > f.end && /\s/.test(text[end - 1]!)) end--;
  if (end > f.end && ROW_REST.test(text.slice(f.end, end))) f.end = end;
}

/** Words of a place's or a body's name, not a person's ("St Mary's Hospital – diabetes clinic"). */
const ORGANISATION_HEADS = new Set([
  'hospital',
  'clinic',
  'centre',
  'center',
  'trust',
  'foundation',
  'society',
  'association',
  'charity',
  'unit',
  'ward',
  'service',
  'services',
  'group',
  'university',
  'clínica',
  'clinica',
  'fundación',
  'fundacion',
  'asociación',
  'asociacion',
  'centro',
  'unidad',
  'servicio',
]);
/** How far back from a term its row's name may stand (the name, an address or phone, separators). */
const PERSON_ROW_REACH = 30;

/**
 * Whether a table's header row before tokens[first] names the person of each row in one of its cells: a guest
 * list's or a squad's "diet" or "notes" column then says what each guest or player has.
 */
function personTableBefore(tokens: readonly Token[], first: number): boolean {
  let separators = 0;
  let person = false;
  for (let i = 0; i < first; i++) {
    const t = tokens[i]!;
    if (t.lineStart) {
      if (person && separators >= 2) return true;
      separators = 0;
      person = false;
    }
    if (CELL_SEPARATORS.has(t.text)) separators++;
    else if (t.kind === 'word' && PERSON_COLUMNS.has(t.key)) {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const opens = t.lineStart || (before !== undefined && CELL_SEPARATORS.has(before.text));
      const closes = after === undefined || after.lineStart || CELL_SEPARATORS.has(after.text);
      person ||= opens && closes;
    }
  }
  return false;
}

/**
 * The gap between two findings on a line that one clinical phrase joins: the punctuation of a list or an aside
 * (",", "-", "/", "+") then one word that links a condition to its drug or gives the drug's route ("ADHD, takes
 * methylphenidate", "epilepsy - buccal midazolam"), or an opening bracket ("dementia (Alzheimer's)"). A bare comma
 * or "and" is a list, whose findings stay apart.
 */
const JOINING_GAP =
  /^[ \t]*[,(/)+\-–][ \t,(/)+\-–]*(?:takes|taking|on|carries|uses|toma|tomando|lleva|buccal|oral|rectal|inhaled|nasal|intranasal|sublingual|topical)[ \t]+(?:(?:a|an|his|her|their|su|un|una)[ \t]+)?$|^[ \t]*\([ \t]*$/i;
/** What ties a leave or an incapacity to its cause ("incapacidad permanente por EPOC", "leave for asthma"). */
// A line wrapped inside the phrase ("incapacidad temporal por\nembarazo de riesgo") still joins; a blank line does not.
const CAUSE_GAP =
  /^\s{1,3}(?:por|for|due to|debido a|secondary to|secundari[oa] a)\s{1,3}(?:(?:a|an|his|her|su|un|una|el|la)\s{1,3})?$/i;
const PARAGRAPH_BREAK = /\n\s*\n/;
/** A leave or an incapacity, which takes its cause after "por"/"for" ("baja por", "incapacidad permanente por"). */
const LEAVE_HEAD = /^(?:incapacidad|invalidez|gran invalidez|baja|licencia|reposo|it\b)|\bleave$/i;
const MAX_JOINING_GAP = 24;
const JOINED_SCORE = 0.92;

/** Joins this detector's findings that one clinical phrase holds into one finding (a list, a drug for a condition). */
function joinClinicalPhrases(text: string, found: Finding[]): void {
  const mine = found.filter((f) => f.label === 'MEDICAL' && f.detector === DETECTOR_ID && f.type !== 'ICD10');
  if (mine.length < 2) return;
  mine.sort((a, b) => a.start - b.start);
  const drop = new Set<Finding>();
  let head = mine[0]!;
  for (let k = 1; k < mine.length; k++) {
    const next = mine[k]!;
    if (next.start < head.end) {
      if (next.end <= head.end) drop.add(next);
      continue;
    }
    const gap = text.slice(head.end, next.start);
    if (
      gap.length <= MAX_JOINING_GAP &&
      gap.trim() !== '' &&
      ((JOINING_GAP.test(gap) && !gap.includes('\n')) ||
        (CAUSE_GAP.test(gap) && !PARAGRAPH_BREAK.test(gap) && LEAVE_HEAD.test(text.slice(head.start, head.end))))
    ) {
      head.end = next.end;
      // Above a rule's reading of one part ("positive Lachman" at 0.9), which would otherwise win the overlap and
      // leave the other parts unmasked.
      head.score = Math.max(head.score, next.score, JOINED_SCORE);
      drop.add(next);
    } else {
      closeBracket(text, head);
      head = next;
    }
  }
  closeBracket(text, head);
  if (drop.size > 0) removeFindings(found, drop);
}

/** Takes in the ")" right after a finding that opened a bracket it did not close ("dementia (Alzheimer's)"). */
function closeBracket(text: string, f: Finding): void {
  const body = text.slice(f.start, f.end);
  if (text[f.end] === ')' && body.lastIndexOf('(') > body.lastIndexOf(')')) f.end++;
}

/** Field names whose value, on their line, is one clinical statement ("Dx: ...", "Presenting: ..."). */
const CLINICAL_FIELDS = new Set(['dx', 'diagnosis', 'impression', 'presenting', 'diagnóstico', 'diagnostico']);
const CLINICAL_FIELD_PHRASES: readonly (readonly string[])[] = [
  ['presenting', 'complaint'],
  ['working', 'diagnosis'],
  ['motivo', 'de', 'consulta'],
  ['juicio', 'clínico'],
  ['juicio', 'diagnóstico'],
  ['impresión', 'diagnóstica'],
];
/** First words of the fields above: a line opening with no other word is no field, and no phrase is compared. */
const FIELD_OPENERS = new Set([...CLINICAL_FIELDS, ...CLINICAL_FIELD_PHRASES.map((phrase) => phrase[0]!)]);
/** Where a field's value stops: a sentence's or a clause's end, a table cell, a dash, a title before a name. */
const VALUE_STOPS = new Set(['.', ';', '|', '—', '–', '(', 'dr', 'dra', 'mr', 'mrs', 'ms']);

/**
 * In "Dx: Grade I MCL sprain L knee with joint line tenderness" or "Presenting: insomnia since ..., poor
 * appetite", the field's whole value is the patient's finding: a finding of this detector in it grows to the value's
 * end (the clause's), and findings it swallows go.
 */
function fieldValues(text: string, tokens: readonly Token[], found: Finding[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.lineStart || t.kind !== 'word' || !FIELD_OPENERS.has(t.key)) continue;
    let colon = -1;
    if (CLINICAL_FIELDS.has(t.key) && tokens[i + 1]?.text === ':') colon = i + 1;
    else {
      for (let p = 0; p < CLINICAL_FIELD_PHRASES.length; p++) {
        const phrase = CLINICAL_FIELD_PHRASES[p]!;
        let ok = tokens[i + phrase.length]?.text === ':';
        for (let k = 0; k < phrase.length && ok; k++) ok = tokens[i + k]!.key === phrase[k];
        if (ok) {
          colon = i + phrase.length;
          break;
        }
      }
    }
    if (colon < 0) continue;
    const from = tokens[colon + 1];
    if (from === undefined || from.lineStart) continue;
    let end = colon + 1;
    for (let j = colon + 1; j < tokens.length && !tokens[j]!.lineStart; j++) {
      const w = tokens[j]!;
      if (VALUE_STOPS.has(w.key) || (w.text === '-' && text[w.start - 1] === ' ')) break;
      end = j;
    }
    growToValue(found, from.start, tokens[end]!.end);
  }
}

/**
 * The first of this detector's findings inside [start, stop) grows to it with the best score among them; the others
 * go. Apart from fieldValues' loop: a closure there over the loop's own constants made V8 allocate a context at
 * every token.
 */
function growToValue(found: Finding[], start: number, stop: number): void {
  const inside = found.filter(
    (f) => f.label === 'MEDICAL' && f.detector === DETECTOR_ID && f.start >= start && f.end <= stop,
  );
  if (inside.length === 0) return;
  const keep = inside[0]!;
  keep.start = start;
  keep.end = stop;
  keep.score = Math.max(...inside.map((f) => f.score));
  removeFindings(found, new Set(inside.slice(1)));
}

/** "c/o" (complains of) before a lower-case complaint, in a patient's note: the complaint to a duration or a stop. */
function complaintAfterCue(tokens: readonly Token[], found: Finding[], anchored: () => boolean): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    const c = tokens[i]!;
    if (c.key !== 'c' || tokens[i + 1]!.text !== '/' || tokens[i + 2]!.key !== 'o') continue;
    const first = tokens[i + 3]!;
    // "John Smith c/o Acme Ltd" is an address's "care of": the complaint opens in lower case.
    if (first.lineStart || first.kind !== 'word' || first.text !== first.key || tokens[i + 2]!.text !== 'o') continue;
    let last = i + 3;
    for (let j = i + 4; j < tokens.length && j <= i + 11; j++) {
      const w = tokens[j]!;
      // "x3/52", "x2/7": how long it has lasted closes the complaint.
      if (w.lineStart || w.kind !== 'word' || (w.key === 'x' && tokens[j + 1]?.start === w.end)) break;
      last = j;
    }
    if (!anchored()) return;
    const start = first.start;
    const end = tokens[last]!.end;
    const inside = new Set(found.filter((f) => f.detector === DETECTOR_ID && f.start >= start && f.end <= end));
    if (inside.size > 0) removeFindings(found, inside);
    found.push({ start, end, label: 'MEDICAL', type: 'SYMPTOM', score: 0.8, detector: DETECTOR_ID });
    i = last;
  }
}

const LEAVE_LINKS = new Set(['after', 'for', 'following', 'tras', 'por']);
const LEAVE_WORDS = new Set(['leave', 'off', 'baja', 'licencia']);
const LEAVE_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'días', 'dias', 'semanas', 'meses']);
const LEAVE_COUNTS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twelve',
  'un',
  'una',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'ocho',
  'diez',
]);

/**
 * First token of a leave of a stated length taken for the term at tokens[first] ("eight weeks' leave after her",
 * "3 weeks off for", "dos semanas de baja por"), or first.
 */
function leaveBefore(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  if (j >= 0 && ARTICLES_AND_POSSESSIVES.has(tokens[j]!.key)) j--;
  if (j < 1 || !LEAVE_LINKS.has(tokens[j]!.key) || tokens[j + 1]!.lineStart) return first;
  j--;
  if (!LEAVE_WORDS.has(tokens[j]!.key) || tokens[j + 1]!.lineStart) return first;
  j--;
  // "sick leave", "medical leave", "weeks' leave", "semanas de baja".
  if (j >= 0 && (tokens[j]!.key === 'sick' || tokens[j]!.key === 'medical' || tokens[j]!.key === 'unpaid')) j--;
  if (
    j >= 0 &&
    (tokens[j]!.text === "'" || tokens[j]!.text === '’' || tokens[j]!.key === 'of' || tokens[j]!.key === 'de')
  )
    j--;
  if (j < 1 || !LEAVE_UNITS.has(tokens[j]!.key)) return first;
  const count = tokens[j - 1]!;
  if (count.kind === 'number' || LEAVE_COUNTS.has(count.key)) return j - 1;
  return first;
}

/**
 * What someone had because of a treatment or a condition, as the words before "por"/"for"/"with" (folded keys):
 * reduced hours, a hospital stay.
 */
const BECAUSE_OF: readonly (readonly string[])[] = [
  ['reduccion', 'de', 'jornada'],
  ['jornada', 'reducida'],
  ['reduced', 'hours'],
  ['internado'],
  ['internada'],
  ['ingresado'],
  ['ingresada'],
  ['hospitalizado'],
  ['hospitalizada'],
  ['hospitalised'],
  ['hospitalized'],
];
const BECAUSE_LINKS = new Set(['por', 'for', 'with', 'con']);

/**
 * First token of reduced hours or a hospital stay for the term at tokens[first] ("reducción de jornada por
 * tratamiento oncológico", "internado por una neumonía", "admitted with pneumonia"): they say as much as the term.
 * Else first.
 */
function becauseOfBefore(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  if (j >= 0 && (ARTICLES_AND_POSSESSIVES.has(tokens[j]!.key) || INDEFINITE.has(tokens[j]!.key))) j--;
  // A line may wrap between the link and the term ("hospitalizado por\nuna apendicitis"), not inside the words before.
  if (j < 1 || !BECAUSE_LINKS.has(tokens[j]!.key)) return first;
  for (const words of BECAUSE_OF) {
    const start = j - words.length;
    if (start < 0) continue;
    let k = 0;
    while (k < words.length && tokens[start + k]!.key === words[k] && !tokens[start + k + 1]!.lineStart) k++;
    if (k === words.length) return start;
  }
  return first;
}

/** Spanish verbs of having or taking that "si" before them makes a condition addressed to anyone. */
const CONDITIONAL_VERBS = new Set(['tiene', 'tienen', 'padece', 'padecen', 'sufre', 'sufren', 'toma', 'está', 'esta']);
const POLITE_YOU = new Set(['usted', 'ud', 'uds', 'ustedes']);

/** Whether tokens[i] is such a verb after "si" or "si usted" on its line ("si tiene", "si usted padece"). */
function conditionalVerb(tokens: readonly Token[], i: number): boolean {
  if (!CONDITIONAL_VERBS.has(tokens[i]!.key) || tokens[i]!.lineStart) return false;
  let j = i - 1;
  if (j >= 0 && POLITE_YOU.has(tokens[j]!.key) && !tokens[j]!.lineStart) j--;
  return j >= 0 && tokens[j]!.key === 'si';
}

/** Index of the token that starts at offset (binary search), or -1. */
/** Whether tokens[k] ends a sentence at the end of its line. */
function endsALine(tokens: readonly Token[], k: number): boolean {
  return SENTENCE_END.has(tokens[k]!.text) && tokens[k + 1]?.lineStart !== false;
}

/**
 * Whether "I" at tokens[j] is a numeral or a code's letter, not the pronoun: glued to digits ("I00-I99") or opening
 * a line with no lower-case word after it ("I    A00-B99  Certain infectious diseases", a chapter's number).
 */
function romanOne(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.text !== 'I') return false;
  const next = tokens[j + 1];
  if (next === undefined || next.lineStart) return t.lineStart;
  if (next.kind === 'number' && next.start === t.end) return true;
  return t.lineStart && !(next.kind === 'word' && next.text === next.key) && next.text !== "'" && next.text !== '’';
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
