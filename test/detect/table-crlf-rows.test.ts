import { describe, expect, it } from 'vitest';
import { journalCells } from '../../src/detect/medical/journal-columns.js';
import { labColumnCells } from '../../src/detect/medical/lab-columns.js';
import { lineAfter } from '../../src/detect/table/cells.js';
import { personalDateCells } from '../../src/detect/table/date-columns.js';

// Tables made up for these tests (invented people, values and columns), pasted with Windows line ends as an
// Excel or CSV export often is: each reader must find the same cells as with "\n".
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const values = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('table readers read the rows of a table with "\\r\\n" line ends', () => {
  it('lineAfter steps over "\\n" and "\\r\\n"', () => {
    expect(lineAfter('ab\ncd', 2)).toBe(3);
    expect(lineAfter('ab\r\ncd', 2)).toBe(4);
  });

  it('lab results under a test column', () => {
    const table = 'patient,date,HbA1c,LDL\nP-01,2026-01-02,7.9%,3.1\nP-02,2026-01-03,6.2%,2.4\n';
    for (const text of [table, crlf(table)])
      expect(values(text, labColumnCells(text, 'x'))).toEqual(['7.9%', '3.1', '6.2%', '2.4']);
  });

  it('a mood journal’s rating and tags', () => {
    const journal = 'user,date,mood,tags\nrui@example.org,2026-03-04,2,insomnia\nrui@example.org,2026-03-05,4,calm\n';
    for (const text of [journal, crlf(journal)])
      expect(values(text, journalCells(text, 'x'))).toEqual(['2', 'insomnia', '4', 'calm']);
  });

  it('dates under a date-of-birth column of a table lined up with spaces', () => {
    const print = [
      '   user_id  name           birth_date  plan',
      '0  U-40110  Noa Petrenko   1984-07-19  pro',
      '1  U-40111  Ilse Varga     1990-12-02  free',
      '',
    ].join('\n');
    for (const text of [print, crlf(print)])
      expect(values(text, personalDateCells(text))).toEqual(['1984-07-19', '1990-12-02']);
  });
});
