import { join } from 'node:path';
import { resolveRulesDir } from '../nlp/rules-dir.js';
import { readLines } from '../nlp/word-list.js';
import type { Finding } from '../types.js';
import { betweenDigits, betweenLetters, gapOrAside } from './boundary-marks.js';

/**
 * A health statement goes on after a comma with what a reader learns about it: how long ("lumbago, off work for
 * three weeks"), how it is treated or followed ("asma, controlada con inhalador", "gout, under rheumatology review"),
 * its course ("resolved", "curada en 2021"), a score or a date ("scoliosis, Cobb angle 30°"), or an aside
 * ("(diagnosed May 2025, MoCA 24/30)"). Gold and a mask alike take that part with the statement: the term alone
 * covers less than half of it. A part that names someone or somewhere, asks the assistant for something, opens a
 * new clause with its own subject, or holds another kind of finding ends the statement.
 *
 * Runs after clause-join and item-join on resolved (sorted, non-overlapping) findings; DATE findings inside a part
 * that joins become part of the statement, as dates of an illness are in the gold.
 */

/** Findings that state a health matter in words or figures, which a following part may say more of. */
const STATEMENTS = new Set(['CONDITION', 'MEDICATION', 'PROCEDURE', 'SYMPTOM']);
/** Results and vital signs are read one by one (clause-join.ts): they do not grow here. */
const MEASURES = new Set(['LAB_RESULT', 'VITAL_SIGN']);
/** Words that only lead into a date ("since 2019", "desde 2020"): a part of them and a date is the date's. */
const DATE_LEADS = new Set(['since', 'in', 'on', 'from', 'until', 'the', 'desde', 'en', 'el', 'de', 'del', 'hasta']);
/** The longest part taken, and the furthest a statement grows in all. */
const PART_REACH = 64;
const TOTAL_REACH = 140;

interface ContinuationWords {
  opening: Set<string>;
  closing: Set<string>;
  stop: Set<string>;
}
let words: ContinuationWords | undefined;

/**
 * rules/medical/clause-continuations.txt: "open WORD" for a part's first word, "close WORD" for a finding's last
 * ("pupils normal"), "stop WORD" for a new clause's first.
 */
function continuationWords(): ContinuationWords {
  if (words) return words;
  words = { opening: new Set(), closing: new Set(), stop: new Set() };
  for (const line of readLines(join(resolveRulesDir(), 'medical', 'clause-continuations.txt'))) {
    const [kind, word] = line.split(/\s+/, 2);
    if (!word) continue;
    (kind === 'stop' ? words.stop : kind === 'close' ? words.closing : words.opening).add(word.toLowerCase());
  }
  return words;
}

/** Whether text[i] ends a part for good: a line, a sentence, a cell, a quote, a semicolon, a colon. */
function hardEnd(text: string, i: number): boolean {
  const c = text[i]!;
  switch (c) {
    case '\n':
    case '\r':
    case '\t':
    case ';':
    case '|':
    case '"':
    case '“':
    case '”':
    case '!':
    case '?':
    case '[':
    case ']':
    case '{':
    case '}':
      return true;
    case ':':
      // "09:00" keeps its colon.
      return !betweenDigits(text, i);
    case '.':
      // "2.5" keeps its point; any other point ends a sentence or an abbreviation.
      return !betweenDigits(text, i);
    case "'":
    case '’':
      return !betweenLetters(text, i);
    case ' ':
      // Two spaces align columns; a spaced dash sets an aside off.
      return gapOrAside(text, i);
    default:
      return false;
  }
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
/** A capitalised word: a name, a place, a weekday (months are dates: a DATE finding covers them). */
const TITLE_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{N}])/u;
const DIGIT = /\d/;
/** A CSV row's comma: no blank after it, and not a decimal comma ("2,5 mg"). */
const CSV_COMMA = /,(?=[^\s\d])|(?<!\d),(?=\d)/;

/**
 * Whether a part's own text (findings taken out) may go with the statement: no name or place, no address or link,
 * no new subject, and either a figure (a length, a date, a score) or an opening word of a statement's course.
 */
function continues(part: string): boolean {
  const { opening, closing, stop } = continuationWords();
  if (part.length === 0 || /@|https?:|www\./.test(part) || TITLE_WORD.test(part)) return false;
  const found = [...part.matchAll(WORD)].map((m) => m[0].toLowerCase());
  const first = found[0];
  if (first && stop.has(first)) return false;
  if (found.includes('please') || found.includes('favor')) return false;
  if (DIGIT.test(part)) return true;
  const last = found[found.length - 1];
  return (first !== undefined && opening.has(first)) || (last !== undefined && found.length <= 4 && closing.has(last));
}

/**
 * Where the part starting at `from` ends (exclusive; trailing blanks out), or -1 when it reaches a finding other
 * than a DATE or a MEDICAL one, a hard end before any text, or the reach. `swallowed` gets the findings inside.
 */
function partEnd(
  text: string,
  from: number,
  findings: readonly Finding[],
  next: number,
  closing: string | undefined,
  swallowed: number[],
): number {
  let i = from;
  let k = next;
  const limit = Math.min(text.length, from + PART_REACH);
  while (i < limit) {
    const f = findings[k];
    if (f && f.start === i) {
      if (f.label !== 'DATE' && f.label !== 'MEDICAL') return -1;
      swallowed.push(k);
      i = f.end;
      k++;
      continue;
    }
    if (f && f.start < i) return -1;
    const c = text[i]!;
    if (closing) {
      if (c === closing) return i + 1;
      if (c === '(' || hardEnd(text, i)) return -1;
    } else if (c === ',' || c === '(' || c === ')' || hardEnd(text, i)) break;
    i++;
  }
  // Cut by the reach (not the text's end) or an aside left open: the part is something longer.
  if (closing || (i >= limit && limit < text.length)) return -1;
  let end = i;
  while (end > from && text[end - 1] === ' ') end--;
  return end;
}

/** The part's text with its findings blanked out, for continues(). */
function ownText(text: string, from: number, to: number, findings: readonly Finding[], inside: number[]): string {
  let out = '';
  let at = from;
  for (const k of inside) {
    const f = findings[k]!;
    out += `${text.slice(at, f.start)} `;
    at = f.end;
  }
  return (out + text.slice(at, to)).trim();
}

/** Grows each statement over the comma parts and asides that continue it; the same array when nothing changes. */
export function growOverContinuations(text: string, findings: Finding[]): Finding[] {
  if (!text.includes(',') && !text.includes('(')) return findings;
  let out: Finding[] | undefined;
  const dropped = new Set<number>();
  for (let k = 0; k < findings.length; k++) {
    if (dropped.has(k)) continue;
    const f = findings[k]!;
    if (f.label !== 'MEDICAL' || !STATEMENTS.has(f.type)) continue;
    // A CSV row's commas part cells: its statement stays in its cell.
    if (CSV_COMMA.test(text.slice(Math.max(0, f.start - 40), f.end + 40))) continue;
    let end = f.end;
    let next = k + 1;
    const taken: number[] = [];
    for (;;) {
      let from: number;
      let closing: string | undefined;
      if (text.startsWith(', ', end)) from = end + 2;
      else if (text.startsWith(' (', end)) {
        from = end + 2;
        closing = ')';
      } else if (text[end] === '(') {
        from = end + 1;
        closing = ')';
      } else break;
      const inside: number[] = [];
      const partStop = partEnd(text, from, findings, next, closing, inside);
      if (partStop < 0 || partStop - f.start > TOTAL_REACH) break;
      const own = ownText(text, from, closing ? partStop - 1 : partStop, findings, inside);
      // A part that is only another statement or reading of the same clause ("lupus since 2022, on
      // hydroxychloroquine" once the date is taken) joins; otherwise a part must say more of this statement.
      const statementOnly =
        own === '' && inside.some((t) => STATEMENTS.has(findings[t]!.type) || MEASURES.has(findings[t]!.type));
      if (!statementOnly && !continues(own)) break;
      // "(since 2019)": a date and the words that lead into it stay the date's own finding.
      const dated = inside.some((t) => findings[t]!.label === 'DATE');
      if (dated && !statementOnly && own.split(/\s+/).every((w) => DATE_LEADS.has(w.toLowerCase()))) break;
      end = partStop;
      taken.push(...inside);
      next = inside.length ? inside[inside.length - 1]! + 1 : next;
    }
    if (end === f.end) continue;
    out ??= findings.slice();
    out[k] = {
      ...f,
      end,
      score: Math.max(f.score, ...taken.filter((t) => findings[t]!.label === 'MEDICAL').map((t) => findings[t]!.score)),
    };
    for (const t of taken) dropped.add(t);
    k = next - 1;
  }
  if (!out) return findings;
  return out.filter((_, i) => !dropped.has(i));
}
