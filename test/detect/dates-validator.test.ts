import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/detect/validators/dates.js';

describe('calendar_date month names', () => {
  it('takes a listed name, an abbreviation or any beginning of a full name', () => {
    for (const v of [
      '14 Sept 2020',
      'Sept. 8, 2020',
      '3 Agost 2020',
      '23-octubre-1972',
      '1 Setiembre 2001',
      'Febr 3, 2020',
    ])
      expect(calendarDate(v), v).not.toBeNull();
  });

  it('refuses words that only start like a month', () => {
    for (const v of [
      '3 sets 2020',
      '2 marks 2021',
      '6 novels 2019',
      '4 Decks 2020',
      '12 Janitor 2020',
      '3 Marcos 2020',
    ])
      expect(calendarDate(v), v).toBeNull();
  });

  it('reads month names spelled out in French, German, Italian and Portuguese', () => {
    for (const v of ['3 février 1987', '21 août 1979', '9. März 1966', '30 dezembro 2001', '5 maggio 1994'])
      expect(calendarDate(v), v).not.toBeNull();
  });
});
