import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 21: health professionals' register numbers after a register that names other things too (NMC, GPhC, a
// Spanish "col."), and the scores of care and nursing assessment scales. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a nurse’s, a therapist’s or a pharmacist’s register number', () => {
  it('reads the number after NMC, AHPRA, HCPC or col. when the professional stands before it on the line', () => {
    expect(medical('Ward nurse: Janet Oyelaran, RN (NMC 14A2209F)')).toContain('14A2209F');
    expect(medical('OT assessment by Maria Lenz (AHPRA OCC0001234567) for the participant.')).toContain(
      'OCC0001234567',
    );
    expect(medical('Physio notes from Daniel Forbes (HCPC PH118234) attached.')).toContain('PH118234');
    expect(medical('Dentista: Dr. Eusebio Ugarte (col. 28/31/05562)')).toContain('28/31/05562');
    expect(medical('Checked by the pharmacist, Thaddeus Tilley (GPhC 2230419).')).toContain('2230419');
  });

  it('leaves the same short names alone with no health professional on the line', () => {
    expect(medical('The NMC 2024 annual report counts 800000 registrants.')).toEqual([]);
    expect(medical('Puesto 12, Col. 4521 del mercado, junto a la fuente.')).toEqual([]);
    expect(medical('Spreadsheet: col. 14 holds the totals, col. 15 the VAT.')).toEqual([]);
  });
});

describe('care and nursing assessment scales', () => {
  it('reads a resident’s or a patient’s score, in English and Spanish', () => {
    const es = medical(
      'Residente: Leocadia Villar, nacida el 03/03/1940. Barthel: 45. Riesgo de caídas: alto (Downton 3).',
    );
    expect(es).toContain('Barthel: 45');
    expect(es).toContain('Downton 3');
    expect(medical('Patient: Hugh Danby DOB 01/02/1960. Epworth score 15, snores.')).toContain('Epworth score 15');
    const es2 = medical('Paciente: Herminia Ibáñez. Escala de Epworth 18; índice de Barthel de 60 puntos.');
    expect(es2).toContain('Epworth 18');
    expect(es2).toContain('Barthel de 60');
    // Two scores a comma apart are one row of readings, one span (list-join.ts, session 32).
    expect(medical('Resident Mr Coyle: Braden score 13, Waterlow 16, turn two-hourly.')).toEqual(
      expect.arrayContaining(['Braden score 13, Waterlow 16']),
    );
  });

  it('reads a skin phototype on a client’s laser consent', () => {
    const found = medical('Paciente: Brígida Gil, DNI 12345678Z. Fototipo: III (Fitzpatrick). Zona: axilas.');
    expect(found).toContain('III (Fitzpatrick)');
    expect(medical('Client: Ms Anya Moss, DOB 02/05/1991. Phototype V, patch test done.')).toContain('Phototype V');
  });

  it('leaves a guide’s ranges, a town, an antivirus and a text about nobody alone', () => {
    expect(
      medical('The Barthel index ranges from 0 to 100; a Barthel of 60 or more means mild dependence. Epworth 10-24.'),
    ).toEqual([]);
    expect(medical('Mr Pratt flies Glasgow 14:20; renew Norton 360 for 5 devices.')).toEqual([]);
    expect(medical('Norton 12 was the away team’s shirt number, said Ms Lee.')).toEqual([]);
    expect(medical('Escala de Barthel: 10 ítems, puntuación de 0 a 100.')).toEqual([]);
    expect(medical('Contraindicado en insuficiencia cardiaca grave (NYHA IV). Ficha técnica.')).toEqual([]);
  });
});
