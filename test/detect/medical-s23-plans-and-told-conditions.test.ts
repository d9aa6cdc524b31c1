import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { planSections } from '../../src/detect/medical/plan-sections.js';
import { pressureReadings } from '../../src/detect/medical/pressure-readings.js';
import { spansOf } from '../support/spans.js';

// Session 23: a clinical note's plan, orders and assessment; a blood pressure with its unit; a condition told in a
// chat or an e-mail about oneself or someone close; and their look-alikes (a deploy plan, an insurer's plan, a
// guideline's target, a pet's policy). Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const joined = (text: string): string => medical(text).join(' | ');

describe("a clinical note's plan, orders and assessment", () => {
  it('reads a plan whose items are parted by semicolons as one finding, in English and Spanish', () => {
    const en =
      'Patient: Corwin Ashdale   MRN 5520914\nHistory: coeliac disease, strict gluten-free diet.\n' +
      'Plan: refer to retinal screening for a repeat photo; 6-weekly nurse review; leaflet given.\n' +
      'Clinician: Dr Isolde Varga';
    expect(joined(en)).toContain('refer to retinal screening for a repeat photo; 6-weekly nurse review');
    const es =
      'Paciente: Eulalia Mardones Ocaranza   NHC 7730218\nAntecedentes: asma bronquial.\n' +
      'Plan: subir budesonida a 400 mcg/12h, pedir espirometría y hemograma; revisión en 3 semanas.\n' +
      'Médico: Dr. Anselmo Ruidíaz, colegiado 282811904';
    expect(joined(es)).toContain('subir budesonida a 400 mcg/12h, pedir espirometría y hemograma');
  });

  it('reads a risk grade and the statements of an assessment heading as one list', () => {
    const text =
      'Paciente: Olvido Ferreruela   NHC 6612093\n' +
      'Motivo de consulta: insomnio de conciliación desde el verano, pérdida de apetito.\n' +
      'Juicio clínico: trastorno adaptativo; episodio depresivo leve.\n' +
      'Riesgo: moderado\n' +
      'Psicóloga: Dña. Quiteria Arrizabalaga, colegiada 40221';
    const found = medical(text);
    // One line's list (a semicolon apart) or row of readings (a comma apart) is one span (list-join.ts, session 32).
    expect(found).toEqual(expect.arrayContaining(['trastorno adaptativo; episodio depresivo leve', 'moderado']));
    expect(found.join(' | ')).toContain('insomnio de conciliación desde el verano, pérdida de apetito');
    const risk = planSections('Risk level: HIGH\n', [], 't').map((f) => 'Risk level: HIGH\n'.slice(f.start, f.end));
    expect(risk).toEqual(['HIGH']);
  });

  it('leaves plans that are not clinical, and notes about nobody', () => {
    // A deploy's plan, an insurer's plan, a manager's aside under a referral heading.
    expect(planSections('Plan: 3 to add, 0 to change, 2 to destroy.', [], 't')).toEqual([]);
    expect(planSections('Plan: Cobertura Oro 310, credencial 44 1902 77 (titular)', [], 't')).toEqual([]);
    expect(planSections('Reason for referral: I am not sure what else we can offer her.', [], 't')).toEqual([]);
    // No record, no one identified: a course's template.
    expect(medical('Template for students\nPlan: refer if worse; recheck in five weeks.')).toEqual([]);
    // A named clinician's title keeps the sentence out (it is the name finders' to read).
    expect(planSections('Plan: review by Dr. Ostrander next week.', [], 't')).toEqual([]);
  });
});

describe('a blood pressure with its unit, about someone', () => {
  it('reads it behind any label, and not a threshold or a target', () => {
    const text = 'Paciente: Heriberto Lluch Abad\nPA tomada en la farmacia (brazo izquierdo): 164/97 mmHg';
    expect(medical(text)).toContain('164/97 mmHg');
    const at = (t: string) => pressureReadings(t, 't').map((f) => t.slice(f.start, f.end));
    expect(at('home readings 158/92 mmHg')).toEqual(['158/92 mmHg']);
    expect(at('Target below 140/90 mmHg in adults.')).toEqual([]);
    expect(at('objetivo < 130/80 mmHg')).toEqual([]);
    expect(at('mantener cifras por debajo de 135/85 mmHg')).toEqual([]);
    // A textbook's range, nobody's: no record, no person.
    expect(medical('Stage 2 hypertension is usually defined as 140/90 mmHg or more.')).toEqual([]);
  });
});

describe('a condition told about oneself or someone close', () => {
  it('reads an operation, a stay in hospital and a treatment with its adjective before what it treats', () => {
    expect(joined('Ojo, que Baltasar está recién operado de menisco y no puede cargar cajas.')).toContain(
      'operado de menisco',
    );
    expect(joined('No pude ir porque estuve ingresada por una pielonefritis toda la semana.')).toContain(
      'pielonefritis',
    );
    expect(joined('el viernes no conduzco, sigo con las pastillas nuevas para la migraña')).toContain(
      'pastillas nuevas para la migraña',
    );
    expect(joined('My son had grommets fitted last spring, so no diving please.')).toContain('grommets');
    expect(joined('Juicio clínico: episodio depresivo grave sin síntomas psicóticos.')).toContain(
      'episodio depresivo grave',
    );
  });

  it('leaves the same words as a topic', () => {
    expect(medical('El congreso dedica una mesa al tratamiento nuevo para la migraña crónica.')).toEqual([]);
    expect(medical('Yo creo que este invierno la gripe viene fuerte.')).toEqual([]);
    expect(medical('The seminar covers when grommets are offered to children on the waiting list.')).toEqual([]);
  });
});

describe('record numbers and policies', () => {
  it("reads a US counsellor's licence after the credential, and leaves a shop's licence", () => {
    expect(joined("Our daughter's counsellor is Rosaura Quenneville, LCSW #52208.")).toContain('52208');
    expect(medical('The bakery’s business license number is 66120.')).toEqual([]);
  });

  it("leaves a pet policy's number named in brackets after it", () => {
    const text =
      'Titular: Leocadia Ferrán Soto\nPóliza: ANIM-0045120 (Mascota Plus)\nMascota: Tula, galgo, 4 años\n' +
      'Hecho: torsión gástrica, cirugía de urgencia en la clínica veterinaria.';
    expect(medical(text).join(' | ')).not.toContain('ANIM-0045120');
  });
});
