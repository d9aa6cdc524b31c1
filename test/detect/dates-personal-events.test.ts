import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('dates of a person’s life or case (issue #3)', () => {
  it('reports the date of an accident, a loss or an injury, with or without a year', () => {
    expect(dates('Claim form\nDate of loss: 07/10/2026\nVehicle: grey estate, rear bumper.')).toEqual(['07/10/2026']);
    expect(dates('Parte amistoso. Fecha del siniestro: 9 de octubre de 2026, en la rotonda norte.')).toEqual([
      '9 de octubre de 2026',
    ]);
    expect(dates('El accidente ocurrió el 21 de octubre al salir del almacén.')).toEqual(['21 de octubre']);
    expect(dates('He injured his back lifting boxes on 3 Oct.')).toEqual(['3 Oct']);
  });

  it('reports both ends of a sick leave or absence, the cue before the first date covering the second', () => {
    expect(dates('Signed off sick from 6 October 2026 to 24 October 2026, fit note attached.')).toEqual([
      '6 October 2026',
      '24 October 2026',
    ]);
    expect(dates('Lucía está de baja del 2 al 16 de octubre; la cubre Andrés.')).toEqual(['2 al 16 de octubre']);
    expect(dates('Baja laboral desde el 5 de octubre hasta el 30 de octubre.')).toEqual([
      '5 de octubre',
      '30 de octubre',
    ]);
    expect(dates('Tariq will be on parental leave from Oct 5 until Nov 20.')).toEqual(['Oct 5', 'Nov 20']);
  });

  it('reports hiring, start and end of a job, appointments and hearings', () => {
    expect(dates('Start date: 2 March 2027 | Grade: B2 | Manager: R. Iqbal')).toEqual(['2 March 2027']);
    expect(dates('Fecha de incorporación: 01/03/2027. Jornada completa.')).toEqual(['01/03/2027']);
    expect(dates('Se incorporó el 12 de enero como administrativa.')).toEqual(['12 de enero']);
    expect(dates('Her last working day is 18 December.')).toEqual(['18 December']);
    expect(dates('The disciplinary hearing is set for 9 Nov at 14:00.')).toEqual(['9 Nov']);
    expect(dates('Ms Adebayo has a follow-up appointment on Oct 30, 09:40.')).toEqual(['Oct 30']);
  });

  it('leaves dates that are nobody’s: plans, deadlines, invoices, logs, holidays, history', () => {
    expect(dates('We will review the roadmap on 19 Jan and ship the beta on 2 Feb.')).toEqual([]);
    expect(dates('Our invoice INV-2231 is due 30 Nov; my colleague sends the reminder.')).toEqual([]);
    expect(dates('Every employee must complete the training by 15 Dec.')).toEqual([]);
    expect(dates('Hi team, as of 1 Dec the VPN changes; her laptop needs the new profile.')).toEqual([]);
    expect(dates('Nov 30 06:12:04 app-3 cron[412]: job for her mailbox finished')).toEqual([]);
    expect(dates('2026-11-30 11:02:18,010 WARN my scheduler skipped a run')).toEqual([]);
    expect(dates('The office is closed for the bank holiday on 25 Dec; appointments resume on the 27th.')).toEqual([]);
    expect(dates('The release is planned for 3 March; I will post the notes.')).toEqual([]);
    expect(dates('Napoleon was crowned in Notre-Dame on 2 December 1804.')).toEqual([]);
    expect(
      dates('Date: Mon, 30 Nov 2026 09:12:44 +0000\nFrom: Ana <ana@example.com>\nI am writing about my bill.'),
    ).toEqual([]);
    expect(dates('Madrid, a 1 de diciembre de 2026.\nEstimado Sr. López: le escribo por mi reclamación.')).toEqual([]);
    expect(dates('The team of 5 may need 2 sets of keys, and I set 3 alarms.')).toEqual([]);
  });
});
