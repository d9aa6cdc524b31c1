import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Every example is invented.
const nlp = new NlpDetector();
const people = (text: string) => spansOf(nlp, text, ['PERSON'], 0.5);

describe('a name that a colon closes', () => {
  it('keeps a family name before a colon that opens what is said of the person', () => {
    expect(people('Update on Mark Jennings: he is off sick until Friday.')).toEqual(['Mark Jennings']);
    expect(people('te paso lo de Julián Ortega: está de baja desde el lunes')).toEqual(['Julián Ortega']);
  });

  it('still drops the next field’s label after a name', () => {
    expect(people('Dra. Lucía Gómez Cuéllar NºCol: 28 28 70973')).toEqual(['Dra. Lucía Gómez Cuéllar']);
  });
});

describe('values that name no one yet', () => {
  it('leaves a tracker’s or a form’s placeholder in a person’s field alone', () => {
    expect(people('Assignee: Unassigned\nReporter: Jira Automation\nPriority: High')).toEqual([]);
    expect(people('Employee: TBD\nStart date: to be agreed')).toEqual([]);
    expect(people('Asignado a: Sin asignar\nReportado por: Marta Ibáñez')).toEqual(['Marta Ibáñez']);
  });
});
