import { describe, expect, it } from 'vitest';
import { keepBest } from '../../src/detect/lexical/lexical-detector.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import type { Finding } from '../../src/detect/types.js';
import { typedSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

/** [value, type] of findings the engine would keep (score >= 0.5). */
const kept = (text: string) => typedSpansOf(detector, text, 0.5);

describe('MedicalDetector: vocabularies', () => {
  it('finds conditions, medications and procedures in English', () => {
    expect(kept('She was diagnosed with type 2 diabetes and takes metformin 850 mg twice daily.')).toEqual([
      ['type 2 diabetes', 'CONDITION'],
      ['metformin 850 mg twice daily', 'MEDICATION'],
    ]);
    expect(kept('He is scheduled for a colonoscopy after the biopsy results.')).toEqual([
      ['colonoscopy', 'PROCEDURE'],
      ['biopsy', 'PROCEDURE'],
    ]);
  });

  it('finds them in Spanish, with complements after the head noun', () => {
    expect(kept('Paciente con insuficiencia renal crónica en tratamiento con furosemida.')).toEqual([
      // The condition and the drug it is treated with are one finding.
      ['insuficiencia renal crónica en tratamiento con furosemida', 'CONDITION'],
    ]);
    expect(kept('Antecedentes de enfermedad de Dupuytren y prostatectomía radical.')).toEqual([
      ['enfermedad de Dupuytren', 'CONDITION'],
      ['prostatectomía radical', 'PROCEDURE'],
    ]);
  });

  it('recognises conditions the lists lack by their shape, and abbreviations defined in the text', () => {
    expect(kept('Biopsy confirmed eosinophilic esophagitis.')).toContainEqual([
      'eosinophilic esophagitis',
      'CONDITION',
    ]);
    const text = 'My nephew has Becker muscular dystrophy (BMD); BMD progresses slowly.';
    expect(kept(text).filter(([v]) => v === 'BMD')).toHaveLength(2);
    const hyphenated = 'Ataxia-telangiectasia (A-T) is rare; A-T cells are radiosensitive.';
    expect(kept(hyphenated).filter(([v]) => v === 'A-T')).toHaveLength(2);
  });

  it('keeps bare ambiguous words low unless a clinical cue is near', () => {
    expect(kept('It was a cold morning and the market slid into depression.')).toEqual([]);
    expect(kept('The patient reports depression since the surgery.')).toContainEqual(['depression', 'CONDITION']);
    expect(kept('A stroke of luck: the Burns family won.')).toEqual([]);
    // In a text that is clinical as a whole, an ambiguous word far from any cue still counts.
    const note =
      'History: asthma, hypertension, diabetes and gout. Over the weekend, at home and without warning, came a fever.';
    expect(kept(note)).toContainEqual(['fever', 'CONDITION']);
  });

  it('does not read names and places as conditions', () => {
    expect(kept('Thomas flew from Estonia to Antonia’s wedding.')).toEqual([]);
    expect(kept('Ask Dr. Burns about the diploma.')).toEqual([]);
  });
});

describe('MedicalDetector: codes and numbers with context', () => {
  it('finds ICD-10 codes only next to a diagnosis cue', () => {
    expect(kept('Diagnosis code: E11.9 (ICD-10).')).toContainEqual(['E11.9', 'ICD10']);
    expect(kept('Order the part E11.9 from the catalogue.')).toEqual([]);
  });

  it('finds record, health-card and licence numbers after their cues', () => {
    expect(kept('MRN: 00482913, admitted via ER.')).toEqual([['00482913', 'MEDICAL_RECORD_NUMBER']]);
    expect(kept('NHC: 7730192.')).toEqual([['7730192', 'MEDICAL_RECORD_NUMBER']]);
    expect(kept('Nº de historia clínica 55-10293')).toEqual([['55-10293', 'MEDICAL_RECORD_NUMBER']]);
    expect(kept('Health plan member ID: XKW912345678')).toEqual([['XKW912345678', 'HEALTH_INSURANCE_ID']]);
    expect(kept('Médico: Dra. Ruiz NºCol: 28 28 51234.')).toContainEqual(['28 28 51234', 'MEDICAL_LICENSE']);
    expect(kept('Order number 55102934 shipped.')).toEqual([]);
  });

  it('labels the Spanish social security number as a national id', () => {
    const found = detector.detect('NASS: 28 12345678 90');
    expect(found.map((f) => [f.label, f.type])).toEqual([['NATIONAL_ID', 'ES_NASS']]);
  });
});

describe('MedicalDetector: offsets and odd input', () => {
  it('keeps UTF-16 offsets of the original text after emoji', () => {
    const text = '🤒🤒 my doctor says it is bronchitis 💊 amoxicilina';
    const found = detector.detect(text).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['bronchitis', 'amoxicilina']);
  });

  it('never throws on odd input', () => {
    expect(detector.detect('')).toEqual([]);
    expect(detector.detect(null as unknown as string)).toEqual([]);
    expect(() => detector.detect('((((ICD '.repeat(20000))).not.toThrow();
    expect(() => detector.detect('\uDC00\uD800 NHC: : : nº')).not.toThrow();
  });
});

describe('keepBest: one word-list finding per region', () => {
  const f = (start: number, end: number, score: number, type = 'CONDITION'): Finding => ({
    start,
    end,
    score,
    type,
    label: 'MEDICAL',
    detector: 'medical',
  });

  it('keeps the higher score, then the longer span, and returns the kept ones by start', () => {
    const kept = keepBest([f(10, 20, 0.6), f(12, 18, 0.85), f(0, 5, 0.7), f(30, 40, 0.7), f(28, 45, 0.7)]);
    expect(kept.map((k) => [k.start, k.end])).toEqual([
      [0, 5],
      [12, 18],
      [28, 45],
    ]);
  });

  it('keeps the first collected of two equal spans and drops empty ones', () => {
    const kept = keepBest([f(3, 9, 0.7, 'MEDICATION'), f(3, 9, 0.7, 'PROCEDURE'), f(5, 5, 0.9)]);
    expect(kept.map((k) => k.type)).toEqual(['MEDICATION']);
  });

  it('finds every condition of a long note that repeats them', () => {
    const text = 'Diagnosed with asthma and gout; prescribed metformin. '.repeat(400);
    expect(detector.detect(text)).toHaveLength(1200);
  });
});
