import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Classes of names that unseen work prompts showed (session 25); every example is invented.
const nlp = new NlpDetector();
const people = (text: string) => spansOf(nlp, text, ['PERSON'], 0.5);

describe('a bare login built from a person the text names in full', () => {
  it('takes the initial-and-family, whole-name and family-and-initial shapes anywhere in the text', () => {
    expect(
      people('Hi team, Irene Salcedo starts Monday. Her account isalcedo is ready; add isalcedo to finance.'),
    ).toEqual(['Irene Salcedo', 'isalcedo', 'isalcedo']);
    expect(people('Alta nueva: Tomás Ibarreche. Usuario asignado tibarreche, clave por SMS.')).toEqual([
      'Tomás Ibarreche',
      'tibarreche',
    ]);
    expect(people('Access review: mfernandez (Marta Fernández) still has admin rights.')).toEqual([
      'mfernandez',
      'Marta Fernández',
    ]);
    expect(people('<Login>wojcikr</Login>\n<Note>box of Rafał Wojcik</Note>')).toEqual(['wojcikr', 'Rafał Wojcik']);
    expect(people('Old mainframe id bkowalsk belongs to Bogdan Kowalski.')).toEqual(['bkowalsk', 'Bogdan Kowalski']);
  });

  it('leaves other lower-case words, e-mail local parts and texts that name nobody alone', () => {
    expect(people('Write to isalcedo@firm.example about the rota, Irene Salcedo said.')).toEqual(['Irene Salcedo']);
    expect(people('The service account svc_backup runs nightly; isalcedo is not mentioned elsewhere.')).toEqual([]);
    expect(people('Marta Fernández reviewed the access list; the role admin stays.')).toEqual(['Marta Fernández']);
  });
});

describe('a person in capitals, family names first, alone in a payroll or list field', () => {
  it('takes the whole row: particles, family names that are also places or words, compound given names', () => {
    const csv =
      'NUM,NOMBRE,CLABE\n00771,DE LA FUENTE ROJAS ANA LUCIA,012180001234567891\n00772,MARTINEZ DEL RIO CARLOS EDUARDO,002180009876543210';
    expect(people(csv)).toEqual(['DE LA FUENTE ROJAS ANA LUCIA', 'MARTINEZ DEL RIO CARLOS EDUARDO']);
    expect(
      people('1. GARCIA DE LEON MARIA DEL CARMEN    Puesto: auxiliar\n2. SAN MARTIN LUNA ROSA ELENA   Puesto: cajera'),
    ).toEqual(['GARCIA DE LEON MARIA DEL CARMEN', 'SAN MARTIN LUNA ROSA ELENA']);
    expect(people('04000021DEL VALLE SOTO RICARDO       VASR850505HDFLTC03')).toEqual(['DEL VALLE SOTO RICARDO']);
    expect(people('Asistentes: AGUILAR MENDOZA LUIS FERNANDO; ORTIZ DE ZARATE IRENE; CASTRO VEGA ALBERTO')).toEqual([
      'AGUILAR MENDOZA LUIS FERNANDO',
      'ORTIZ DE ZARATE IRENE',
      'CASTRO VEGA ALBERTO',
    ]);
    expect(
      people(
        'Payroll (surname first):\nDOS SANTOS FERREIRA JOAO PEDRO   salary 21,000\nHERNANDEZ LOPEZ, JOSE ANTONIO   salary 18,200',
      ),
    ).toEqual(['DOS SANTOS FERREIRA JOAO PEDRO', 'HERNANDEZ LOPEZ, JOSE ANTONIO']);
  });

  it('leaves headings, saints, schools and places in capitals alone', () => {
    expect(people('RELACION DE TRABAJADORES\nNOMINA QUINCENAL DEL MES')).toEqual([]);
    expect(people('PARROQUIA SAN PEDRO Y SAN PABLO\nCOLEGIO SAN JOSE\nPLAZA SAN MARTIN')).toEqual([]);
    expect(people('ESCUELA PRIMARIA BENITO JUAREZ, turno matutino')).toEqual([]);
    expect(people('TERMS AND CONDITIONS\nGRAND CANYON VILLAGE\nPORT ELIZABETH HARBOUR')).toEqual([]);
  });
});

describe('a person named in a query string under a generic or role key', () => {
  it('takes two to four capitalised words joined by %20 or + that open with a listed given name', () => {
    expect(people('"GET /api/booking?name=Rosa%20Villalobos&tel=612000111 HTTP/1.1" 200')).toEqual([
      'Rosa%20Villalobos',
    ]);
    expect(people('{"uri":"/reservas?cliente=Luis+Vidal+Carrasco&noches=3"}')).toEqual(['Luis+Vidal+Carrasco']);
    expect(people('GET /checkin?guest=Eilidh%20Macaskill&room=12')).toEqual(['Eilidh%20Macaskill']);
    expect(people('GET /bookings?name=Ailsa%20McPherson HTTP/1.1')).toEqual(['Ailsa%20McPherson']);
  });

  it('leaves products, teams, firms and single words under those keys alone', () => {
    expect(people('GET /shop?name=Blue%20Widget&qty=2 and /docs?name=Grace%20Period')).toEqual([]);
    expect(people('GET /api?name=report&type=pdf and ?customer=ACME%20Ltd and ?contact=Sales%20Team')).toEqual([]);
    expect(people('/stations?name=Victoria%20Station&line=2')).toEqual([]);
  });
});

describe('given names of Southern Africa, West Africa and Scotland', () => {
  it('reads them before a family name as a person', () => {
    expect(people('My late husband (Tafadzwa Moyo, died 2022) left the plot to our son.')).toEqual(['Tafadzwa Moyo']);
    expect(people('The bursary goes to Katlego Mahlangu and Dineo Sithole from Grade 9.')).toEqual([
      'Katlego Mahlangu',
      'Dineo Sithole',
    ]);
    expect(people('Murdo Macleod will pick up the keys on Friday.')).toEqual(['Murdo Macleod']);
  });
});

describe('the name columns of a PostgreSQL COPY block', () => {
  const dump = [
    'Why does the restore fail? Here is the block:',
    '',
    'COPY public.socios (id, nombre, apellidos, telefono, email, alta) FROM stdin;',
    '17\tRemedios\tCarballo Iturbe\t600112233\treme.c@correo.example\t2021-03-04',
    '18\tThomas\tWhitcombe\t07700900111\tt.w@mail.example\t\\N',
    '19\t\\N\tOkonkwo-Reid\t\\N\t\\N\t2024-01-09',
    '\\.',
    '',
    'COPY public.productos (id, nombre, precio) FROM stdin;',
    '1\tTornillo hexagonal\t0.12',
    '\\.',
  ].join('\n');

  it('takes each cell of a name column whatever its case, and no null', () => {
    const found = people(dump);
    for (const name of ['Remedios', 'Carballo Iturbe', 'Thomas', 'Whitcombe', 'Okonkwo-Reid'])
      expect(found).toContain(name);
    expect(
      people(
        '  COPY crm.contacts (contact_id, first_name, last_name, company_name) FROM stdin;\n  5501\tmaribel\tortega\tFerreteria Sol\n  \\.',
      ),
    ).toEqual(['maribel', 'ortega']);
  });

  it('leaves a product table, firm columns and the null marker alone', () => {
    const found = people(dump);
    expect(found).not.toContain('Tornillo hexagonal');
    expect(found).not.toContain('\\N');
    expect(people('COPY public.branches (id, branch_name, city_name) FROM stdin;\n1\tNorth Yard\tLeeds\n\\.')).toEqual(
      [],
    );
  });
});

describe('things named like people', () => {
  it('leaves a court office after a judge title, and still takes a judge by name', () => {
    expect(people('El Juez Civil Municipal de Palmira admitió la tutela.')).toEqual([]);
    expect(people('Señor Juez Laboral del Circuito de Cartagena: solicito amparo.')).toEqual([]);
    expect(people('La Jueza Segunda de Familia de Tunja negó la petición.')).toEqual([]);
    expect(people('Judge Harriet Okoro adjourned the hearing.')).toEqual(['Harriet Okoro']);
  });

  it('leaves buildings and halls named after someone', () => {
    expect(people('The meeting is in Clement Attlee House, room 4.')).toEqual([]);
    expect(people('Students of Emmeline Pankhurst Hall get a discount.')).toEqual([]);
    expect(people('Room booked in the Ada Lovelace Centre on Friday.')).toEqual([]);
  });

  it('leaves layout words that census lists hold as family names at the start of a line', () => {
    expect(people('Formato: 2 tipo, 6 secuencia, 30 nombre.')).toEqual([]);
    expect(people('Footer reads "all rights reserved".')).toEqual([]);
    expect(people('Titular: Rosa Partida Vela, DNI 12345678Z')).toEqual(['Rosa Partida Vela']);
  });
});

describe("a neighbours' group chat signing each author with the flat", () => {
  it('takes the short names before a floor and door', () => {
    const chat = [
      '[2/12/26 19:05] Pepe 3ºA: yo también voto que no, que lo pague la constructora',
      '[2/12/26 19:07] Maite 1ºB: pues yo sí, pero a plazos',
      '[2/12/26 19:09] Nines 4ºC: vale, lo hablamos en la junta',
    ].join('\n');
    expect(people(chat)).toEqual(['Pepe', 'Maite', 'Nines']);
    const bracketed =
      '[5/1/27 09:00] Amparo Lucena Gil: hay goteras\n[5/1/27 09:02] Chelo 2ºA: en el mío también\n[5/1/27 09:03] Rafi (3ºB): y en el trastero';
    expect(people(bracketed)).toEqual(['Amparo Lucena Gil', 'Chelo', 'Rafi']);
  });

  it('leaves flat listings and building parts alone', () => {
    expect(people('Piso 3ºA: 80 m², exterior\nPiso 1ºB: 65 m², interior\nPortal 2ºC: cerrado')).toEqual([]);
    expect(people('[10:00] Escalera 2ºB: luz fundida\n[10:05] Garaje 1A: puerta rota')).toEqual([]);
  });
});

describe('database roles named after their function', () => {
  const engine = createDetector();
  const logins = (text: string) => spansOf(engine, text, ['PERSON'], 0.5);
  it('leaves a role of a firm or an app and its function alone, and keeps a person login with one', () => {
    expect(logins('-- Name: invoices; Type: TABLE; Schema: public; Owner: ledgr_admin')).toEqual([]);
    expect(logins('user=ledgr_readonly host=db1')).toEqual([]);
    expect(logins('"owner": "kwabena_admin"')).toEqual(['kwabena_admin']);
    expect(logins('owner: lpetit')).toEqual(['lpetit']);
  });
});
