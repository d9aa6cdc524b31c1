import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { sqlColumnAt, sqlInserts } from '../../src/detect/table/sql-insert.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const column = (sql: string, value: string) => {
  const c = sqlColumnAt(sql, sql.indexOf(value));
  return c ? sql.slice(c.start, c.end) : undefined;
};

describe('SQL INSERT with a typo in one tuple', () => {
  const missingComma = [
    'INSERT INTO socios (id, nombre, cp, alta, nivel) VALUES',
    "(201, 'Lucía Ferrer', '46021', '2025-01-03', 'A'),",
    "(202, 'Marcos Gil', '28043', '2025-02-03' 'B'),",
    "(203, 'Inés Soto', '50012', '2025-03-03', 'C');",
  ].join('\n');

  it('parts two strings a left-out comma runs together and reads the tuples after it', () => {
    const [insert] = sqlInserts(missingComma);
    expect(insert?.rows).toHaveLength(3);
    expect(column(missingComma, "'B'")).toBe('nivel');
    expect(column(missingComma, '50012')).toBe('cp');
  });

  it('keeps the postcodes of every row', () => {
    expect(spansOf(engine, missingComma, ['LOCATION'])).toEqual(expect.arrayContaining(['46021', '28043', '50012']));
  });

  it('reads on past a tuple one value short', () => {
    const sql = [
      'INSERT INTO customers (id, name, zip, tier) VALUES',
      "(7, 'Hannah Cole', '30309', 'gold'),",
      "(8, 'Omar Reyes', '60614'),",
      "(9, 'Greta Lund', '98103', 'silver');",
    ].join('\n');
    expect(sqlInserts(sql)[0]?.rows).toHaveLength(3);
    expect(column(sql, '98103')).toBe('zip');
  });

  it('still refuses a lone tuple that does not fit its column list', () => {
    expect(sqlInserts('INSERT INTO t (a, b, c) VALUES (1, 2);')).toEqual([]);
  });
});
