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
