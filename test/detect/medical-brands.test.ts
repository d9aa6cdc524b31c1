import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: brand names and everyday clinical words', () => {
  it('finds drugs by the brand names people use', () => {
    expect(kept('My son carries an EpiPen and takes Zyrtec in spring.')).toEqual(['EpiPen', 'Zyrtec']);
    expect(kept('She was sent home on co-codamol and Gaviscon.')).toEqual(['co-codamol', 'Gaviscon']);
    expect(kept('A mi madre le dieron acetaminofén y Nolotil para el dolor.')).toEqual(['acetaminofén', 'Nolotil']);
  });

  it('finds everyday injury and treatment words', () => {
    expect(kept('The claimant reports a whiplash injury after the collision.')).toContain('whiplash injury');
    expect(kept('Mi hijo tiene un esguince de tobillo y no puede ir a clase.')).toContain('esguince de tobillo');
    expect(kept('mi tía empieza la quimio el lunes')).toContain('quimio');
    expect(kept('He has had breathlessness on the stairs for a month.')).toContain('breathlessness');
  });

  it('leaves brand names in text about nobody alone', () => {
    expect(kept('Pharmacy shelf labels: Advil, Tylenol and Claritin are on aisle 4.')).toEqual([]);
  });
});
