import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 33: a diagnosis field's value is the person's condition even in words no vocabulary holds. Invented examples.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a diagnosis, a visit’s reason or a smoker’s answer as a record’s field', () => {
  it('reads the value in a record about an identified person', () => {
    const record = 'Patient: Wystan Pellow\nDOB: 11/08/1966\nDiagnosis: quellivar plaque of the right instep';
    expect(medical(record)).toEqual(['quellivar plaque of the right instep']);
    const ficha =
      'Paciente: Zuriñe Urquiaga Oter\nFecha de nacimiento: 04/05/1979\nMotivo de consulta: pitidos al agacharse';
    expect(medical(ficha)).toEqual(['pitidos al agacharse']);
    const intake = 'Patient: Wystan Pellow\nDOB: 11/08/1966\nSmoker: yes, about 15/day';
    expect(medical(intake).join(' | ')).toContain('about 15/day');
  });

  it('adds nothing for an empty answer or in a form about no one’s health', () => {
    expect(medical('Patient: Wystan Pellow\nDOB: 11/08/1966\nSmoker: no')).toEqual([]);
    expect(medical('Tenant: Wystan Pellow\nSmoker: no\nPets: one cat')).toEqual([]);
  });
});
