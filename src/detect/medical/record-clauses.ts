import { join } from 'node:path';
import { foldKey } from '../nlp/fold.js';
import { readListsYaml } from '../nlp/word-list.js';
import { type Finding, MIN_REPORT_SCORE } from '../types.js';
import { lookbehindFirstTest } from './gated-search.js';

/**
 * The clinical clauses of someone's health record told by their shape, not by a listed term. Every specialty brings
 * words no list holds ("graft failed at 9 s", "neck 41 cm", "sodium 2,8", "no swimming for 10 days"), but a note
 * writes them in a few shapes: a measurement with a body's unit, a value with a decimal after a word, an
 * abbreviation's score, a finding's verdict, a restriction, a count of events (rules/medical/record-clauses.yaml).
 *
 * Such a shape is anyone's in a manual, a price list or an abstract, so a clause is read only in company: the text is
 * about an identified person (the caller asks), already holds two of their reported health details, and one of those
 * stands on the clause's line or the line before or after it (a restriction needs only the first two). A clause is a
 * short stretch of a line between list marks (a comma, a semicolon, a bar, a bracket, a dash between spaces, a
 * colon before a space, a sentence's full stop); one that overlaps a finding, holds an address, a long number or a
 * date is left to the readings of those.
 */
export interface ClauseShapes {
  /** A word of a finding's verdict. */
  verdict: Test;
  /** A number with one of a body measurement's units. */
  measure: Test;
  /** "no <verb> for", "sin <verbo> durante": a restriction on the person. */
  restriction: RegExp;
  /** The same, global, to find the lines that hold one. */
  restrictions: RegExp;
  /** Words before a number that count money or name a plan or an office ("EUR", "UF", a health plan's code), folded. */
  notScores: ReadonlySet<string>;
}

/** A pattern's test: verdict and measure open with a lookbehind and are tested rest first (gated-search.ts). */
interface Test {
  test(text: string): boolean;
}

/** The clause shapes of rules/medical/record-clauses.yaml. */
export function loadClauseShapes(rulesDir: string): ClauseShapes {
  const lists = readListsYaml(join(rulesDir, 'medical', 'record-clauses.yaml'));
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // Longest first, so "mmHg" is tried before "mm" and "mg/dl" before "mg".
  const units = [...(lists.get('units') ?? [])].sort((a, b) => b.length - a.length).map(literal);
  const after = (lists.get('restriction_after') ?? []).map(literal);
  const restriction = `(?<![\\p{L}])(?:no|sin)\\s+\\p{L}+(?:ing|ar|er|ir)\\s+(?:${after.join('|') || '(?!)'})(?![\\p{L}])`;
  return {
    verdict: lookbehindFirstTest(
      new RegExp(
        `(?<![\\p{L}])(?:${(lists.get('verdicts') ?? []).map(literal).join('|') || '(?!)'})(?![\\p{L}])`,
        'iu',
      ),
    ),
    notScores: new Set((lists.get('not_scores') ?? []).map(foldKey)),
    measure: lookbehindFirstTest(
      new RegExp(`(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)?\\s?(?:${units.join('|') || '(?!)'})(?![\\p{L}\\d])`, 'u'),
    ),
    restriction: new RegExp(restriction, 'iu'),
    restrictions: new RegExp(restriction, 'giu'),
  };
}

/** Reported health details a text holds before its clauses are read ("already about their health"). */
const DETAILS_MIN = 2;
/** Characters a line of a note has at most: a longer one is a paragraph of prose. */
const LINE_MAX = 500;
/** Words a clause may have: a longer stretch is a sentence of prose, not a note's clause. */
const CLAUSE_WORDS_MAX = 12;
/** Below the readings by name (a term, a scale, a measurement), above the report threshold. */
const SCORE = 0.6;

/**
 * Where a line's clauses part: list marks and dots, a comma but a decimal one ("38,7"), a dash between spaces, a
 * colon or a full stop before a space.
 */
const CLAUSE_MARK = /[;|()[\]·•]|(?<!\d),|,(?!\d)|[:.](?=\s)|\s[–—-]\s/g;
/** Bullets and spaces around a clause. */
const EDGE_START = new Set([' ', '\t', '\r', '-', '–', '—', '•', '*', '·', '>', '"', '“', '”', "'"]);
const EDGE_END = new Set([' ', '\t', '\r', '.', ':']);
/** Cheap tests before the shapes' patterns: a decimal sign between digits, two capitals. */
const DECIMAL_SIGN = /\d[.,]\d/;
const TWO_CAPITALS = /\p{Lu}[^\s]*\p{Lu}/u;
/** What other readings own, or no body has: an address, a link, a long number (a phone, an id), a date, a price. */
const NOT_A_CLAUSE = /[@£$€¥]|:\/\/|\d{6}|\d[\s-]\d{3}[\s-]\d{3}|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/u;
/**
 * A value with a decimal after a word ("sodium 2,8", "temp 38.9", "PCR en 14,5"); not a range ("3.5-5.3") or a rate
 * ("10,58%": a payslip's, a loan's).
 */
const DECIMAL_AFTER_WORD =
  /(?<![\p{L}\d])\p{L}[\p{L}-]+\s(?:(?:en|de|at|of|is|was|:)\s)?\d{1,3}[.,]\d{1,2}(?![\p{L}\d.,/%-])/u;
/**
 * An abbreviation's score: a word with two capitals (an initialism, "QuickDASH", "STOP-BANG") and a whole number or
 * a score out of its maximum ("ODI 36", "BODE 4/10"); not the start of an id ("AB 1234-X").
 */
const ABBREVIATION_SCORE =
  /(?<![\p{L}\d])(?=[\p{L}\d-]*\p{Lu}[\p{L}\d-]*\p{Lu})\p{L}[\p{L}\d-]+\s(?:(?:en|de|of|:)\s)?\d{1,3}(?:\/\d{1,3})?(?![\p{L}\d.,/-])/u;
/** A count of events: "hypos x3", "5 of 30 nights". */
const EVENT_COUNT = /\p{Ll}{3,}\s[x×]\s?\d{1,3}(?![\p{L}\d])|(?<![\d.,])\d{1,3}\s+of\s+\d{1,3}\s+\p{L}{3,}/u;
const WORD = /\p{L}+/gu;
const DIGIT = /\d/;
/** A study's statistics ("95% CI", "SD 6.8", "IQR", "p < 0.05"): a cohort's figures, no one's record. */
const STATISTICS = /\b(?:95\s?%\s?CI|IQR|SD\s\d|p\s?[<=]\s?0?[.,]\d)/;

/**
 * The clinical clauses of a text about someone (see the module's comment). `found` holds the detector's findings so
 * far; a clause that overlaps one is not read. `ofSomeone` is asked only once a clause has a shape.
 */
export function recordClauses(
  text: string,
  found: readonly Finding[],
  shapes: ClauseShapes,
  detector: string,
  ofSomeone: () => boolean,
): Finding[] {
  let details = 0;
  for (const f of found) if (f.label === 'MEDICAL' && f.score >= MIN_REPORT_SCORE) details++;
  if (details < DETAILS_MIN) return [];
  // The lines beside a detail (its own, the one before, the one after), by their index; a text's other lines are
  // never read, but for a restriction. A line longer than a note's is prose, and not read.
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const company = new Map<number, boolean>();
  for (const f of found) {
    if (f.label !== 'MEDICAL' || f.score < MIN_REPORT_SCORE) continue;
    const first = lineOf(starts, f.start);
    const last = lineOf(starts, Math.max(f.start, f.end - 1));
    for (let k = Math.max(0, first - 1); k <= last + 1 && k < starts.length; k++) company.set(k, true);
  }
  if (text.includes('no ') || text.includes('No ') || text.includes('sin ') || text.includes('Sin ')) {
    const restriction = shapes.restrictions;
    restriction.lastIndex = 0;
    for (let m = restriction.exec(text); m !== null; m = restriction.exec(text)) {
      const k = lineOf(starts, m.index);
      if (!company.has(k)) company.set(k, false);
    }
  }
  // A doubtful finding (below the report threshold) is no detail: it is dropped, or outranked by the clause.
  const taken = found.filter((f) => f.score >= MIN_REPORT_SCORE).sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const f of taken) longest = Math.max(longest, f.end - f.start);
  const out: Finding[] = [];
  for (const [k, near] of company) {
    const start = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]! - 1 : text.length;
    if (end - start < 3 || end - start > LINE_MAX) continue;
    const line = text.slice(start, end);
    // Every shape but a verdict's and a restriction's holds a digit.
    if (near && !DIGIT.test(line) && !shapes.verdict.test(line) && !shapes.restriction.test(line)) continue;
    CLAUSE_MARK.lastIndex = 0;
    let from = 0;
    for (let m = CLAUSE_MARK.exec(line); ; m = CLAUSE_MARK.exec(line)) {
      const to = m === null ? line.length : m.index;
      let clause = clauseAt(line, from, to);
      // 'the note says <a finding> and "no lifting over 5 kg"': what follows a finding in its clause is read alone.
      const after = clause === undefined ? -1 : lastOverlapEnd(taken, longest, start + clause[0], start + clause[1]);
      if (clause !== undefined && after >= 0) clause = clauseAt(line, after - start, clause[1]);
      if (clause !== undefined) {
        const body = line.slice(clause[0], clause[1]);
        if ((near ? clinicalShape(body, shapes) : shapes.restriction.test(body)) && plainClause(body)) {
          out.push({
            start: start + clause[0],
            end: start + clause[1],
            label: 'MEDICAL',
            type: 'CONDITION',
            score: SCORE,
            detector,
          });
        }
      }
      if (m === null) break;
      from = m.index + m[0].length;
    }
  }
  if (out.length === 0 || STATISTICS.test(text) || !ofSomeone()) return [];
  return out;
}

/** The index of the line holding `at`, by the lines' starts. */
function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The end of the last of the findings (sorted by start; none longer than `longest`) that [s, e) overlaps, or -1. */
function lastOverlapEnd(sorted: readonly Finding[], longest: number, s: number, e: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < e) lo = mid + 1;
    else hi = mid;
  }
  let end = -1;
  for (let k = lo - 1; k >= 0 && sorted[k]!.start > s - longest; k--) {
    if (sorted[k]!.end > s) end = Math.max(end, sorted[k]!.end);
  }
  return end;
}

/** The clause in line[from, to) without its bullets and spaces, when it is one to read. */
function clauseAt(line: string, from: number, to: number): [number, number] | undefined {
  while (from < to && EDGE_START.has(line[from]!)) from++;
  while (to > from && EDGE_END.has(line[to - 1]!)) to--;
  return to - from < 3 ? undefined : [from, to];
}

/** Whether a clause is short enough to be a note's, and holds nothing another reading owns. */
function plainClause(body: string): boolean {
  let words = 0;
  for (const _ of body.matchAll(WORD)) if (++words > CLAUSE_WORDS_MAX) return false;
  return words > 0 && !NOT_A_CLAUSE.test(body);
}

/** Whether a clause has one of the clinical shapes; the cheap tests of a character first. */
function clinicalShape(body: string, shapes: ClauseShapes): boolean {
  if (!DIGIT.test(body)) return shapes.verdict.test(body) || shapes.restriction.test(body);
  if (shapes.measure.test(body)) return true;
  if ((body.includes('x') || body.includes('×') || body.includes(' of ')) && EVENT_COUNT.test(body)) return true;
  if (DECIMAL_SIGN.test(body) && scoreShape(body, DECIMAL_AFTER_WORD, shapes)) return true;
  if (TWO_CAPITALS.test(body) && scoreShape(body, ABBREVIATION_SCORE, shapes)) return true;
  return shapes.verdict.test(body) || shapes.restriction.test(body);
}

/** Whether a value follows a word in the clause, the word naming no money and no plan ("EUR 3,960", "plan 210"). */
function scoreShape(body: string, shape: RegExp, shapes: ClauseShapes): boolean {
  const m = shape.exec(body);
  return m !== null && !shapes.notScores.has(foldKey(/\p{L}[\p{L}\d-]*/u.exec(m[0])![0]));
}
