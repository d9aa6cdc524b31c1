import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Sick leave in payslips and HR mail, injuries in claims and court filings, dose lines of discharge reports, in
// Spanish. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: Spanish sick leave, claims and dose lines', () => {
  it('reads a dated or measured sick leave as someone’s', () => {
    expect(kept('Observaciones: IT por contingencia común del 12/05 al 16/05, complemento al 100%.')).toEqual([
      'IT por contingencia común',
    ]);
    expect(kept('Incidencias: incapacidad temporal por enfermedad común de 9 días en marzo.')).toEqual([
      'incapacidad temporal por enfermedad común de 9 días',
    ]);
    expect(kept('Nómina de abril: baja por contingencias comunes desde el 3 de abril.')).toEqual([
      'baja por contingencias comunes',
    ]);
  });

  it('leaves a leave policy naming nobody alone', () => {
    expect(kept('La IT por contingencia común se paga al 60% a partir del cuarto día según el convenio.')).toEqual([]);
  });

  it('reads a leave the doctor gave the writer, an illness the writer caught, an injury a filing claims', () => {
    const mail = 'Hola Ana: el médico de cabecera me ha dado la baja desde el martes 4 por un embarazo de riesgo.';
    expect(kept(mail)).toContain('embarazo de riesgo');
    expect(kept('perdón la demora, en agosto me dio chikungunya y estuve hospitalizado una semana')).toContain(
      'chikungunya',
    );
    const filing = 'Que mi representada cayó en la escalera, resultando con fractura de tibia izquierda (conminuta).';
    expect(kept(filing)).toContain('fractura de tibia izquierda (conminuta)');
    expect(kept('Mi padre tiene una rotura de ligamento cruzado derecho (parcial).')).toContain(
      'rotura de ligamento cruzado derecho (parcial)',
    );
  });

  it('takes the interval written after a dose', () => {
    const report = 'Paciente. Tratamiento al alta: AAS 300 mg/24 h, omeprazol 20 mg/12h y enalapril 10 mg/12 horas.';
    expect(kept(report)).toEqual(['AAS 300 mg/24 h', 'omeprazol 20 mg/12h', 'enalapril 10 mg/12 horas']);
    expect(kept('Paciente: atorvastatina 20 mg/noche.')).toEqual(['atorvastatina 20 mg/noche']);
  });
});
