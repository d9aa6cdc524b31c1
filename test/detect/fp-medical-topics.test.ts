import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';

const detector = new MedicalDetector();

/** Values the engine would keep (score >= 0.5). */
function kept(text: string): string[] {
  return detector
    .detect(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => text.slice(f.start, f.end));
}

describe('MedicalDetector: everyday conditions as topics', () => {
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

  it('keeps them when someone has them', () => {
    expect(kept('My daughter has had a fever since Sunday.')).toEqual(['fever']);
    expect(kept('He had the flu last week.')).toEqual(['flu']);
    expect(kept('I have migraines almost every morning, what could it be?')).toEqual(['migraines']);
    expect(kept('Mi padre tiene diabetes tipo 2 desde hace años.')).toEqual(['diabetes tipo 2']);
    expect(kept('A Luis le diagnosticaron hipertensión en marzo.')).toEqual(['hipertensión']);
  });

  it('keeps them in a form or a file about one person', () => {
    expect(kept('Claim form: claimant Rosa Méndez, DOB 02/03/1979, conditions: migraine and asthma.')).toContain(
      'asthma',
    );
    expect(kept('Solicitante: Pedro Gil. Fecha de nacimiento: 1975. Enfermedades previas: asma.')).toContain('asma');
  });

  it('keeps them with a patient, a dose or a record number anywhere in the text', () => {
    expect(kept('Patient reports insomnia. Started on melatonin 3 mg.')).toContain('insomnia');
    expect(kept('MRN 88123409. Seen for back pain, follow-up in 3 months.')).toContain('back pain');
    expect(kept('Paciente de 54 años que consulta por lumbalgia.')).toContain('lumbalgia');
  });

  it('keeps them in studies of patients and families (genetics abstracts)', () => {
    expect(kept('Germline mutations were found in 12 of 40 families with early-onset breast cancer.')).toEqual([
      'early-onset breast cancer',
    ]);
  });

  it('keeps them in clinical or research text with several specialist terms', () => {
    const abstract =
      'Hypertension is common in polycystic kidney disease; nephrolithiasis and hepatic cysts were also assessed.';
    expect(kept(abstract)).toContain('Hypertension');
  });

  it('never drops specialist terms, which are sensitive wherever they appear', () => {
    expect(kept('Write an explainer on cystic fibrosis for the intranet.')).toEqual(['cystic fibrosis']);
  });
});
