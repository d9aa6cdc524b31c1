import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('dates of birth on Dutch, Nordic and Polish forms', () => {
  it('reads the form label as a birth cue', () => {
    expect(dates('Naam: Pieter Smit\nGeboortedatum: 04-11-1988\nNationaliteit: NL')).toEqual(['04-11-1988']);
    expect(dates('Personuppgifter - Födelsedatum: 1979-03-12')).toEqual(['1979-03-12']);
    expect(dates('Kandydat: data urodzenia 23.09.1990, Gdańsk')).toEqual(['23.09.1990']);
  });
});

describe('dates of a job, a pregnancy or a sick leave in Spanish HR mail', () => {
  it('reports a seniority date and the due date of a birth', () => {
    expect(dates('Categoría: peón especialista   Antigüedad: 02/09/2021')).toEqual(['02/09/2021']);
    expect(dates('la fecha prevista de parto es el 22 de mayo, os aviso')).toEqual(['22 de mayo']);
    expect(dates('Estoy embarazada y el médico me da reposo hasta el 9 de marzo.')).toEqual(['9 de marzo']);
  });

  it('leaves a plain policy date alone', () => {
    expect(dates('La tabla salarial se publica el 3 de febrero en la intranet.')).toEqual([]);
  });
});

describe('a sick leave written day/month without a year', () => {
  it('reports both ends of the range', () => {
    expect(dates('Observaciones: incapacidad temporal del 12/10 al 19/10, sin complemento.')).toEqual([
      '12/10',
      '19/10',
    ]);
    expect(dates('Jon está de baja desde el 5/2 hasta el 9/2 por gripe.')).toEqual(['5/2', '9/2']);
    expect(dates('She was signed off sick from 3/11 to 14/11.')).toEqual(['3/11', '14/11']);
  });

  it('leaves fractions and scores alone', () => {
    expect(dates('Reduce the sugar from 3/4 to 1/2 cup for the second batch.')).toEqual([]);
    expect(dates('El equipo pasó del 2/5 al 4/5 de aciertos en la ronda final.')).toEqual([]);
  });
});
