import { extendAddress } from './address-block.js';
import type { NameLexicon } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

// "PSC 1234, Box 5678 / APO AE 09012" and "Unit 2050 Box 4190 / DPO AP 96522" (US military mail), "CMR 402".
const MILITARY_UNITS = new Set(['psc', 'cmr', 'unit']);
// "P.O. Box 149", "PO Box 12", "Apartado 45", "Apdo. de Correos 7".
const BOX_WORDS = new Set(['p.o', 'po', 'apartado', 'apdo']);

const SHIPS = new Set(['usns', 'uss', 'usnv', 'uscgc']);
const MILITARY_POST = new Set(['apo', 'fpo', 'dpo']);
const MILITARY_REGIONS = new Set(['aa', 'ae', 'ap']);

const TRIGGER = cueWords([...MILITARY_UNITS, ...BOX_WORDS, ...SHIPS]);

/** "APO AE 09012": military post office, region and ZIP code, starting at tokens[i]. */
function militaryPostLine(tokens: readonly Token[], i: number): boolean {
  const zip = tokens[i + 2];
  return (
    MILITARY_POST.has(tokens[i]?.key ?? '') &&
    MILITARY_REGIONS.has(tokens[i + 1]?.key ?? '') &&
    zip?.kind === 'number' &&
    zip.text.length === 5
  );
}

function nextLine(tokens: readonly Token[], from: number): number | undefined {
  for (let j = from + 1; j < tokens.length && j < from + 6; j++) if (tokens[j]!.lineStart) return j;
  return undefined;
}

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number';
}

/** A post-office or military box, with the address lines that follow it. */
export function postBoxAt(tokens: readonly Token[], i: number, lex?: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  // Nearly every word fails here, with one lookup.
  if ((t.cues & TRIGGER) === 0) return undefined;
  let j = i + 1;
  // "USNS Comfort\nFPO AA 34090": a ship's name, then the fleet post office line.
  if (SHIPS.has(t.key) && tokens[j]?.cap) {
    const line = nextLine(tokens, j);
    if (line === undefined || !militaryPostLine(tokens, line)) return undefined;
    return { first: i, last: line + 2, score: 0.85, type: 'STREET_ADDRESS' };
  }
  if (MILITARY_UNITS.has(t.key)) {
    if (!isNumber(tokens[j])) return undefined;
    j++;
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.key !== 'box' || !isNumber(tokens[j + 1])) return undefined;
    const line = nextLine(tokens, j + 1);
    const last = line !== undefined && militaryPostLine(tokens, line) ? line + 2 : extendAddress(tokens, j + 1, lex);
    return { first: i, last, score: 0.85, type: 'STREET_ADDRESS' };
  }
  if (!BOX_WORDS.has(t.key) || (!t.cap && t.key !== 'p.o')) return undefined;
  if (tokens[j]?.text === '.') j++;
  if (tokens[j]?.key === 'de' && tokens[j + 1]?.key === 'correos') j += 2;
  else if (t.key === 'p.o' || t.key === 'po') {
    if (tokens[j]?.key !== 'box') return undefined;
    j++;
  }
  if (!isNumber(tokens[j])) return undefined;
  return { first: i, last: extendAddress(tokens, j, lex), score: 0.85, type: 'STREET_ADDRESS' };
}

export const UNITS: ReadonlySet<string> = new Set(['apt', 'apartment', 'suite', 'ste']);

/** "Apt. 434", "Suite 271" standing apart from the street they belong to, with any address lines after them. */
export function unitAt(tokens: readonly Token[], i: number, lex?: NameLexicon): TokenSpan | undefined {
  const t = tokens[i]!;
  if (!UNITS.has(t.key)) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === '.') j++;
  const n = tokens[j];
  if (!isNumber(n) || n!.text.length > 5 || n!.lineStart) return undefined;
  // Lower-case, "apt. 731" must go on with the street's house number: "apt. 731 96 törneby 2".
  const house = tokens[j + 1];
  if (!t.cap && (!isNumber(house) || house!.lineStart || house!.start === n!.end)) return undefined;
  return { first: i, last: extendAddress(tokens, j, lex), score: 0.75, type: 'STREET_ADDRESS' };
}
