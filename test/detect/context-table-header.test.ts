import { describe, expect, it } from 'vitest';
import { columnHeader } from '../../src/detect/context.js';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe("a pasted table's column header is every row's cue", () => {
  it('finds the header cell above a value in tab- and pipe-separated rows', () => {
    const tsv = 'name\tDate of birth\nAl\t01/02/1979\nBo\t03/04/1980';
    expect(columnHeader(tsv, tsv.lastIndexOf('03/04'))).toBe(' date of birth ');
    const md = '| name | dob |\n|---|---|\n| Al | 01/02/1979 |';
    expect(columnHeader(md, md.indexOf('01/02'))).toBe(' dob ');
  });

  it('gives nothing outside a table, on the header row itself, or when rows disagree on their cells', () => {
    expect(columnHeader('born on 01/02/1979', 10)).toBeUndefined();
    const tsv = 'name\tdob\nAl\t01/02/1979';
    expect(columnHeader(tsv, tsv.indexOf('dob'))).toBeUndefined();
    const ragged = 'name\tdob\textra\nAl\t01/02/1979';
    expect(columnHeader(ragged, ragged.indexOf('01/02'))).toBeUndefined();
  });

  it('reports dates of birth on every row, not only the ones near the header', () => {
    const rows = ['name\tdob', 'Fenna Holt\t12/03/1985', 'Ivo Brandt\t23/07/1991', 'Lune Carrow\t01/02/1979'];
    expect(found(rows.join('\n'), 'DATE')).toEqual(['12/03/1985', '23/07/1991', '01/02/1979']);
  });

  it('leaves dates under a header that is no personal cue alone', () => {
    expect(found('order\tshipped\n1001\t12/03/2024\n1002\t23/07/2024\n1003\t01/02/2024', 'DATE')).toEqual([]);
  });
});

describe('column headers on very long lines', () => {
  it('gives nothing for a value on a line longer than any table row, and stays linear', () => {
    const long = `name\tdob\n${'x\t'.repeat(5000)}01/02/1979`;
    expect(columnHeader(long, long.indexOf('01/02'))).toBeUndefined();
    const tsv = `name\tdob\nAl\t01/02/1979\n${'word '.repeat(2000)}`;
    expect(columnHeader(tsv, tsv.indexOf('01/02'))).toBe(' dob ');
  });
});
