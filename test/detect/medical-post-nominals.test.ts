import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// A degree after a prescriber's name is no condition's short form. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: degrees after a name', () => {
  it('does not read MD or DO after a name as an initialism of a condition', () => {
    const rx = 'Patient dx: major depressive disorder. Prescriber: Robert Kim, MD. Rx: sertraline 50 mg daily.';
    expect(kept(rx)).not.toContain('MD');
    expect(kept('Pt with muscular dystrophy; letter signed Laura Chen MD FACP.')).not.toContain('MD');
    expect(kept('Pt with renal neoplasia; reviewed by Sam Ortiz, RN, today.')).not.toContain('RN');
  });

  it('still spells a condition’s initials used without a name before them', () => {
    expect(kept('Pt with major depressive disorder; MDD stable on review.')).toContain('MDD');
  });
});

describe('MedicalDetector: the upper-case title of a claim form', () => {
  it('does not read the kind of claim in a form’s title as someone’s condition', () => {
    const en = 'EMPLOYER NOTICE OF OCCUPATIONAL DISEASE AND INJURY\nClaimant: Joe Bloggs. Injury: fractured wrist.';
    expect(kept(en)).toEqual(['fractured wrist']);
    const es =
      'PARTE DE ACCIDENTE DE TRABAJO O ENFERMEDAD PROFESIONAL\nTrabajador: Luis Mora. Lesión: esguince de tobillo.';
    expect(kept(es)).toEqual(['esguince de tobillo']);
    const form = 'WORKERS COMPENSATION CLAIM FORM - OCCUPATIONAL DISEASE\nClaimant: Ann Wu, asthma since 2019.';
    expect(kept(form)).toEqual(['asthma']);
  });

  it('still reads a condition written in capitals in a note', () => {
    expect(kept('PATIENT HAS ASTHMA AND DIABETES')).toEqual(expect.arrayContaining(['DIABETES']));
  });
});
