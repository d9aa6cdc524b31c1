import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const health = (text: string) => spansOf(engine, text, ['MEDICAL']);

/** Documents whose health words no one bears: a rule's, a committee's, a story's. */
const NOBODYS: Record<string, string> = {
  'a ward protocol': `Format this as a one-page laminated card for the ward.

Sepsis screening protocol (v4)
Red flags: systolic BP < 90, lactate > 2 mmol/L, new confusion, non-blanching rash.
Within 1 hour: blood cultures, IV piperacillin-tazobactam 4.5 g, fluid bolus 500 ml.
Escalate to the outreach team if no response after the second bolus.`,
  'las actas de una comisión de farmacia': `Pasa estas actas al formato de siempre, sin cambiar los acuerdos.

Comisión de Farmacia y Terapéutica, sesión 9/11 – hay quórum.
1. Se aprueba colchicina 0,5 mg para la gota recurrente.
2. Se aplaza la inclusión de semaglutida oral hasta el informe de coste.
3. Ceftriaxona 2 g iv en pacientes con meningitis: sin cambios en la guía.`,
  'una escala de prioridades para la sala de espera': `Haz una tabla con esto para la sala de espera.

Prioridades de atención en urgencias (versión 2)
Prioridad I – inmediata: parada cardiorrespiratoria, anafilaxia, Glasgow < 9.
Prioridad II – 15 min: dolor precordial, disnea intensa, hemorragia activa.
Prioridad III – 60 min: cólico renal, vómitos persistentes en pacientes diabéticos.
Analgesia según pauta: ibuprofeno 600 mg o paracetamol 1 g si no hay contraindicación.`,
  "a novel's study guide": `Turn my reading notes into five discussion questions for the book club.

- Set in a mill town in the 1840s; the narrator is the doctor's sister.
- Chapter 3: the cholera outbreak closes the school.
- Chapter 9: the mill owner's consumption is hidden from the village.
- The ending: typhus in the workhouse, told through letters.`,
};

/** Look-alikes: the same words with someone to bear them. */
const SOMEONES: Record<string, [string, string[]]> = {
  "a patient's note without a name": [
    `Summarise for the handover:

67-year-old, admitted overnight with sepsis from a chest source.
On IV piperacillin-tazobactam 4.5 g tds, lactate down to 1.4.
Plan per protocol: repeat cultures, review at 48 h.`,
    ['sepsis'],
  ],
  'a ward list by bed': [
    `Tidy this for the night team, per the protocol template:

Bed 4: right lower lobe pneumonia, on IV amoxicillin 1 g tds, sats 93% on air.
Bed 7: post-op day 2 after hemicolectomy, wound clean.
Bed 9: COPD exacerbation, nebulisers 4-hourly.`,
    ['sats 93%'],
  ],
  'a committee note about one line of a family': [
    `Minutes of the case review committee.

Item 1 approved.
My son's epilepsy plan was discussed: he takes levetiracetam 500 mg twice a day.
Next meeting in March.`,
    ['epilepsy'],
  ],
};

describe('health words no one bears', () => {
  for (const [name, text] of Object.entries(NOBODYS)) {
    it(`drops them in ${name}`, () => {
      expect(health(text)).toEqual([]);
    });
  }

  for (const [name, [text, kept]] of Object.entries(SOMEONES)) {
    it(`keeps them in ${name}`, () => {
      const found = health(text).join(' | ');
      for (const term of kept) expect(found).toContain(term);
    });
  }

  it("drops a structured abstract's diseases, and keeps a one-paragraph abstract's (too little to read)", () => {
    const text = `Shorten this abstract to 150 words.

Background: outcomes of hip fracture in adults with dementia are poorly described.
Methods: registry cohort, 2015-2022, patients aged 65 and over.
Results: mortality at one year 31% (95% CI 29-33); delirium was the strongest predictor.
Conclusions: dementia care pathways need review.`;
    // A study's population bears its diseases, no one person: nobody is there (s32: health-without-bearer.ts).
    expect(health(text)).toEqual([]);
    // One paragraph, as a corpus of abstracts gives them: left to the term readings.
    expect(health(text.replace(/\n+/g, ' ')).join(' | ')).toContain('dementia');
  });
});

describe('posts and scales that are no one', () => {
  it('reads the field after a graded post as no name, and a name after it as one', () => {
    const text = 'Attending: Lead Nurse Infection Prevention, Chief Pharmacist. Senior Nurse Adeyemi-Cole took notes.';
    const people = spansOf(engine, text, ['PERSON']).join(' | ');
    expect(people).not.toContain('Infection');
    expect(people).toContain('Adeyemi-Cole');
  });

  it('reads a Glasgow score as no place, and the city as one', () => {
    const text =
      'Grado I – valorar de inmediato: Glasgow < 9 o SatO2 < 88 %.\nMy brother lives in Glasgow and had Lyme disease last year.';
    expect(spansOf(engine, text, ['LOCATION'])).toEqual(['Glasgow']);
  });
});

describe('health words no one bears: a drug safety signal summary', () => {
  it('reads MedDRA preferred-term codes (PT 1xxxxxxx) as codes, not as a patient', () => {
    const signal = [
      'Shorten for the pharmacovigilance committee:',
      'Signal review – carbamazepine and toxic epidermal necrolysis (PT 10044223)',
      'Period: Q1 2026, spontaneous reports, 23 cases (12 female), median age 37.',
      'Concomitant phenytoin in 6 cases; fever (PT 10037660) in 19.',
      'Proposal: update the product information on HLA-B*1502 screening.',
    ].join('\n');
    expect(health(signal)).toEqual([]);
    // A note about one patient keeps its health words.
    expect(
      health(
        'Pt 67 y/o, fever and rash since Monday.\nStarted carbamazepine 2 weeks ago.\nPlan: stop it.\nReview Friday.',
      ),
    ).not.toEqual([]);
  });
});
