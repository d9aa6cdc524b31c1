import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const health = (text: string) => spansOf(engine, text, ['MEDICAL']);

/**
 * Health words in texts where nobody bears them: no genre word is needed, only the absence of anyone (a name, a
 * record's field, an age, a bed, the writer's or a relative's own health, a note's verbs).
 */
const NOBODYS: Record<string, string> = {
  'a guideline': `Turn this into a quick-reference card for the emergency department.

Acute asthma in adults - local guidance, version 2
Moderate: peak flow 50-75% of best, able to finish sentences.
Give salbutamol 5 mg nebulised, repeat every 15 minutes if needed.
Add prednisolone 40 mg orally for 5 days.
If SpO2 falls below 92% or the chest is silent, call the anaesthetist.`,
  'a leaflet in the second person': `Haz este folleto más claro para la farmacia.

CÓMO TOMAR TU ANTIBIÓTICO
Toma la amoxicilina cada 8 horas, aunque te encuentres mejor.
¿Qué tengo que hacer si se me olvida una dosis? Tómala en cuanto te acuerdes.
Si aparece diarrea intensa o erupción en la piel, consulta con tu médico.
Guarda el jarabe en la nevera.`,
  "a cohort study's abstract": `Cut this abstract to 200 words for the poster.

Aims: to describe the risk of gout in adults starting loop diuretics.
Design: retrospective cohort of 9,120 primary-care patients, 2012-2021.
Findings: gout incidence rose after furosemide initiation (HR 1.52, 95% CI 1.30-1.77).
Interpretation: urate should be checked when diuretics are started.`,
  'a rota on a ward named like a person': `Make this a weekly grid, one row per shift.

Rota for Hazel Ward, stroke rehabilitation, eighteen beds
Early: 2 RN, 3 HCA; Late: 2 RN, 2 HCA
Night: 1 RN, 2 HCA; thrombolysis bleep 2291
Swallow screen before any oral medication
Physio slots on Mondays, Wednesdays and Fridays`,
  'a reference-range card': `Lay this out as a two-column pocket card for new starters.

Sodium 135-145 mmol/L
Potassium 3.5-5.0 mmol/L
HbA1c below 48 mmol/mol
Ferritin 30-400 ug/L
Lab enquiries via switchboard, extension 5120`,
  "a triage scale's numbered levels": `Pon esto en una tabla para el póster.

Nivel I: parada, convulsión activa, anafilaxia.
Nivel II: crisis asmática grave, hemorragia digestiva.
Nivel III: cólico renal, fiebre con mal estado general.
Nivel IV: otitis, conjuntivitis.`,
};

/** The same words with someone to bear them. */
const SOMEONES: Record<string, [string, string]> = {
  "a one-line relative's health": ['my dad has COPD and takes tiotropium', 'COPD'],
  'a one-line note': ['58M, SOB, started on furosemide', 'furosemide'],
  'a note with an age and a sex, no name': [
    `Summarise for the on-call registrar:

Pt 71 F, known heart failure, on bisoprolol
Fell at home last night, hip pain, unable to weight-bear
X-ray: displaced neck of femur fracture
Plan: theatre tomorrow, hold bisoprolol`,
    'bisoprolol',
  ],
  "the writer's own health": [
    `Can you help me word a message to the practice?

Since October I have had headaches most mornings.
I take sumatriptan but it only helps a little.
The pharmacist suggested keeping a diary.`,
    'sumatriptan',
  ],
  "a leaflet with a relative's line": [
    `Can you simplify this leaflet?

Using emollients
Apply the cream in the direction of hair growth, twice a day.
Keep the tub away from open flames.
My daughter has eczema on both elbows and we use it after her bath.`,
    'eczema',
  ],
  'a narrative without a name': [
    `Resume esta nota para el pase de guardia.

Varón de sesenta años que acude por cefalea intensa de inicio brusco.
Se le realizó una tomografía sin hallazgos agudos.
Se inicia analgesia y se avisa a neurología.`,
    'cefalea',
  ],
  "a record's fields": [
    `Pasa esto a limpio.

Paciente: J. M. R.
Edad: 67
Diagnóstico: EPOC agudizada
Tratamiento: prednisona 30 mg durante 5 días`,
    'EPOC',
  ],
};

describe('health words with no bearer (s32: health-without-bearer.ts)', () => {
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
});
