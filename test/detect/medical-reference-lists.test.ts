import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// A classification's chapter list and a card for a student name conditions for nobody. Every example is invented.
const engine = createDetector();
const masked = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a chapter list and a revision card', () => {
  it('reads a line-opening "I" before a code as a chapter number, not the pronoun', () => {
    const chapters = [
      'Turn this block list into YAML:',
      'I    A00–B99  Certain infectious and parasitic diseases',
      'VI   G00–G99  Diseases of the nervous system',
      'Sample codes: G40.9 epilepsy, unspecified; K35.8 acute appendicitis.',
    ].join('\n');
    expect(masked(chapters)).toEqual([]);
  });

  it('does not take the reader of a card, in the sentence before, as someone who takes the drug', () => {
    const card = [
      'Make five flashcards for a nursing student revision deck.',
      '',
      'Rivaroxaban — dosing',
      'Contraindications: active bleeding, liver disease with coagulopathy.',
    ].join('\n');
    expect(masked(card)).toEqual([]);
  });

  it('keeps a writer’s own condition after "I", a letter quoting codes and a relative in the same sentence', () => {
    expect(masked('I have epilepsy and take lamotrigine 100mg.').join(' ')).toContain('epilepsy');
    expect(masked('I am diabetic, so no dessert for me please.').join(' ')).toContain('diabetic');
    const letter = 'Discharge summary for Mrs Penrose, DOB 02/03/1950.\nDiagnosis: K35.8 acute appendicitis.';
    expect(masked(letter).join(' ')).toContain('appendicitis');
    expect(masked('Our student Ella has asthma and keeps an inhaler in class.').join(' ')).toContain('asthma');
  });
});
