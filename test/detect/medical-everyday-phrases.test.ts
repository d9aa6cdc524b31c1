import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Everyday words for one person's health in chats, claims and HR notes. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: everyday clinical phrases about a person', () => {
  it('finds what a family chat or a claim says about someone', () => {
    const chat = 'Dad says his white count was low after chemo, so they gave him anti-sickness tablets.';
    expect(kept(chat)).toEqual(expect.arrayContaining(['white count', 'anti-sickness tablets']));
    expect(kept('The driver was injured and needed 4 stitches on his chin.')).toContain('stitches');
    expect(kept('La trabajadora lleva una férula; la operaron con placa y tornillos.')).toEqual(
      expect.arrayContaining(['férula', 'placa y tornillos']),
    );
  });

  it('reads an HR note about someone off with stress as theirs', () => {
    const note = 'Manager note: Ben has been off with burnout and is seeing a therapist.';
    expect(kept(note)).toEqual(expect.arrayContaining(['burnout', 'seeing a therapist']));
  });

  it('leaves knitting, economics and staff newsletters alone', () => {
    expect(kept('Knitting pattern: cast on 40 stitches and knit two rows.')).toEqual([]);
    expect(kept('The sugar levels in soft drinks are reported quarterly.')).toEqual([]);
    expect(kept('Wellbeing newsletter: burnout is common; counselling sessions are free for all staff.')).toEqual([]);
  });
});
