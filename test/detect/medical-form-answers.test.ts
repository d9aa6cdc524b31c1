import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { allSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

const kept = (text: string) => allSpansOf(detector, text, 0.5);

describe('MedicalDetector: answers and fields of a health form about someone', () => {
  it('takes the yes answer to a health question, to the end of its line', () => {
    const form = [
      'Nombre: Irene Pastor Gil',
      'Fecha de nacimiento: 02/02/1990',
      '¿Está embarazada? Sí, 20 semanas',
      '¿Ha estado de baja el último año? Sí, un mes por una hernia',
      '¿Toma medicación? No',
    ].join('\n');
    const spans = kept(form);
    expect(spans).toContain('Sí, 20 semanas');
    expect(spans.join(' | ')).toContain('un mes por una hernia');
    expect(spans).not.toContain('No');
    const en = 'Name: Rhodri Dree\nDOB: 09/09/1991\nHave you had time off sick this year? YES - 2 weeks in June';
    expect(kept(en)).toContain('YES - 2 weeks in June');
  });

  it('does not take a blank form’s options, a question about anything else or a form about nobody', () => {
    expect(kept('Are you pregnant? Yes / No\nAny medication? Yes or no')).toEqual([]);
    expect(kept('Name: Rhodri Dree\nDOB: 09/09/1991\nDo you hold a driving licence? Yes, since 2012')).toEqual([]);
    expect(kept('FAQ: Can I book online? Yes, from the home page.')).toEqual([]);
  });

  it('takes a blood group after its cue in a text about someone', () => {
    expect(kept('Paciente: Ramiro Zubeldia\nGrupo sanguíneo: A positivo')).toContain('Grupo sanguíneo: A positivo');
    expect(kept('Patient: Elin Marsh, DOB 01/01/1980\nBloods: blood group AB Rh negative')).toContain(
      'blood group AB Rh negative',
    );
    expect(kept('Tipo de sangre: O+\nNombre: Tania Ruiz Sol\nDNI: 51234567Z').join(' | ')).toContain(
      'Tipo de sangre: O+',
    );
  });

  it('does not take a blood group with nobody in the text, nor a lower-case letter after the cue', () => {
    expect(kept('People with blood group O negative are universal donors.')).toEqual([]);
    expect(kept('Name: Elin Marsh\nDOB: 01/01/1980\nThe blood group a donor needs is listed below.')).toEqual([]);
  });

  it('takes the doses and dates of a vaccination card about someone', () => {
    const card = [
      'CARTILLA DE VACUNACIÓN',
      'Nombre: Leo Ibáñez Cruz   Fecha de nacimiento: 03/05/2022',
      'Rotavirus — 1a 03/07/2022, 2a 05/09/2022',
      'Triple viral — aplicada 10/05/2023',
    ].join('\n');
    expect(kept(card)).toEqual(expect.arrayContaining(['1a 03/07/2022, 2a 05/09/2022', 'aplicada 10/05/2023']));
  });

  it('does not take a vaccination campaign’s sessions with nobody in the text', () => {
    expect(kept('Vaccination clinic: 1st 03/07/2026 and 2nd 05/09/2026 sessions in the canteen.')).toEqual([]);
  });
});
