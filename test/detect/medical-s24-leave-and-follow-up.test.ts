import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { leaveAndFollowUp } from '../../src/detect/medical/leave-and-follow-up.js';
import { spansOf } from '../support/spans.js';

// Session 24: a sick leave's length and a follow-up with a specialist, told about someone in a claim, a form or an
// HR e-mail, and their look-alikes in policies, leaflets and insurance clauses. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const found = (text: string): string[] => leaveAndFollowUp(text, 't').map((f) => text.slice(f.start, f.end));

describe('sick leave and follow-up care told about someone', () => {
  it('reads a Spanish leave’s length and a control with a specialist on a date', () => {
    const text =
      'Trabajadora: Yesenia Quilodrán Pavez\nRUT: 15.402.118-3\nLesiones: esguince de muñeca; reposo absoluto de ' +
      '10 días, control con traumatología el 14 de marzo.';
    const spans = medical(text).join(' | ');
    expect(spans).toContain('reposo absoluto de 10 días');
    expect(spans).toContain('control con traumatología el 14 de marzo');
    expect(found('Le dieron baja de tres semanas y turno con la neuróloga del 3/11.')).toEqual([
      'baja de tres semanas',
      'turno con la neuróloga del 3/11',
    ]);
    expect(found('Presentó 15 días de incapacidad y cita con el cardiólogo en 2 semanas.')).toEqual([
      '15 días de incapacidad',
      'cita con el cardiólogo en 2 semanas',
    ]);
  });

  it('reads an English leave’s length and a follow-up with a specialty', () => {
    const text =
      'Employee: Thaddeus Whitcombe-Ayres, DOB 07/01/1988.\nSigned off for four weeks after the fall; follow-up with ' +
      'orthopaedics in 10 days.';
    const spans = medical(text).join(' | ');
    expect(spans).toContain('Signed off for four weeks');
    expect(spans).toContain('follow-up with orthopaedics in 10 days');
    expect(found('She had two weeks’ sick leave and a review in fracture clinic on Monday.')).toEqual([
      'two weeks’ sick leave',
      'review in fracture clinic on Monday',
    ]);
  });

  it('reads a worker’s record whose id is written with dots and a dash', () => {
    const text =
      'Funcionario: Anselmo Beltrán Ocampo\nCédula: 4.812.339-2\nTiene turno con el neumólogo del 9 de mayo.';
    expect(medical(text).join(' | ')).toContain('turno con el neumólogo del 9 de mayo');
  });
});

describe('their look-alikes', () => {
  it('leaves a policy’s entitlements and a leaflet’s advice alone', () => {
    expect(found('Employees may take up to 5 days of sick leave without a fit note.')).toEqual([]);
    expect(found('Los trabajadores tienen derecho a 15 días de licencia médica pagada.')).toEqual([]);
    expect(found('Si necesita una cita con el cardiólogo, pídala en recepción.')).toEqual([]);
    expect(found('El seguro no cubre las consultas de seguimiento con\nneumología ni la medicación.')).toEqual([]);
  });

  it('leaves a shift, a referral’s source and a text about nobody alone', () => {
    expect(found('Turno de noche con el jefe de planta, 22:00 a 06:00.')).toEqual([]);
    expect(found('Derivado por pediatra para valoración del lenguaje.')).toEqual([]);
    expect(
      medical(
        'Clinic rota for the orthopaedic outpatients team: review in fracture clinic runs on Mondays and Thursdays.',
      ),
    ).toEqual([]);
  });
});
