import type { Token } from './tokenize.js';

/** Lower-case words that join the parts of a name or place ("María del Carmen", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: readonly string[] = [
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'i',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'le',
  'dos',
  'das',
];
const PARTICLES = new Set(NAME_PARTICLES);
const MAX_WORDS = 6;
// Abbreviated titles before a person's name ("Dña.", "Sr.", "Dra.").
const TITLES = new Set(['d', 'dña', 'dna', 'dª', 'da', 'sr', 'sra', 'srta', 'dr', 'dra', 'mr', 'mrs', 'ms', 'prof']);
const NAME_ABBREVIATIONS = new Set(['st', 'ste', 'sta', 'sto', 'mt', 'ft', 'pt', 'jr', 'sr', 'sra']);
// Street words that are never part of a name: a run of capitals stops before one ("Dr. Luis Soto Calle Mayor 3").
const STREET_OPENERS = new Set(['calle', 'avenida', 'avda', 'pasaje', 'carretera', 'bulevar', 'glorieta', 'travesía']);

/** "C/ Mayor", "Avda. Sol", "Calle Luna": a word that opens a street's name, so it cannot continue a name before it. */
function opensStreet(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (t.key === 'c') return next?.text === '/' && next.start === t.end;
  if (t.key === 'av') return next?.text === '.' && next.start === t.end;
  return STREET_OPENERS.has(t.key);
}

/** A stretch of capitalised words, possibly joined by particles or initials ("John F. Kennedy"). */
export interface CapRun {
  /** Token indexes of the capitalised words, in order. */
  words: number[];
}

function isCapWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.cap;
}

const startsCell = (t: Token) => t.lineStart || t.cellStart;

/** Every maximal capitalised run in the text, computed once and shared by the person/place/organisation finders. */
export function findCapRuns(tokens: readonly Token[]): CapRun[] {
  const runs: CapRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapWord(tokens[i])) {
      i++;
      continue;
    }
    const words = [i];
    let j = i + 1;
    while (j < tokens.length && words.length < MAX_WORDS) {
      const t = tokens[j]!;
      // A run stops at a line break or a tab: the next line or table cell is another value ("Amy Cole\tLeeds").
      if (t.lineStart || t.cellStart) break;
      // So does a gap of two spaces or more: aligned columns of a form or a chat export ("Ana Ruiz   DNI", "Sala B   Tutora").
      if (t.start - tokens[j - 1]!.end >= 2) break;
      if (isCapWord(t)) {
        // "mi pareja Karim Y7654321B": a capital glued to digits opens a code (an id, a postcode), no part of the name.
        const next = tokens[j + 1];
        if (next !== undefined && next.kind === 'number' && next.start === t.end) break;
        if (opensStreet(tokens, j)) break;
        words.push(j);
        j++;
        continue;
      }
      // An initial or a short abbreviation inside a name: "John F. Kennedy", "St. Luke Hospital", "Mt. Sinai".
      const before = tokens[j - 1]!;
      const abbreviation = before.text.length === 1 || NAME_ABBREVIATIONS.has(before.key);
      if (t.text === '.' && abbreviation && isCapWord(tokens[j + 1]) && !startsCell(tokens[j + 1]!)) {
        j++;
        continue;
      }
      // "D. Jan Nowak y Dña. Olena Kovalenko": "y" before an abbreviated title joins two people, not one name.
      if ((t.text === 'y' || t.text === 'i') && tokens[j + 2]?.text === '.' && TITLES.has(tokens[j + 1]?.key ?? ''))
        break;
      if (t.kind === 'word' && PARTICLES.has(t.text)) {
        let k = j;
        while (k < tokens.length && tokens[k]!.kind === 'word' && PARTICLES.has(tokens[k]!.text) && k - j < 2) k++;
        if (isCapWord(tokens[k]) && !startsCell(tokens[k]!)) {
          j = k;
          continue;
        }
      }
      break;
    }
    runs.push({ words });
    i = j;
  }
  return runs;
}
