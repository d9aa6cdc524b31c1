import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { allSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

const kept = (text: string) => allSpansOf(detector, text, 0.5);

describe('MedicalDetector: health fields of a form or a note about one person', () => {
  it('reports a leave’s length, the injured part and a severity word in a form about someone', () => {
    const claim = [
      'Worker: Radomir Ksiazek   DOB 02/07/1988',
      'Injury: laceration to right palm',
      'Body part: right hand',
      'Expected absence: 3 weeks',
    ].join('\n');
    const found = kept(claim);
    expect(found).toContain('right hand');
    expect(found).toContain('3 weeks');
    const parte = [
      'Nombre: Eulalia Bermejo Quintás',
      'DNI: 39485721K',
      'Diagnóstico: esguince de muñeca',
      'Parte del cuerpo: muñeca izquierda',
      'Gravedad: leve',
      'Días de baja: 10',
    ].join('\n');
    const es = kept(parte);
    expect(es).toContain('muñeca izquierda');
    expect(es).toContain('leve');
    expect(es).toContain('10');
  });

  it('adds each clause of a health section that no term covers, beside the terms', () => {
    const form = ['Name: Odile Brankovic', 'DOB: 19/09/1990', 'Medical: asthma since childhood, BMI 31'].join('\n');
    const found = kept(form);
    expect(found).toContain('BMI 31');
    expect(found.join(' | ')).toContain('asthma');
    // "Laboratorios de ingreso:": a field's name with what it is of.
    const labs = ['Paciente: Rosendo Iturbe Gil', 'DNI: 51938274M', 'Laboratorios de ingreso: Hb 10,9, plaquetas 412'];
    expect(kept(labs.join('\n'))).toContain('plaquetas 412');
  });

  it('reports the clinical shorthand of the lines of a SOAP note in a clinical text', () => {
    const note = [
      'Physio review - Ines Varga, MRN 40017723',
      'S: left hip pain when climbing stairs, sleeping poorly.',
      'O: PROM flexion 95, FADIR +, Trendelenburg negative.',
      'A: gluteal tendinopathy, improving.',
      'P: progress loading, consider CT-guided injection, going well.',
    ].join('\n');
    const found = kept(note);
    expect(found.join(' | ')).toContain('PROM flexion 95');
    expect(found.join(' | ')).toContain('CT-guided injection');
    // How the session went says nothing by itself.
    expect(found).not.toContain('going well');
  });

  it('leaves a field that says nothing, a benefit and a field with no health name alone', () => {
    const form = [
      'Employee: Sunniva Achterberg',
      'DOB: 04/03/1985',
      'Medical: family cover with the company plan',
      'Sick leave: none',
      'Allergies: NKDA',
      'Grado: 3°B',
    ].join('\n');
    expect(kept(form)).toEqual([]);
  });

  it('needs a health finding before a field whose name is no health word counts', () => {
    // A bug ticket that names its reporter: "Severity: critical" is the ticket's.
    const ticket = ['Name: Jo Parkinson', 'Email: jo.p@example.org', 'Severity: critical', 'S: a', 'O: b', 'A: c'];
    expect(kept(ticket.join('\n'))).toEqual([]);
    // A school register: "Grado" is the pupil's year.
    expect(kept('Nombre: Eulalia Bermejo Quintás\nDNI: 39485721K\nGrado: leve')).toEqual([]);
  });

  it('reads nothing in a text about nobody, nor in a vet’s note about an animal', () => {
    const advert = ['Job title: ward nurse', 'Sick leave: 28 days a year', 'Body part: n/a'].join('\n');
    expect(kept(advert)).toEqual([]);
    const vet = [
      'Vet clinic visit - owner Mrs Delia Hart, 07700 900123',
      'Dog: Rufus, spaniel, 6 years',
      'Diagnosis: otitis externa',
      'Medication: ear drops twice daily, recheck in 10 days',
    ].join('\n');
    expect(kept(vet)).toEqual([]);
  });
});
