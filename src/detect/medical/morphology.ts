import type { Token } from '../nlp/tokenize.js';

/**
 * Condition names the vocabularies do not list, recognised by how medicine builds words: inflammation (-itis),
 * tumours (-oma), blood states (-emia), disease (-pathy, -osis)... and by head nouns ("X syndrome", "enfermedad de
 * X"). The word lists come from rules/medical/morphology.yaml; the grammar (what may modify a head) lives here.
 */
export interface MorphologyLists {
  conditionSuffixes: string[];
  notConditions: string[];
  headsEn: string[];
  /** Heads that are ordinary words too ("failure", "loss", "pain"): only a clinical modifier makes them a condition. */
  weakHeadsEn: string[];
  headsEs: string[];
  /** Spanish heads that take only a relational adjective ("descompensación hiperglucémica"), never "de X". */
  weakHeadsEs?: string[];
  participlesEn: string[];
  /** Anatomy, body chemistry and clinical descriptors that make a weak head clinical ("kidney", "cardiac"). */
  clinicalModifiersEn: string[];
  /** Nouns that name what fails in a disease ("storage", "transport", "personality"): before strong heads only. */
  nounModifiersEn: string[];
  /** Words that end like adjectives but never name a disease ("public disorder", "new world disorder"). */
  notModifiersEn: string[];
  /** Weak heads that also take a capitalised eponym ("Ebstein anomaly", "Colles fracture"). */
  eponymHeadsEn: string[];
  /** Regular expressions over a whole folded word ("hyperthyroidism", "dysphagia"). */
  conditionPatterns: string[];
  procedureSuffixes: string[];
  /** Stems of generic drug names ("-mab", "-prazole", "-sartan"), as international nonproprietary names build them. */
  medicationSuffixes: string[];
}

export interface TokenRange {
  first: number;
  last: number;
}

// Function words never part of a condition's name, in either language.
const STOP = new Set(
  (
    'the a an of in on with and or to for by is was are were be this that these those his her their its our my your ' +
    'from as at not no than el la los las un una y o en con por para que se su sus es fue'
  ).split(' '),
);
// Lower-case particles inside eponyms: "von Willebrand disease", "de Lange syndrome", "van Buchem disease".
const PARTICLES = new Set(['von', 'van', 'de', 'du', 'di', 'da', 'le', 'la', 'der', 'ter']);
// English modifiers that belong to a disease name ("hereditary", "muscular", "renal", "congenital", "autosomal").
// Past participles are left out ("confirmed", "reported" are verbs far more often) except the listed clinical ones.
const ADJECTIVE_EN = /(al|ic|ical|ary|ive|ous|ar|oid|ile|ent|ant|ial|eal|ine|tic)$/;
// Enzymes name the deficiency they cause: "dihydropyrimidine dehydrogenase deficiency", "lipase deficiency".
const ENZYME = /.{2,}(?:dase|nase|tase|ylase|olase|ferase|merase|pase|ctase)$/;
// Spanish modifiers after the head ("renal", "crónica", "aguda", "hereditaria", "maligno").
// "aguda" is spelled out: -uda words are mostly nouns ("ayuda", "duda", "deuda").
const ADJECTIVE_ES =
  /(al|ar|ales|ares|ica|ico|icas|icos|osa|oso|osas|osos|ante|iva|ivo|ivas|ivos|aria|ario|ada|ado|adas|ados|ida|ido|idas|idos|ina|ino|tica|tico|ea|eo|ble|igna|igno|agud[ao]s?)$/;
/** Where in the lungs a finding lies, after "en" ("en base derecha", "en LID", "en vértice izquierdo"). */
const LUNG_SITES_ES = new Set([
  'base',
  'bases',
  'vertice',
  'lobulo',
  'campo',
  'campos',
  'hemitorax',
  'lid',
  'lii',
  'lsd',
  'lsi',
  'lm',
  'lingula',
]);
/** The side of a body part after it ("tobillo derecho", "rodilla izquierda"): part of the condition. */
const SIDES_ES = new Set([
  'derecho',
  'derecha',
  'izquierdo',
  'izquierda',
  'derechos',
  'derechas',
  'izquierdos',
  'izquierdas',
]);
const ADJECTIVE_OR_SIDE_ES = /(?:al|ar|ica|ico|osa|oso|ada|ado|ida|ido|iva|ivo|ta|to)$/;
// Relational adjectives, the kind that says which organ or process ("hiperglucémica", "cardiaca", "respiratoria").
const RELATIONAL_ADJECTIVE_ES = /.{3,}(?:ica|ico|aca|aco|al|ar|aria|ario|oria|orio)$/;
// Compound anatomical adjectives: "craniofacial", "urogenital", "musculoskeletal", "cerebrovascular".
const ANATOMY_EN =
  /(?:facial|genital|urinary|cranial|cardial|renal|hepatic|neural|ocular|dermal|muscular|skeletal|vascular|pulmonary|gastric|intestinal|thoracic|spinal|cerebral|cortical|retinal)$/;
// Adjectives built on a clinical stem: "immunologic", "hemostatic", "osteolytic", "neuropathological", "glomerular",
// "hypothalamic", "subcortical". Only words of eight letters or more are read this way.
const CLINICAL_STEM_ADJECTIVE =
  /^(?:neur|immun|hemo|haemo|hemat|haemat|osteo|endocrin|hypothalam|glomerul|oligodendr|granulocyt|lymph|myel|nephr|hepat|pulmon|bronch|cerebr|angio|vascul|subcortic|periventric|patholog|histolog|chondr|myocard|fibro|leuk)[a-z]*(?:ic|ical|al|ar|ous|otic|ytic)$/;
const PROTEIN_EN = /^[a-z]{3,}(?:in|ogen)$/;
// Heads that also take their complement with "in": "deficient in factor VIII", "a defect in DNA repair".
const IN_COMPLEMENT = new Set(['deficiency', 'deficient', 'defect', 'defects', 'deficiencies']);
// "esguince de tobillo grado 2": a stage or grade ends the name (the detector reads it with its number after).
const STAGE_WORDS_ES = new Set(['grado', 'estadio', 'tipo', 'clase']);
/** Most modifiers a name takes before its head, parentheses and eponym particles not counted. */
const MAX_MODIFIERS = 4;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Index of the "(" that opens the short group closed at tokens[close], or -1 (at most five tokens inside). */
function openingParenthesis(tokens: readonly Token[], close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 6; j--) {
    const t = tokens[j]!.text;
    if (t === '(') return j;
    if (t === ')' || t === '.' || tokens[j]!.lineStart) return -1;
  }
  return -1;
}

/** Bits of Morphology.kindOf: what a word can head or what its ending builds. 0 for most words. */
export const WordKind = {
  HEAD_EN: 1,
  WEAK_HEAD_EN: 2,
  HEAD_ES: 4,
  SHAPED: 8,
  PROCEDURE: 16,
  MEDICATION: 32,
  /** Hyphenated: its parts may name a condition ("asthma-related"). */
  HYPHENATED: 64,
} as const;
const { HEAD_EN, WEAK_HEAD_EN, HEAD_ES, SHAPED, PROCEDURE, MEDICATION, HYPHENATED } = WordKind;

/** The last three characters of a word as one number: a map key that costs no string allocation. */
function tailCode(key: string): number {
  const n = key.length;
  return key.charCodeAt(n - 3) * 4294967296 + key.charCodeAt(n - 2) * 65536 + key.charCodeAt(n - 1);
}

interface Ending {
  suffix: string;
  kind: number;
}

/** Every suffix family in one map from the last three characters, so a word is looked up once. */
function endingsByTail(families: ReadonlyArray<[readonly string[], number]>): Map<number, Ending[]> {
  const map = new Map<number, Ending[]>();
  for (const [suffixes, kind] of families) {
    for (const suffix of suffixes) {
      if (suffix.length < 3) continue;
      const code = tailCode(suffix);
      const list = map.get(code);
      if (list) list.push({ suffix, kind });
      else map.set(code, [{ suffix, kind }]);
    }
  }
  return map;
}

export class Morphology {
  // Suffixes by their last three letters: one map lookup rejects almost every word, and only the few suffixes
  // sharing a word's ending are compared.
  private readonly endings: Map<number, Ending[]>;
  /** HEAD_EN, WEAK_HEAD_EN and HEAD_ES bits per head word: one lookup instead of three. */
  private readonly headKinds = new Map<string, number>();
  private readonly notConditions: Set<string>;
  private readonly headsEn: Set<string>;
  private readonly weakHeadsEn: Set<string>;
  private readonly headsEs: Set<string>;
  private readonly weakHeadsEs: Set<string>;
  private readonly participlesEn: Set<string>;
  private readonly clinicalEn: Set<string>;
  private readonly nounsEn: Set<string>;
  private readonly notModifiersEn: Set<string>;
  private readonly eponymHeadsEn: Set<string>;
  /** Whether a folded word is a one-word vocabulary condition ("convulsions"): set once the vocabularies are read. */
  isTermWord: (key: string) => boolean = () => false;
  private readonly pattern: RegExp | undefined;

  constructor(lists: MorphologyLists) {
    for (const [words, kind] of [
      [lists.headsEn, HEAD_EN],
      [lists.weakHeadsEn, WEAK_HEAD_EN],
      [lists.headsEs, HEAD_ES],
      [lists.weakHeadsEs ?? [], HEAD_ES],
    ] as const) {
      for (const w of words) this.headKinds.set(w, (this.headKinds.get(w) ?? 0) | kind);
    }
    this.endings = endingsByTail([
      [lists.conditionSuffixes, SHAPED],
      [lists.procedureSuffixes, PROCEDURE],
      [lists.medicationSuffixes, MEDICATION],
    ]);
    this.notConditions = new Set(lists.notConditions);
    this.headsEn = new Set(lists.headsEn);
    this.weakHeadsEn = new Set(lists.weakHeadsEn);
    this.headsEs = new Set(lists.headsEs);
    this.weakHeadsEs = new Set(lists.weakHeadsEs ?? []);
    this.participlesEn = new Set(lists.participlesEn);
    this.clinicalEn = new Set(lists.clinicalModifiersEn);
    this.nounsEn = new Set(lists.nounModifiersEn);
    this.notModifiersEn = new Set(lists.notModifiersEn);
    this.eponymHeadsEn = new Set(lists.eponymHeadsEn);
    this.pattern = lists.conditionPatterns.length
      ? new RegExp(lists.conditionPatterns.map((p) => `(?:${p})`).join('|'))
      : undefined;
  }

  /** What a folded word can start or end (see WordKind), 0 for most words. */
  kindOf(key: string): number {
    // Every head has four letters or more, every suffix-built word six: short words cost one comparison.
    if (key.length < 4) return 0;
    let kind = this.headKinds.get(key) ?? 0;
    if (key.includes('-')) kind |= HYPHENATED;
    if (key.length < 6) return kind;
    const built = this.endingKind(key);
    if (built & SHAPED || this.shapedByPatternOrParts(key)) kind |= SHAPED;
    if (key.length >= 8) kind |= built & (PROCEDURE | MEDICATION);
    return kind;
  }

  /** The words kindOf reads from its lists (heads): any other word has a kind only as mayBuild says. */
  headWords(): Iterable<string> {
    return this.headKinds.keys();
  }

  /**
   * Whether kindOf may be non-zero for a word with no hyphen that is no head (see headWords): false is sure, true
   * means kindOf must be asked. Only a word of six letters or more with a listed ending, or a long one opening with
   * the h or d of the hyper-/hypo-/dys- patterns, may be built.
   */
  mayBuild(key: string): boolean {
    if (key.length < 6) return false;
    if (this.endings.has(tailCode(key))) return true;
    const c = key.charCodeAt(0);
    return (c === 104 || c === 100) && this.pattern !== undefined && key.length >= 8;
  }

  /** SHAPED, PROCEDURE and MEDICATION bits of the suffixes key ends with, unless key is a listed exception. */
  private endingKind(key: string): number {
    const candidates = this.endings.get(tailCode(key));
    if (!candidates) return 0;
    let kind = 0;
    for (const e of candidates) if (key.endsWith(e.suffix)) kind |= e.kind;
    // "Hubbard-Thomas": the exceptions apply to the last part of a hyphenated word.
    if (kind !== 0 && this.notConditions.has(key.slice(key.lastIndexOf('-') + 1))) return 0;
    // The longer, more specific ending wins: "biomicroscopía" is an examination, not a "-opia" condition.
    return kind & (PROCEDURE | MEDICATION) ? kind & ~SHAPED : kind;
  }

  /** Hyper-/hypo-/dys- words and hyphenated compounds of a condition ("melanoma-prone"). */
  private shapedByPatternOrParts(key: string): boolean {
    // The patterns all start with hyper-/hypo-/hiper-/dys-: one character test spares the regex for other words.
    const c = key.charCodeAt(0);
    if ((c === 104 || c === 100) && this.pattern !== undefined && key.length >= 8 && this.pattern.test(key)) {
      return !this.notConditions.has(key);
    }
    return key.includes('-') && this.hyphenatedCondition(key);
  }

  hasConditionSuffix(key: string): boolean {
    if (key.length < 6) return false;
    if (this.endingKind(key) & SHAPED) return true;
    const c = key.charCodeAt(0);
    return (
      (c === 104 || c === 100) &&
      this.pattern !== undefined &&
      key.length >= 8 &&
      this.pattern.test(key) &&
      !this.notConditions.has(key)
    );
  }

  /** "melanoma-prone", "tumor-associated", "C2-deficient": a hyphenated word whose part names a condition. */
  private hyphenatedCondition(key: string): boolean {
    const dash = key.indexOf('-');
    if (dash < 0) return false;
    const tail = key.slice(key.lastIndexOf('-') + 1);
    if (tail === 'deficient' || tail === 'deficiency') return true;
    return this.hasConditionSuffix(key.slice(0, dash)) || this.isTermWord(tail) || this.isTermWord(key.slice(0, dash));
  }

  private isClinicalModifier(m: Token): boolean {
    return (
      this.clinicalEn.has(m.key) ||
      this.hasConditionSuffix(m.key) ||
      ENZYME.test(m.key) ||
      (m.key.length > 7 && (ANATOMY_EN.test(m.key) || CLINICAL_STEM_ADJECTIVE.test(m.key)))
    );
  }

  /**
   * Last token of an English complement that names what is affected: "deficiency of aspartoacylase", "abnormalities
   * of skeletal muscle", "deficient in Hex A", "cancer of the breast". It must hold anatomy, an enzyme, a protein
   * symbol or a condition word, else tokens[head] is returned ("loss of the election", "crisis of confidence").
   */
  complementAfterEn(tokens: readonly Token[], head: number): number {
    const prep = tokens[head + 1];
    if (!isWord(prep) || prep.lineStart) return head;
    if (prep.key !== 'of' && !(prep.key === 'in' && IN_COMPLEMENT.has(tokens[head]!.key))) return head;
    // In capitals ("LOSS OF USE") a capitalised word says nothing about protein symbols.
    const shouting = tokens[head]!.text === tokens[head]!.text.toUpperCase();
    let last = head;
    // At most one word that names nothing clinical may come before the first one that does ("of active AVP").
    for (let j = head + 2, others = 0; j < tokens.length && j - head <= 7; j++) {
      const m = tokens[j]!;
      if (m.lineStart) break;
      if (m.text === '-') continue;
      if (m.kind === 'number') {
        if (tokens[j - 1]!.end !== m.start) break;
        continue;
      }
      if (!isWord(m)) break;
      if (m.key === 'the' || m.key === 'human') continue;
      if (STOP.has(m.key) || this.notModifiersEn.has(m.key)) break;
      const symbol = !shouting && prep.key === 'of' && m.cap && /^[A-Z][A-Za-z]*[A-Z0-9]$|[0-9]/.test(m.text);
      if (symbol || this.isClinicalModifier(m) || this.nounsEn.has(m.key) || this.isTermWord(m.key)) last = j;
      else if (last > head || prep.key === 'in' || ++others > 1) break;
    }
    // A protein symbol glued to a number ("C7") ends at the number.
    while (tokens[last + 1]?.kind === 'number' && tokens[last + 1]!.start === tokens[last]!.end) last++;
    return last;
  }

  private isModifier(m: Token): boolean {
    if (this.notModifiersEn.has(m.key)) return false;
    return (
      m.cap ||
      this.nounsEn.has(m.key) ||
      this.isTermWord(m.key) ||
      ADJECTIVE_EN.test(m.key) ||
      // "leptin deficiency", "dystrophin deficiency", "fibrinogen disorder": proteins and hormones in -in and -ogen.
      (m.key.length >= 6 && PROTEIN_EN.test(m.key)) ||
      this.participlesEn.has(m.key) ||
      m.key.includes('-') ||
      this.isClinicalModifier(m) ||
      m.key === 's'
    );
  }

  /**
   * First token of the English modifiers before tokens[head]: eponyms ("Huntington", "von Willebrand"), adjectives
   * ("autosomal", "X-linked", "non-syndromic"), anatomy and enzymes ("kidney", "lipase"), other condition words, an
   * abbreviation in parentheses ("von Hippel-Lindau (VHL) disease") and codes glued to a word ("C7"). With
   * clinicalOnly, only anatomy, enzymes and clinical descriptors count ("renal failure", not "political failure").
   */
  modifiersBefore(tokens: readonly Token[], head: number, clinicalOnly = false, eponyms = !clinicalOnly): number {
    let first = head;
    let words = 0;
    for (let j = head - 1; j >= 0 && words < MAX_MODIFIERS; j--) {
      const m = tokens[j]!;
      if (tokens[j + 1]!.lineStart) break;
      if (m.text === "'" || m.text === '’') continue;
      // "non-Hodgkin", "X-linked": a dash glued to both words joins them; "Ms Lind - severe allergy" is a pause.
      if (m.text === '-') {
        if (tokens[j - 1]?.end !== m.start || tokens[j + 1]!.start !== m.end) break;
        continue;
      }
      if (m.text === ')' && !clinicalOnly) {
        const open = openingParenthesis(tokens, j);
        if (open < 0) break;
        j = open;
        continue;
      }
      if (m.kind === 'number' && !clinicalOnly && tokens[j - 1]?.end === m.start && tokens[j - 1]!.kind === 'word') {
        first = j - 1;
        j--;
        words++;
        continue;
      }
      if (!isWord(m)) break;
      if (first === j + 1 && tokens[first]!.cap && PARTICLES.has(m.key) && !clinicalOnly) {
        first = j;
        continue;
      }
      // "vitamin A deficiency", "alpha-Gal A deficiency": a single capital after a word is part of the name.
      const letter = !clinicalOnly && m.text.length === 1 && m.cap && j > 0 && isWord(tokens[j - 1]);
      if (STOP.has(m.key) && !letter) break;
      // A weak head takes an eponym only right before it, never at a sentence start ("Possible anomaly").
      const eponym = eponyms && clinicalOnly && j === head - 1 && m.cap && m.text !== m.text.toUpperCase();
      if (eponym && (j === 0 || tokens[j - 1]!.kind === 'punct')) break;
      if (!(letter || eponym || (clinicalOnly ? this.isClinicalModifier(m) : this.isModifier(m)))) break;
      first = j;
      words++;
    }
    return first;
  }

  /** Last token of the Spanish complements after tokens[head]: "de Dupuytren", "renal crónica", "de mama". */
  complementsAfter(tokens: readonly Token[], head: number): number {
    if (this.weakHeadsEs.has(tokens[head]!.key)) {
      const next = tokens[head + 1];
      return isWord(next) && !next.lineStart && RELATIONAL_ADJECTIVE_ES.test(next.key) ? head + 1 : head;
    }
    let last = head;
    for (let j = head + 1; j < tokens.length && j - head <= 5; j++) {
      const m = tokens[j]!;
      // "fractura de tibia izquierda (conminuta)": a one-word qualifier in brackets; "exfumadora (30 paq-año)": an
      // amount in brackets.
      if (m.text === '(' && !m.lineStart && last === j - 1) {
        const word = tokens[j + 1];
        if (isWord(word) && tokens[j + 2]?.text === ')' && ADJECTIVE_OR_SIDE_ES.test(word.key)) last = j + 2;
        else if (word !== undefined && word.kind === 'number') last = bracketEnd(tokens, j + 2, last);
        break;
      }
      if (!isWord(m) || m.lineStart) break;
      // "crepitantes en base izquierda", "condensación en la língula": where in the lungs an exam or a film found it.
      if (m.key === 'en' && LUNG_SITES_ES.has(tokens[j + 1]?.key ?? '') && !tokens[j + 1]!.lineStart) {
        last = j + 1;
        j++;
        continue;
      }
      if (SIDES_ES.has(m.key)) {
        last = j;
        continue;
      }
      if (m.key === 'de' || m.key === 'del') {
        const next = tokens[j + 1];
        if (!isWord(next) || STOP.has(next.key) || next.lineStart) break;
        last = j + 1;
        j++;
        continue;
      }
      if (STOP.has(m.key) || STAGE_WORDS_ES.has(m.key)) break;
      if (!(ADJECTIVE_ES.test(m.key) || m.cap || this.hasConditionSuffix(m.key))) break;
      last = j;
    }
    return last;
  }

  /** A condition built on tokens[i] (inclusive token range), or undefined. */
  conditionAt(tokens: readonly Token[], i: number, known?: number): TokenRange | undefined {
    const t = tokens[i];
    if (!isWord(t)) return undefined;
    const kind = known ?? this.kindOf(t.key);
    if (kind === 0) return undefined;
    // A head without modifiers may still be a condition by its own shape ("myopathy", "adenomas").
    if (kind & (HEAD_EN | WEAK_HEAD_EN)) {
      const weak = !(kind & HEAD_EN);
      const first = this.modifiersBefore(tokens, i, weak, !weak || this.eponymHeadsEn.has(t.key));
      const last = this.complementAfterEn(tokens, i);
      if (first < i || last > i) return { first, last };
    }
    if (kind & HEAD_ES) {
      const last = this.complementsAfter(tokens, i);
      if (last > i) return { first: i, last };
    }
    if (kind & SHAPED) {
      return { first: this.modifiersBefore(tokens, i), last: i };
    }
    return undefined;
  }
}

/** The ")" closing a bracket within a few tokens after k on the line, or `fallback`. */
function bracketEnd(tokens: readonly Token[], k: number, fallback: number): number {
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    const t = tokens[j]!;
    if (t.lineStart || t.text === '(') return fallback;
    if (t.text === ')') return j;
  }
  return fallback;
}
