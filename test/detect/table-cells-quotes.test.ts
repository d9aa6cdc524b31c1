import { describe, expect, it } from 'vitest';
import { CasualNameDetector } from '../../src/detect/casual-names/casual-name-detector.js';
import { alignedCells, countAlignedCells, countCells, splitCells } from '../../src/detect/table/cells.js';
import { spansOf } from '../support/spans.js';

const cellsOf = (line: string, delimiter: string) =>
  splitCells(line, 0, line.length, delimiter).map((c) => line.slice(c.start, c.end));

describe('CSV cells honour RFC 4180 quotes', () => {
  it('keep the delimiter inside a quoted cell, for comma, semicolon and tab exports', () => {
    expect(cellsOf('12,"Pendlebury Marsh, Odile",odile@example.org', ',')).toEqual([
      '12',
      '"Pendlebury Marsh, Odile"',
      'odile@example.org',
    ]);
    expect(cellsOf('7;"Villaseñor Ibarra; Leocadia";Oviedo', ';')).toEqual([
      '7',
      '"Villaseñor Ibarra; Leocadia"',
      'Oviedo',
    ]);
    expect(cellsOf('3\t"Tresilian,\tGwenllian"\tnew', '\t')).toEqual(['3', '"Tresilian,\tGwenllian"', 'new']);
  });

  it('read a doubled quote inside a quoted cell as one quote, not as the cell end', () => {
    expect(cellsOf('1,"O""Dwyer, Caoimhe",x', ',')).toEqual(['1', '"O""Dwyer, Caoimhe"', 'x']);
    expect(cellsOf('2;"la ""Nena"" Arrieta; Begoña";y', ';')).toEqual(['2', '"la ""Nena"" Arrieta; Begoña"', 'y']);
    expect(cellsOf('"""quoted"" start",b', ',')).toEqual(['"""quoted"" start"', 'b']);
  });

  it('let a quote inside a bare cell quote nothing, so the cells after it still split', () => {
    expect(cellsOf('monitor 27" wide,Leeds,4', ',')).toEqual(['monitor 27" wide', 'Leeds', '4']);
    expect(cellsOf('pantalla de 15";Murcia;9', ';')).toEqual(['pantalla de 15"', 'Murcia', '9']);
    expect(cellsOf('the "Aurora" plan,active,2', ',')).toEqual(['the "Aurora" plan', 'active', '2']);
    const line = 'a 5" pipe,b,c';
    expect(countCells(line, 0, line.length, ',')).toBe(3);
  });

  it('split tables aligned with spaces by one splitter, counting and cutting alike', () => {
    const line = 'ana ruiz    Zaragoza   1986-07-14';
    expect(alignedCells(line, 0, line.length).map((c) => line.slice(c.start, c.end))).toEqual([
      'ana ruiz',
      'Zaragoza',
      '1986-07-14',
    ]);
    expect(countAlignedCells(line)).toBe(3);
    expect(countAlignedCells('one line of prose, single spaced')).toBe(1);
  });
});

describe('a name column of a CSV export with "Surname, Given" cells', () => {
  const casual = new CasualNameDetector();
  const people = (text: string) => spansOf(casual, text, ['PERSON'], 0.5);

  it('keeps the whole quoted name, in English and Spanish exports', () => {
    expect(
      people('id,name,email\n4,"Fairweather Quill, Imogen",iq@example.org\n5,"Bax, Tobias",t@example.org'),
    ).toEqual(['Fairweather Quill, Imogen', 'Bax, Tobias']);
    expect(
      people('id;nombre;telefono\n8;"Arrieta Solórzano, Begoña";600 000 000\n9;"Iturbe, Jacinto";611 000 000'),
    ).toEqual(['Arrieta Solórzano, Begoña', 'Iturbe, Jacinto']);
    expect(people('ref\tpatient\tward\n1\t"Lanyon, Morwenna"\tB2')).toEqual(['Lanyon, Morwenna']);
  });

  it('still skips cells that are no name', () => {
    expect(people('id,name,email\n4,"Acme, Inc. 2024",x@example.org')).toEqual([]);
    expect(people('id;nombre;telefono\n8;"12, Calle Sol";600 000 000')).toEqual([]);
  });
});
