import type { Token } from '../nlp/tokenize.js';

/**
 * Disease names the vocabulary does not list, recognised by how medicine builds words: inflammation (-itis),
 * tumours (-oma), blood states (-emia), disease (-pathy, -osis)... and by head nouns ("X syndrome", "enfermedad de X").
 */

// Folded suffixes (no accents) shared by English and Spanish, with exceptions that are not conditions.
const CONDITION_SUFFIXES = [
  'itis',
  'osis',
  'emia',
  'aemia',
  'oma',
  'omas',
  'opathy',
  'opathies',
  'opatia',
  'opatias',
  'plasia',
  'plasias',
  'trophy',
  'trofia',
  'algia',
  'algias',
  'penia',
  'penias',
  'uria',
  'lithiasis',
  'litiasis',
  'cele',
  'rrhea',
  'rrhoea',
  'rrea',
  'ectasia',
  'ectasis',
  'sclerosis',
  'esclerosis',
  'iasis',
  'itides',
  'omata',
  'plegia',
  'paresis',
  'philia',
  'cytosis',
  'tonia',
  'tonias',
  'schisis',
  'edema',
  'oedema',
  'edemas',
  'megaly',
  'citosis',
  'megaly',
  'megalia',
  'stenosis',
  'estenosis',
  'spasm',
  'espasmo',
];
const NOT_CONDITIONS = new Set([
  'diagnosis',
  'prognosis',
  'hypnosis',
  'osmosis',
  'symbiosis',
  'synopsis',
  'diploma',
  'aroma',
  'coma',
  'roma',
  'paloma',
  'soma',
  'broma',
  'idioma',
  'axioma',
  'goma',
  'loma',
  'sintoma',
  'sintomas',
  'diagnosticos',
  'genoma',
  'genomas',
  'cromosoma',
  'cromosomas',
  'ribosoma',
  'chromosome',
  'stoma',
  'estoma',
  'plasma',
  'noma',
  'tomas',
  'toma',
  'firma',
  'forma',
  'norma',
  'plataforma',
  'emphasis',
  'basis',
  'analysis',
  'thesis',
  'genesis',
  'crisis',
  'oasis',
  'mitosis',
  'meiosis',
  'apoptosis',
  'anamnesis',
  'mama',
  'cama',
  'llama',
  'drama',
  'pijama',
  'trauma',
  'idiomas',
  'ecuador',
  'koma',
  'puma',
  'sigma',
  'uria',
  'curia',
  'lemuria',
  'luxuria',
  'penia',
  'cele',
  'anatomia',
  'flemia',
  'bohemia',
  'academia',
  'academias',
  'algia',
  'nostalgia',
  'nostalgias',
  'pampa',
  'emia',
  'premia',
  'oklahoma',
  'tacoma',
  'sodoma',
  'correa',
  'trophy',
  'thomas',
  'tomas',
  'antonia',
  'estonia',
  'petronia',
  'metamorphosis',
  'trophies',
  'furia',
  'injuria',
  'penuria',
  'liguria',
  'dosis',
  'epidemia',
  'pandemia',
  'iglesias',
]);

// Words after which (English) or before which (Spanish) a condition's name sits.
const HEADS_EN = new Set([
  'syndrome',
  'syndromes',
  'disease',
  'diseases',
  'disorder',
  'disorders',
  'deficiency',
  'deficiencies',
  'cancer',
  'cancers',
  'carcinoma',
  'carcinomas',
  'tumor',
  'tumors',
  'tumour',
  'tumours',
  'dystrophy',
  'atrophy',
  'infection',
  'infections',
  'failure',
  'anemia',
  'anaemia',
  'palsy',
  'dysplasia',
  'insufficiency',
  'malformation',
  'malformations',
  'neoplasm',
  'neoplasms',
  'lesion',
  'lesions',
  'defect',
  'defects',
  'injury',
  'fever',
  'leukemia',
  'lymphoma',
  'degeneration',
  'dysfunction',
  'abnormality',
  'abnormalities',
  'retardation',
  'weakness',
  'polyps',
  'contractures',
  'sarcoma',
  'ataxia',
  'dementia',
  'hemophilia',
  'polyposis',
  'anomaly',
  'anomalies',
]);
const HEADS_ES = new Set([
  'sindrome',
  'sindromes',
  'enfermedad',
  'enfermedades',
  'trastorno',
  'trastornos',
  'deficit',
  'deficiencia',
  'cancer',
  'carcinoma',
  'tumor',
  'tumores',
  'distrofia',
  'atrofia',
  'infeccion',
  'infecciones',
  'insuficiencia',
  'fiebre',
  'leucemia',
  'linfoma',
  'sarcoma',
  'ataxia',
  'demencia',
  'neoplasia',
  'neoplasias',
  'malformacion',
  'lesion',
  'lesiones',
  'masa',
  'nodulo',
  'quiste',
  'fractura',
  'estenosis',
  'adenocarcinoma',
  'hiperplasia',
]);

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'with',
  'and',
  'or',
  'to',
  'for',
  'by',
  'is',
  'was',
  'are',
  'were',
  'be',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'from',
  'as',
  'at',
  'not',
  'no',
  'than',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'y',
  'o',
  'en',
  'con',
  'por',
  'para',
  'que',
  'se',
  'su',
  'sus',
  'es',
  'fue',
]);
// English modifiers that belong to a disease name ("hereditary", "muscular", "renal", "congenital", "autosomal").
// Past participles are left out ("confirmed", "reported" are verbs far more often) except the usual clinical ones.
const ADJECTIVE_EN = /(al|ic|ical|ary|ive|ous|ar|oid|ile|ent|ant|ial|eal|ine|tic)$/;
const PARTICIPLES_EN = new Set([
  'inherited',
  'acquired',
  'generalized',
  'generalised',
  'localized',
  'localised',
  'isolated',
  'advanced',
  'untreated',
  'disseminated',
  'metastasized',
  'metastatic',
  'uncontrolled',
  'combined',
  'mixed',
]);
// Spanish modifiers after the head ("renal", "crónica", "aguda", "hereditaria", "maligno").
const ADJECTIVE_ES =
  /(al|ar|ica|ico|icas|icos|osa|oso|ante|iva|ivo|aria|ario|ada|ado|ida|ido|ina|ino|tica|tico|ea|eo|ble|igna|igno)$/;

// Last three letters of every suffix: one set lookup rejects almost every word before any endsWith().
const SUFFIX_TAILS = new Set(CONDITION_SUFFIXES.map((s) => s.slice(-3)));

export function hasConditionSuffix(key: string): boolean {
  if (key.length < 6 || !SUFFIX_TAILS.has(key.slice(-3)) || NOT_CONDITIONS.has(key)) return false;
  return CONDITION_SUFFIXES.some((s) => key.endsWith(s));
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/**
 * First token of the English modifiers before tokens[head]: eponyms ("Huntington"), adjectives ("autosomal",
 * "X-linked", "non-syndromic"), other condition words, and codes glued to a word ("C7"). At most four tokens.
 */
export function modifiersBefore(tokens: readonly Token[], head: number): number {
  let first = head;
  for (let j = head - 1; j >= 0 && head - j <= 4; j--) {
    const m = tokens[j]!;
    if (tokens[j + 1]!.lineStart) break;
    if (m.text === "'" || m.text === '’' || m.text === '-') continue;
    if (m.kind === 'number' && tokens[j - 1]?.end === m.start && tokens[j - 1]!.kind === 'word') {
      first = j - 1;
      j--;
      continue;
    }
    if (!isWord(m) || STOP.has(m.key)) break;
    if (
      m.cap ||
      ADJECTIVE_EN.test(m.key) ||
      PARTICIPLES_EN.has(m.key) ||
      m.key.includes('-') ||
      hasConditionSuffix(m.key) ||
      m.key === 's'
    )
      first = j;
    else break;
  }
  return first;
}

/** Last token of the Spanish complements after tokens[head]: "de Dupuytren", "renal crónica", "de mama". */
export function complementsAfter(tokens: readonly Token[], head: number): number {
  let last = head;
  for (let j = head + 1; j < tokens.length && j - head <= 5; j++) {
    const m = tokens[j]!;
    if (!isWord(m) || m.lineStart) break;
    if (m.key === 'de' || m.key === 'del') {
      const next = tokens[j + 1];
      if (isWord(next) && !STOP.has(next.key) && !next.lineStart) {
        last = j + 1;
        j++;
        continue;
      }
      break;
    }
    if (STOP.has(m.key)) break;
    if (ADJECTIVE_ES.test(m.key) || m.cap || hasConditionSuffix(m.key)) last = j;
    else break;
  }
  return last;
}

/** A condition built on tokens[i] (inclusive token span), or undefined. */
export function conditionAt(tokens: readonly Token[], i: number): { first: number; last: number } | undefined {
  const t = tokens[i];
  if (!isWord(t)) return undefined;
  if (HEADS_EN.has(t.key)) {
    const first = modifiersBefore(tokens, i);
    return first < i ? { first, last: i } : undefined;
  }
  if (HEADS_ES.has(t.key)) {
    const last = complementsAfter(tokens, i);
    return last > i ? { first: i, last } : undefined;
  }
  if (hasConditionSuffix(t.key)) return { first: modifiersBefore(tokens, i), last: i };
  return undefined;
}
