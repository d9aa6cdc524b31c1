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
const ADJECTIVE_EN = /(al|ic|ical|ary|ive|ous|ar|oid|ile|ed|ent|ant|ial|eal|ine|tic)$/;
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

/** A condition around tokens[i] (inclusive token span), or undefined. */
export function conditionAt(tokens: readonly Token[], i: number): { first: number; last: number } | undefined {
  const t = tokens[i];
  if (!isWord(t)) return undefined;
  if (HEADS_EN.has(t.key)) {
    // Walk left over modifiers: eponyms ("Huntington"), adjectives, or other condition words; at most 4.
    let first = i;
    for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
      const m = tokens[j]!;
      if (m.text === "'" || m.text === '’' || m.text === '-') continue;
      if (!isWord(m) || STOP.has(m.key) || (m.lineStart && j < i - 1)) break;
      if (m.cap || ADJECTIVE_EN.test(m.key) || hasConditionSuffix(m.key) || m.key === 's') first = j;
      else break;
    }
    if (first < i) return { first, last: i };
    return undefined;
  }
  if (HEADS_ES.has(t.key)) {
    // Walk right: "enfermedad de Dupuytren", "insuficiencia renal crónica", "cáncer de mama".
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i <= 5; j++) {
      const m = tokens[j]!;
      if (!isWord(m) || m.lineStart) break;
      if (m.key === 'de' || m.key === 'del') {
        const next = tokens[j + 1];
        if (isWord(next) && !STOP.has(next.key)) {
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
    if (last > i) return { first: i, last };
    return undefined;
  }
  if (hasConditionSuffix(t.key)) {
    // A single -itis/-oma word, with an adjective before it in English ("acute pancreatitis") kept in the span.
    let first = i;
    const prev = tokens[i - 1];
    if (isWord(prev) && !STOP.has(prev.key) && ADJECTIVE_EN.test(prev.key) && !prev.lineStart) first = i - 1;
    return { first, last: i };
  }
  return undefined;
}
