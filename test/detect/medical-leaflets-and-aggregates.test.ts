import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new MedicalDetector();

/** Values the engine would keep (score >= 0.5). */
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: a drug leaflet addresses anyone', () => {
  it('drops the drugs and conditions of a leaflet whose only anchors are its heading and dosing lines', () => {
    const en =
      'Patient information leaflet: Lisinopril 10 mg tablets.\n' +
      'What it is for: high blood pressure and heart failure in adults.\n' +
      'Usual dose: 10 mg once a day; maximum dose 40 mg a day.\n' +
      'Common side effects: dizziness, headache and a dry cough.';
    expect(kept(en)).toEqual([]);
    const en2 =
      'Rewrite for a younger reader. Sertraline 50 mg film-coated tablets treat depression and panic disorder. ' +
      'Recommended dose: 50 mg a day. If you miss a dose, skip it. Side effects: insomnia, nausea, sweating.';
    expect(kept(en2)).toEqual([]);
    const en3 =
      'Leaflet section: naproxen 250 mg eases period pain and gout attacks; adults take 500 to 1,000 mg a day in ' +
      'two doses. Stop if you notice black stools or stomach ulcers.';
    expect(kept(en3)).toEqual([]);
    const es =
      'Prospecto: información para el paciente. Omeprazol 20 mg cápsulas para la acidez y la úlcera de estómago. ' +
      'Dosis habitual: 20 mg al día en 1 o 2 tomas. Efectos adversos: dolor de cabeza, diarrea, náuseas.';
    expect(kept(es)).toEqual([]);
    const es2 =
      'Resume esta ficha: amoxicilina 500 mg para la otitis y la faringitis; dosis recomendada en adultos 500 mg ' +
      'cada 8 horas. Puede causar diarrea o erupciones.';
    expect(kept(es2)).toEqual([]);
  });

  it('keeps them when the text is about someone who takes the drug', () => {
    expect(kept('Usual dose for my father is lisinopril 10 mg; he has heart failure.')).toEqual(
      expect.arrayContaining(['heart failure']),
    );
    expect(kept('Patient: Ana Ruiz. Dosis habitual de omeprazol 20 mg por úlcera de estómago.').length).toBeGreaterThan(
      0,
    );
    expect(kept('Patient leaflet given to Mr Okafor, who takes naproxen 250 mg for gout.')).toEqual(
      expect.arrayContaining(['gout']),
    );
  });
});

describe('MedicalDetector: counts per diagnosis describe a population', () => {
  it('drops the codes and conditions of a grouped table', () => {
    const pandas =
      'df.groupby(["ward", "dx_code"]).size()\n' +
      'ward   dx_code\n' +
      'A      I21 myocardial infarction   112\n' +
      'B      J45 asthma                    87\n' +
      'C      K35 appendicitis              41';
    expect(kept(pandas)).toEqual([]);
    const sql =
      'SELECT icd10, diagnosis, COUNT(*) AS admissions FROM stays GROUP BY icd10, diagnosis;\n' +
      'G40 | epilepsy | 310\nF32 | depression | 982\nN39 | urinary tract infection | 455';
    expect(kept(sql)).toEqual([]);
    const release =
      'Emergency admissions by condition, 2025: sepsis 4,210; pneumonia 9,880; stroke 3,105. Small cells (<5) ' +
      'suppressed. Cohort: all adult admissions.';
    expect(kept(release)).toEqual([]);
    const es =
      'Ingresos agrupados por diagnóstico (CIE-10): I63 ictus 220, J18 neumonía 540, E10 diabetes tipo 1 35. ' +
      'Cohorte regional 2024.';
    expect(kept(es)).toEqual([]);
  });

  it('keeps someone who has one of them beside the table', () => {
    const text =
      'df.groupby("ward").size() shows ward B busiest. My mother has epilepsy and was admitted there last week.';
    expect(kept(text)).toEqual(expect.arrayContaining(['epilepsy']));
  });
});
