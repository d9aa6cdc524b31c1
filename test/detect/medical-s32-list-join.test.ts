import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { joinListedStatements } from '../../src/detect/medical/list-join.js';
import type { Finding } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

// Session 32: a line's list of health statements ("a; b; c") or a row of readings ("BP .., HR ..") is one span, so
// the mask hides the list and scores it as one value. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

const at = (text: string, part: string, type = 'CONDITION', label = 'MEDICAL'): Finding => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, type, score: 0.9, detector: 't' } as Finding;
};
const spans = (text: string, found: Finding[]): string[] => found.map((f) => text.slice(f.start, f.end));

describe('joinListedStatements', () => {
  it('joins statements a semicolon and a space part', () => {
    const text = 'Problems: chronic sinusitis; gout of the big toe; sleep apnoea on CPAP\n';
    const found = [at(text, 'chronic sinusitis'), at(text, 'gout of the big toe'), at(text, 'sleep apnoea on CPAP')];
    expect(spans(text, joinListedStatements(text, found))).toEqual([
      'chronic sinusitis; gout of the big toe; sleep apnoea on CPAP',
    ]);
  });

  it('joins a comma-separated row of readings, not two statements a comma parts', () => {
    const text = 'Obs at 06:10: BP 101/58, HR 117, SpO2 92% on air. Hx: gout, psoriasis';
    const found = [
      at(text, 'BP 101/58', 'VITAL_SIGN'),
      at(text, 'HR 117', 'VITAL_SIGN'),
      at(text, 'SpO2 92%', 'VITAL_SIGN'),
      at(text, 'gout'),
      at(text, 'psoriasis'),
    ];
    expect(spans(text, joinListedStatements(text, found))).toEqual([
      'BP 101/58, HR 117, SpO2 92%',
      'gout',
      'psoriasis',
    ]);
  });

  it('keeps a record number, another label and a gap with words apart', () => {
    const text = 'RX-55120; K 5.9 mmol/L; Dana Quillsworth; angina; then ramipril';
    const found = [
      at(text, 'RX-55120', 'MEDICAL_RECORD_NUMBER'),
      at(text, 'K 5.9 mmol/L', 'LAB_RESULT'),
      at(text, 'Dana Quillsworth', 'PERSON', 'PERSON'),
      at(text, 'angina'),
      at(text, 'ramipril', 'MEDICATION'),
    ];
    const joined = joinListedStatements(text, found);
    expect(joined).toBe(found);
  });
});

describe('a listed line through the engine', () => {
  it('masks a semicolon list of diagnoses as one span', () => {
    const found = medical(
      'Patient 77 y/o, admitted from home.\nDiagnoses on admission: vascular dementia; pernicious anaemia; chronic kidney disease stage 3.',
    );
    expect(found).toContain('vascular dementia; pernicious anaemia; chronic kidney disease stage 3');
  });

  it('masks a row of vital signs as one span', () => {
    expect(medical('Triage obs: BP 88/54, HR 126, SpO2 90%, temp 38.9.')).toContainEqual(
      expect.stringContaining('BP 88/54, HR 126'),
    );
  });
});
