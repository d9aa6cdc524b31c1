import { describe, expect, it } from 'vitest';
import { CasualNameDetector } from '../../src/detect/casual-names/casual-name-detector.js';
import { columnHeader } from '../../src/detect/context.js';
import { createDetector } from '../../src/detect/engine.js';
import { rowsBelow, splitCells } from '../../src/detect/table/cells.js';
import { headerAbove } from '../../src/detect/table/header-above.js';
import { sqlColumnAt, sqlInserts } from '../../src/detect/table/sql-insert.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);
const words = (text: string, cell: { start: number; end: number } | undefined) =>
  cell ? text.slice(cell.start, cell.end) : undefined;

describe('table cells', () => {
  it('split once, honouring quotes, and walk down to the rows under a header', () => {
    const csv = 'nombre;email\n"Ruiz; Ana";ana@example.es\nLuis;l@example.es\n\nnot a row';
    const cells = splitCells(csv, 13, 39, ';');
    expect(cells.map((c) => csv.slice(c.start, c.end))).toEqual(['"Ruiz; Ana"', 'ana@example.es']);
    const rows = rowsBelow(csv, 12, ';');
    expect(rows.map((r) => csv.slice(r.cells[0]!.start, r.cells[0]!.end))).toEqual(['"Ruiz; Ana"', 'Luis']);
  });
});

describe('header above a value', () => {
  it('reads comma and semicolon tables as well as tab and pipe ones', () => {
    const csv = 'id,patient,date_of_birth\n17,Ana Ruiz,1987-06-23\n18,Luis Gil,1979-11-02';
    expect(columnHeader(csv, csv.indexOf('1979'))).toBe(' date of birth ');
    const semi = 'id;nombre;fecha de nacimiento\n17;"Ruiz; Ana";23/06/1987';
    expect(columnHeader(semi, semi.indexOf('23/06'))).toBe(' fecha de nacimiento ');
  });

  it('reads no table out of prose with a comma or two per line, or long header cells', () => {
    const prose = 'We met on Monday, then again\non 12/03/2024, after lunch';
    expect(headerAbove(prose, prose.indexOf('12/03'))).toBeUndefined();
    const long = `${'a sentence that is no label at all, not even close'},b,c\n1,2,12/03/2024`;
    expect(headerAbove(long, long.indexOf('12/03'))).toBeUndefined();
  });

  it('gives the same header however the rows are asked, far below the header included', () => {
    const rows = ['name\tdob', ...Array.from({ length: 250 }, (_, i) => `p${i}\t0${(i % 9) + 1}/02/1979`)];
    const text = rows.join('\n');
    const at = (row: number) => text.indexOf(rows[row]!) + rows[row]!.indexOf('\t') + 1;
    const first = [240, 100, 5, 240].map((r) => words(text, headerAbove(text, at(r))));
    expect(first[1]).toBe('dob');
    expect(first[2]).toBe('dob');
    expect(first[0]).toBe(first[3]);
    expect(first[0]).not.toBe('dob'); // 240 rows down is past the walk's reach, asked first or last
  });
});

describe('SQL INSERT column lists', () => {
  const sql = [
    'INSERT INTO employees (id, full_name, email, `dob`, office) VALUES',
    "  (1041, 'Ana O''Neill', 'ana@corp.example', '1987-06-23', 'Austin'),",
    "  (1042, 'luis gil', 'luis@corp.example', '1979-11-02', NOW());",
  ].join('\n');

  it('head every value tuple, quotes and nested calls inside values included', () => {
    const [insert] = sqlInserts(sql);
    expect(insert?.rows).toHaveLength(2);
    expect(words(sql, sqlColumnAt(sql, sql.indexOf('1979-11-02')))).toBe('dob');
    expect(words(sql, sqlColumnAt(sql, sql.indexOf('Austin')))).toBe('office');
    expect(sqlColumnAt(sql, sql.indexOf('employees'))).toBeUndefined();
    expect(sqlInserts('INSERT INTO t (a, b) VALUES (1);')).toEqual([]);
  });

  it('make a date under a birth column a personal date on every row', () => {
    expect(found(sql, 'DATE')).toEqual(['1987-06-23', '1979-11-02']);
    const orders = "INSERT INTO orders (id, shipped) VALUES (1, '2024-03-12'), (2, '2024-07-23');";
    expect(found(orders, 'DATE')).toEqual([]);
  });

  it('give the casual-names detector the names of a name column, in any case', () => {
    const people = new CasualNameDetector().detect(sql).map((f) => sql.slice(f.start, f.end));
    expect(people).toContain('luis gil');
    expect(people.filter((p) => p === 'luis gil')).toHaveLength(1);
  });
});
