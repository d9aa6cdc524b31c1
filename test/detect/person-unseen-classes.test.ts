import { describe, expect, it } from 'vitest';
import { CasualNameDetector } from '../../src/detect/casual-names/casual-name-detector.js';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Classes of names (and of things named like people) that unseen work prompts showed; every example is invented.
const nlp = new NlpDetector();
const casual = new CasualNameDetector();
const people = (text: string) => spansOf(nlp, text, ['PERSON'], 0.5);
const casualPeople = (text: string) => spansOf(casual, text, ['PERSON'], 0.5);

describe('hyphenated family names and given names', () => {
  it('reads a double-barrelled family name by its listed part, with Turkish and Nordic letters too', () => {
    expect(people('Declarant: Sabine Brandt-Yılmaz')).toEqual(['Sabine Brandt-Yılmaz']);
    expect(people('Consignee: Kemal Öztürk-Yıldız')).toEqual(['Kemal Öztürk-Yıldız']);
    expect(people('Guest: Jonas Lindgren-Åberg, room 214')).toEqual(['Jonas Lindgren-Åberg']);
    expect(people('Titular: Paloma Ramírez-Ocaña')).toEqual(['Paloma Ramírez-Ocaña']);
  });

  it('reads a hyphenated given name by its first part before a family name', () => {
    expect(people('Guest: Marie-Laure Fontaine')).toEqual(['Marie-Laure Fontaine']);
    expect(people('Jean-Baptiste Moreau called back about the invoice.')).toEqual(['Jean-Baptiste Moreau']);
    expect(people('Inquilina: Ana-Belén Cortés')).toEqual(['Ana-Belén Cortés']);
  });

  it('leaves alone hyphenated words that are no name', () => {
    expect(people('We need a follow-up on the Castilla-La Mancha report.')).toEqual([]);
    expect(people('The Thomas-James building closes at six.')).toEqual([]);
  });
});

describe('values of name keys in JSON, YAML and code', () => {
  it('takes the values of given, family and full name keys', () => {
    expect(people('{"given_name": "Kwabena", "family_name": "Mensah-Boateng"}')).toEqual(['Kwabena', 'Mensah-Boateng']);
    expect(people('last_name: Lindqvist\nfirst_name: Sølvi')).toEqual(['Lindqvist', 'Sølvi']);
    expect(people("{'nombre': 'Araceli', 'apellidos': 'Quesada Ortuño'}")).toEqual(['Araceli', 'Quesada Ortuño']);
  });

  it('leaves the values of other keys alone', () => {
    expect(people('{"display_name": "Harbour Bakery", "company": "Westbrook Foods"}')).toEqual([]);
  });
});

describe('user names in code review', () => {
  it('takes hyphenated handles made of a given and a family name', () => {
    expect(people('PR #204 "bump deps" by @marta-svensson')).toEqual(['marta-svensson']);
    expect(people('/src/billing/ @anna-lindqvist @peter-novak')).toEqual(['anna-lindqvist', 'peter-novak']);
    expect(people('Reviewers: sofia-lindgren, marek-novak')).toEqual(['sofia-lindgren', 'marek-novak']);
    expect(people('Asignado a carlos-mendez por jonas-weber')).toEqual(['carlos-mendez', 'jonas-weber']);
  });

  it('leaves tool, package and CSS names alone', () => {
    expect(people('merged by @dev-tools and @build-bot, see @react-native')).toEqual([]);
    expect(people('values: max-width, grace-period, see docs/anna-smith.md')).toEqual([]);
  });
});

describe('names spelt out letter by letter', () => {
  it('takes the spelling after the name, a cue or as a listed name', () => {
    expect(people('CALLER: hi, it is Helen Ashdown, A-S-H-D-O-W-N')).toEqual(['Helen Ashdown', 'A-S-H-D-O-W-N']);
    expect(people('Caller: my surname is Kowalski, that is K-O-W-A-L-S-K-I.')).toContain('K-O-W-A-L-S-K-I');
    expect(people('Agent: can you spell that? Caller: B R A N A G H')).toEqual(['B R A N A G H']);
    expect(people('Apellido: Iturbe, se escribe I-T-U-R-B-E.')).toEqual(['Iturbe', 'I-T-U-R-B-E']);
  });

  it('leaves spelt acronyms alone', () => {
    expect(people('Supports the U-S-A region and T-L-S 1.3; see the A B C D list')).toEqual([]);
  });
});

describe('the person behind a role in a transcript speaker label', () => {
  it('takes the name in brackets between the role and the colon', () => {
    expect(people('[00:00:04] AGENT (Priya): Thanks for calling.\n[00:00:09] CALLER: hi')).toEqual(['Priya']);
    expect(people('Operadora (Ainhoa Etxeberria): Buenos días.')).toEqual(['Ainhoa Etxeberria']);
    expect(people('Advisor (Tomasz): hello again')).toEqual(['Tomasz']);
  });

  it('leaves bracketed notes after other labels alone', () => {
    expect(people('Note (Important): read this\nPrice (EUR): 40\nMorfología (Kruger): normal')).toEqual([]);
  });
});

describe('Spanish names with a second given name or after a role and an abbreviated title', () => {
  it('takes a compound given name that is also a word, then family names, in a table', () => {
    const table = '| Nombre | Cédula |\n|---|---|\n| Luz Dary Montoya Gil | 5.555.111 |\n| Rosa Elvira Tobón | 1.1 |';
    expect(people(table)).toEqual(['Luz Dary Montoya Gil', 'Rosa Elvira Tobón']);
    expect(people('| Ana Lucía Restrepo | 43.118.552 |\n\nNota: Ana Lucía estuvo de baja.')).toEqual([
      'Ana Lucía Restrepo',
      'Ana Lucía',
    ]);
  });

  it('starts the name after the title when a role stands before it', () => {
    expect(people('representado por la Procuradora D.ª Rosario Ferrer Tormo y asistido')).toEqual([
      'D.ª Rosario Ferrer Tormo',
    ]);
    expect(people('asistido por el Letrado D. Pau Serra Vives, contra la mercantil')).toEqual(['D. Pau Serra Vives']);
    expect(people('la Notaria Dña. Elena Campos Ruiz dio fe')).toEqual(['Dña. Elena Campos Ruiz']);
  });
});

describe('firms, products, rooms and brands named like people', () => {
  it('takes a run that ends in an organisation suffix as a firm', () => {
    expect(people('Cliente: Padaria Boa Vista Ltda., CNPJ 00.000.000/0001-00')).toEqual([]);
    expect(people('Kind regards,\nOwen Hargreaves BDS\nAbbey Green Dental Practice')).toEqual(['Owen Hargreaves BDS']);
    expect(people('Client: Harlow Webb, Inc. signed the order')).toEqual([]);
    expect(people('name\tcountry\tbank\nCamila Restrepo\tCO\t\tBancolombia')).toEqual(['Camila Restrepo']);
  });

  it('reads Portuguese form labels as labels, and a contact field as a person', () => {
    const crm = [
      'Oportunidade: Renovação licenças CRM - 2027',
      'Contato: Joana Prates Lima (gerente de compras)',
      'E-mail: joana@example.com',
      'Valor: R$ 50.000/ano, 20 usuários.',
    ].join('\n');
    expect(people(crm)).toEqual(['Joana Prates Lima']);
  });

  it('takes a name before a version number as a release or an app', () => {
    expect(people('- Aurora mobile 5.4.2: offline mode\n- Quentin scheduler v3 retries')).toEqual([]);
    expect(people('Marlowe 2.0.1 fixes the export bug.')).toEqual([]);
  });

  it('takes a name before a number of seats as a room', () => {
    expect(people('Room names:\n- Ada (12 seats, VC), Lovelace (8 seats), Noether (4 seats)')).toEqual([]);
    expect(people('Reserva la sala grande o Clara (6 plazas) para el comité.')).toEqual([]);
  });

  it('takes a name before a product noun in a CSV cell as a product', () => {
    expect(people('region,product,units\nParis,Ottilie floor lamp,1840\nLyon,Mateo desk lamp,200')).toEqual([]);
  });

  it('takes lists after chains, brands and airlines as things', () => {
    expect(people('Preferred chains: Hilton, Hyatt and Radisson (corporate code CC-1).')).toEqual([]);
    expect(people('Cadenas preferentes: Meliá, Barceló y Riu.')).toEqual([]);
    expect(people('Preferred airlines: Iberia, Finnair and Emirates.')).toEqual([]);
  });
});

describe('lower-case names in chat exports', () => {
  it('takes a sender saved with a word after the name', () => {
    const chat = '[3/11 08:12] sergio almacén: hoy salen 6 pedidos\n[3/11 08:15] lidia: vale';
    expect(casualPeople(chat)).toEqual(['sergio', 'lidia']);
    expect(casualPeople('[12/05 10:02] toni furgo: 1) lavadora para el 3ºB')).toEqual(['toni']);
    expect(casualPeople('[09/01/26 18:03] kevin work: running late')).toEqual(['kevin']);
  });

  it('takes a rarer name with a family name after "para" or "a nombre de", and after "se llama"', () => {
    expect(casualPeople('2) nevera para quique salas, portal 3')).toEqual(['quique salas']);
    expect(casualPeople('lavadora a nombre de tere vidal, Calle Feria 20')).toEqual(['tere vidal']);
    expect(casualPeople('el conserje se llama benito)')).toEqual(['benito']);
    expect(casualPeople('y el portero se llama manolo, pregunta por él')).toEqual(['manolo']);
  });

  it('leaves an agenda line and ordinary words alone', () => {
    expect(casualPeople('[10:02] hoy salen: 6 pedidos\n[10:03] mar abierto: sí')).toEqual([]);
    expect(casualPeople('compré flores para la mesa')).toEqual([]);
  });
});

describe('a name before its own e-mail address', () => {
  it('takes a name whose words the local part of the address spells', () => {
    expect(people('Aoife (aoife.brennan@example.co.uk) will cover.')).toEqual(['Aoife']);
    expect(people('From: Joost Bakker <j.bakker@example.nl>')).toContain('Joost Bakker');
    expect(people('Escribe a Itziar (itziar.m@example.es) antes del lunes.')).toEqual(['Itziar']);
  });

  it('leaves role mailboxes and firms alone', () => {
    expect(people('Support (support@example.com) and Billing <billing@example.com>')).toEqual([]);
    expect(people('Acme Widgets <sales@acme.example>')).toEqual([]);
  });
});

describe('user names with a dot', () => {
  it('takes dotted @handles and dotted chat senders', () => {
    expect(people('ping @dev.sharma and @ines.garcia.')).toEqual(['dev.sharma', 'ines.garcia']);
    const chat = '[10:02] anya.k: can you reset it\n[10:05] ben.t: done\n[10:06] anya.k: thx';
    expect(casualPeople(chat)).toEqual(['anya.k', 'ben.t', 'anya.k']);
    expect(casualPeople('[08:40] lucia.g: llego tarde')).toEqual(['lucia.g']);
  });

  it('keeps spaced underscore handles whole and file names out', () => {
    expect(people('RT @ Harry _ Styles : see you')).toEqual(['Harry _ Styles']);
    expect(casualPeople('open config.yaml: then notes.md: first')).toEqual([]);
  });
});

describe('lists of attendees in minutes', () => {
  it('takes every item after an attendance field, and later mentions of an unlisted one', () => {
    const minutes = 'Present: Hannah, Tariq, Wouter, Eva Lindahl (notes)\n2. Wouter is on leave from Monday.';
    expect(people(minutes)).toEqual(['Hannah', 'Tariq', 'Wouter', 'Eva Lindahl', 'Wouter']);
    expect(people('Asistentes: Pilar, Eneko, Nuria Sanz (secretaria)')).toEqual(['Pilar', 'Eneko', 'Nuria Sanz']);
    expect(people('Apologies: Tadhg, Wiebke')).toEqual(['Tadhg', 'Wiebke']);
  });

  it('leaves lists of teams alone', () => {
    expect(people('Apologies: Finance, Legal and Operations\nPresent: Marketing (chair), Sales')).toEqual([]);
  });
});

describe('parties of forms and family names of English-speaking Africa', () => {
  it('takes the value of an applicant, tenant, guest or claimant field as a person, a firm excepted', () => {
    expect(people('Applicant: Lindiwe Khumalo, self-employed')).toEqual(['Lindiwe Khumalo']);
    expect(people('Tomador: Encarna Villalba Soto\nAsegurado: el mismo')).toEqual(['Encarna Villalba Soto']);
    expect(people('Claimant: Brendan Oakes')).toEqual(['Brendan Oakes']);
    expect(people('Recipient: Nordlicht Versand GmbH')).toEqual([]);
  });

  it('knows common family names of South Africa, Nigeria, Ghana and Kenya', () => {
    expect(people('The tenant, Thandeka Mokoena, called.')).toEqual(['Thandeka Mokoena']);
    expect(people('Mr Otieno will sign on Friday.')).toEqual(['Mr Otieno']);
    expect(people('We met Chiamaka Afolabi at the branch.')).toEqual(['Chiamaka Afolabi']);
  });
});

describe('shops named after their owners', () => {
  it('takes a chemist, an optician or a notary office with family names as a firm', () => {
    expect(people('Dispensado en Farmacia Lozano Ibáñez, Calle Mayor 3.')).toEqual([]);
    expect(people('Compré las gafas en Óptica Serrano Vidal.')).toEqual([]);
    expect(people('El notario D. Luis Carmona firmó en la Notaría Carmona Pastor.')).toEqual(['D. Luis Carmona']);
  });
});
