/** Line questions the public-text readers ask of a whole text or of one finding. */

/** Whether text runs to at least `count` lines: a document, not a value or a sentence or two to check. */
export function hasLines(text: string, count: number): boolean {
  let lines = 1;
  for (let i = text.indexOf('\n'); lines < count && i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines >= count;
}

/** The offsets of the line (or lines, when the span crosses a break) around [start, end), without its breaks. */
export function lineBounds(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const next = text.indexOf('\n', span.end);
  return { start, end: next < 0 ? text.length : next };
}

/** The line (or lines, when the span crosses a break) around [start, end), without its line breaks. */
export function lineOf(text: string, span: { start: number; end: number }): string {
  const line = lineBounds(text, span);
  return text.slice(line.start, line.end);
}
