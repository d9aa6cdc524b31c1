import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Set 12's medical classes. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: the letter prefix of a case number', () => {
  it('does not read a form or case number prefix as a condition’s initials', () => {
    const ms = 'Request form MS-4471\nDx: multiple sclerosis, relapsing.\nCase #: MS-2025-100293';
    expect(kept(ms)).toContain('multiple sclerosis, relapsing');
    expect(kept(ms)).not.toContain('MS');
    const ckd = 'Ref CKD-0081. Patient with chronic kidney disease stage 3 on review.';
    expect(kept(ckd)).not.toContain('CKD');
    const es = 'Expediente AR-3310: paciente con artritis reumatoide en tratamiento.';
    expect(kept(es)).not.toContain('AR');
  });

  it('still reads the initials used on their own', () => {
    const ms = 'Request form MS-4471\nDx: multiple sclerosis. MS stable since spring.';
    expect(kept(ms)).toContain('MS');
  });
});
