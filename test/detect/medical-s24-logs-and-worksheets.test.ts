import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 24: a rescue team's or a first-aid post's log about the casualty it treats, and the look-alikes: a
// drug-calculation worksheet, a first-aid course's handout, a container's size code before a seal number. Every
// example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a log about the casualty a team treats', () => {
  it('reads the conditions and readings of a rescue log, in English and Spanish', () => {
    const en = medical(
      'Callout 31-07\n11:20 Team reaches casualty below the col, alert.\n11:26 Known insulin-treated diabetic, CBG 2.8, ' +
        'glucose gel given; CBG 6.0 at 11:45.',
    );
    expect(en.join(' | ')).toContain('CBG 2.8');
    expect(en.join(' | ')).toContain('CBG 6.0');
    const es = medical(
      'Parte de rescate 14/22\n16:05 Llegamos al accidentado en la canal norte.\n16:12 Fractura abierta de tibia ' +
        'izquierda, consciente.',
    );
    expect(es.join(' | ')).toContain('Fractura abierta de tibia');
  });

  it('leaves a first-aid course’s casualty alone', () => {
    expect(
      medical('First aid course handout: if the casualty is a known diabetic and confused, give glucose gel.'),
    ).toEqual([]);
  });
});

describe('worksheets and codes that are nobody’s record', () => {
  it('leaves a drug-calculation worksheet alone, in English and Spanish', () => {
    const en =
      'Please mark my answers to these calculation questions.\nQ1. A prescription reads cefalexin 125 mg/5 mL, ' +
      '250 mg four times daily for 5 days. Volume? My answer: 200 mL.\nQ2. Mr B (example patient in the textbook) ' +
      'needs oxycodone 5 mg/5 mL, 2.5 mg every 6 hours. Daily volume? My answer: 10 mL.';
    expect(medical(en)).toEqual([]);
    const es =
      'Revisa mis respuestas de los ejercicios de cálculo de dosis.\n1. Se prescribe paracetamol 160 mg/5 mL, ' +
      '240 mg cada 8 horas. ¿Volumen por toma? Mi respuesta: 7,5 mL.';
    expect(medical(es)).toEqual([]);
  });

  it('still reads a real patient’s prescription', () => {
    expect(
      medical(
        'Patient: Lavinia Crabtree-Oduya, DOB 12/12/1961.\nRx: flucloxacillin 500 mg four times daily for 7 days.',
      ),
    ).not.toEqual([]);
  });

  it('does not read a container’s high-cube size as a record cue', () => {
    expect(medical('Box        Size  Seal\nTCLU5520817  45HC  KR551093  loaded 08:40')).toEqual([]);
    expect(medical('Paciente: Remedios Ibarrola. HC 5521907, cama 4.').join(' | ')).toContain('5521907');
  });
});
