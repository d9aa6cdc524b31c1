import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const names = (text: string) => spansOf(engine, text, ['PERSON']);

describe('names in capitals inside fixed-width records', () => {
  it('finds a payee glued to the amount of a payment file (en)', () => {
    const text =
      'Why does this payment file fail validation?\n' +
      '4401882736150099112233445566    0000012500GALLAGHER P M     NOV26 WAGES\n' +
      '4401882736150099112233445567    0000009900HARTLEY-BYRNE S   NOV26 WAGES\n';
    const found = names(text);
    expect(found).toContain('GALLAGHER P M');
    expect(found).toContain('HARTLEY-BYRNE S');
  });

  it('finds a customer glued to the record key of a COBOL dump (en)', () => {
    const text = 'Decode these records:\n00512233BYRNE SIOBHAN M            88120455019870212\n';
    expect(names(text)).toContain('BYRNE SIOBHAN M');
  });

  it('finds a taxpayer after a padded id and a resident at the head of a census line (es)', () => {
    expect(
      names(
        'Revisa el fichero:\n2190202600B12345678Z12345678Z         MENDOZA DE LA ROSA CARMEN              29A 000\n',
      ),
    ).toContain('MENDOZA DE LA ROSA CARMEN');
    expect(names('Personas inscritas:\nMENDOZA, CARMEN ROSA   DNI 12345678Z   F. nacimiento 01/02/1980\n')).toContain(
      'MENDOZA, CARMEN ROSA',
    );
  });

  it('leaves words, firms and headers in capitals alone', () => {
    expect(names('Record:\n4401882736150099112233445566    0000012500SALARY PAYMENT      NOV26\n')).toEqual([]);
    expect(names('Fichero:\n00A12345678TRANSPORTES MERIDIANO SL        0000123400\n')).toEqual([]);
    expect(names('Totals:\n000012345678    TOTAL AMOUNT        99887766\n')).toEqual([]);
  });
});
