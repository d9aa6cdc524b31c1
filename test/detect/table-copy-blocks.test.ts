import { describe, expect, it } from 'vitest';
import { copyBlockNameCells } from '../../src/detect/nlp/person-copy-rows.js';
import { copyBlocks } from '../../src/detect/table/copy-blocks.js';

const cellsOf = (text: string) =>
  copyBlocks(text).map((b) => ({ names: b.names, rows: b.rows.map((r) => r.map((c) => text.slice(c.start, c.end))) }));
const names = (text: string) => copyBlockNameCells(text).map((c) => text.slice(c.start, c.end));

describe('copyBlocks: the COPY blocks of a pg_dump, read once per text', () => {
  it('reads the column list and the rows up to the end marker', () => {
    const text = [
      'COPY lending.borrowers (id, "given_name", city) FROM stdin;',
      '4\tHuub\tTilburg',
      '5\t\\N\tAlmere',
      '\\.',
      '6\tafter\tthe end',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      {
        names: ['id', 'given_name', 'city'],
        rows: [
          ['4', 'Huub', 'Tilburg'],
          ['5', '\\N', 'Almere'],
        ],
      },
    ]);
  });

  it('leaves out a row of another count, and ends a block at a line without a tab', () => {
    const text = 'COPY t (a, b, c) FROM stdin;\n1\t2\t3\n1\t2\n4\t5\t6\n...\n7\t8\t9\n\\.';
    expect(cellsOf(text)[0]!.rows).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('reads a block of one column line by line', () => {
    expect(cellsOf('COPY t (label) FROM stdin;\nfirst\nsecond\n\\.')[0]!.rows).toEqual([['first'], ['second']]);
  });

  it('leaves the indent of a pasted dump out of the first cell', () => {
    const text = '    COPY t (a, b) FROM stdin;\n    1\tx\n\t2\ty\n    \\.';
    expect(cellsOf(text)[0]!.rows).toEqual([
      ['1', 'x'],
      ['2', 'y'],
    ]);
  });

  it('reads a header written by hand in capitals or lower case, and CRLF lines', () => {
    expect(cellsOf('copy t (a, b) from STDIN;\r\n1\tx\r\n\\.\r\n')[0]!.rows).toEqual([['1', 'x']]);
    expect(cellsOf('COPY t (a, b) FROM STDIN;\n1\tx\n\\.')).toHaveLength(1);
  });

  it('finds no block in a text that only speaks of stdin', () => {
    expect(copyBlocks('The script reads its rows from stdin, one per line.\nCOPY is faster than INSERT.')).toEqual([]);
    expect(copyBlocks('echo 1 | tool --input STDIN')).toEqual([]);
  });
});

describe('copyBlockNameCells: the name columns of a COPY block', () => {
  it('takes the name cells of a tab-indented dump and of a block of one name column', () => {
    expect(names('\tCOPY staff (staff_id, first_name, last_name) FROM stdin;\n\t81\tGerrit\tVos\n\t\\.')).toEqual([
      'Gerrit',
      'Vos',
    ]);
    expect(names('COPY staff (full_name) FROM stdin;\nMarit Hoekstra\n\\N\n\\.')).toEqual(['Marit Hoekstra']);
  });

  it('leaves a bare name column of a table of things, and cells that are no name', () => {
    expect(names('COPY parts (id, name, price) FROM stdin;\n3\tHex bolt\t0.40\n\\.')).toEqual([]);
    expect(names('COPY staff (id, surname, email) FROM stdin;\n4\t1234\tq@example.org\n\\.')).toEqual([]);
  });
});
