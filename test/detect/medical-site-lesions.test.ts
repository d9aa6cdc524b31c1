import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Physio and orthopaedic shorthand: a lesion written after its site, and the signs an examination finds. Every
// example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: lesions named after their site and positive examination tests', () => {
  it('reads the findings of a physio note', () => {
    const soap = [
      'pt Jordan Hale 34M, tackled at football, R knee',
      'O: mild knee effusion, positive anterior drawer, ROM 5-110 deg',
      'A: suspected R ACL rupture, ?lateral meniscus tear',
    ].join('\n');
    expect(kept(soap)).toEqual(
      expect.arrayContaining(['knee effusion', 'positive anterior drawer', 'R ACL rupture', 'lateral meniscus tear']),
    );
    const shoulder = 'Patient: Ines Falk, 51. Findings: positive Hawkins, partial rotator cuff tear on the left.';
    expect(kept(shoulder)).toEqual(expect.arrayContaining(['positive Hawkins', 'partial rotator cuff tear']));
    const ankle = 'Pt seen after a fall from a ladder: left ankle sprain and hamstring strain, knee effusion.';
    expect(kept(ankle)).toEqual(expect.arrayContaining(['left ankle sprain', 'hamstring strain', 'knee effusion']));
  });

  it('leaves a site without a lesion, and a sports report naming nobody, alone', () => {
    expect(kept('Pt asked about the left hand rail in the gym and a right shoulder bag strap.')).toEqual([]);
    // A ruled-out finding in a patient's note says what they were examined for: it is theirs (2026-12-04).
    expect(kept('Pt 30F. O: full range of motion, no effusion, hop test symmetrical.')).toEqual(['effusion']);
    expect(kept('Season preview: ACL rupture rates are rising across the league, a study says.')).toEqual([]);
  });
});
