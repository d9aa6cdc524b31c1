import { describe, expect, it } from 'vitest';
import { atLineStarts, lineStartExec, lineStartTest } from '../../src/detect/line-start.js';

/** Every match of a global regex, as index:length. */
function globalMatches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0].length}`);
  return out;
}

function lineStartMatches(re: RegExp, text: string): string[] {
  const sticky = atLineStarts(re);
  const out: string[] = [];
  for (let m = lineStartExec(sticky, text, 0); m; m = lineStartExec(sticky, text, m.index + m[0].length))
    out.push(`${m.index}:${m[0].length}`);
  return out;
}

const HEADING = /(?:^|\n)[ \t]*(?:notes?|summary|resumen)[ \t]*:[^\n]*/gi;

describe('line-start regexes', () => {
  it('finds what the global regex finds, at the start and after line breaks', () => {
    for (const text of [
      'Notes: pick up the keys',
      '\nSummary: two rooms painted',
      'intro line\n  resumen: tres cajas\nnotes: none\n\nNOTE: last',
      'footnotes: not a heading\nkeynote: nor this',
      '\n\n\n',
      'Notes:',
    ]) {
      expect(lineStartMatches(HEADING, text)).toEqual(globalMatches(HEADING, text));
    }
  });

  it('finds nothing where no line opens with the heading', () => {
    expect(lineStartTest(atLineStarts(HEADING), 'see the notes: below, and the summary: above')).toBe(false);
    expect(lineStartTest(atLineStarts(HEADING), 'first line\nsummary: here')).toBe(true);
  });

  it('starts a later search at the offset given, as lastIndex does', () => {
    const sticky = atLineStarts(HEADING);
    const text = 'notes: a\nnotes: b';
    expect(lineStartExec(sticky, text, 1)?.index).toBe(8);
    expect(lineStartExec(sticky, text, 9)).toBeNull();
  });
});
