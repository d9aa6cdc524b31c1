import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new MedicalDetector();

/** Values the engine would keep (score >= 0.5). */
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL', 'NATIONAL_ID'], 0.5);

describe('MedicalDetector: health terms about nobody are topics', () => {
  it('drops everyday conditions in text about nobody (newsletters, campaigns, how-tos)', () => {
    expect(kept('Draft a poster for the canteen: the cold and flu season is here, wash your hands often.')).toEqual([]);
    expect(kept('Five stretches against neck pain and headaches for people who work at a desk.')).toEqual([]);
    expect(kept('Resume en un párrafo cómo prevenir la hipertensión y el sobrepeso con hábitos sencillos.')).toEqual(
      [],
    );
    expect(kept('Campaña de otoño: vacúnate contra la gripe en la enfermería de la planta 2.')).toEqual([]);
  });

  it('drops common cancers, screenings and over-the-counter drugs in campaigns and product copy', () => {
    expect(kept('Plan a bake sale for lung cancer awareness week and a talk on skin cancer.')).toEqual([]);
    expect(kept('Recordatorio: mamografías gratuitas y análisis de sangre en la sede el martes.')).toEqual([]);
    expect(kept('Write a product page for our arthritis-friendly kitchen tools and a note on ibuprofen gel.')).toEqual(
      [],
    );
  });

  it('drops specialist terms too when nobody has them, however many the text names', () => {
    expect(kept('Write an explainer on cystic fibrosis for the intranet.')).toEqual([]);
    const bulletin =
      'Winter bulletin: measles and pertussis cases are up, and norovirus outbreaks closed two wards. ' +
      'If you have a rash or a fever, stay home; people with bronchiectasis should ask about the pneumococcal jab.';
    expect(kept(bulletin)).toEqual([]);
    const release =
      'The agency cleared Brivantel (oravimab) 150 mg tablets for adults with ulcerative colitis; 48% of patients ' +
      'reached remission versus 12% on placebo, and arthralgia and pyrexia were the most common side effects.';
    expect(kept(release)).toEqual([]);
    const lecture = 'Lecture 3: how tuberculosis, typhus and scarlet fever shaped nineteenth-century cities.';
    expect(kept(lecture)).toEqual([]);
    expect(kept('Boletín: suben los casos de tosferina y de varicela; ante fiebre alta, acude a tu centro.')).toEqual(
      [],
    );
  });

  it('keeps them when someone has them', () => {
    expect(kept('My daughter has had a fever since Sunday.')).toEqual(['fever']);
    expect(kept('He had the flu last week.')).toEqual(['flu']);
    expect(kept('I have migraines almost every morning, what could it be?')).toEqual(['migraines']);
    expect(kept('Mi padre tiene diabetes tipo 2 desde hace años.')).toEqual(['diabetes tipo 2']);
    expect(kept('A Luis le diagnosticaron hipertensión en marzo.')).toEqual(['hipertensión']);
    expect(kept('My nephew has cystic fibrosis and starts a new inhaler.')).toEqual(['cystic fibrosis']);
    expect(kept('The employee is off with sciatica until Friday.')).toEqual(['sciatica']);
  });

  it('reads has/had before a participle as a tense, not as someone having the condition', () => {
    expect(kept('The regulator has approved Corvanta for adults with chronic urticaria.')).toEqual([]);
    expect(kept('The region has seen more cases of scarlet fever this winter.')).toEqual([]);
    expect(kept('Tom has had shingles since Monday.')).toEqual(['shingles']);
    expect(kept('Ana had pneumonia in May.')).toEqual(['pneumonia']);
  });

  it('reads a title as an anchor only before a name', () => {
    expect(kept("Don't miss the flu clinic on Tuesday: fever and cough are going around.")).toEqual([]);
    expect(kept('The dashboard shows 200 ms latency on the migraine diary app.')).toEqual([]);
    expect(kept('Mrs Patel is off work with gastroenteritis.')).toEqual(['gastroenteritis']);
  });

  it('keeps every term of a text once one of them is someone’s', () => {
    expect(kept('My GP thinks it is gastritis. Pantoprazole or famotidine, which is better?')).toEqual([
      'gastritis',
      'Pantoprazole',
      'famotidine',
    ]);
  });

  it('keeps them in a form or a file about one person', () => {
    expect(kept('Claim form: claimant Rosa Méndez, DOB 02/03/1979, conditions: migraine and asthma.')).toContain(
      'asthma',
    );
    expect(kept('Solicitante: Pedro Gil. Fecha de nacimiento: 1975. Enfermedades previas: asma.')).toContain('asma');
  });

  it('keeps them with a patient, a dose, a record number or a note about someone’s care', () => {
    expect(kept('Patient reports insomnia. Started on melatonin 3 mg.')).toContain('insomnia');
    expect(kept('MRN 88123409. Seen for back pain, follow-up in 3 months.')).toContain('back pain');
    expect(kept('Paciente de 54 años que consulta por lumbalgia.')).toContain('lumbalgia');
    expect(kept('Admitted with pyelonephritis, treated with IV ceftriaxone.')).toContain('pyelonephritis');
  });

  it('keeps them in studies of patients, families and genes (the literature labels its diseases)', () => {
    expect(kept('Germline mutations were found in 12 of 40 families with early-onset breast cancer.')).toEqual([
      'early-onset breast cancer',
    ]);
    expect(kept('The gene for myotonic dystrophy maps to chromosome 19.')).toContain('myotonic dystrophy');
  });
});
