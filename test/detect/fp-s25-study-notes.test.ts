import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const medicalAndNames = (text: string) => spansOf(engine, text, ['MEDICAL', 'PERSON']);
const medical = (text: string) => spansOf(engine, text, ['MEDICAL']);

/** Study notes and textbook sections in the sciences: teaching text about nobody, and their cited authors. */
const NOTES: Record<string, string> = {
  'pharmacology revision notes': `Turn my pharmacology revision notes into a one-page table.

Mechanisms of action
- Omeprazole irreversibly inhibits the H+/K+ ATPase of parietal cells → less acid.
- Warfarin inhibits vitamin K epoxide reductase; bleeding risk rises with NSAIDs.
- Salbutamol: beta-2 agonist at bronchial smooth muscle; tremor and tachycardia at high doses.
- Naloxone: competitive antagonist at mu receptors, half-life of 60-90 min, shorter than most opioids.
Further reading: Rang & Dale's Pharmacology, 9th edition.`,
  'unos apuntes de farmacología': `Ordena estos apuntes de Farmacología (3.º de Enfermería) en una tabla.

- Los IECA inhiben la enzima convertidora de angiotensina: tos seca como efecto adverso.
- La digoxina inhibe la bomba Na+/K+ ATPasa; intoxicación con náuseas y visión amarilla.
- Mecanismo de acción del paracetamol: inhibición central de la COX, poco efecto antiinflamatorio.
- Heparina: potencia la antitrombina III; antídoto, protamina.
Lecturas recomendadas: Lorente y Peral, Manual de farmacología clínica, 4.ª edición.`,
  'an enzyme kinetics handout': `Make this enzyme kinetics handout clearer for first-year biochemistry.

The Michaelis-Menten rate law ties rate to substrate level; Km is the level giving half of Vmax.
Competitive inhibition raises the apparent Km; Vmax is unchanged (e.g. statins on HMG-CoA reductase).
Phenylketonuria: deficient phenylalanine hydroxylase, so phenylalanine builds up.
Textbook: Berg, Tymoczko and Stryer, Biochemistry, 8th ed.`,
  'apuntes de fisiología renal': `Prepárame un test de repaso a partir de mis apuntes de Fisiología.

- La furosemida inhibe el cotransportador Na-K-2Cl del asa de Henle: hipopotasemia.
- La espironolactona es antagonista del receptor de aldosterona: riesgo de hiperpotasemia.
- Diabetes insípida central: falta de ADH, poliuria con orina diluida.
Bibliografía: Guyton y Hall, Tratado de fisiología médica, 14.ª ed.`,
};

describe('study notes in the sciences (text-genre.ts teaching families)', () => {
  for (const [name, text] of Object.entries(NOTES))
    it(`reports no health term nor cited author in ${name}`, () => {
      expect(medicalAndNames(text)).toEqual([]);
    });

  it("keeps a patient's drugs explained to their relative", () => {
    const text = `Can you explain to my mum why she is on omeprazole? It inhibits the proton pump, the GP said,
and she also takes warfarin 3 mg daily after her valve replacement.`;
    expect(medical(text).length).toBeGreaterThan(0);
  });

  it('keeps a named patient in notes that explain a mechanism', () => {
    const text = `Ward round notes — Paciente: Remedios Olmedo Carrasco, 71 años.
Inicia torasemida 10 mg; inhibe el cotransportador del asa de Henle. Vigilar potasio. Bibliografía aparte.`;
    expect(medical(text).length).toBeGreaterThan(0);
  });
});
