import { atLineStarts, lineStartExec } from '../line-start.js';
import type { Finding } from '../types.js';

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
/** A gap of two spaces or a tab inside a line: the next column of a form ("Exam: CT head   Date: 1 May"). */
const COLUMN_GAP = /[ \t]{3,}|\t/;
/** A sentence's end: a full stop before a space or the segment's end (never a decimal point, "2.4 cm"). */
const SENTENCE_END = /\.(?=\s|$)|;/g;
const MAX_LINES = 8;
const MIN_SENTENCE = 3;

export function reportSections(text: string, detector: string): Finding[] {
  const out: Finding[] = [];
  let from = 0;
  for (let m = lineStartExec(SECTION_AT, text, from); m; m = lineStartExec(SECTION_AT, text, from)) {
    let at = m.index + m[0].length;
    for (let n = 0; n < MAX_LINES && at < text.length; n++) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end);
      if (n > 0 && (line.trim() === '' || FIELD_LINE.test(line))) break;
      const gap = COLUMN_GAP.exec(line);
      const segment = gap ? line.slice(0, gap.index) : line;
      const ended = sentences(segment, at, detector, out);
      if (gap || ended) break;
      at = end + 1;
    }
    from = Math.max(m.index + m[0].length, at - 1);
  }
  return out;
}

/**
 * A sentence that names a date or someone by title ("Dr Iyer", "Sra. Gil", "el 12/03/2026"): left to the other
 * finders, whose date or name a sentence-long finding would swallow; its terms stay as they were found.
 */
const NAMES_SOMETHING_ELSE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Dña|Don)\b\.?\s/;

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
