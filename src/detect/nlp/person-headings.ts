import { isCapitals, type Token } from './tokenize.js';

/**
 * A heading or a title written in capitals ("USING YOUR INHALER WITH A SPACER", "PROTOCOLO DE SEDACIÓN EN EL
 * PACIENTE PALIATIVO", "GUIDANCE FOR STAFF ON THE WARDS") capitalises every word, so capitals say nothing there: a
 * run of it is read as a name only when it holds a listed given name and a family name (person.ts asks that).
 * A line of capitals is a heading when the words in capitals around the run read as a phrase: four words or more,
 * two of them function words (articles, prepositions, possessives). A name in capitals on a form, a bank statement
 * or a deed ("DOÑA ELENA DEL CARMEN VIDAL", "TRF TO J. MCCANN GYM DEC") holds one function word at most.
 */

/** Function words of English and Spanish; the Spanish particles of family names count (two are needed). */
const FUNCTION_WORDS = new Set(
  (
    'a an the with without your our my his her their its this that these those for and or of to in on at by from ' +
    'into onto about after before when how what who is are be not no do if ' +
    'de del la las los el en con sin para por que y e o u un una unos unas su sus tu al lo se como'
  ).split(' '),
);

const HEADING_WORDS = 4;
const HEADING_FUNCTION_WORDS = 2;

/** A word written in capitals (single letters count: "A", "Y"). */
const shoutedWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && isCapitals(t.text);

/**
 * Whether tokens[first..last], all in capitals, lie in a heading in capitals: the stretch of capital words around them
 * on their line (up to any other token) has four words or more and two function words.
 */
export function inShoutedHeading(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]!.kind === 'word' && !isCapitals(tokens[k]!.text)) return false;
  let from = first;
  while (from > 0 && !tokens[from]!.lineStart && shoutedWord(tokens[from - 1])) from--;
  let to = last;
  while (shoutedWord(tokens[to + 1]) && !tokens[to + 1]!.lineStart) to++;
  let words = 0;
  let functionWords = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (FUNCTION_WORDS.has(t.key)) functionWords++;
  }
  return words >= HEADING_WORDS && functionWords >= HEADING_FUNCTION_WORDS;
}
