import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { allSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

const kept = (text: string) => allSpansOf(detector, text, 0.5);

describe('MedicalDetector: a record or a form about one identified person', () => {
  it('takes a name that is as often a topic as someone’s when the text identifies its person', () => {
    const form = [
      'LIFE COVER QUOTE',
      'Name: Anselm Wrenfield',
      'Date of birth: 11/02/1958',
      'Smoker: no',
      'Health: asthma as a child; GERD, on omeprazole',
    ].join('\n');
    expect(kept(form).join(' | ')).toContain('GERD');
    expect(
      kept('Solicitante: Begoña Ibarzábal Ruiz\nDNI: 48211937K\nMotivo: cuidados por una depresión desde marzo').join(
        ' | ',
      ),
    ).toContain('depresión');
    expect(
      kept('Visitas del martes:\n- Doña Celia Arrieta, calle Mayor 3, EPOC, revisar el oxígeno, hija 600 123 456'),
    ).toContain('EPOC');
  });

  it('keeps a drug in a log line or a JSON export that holds the person’s name and id', () => {
    const log = [
      '2026-03-02 09:14:02 I/User: profile name="Kofi Mensah-Adjei" nhs="943 476 5919"',
      '2026-03-02 09:14:03 I/Reminders: "citalopram 20 mg" 08:00 daily',
    ].join('\n');
    expect(kept(log).join(' | ')).toContain('citalopram 20 mg');
    const json =
      '{"traveller": {"name": "Ines Valcourt", "dateOfBirth": "1979-08-30"}, "items": [{"desc": "methotrexate 2.5mg x 24"}]}';
    expect(kept(json).join(' | ')).toContain('methotrexate');
  });

  it('does not take them in a blank template, a pseudonymous case or a text with nobody in it', () => {
    expect(kept('Name: ______________\nDate of birth: __/__/____\nHealth: (e.g. COPD, stroke)')).toEqual([]);
    expect(kept('Teaching case (anonymised). Mr A, 70, has COPD and a cough.')).not.toContain('COPD');
    expect(kept('COPD awareness month: free spirometry at the library.')).toEqual([]);
    expect(kept('The product name: Nebula Mist. A stroke of luck for the launch team.')).toEqual([]);
  });

  it('does not make everyday words health terms in a form about someone', () => {
    const crm =
      'Name: Nerys Abbot-Lund\nDOB: 04/09/1990\nNotes: cold call on Monday, under pressure to renew; fall in usage.';
    expect(kept(crm)).toEqual([]);
  });

  it('reads a hyphenated adjective after "has" as what the person has, not a tense', () => {
    // In a text with a pet in it, only what a person near has stays: "has" must read as having.
    const home = 'Home visit: the family dog has a pet passport. Jerzy has well-controlled asthma, seen yearly.';
    expect(kept(home)).toContain('well-controlled asthma');
    expect(kept('The service has well-tested fallbacks for outages.')).toEqual([]);
  });

  it('reads a name in apposition before "had" as the one who had it', () => {
    expect(kept('Our night driver, Lenny, had a heart attack in May after a long shift.')).toContain('heart attack');
    expect(kept('The old depot, Northfield, had a fall in revenue.')).toEqual([]);
  });
});
