import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 33: clinicians' register numbers in the forms their countries write them. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a clinician’s register number', () => {
  it('reads an Argentine province’s register without its dots after a doctor or a lab’s biochemist', () => {
    expect(medical('Médica de cabecera: Dra. Olinda Ferraro, MP 30718')).toEqual(['30718']);
    expect(medical('bioquímico firmante: T. Arrieta, MP 2291')).toEqual(['2291']);
  });

  it('reads Uruguay’s, Panama’s and Peru’s registers after the clinician', () => {
    expect(medical('Médico: Dr. Anselmo Brea, Caja Profesional N.º 60312')).toEqual(['60312']);
    expect(medical('Certifica: Dra. Nilda Tejeira, idoneidad 7305')).toEqual(['7305']);
    expect(medical('Visita: Lic. Zoila Ccori (enfermería, CEP 077415)')).toEqual(['077415']);
  });

  it('reads a register after Chile’s “Kine”, Poland’s “lek.” and a pharmacy degree', () => {
    expect(medical('Kine Baltazar Urrutia, RNPI 517730')).toEqual(['517730']);
    expect(medical('Skierowanie: lek. Wiesław Kordas, NPWZ 3318406')).toEqual(['3318406']);
    expect(medical('Ebba Crannock B.Pharm, AHPRA PHA0002271854')).toEqual(['PHA0002271854']);
  });

  it('reads a number after “practitioner no.” and a lactation consultant’s certificate', () => {
    expect(medical('Prescriber: Dr Ivo Marchbank, psychiatry, MSP practitioner no. Q7702')).toEqual(['Q7702']);
    expect(medical('Seen by Maren Solvik, IBCLC L-402218')).toEqual(['L-402218']);
  });

  it('leaves a state code before a ZIP, a member of parliament and the credential alone', () => {
    expect(medical('Office: 14 Garapan Rd, Saipan, MP 96950')).toEqual([]);
    expect(medical('The local MP 2024 campaign met the nurses’ union.')).toEqual([]);
    expect(medical('Maren Solvik, IBCLC, runs the Tuesday feeding group.')).toEqual([]);
  });
});
