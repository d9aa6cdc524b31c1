import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Every text below is invented for these tests.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('MedicalDetector: a Spanish leaflet speaks to anyone who has the condition', () => {
  it('drops the conditions of a leaflet whose only "tiene" is "si tiene"', () => {
    const a =
      'Resume este prospecto.\nNaproxeno Normon 500 mg comprimidos EFG\n' +
      'Indicado para la artrosis, la gota y el dolor menstrual.\n' +
      'No lo tome si tiene asma, insuficiencia renal grave o úlcera de estómago.';
    expect(kept(a)).toEqual([]);
    const b =
      'Explícame este folleto: Loratadina 10 mg alivia la rinitis alérgica y la urticaria. ' +
      'Consulte a su farmacéutico si usted padece epilepsia o insuficiencia hepática.';
    expect(kept(b)).toEqual([]);
    const c =
      'Advertencias: no use este jarabe si tiene diabetes o hipertensión; si está embarazada consulte antes. ' +
      'Alivia la tos seca y la faringitis.';
    expect(kept(c)).toEqual([]);
  });

  it('keeps them when someone is said to have one', () => {
    expect(kept('Mi padre tiene insuficiencia renal y toma naproxeno 500 mg.')).toEqual(
      expect.arrayContaining(['insuficiencia renal']),
    );
    expect(kept('Pregunta si puede tomarlo: su hija tiene asma desde los 4 años.')).toEqual(
      expect.arrayContaining(['asma']),
    );
    expect(kept('Dice que tiene epilepsia y no sabe si tiene que dejar la loratadina.')).toEqual(
      expect.arrayContaining(['epilepsia']),
    );
  });
});

describe('clinical scales and vital signs without a unit', () => {
  it('masks a consciousness, performance or pain score written against a patient', () => {
    expect(medical('Handover: found on the floor, GCS 12, smells of alcohol.')).toContain('GCS 12');
    expect(medical('Urgencias: paciente desorientado, GCS 13/15.')).toContain('GCS 13/15');
    expect(medical('Review before cycle 4: ECOG 2, eating less.')).toContain('ECOG 2');
    expect(medical('Valoración oncológica: ECOG PS 1, buen estado general.')).toContain('ECOG PS 1');
    expect(medical('Tras 8 sesiones, EVA inicial 9 → actual 4.')).toContain('EVA inicial 9 → actual 4');
    expect(medical('Knee pain VAS 7 -> 3 after injection.')).toContain('VAS 7 -> 3');
    expect(medical('Dolor cervical, EVA de 7 por la mañana.')).toContain('EVA de 7');
  });

  it('takes a bare heart or breathing rate only beside another vital sign on its line', () => {
    expect(medical('Obs on arrival: HR 44, BP 86/50, SpO2 90% on air')).toEqual(
      expect.arrayContaining(['HR 44', 'BP 86/50']),
    );
    expect(medical('Signos: TA 160/95, FC 110, Tª 38,2 ºC')).toEqual(expect.arrayContaining(['FC 110']));
    expect(medical('Obs: BP 99/61, HR 126, RR 30')).toEqual(expect.arrayContaining(['HR 126', 'RR 30']));
  });

  it('reads a weight in a trial form with the subject sex as its person', () => {
    expect(medical('Subject 318-0042   Sex: M\nWeight 77.9 kg   Height 181 cm')).toContain('Weight 77.9 kg');
    expect(medical('Sexo: M\nPeso 92 kg')).toContain('Peso 92 kg');
  });

  it('leaves ranges, headcounts and storage alone', () => {
    expect(medical('Eligibility: ECOG 0-1, life expectancy over 12 weeks.')).toEqual([]);
    expect(medical('Criterio de inclusión: ECOG 0 o 1.')).toEqual([]);
    expect(medical('HR 12, Sales 40, Ops 9 — headcount by team.')).toEqual([]);
    expect(medical('Move the exports to GCS 3 buckets in eu-west.')).toEqual([]);
    expect(medical('Eva de 9 años viene con su madre.')).toEqual([]);
  });
});
