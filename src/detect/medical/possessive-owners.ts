import { atSentenceStart, type Token } from '../nlp/tokenize.js';

/**
 * "Zoilo pide el viernes para la revisión de su diabetes", "el cliente necesita una habitación adaptada para su
 * esclerosis", "pour son asthme", "per la sua epilessia": a possessive before a condition, in a sentence whose subject
 * is a third person, gives the condition an owner. Romance "su"/"son"/"suo" is also the polite "your" of a leaflet
 * ("consulte a su médico para su diabetes"), so a text that addresses its reader as "usted", "vous" or "Lei" keeps
 * the cue silent; English "his"/"her" are anchors of their own (personal_anchors_near).
 */

/** Prepositions before the possessive ("para su", "por su", "de su", "con su", "pour son", "per la sua"). */
const LINKS = new Set(['para', 'por', 'de', 'con', 'tras', 'pela', 'pelo', 'da', 'do', 'pour', 'avec', 'per', 'con']);
/** Third-person possessives, after an article where the language writes one ("la sua", "a sua"). */
const POSSESSIVES = new Set(['su', 'sus', 'sua', 'suas', 'seu', 'seus', 'son', 'sa', 'ses', 'suo', 'sue', 'suoi']);
const ARTICLES = new Set(['la', 'il', 'a', 'o', 'le', 'i', 'le', 'os', 'as']);
/** Words of a text that speaks to its reader as "usted", "vous" or "Lei": a leaflet, a form's instructions. */
const POLITE_YOU = new Set([
  'usted',
  'ustedes',
  'consulte',
  'pregunte',
  'informe',
  'prospecto',
  'vous',
  'votre',
  'consultez',
  'lei',
  'consulti',
  'você',
  'voce',
  'consulte-o',
]);

/** Whether a possessive ("su", "la sua", "son") with its preposition stands right before tokens[first]. */
export function possessiveBefore(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  if (tokens[j] === undefined || !POSSESSIVES.has(tokens[j]!.key)) return false;
  j--;
  if (tokens[j] !== undefined && ARTICLES.has(tokens[j]!.key) && tokens[j - 1] !== undefined) j--;
  const link = tokens[j];
  return link !== undefined && link.kind === 'word' && LINKS.has(link.key) && !tokens[first]!.lineStart;
}

/** Whether tokens[j] and the word after it are a first and a last name, in title case. */
function fullName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  const title = (w: Token): boolean => w.kind === 'word' && w.cap && w.text !== w.text.toUpperCase();
  return title(t) && next !== undefined && !next.lineStart && title(next) && !atSentenceStart(tokens, j + 1);
}

/** Whether the text speaks to its reader with the polite "you" of Spanish, French, Italian or Portuguese. */
export function addressesTheReader(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word' && POLITE_YOU.has(t.key)) return true;
  return false;
}

/**
 * Whether the sentence before tokens[at] names a third person: a first and a last name ("Ramiro Ocaña"), or a word
 * `isPerson` takes for one ("el cliente", "mi vecina"). One capitalised word is as often a company or a product
 * ("la app de Sanitas para su diabetes").
 */
export function personInSentenceBefore(
  tokens: readonly Token[],
  at: number,
  isPerson: (tokens: readonly Token[], i: number) => boolean,
): boolean {
  for (let j = at - 1; j >= 0 && at - j <= 30; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && '.!?'.includes(t.text)) return false;
    if (t.kind === 'word' && (fullName(tokens, j) || isPerson(tokens, j))) return true;
    if (t.lineStart) return false;
  }
  return false;
}
