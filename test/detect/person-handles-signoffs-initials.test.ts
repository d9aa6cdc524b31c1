import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Classes of people that unseen prompts left unmasked (user names of exports and tickets, name parts of text-format
// messages, honorifics of other languages, initials used as a nickname, lower-case titles with an initial, sign-offs),
// and of words taken for people (a style named after someone, a firm's region, a month, stand-in names, a quoted
// work's title). Every name and value here is invented.
const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('user names built from a name', () => {
  it('takes the value of "user_name", "display_name" and "screen_name" keys', () => {
    expect(people('[{"user":"U01AB23","user_name":"pepe.larrea","text":"he subido el informe"}]')).toEqual([
      'pepe.larrea',
    ]);
    expect(people('{"user": "U09ZZ12", "display_name": "lucia_m", "text": "vale"}')).toEqual(['lucia_m']);
    expect(people('{"id": 7, "screen_name": "ingrid.s", "text": "done"}')).toEqual(['ingrid.s']);
  });

  it('takes a nickname before a listed family name', () => {
    expect(people('{"user":"U04","user_name":"kike.arrieta","text":"mañana lo miro"}')).toEqual(['kike.arrieta']);
    expect(people('{"user":"U05","username":"txema_goikoetxea","text":"ok"}')).toEqual(['txema_goikoetxea']);
  });

  it('takes the given name of a user name said alone later', () => {
    expect(people('[{"user_name":"pepe.larrea","text":"mañana no estoy. lo del sprint lo cierra pepe"}]')).toEqual([
      'pepe.larrea',
      'pepe',
    ]);
    expect(people('[{"user_name":"chema.olmos","text":"ok"},{"user_name":"ana_p","text":"lo revisa chema"}]')).toEqual([
      'chema.olmos',
      'ana_p',
      'chema',
    ]);
    expect(people('{"username": "lucia.m", "text": "done"}\n{"username": "omar.k", "text": "thanks lucia"}')).toEqual([
      'lucia.m',
      'omar.k',
      'lucia',
    ]);
  });

  it('leaves service and role accounts alone', () => {
    expect(people('{"user":"U06","user_name":"deploy_bot","text":"build green"}')).toEqual([]);
    expect(people('{"user":"U07","user_name":"svc.backup","text":"snapshot ok"}')).toEqual([]);
    expect(people('{"user":"U08","display_name":"release.manager","text":"tagged"}')).toEqual([]);
  });

  it('takes a dotted user name after a ticket role or "by"', () => {
    expect(people('INC0041177 | P2 | Caller: dorota.nowak | ext 2210')).toEqual(['dorota.nowak']);
    expect(people('Ticket 4471 reported by kenji_sato, reassigned to L2.')).toEqual(['kenji_sato']);
    expect(people('Solicitante: maite.urrutia | prioridad alta')).toEqual(['maite.urrutia']);
  });

  it('leaves hosts, files and accounts after a role label alone', () => {
    expect(people('Caller: svc.backup | Host: db.primary | User: admin.console | File: config.yaml')).toEqual([]);
  });
});

describe('name parts of protocol-buffer text and flow maps', () => {
  it('takes the given and family values when both keys are there', () => {
    expect(people('person {\n  name { given: "Ottilie" family: "Brandvold" }\n}')).toEqual(['Ottilie', 'Brandvold']);
    expect(people('titular { nombre { given: "Maribel" family: "Quintanar" } }')).toEqual(['Maribel', 'Quintanar']);
    expect(people('member: { given: "Tadhg", family: "Ó Briain", role: "owner" }')).toEqual(['Tadhg', 'Ó Briain']);
  });

  it('leaves a lone font family alone', () => {
    expect(people('font { family: "Helvetica Neue" weight: 400 }')).toEqual([]);
  });
});

describe('titles in their own table cell', () => {
  it('does not read a country code cell as the title of the next cell', () => {
    expect(people('name\tcountry\ttax_id\nRocío Garduño\tMX\tCURP RUGA850101MDFZRN09\n')).toEqual(['Rocío Garduño']);
    expect(people('Kofi Agyeman\tMS\tOPEN\n')).toEqual(['Kofi Agyeman']);
  });
});

describe('forms of address of other languages, and rooms', () => {
  it('takes the name after Herr, Frau, Dhr., Mevr. and Fru', () => {
    expect(people('Please call Frau Ehrentraut back about the invoice.')).toEqual(['Frau Ehrentraut']);
    expect(people('Afspraak daarna met Mevr. Huisman.')).toEqual(['Mevr. Huisman']);
    expect(people('Guest in 402 is Fru Solveig Brattli, arriving late.')).toEqual(['Fru Solveig Brattli']);
  });

  it("reads a room's or a bed's number as no house number", () => {
    expect(people('Rm 521 Herr Wolfgang Achterberg — late checkout approved.')).toEqual(['Herr Wolfgang Achterberg']);
    expect(people('Hab. 633 Sra. Remedios Lucientes — pide factura a nombre de la empresa.')).toEqual([
      'Sra. Remedios Lucientes',
    ]);
    expect(people('Bed 12 Mrs Okonedo — obs stable overnight.')).toEqual(['Mrs Okonedo']);
  });

  it('keeps a title after a house number a street', () => {
    expect(people('Delivery to 167 King Alexander Street, Leeds.')).toEqual([]);
  });
});

describe('initials of a compound given name used as a nickname', () => {
  it('takes each later use of the initials', () => {
    expect(
      people('Pupil: Kai-Ryan Hollingworth (Y9).\n04/11 — KR said he was tired.\n05/11 — KR seen by nurse.'),
    ).toEqual(['Kai-Ryan Hollingworth', 'KR', 'KR']);
    expect(people("Mary-Kate Ferncliffe asked to move her shift. MK's manager agreed.")).toEqual([
      'Mary-Kate Ferncliffe',
      'MK',
    ]);
    expect(people('Alumna: Ana-Sofía Berrocal Ibarra. AS no asistió el lunes.')).toEqual([
      'Ana-Sofía Berrocal Ibarra',
      'AS',
    ]);
  });

  it('leaves initials alone when no compound given name spells them', () => {
    expect(people('Kick-Off with the team; the KO meeting is at 10.')).toEqual([]);
    expect(people('Ask Kai Hollingworth; the KR dashboard is down.')).toEqual(['Kai Hollingworth']);
  });
});

describe('a rarer given name said again', () => {
  it('takes the second mention of a name first met in prose', () => {
    expect(people('At the reunion he finally met Dorota from accounts. Dorota, the dance floor misses you.')).toEqual([
      'Dorota',
      'Dorota',
    ]);
    expect(people('Then he met Oluwaseun at the gym. Oluwaseun, you were warned.')).toEqual(['Oluwaseun', 'Oluwaseun']);
    expect(people('My flatmate first met Tadhg at a gig. Tadhg, if you read this, sorry.')).toEqual(['Tadhg', 'Tadhg']);
  });
});

describe('names after a relation, and before an id glued to a capital', () => {
  it('takes the partner before an id and after "su novia"', () => {
    expect(people('y el de mi pareja Karim Y7654321B')).toEqual(['Karim']);
    expect(people('vive con su novia Yasmina en Getafe')).toEqual(['Yasmina']);
    expect(people('Contact: Tomasz Nowak X9876543R for access')).toEqual(['Tomasz Nowak']);
  });
});

describe('lower-case titles with an initial', () => {
  it('takes the title, the initial and the family name', () => {
    expect(people('rang the policyholder mr p. kaminski at 09:10 re the excess')).toEqual(['mr p. kaminski']);
    expect(people('hablé con la sra. m. etxeberria ayer por la tarde')).toEqual(['sra. m. etxeberria']);
    expect(people('left a msg for mrs j. nowak re the excess')).toEqual(['mrs j. nowak']);
  });
});

describe('a name signing a letter or a message', () => {
  it('takes the word after the closing words when it ends the line', () => {
    expect(people('i loved the book. can you sign it?\nwith love, kemi')).toEqual(['kemi']);
    expect(people('see you sunday!!\nlove,\nngozi xx')).toEqual(['ngozi']);
    expect(people('vale, nos vemos el jueves. un abrazo, maripaz')).toEqual(['maripaz']);
    expect(people('Kind regards,\nIfeoma')).toEqual(['Ifeoma']);
  });

  it('leaves signatures of nobody in particular alone', () => {
    expect(people('Thanks for the update. Cheers, all')).toEqual([]);
    expect(people('love, mum')).toEqual([]);
    expect(people('best regards, the team')).toEqual([]);
    expect(people("i'd love, honestly, more time")).toEqual([]);
  });
});

describe('words that name nobody', () => {
  it('leaves a style named after someone alone', () => {
    expect(people('Shot as a Kubrick-style long take, then a Tarantino-esque finale.')).toEqual([]);
    expect(people('2021 "Low Tide" (short), a Greta Gerwig-style comedy')).toEqual([]);
  });

  it("leaves a firm's region in capitals alone", () => {
    expect(people('2023 "Marea" (serie, Spotify LATAM) — sonido')).toEqual([]);
    expect(people('Contact Maria Jones from Acme EMEA.')).toEqual(['Maria Jones']);
  });

  it('leaves a month after a day number alone, and keeps the person of that name', () => {
    expect(people('Reply by 14 March to me or to her, please.')).toEqual([]);
    expect(people('My cousin June Okafor arrives 12 June.')).toEqual(['June Okafor']);
    expect(people('Ask for April Jones at reception on 3 de Abril.')).toEqual(['April Jones']);
  });

  it('leaves stand-in names of specimens and samples alone', () => {
    expect(people('MODELO (datos de muestra): Titular: Carmen Española Española')).toEqual([]);
    expect(people('Example payslip for Joe Bloggs, employee no 0000.')).toEqual([]);
    expect(people('Sample claim form: Claimant Jane Citizen, policy SAMPLE-001.')).toEqual([]);
  });

  it('keeps real people with the same words', () => {
    expect(people('Cliente: Juan Ruiz Español, profesor de español en Lyon')).toEqual(['Juan Ruiz Español']);
    expect(people('Our new hire Maria Citizen-Okafor starts Monday.')).toEqual(['Maria Citizen-Okafor']);
    expect(people('Quote from the constructor Ana Ruiz, site manager.')).toEqual(['Ana Ruiz']);
  });

  it("leaves the words of a quoted work's title alone, not the person in the CV", () => {
    expect(people('2023 — "Martha Keane" (feature, 2023) — 2nd AC\nContacto: Lucía Benavente')).toEqual([
      'Lucía Benavente',
    ]);
    expect(people('2022 — "Beatriz" (cortometraje) — montaje')).toEqual([]);
    expect(people('The reviewer "Ana Ruiz" (my colleague) said it was fine.')).toEqual(['Ana Ruiz']);
  });
});

describe('officers named in a press release', () => {
  it('leaves the appointed officer and the one replaced alone', () => {
    expect(
      people(
        'Traduce esta nota de prensa al inglés.\n\nBILBAO, 2 de marzo de 2026. — Naviera Cantábrica nombra a Itziar ' +
          'Laborde nueva consejera delegada, en sustitución de Ramón Goikolea, que se jubila en junio.\n' +
          'Contacto de prensa: prensa@example.com',
      ),
    ).toEqual([]);
    expect(
      people(
        'Translate this press release into Spanish.\n\nLEEDS, 4 March 2026 — Harbourline Foods appoints Priya ' +
          'Venkataraman as chief executive, replacing Colin Ashby, who becomes chair.\nMedia contact: press@example.com',
      ),
    ).toEqual([]);
  });

  it('keeps people of a private text with the same words', () => {
    expect(
      people(
        'Resume este correo.\n\nHola equipo: sale hoy la nota de prensa y el CEO quiere discreción. El consejo ' +
          'nombra a Leire Agirre nueva directora de operaciones; su móvil personal es 611 204 357. Contacto de prensa: Unai.',
      ),
    ).toEqual(['Leire Agirre', 'Unai']);
    expect(
      people(
        'Summarise this.\nThe press release is embargoed; the CEO signed it. The panel appoints Dana Whitfield as ' +
          "guardian of her father's estate, replacing Rob Keane; Dana's phone is 07700 900123. Media contact: Jo Pike.",
      ),
    ).toEqual(['Dana Whitfield', 'Rob Keane', 'Dana', 'Jo Pike']);
  });
});

describe('model names of a catalogue in quotes', () => {
  it('leaves a quoted one-word name before goods alone', () => {
    expect(
      people(
        'SKU        Product                         Price\nSOF-ILSE   "Ilse" 2-seat sofa, rust linen   £999\n' +
          'RUG-MABEL  "Mabel" jute rug 200x290         £249\nLMP-OTTO   "Otto" brass table lamp          £149',
      ),
    ).toEqual([]);
    expect(people('"Ingrid" velvet armchair — back in stock')).toEqual([]);
  });

  it('keeps a customer or a relative named in quotes near goods', () => {
    expect(people('Delivery note: customer "Greta" ordered 2 cushions, phone 07700 900456')).toEqual(['Greta']);
    expect(people('Delivery note: customer "Greta Lindqvist" ordered 2 cushions')).toEqual(['Greta Lindqvist']);
    expect(people('Our nan "Mabel" still knits, and she bought a rug last week.')).toEqual(['Mabel']);
  });
});
