import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';

/**
 * When an everyday word for a person's health ("tingling", "deaf", "uses a walker", "logopeda", "zirconia crowns",
 * "riesgo de caídas") is that person's, and when it is a general remark ("a blind spot", "deaf to complaints",
 * "ciego de ira", "she is a physiotherapist"). The words themselves are found by the detector's one pass over the
 * words (the everyday vocabularies are terms like any other); these readers only look at the few tokens around one.
 *
 * A word is someone's when that someone is its subject or owner in the same clause: a pronoun or a possessive ("he's
 * deaf", "mi hija usa andador"; the detector's own anchors), a person named by role ("the patient reports
 * numbness", "el herido está confuso"), a name before a verb of being or using ("Ewan uses a wheelchair", "Maite
 * está mareada"); or when it is the value of a health field on its line ("Presenting: tingling in the left hand",
 * "Movilidad: usa andador").
 */

/** How far back in its clause an owner of the word is looked for, in tokens. */
const CLAUSE_BEFORE = 14;
/** How many tokens before the word an idiom holding it may start ("turn a blind eye"). */
const IDIOM_BEFORE = 4;
/** How far back on its line a health field's colon is looked for. */
const LABEL_BEFORE = 40;

const CLAUSE_ENDS = new Set(['.', ';', '!', '?', '¿', '¡', '|']);

/** Verbs of being, having, using and feeling that join a named person to the state after them. */
const LINK_VERBS = new Set([
  'is',
  'was',
  "'s",
  'has',
  'had',
  'uses',
  'used',
  'wears',
  'gets',
  'got',
  'feels',
  'felt',
  'became',
  'becomes',
  'went',
  'goes',
  'seems',
  'remains',
  'needs',
  'reports',
  'reported',
  'complains',
  'complained',
  'describes',
  'described',
  'attends',
  'sees',
  'es',
  'está',
  'esta',
  'estaba',
  'era',
  'usa',
  'lleva',
  'tiene',
  'tenía',
  'tenia',
  'necesita',
  'sigue',
  'queda',
  'quedó',
  'quedo',
  'resultó',
  'resulto',
  'va',
  'anda',
  'camina',
  'presenta',
  'presentaba',
  'refiere',
  'refirió',
  'nota',
  'notó',
  'siente',
  'sentía',
  'acude',
  // Verbs that open an everyday term themselves ("walks with a stick", "oye mal").
  'walks',
  'oye',
  've',
]);

/** Words that open a sentence with a capital and are nobody's name ("It is", "This was", "Esto es"). */
const NOT_NAMES = new Set([
  'it',
  'this',
  'that',
  'there',
  'the',
  'what',
  'which',
  'who',
  'everything',
  'nothing',
  'everyone',
  'nobody',
  'esto',
  'eso',
  'esta',
  'este',
  'ese',
  'esa',
  'todo',
  'nada',
  'nadie',
  'hay',
  'el',
  'la',
  'lo',
  'los',
  'las',
  'que',
]);

/** What names a profession before it as someone's job: "is a", "works as", "soy", "trabaja de". */
const JOB_BEFORE = new Set(['is', 'am', 'are', 'was', 'were', "'m", "'s", 'as', 'soy', 'es', 'eres', 'somos', 'era']);
const JOB_ARTICLES = new Set(['a', 'an', 'un', 'una']);
const JOB_VERBS = new Set(['trabaja', 'trabajo', 'trabajaba', 'ejerce', 'ejerzo', 'works', 'worked', 'work']);

/**
 * Whether a figurative or technical phrase holds the term at tokens[first..last] and reaches past it, or is the term
 * itself ("blinds"): "turn a blind eye", "deaf to", "ciego de ira", "confused about". A phrase strictly inside the
 * term ("ciego de" inside "ciego de nacimiento") is the term's own wording.
 */
export function figurative(tokens: readonly Token[], first: number, last: number, idioms: PhraseIndex<true>): boolean {
  for (let j = Math.max(0, first - IDIOM_BEFORE); j <= last; j++) {
    if (tokens[j]!.kind !== 'word') continue;
    const hit = idioms.matchAt(tokens, j);
    if (hit === undefined) continue;
    const end = j + hit.length - 1;
    if (end < first) continue;
    if (j < first || end > last || (j === first && end === last)) return true;
  }
  return false;
}

/** Whether the profession at tokens[first] is someone's job ("she is a physiotherapist", "trabaja de logopeda"). */
export function namesAJob(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  if (j >= 0 && JOB_ARTICLES.has(tokens[j]!.key)) j--;
  const before = tokens[j];
  if (before === undefined || tokens[j + 1]!.lineStart) return false;
  const key = before.key.replaceAll('’', "'");
  if (JOB_BEFORE.has(key) || key.endsWith("'m") || key.endsWith("'s")) return true;
  // "trabaja de logopeda", "trabaja como fisioterapeuta", "works as a physio"
  if ((key === 'de' || key === 'como') && j > 0 && JOB_VERBS.has(tokens[j - 1]!.key)) return true;
  return false;
}

/**
 * Whether a person owns the word at tokens[first] from earlier in its clause: a person named by role ("the patient",
 * "el herido", "mi hija"), or a name joined to it by a verb of being or using ("Ewan uses", "Maite está").
 */
export function ownerInClause(tokens: readonly Token[], first: number, owners: PhraseIndex<true>): boolean {
  // "Ewan uses a wheelchair", "Pau lleva audífonos": the term opens with its own verb.
  let link = LINK_VERBS.has(tokens[first]!.key);
  for (let j = first - 1; j >= Math.max(0, first - CLAUSE_BEFORE); j--) {
    const t = tokens[j]!;
    if (CLAUSE_ENDS.has(t.text) || t.text === ':') return false;
    if (t.kind === 'word') {
      const hit = owners.matchAt(tokens, j);
      if (hit !== undefined && j + hit.length <= first) return true;
      if (LINK_VERBS.has(t.key)) link = true;
      else if (link && nameLike(t)) return true;
    }
    if (t.lineStart) return false;
  }
  return false;
}

/** A capitalised word that may be a person's name ("Ewan", "Maite"), not an opener such as "It" or "Esto". */
function nameLike(t: Token): boolean {
  return t.cap && t.text.length > 1 && t.text !== t.text.toUpperCase() && !NOT_NAMES.has(t.key);
}

/**
 * Whether the word at tokens[first] is the value of a health field on its line: the line opens with the field's
 * name (after a bullet or a dash) and a colon stands between it and the word ("Presenting: ...", "- Movilidad: ...").
 */
export function healthFieldBefore(
  tokens: readonly Token[],
  first: number,
  labels: PhraseIndex<true>,
  values: PhraseIndex<true>,
): boolean {
  let colon = -1;
  let j = first - 1;
  for (; j >= Math.max(0, first - LABEL_BEFORE); j--) {
    const t = tokens[j]!;
    if (t.text === ':' && colon < 0) colon = j;
    if (t.lineStart) break;
  }
  if (colon < 0 || j < 0 || !tokens[j]!.lineStart) return false;
  // A bullet, a dash or a number before the field's name.
  let k = j;
  while (k < colon && tokens[k]!.kind !== 'word') k++;
  if (k >= colon) return false;
  const hit = labels.matchAt(tokens, k) ?? values.matchAt(tokens, k);
  return hit !== undefined && k + hit.length === colon;
}

/**
 * Whether an everyday term of two words or more is written in title case, as a service's, a programme's or a
 * heading's name ("Programa de Cuidados Paliativos", "Palliative Care Team"), not as someone's care.
 */
export function titled(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  for (let j = first; j <= last; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.text.length <= 3) continue;
    if (!t.cap) return false;
    words++;
  }
  return words >= 2;
}
