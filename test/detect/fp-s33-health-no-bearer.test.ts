import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { bearerInText } from '../../src/detect/public-text/health-bearer-signals.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const health = (text: string) => spansOf(engine, text, ['MEDICAL']);
const people = (text: string) => spansOf(engine, text, ['PERSON']);

/**
 * Session 33: health words of texts that name no patient, which session 32's bearer signals still kept. A teaching
 * paper's vignette, a guideline's population ("menor de 36 meses") and its noun "ingreso" (admission as a decision)
 * are nobody's.
 */
const NOBODYS: Record<string, string> = {
  "an exam paper's vignettes and options": `please proofread these exam qs, cardio block, year 3 nursing

Q1. A 58-year-old bus driver presents with crushing central chest pain radiating to the left arm for 40 minutes. ECG shows ST elevation in II, III and aVF. Which artery is most likely occluded?
  a) LAD  b) circumflex  c) right coronary  d) left main
Q2. Case vignette "Mr K", 66, three days after a open appendicectomy, has a temperature of 38.4°C and a heart rate of 112. Name two likely causes.
Q3. True/false: a GCS of 8 means the airway is protected.
Marking: Q1 1 mark, Q2 3, Q3 1. Pass mark 50%.`,
  "a guideline's severity rows for a population": `hazme un resumen de esta guía en tabla

Guía de manejo de la laringitis – Urgencias Pediátricas (edición 2025)
Definición: estridor inspiratorio en menor de 36 meses, con tos perruna, sobre todo en otoño.
Valoración: escala de Westley + SatO2. Leve 0-2, moderada 3-5, grave 6 o más.
Leve: dexametasona oral 0,15 mg/kg dosis única, alta con pautas por escrito.
Moderada: dexametasona oral 0,6 mg/kg; adrenalina nebulizada si no mejora en 2 horas.
Grave: adrenalina nebulizada 0,5 ml/kg, oxígeno si SatO2 < 92%, valorar ingreso en UCIP.
Criterios de ingreso: edad < 6 meses, estridor en reposo tras tratamiento, cardiopatía congénita.`,
};

/** A line whose patient is a pet, in a text about people (pet-health-lines.ts). */
const PETS: Record<string, [string, string]> = {
  "a house-sitter's handover": [
    `Tidy up this note for the cat sitter please, friendly tone.

- spare key with Mrs Threlkeld at no. 12
- Pickle's meds: one tablet crushed in her food every morning (she's an old tabby, hyperthyroidism, fine otherwise)
- my brother has epilepsy, if he pops round and seems off call 999
- recycling goes out on Tuesday`,
    'epilepsy',
  ],
  "a boarding kennel's FAQ": [
    `Shorten our FAQ for the website.

Q: What vaccines are needed? A: Up-to-date boosters, card shown at drop-off.
Q: Our puppy takes tablets twice a day, can staff give them? A: Of course. We have guests on insulin for diabetes and on carprofen for his arthritis. Bring tablets in the pharmacy box.
Q: When can I collect? A: 9-11am and 3-5pm.`,
    '',
  ],
  "a Spanish neighbour's message": [
    `Corrígeme este mensaje para la vecina.

Te dejo las llaves el viernes.
La perra toma media pastilla de fenobarbital cada 12 horas por la epilepsia, es una galga de 9 años.
Riega las plantas si puedes.`,
    '',
  ],
};

/** The same shapes with someone to bear them. */
const SOMEONES: Record<string, [string, string]> = {
  'a note whose patient was admitted (ingresó, without its accent too)': [
    `Resume para el pase.

Lactante de 5 meses, ingreso ayer por bronquiolitis con tiraje.
Se pauta oxigenoterapia de alto flujo.
Pendiente de evolución.`,
    'bronquiolitis',
  ],
  'a dog as the cause, not the patient': [
    `Summarise for the practice nurse.

47F bitten by the neighbour's dog on the left hand on Sunday, wound cleaned at the walk-in centre.
Tetanus booster given, started on co-amoxiclav for five days.
Review the wound on Friday.`,
    'co-amoxiclav',
  ],
  "the writer's own health on a pet's line": [
    `Make this message shorter.

Our cat has ringworm again and now I have a patch of ringworm on my arm too.
Can we move the vet appointment?
Thanks.`,
    'ringworm',
  ],
  "a student's own health in a revision text": [
    `Help me with my revision notes for the exam.

I was diagnosed with migraine last year and take propranolol.
Q1. Which drug class is propranolol?`,
    'migraine',
  ],
};

describe('health words nobody bears (s33)', () => {
  for (const [name, text] of Object.entries(NOBODYS)) {
    it(`drops them in ${name}`, () => {
      expect(health(text)).toEqual([]);
    });
  }
  for (const [name, [text, kept]] of Object.entries(SOMEONES)) {
    it(`keeps them in ${name}`, () => {
      expect(health(text).join(' | ')).toContain(kept);
    });
  }
  for (const [name, [text, kept]] of Object.entries(PETS)) {
    it(`drops a pet's health in ${name}${kept ? ", keeping a person's" : ''}`, () => {
      if (kept === '') expect(health(text)).toEqual([]);
      else expect(health(text).join(' | ')).toContain(kept);
      for (const pet of ['hyperthyroidism', 'arthritis', 'diabetes', 'epilepsia', 'fenobarbital', 'insulin'])
        expect(health(text).join(' | ')).not.toContain(pet);
    });
  }
  it("lets a vignette's one-letter name go with its findings", () => {
    expect(people(NOBODYS["an exam paper's vignettes and options"]!)).toEqual([]);
  });
  it("reads a child's age as one patient, a population's age as nobody", () => {
    expect(bearerInText('Niño de 4 años con fiebre desde ayer.', [])).toBe('patient');
    expect(bearerInText('Sibilancias en menor de 2 años; fiebre en mayor de 65 años.', [])).toBeUndefined();
    expect(bearerInText('Criterios de ingreso: rechazo de tomas; valorar ingreso en UCI.', [])).toBeUndefined();
    expect(bearerInText('Ingreso ayer por neumonía.', [])).toBe('patient');
  });
  it("reads a health field's label and its answer as one fact (health-field-labels.ts)", () => {
    const form = `Summarise this intake form for the clinic.

Name: Oswin Pradel   DOB 14/02/1961
Tinnitus: yes, left ear, comes and goes
Last tetanus: Td booster 2019
Asthma: mild, salbutamol as needed`;
    const found = health(form);
    expect(found).toContain('Tinnitus: yes, left ear, comes and goes');
    expect(found).toContain('Last tetanus: Td booster 2019');
    expect(found.some((v) => v.startsWith('Asthma: mild'))).toBe(true);
    expect(found).not.toContain('Tinnitus');
  });
});
