import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { unnamedResults } from '../../src/detect/medical/unnamed-results.js';
import { spansOf } from '../support/spans.js';

// Session 29: a test's result told by its value's shape (a unit, a reference range, a flag, a verdict, a right and a
// left value), whatever the test is called. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const results = (text: string): string[] =>
  unnamedResults(text, 't', () => true).map((f) => text.slice(f.start, f.end));

describe('results whose test no list names', () => {
  it('reads a value with a unit of concentration, its range and its flag, from the name that opens its line', () => {
    const text =
      'Paciente: Zuriñe Arribas Quintín   Edad: 52\nCromogranina A 288 ng/mL (VR < 100) ↑\nIGF-1 61 ng/mL (ref 88-246)';
    expect(medical(text)).toEqual(
      expect.arrayContaining(['Cromogranina A 288 ng/mL (VR < 100) ↑', 'IGF-1 61 ng/mL (ref 88-246)']),
    );
    expect(results('Name: Ptolemy Wrenfield\nLp(a) 212 nmol/L H\nanti-GAD 44 kU/L')).toEqual([
      'Lp(a) 212 nmol/L H',
      'anti-GAD 44 kU/L',
    ]);
  });

  it('reads a bare value before a laboratory range or an arrow', () => {
    expect(results('Pt: Osric Roediger\nCalprotectin 912 (< 50)\nACTH 77 ↑')).toEqual([
      'Calprotectin 912 (< 50)',
      'ACTH 77 ↑',
    ]);
  });

  it('reads a verdict after a test’s abbreviation, a panel of them as one finding, a list before a plural verdict', () => {
    expect(results('Serologías: HBsAg negativo, anti-HBc negativo, VIH negativo')).toEqual([
      'HBsAg negativo, anti-HBc negativo, VIH negativo',
    ]);
    expect(results('Tóxicos en orina: MDMA positivo (> 500 ng/mL); cocaína, opiáceos y metadona negativos')).toEqual([
      'MDMA positivo (> 500 ng/mL)',
      'cocaína, opiáceos y metadona negativos',
    ]);
    expect(results('Laboratuvar: Anti-HAV IgG pozitif')).toEqual(['Anti-HAV IgG pozitif']);
  });

  it('reads a bone density with its deviations, a right and a left value, a fitness verdict', () => {
    expect(results('Cadera total: DMO 0,655 g/cm², T-score -2,8, Z-score -1,9')).toEqual([
      'DMO 0,655 g/cm², T-score -2,8, Z-score -1,9',
    ]);
    expect(results('O: pinch (key) R 5 kg / L 8 kg')).toEqual(['pinch (key) R 5 kg / L 8 kg']);
    expect(results('Dictamen: no apto temporalmente para trabajos en altura')).toEqual([
      'no apto temporalmente para trabajos en altura',
    ]);
  });

  it('leaves thresholds, criteria, drug strengths, solutions, scores and business verdicts', () => {
    expect(results('Refer if anti-TPO 60 UI/mL or more.')).toEqual([]);
    expect(results('Criterio de inclusión: ALT ≥ 120 U/L')).toEqual([]);
    expect(results('Keep the sugar level below 3.9 mmol/L at the wheel.')).toEqual([]);
    expect(results('Amoxicillin suspension 250 mg/5 mL, paracetamol 120 mg/mL')).toEqual([]);
    expect(results('Prepare the buffer: NaCl 150 mmol/L, Tris 20 mmol/L')).toEqual([]);
    expect(results('Final: Albacete 2 (1-0)')).toEqual([]);
    expect(results('Opinión de cumplimiento del SAT: positiva')).toEqual([]);
    expect(results('Audio: L 50 / R 50')).toEqual([]);
    expect(results('Outcome: fit for purpose, ship it')).toEqual([]);
    // In a text about nobody, nothing is read at all.
    expect(unnamedResults('HBsAg negative', 't', () => false)).toEqual([]);
  });

  it('masks nothing in a text tied to nobody', () => {
    expect(medical('Handbook, chapter 4: a ferritin of 12 ng/mL (ref 30-300) suggests iron deficiency.')).not.toContain(
      'ferritin of 12 ng/mL (ref 30-300)',
    );
  });
});
