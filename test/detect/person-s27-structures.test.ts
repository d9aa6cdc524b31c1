import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 27: names read from the structure around them (documents after a name, log lines, EDI segments, repeats of
// a name found in a table). Every example is invented.
const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a name before a person-only document', () => {
  it('reads a crew or staff line whose name is followed by a nationality and a passport', () => {
    const crew = 'TRIMMER: Colm Hanratty, Irish, passport PQ5518203, DOB 11/02/1994';
    expect(people(crew)).toContain('Colm Hanratty');
  });

  it('reads a person filling a firm field when an identity card or a birth date follows', () => {
    expect(people('EMPLOYER: Ong Pei Shan, NRIC S7712345D, 14 Jurong West St 41')).toContain('Ong Pei Shan');
    expect(people('Yo: Graça Moutinho Pires, nacida el 4 de mayo de 1987 en Braga')).toContain('Graça Moutinho Pires');
  });

  it('leaves a school class before a birth date alone', () => {
    expect(people('Alumno: Nico Varela, 4º de Primaria B, nacido el 30/06/2016')).toEqual(['Nico Varela']);
  });
});
