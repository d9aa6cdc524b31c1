import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Drugs by brand in prescriptions and pharmacy messages. Every example is invented (the brands of the first test are
// made up, so only their dose and the pharmacy cue can tell them).
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: brands told by their dose', () => {
  it('reads a capitalised word before a dose as a drug in a pharmacy text', () => {
    expect(kept('Pharmacy note: patient takes Quelvora 5 mg and Brintex 0.5 mcg daily.')).toEqual([
      'Quelvora 5 mg',
      'Brintex 0.5 mcg daily',
    ]);
    expect(kept('Receta: Zarnovil 20 mg por la noche y Duvexa 2,5 mg.')).toEqual([
      'Zarnovil 20 mg por la noche',
      'Duvexa 2,5 mg',
    ]);
  });

  it('leaves doses without a pharmacy cue and verbs before a dose alone', () => {
    expect(kept('The catalogue lists the Quelvora 5 ml vase.')).toEqual([]);
    expect(kept('Prescription for Mr Hale: Take 5 mg twice daily.')).toEqual([]);
  });

  it('knows widely used brands and chemotherapy regimens', () => {
    expect(kept('Repeat prescription: Flomax and Eutirox for Mrs Gil.')).toEqual(['Flomax', 'Eutirox']);
    expect(kept('The patient started FOLFOX in May.')).toEqual(['FOLFOX']);
  });
});
