import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: speakers of a transcript', () => {
  it('takes every speaker as a person once one of them is', () => {
    expect(people('Oyelaran: Where were you?\nRebecca: At the station.\nOyelaran: Fine.')).toEqual([
      'Oyelaran',
      'Rebecca',
      'Oyelaran',
    ]);
  });

  it('leaves labels and a single line alone', () => {
    expect(people('Summary: all good.\nRebecca: agreed.')).toEqual(['Rebecca']);
    expect(people('Oyelaran: where were you?')).toEqual([]);
  });

  it("reads a form's labels, each said once, as labels even where a name list holds them", () => {
    const form = 'Guardia: turno de noche\nRiesgo: medio\nPropuesta: visita en enero\nFamilia: dos hijos';
    expect(people(form)).toEqual([]);
  });
});

describe('NlpDetector: full names spelt with letters English and Spanish words never have', () => {
  it('takes two unknown words as a name when one has such a letter', () => {
    expect(people('The account is under Dragoljub Vukšić now.')).toEqual(['Dragoljub Vukšić']);
    expect(people('Przemysław Nowakowski will review it.')).toEqual(['Przemysław Nowakowski']);
  });

  it('leaves ordinary words alone', () => {
    expect(people('Order the Smørrebrød Sandwich for twelve.')).toEqual([]);
  });
});
