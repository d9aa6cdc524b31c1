import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('people: each part of a name in its own form field, in capitals', () => {
  it('takes the given names of a registration or visa form', () => {
    const form = 'GUEST CARD\nSurname: BERTOLDI\nGiven name(s): CHIARA\nNationality: Italian';
    expect(people(form)).toEqual(expect.arrayContaining(['BERTOLDI', 'CHIARA']));
    expect(people('Forename: LUCA\nDate of arrival: 03/04')).toEqual(['LUCA']);
    expect(people('Given names: ANNA MARIA\nPassport: YB7712093')).toEqual(['ANNA MARIA']);
  });

  it('takes the Spanish fields of both family names and the given names', () => {
    const ficha = 'Primer apellido: GALINDO\nSegundo apellido: REQUENA\nNombres: JUAN CARLOS';
    expect(people(ficha)).toEqual(['GALINDO', 'REQUENA', 'JUAN CARLOS']);
    expect(people('Apellido paterno: OSORIO\nApellido materno: VILLEGAS')).toEqual(['OSORIO', 'VILLEGAS']);
  });
});

describe('people: a nickname in quotes between the given and the family name', () => {
  it('masks the whole name, nickname and family name included', () => {
    expect(people('Alejandro "Ale" Quintero will cover the night shift.')).toEqual(['Alejandro "Ale" Quintero']);
    expect(people('Our new analyst, Tomasz “Tomek” Wisniewski, starts Monday.')).toEqual(['Tomasz “Tomek” Wisniewski']);
    expect(people('La encargada, María «Maruja» Cifuentes Roca, firmó el parte.')).toEqual([
      'María «Maruja» Cifuentes Roca',
    ]);
  });

  it('leaves a quoted product name after an article alone', () => {
    expect(people('The "Aurora" lamp and the "Nova" chair are out of stock.')).toEqual([]);
  });
});

describe('people: office holders quoted in a report are public', () => {
  it('drops a minister or a mayor named with the office', () => {
    expect(people('Minister Dalia Ferrer said inflation would fall by spring.')).toEqual([]);
    expect(people("Rents rose 4%, Westbridge's mayor Ines Calloway said on Monday.")).toEqual([]);
    expect(people('The mayor of Northam, Tom Rivington, said the same about rents.')).toEqual([]);
    expect(
      people('El alcalde Jorge Sarmiento dijo que el mercado crecerá, y la ministra Ana Tolosa afirmó lo mismo.'),
    ).toEqual([]);
  });

  it('keeps a letter to an office holder and the Spanish "mayor" of an elder brother', () => {
    expect(people('Dear Minister Halvorsen, I write about my son.')).toEqual(['Halvorsen']);
    expect(people('Mi hermano mayor Joaquín Ortega vive en Quito.')).toEqual(['Joaquín Ortega']);
  });
});

describe('people: brands named like people on a planogram or a catalogue', () => {
  it('drops a name before goods in the plural', () => {
    expect(people('Bay 4: Lila Marsh lipsticks on shelf 2, Dr. Kellner puddings in the chiller.')).toEqual([]);
    expect(people('Move the Harriet Vance palettes to eye level.')).toEqual([]);
    expect(people('Reponer galletas: Rosa Albéniz galletas junto a la caja.')).toEqual([]);
  });

  it('keeps a person whose own things are named with a possessive', () => {
    expect(people("Lila Marsh's lipsticks were left in the office.")).toEqual(['Lila Marsh']);
  });
});

describe('people: streets and shopping centres named after people', () => {
  it('drops a name right after a street word', () => {
    expect(people('El choque ocurrió en calle Manuel Montt con la avenida Pedro de Valdivia.')).toEqual([]);
    expect(people('Dejó el auto en pasaje Julio Prado, frente al colegio.')).toEqual([]);
    expect(people('La tienda de Jr. Ramón Castilla cerró temprano.')).toEqual([]);
  });

  it('drops a shopping centre named like a person', () => {
    expect(people('Sales grew at Fenwick Plaza and Harlow Mall this quarter.')).toEqual([]);
    expect(people('Las ventas del Jockey Outlet subieron.')).toEqual([]);
  });

  it('keeps a person whose family name is Plaza', () => {
    expect(people('Please call Manuel Plaza about the claim.')).toEqual(['Manuel Plaza']);
  });
});

describe('people: the second street of a crossing', () => {
  it('drops a name after "con", "and" or "esquina" that follows a street', () => {
    expect(people('Lugar: ciclovía Av. Irarrázaval con Julio Prado, Ñuñoa.')).toEqual([]);
    expect(people('Choque en Pocuro esquina Pedro Lira.')).toEqual([]);
    expect(people('The van stopped on Calle Olmos and Rita Verdú after midnight.')).toEqual([]);
  });

  it('keeps people joined by "con" or "y" with no street before them', () => {
    expect(people('Fuimos con Ana Ruiz y Pedro Gil.')).toEqual(['Ana Ruiz', 'Pedro Gil']);
  });
});

describe('people: chats, calls and relations', () => {
  it('takes every speaker of a time-stamped chat log, short nicknames included', () => {
    const log = '[10:02] Kez: can someone check the VPN?\n[10:03] Tamsin: on it\n[10:05] Kez: thx';
    expect(people(log)).toEqual(expect.arrayContaining(['Kez', 'Tamsin']));
    const es = '[08:10] Chema: ya llegué\n[08:11] Lupe: voy en camino\n[08:15] Chema: ok';
    expect(people(es)).toEqual(expect.arrayContaining(['Chema', 'Lupe']));
  });

  it('leaves log levels and labels of time-stamped lines alone', () => {
    expect(people('[09:00] INFO: build red\n[09:01] WARN: deploying\n[09:02] ERROR: disk')).toEqual([]);
    expect(people('[09:00] Note: build red\n[09:01] Status: deploying\n[09:02] Warning: disk')).toEqual([]);
  });

  it('takes a given name addressed without a comma in a chat request', () => {
    expect(people('Ok. Priya can you own the rotate?')).toEqual(['Priya']);
    expect(people('Ok. Marta puedes revisar el ticket?')).toEqual(['Marta']);
    expect(people('Thanks. Oskar pls check the logs')).toEqual(['Oskar']);
  });

  it('takes a family name a caller spells out and a name after "le habla"', () => {
    expect(people('hi, calling about my appointment, my surname is okafor, thanks')).toEqual(['okafor']);
    expect(people('llamo por la cita, mi apellido es cardona, gracias')).toEqual(['cardona']);
    expect(people('buenas, le habla jhon jairo mosquera del barrio')).toEqual(['jhon jairo mosquera']);
  });

  it('takes the name right after someone else’s relative or boss', () => {
    expect(people('Is that about her shift manager Gaz?')).toEqual(['Gaz']);
    expect(people('His wife Mirela called twice.')).toEqual(['Mirela']);
    expect(people('La queja es de su jefa Rocío.')).toEqual(['Rocío']);
  });

  it('takes the insured and account holder of French and German forms', () => {
    expect(people('Assuré: Théo Lambert-Ngata')).toEqual(['Théo Lambert-Ngata']);
    expect(people('Kontoinhaber: Jana Brandt')).toEqual(['Jana Brandt']);
    expect(people('Souscripteur: Camille Roussel')).toEqual(['Camille Roussel']);
  });
});

describe('people: airports named after people in a flight report', () => {
  it('drops a name after a flight word and a gate code or a preposition', () => {
    expect(people('Met by paramedics at gate C12 Logan. Crew fine.')).toEqual([]);
    expect(people('Flight 221 diverted to Logan after a smoke alarm.')).toEqual([]);
    expect(people('El vuelo aterrizó en Jorge Chávez con retraso.')).toEqual([]);
  });

  it('keeps crew and passengers named near flight words', () => {
    expect(people('The gate agent Maria Lopez helped.')).toEqual(['Maria Lopez']);
    expect(people('I waited at the gate for Logan.')).toEqual(['Logan']);
  });
});

describe('people: an office holder who is not quoted', () => {
  it('keeps a name after an office when nothing reports what was said', () => {
    expect(people('La ministra Arrizabalaga presentó el plan.')).toEqual(['Arrizabalaga']);
    expect(people('Mayor Ines Calloway opened the new library.')).toEqual(['Ines Calloway']);
    expect(people('Councillor Ruth Abara visited the school.')).toEqual(['Ruth Abara']);
  });
});
