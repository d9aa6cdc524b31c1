import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { allSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

const kept = (text: string) => allSpansOf(detector, text, 0.5);
const joined = (text: string) => kept(text).join(' | ');

describe('MedicalDetector: what forms and letters say of a body', () => {
  it('takes the limits a claimant or a carer describes', () => {
    expect(joined('My dad has morning stiffness until ten and grip weakness in both hands.')).toContain(
      'morning stiffness',
    );
    expect(joined('Applicant: Nuala Brennock\nReason for badge: right-sided weakness since her bleed')).toContain(
      'right-sided weakness',
    );
    expect(joined('Mi madre tiene dolor neuropático desde la operación y claudicación de la marcha.')).toContain(
      'dolor neuropático',
    );
  });

  it('takes hearing tests, hearing aids fitted and an obstetric shorthand', () => {
    expect(joined('Patient: Idris Vane\nTympanometry normal both sides; fitted with hearing aids.')).toContain(
      'Tympanometry',
    );
    expect(joined('Paciente: Olga Restrepo\nPlan: adaptación de audífonos en ambos oídos')).toContain(
      'adaptación de audífonos',
    );
    expect(joined('Obstetric history: elective LSCS in 2021, then a normal delivery.')).toContain('LSCS');
  });

  it('does not read headphones in an order as hearing aids', () => {
    expect(kept('Pedido #88123: Audífonos inalámbricos color negro, llegaron sin estuche.')).toEqual([]);
  });

  it('reads a severity beside an eponym as the disease, and a bare eponym in a name as a name', () => {
    expect(joined('- Don Aurelio Quintas, calle Alta 4, Parkinson avanzado, ayuda para la ducha')).toContain(
      'Parkinson avanzado',
    );
    expect(kept('We met Jane Parkinson and Tom Hunter at the fair.')).toEqual([]);
  });

  it('keeps the conditions of identified people in a list someone asks to group', () => {
    const list = [
      'Agrupa estas visitas por barrio:',
      '- Doña Pura Lozano, calle Olmo 12, EPOC con oxígeno, hija 611 222 333',
      '- Don Ciro Bastida, calle Tilo 3, insulina 10 UI por la noche',
    ].join('\n');
    expect(joined(list)).toContain('EPOC');
    expect(kept('SELECT diagnosis, count(*) FROM visits GROUP BY diagnosis; -- asthma 41, COPD 12')).toEqual([]);
  });

  it('reads a register number after a health professional’s role', () => {
    expect(joined('Audiologist: Fenella Stroud, HCPC AS70421')).toContain('AS70421');
    expect(joined('Audióloga: Begoña Quiroga, registro 61.204.877')).toContain('61.204.877');
    expect(kept('Vehicle registration number: KX19 PLM')).toEqual([]);
  });

  it('takes neurological deficits, clotting disorders, dental and diabetic complications and rehabilitation', () => {
    expect(
      joined(
        'Paciente: Baltasar Sarmiento\nIngresa con hemiparesia derecha y disartria; se pide estudio de trombofilia.',
      ),
    ).toContain('hemiparesia');
    expect(joined('Mr Colm Ferris: diabetic retinopathy, foot ulcer on the right heel.')).toContain('foot ulcer');
    expect(joined('Al alta: kinesiología 2 veces por semana y fonoaudiología semanal para la paciente.')).toContain(
      'kinesiología',
    );
    expect(joined('She stopped the progestogen-only pill in May.')).toContain('progestogen-only pill');
  });
});
