import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Prescriptions and notes made up for these tests.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: a term is masked with what a prescription or a note writes after it', () => {
  it('takes a drug with its dose, route, frequency and course', () => {
    expect(kept('Patient: Ann. New rx: doxycycline 100 mg BD x7 days; aspirin 75 mg od; levothyroxine 50mcg.')).toEqual(
      ['doxycycline 100 mg BD x7 days', 'aspirin 75 mg od', 'levothyroxine 50mcg'],
    );
    expect(
      kept('Paciente de 70 años. Plan: piperacilina/tazobactam 4 g IV c/8h, amoxicilina 1 g cada 8 horas.'),
    ).toEqual(['piperacilina/tazobactam 4 g IV c/8h', 'amoxicilina 1 g cada 8 horas']);
    // A number without a unit is no dose: "losartan 50" may be a count or a price.
    expect(kept('Patient: Ann. Switched to losartan 50 last week.')).toEqual(['losartan']);
  });

  it("takes the stage or grade of a condition, where and when a symptom is felt and a fever's temperature", () => {
    expect(kept('Patient: Tom, with CKD stage 3b and breast cancer stage IIa.')).toEqual([
      'CKD stage 3b',
      'breast cancer stage IIa',
    ]);
    expect(kept('Paciente con fiebre de 38,9 °C desde ayer.')).toEqual(['fiebre de 38,9 °C']);
    expect(kept('Patient: Tom, breathlessness on two flights of stairs and chest pain at rest.')).toEqual([
      'breathlessness on two flights of stairs',
      'chest pain at rest',
    ]);
    expect(kept('Paciente con dolor abdominal en fosa ilíaca derecha de 2 días.')).toEqual([
      'dolor abdominal en fosa ilíaca derecha',
    ]);
    expect(kept('Patient: Tom, chest pain at a football match.')).toEqual(['chest pain']);
    // Not a body temperature: the fever ends at its name.
    expect(kept('Paciente con fiebre de 3 días.')).toEqual(['fiebre']);
  });
});
