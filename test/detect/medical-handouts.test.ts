import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { allSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

const kept = (text: string) => allSpansOf(detector, text, 0.5);

describe('MedicalDetector: a course handout', () => {
  it('reads its doses and casualties as anyone’s', () => {
    const card = [
      'BASIC LIFE SUPPORT — HANDOUT 2',
      'Asthma attack: the casualty may wheeze and struggle to speak. Help them use their reliever inhaler; a second',
      'dose may be given after 10 minutes.',
    ].join('\n');
    expect(kept(card)).toEqual([]);
  });

  it('still keeps a named person’s condition written on a handout', () => {
    const note = 'Course handout, trainer’s note: Mrs Odile Quarrie has epilepsy; seizure plan in her locker.';
    expect(kept(note).join(' | ')).toContain('epilepsy');
  });
});
