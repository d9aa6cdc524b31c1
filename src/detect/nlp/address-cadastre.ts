import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/** Words that name a land registry's reference right before it ("referencia catastral", "cadastral reference"). */
const CADASTRE_WORDS = new Set(['catastral', 'catastro', 'cadastral', 'cadastre', 'rc']);

/** Tokens back from the reference searched for its cue ("ref. catastral nº: ..."). */
const CUE_REACH = 4;

/** Characters of a Spanish cadastral reference: 14 of the parcel, 4 of the unit, 2 control letters. */
const REFERENCE_LENGTH = 20;
const SHAPE = /^(?:\d{7}[A-Z]{2}\d{4}[A-Z]|\d{5}[A-Z]\d{8})\d{4}[A-Z]{2}$/;

/**
 * "referencia catastral 4417702UM5141N0003KP", "cadastral ref. 28079A01200034 0001 FG": a Spanish cadastral
 * reference names one property, a home as much as its street address does. An urban one opens with seven digits, a
 * rural one with five; both run to twenty letters and digits (the groups may be spaced), after a cadastre cue.
 */
export function cadastreAt(tokens: readonly Token[], i: number): TokenSpan | undefined {
  const t = tokens[i]!;
  if (t.text.length !== 7 && t.text.length !== 5) return undefined;
  if (!cueBefore(tokens, i)) return undefined;
  let text = '';
  let j = i;
  for (; j < tokens.length && text.length < REFERENCE_LENGTH; j++) {
    const u = tokens[j]!;
    if (u.kind === 'punct' || (j > i && (u.lineStart || u.start - tokens[j - 1]!.end > 1))) break;
    text += u.text.toUpperCase();
  }
  if (text.length !== REFERENCE_LENGTH || !SHAPE.test(text)) return undefined;
  const next = tokens[j];
  if (next !== undefined && next.start === tokens[j - 1]!.end && next.kind !== 'punct') return undefined;
  return { first: i, last: j - 1, score: 0.85, type: 'CADASTRE' };
}

function cueBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - CUE_REACH; k--) {
    if (CADASTRE_WORDS.has(tokens[k]!.key)) return true;
    if (tokens[k]!.lineStart) return false;
  }
  return false;
}
