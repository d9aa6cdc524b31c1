import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Referral letters and notes made up for these tests; no line is taken from an evaluation set.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: what a referral letter says about the heart and the chest', () => {
  it('finds heart-tracing findings and chest symptoms, with their qualifiers', () => {
    const letter =
      'Re: Mr Tomas Berg. Please see this 58-year-old with exertional chest tightness and palpitations. ' +
      'ECG shows ST depression in the lateral leads, new T-wave inversion in V1-V3 and left bundle branch block.';
    expect(kept(letter)).toEqual([
      'exertional chest tightness',
      'palpitations',
      'ST depression',
      'T-wave inversion',
      'left bundle branch block',
    ]);
    expect(kept('Paciente con opresión torácica. ECG: descenso del ST y bloqueo de rama izquierda.')).toEqual([
      'opresión torácica',
      'descenso del ST',
      'bloqueo de rama izquierda',
    ]);
  });

  it('reports the result after a routine test, not the name of the test heading it', () => {
    expect(kept('Patient: Ana Ruiz. ECG today shows sinus tachycardia.')).toEqual(['sinus tachycardia']);
    expect(kept('Paciente de 40 años. Ecografía: colecistitis aguda.')).toEqual(['colecistitis aguda']);
    // Without a result after it the test stays: it is what was done to the patient.
    expect(kept('Patient booked for an ECG and an MRI of the knee.')).toEqual(['ECG', 'MRI']);
    // A body part before the test is part of its name.
    expect(kept('Patient: Ann Ruiz. Lumbar MRI and knee x-ray booked.')).toEqual(['Lumbar MRI', 'knee x-ray']);
  });

  it('reads "Allergy:" as the name of a field, and the drug after it as the data', () => {
    expect(kept('Patient: Ana Ruiz\nAllergy: amoxicillin (hives)')).toEqual(['amoxicillin (hives)']);
    expect(kept('Patient: Ana Ruiz, known latex allergy.')).toEqual(['latex allergy']);
  });

  it('finds how a fracture was set', () => {
    expect(kept('Claimant: Joe Bloggs. Broken left wrist, closed reduction and cast at the ER.')).toEqual([
      'Broken left wrist',
      'closed reduction',
    ]);
    expect(kept('Claimant: Jo Marsh. Her arm is in a cast for six weeks.')).toEqual(['in a cast']);
    expect(kept('The cast applied their make-up before the show.')).toEqual([]);
  });

  it('takes a condition someone is in treatment for as theirs, not a new treatment for it', () => {
    expect(kept("He said he's currently on treatment for bladder cancer, so Fridays are hard.")).toEqual([
      'treatment for bladder cancer',
    ]);
    expect(kept('A new treatment for bladder cancer was approved this week.')).toEqual([]);
  });

  it('reads a hospital number after the cue UK letters use', () => {
    expect(kept('Hospital no. K7731204, ward 5.')).toEqual(['K7731204']);
    expect(kept('Unit no: R0042187')).toEqual(['R0042187']);
    expect(kept('Take the number 12 bus to the hospital. Unit 4, Riverside Park.')).toEqual([]);
    expect(kept('my refill (rx #4410927) is on hold')).toEqual(['4410927']);
    expect(kept('benchmarks of the RX 7900 and RX #2 cards')).toEqual([]);
  });
});
