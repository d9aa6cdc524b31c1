import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';

/**
 * A term that only says what a document is about is nobody's health: "explain these spirometry results" in the
 * request to the assistant, "la hoja de la consulta de epilepsia" it asks to summarise, a heading line such as
 * "Request for a pressure ulcer assessment" or "Relación de alumnos del taller de asma". The patient's own details
 * come after the request or under the heading, and are read there. Two places only, where a document is named rather
 * than told: the sentence that asks the assistant for something, and a heading line (the text's first line or one
 * after a blank line, with lines after it, short, with no number, no one's pronoun, verb, title or given name before
 * the term).
 */
export interface DocumentWords {
  /** Words that open a request to the assistant ("summarise", "can you", "necesito que"), as a phrase index. */
  requestOpeners: PhraseIndex<true>;
  /** Greetings and softeners a request may open with before its verb ("hi", "ok", "please", "hola"). */
  requestLeads: ReadonlySet<string>;
  /** Nouns of a document or a meeting an English term qualifies from before ("sleep study results", "falls review"). */
  documentsAfter: ReadonlySet<string>;
  /** Nouns of a document or a meeting a Spanish term qualifies after "de" ("hoja de la consulta de epilepsia"). */
  documentsBefore: ReadonlySet<string>;
  /** Nouns of a service or an institution a heading may name ("Centre", "Unidad", "Clinic"). */
  institutions: ReadonlySet<string>;
  /** Words of a statement about someone that a heading never holds ("she", "has", "tiene", "mi"). */
  statementWords: ReadonlySet<string>;
}

/** Words between a document's noun and the term in Spanish ("hoja de la consulta de epilepsia"). */
const DE = new Set(['de', 'del']);
const ARTICLES = new Set(['la', 'el', 'los', 'las', 'un', 'una']);
/** Determiners that make a document someone's ("her diabetes review", "mi cita de colposcopía"). */
const OWNERS = new Set([
  'my',
  'his',
  'her',
  'their',
  'our',
  'your',
  'mi',
  'mis',
  'su',
  'sus',
  'tu',
  'tus',
  'nuestro',
  'nuestra',
  'nuestros',
  'nuestras',
]);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** Where a heading's name ends: what follows is its detail ("..., last 30 days", "(VPH)" stays inside). */
const HEADING_ENDS = new Set([',', ':', ';', '.', '!', '?']);
/** Longest line, in code units, a heading stands on (with a sentence or two after its name). */
const HEADING_LINE = 200;
/** Most words a heading's name holds up to the term. */
const HEADING_WORDS = 12;
/** Farthest a Spanish document's noun stands before the term: noun, "de", an article, a second noun and "de". */
const NOUN_BEFORE = 5;

/** The term at tokens[first..last] names a document's topic, in a request to the assistant or in a heading. */
export function namesADocumentsTopic(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  words: DocumentWords,
  givenName: (key: string) => boolean,
): boolean {
  return (
    (qualifiesADocument(tokens, first, last, words) && inARequest(tokens, first, words)) ||
    inAHeading(text, tokens, first, last, words, givenName)
  );
}

/**
 * Whether the term qualifies a document's noun no one owns: "spirometry results", "seizure diary" (English, the
 * noun after); "hoja de la consulta de epilepsia", "autorización de la fisioterapia" (Spanish, the noun before "de").
 */
function qualifiesADocument(tokens: readonly Token[], first: number, last: number, words: DocumentWords): boolean {
  const next = tokens[last + 1];
  if (next !== undefined && !next.lineStart && next.kind === 'word' && words.documentsAfter.has(next.key)) {
    const before = tokens[first - 1];
    // "her diabetes review", "Idris's neurology appt": someone's document, and their health.
    return before === undefined || !(OWNERS.has(before.key) || (before.base !== before.key && before.cap));
  }
  // "consulta de epilepsia", "hoja de la consulta de epilepsia": a noun, "de", an article, back to the document's noun.
  for (let j = first - 1; j >= 0 && first - j <= NOUN_BEFORE; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || tokens[j + 1]!.lineStart) return false;
    if (DE.has(t.key) || ARTICLES.has(t.key)) continue;
    if (!DE.has(tokens[j + 1]!.key) && !ARTICLES.has(tokens[j + 1]!.key)) return false;
    if (words.documentsBefore.has(t.key)) return !OWNERS.has(tokens[j - 1]?.key ?? '');
  }
  return false;
}

/** Whether tokens[i] lies in a sentence that opens with a request to the assistant ("Can you check this ..."). */
function inARequest(tokens: readonly Token[], i: number, words: DocumentWords): boolean {
  let start = i;
  while (start > 0 && !tokens[start]!.lineStart && !SENTENCE_ENDS.has(tokens[start - 1]!.text)) start--;
  while (start < i && (tokens[start]!.kind === 'punct' || words.requestLeads.has(tokens[start]!.key))) start++;
  return start < i && words.requestOpeners.matchAt(tokens, start) !== undefined;
}

/**
 * Whether the term at tokens[first..last] lies in a heading's name: the text's first line or one after a blank line,
 * up to its first comma or colon, of a few words, naming a document, a service or an institution, with no number, no
 * statement word and no given name before the term's end ("CT CONTRAST SCREENING", "Dietetics — Nutrition
 * Assessment"; not "She was seen in the diabetes clinic").
 */
function inAHeading(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  words: DocumentWords,
  givenName: (key: string) => boolean,
): boolean {
  let from = first;
  while (from > 0 && !tokens[from]!.lineStart) from--;
  if (from > 0 && !afterBlankLine(text, tokens, from)) return false;
  // A paragraph is no heading, whatever its first words ("Screening for a founder mutation in ...: 40 families
  // ..." opens an abstract written on one line).
  // A heading heads something: lines follow it. A text of one line is a sentence ("Patient reports insomnia.").
  const lineEnd = text.indexOf('\n', tokens[from]!.start);
  if (lineEnd < 0 || text.slice(lineEnd).trim() === '' || lineEnd - tokens[from]!.start > HEADING_LINE) return false;
  let count = 0;
  let named = false;
  for (let j = from; j < tokens.length && (j === from || !tokens[j]!.lineStart); j++) {
    const t = tokens[j]!;
    if (HEADING_ENDS.has(t.text)) {
      if (j <= last) return false;
      break;
    }
    if (t.kind === 'number') {
      if (j <= last) return false;
      continue;
    }
    if (t.kind !== 'word') continue;
    // Words after the term only name the heading's document ("... del colegio de Tafalla").
    if (j <= last && ++count > HEADING_WORDS) return false;
    // Someone named before the term makes the line a statement about them ("Patient reports insomnia", "Mr A came to
    // the clinic with gout"); after it, the heading's detail ("CT SCREENING – done with the patient").
    if (j <= last && (words.statementWords.has(t.key) || (t.cap && givenName(t.key)))) return false;
    if (j < first || j > last) {
      named ||= words.documentsAfter.has(t.key) || words.documentsBefore.has(t.key) || words.institutions.has(t.key);
    }
  }
  return named;
}

/** Whether a blank line stands before tokens[i], a line's first token. */
function afterBlankLine(text: string, tokens: readonly Token[], i: number): boolean {
  const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  const breakAt = gap.indexOf('\n');
  return breakAt >= 0 && gap.indexOf('\n', breakAt + 1) >= 0;
}
