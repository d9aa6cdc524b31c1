import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Places a meeting invite names for its clock and its phone bridge, not for anyone's whereabouts: the cities of a
 * time zone's label ("(UTC+02:00) Harare, Pretoria", "(GMT+01:00) Madrid, Paris") and the country or city of a
 * dial-in number ("Dial in by phone: +27 ... South Africa, Cape Town", "Toll: +44 ... United Kingdom").
 */

/** Tokens back from a place over the label's other places and commas to the closing bracket of the offset. */
const LABEL_REACH = 10;
const OFFSET_REACH = 7;

/** A place in the list of cities after a "(UTC+hh:mm)" or "(GMT-h)" time zone. */
export function timeZoneCity(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first - 1; k >= 0 && k >= span.first - LABEL_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ')') return utcOffsetBefore(tokens, k);
    if (t.text !== ',' && !(t.kind === 'word' && t.cap)) return false;
    if (t.lineStart) return false;
  }
  return false;
}

function utcOffsetBefore(tokens: readonly Token[], close: number): boolean {
  for (let k = close - 1; k >= 0 && k >= close - OFFSET_REACH; k--) {
    const key = tokens[k]!.key;
    if (key === 'utc' || key === 'gmt') return tokens[k - 1]?.text === '(';
    if (tokens[k]!.kind === 'word') return false;
  }
  return false;
}

/** Words of a phone bridge's line (folded): "Dial in", "Toll-free", "conference", "marcación". */
const DIAL_WORDS = new Set(['dial', 'dial-in', 'dialin', 'toll', 'conference', 'bridge', 'marcacion', 'conferencia']);

/**
 * A place right after a number (only other places, commas and marks between) on a phone bridge's line: the access
 * number's country or city. "Dial 999 if you are in Leeds" has words between and keeps its place.
 */
export function dialInPlace(tokens: readonly Token[], span: TokenSpan): boolean {
  let k = span.first - 1;
  for (; k >= 0 && tokens[k]!.kind !== 'number'; k--) {
    const t = tokens[k]!;
    if (t.lineStart || (t.kind === 'word' && !t.cap)) return false;
  }
  for (; k >= 0; k--) {
    if (DIAL_WORDS.has(tokens[k]!.key)) return true;
    if (tokens[k]!.lineStart) return false;
  }
  return false;
}
