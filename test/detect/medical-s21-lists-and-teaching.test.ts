import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 21: a prose "group by" over a list of people is no aggregate; a teaching text's "a patient" and its
// pseudonym are anyone. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('arranging a list of people is no aggregate', () => {
  const list = [
    'Sort this pickup list for the crews: group by town and time.',
    '07:10  Hilda Marsh   4 Pond Lane, Colne BB8 7AA   zimmer frame; insulin-treated diabetes, glucose gel carried',
    '07:25  Colin Reeve   9 Mill Road, Nelson BB9 1AB  on a trolley; MRSA carrier, keep in own bay',
  ].join('\n');

  it('keeps each row’s health notes', () => {
    const found = medical(list);
    expect(found.some((v) => v.includes('diabetes'))).toBe(true);
    expect(found.some((v) => v.includes('MRSA'))).toBe(true);
  });

  it('still reads SQL’s GROUP BY as counts over a population', () => {
    expect(medical("SELECT ward, count(*) FROM admissions WHERE dx = 'asthma' GROUP BY ward;")).toEqual([]);
    expect(medical('select dx, count(*) from visits group by 1 -- asthma, copd, diabetes')).toEqual([]);
  });
});

describe('teaching material for health students', () => {
  it('leaves a handout’s worked example and self-test alone', () => {
    const handout = [
      'Please proofread this teaching handout for nursing students on insulin regimes.',
      'Worked example (hypothetical patient, details invented): "Mrs B", 64, takes gliclazide 80 mg twice daily.',
      'Self-test questions:',
      '1. A patient taking metformin 850 mg tds starts vomiting. What should you advise?',
    ].join('\n');
    expect(medical(handout)).toEqual([]);
  });

  it('keeps a ward note about a named patient', () => {
    const note = 'Ward note: the patient, Mrs Ada Keel, takes metformin 850 mg tds for her diabetes.';
    expect(medical(note).length).toBeGreaterThan(0);
  });
});
