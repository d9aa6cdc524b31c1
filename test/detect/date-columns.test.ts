import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { personalDateCells, personalDateHeader } from '../../src/detect/table/date-columns.js';
import { spansOf } from '../support/spans.js';

// Tables made up for these tests: invented people, dates and columns.
const engine = createDetector();
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('personal date columns of tables lined up with spaces', () => {
  it('knows the headers that name a date of someone', () => {
    for (const h of ['dob', 'birth_date', 'birthDate', 'DateOfBirth', 'fecha_nac', 'fecha_nacimiento', 'Geburtsdatum'])
      expect(personalDateHeader(h), h).toBe('DATE_OF_BIRTH');
    for (const h of ['admission_date', 'fecha_ingreso', 'hire_dt', 'date_of_death'])
      expect(personalDateHeader(h), h).toBe('DATE');
    for (const h of ['created_at', 'order_date', 'signup_date', 'updated', 'financial_year', 'admin'])
      expect(personalDateHeader(h), h).toBeUndefined();
  });

  it('masks every date of a data frame print under a date-of-birth header', () => {
    const print = [
      '>>> users.head(3)',
      '   user_id  name           birth_date  signup_date  plan',
      '0  U-88120  Hana Kowalski  1983-02-11   2024-05-01  pro',
      '1  U-88121  Idris Bello    1979-10-30   2024-05-03  free',
      '2  U-88122  Lin Qiao       2001-06-17   2024-05-07  pro',
      '',
      'why is the join dropping rows?',
    ].join('\n');
    expect(dates(print)).toEqual(['1983-02-11', '1979-10-30', '2001-06-17']);
  });

  it('reads a query result without an index column, and only the rows under the header', () => {
    const result = [
      ' patient_ref | ward', // a pipe line is a delimited table: not read here
      '',
      'mrn       fecha_nac   fecha_ingreso  cama',
      'A-1102    12/03/1950  02/11/2026     14',
      'A-1107    30/07/1944  05/11/2026     9',
      '(2 rows)',
      '2026-11-30 is the export date',
    ].join('\n');
    expect(personalDateCells(result).map((c) => result.slice(c.start, c.end))).toEqual([
      '12/03/1950',
      '02/11/2026',
      '30/07/1944',
      '05/11/2026',
    ]);
  });

  it('leaves columns of other dates, non-dates and prose alone', () => {
    const print = [
      '   order_id  created_at  shipped_on  total',
      '0  O-2201    2026-11-02  2026-11-04  41.20',
      '1  O-2202    2026-11-03  2026-11-05  12.00',
    ].join('\n');
    expect(personalDateCells(print)).toEqual([]);
    expect(personalDateCells('   id  dob  plan\n0  7  n/a  pro\n1  8  unknown  free')).toEqual([]);
    expect(personalDateCells('She was born in Leeds and  moved  in 2019-03-01.\nNext line 2020-01-01')).toEqual([]);
  });
});
