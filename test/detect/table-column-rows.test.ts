import { describe, expect, it } from 'vitest';
import {
  type ColumnValueReader,
  columnRows,
  columnValues,
  type TableReader,
} from '../../src/detect/table/column-rows.js';

/** A reader of quiz score sheets: the "points" columns of a sheet that also has a "player" column. */
const SHEET: ColumnValueReader = {
  hint: /points/gi,
  minColumns: 3,
  maxHeaderCell: 30,
  maxRows: 50,
  aligned: true,
  extraCells: false,
  columns(words) {
    const points: number[] = [];
    let player = false;
    words.forEach((w, k) => {
      if (w?.includes('points')) points.push(k);
      else if (w?.includes('player')) player = true;
    });
    return player && points.length > 0 ? points : undefined;
  },
  value: /^\d{1,3}$/,
  label: 'MEDICAL',
  type: 'TEST_SCORE',
  score: 0.5,
};

const values = (text: string, reader: ColumnValueReader = SHEET) =>
  columnValues(text, reader, 'test').map((f) => text.slice(f.start, f.end));

describe('columnRows: the rows under a header a reader takes', () => {
  it('reads the cells under the columns of a delimited table up to a blank line', () => {
    const text = 'player;round;points\nOdile;1;14\nTeodor;1;9\n\nWilma;2;11';
    expect(values(text)).toEqual(['14', '9']);
  });

  it('reads a table aligned with spaces by where its header cells stand', () => {
    const text = 'Round two:\nplayer      round   points\nOdile Marsh   2       17\nTeodor        2       6\n';
    expect(values(text)).toEqual(['17', '6']);
    expect(values(text, { ...SHEET, aligned: false })).toEqual([]);
  });

  it('ends a table at a row of one cell or of another count', () => {
    expect(values('player,round,points\nOdile,1,14\nthat is all\nTeodor,1,9')).toEqual(['14']);
    expect(values('player,round,points\nOdile,1,14\nTeodor,1\nWilma,2,11')).toEqual(['14']);
    expect(values('player,round,points\nOdile,1,14\nMarsh, Odile,2,11')).toEqual(['14']);
  });

  it('reads a row with extra cells from the right when the reader allows them', () => {
    const text = 'player,round,points\nMarsh, Odile,2,11\nTeodor,2,8';
    expect(values(text, { ...SHEET, extraCells: true })).toEqual(['11', '8']);
  });

  it('takes no header the reader declines, and no header of too few cells', () => {
    expect(values('team,round,points\nNorth,1,40\nSouth,1,38')).toEqual([]);
    expect(values('player,points\nOdile,14')).toEqual([]);
  });

  it('gives no words for a header cell that is too long', () => {
    const text = 'player,round,"points (cumulative, all leagues)"\nOdile,1,14';
    expect(values(text)).toEqual([]);
    const third = (words: Array<string[] | undefined>) => (words[2]?.includes('points') ? [2] : undefined);
    expect(values(text, { ...SHEET, columns: third })).toEqual([]);
    expect(values(text, { ...SHEET, maxHeaderCell: 100, columns: third })).toEqual(['14']);
  });

  it('reads a second table below the first, and not a hint word inside a row as a header', () => {
    const text = 'player;round;points\nOdile;1;14\nnobody;points;player\n\nplayer;round;points\nWilma;3;5';
    expect(values(text)).toEqual(['14', '5']);
  });

  it('stops a table where the row callback says so', () => {
    const reader: TableReader<number> = { ...SHEET, columns: () => 2 };
    const seen: string[] = [];
    columnRows('player;round;points\nOdile;1;14\nTeodor;1;-\nWilma;1;3', reader, (k, _header, row) => {
      const cell = 'player;round;points\nOdile;1;14\nTeodor;1;-\nWilma;1;3'.slice(row[k]!.start, row[k]!.end);
      if (cell === '-') return false;
      seen.push(cell);
      return true;
    });
    expect(seen).toEqual(['14']);
  });
});
