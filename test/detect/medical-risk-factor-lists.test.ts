import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Leaflets and newsletters that list what raises a risk name nobody's history. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: a list of risk factors in a health leaflet', () => {
  it('leaves a newsletter on a condition and its usual drugs alone', () => {
    const es = [
      'Prepara un texto para el tablón sobre el colesterol alto, sin consejos personales.',
      '- Factores de riesgo: dieta rica en grasas, tabaco, edad y antecedentes familiares.',
      '- Tratamientos frecuentes: ejercicio y fármacos como atorvastatina o ezetimiba, siempre con receta.',
    ].join('\n');
    expect(kept(es)).toEqual([]);
    const en = [
      'Draft a short intranet piece on type 2 diabetes for staff.',
      'Risk factors: obesity, inactivity, age and a familial tendency.',
      'Usual treatment: diet, exercise and drugs such as metformin or gliclazide, always prescribed by a doctor.',
    ].join('\n');
    expect(kept(en)).toEqual([]);
    const causes =
      'Folleto sobre el asma. Causas: alergias, humo, frío y antecedentes familiares. Se trata con salbutamol.';
    expect(kept(causes)).toEqual([]);
  });

  it('still reads a patient history as someone’s', () => {
    const note = 'Antecedentes: asma desde la infancia; toma salbutamol a demanda.';
    expect(kept(note)).toEqual(expect.arrayContaining(['asma']));
    const chart = 'Paciente de 54 años. Factores de riesgo: tabaquismo. Diagnosticado de diabetes tipo 2 en 2019.';
    expect(kept(chart).length).toBeGreaterThan(0);
  });
});
