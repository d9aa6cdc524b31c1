import { extendAddress } from './address-block.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

// "PSC 1234, Box 5678 / APO AE 09012" and "Unit 2050 Box 4190 / DPO AP 96522" (US military mail), "CMR 402".
const MILITARY_UNITS = new Set(['psc', 'cmr', 'unit']);
// "P.O. Box 149", "PO Box 12", "Apartado 45", "Apdo. de Correos 7".
const BOX_WORDS = new Set(['p.o', 'po', 'apartado', 'apdo']);

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number';
}

/** A post-office or military box, with the address lines that follow it. */
export function postBoxAt(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  let j = i + 1;
  if (MILITARY_UNITS.has(t.key) && t.cap) {
    if (!isNumber(tokens[j])) return undefined;
    j++;
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.key !== 'box' || !isNumber(tokens[j + 1])) return undefined;
    return { first: i, last: extendAddress(tokens, j + 1), score: 0.85, type: 'STREET_ADDRESS' };
  }
  if (!BOX_WORDS.has(t.key) || !t.cap) return undefined;
  if (tokens[j]?.text === '.') j++;
  if (tokens[j]?.key === 'de' && tokens[j + 1]?.key === 'correos') j += 2;
  else if (t.key === 'p.o' || t.key === 'po') {
    if (tokens[j]?.key !== 'box') return undefined;
    j++;
  }
  if (!isNumber(tokens[j])) return undefined;
  return { first: i, last: extendAddress(tokens, j), score: 0.85, type: 'STREET_ADDRESS' };
}
