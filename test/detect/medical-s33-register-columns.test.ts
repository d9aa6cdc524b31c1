import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 33: the health columns of a register exported as a table. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a primary-care register’s pressure and risk columns', () => {
  const register =
    'Pacientes del programa, por favor revisa:\n\n' +
    'RUN;NOMBRE;EDAD;PA;HBA1C;RCV;ULT_CONTROL\n' +
    '7.301.552-8;TEODORA INÉS QUILAPÁN ROA;71;158/96;9,1;ALTO;2026-05-02\n' +
    '10.884.207-3;ELADIO RENÉ FUENZALIDA PIZARRO;60;132/82;6,2;BAJO;2026-09-14\n';

  it('reads each row’s blood pressure under "PA" and its cardiovascular risk under "RCV"', () => {
    expect(medical(register)).toEqual(expect.arrayContaining(['158/96', 'ALTO', '132/82', 'BAJO']));
  });

  it('leaves a "PA" column of a table about no one’s health', () => {
    expect(medical('Curso;Aula;PA;Horario\n1ºA;12;3;09:00\n2ºB;14;5;10:00\n')).toEqual([]);
  });
});

describe('an export’s column names written with underscores or a slash', () => {
  it('reads a canteen’s allergies and intolerances and a club’s medical remarks', () => {
    const canteen =
      'alumno;curso;alergias_intolerancias\nGarazi Olazábal Ruiz;4ºA;intolerancia a la fructosa\n' +
      'Gael Montoya Prieto;2ºC;vegetariano\nIrati Lasarte Oñate;1ºB;\n';
    expect(medical(canteen)).toEqual(['intolerancia a la fructosa']);
    const club =
      'nombre;apellidos;fnac;observaciones_medicas\nJon;Urkiola Beitia;1981-06-12;prótesis de rodilla 2023\n';
    expect(medical(club)).toEqual(['prótesis de rodilla 2023']);
  });

  it('leaves a column whose parts are not all health names', () => {
    expect(medical('alumno;curso;salud_y_deporte\nGarazi Olazábal Ruiz;4ºA;baloncesto\n')).toEqual([]);
  });
});
