import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// A health statement's finding grows to the clause that holds it (medical/clause-join.ts): what a reader learns, and
// what a mask hides, is the statement, not its term alone. Growth stops at a name, a cell's edge, a sentence's end and
// a request to the assistant, and never takes another finding. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a statement grows to its clause', () => {
  it('takes the clause around a condition, a drug and a procedure', () => {
    expect(medical('Patient note: he has had gout in the left big toe since March.')).toEqual([
      'he has had gout in the left big toe',
    ]);
    expect(
      medical('My mum has high blood pressure and takes amlodipine 5 mg, can you explain the side effects?'),
    ).toEqual(['My mum has high blood pressure and takes amlodipine 5 mg']);
  });

  it('keeps a decimal point and an apostrophe inside the clause', () => {
    expect(medical('Patient note: he takes 2.5 mg of bisoprolol every morning.')).toEqual([
      'he takes 2.5 mg of bisoprolol every morning',
    ]);
    expect(medical("Patient note: he's had a migraine since the weekend and can't work.")).toEqual([
      "he's had a migraine since the weekend and can't work",
    ]);
  });
});

describe('where growth stops', () => {
  it('stops at a name, found or not, and leaves the name its own finding', () => {
    const text = 'Referral: my flatmate Dorian has had asthma since childhood and carries an inhaler.';
    expect(medical(text)).toEqual(['has had asthma since childhood and carries an inhaler']);
    expect(engine.detect(text).some((f) => f.label === 'PERSON' && text.slice(f.start, f.end) === 'Dorian')).toBe(true);
    // An unfound capitalised word (a place here) is not taken either.
    const place = 'The patient Ottilie Verhoeven was diagnosed with diabetes mellitus in Tarragona last spring.';
    expect(medical(place).join(' ')).not.toContain('Tarragona');
    expect(medical(place).join(' ')).toContain('diabetes mellitus');
  });

  it('stops at a cell’s edge', () => {
    const row = 'Patient\tCondition\tSince\nOona Thackeray\tchronic asthma with night cough\t2019';
    expect(medical(row)).toContain('chronic asthma with night cough');
    // In a comma-separated row every comma is a cell's edge, digits on both sides or not.
    expect(medical('Patient export: 7,12,sertraline 100mg daily,350,ok')).toEqual(['sertraline 100mg daily']);
  });

  it('stops at a sentence’s end and before a request to the assistant', () => {
    expect(medical('Nota clínica: el paciente toma metformina 850 mg con la cena. Traduce esto al inglés.')).toEqual([
      'el paciente toma metformina 850 mg con la cena',
    ]);
    expect(
      medical(
        'Patient note: Ms Varga has type 2 diabetes with an HbA1c of 8.2 this month. Translate this into Hungarian.',
      ),
      // The HbA1c is a reading of its own (measurements.ts), joined to the statement: the join ends with it.
    ).toEqual(['has type 2 diabetes with an HbA1c of 8.2']);
    const ask = medical('My mum has high blood pressure and takes amlodipine 5 mg, can you explain the side effects?');
    expect(ask.join(' ')).not.toMatch(/explain|can you/);
  });

  it('stops after an age and before a year found as a date, without the word that leads to it', () => {
    expect(medical('Paciente de 47 años con gota y dolor nocturno.')[0]).toMatch(/^con gota/);
    expect(medical('My aunt had a kidney transplant in 2017 and is doing well.')).toEqual([
      'My aunt had a kidney transplant',
    ]);
  });
});

describe('what growth never does', () => {
  it('grows nothing in a text with no medical finding', () => {
    const text = 'Please summarise the quarterly sales report for the board, with the totals in a table.';
    expect(medical(text)).toEqual([]);
    expect(engine.detect(text).filter((f) => f.label === 'MEDICAL')).toEqual([]);
  });

  it('never overlaps another finding', () => {
    for (const text of [
      'Bob Fennimore, 52, has gout in his left big toe; his address is 4 Elm Row.',
      'Nota: la señora Quiroga tiene fibromialgia desde hace años; resume el informe.',
      'Patient note: Ms Varga has type 2 diabetes with an HbA1c of 8.2 this month.',
      'Patient\tCondition\tSince\nOona Thackeray\tchronic asthma with night cough\t2019',
    ]) {
      const found = engine.detect(text);
      for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
    expect(medical('Bob Fennimore, 52, has gout in his left big toe; his address is 4 Elm Row.')).toEqual([
      'has gout in his left big toe',
    ]);
  });
});
