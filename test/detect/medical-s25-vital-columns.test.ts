import { describe, expect, it } from 'vitest';
import { vitalColumnCells } from '../../src/detect/medical/vital-columns.js';

// Session 25: the cells under a vital sign's column in a table one person keeps (a home monitor's export, a glucose
// diary, an observation chart), and tables that describe no one. Every example is invented.
const cells = (text: string, someone = true): string[] =>
  vitalColumnCells(text, 't', () => someone).map((f) => text.slice(f.start, f.end));

describe('vital-sign columns of a person’s table', () => {
  it('reads a home blood pressure export, a row shifted by a split name read from the right', () => {
    const text =
      'patient,taken_at,sys,dia,pulse,comment\n' +
      'Odile,Marchetti,2026-03-02 06:50,152,97,77,\n' +
      'Odile,Marchetti,2026-03-02 20:15,141,89,70,dizzy\n';
    expect(cells(text)).toEqual(['152', '97', '77', '141', '89', '70']);
  });

  it('reads a Spanish glucose diary and an aligned observation chart', () => {
    expect(
      cells('Fecha | Glucemia ayunas | Glucemia cena | Peso\n3/5 | 142 | 188 | 71,5 kg\n4/5 | 131 | 205 | 71,2 kg\n'),
    ).toEqual(['142', '188', '71,5 kg', '131', '205', '71,2 kg']);
    expect(cells('Time    Temp    HR    SpO2\n08:00   38.4    112   93%\n12:00   37.9    104   95%\n')).toEqual([
      '38.4',
      '112',
      '93%',
      '37.9',
      '104',
      '95%',
    ]);
  });

  it('reads "dia" as a diastolic pressure only beside a systolic one', () => {
    expect(cells('Día | Glucosa | Notas\nlunes | 96 | bien\n')).toEqual(['96']);
  });

  it('leaves a trial’s summary, a product sheet and a text about nobody alone', () => {
    expect(cells('Arm | n | mean systolic | mean diastolic\nA | 120 | 131 | 82\nB | 118 | 128 | 80\n')).toEqual([]);
    expect(cells('Model | Weight | Temp range\nX200 | 1.2 | 40\n')).toEqual([]);
    expect(cells('date,sys,dia,pulse\n2026-01-04,128,81,66\n', false)).toEqual([]);
  });
});
