import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('chat exports whose stamps leave out the year or the day', () => {
  it('takes each sender of "[dd/mm hh:mm] Name:" lines, and the given name said alone', () => {
    const chat = [
      '[14/10 18:02] Marisa Quintero: hola, se ha roto la caldera otra vez',
      '[14/10 18:03] Marisa Quintero: el técnico no viene hasta el lunes',
      '[14/10 18:05] Agente: vaya, Marisa, ¿me mandas una foto?',
      '[14/10 18:07] Marisa Quintero: ahora te la paso',
    ].join('\n');
    expect(people(chat)).toEqual(['Marisa Quintero', 'Marisa Quintero', 'Marisa', 'Marisa Quintero']);
  });

  it('takes a sender whose given name is a town too, and a clock-only stamp', () => {
    const chat =
      '[09:12] Rosario Bengoechea: llego tarde\n[09:13] Anselmo Ruiz: ok\n[09:14] Rosario Bengoechea: gracias';
    expect(people(chat)).toEqual(['Rosario Bengoechea', 'Anselmo Ruiz', 'Rosario Bengoechea']);
  });

  it("takes a Telegram copy's sender lines", () => {
    const chat = [
      'Tomás Ferreira, [06.11.2026 14:02]',
      'se ha ido la luz en el portal',
      'Lidia Campos, [06.11.2026 14:05]',
      'Tomás, llama al técnico',
    ].join('\n');
    expect(people(chat)).toEqual(['Tomás Ferreira', 'Lidia Campos', 'Tomás']);
  });

  it('leaves roles, business accounts and agenda items out, and keeps a longer name whole', () => {
    const shop = '[3/11 10:20] Fisio Retiro: hola, mañana a las 18h?\n[3/11 10:25] Fisio Retiro: perfecto';
    expect(people(shop)).toEqual([]);
    const agenda = '[09:00] Welcome: coffee\n[09:30] Keynote: platform update\n[10:15] Break: foyer';
    expect(people(agenda)).toEqual([]);
    const chat = [
      '[02/05 08:10] Nerea Salcedo: buenos días',
      '[02/05 08:12] Nerea Salcedo: mi prima Nerea Salcedo Ibáñez también quiere la póliza',
    ].join('\n');
    expect(people(chat)).toEqual(['Nerea Salcedo', 'Nerea Salcedo', 'Nerea Salcedo Ibáñez']);
  });
});

describe('the given name of a full name, when a town has it too', () => {
  it('takes the given name said alone again, not the town after a preposition', () => {
    const text =
      'Alta nueva: Sofía Ibarra Llorente, DNI 12345678Z.\nSofía empieza el lunes. El proveedor vuela a Sofía.';
    const found = people(text);
    expect(found).toEqual(['Sofía Ibarra Llorente', 'Sofía']);
  });
});

describe('family name first, a comma, the given names', () => {
  it('takes the family name in capitals and the given names as one person in a cause list', () => {
    const list = [
      'COUNTY COURT — LIST FOR MONDAY',
      '09:30  NAKASHIMA, Reiko  DOB 01/02/1990  Harlow',
      '10:00  DE LA TORRE, Iñigo Javier  DOB 03/04/1975',
      '11:00  Borough Council v OYELARAN, Tobi   Council tax',
    ].join('\n');
    const found = people(list);
    expect(found).toEqual(expect.arrayContaining(['NAKASHIMA, Reiko', 'DE LA TORRE, Iñigo Javier', 'OYELARAN, Tobi']));
  });

  it('takes a header field and a plain family name opening a register line', () => {
    expect(people('EPICRISIS\nApellido y nombre: QUISPE, Rosa Elvira\nDNI: 30.111.222')).toEqual([
      'QUISPE, Rosa Elvira',
    ]);
    expect(people('Register\nLindqvist, Maja\t07700 900111\nOkafor-Hale, Simon\t07700 900112')).toEqual(
      expect.arrayContaining(['Lindqvist, Maja', 'Okafor-Hale, Simon']),
    );
  });

  it('leaves a label in capitals before a given name and a greeting alone', () => {
    const note = people('NOTE, Maria checks the list on Friday.');
    expect(note).not.toContain('NOTE, Maria');
    expect(people('Thanks, Maria')).not.toContain('Thanks, Maria');
    expect(people('Madrid, Lucía and I will travel')).not.toContain('Madrid, Lucía');
  });

  it('leaves a town and its country alone when the country is a rarer given name too', () => {
    expect(people('Escalas del crucero\nDía 2: Tours, Francia\nDía 3: Génova, Italia\nDía 4: Savona, Italia')).toEqual(
      [],
    );
  });
});

describe('names beside cues, roles, ages and titles', () => {
  it("takes a relative of the person spoken to and a letter's salutation to a relative", () => {
    expect(people('Querido hijo Yeison:\nTe escribo desde el pueblo.')).toEqual(['Yeison']);
    expect(people('Tu primo Maicol no ha vuelto a llamar desde el lunes.')).toEqual(['Maicol']);
  });

  it('takes a short name and an initial before a team in brackets', () => {
    expect(people('Comentario de Quique B. (backend): el webhook llegó duplicado.')).toEqual(['Quique B']);
    expect(people('See Section B. (appendix) for detail.')).toEqual([]);
  });

  it('takes the initials of a young person beside the age word, and an expert signing a report', () => {
    const list = 'Youth court\n10:00  R.M. (youth, 14)   Burglary\n10:30  J.P. (aged 15)   Criminal damage';
    expect(people(list)).toEqual(['R.M.', 'J.P.']);
    expect(people('Samples from the U.S. (see table 3) and the U.K. (n = 14)')).toEqual([]);
    expect(people('Adjuster: T. Brennock ACII').some((p) => p.includes('Brennock'))).toBe(true);
  });

  it('takes a given name that is also a word before a family name that is nothing else', () => {
    expect(people('Faith Okoye joined the ward in 2022 as a carer.')).toEqual(['Faith Okoye']);
    expect(people('Hope Street is closed on Sundays.')).toEqual([]);
  });

  it('takes a rarer given name before a double-barrelled family name, and a titled user name', () => {
    expect(people("Hi, it's Beatrix Price-Adeyinka at 4 Mill Row.")).toContain('Beatrix Price-Adeyinka');
    const sql = "INSERT INTO `staff` VALUES (3,'frontdesk',1),(4,'dr.mbeki',1);";
    expect(people(sql)).toEqual(['dr.mbeki']);
  });
});

describe('what is no person beside a name field', () => {
  it('leaves a role acronym in a recorded-by field and a contact label', () => {
    expect(people('Recorded by: DSL\nReviewed by: Ms Ofili (DSL)')).toEqual(['Ms Ofili']);
    expect(people('Email: "Hi there" from the customer.')).toEqual([]);
  });

  it("leaves a pet's name before its breed, and keeps a person whose trade is with animals", () => {
    expect(people('Owner: Mr Idris Pugh\nPatient: "Pip", Jack Russell, M, 6y')).toEqual(['Mr Idris Pugh']);
    expect(people('Call Jessica – dog walker – Tuesdays')).toEqual(['Jessica']);
  });
});
