import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Forms pasted from other languages into an English or Spanish prompt; every person and date is made up.
const engine = createDetector({ extras: [] });
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('dates of birth in French, German, Italian and Portuguese forms', () => {
  it('reads the month spelled out after the birth cue of each language', () => {
    expect(dates('Nom: Léa Martin\nNée le 3 février 1987 à Lyon')).toEqual(['3 février 1987']);
    expect(dates('Herr Jonas Weber, geboren am 9. März 1966 in Graz')).toEqual(['9. März 1966']);
    expect(dates('Giulia Conti, nata il 5 maggio 1994 a Bari')).toEqual(['5 maggio 1994']);
    expect(dates('Rafael Souza, nascido em 30 de dezembro de 2001, CPF em anexo')).toEqual(['30 de dezembro de 2001']);
    expect(dates('Date de naissance : 21 août 1979')).toEqual(['21 août 1979']);
  });

  it('leaves other words that look like those months alone', () => {
    expect(dates('NATO ministers meet on 3 April 2027 in Brussels.')).toEqual([]);
    expect(dates('The rover reached Mars on 18 Feb 2021.')).toEqual([]);
  });
});
