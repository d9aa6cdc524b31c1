import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir } from '../../src/detect/engine.js';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const rulesDir = defaultRulesDir();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('people: chat headers copied out of Slack or Teams', () => {
  it('takes the author of every "name  10:42" header, handle or display name, once two headers make a chat', () => {
    const chat =
      'why does this fail?\n\nmarek.d  09:12\npushed the fix\nSiobhan  09:14\nold token?\nmarek.d  09:15\nyes';
    expect(people(chat)).toEqual(expect.arrayContaining(['marek.d', 'Siobhan']));
    expect(people('Thread:\namir_h  8:02 AM\nbuild red\nOskar Lindahl  8:05 AM\nlooking')).toEqual(
      expect.arrayContaining(['amir_h', 'Oskar Lindahl']),
    );
    expect(people('dana.k  14:20\nmerged\nteo.r  14:21\nthanks')).toEqual(['dana.k', 'teo.r']);
  });

  it('leaves schedules, bots and a single time line alone', () => {
    expect(people('Agenda\nRegistration  09:00\nKeynote  09:30\nLunch  12:30')).toEqual([]);
    expect(people('GITHUB  10:42\nbuild passed\nJIRA  10:43\nticket moved')).toEqual([]);
    expect(people('Deploy window\nprod.eu  10:42\nall green')).toEqual([]);
  });
});

describe('people: an initial and a family name, or a given name and an initial', () => {
  it('takes an initial and a family name after a staff field, even one the lists know as a place', () => {
    expect(people('Logged by: T. Rennick, class teacher.')).toEqual(['T. Rennick']);
    expect(people('Broker: P. Carrow, firm ref 55123')).toEqual(['P. Carrow']);
    expect(people('Reviewed by: A. Kilbride (head of year)')).toEqual(['A. Kilbride']);
  });

  it('takes a given name followed by the initial of the family name', () => {
    expect(people('Ticket raised by Kevin M. yesterday, he cannot log in.')).toEqual(['Kevin M']);
    expect(people('Internal note (agent Peter K.): token TTL is 15 min.')).toEqual(['Peter K']);
    expect(people('Escalated to Priya W. on Monday.')).toEqual(['Priya W']);
  });

  it('does not read a roman numeral or a section letter as an initial of a name', () => {
    expect(people('I. Introduction and scope')).toEqual([]);
    expect(people('Annex B. Results of the audit')).toEqual([]);
  });
});

describe('people: staff and parties in form fields', () => {
  it('reads supervisors, foremen, pupils and prescribers as names', () => {
    expect(people('Supervisor: Lou Nowakowski, bay 4, ext. 221')).toEqual(['Lou Nowakowski']);
    expect(people('Foreman: Ed Wróblewski, site 3')).toEqual(['Ed Wróblewski']);
    expect(people('Pupil: Amara Quist, P5')).toEqual(['Amara Quist']);
    expect(people('Pt: Ana Belén Cárdenas\nDOB 7/11/1968')).toEqual(['Ana Belén Cárdenas']);
  });

  it('keeps firms and plain words after those fields out', () => {
    expect(people('Supervisor: Night Shift')).toEqual([]);
    expect(people('Broker: Harbourside Mortgages Ltd')).toEqual([]);
  });

  it("reads the value of an order's or a booking's party name key in JSON", () => {
    expect(people('context: {"billing_name":"Kemi Adebayo-Rhodes","amount":12}')).toEqual(['Kemi Adebayo-Rhodes']);
    expect(people('{"shipping_name": "Tolu Bankole", "city": null}')).toEqual(['Tolu Bankole']);
    expect(people("{'nombre_titular': 'Itziar Goikoetxea'}")).toEqual(['Itziar Goikoetxea']);
    expect(people('{"hostname": "Orion Prime", "username": "Delta Nine"}')).toEqual([]);
  });
});

describe('people: columns, brackets and joined names', () => {
  it('stops a name at a gap of two spaces or more, where the next column starts', () => {
    expect(people('Pt: Rosalba Quintero   DOB 7/11/1968')).toEqual(['Rosalba Quintero']);
    expect(people('Montse Vidal   Tarjeta 4111')).toEqual(['Montse Vidal']);
    expect(people('Curso: 6º Básico B   Profesora jefe: Macarena Ulloa')).toEqual(['Macarena Ulloa']);
  });

  it('takes a relative named in brackets after the kin word', () => {
    expect(people('Dad (Baljit Singh) not reachable.')).toEqual(['Baljit Singh']);
    expect(people('Contacto: su madre (Nerea Olaizola) y su tío (Iñaki Zubiri).')).toEqual([
      'Nerea Olaizola',
      'Iñaki Zubiri',
    ]);
    expect(people('Mundra overtook JNPT (Nhava Sheva) and the maker (Pharmacia Spain) agreed.')).toEqual([]);
  });

  it('splits two people joined by "y" when a given name follows it', () => {
    expect(people('Invitados: Carlos y Marta vinieron.')).toEqual(['Carlos', 'Marta']);
    expect(people('Firmado por Jordi Puig y Núria Soler.')).toEqual(['Jordi Puig', 'Núria Soler']);
  });

  it('keeps a title after a number that ends the line before', () => {
    expect(people('Negociado: 3\nD.ª Remedios Castaño Lora, Procuradora')).toEqual(['D.ª Remedios Castaño Lora']);
    expect(people('Expediente: 12\nD. Ignacio Arrieta Sanz, letrado')).toEqual(['D. Ignacio Arrieta Sanz']);
  });

  it('takes a name before a count of times', () => {
    expect(people('I met Laura 2 times last week.')).toEqual(['Laura']);
    expect(people('Hablé con Marta 3 veces ayer.')).toEqual(['Marta']);
  });
});

describe('people: capitalised words that are no one', () => {
  it('leaves example names, group names, parks, place compounds and stamps alone', () => {
    expect(people('Preferred name: ____________ (e.g. Tamsin)')).toEqual([]);
    expect(people('Preferred name: ____________ (e.g. Emily)')).toEqual([]);
    expect(people('write a first name, e.g. Oliver, in the box')).toEqual([]);
    expect(people('Order ref 22, Hampton Park. Noted.')).toEqual([]);
    expect(people('Nombre de pila: ______ (p. ej. Lucía)')).toEqual([]);
    expect(people('Hi Payroll team, please update my account.')).toEqual([]);
    expect(people('Incident in Room 4 (Hazel class) at lunch.')).toEqual([]);
    expect(people('Tree order TPO/2026/3, Hollingbury Park. Noted.')).toEqual([]);
    expect(people('Vessels on the Asia-North Europe loop and the Lagos-Tema service.')).toEqual([]);
    expect(people('2026-12-02T16:20:10.0032Z HEAD is now at 9f3e2c7')).toEqual([]);
  });

  it('leaves languages and the Spanish imperative "mira" alone, but not the people next to them', () => {
    expect(people('Can you write a polite email in English asking her to resend it?')).toEqual([]);
    expect(people('Mira el log y dime qué pasa.')).toEqual([]);
    expect(people('Meet Jin Park tomorrow at noon.')).toEqual(['Jin Park']);
    expect(people('Please reply to Mary English by Friday.')).toEqual(['Mary English']);
  });
});

describe('people: signatures under a closing line, and things named after people', () => {
  it('takes the name, even a two-letter nickname, alone on the line under a closing', () => {
    expect(people('Ya les mandé la factura. Gracias!!\nLu')).toEqual(['Lu']);
    expect(people('Te paso los datos.\nUn abrazo,\nPepe')).toEqual(['Pepe']);
    expect(people('See attached.\nMany thanks!\nJo')).toEqual(['Jo']);
  });

  it('leaves acronyms, ordinary words and running text under a closing alone', () => {
    expect(people('Cheers,\nIT')).toEqual([]);
    expect(people('Regards,\nSupport')).toEqual([]);
    expect(people('Thanks!\nKubernetes is down again')).toEqual([]);
  });

  it('reads "named"/"called" after a lab, a room or a vessel as naming a thing', () => {
    expect(people('Our new hub has three labs named Turing, Hopper and Lovelace.')).toEqual([]);
    expect(people('The vessel called Irina docked late.')).toEqual([]);
    expect(people('A man named Tobias Wren called me.')).toEqual(['Tobias Wren']);
  });

  it('leaves a product line headed by "Modelo" or "Colección" alone', () => {
    expect(people('Hoy nuestras libretas Modelo Quevedo se venden en 14 países.')).toEqual([]);
    expect(people('La Colección Galdós llega en marzo.')).toEqual([]);
  });
});

describe('people: Spanish everyday words are no rarer given names', () => {
  it('keeps the generated given-name list clear of the words of spanish-words.txt', () => {
    const given = new Set(readFileSync(join(rulesDir, 'names', 'generated', 'given-names.txt'), 'utf8').split('\n'));
    for (const w of ['dolor', 'salud', 'favor', 'vida', 'tierra']) expect(given.has(w)).toBe(false);
    // Names that are also words stay names where the hand lists hold them.
    expect(people('La cita la atendió Rosa Quintanilla.')).toEqual(['Rosa Quintanilla']);
  });

  it('leaves capitalised headings made of such words alone', () => {
    expect(people('Motivo de ingreso: Dolor Lumbar Agudo')).toEqual([]);
    expect(people('remitida a la Unidad de Dolor Pélvico del hospital')).toEqual([]);
    expect(people('Por Favor Llame Antes')).toEqual([]);
  });
});

describe('people: two full names signing together on one line', () => {
  it('takes both names of a "A B & C D" line once one of them is a person', () => {
    expect(people('Hello, we would like a viewing.\nLerato Mabuza & Ewan Baird')).toEqual([
      'Lerato Mabuza',
      'Ewan Baird',
    ]);
    expect(people('Thanks again for the tour.\nTemitope Adebisi and Gareth Lewis')).toEqual([
      'Temitope Adebisi',
      'Gareth Lewis',
    ]);
    expect(people('Un saludo.\nIxchel Canul y Jorge Medina')).toEqual(['Ixchel Canul', 'Jorge Medina']);
  });

  it('leaves firms joined by "&" alone', () => {
    expect(people('Open daily.\nFortnum & Mason Piccadilly')).toEqual([]);
    expect(people('See the terms.\nTerms & Conditions Apply')).toEqual([]);
  });
});

describe('a given name set off by commas after a kin word', () => {
  it('is a person, also when the name is a town too', () => {
    expect(people('His mum, Sofia, rang the office about the trip.')).toEqual(['Sofia']);
    expect(people('Llamó su madre, Lucía, para avisar del retraso.')).toEqual(['Lucía']);
    expect(people('Her dad, Jordan, will collect him at four.')).toEqual(['Jordan']);
  });

  it('needs the kin word and a given name', () => {
    expect(people('Our partner, Santander, pays the invoice.')).toEqual([]);
    expect(people('The venue, Florence, was booked in March.')).toEqual([]);
  });
});
