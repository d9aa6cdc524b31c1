import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { personalDateCells } from '../../src/detect/table/date-columns.js';
import { spansOf, typedSpansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const full = createDetector();
const dates = (text: string) => spansOf(engine, text, ['DATE']);
const allDates = (text: string) => spansOf(full, text, ['DATE']);
const typed = (text: string) => typedSpansOf(engine, text).filter(([, t]) => t.startsWith('DATE'));
const cells = (text: string) => personalDateCells(text).map((c) => [text.slice(c.start, c.end), c.type]);

describe('a contact card’s birthday (vCard BDAY)', () => {
  it('reports the birthday written with dashes, compact or with parameters, as a date of birth', () => {
    expect(typed('BEGIN:VCARD\nVERSION:3.0\nFN:Noor Haddad\nBDAY:1986-07-21\nEND:VCARD')).toEqual([
      ['1986-07-21', 'DATE_OF_BIRTH'],
    ]);
    expect(typed('BEGIN:VCARD\r\nFN:Ilse Vrij\r\nBDAY:19720309\r\nEND:VCARD')).toEqual([['19720309', 'DATE_OF_BIRTH']]);
    expect(typed('BEGIN:VCARD\nN:Paredes;Rocío;;;\nBDAY;VALUE=date:1995-12-02\nEND:VCARD')).toEqual([
      ['1995-12-02', 'DATE_OF_BIRTH'],
    ]);
    expect(dates('BEGIN:VCARD\nFN:Amos Tal\nitem2.ANNIVERSARY:20080614\nEND:VCARD')).toEqual(['20080614']);
  });

  it('leaves a card’s revision stamp and impossible birthdays alone', () => {
    expect(dates('BEGIN:VCARD\nFN:Help Desk\nREV:20270315T084233Z\nEND:VCARD')).toEqual([]);
    expect(dates('BEGIN:VCARD\nFN:Kai Lund\nBDAY:19721309\nEND:VCARD')).toEqual([]);
  });
});

describe('births in family-tree notes ("b. 1958", "nac. 1949")', () => {
  it('reports a relative’s birth date or year after b., born, nac.', () => {
    expect(dates('Family tree, living side:\n- Granny Maeve Toner, b. 11 Oct 1935, in a nursing home')).toEqual([
      '11 Oct 1935',
    ]);
    expect(dates('- Uncle Fergal (née nothing, just Fergal Quinn), b. 1959, lives near Sligo')).toEqual(['1959']);
    expect(dates('My cousin Sorcha Lanigan (b. 27/04/1990) has the photos.')).toEqual(['27/04/1990']);
    expect(dates('Her brother Carl, born 1971, never married.')).toEqual(['1971']);
    expect(typed('My nephew Rory Kane, b. 1998, is in Perth.')).toEqual([['1998', 'DATE_OF_BIRTH']]);
  });

  it('reads Spanish family notes with nac.', () => {
    expect(dates('Mi abuela Nieves Santana (nac. 1932) vive con mi tía.')).toEqual(['1932']);
    expect(dates('- Tío Aurelio Bethencourt, nac. 14/02/1957, en Arucas')).toEqual(['14/02/1957']);
    expect(dates('Árbol genealógico: prima Noelia Cabrera, nac. 3 de mayo de 1988')).toEqual(['3 de mayo de 1988']);
  });

  it('leaves list points, addresses without number and biographies alone', () => {
    expect(dates('Targets: a. 2019 baseline, b. 2021 review for the parent company.')).toEqual([]);
    expect(dates('Avda. de Portugal s/n. 1987 Mérida, donde trabaja mi madre.')).toEqual([]);
    expect(dates('The composer (b. 1932) wrote the score in a month.')).toEqual([]);
  });
});

describe('the date at the head of a record about a named person', () => {
  it('reports a ride or trip date next to its rider, passenger or pick-up', () => {
    expect(dates('Ride 51d0-ee32 · 22 Oct 2026 02:10 · pickup: 9 Mill Lane · dropoff: airport')).toEqual([
      '22 Oct 2026',
    ]);
    expect(dates('Trip on 7 November 2026, rider Yaw Boateng complained about the route.')).toEqual([
      '7 November 2026',
    ]);
    expect(dates('Passenger: Lotte Berg, seat 14C, travelled 19/10/2026 on the night coach.')).toEqual(['19/10/2026']);
    expect(dates('Viaje del 05/11/2026, 22:40. Pasajera: Garazi Lasa. Punto de recogida: Plaza Nueva.')).toEqual([
      '05/11/2026',
    ]);
  });

  it('reports the day a contract’s parties appear, but not a letter’s dateline', () => {
    expect(dates('En Lima, a 3 de marzo de 2027, comparecen doña Rosa Huarcaya y don Iván Torres.')).toEqual([
      '3 de marzo de 2027',
    ]);
    expect(dates('En Bogotá, a 20 de enero de 2027, ante mí comparece el señor Andrés Mejía.')).toEqual([
      '20 de enero de 2027',
    ]);
    expect(dates('En Cáceres, a 9 de febrero de 2027.\nREUNIDOS\nDe una parte, doña Elena Vidal.')).toEqual([
      '9 de febrero de 2027',
    ]);
    expect(dates('En Valencia, a 2 de abril de 2027, REUNIDOS de una parte doña Elena Vidal, arrendadora.')).toEqual([
      '2 de abril de 2027',
    ]);
    expect(dates('Madrid, a 4 de diciembre de 2026.\nEstimado Sr. Ortega: le escribo por mi pedido.')).toEqual([]);
  });

  it('reports the date of what a complainant tells the police, with or without a year', () => {
    expect(dates('Hechos: el 12 de octubre de madrugada, mi expareja Raúl me amenazó en el portal.')).toEqual([
      '12 de octubre',
    ]);
    expect(dates('El 3 de noviembre el denunciado me siguió hasta el trabajo.')).toEqual(['3 de noviembre']);
    expect(dates('Narración: la noche del 8 de septiembre mi ex pareja rompió la puerta.')).toEqual([
      '8 de septiembre',
    ]);
    expect(dates('On 14 Oct my ex partner turned up at the flat and pushed me.')).toEqual(['14 Oct']);
    expect(dates('The complainant states that on 2 November a man followed her.')).toEqual(['2 November']);
    expect(dates('On 30 Sept he threatened me outside the gym.')).toEqual(['30 Sept']);
  });

  it('reports the dates of a leave committee’s minute about an employee (licencia, welfare meeting)', () => {
    expect(dates('Comité de licencias — Planta Pilar — 16/03/2027\nCaso: Jorge Ibarra, legajo 5521.')).toEqual([
      '16/03/2027',
    ]);
    expect(dates('La empleada pide licencia por maternidad desde el 5/01 según el certificado.')).toEqual(['5/01']);
    expect(dates('Con licencia médica desde el 3 de marzo; vuelve en abril.')).toEqual(['3 de marzo']);
    expect(dates('Acta de RRHH del 11/03/2027. Operario Hugo Funes, legajo 4410, turno noche.')).toEqual([
      '11/03/2027',
    ]);
    expect(dates('Welfare meeting — depot 7 — 09/03/2027\nEmployee: Sian Pryce, payroll 7712.')).toEqual([
      '09/03/2027',
    ]);
    expect(dates('Attendance review held 23/02/2027 with Dale Hirst and his manager.')).toEqual(['23/02/2027']);
  });

  it('leaves a software licence, a courier pick-up and a product launch alone', () => {
    expect(dates('La licencia de Office vence el 15/12/2026 para todo el equipo.')).toEqual([]);
    expect(dates('Renovamos la licencia del antivirus el 3 de marzo.')).toEqual([]);
    expect(dates('Courier pickup for order 5512 on 3 Dec 2026, two pallets.')).toEqual([]);
    expect(dates('The new pickup model launched on 12 Nov 2026 in three colours.')).toEqual([]);
  });
});

describe('date-of-birth columns whose rows do not fit their header', () => {
  it('reads a CSV roster row with an unquoted comma in a later cell, and the rows after it', () => {
    const csv =
      'id,name,dob,guardian,notes,club_no\n' +
      '2,Cian Daly,2013-05-09,Ruth Daly,none,C-11\n' +
      '6,Ola Nowicki,2013-10-21,Anna Nowicki,hay fever, tablets,C-12\n' +
      '9,Evan Shaw,2014-01-05,Mark Shaw,none,C-13\n';
    expect(allDates(csv)).toEqual(['2013-05-09', '2013-10-21', '2014-01-05']);
    expect(cells(csv)).toEqual([
      ['2013-10-21', 'DATE_OF_BIRTH'],
      ['2014-01-05', 'DATE_OF_BIRTH'],
    ]);
  });

  it('reads a row whose surplus comma comes before the date, and semicolon tables in Spanish', () => {
    const csv =
      'socio;nombre;fecha_nac;telefono\n' +
      '11;Berta Ríos;1979-03-30;600100200\n' +
      '12;Gil; Pablo;1984-08-08;600100300\n' +
      '13;Marta Sanz;1990-09-19;600100400\n';
    expect(cells(csv)).toEqual([
      ['1984-08-08', 'DATE_OF_BIRTH'],
      ['1990-09-19', 'DATE_OF_BIRTH'],
    ]);
    const tsv = 'ref\tname\tbirth_date\tnote\nA1\tJo Wynn\t04/04/1970\tok\nA2\tLi Na\t12/12/1968\tok, mild\textra\n';
    expect(cells(tsv)).toEqual([['12/12/1968', 'DATE_OF_BIRTH']]);
  });

  it('reads an SQL INSERT tuple with a value left out or one too many', () => {
    const sql =
      'INSERT INTO members (id, name, phone, dob, town) VALUES\n' +
      "  (1, 'Ines Paz', '600111222', '1980-02-14', 'Soria'),\n" +
      "  (2, 'Luis Mora', '1975-07-30', 'Teruel'),\n" +
      "  (3, 'Eva Gil', '600333444', '1991-11-02', 'Cuenca');";
    expect(cells(sql)).toEqual([['1975-07-30', 'DATE_OF_BIRTH']]);
    expect(allDates(sql)).toEqual(['1980-02-14', '1975-07-30', '1991-11-02']);
    const extra =
      "INSERT INTO staff (id, full_name, birth_date, grade) VALUES (7, 'Rhys Bevan', '1969-06-01', 'B2'), " +
      "(8, 'Mair', 'Jones', '1972-01-19', 'B3');\n";
    expect(cells(extra)).toEqual([['1972-01-19', 'DATE_OF_BIRTH']]);
    const after =
      "INSERT INTO clientes (id, nombre, fecha_nacimiento, email, plan) VALUES (1, 'Sol Vera', '1988-04-12', 'sv@x.test', 'A'),\n" +
      "(2, 'Teo Luna', '1993-10-07', 'B');";
    expect(cells(after)).toEqual([['1993-10-07', 'DATE_OF_BIRTH']]);
  });

  it('reads nothing under a sentence with commas, nor a shifted cell that is no date', () => {
    const prose = 'Born in Leeds, raised in York, now in Hull\nthen, later, 2001-04-03, moved\nand, so, on\n';
    expect(cells(prose)).toEqual([]);
    const noDate =
      'INSERT INTO kids (id, name, dob, school) VALUES\n' +
      "  (1, 'Ana', '2015-01-01', 'San Roque'),\n" +
      "  (2, 'Leo', 'Santa Ana');";
    expect(cells(noDate)).toEqual([]);
  });
});
