import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// One clause of a patient's record is one MEDICAL span; a dose's schedule is part of the dose. Every example is invented.
const engine = createDetector();
const masked = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const labels = (text: string): string[] => engine.detect(text).map((f) => `${f.label} ${text.slice(f.start, f.end)}`);

describe('a clause of findings joined by connectors, doses, grades and years', () => {
  it('reports a cell, a list item and a field value as one span', () => {
    const rows =
      "Patient history export for Dr Shah:\n(7,'Ines Roca','latex','chronic migraine 2019, on propranolol 40mg'),";
    // The whole cell: the statement's clause, inside the quotes.
    expect(masked(rows)).toContain('chronic migraine 2019, on propranolol 40mg');
    expect(masked('Historial del paciente:\n- asma moderada, usa budesonida inhalada')).toContain(
      'asma moderada, usa budesonida inhalada',
    );
    expect(masked('Pt Mr Farrow. Plan: cirugía de cataratas ojo izquierdo (facoemulsificación)')).toContain(
      'cirugía de cataratas ojo izquierdo (facoemulsificación)',
    );
    expect(masked('Dear GP, Mrs Lowe is on citalopram 20mg for depression since the spring.')).toContain(
      // The clause after the name found.
      'is on citalopram 20mg for depression since the spring',
    );
  });

  it('takes a dose’s time of day, meal and "a day" with it', () => {
    // The clause after the name: the name stays its own finding.
    expect(masked('Mr Adebayo takes mirtazapine 15mg at night.')).toContain('takes mirtazapine 15mg at night');
    expect(masked('Paciente con lansoprazol 30 mg VO en ayunas por 10 días.')).toContain(
      'Paciente con lansoprazol 30 mg VO en ayunas por 10 días',
    );
    expect(masked('Her GP started rivaroxaban 20mg once a day with food.')).toContain(
      'Her GP started rivaroxaban 20mg once a day with food',
    );
  });
});

describe('what a clause join never crosses', () => {
  it('keeps a guest list’s names, phones and addresses out of the span', () => {
    const guests = 'Guests:\n- Colm Brady – asthma – 07700 900 431\n- Nadia Petrova, diabetes, 4 Elm Row';
    const found = labels(guests);
    expect(found).toEqual(expect.arrayContaining(['PERSON Colm Brady', 'PERSON Nadia Petrova']));
    expect(masked(guests).every((s) => !/Colm|Nadia|07700|Elm/.test(s))).toBe(true);
  });

  it('stops at a SQL row’s quotes, a sentence’s end and a line’s end', () => {
    const row =
      "Patient history export for Dr Shah:\n(12,'Tobias Marr','penicillin','epilepsy, on lamotrigine 100mg');";
    expect(masked(row)).toEqual(expect.arrayContaining(['penicillin', 'epilepsy, on lamotrigine 100mg']));
    const note = 'Patient Mr Hale. Asthma. Diabetes on metformin.\nEczema';
    expect(masked(note).some((s) => s.includes('.') || s.includes('\n'))).toBe(false);
    // A semicolon list of statements is joined after the clause join, as one list (list-join.ts, session 32).
    expect(masked('Mrs Pemberthy: asthma; eczema')).toEqual(['asthma; eczema']);
  });

  it('joins a row of results only as a list: one span over the readings and their commas', () => {
    // The clause join reads them one each; list-join.ts (session 32) makes the comma-separated row one span.
    const labs = 'Paciente: Sr. Ibáñez. Analítica: Hb 13.4 g/dL, creatinina 1.3 mg/dL, TSH 2.1 mUI/L';
    expect(masked(labs)).toEqual(['Hb 13.4 g/dL, creatinina 1.3 mg/dL, TSH 2.1 mUI/L']);
  });
});
