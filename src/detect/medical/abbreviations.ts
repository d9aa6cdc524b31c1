import type { Finding } from '../types.js';

/**
 * Clinical and scientific text defines a short form once and then uses it: "Duchenne muscular dystrophy (DMD) ...
 * boys with DMD". When a condition carries a parenthesised abbreviation, every whole-word use of that abbreviation
 * in the same text is the same condition. The parenthesis may follow the name ("... coli (APC)"), sit inside it
 * ("von Hippel-Lindau (VHL) disease") or define several forms at once ("(DMD/BMD)", "(DMD or BMD)", "(FEO, MIM 1)").
 */

// Up to two more words may sit between the detected part and the parenthesis ("adenomatous polyposis coli (APC)",
// "ataxia type 3 (SCA3)"), or a complement with "of" ("hypertrophy of the retinal pigment epithelium (CHRPE)").
const AFTER =
  /^(?:(?:[ \t]+[\p{L}\p{N}-]+){0,2}|[ \t]+of(?:[ \t]+the)?(?:[ \t]+[\p{L}\p{N}-]+){1,4})[ \t]*\(([^()\n]{2,80})\)/u;
const INSIDE = /\(([^()\n]{2,80})\)/u;
// Items of a definition: "DMD/BMD", "SCA3 or MJD", "FEO, MIM 174810", "DMD and BMD", "SJS; other name; McK 1".
const SEPARATOR = /\s*(?:[/,;]|\bor\b|\band\b)\s*/u;
// One word, or one word and a type numeral ("MPS IVA", "SJS 2").
const SHORT_FORM = /^[A-Za-z0-9][A-Za-z0-9-]{1,9}(?: (?:[IVX]{1,4}[A-D]?|[0-9]{1,2}[A-D]?))?$/;
// Catalogue prefixes that sit in the same parentheses but name no condition.
const NOT_ABBREVIATIONS = new Set(['MIM', 'OMIM', 'ICD', 'CIE', 'NB', 'OK', 'II', 'III', 'IV', 'VI']);
const MAX_ABBREVIATIONS = 20;

function looksLikeAbbreviation(value: string): boolean {
  if (!SHORT_FORM.test(value) || NOT_ABBREVIATIONS.has(value)) return false;
  const upper = value.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && upper * 2 >= value.replace(/[^A-Za-z]/g, '').length;
}

function escapeRegExp(value: string): string {
  // No "-": escaping it is a syntax error in a unicode-mode pattern, and outside a class it needs none.
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The parenthesised group a condition finding defines: inside its span, or right after it. */
function definitionOf(text: string, f: Finding): string | undefined {
  const inside = INSIDE.exec(text.slice(f.start, f.end));
  if (inside) return inside[1];
  return AFTER.exec(text.slice(f.end, f.end + 140))?.[1];
}

function collectDefinitions(text: string, findings: readonly Finding[], defined: Map<string, Finding>): string[] {
  const added: string[] = [];
  for (const f of findings) {
    if (f.type !== 'CONDITION' || defined.size >= MAX_ABBREVIATIONS) continue;
    const group = definitionOf(text, f);
    if (!group) continue;
    for (const item of group.trim().split(SEPARATOR)) {
      if (looksLikeAbbreviation(item) && !defined.has(item)) {
        defined.set(item, f);
        added.push(item);
      }
    }
  }
  return added;
}

/** Every whole-word use of the given abbreviations, in one pass over the text. */
function usesOf(text: string, abbreviations: readonly string[], defined: ReadonlyMap<string, Finding>): Finding[] {
  const out: Finding[] = [];
  // Longest first, so "DMD1" is not read as "DMD" followed by a digit (the boundary check would reject it anyway).
  const alternatives = [...abbreviations].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const uses = new RegExp(`(?<![\\p{L}\\p{Nd}])(?:${alternatives.join('|')})(?![\\p{L}\\p{Nd}])`, 'gu');
  for (let m = uses.exec(text); m !== null; m = uses.exec(text)) {
    const source = defined.get(m[0])!;
    out.push({ ...source, start: m.index, end: m.index + m[0].length, type: 'CONDITION' });
  }
  return out;
}

export function propagateAbbreviations(text: string, findings: readonly Finding[]): Finding[] {
  const defined = new Map<string, Finding>();
  const out: Finding[] = [];
  // A second round for forms defined from an abbreviation: "familial adenomatous polyposis (FAP) ... attenuated
  // FAP (AFAP)".
  let fresh = collectDefinitions(text, findings, defined);
  for (let round = 0; round < 2 && fresh.length > 0; round++) {
    const found = usesOf(text, fresh, defined);
    out.push(...found);
    fresh = round === 0 ? collectDefinitions(text, found, defined) : [];
  }
  return out;
}
