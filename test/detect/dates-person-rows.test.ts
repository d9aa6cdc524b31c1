import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { personalDateCells } from '../../src/detect/table/date-columns.js';
import { personRowDates } from '../../src/detect/table/person-rows.js';
import { spansOf, typedSpansOf } from '../support/spans.js';

const rules = createDetector({ extras: [] });
const full = createDetector();
const dates = (text: string) => spansOf(rules, text, ['DATE']);
const allDates = (text: string) => spansOf(full, text, ['DATE']);
const typed = (text: string) => typedSpansOf(rules, text).filter(([, t]) => t.startsWith('DATE'));
const rows = (text: string, year = 2026) => personRowDates(text, year).map((d) => text.slice(d.start, d.end));
const cells = (text: string) => personalDateCells(text).map((c) => text.slice(c.start, c.end));

describe('birth dates in the rows of a list of people (table/person-rows.ts)', () => {
  it('reads the dates of people’s rows as births when the text names a birth field and the years differ', () => {
    const coach = [
      'For the coach firm, one line each: name, DOB, passport.',
      '',
      'Room A: Petra Strandqvist (14/03/1966, passport 830517264) + Anton Ferris (02/11/1971, 830517265)',
      'Room B: Dalia Moreau (27/06/1988, passport 830517266)',
    ].join('\n');
    expect(rows(coach)).toEqual(['14/03/1966', '02/11/1971', '27/06/1988']);
    const socios = [
      'Relación de socios con nombre y fecha de nacimiento, para el seguro:',
      '- Inés Zubiri Gallo — 03/05/1949 — socia 118',
      '- Baltasar Ferrán Egea — 19/12/1977 — socio 240',
    ].join('\n');
    expect(rows(socios)).toEqual(['03/05/1949', '19/12/1977']);
    expect(typedSpansOf(full, socios).filter(([, t]) => t === 'DATE_OF_BIRTH')).toEqual([
      ['03/05/1949', 'DATE_OF_BIRTH'],
      ['19/12/1977', 'DATE_OF_BIRTH'],
    ]);
  });

  it('reads the dates of a register of people as births when they lie decades apart and long ago', () => {
    const household = [
      'Padrón de la vivienda, convivientes:',
      'Remedios Anglada Puig  11/02/1952',
      'Joaquim Serrat Anglada  25/08/1978',
      'Martí Serrat Anglada  07/12/1981',
    ].join('\n');
    expect(rows(household)).toEqual(['11/02/1952', '25/08/1978', '07/12/1981']);
    expect(
      rows('Residents, Flat 3\nCorin Pendarves 14/10/1958\nMaeve Pendarves 02/03/1961\nTobin Pendarves 30/06/1994'),
    ).toEqual(['14/10/1958', '02/03/1961', '30/06/1994']);
  });

  it('reads a rooming list or a group of travellers the same way', () => {
    const group = [
      'Viajeros del grupo a Lisboa:',
      '- Eulàlia Centelles Mir, 07/09/1948, pasaporte PAX410377',
      '- Ferran Centelles Bosch, 22/03/1972, pasaporte PAX410378',
      '- Mireia Centelles Sanz, 14/12/2001, pasaporte PAX410379',
    ].join('\n');
    expect(rows(group)).toEqual(['07/09/1948', '22/03/1972', '14/12/2001']);
    // A dinner's attendees share the dinner's date.
    expect(
      rows('Attendees for the gala dinner:\nEulàlia Centelles 18/05/2026 vegan\nFerran Bosch 18/05/2026 none'),
    ).toEqual([]);
  });

  it('reads a row’s earliest date beside an identity document, long ago, as a birth', () => {
    expect(rows('Second traveller: Wilhelmina Strode (03/10/1957, passport 548812093), window seat.')).toEqual([
      '03/10/1957',
    ]);
    expect(rows('Titular: Baldomero Tejedor Gil, DNI 40981245T, 21/04/1966, socio de la peña.')).toEqual([
      '21/04/1966',
    ]);
  });

  it('leaves a document’s, a contract’s or a visit’s date in such a row alone', () => {
    expect(rows('Contrato firmado el 12/03/2005 por Baldomero Tejedor Gil, DNI 40981245T.')).toEqual([]);
    expect(rows('Passport 548812093 issued 03/10/2008 to Wilhelmina Strode.')).toEqual([]);
    expect(rows('Wilhelmina Strode, passport 548812093, visited the abbey on 03/10/1998.')).toEqual([]);
    expect(rows('Ticket for Wilhelmina Strode, passport 548812093, flight 03/12/2026.')).toEqual([]);
  });

  it('reads a date as a birth when the row’s age agrees with its year', () => {
    expect(rows('Ficha: Rosalía Quintero Vidal, 12/03/1984, 42 años, sin alergias')).toEqual(['12/03/1984']);
    expect(rows('Volunteer: Orrin Blakeway | 1990-07-01 | age 35 | driver')).toEqual(['1990-07-01']);
    expect(rows('Name | Date | Age\nGreta Holm | 05/05/2001 | 25', 2026)).toEqual(['05/05/2001']);
  });

  it('reads a date alone in brackets after a name, long ago, as the birth date of the note’s subject', () => {
    expect(rows('Saw Ruth Adeyemi (02/03/1969) at home today, 3 wks post colectomy.')).toEqual(['02/03/1969']);
    expect(rows('Re: Tomás Ibarra Soto (14.11.1958), visto en consulta el martes.')).toEqual(['14.11.1958']);
  });

  it('leaves a recent bracketed date, a thing’s date and a bracket holding more than the date alone', () => {
    expect(rows('Call with Ruth Adeyemi (03/04/2024) went well.')).toEqual([]);
    expect(rows('We crossed the Golden Gate (27/05/1937) on foot.')).toEqual([]);
    expect(rows('Ruth Adeyemi (hired 02/03/1999) leads the team.')).toEqual([]);
  });

  it('leaves the dates of bookings, visits and lists of one season alone', () => {
    // A booking's own words before the date.
    const guests = [
      'Guest list (DOB held at reception)',
      'Anton Ferris, check-in 14/03/2019',
      'Dalia Moreau, check-in 02/11/2023',
    ].join('\n');
    expect(rows(guests)).toEqual([]);
    // Dates of one season are no births.
    expect(
      rows('Please confirm each DOB.\nPetra Strandqvist 14/03/2024 Room 4\nAnton Ferris 16/03/2024 Room 5'),
    ).toEqual([]);
    // Without a birth field or an age, a list of names and dates is not read.
    expect(rows('Petra Strandqvist 14/03/1966\nAnton Ferris 02/11/1971')).toEqual([]);
    // An age that disagrees with the year.
    expect(rows('Ficha: Rosalía Quintero Vidal, 12/03/1984, 25 años')).toEqual([]);
    // A last visit years after the row's birth date is an event, not a birth.
    expect(
      rows('Patients (dob known):\nMara Solberg 1950-04-02 2024-05-01\nIvo Marsalek 1972-08-19 2023-11-20'),
    ).toEqual(['1950-04-02', '1972-08-19']);
    // A list of famous names whose dates fall within two years is no register of births.
    expect(
      rows('Crew of the early flights:\nArvo Pelttari 20/07/1969\nCuthbert Quayle 19/11/1969\nIlya Sorokin 05/02/1971'),
    ).toEqual([]);
    // Rows that name nobody.
    expect(rows('Birth registrations by office:\nNorth 12/01/2019 (41)\nSouth 03/02/2015 (12)')).toEqual([]);
  });
});

describe('a full date right after a short birth label (date-birth-abbreviation)', () => {
  it('reports the date after nac., nacim., and b. after a bracket, as a date of birth', () => {
    expect(typed('4. Ugo Caramanico, italiano, pasaporte YA5520871, nac. 17/08/1963')).toEqual([
      ['17/08/1963', 'DATE_OF_BIRTH'],
    ]);
    expect(dates('Jugadora: Abril Sendra Mas   Nac.: 30-01-2013   Dorsal 7')).toEqual(['30-01-2013']);
    expect(dates('Crew: Tobiah Venn (b. 09/12/1979), cook')).toEqual(['09/12/1979']);
  });

  it('leaves a nationality after Nac. and a list’s point b. alone', () => {
    expect(dates('Nac.: boliviana. Solicitud recibida el 05/12/2026.')).toEqual([]);
    expect(dates('Plan\na. 05/01/2027 kick-off\nb. 19/01/2027 steering group')).toEqual([]);
  });
});

describe('the far end of a personal range of days (date-range-personal)', () => {
  it('reports the end of a leave whose reason stands between the event word and the dates', () => {
    expect(
      dates('Estuvo de baja por una tendinitis de Aquiles con rotura parcial desde el 7 de abril hasta el 30 de mayo.'),
    ).toEqual(['7 de abril', '30 de mayo']);
    expect(
      dates('Signed off work with a prolapsed disc and sciatica down the left leg from 2 March until 14 April.'),
    ).toEqual(['2 March', '14 April']);
  });

  it('leaves a festival’s or a version’s range alone', () => {
    expect(dates('El festival de cine se celebra desde el 7 de abril hasta el 30 de mayo.')).toEqual([]);
    expect(dates('The maintainer moved the pin from 3.12.4 to 3.12.9 for her build.')).not.toContain('3.12.9');
  });
});

describe('months of a leave in Spanish (date-clinical cues)', () => {
  it('reads the months of a licencia médica or a baja laboral', () => {
    expect(dates('Estuvo con licencia médica de agosto a octubre por una cirugía de rodilla.')).toEqual([
      'agosto',
      'octubre',
    ]);
  });

  it('leaves the months of a software licence alone', () => {
    expect(dates('Cambia el modelo de licencia por usuario en marzo.')).toEqual([]);
  });
});

describe('a date-of-birth column of an export whose rows all merge two columns', () => {
  const lab = [
    'Batch from the analyser.',
    'Tube,Client,Ref,DOB,Assay,Reading,Limit',
    'T-118,KESTEVEN Rhona,R55012,1971-05-23,Ferritin 412,300',
    'T-119,ABARA Chidi,R55013,1989-12-30,Ferritin 88,300',
    'Note: tube T-119 haemolysed, repeat requested.',
  ].join('\n');
  it('reads the birth dates of the rows under the header', () => {
    expect(cells(lab)).toEqual(['1971-05-23', '1989-12-30']);
    expect(allDates(lab)).toEqual(expect.arrayContaining(['1971-05-23', '1989-12-30']));
  });

  it('does not read rows under a sentence with commas', () => {
    const prose = [
      'We met Rhona, who was born in Ripon, and her cousin, the dob column, later',
      'T-118,KESTEVEN Rhona,1971-05-23,Ferritin 412,300',
      'T-119,ABARA Chidi,1989-12-30,Ferritin 88,300',
    ].join('\n');
    expect(cells(prose)).toEqual([]);
  });
});

describe('a date opening an account of a dismissal, an injury or an admission (date-clause-personal)', () => {
  it('reports the date when the event closes a long sentence', () => {
    expect(
      dates('- El 17 de octubre, al día siguiente de la auditoría interna, me entregaron la carta de despido.'),
    ).toEqual(['17 de octubre']);
    expect(dates('On 2 February, a week after the new rota started at the depot, he was dismissed.')).toEqual([
      '2 February',
    ]);
  });

  it('leaves the opening date of a plan or an announcement alone', () => {
    expect(
      dates('On 2 February, a week after the new rota goes live at the depot, we will publish the results.'),
    ).toEqual([]);
    expect(
      dates('El 17 de octubre, al día siguiente de la feria del libro, abrimos la nueva sala de lectura.'),
    ).toEqual([]);
  });
});

describe('births of several people in one sentence (nacidos, nacieron)', () => {
  it('reads both dates after a plural birth word', () => {
    expect(
      dates('Garazi Amezaga (40) y su hija Izaro (6), nacidas el 9/4/1986 y el 15/2/2020, viajan juntas.'),
    ).toEqual(['9/4/1986', '15/2/2020']);
  });
});

describe('a birthday given with the age it brings (date-birthday-age)', () => {
  it('reads the day someone turns an age as a date of birth', () => {
    expect(typed('Mi nieta Olaia cumple 6 años el 21 de marzo y haremos merienda.')).toEqual([
      ['21 de marzo', 'DATE_OF_BIRTH'],
    ]);
    expect(dates('Uncle Bertram turns 90 on 2 August, cake for twenty.')).toEqual(['2 August']);
  });

  it('leaves a firm’s or a shop’s anniversary alone', () => {
    expect(dates('La bodega cumple 40 años el 21 de marzo con una cata abierta.')).toEqual([]);
    expect(dates('The bakery turns 90 on 2 August with free buns.')).toEqual([]);
  });
});
