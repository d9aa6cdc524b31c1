import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 29: a ward's list where a bed's number opens each patient's line, and the record fields of a form from a
// clinic abroad. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a line a bed number opens is about its patient', () => {
  it('keeps the conditions of a ward list in English and Spanish', () => {
    const ward = medical('Night notes\nBed 6: cellulitis left leg, IV flucloxacillin\nBed 11 - delirium, falls risk');
    expect(ward.join(' | ')).toContain('cellulitis');
    expect(ward.join(' | ')).toContain('delirium');
    const planta = medical('Pase de planta\nCama 21 - neumonía basal derecha\nCama 23: insuficiencia renal aguda');
    expect(planta.join(' | ')).toContain('neumonía');
  });

  it('keeps a room’s line only in a text about care', () => {
    expect(medical('Relevo de enfermería\nHab. 312: ictus, disfagia a líquidos').join(' | ')).toContain('ictus');
    expect(medical('Conference rooms\nRoom 2: asthma in schools\nRoom 5: diabetes technology')).toEqual([]);
  });

  it('reads a Turkish or an Italian form’s birth date field as a record about someone', () => {
    expect(
      medical('Hasta: Deniz Karaoğlu\nDoğum tarihi: 14.06.1981\nTanı: hipertansiyon; ilaç: amlodipin 5 mg').length,
    ).toBeGreaterThan(0);
    expect(
      medical('Paziente: Livia Santarsiero\nData di nascita: 03/09/1964\nDiagnosi: diabete mellito tipo 2').length,
    ).toBeGreaterThan(0);
  });
});
