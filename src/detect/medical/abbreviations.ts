import type { Finding } from '../types.js';

/**
 * Clinical and scientific text defines a short form once and then uses it: "Duchenne muscular dystrophy (DMD) ...
 * boys with DMD". When a condition is followed by a parenthesised abbreviation, every whole-word use of that
 * abbreviation in the same text is the same condition.
 */

// Up to two more words may sit between the detected part and the parenthesis: "adenomatous polyposis coli (APC)".
const DEFINITION = /^(?:[ \t]+[\p{L}-]+){0,2}[ \t]*\(([A-Za-z0-9][A-Za-z0-9-]{1,9})\)/u;
const MAX_ABBREVIATIONS = 20;

function looksLikeAbbreviation(value: string): boolean {
  const upper = value.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && upper * 2 >= value.replace(/[^A-Za-z]/g, '').length;
}

function escapeRegExp(value: string): string {
  // No "-": escaping it is a syntax error in a unicode-mode pattern, and outside a class it needs none.
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function propagateAbbreviations(text: string, findings: readonly Finding[]): Finding[] {
  const defined = new Map<string, Finding>();
  for (const f of findings) {
    if (f.type !== 'CONDITION' || defined.size >= MAX_ABBREVIATIONS) continue;
    const m = DEFINITION.exec(text.slice(f.end, f.end + 40));
    if (m && looksLikeAbbreviation(m[1]!) && !defined.has(m[1]!)) defined.set(m[1]!, f);
  }
  const out: Finding[] = [];
  for (const [abbreviation, source] of defined) {
    const uses = new RegExp(`(?<![\\p{L}\\p{Nd}])${escapeRegExp(abbreviation)}(?![\\p{L}\\p{Nd}])`, 'gu');
    for (let m = uses.exec(text); m !== null; m = uses.exec(text)) {
      out.push({ ...source, start: m.index, end: m.index + abbreviation.length, type: 'CONDITION' });
    }
  }
  return out;
}
