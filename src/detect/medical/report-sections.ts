import { atLineStarts, lineStartExec } from '../line-start.js';
import type { Finding } from '../types.js';
import { NAMES_SOMETHING_ELSE, walkSectionLines } from './section-lines.js';

/**
 * The sections of a clinical report whose every sentence is about its patient: a radiology or a pathology report's
 * "Findings:", "Conclusion:" and "Clinical details:", the "Exam:" it reports on, an examination's "Exploración:". Each
 * sentence of such a section is one finding, terms or not ("There is a 3 cm mass in the caecum.", "No free fluid.").
 * A therapist's "Evaluación (test, date):" or "Evaluation:" lists its subtests' results the same way, one per item
 * after a semicolon ("comprensión: normal; expresión: PD 6, retraso").
 * The caller reads them only in a text that holds a record number or a licence, so an audit's "Findings:" or a
 * school's "Exam:" are left alone.
 */
const SECTION =
  /(?:^|\n)[ \t]*(?:findings|hallazgos|conclusions?|conclusi[oó]n(?:es)?|clinical (?:details|history|information)|incidental(?: findings)?|exam|examination|exploraci[oó]n(?: f[ií]sica)?|impression|evaluaci[oó]n|evaluation)(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:[ \t]*/gi;
/** SECTION tried at line starts only (line-start.ts). */
const SECTION_AT = atLineStarts(SECTION);
/** A line opened by a field's name and its colon ("Reported by:", "Date:"), which ends the section before it. */
const FIELD_LINE = /^[ \t]*[\p{L}][\p{L} .#/()'-]{0,30}:/u;
/** A sentence's end: a full stop before a space or the segment's end (never a decimal point, "2.4 cm"). */
const SENTENCE_END = /\.(?=\s|$)|;/g;
const MAX_LINES = 8;
const MIN_SENTENCE = 3;

export function reportSections(text: string, detector: string): Finding[] {
  const out: Finding[] = [];
  let from = 0;
  for (let m = lineStartExec(SECTION_AT, text, from); m; m = lineStartExec(SECTION_AT, text, from)) {
    const at = walkSectionLines(text, m.index + m[0].length, MAX_LINES, FIELD_LINE, (segment, lineAt) =>
      sentences(segment, lineAt, detector, out),
    );
    from = Math.max(m.index + m[0].length, at - 1);
  }
  return out;
}

/**
 * Pushes one finding per sentence of segment (at offset `at` in the text); true when a sentence opens another field
 * ("... spironolactone. Ordering clinician: Dr Iyer."), which ends the section.
 */
function sentences(segment: string, at: number, detector: string, out: Finding[]): boolean {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (;;) {
    const stop = SENTENCE_END.exec(segment);
    const to = stop ? stop.index : segment.length;
    let s = from;
    let e = to;
    while (s < e && (segment[s] === ' ' || segment[s] === '\t')) s++;
    while (e > s && (segment[e - 1] === ' ' || segment[e - 1] === '\t')) e--;
    const sentence = segment.slice(s, e);
    // After a full stop a field's name opens another field; after a semicolon it names the next item of a list of
    // results ("forma: retraso; uso: normal").
    if (from > 0 && segment[from - 1] === '.' && FIELD_LINE.test(sentence)) return true;
    if (e - s >= MIN_SENTENCE && /\p{L}/u.test(sentence) && !NAMES_SOMETHING_ELSE.test(sentence)) {
      out.push({ start: at + s, end: at + e, label: 'MEDICAL', type: 'CONDITION', score: 0.9, detector });
    }
    if (!stop) return false;
    from = to + 1;
  }
}
