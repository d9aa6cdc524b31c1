/**
 * The line walk that report-sections.ts and plan-sections.ts share: after a section's heading ("Findings:",
 * "Plan:"), its text runs over up to `maxLines` lines and ends at a blank line, at a line opened by another field's
 * name, or at a column gap (the next column of a form: "Exam: CT head   Date: 1 May").
 */

/** A gap of three spaces or a tab inside a line: the next column of a form. */
const COLUMN_GAP = /[ \t]{3,}|\t/;

/**
 * A sentence that names a date or someone by title ("Dr Iyer", "Sra. Gil", "el 12/03/2026"): left to the other
 * finders, whose date or name a sentence-long finding would swallow; its terms stay as they were found.
 */
export const NAMES_SOMETHING_ELSE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Dña|Don)\b\.?\s/;

/**
 * Hands each line of the section that starts at `at` to `visit` (the line's text up to a column gap, and its offset),
 * which returns true to end the section there. Returns the offset of the line where the walk stopped (after the
 * last line walked when it ran out of lines).
 */
export function walkSectionLines(
  text: string,
  at: number,
  maxLines: number,
  fieldLine: RegExp,
  visit: (segment: string, at: number) => boolean,
): number {
  for (let n = 0; n < maxLines && at < text.length; n++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (n > 0 && (line.trim() === '' || fieldLine.test(line))) break;
    const gap = COLUMN_GAP.exec(line);
    const ended = visit(gap ? line.slice(0, gap.index) : line, at);
    if (gap || ended) break;
    at = end + 1;
  }
  return at;
}
