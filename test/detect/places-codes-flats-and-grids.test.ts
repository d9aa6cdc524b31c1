import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Postal codes of more countries, flats written before the house number, form labels of other European languages,
// Colombian grid and Peruvian street addresses. Every example is invented.
const detector = new NlpDetector({ compromiseBudget: 0 });
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);
const covered = (text: string, value: string) => places(text).some((p) => p.includes(value));

describe('Irish Eircodes', () => {
  it('finds an Eircode after a town, after a field label and inside a sentence', () => {
    expect(covered('Owner: Saoirse Dunne, 3 Ferry Lane, Kilkenny R95 HX4C. Phone on file.', 'R95 HX4C')).toBe(true);
    expect(covered('Eircode: K78 T2W9', 'K78 T2W9')).toBe(true);
    expect(covered('Post the refund to our house, Ballyhale, Y21 E7F3, before Friday.', 'Y21 E7F3')).toBe(true);
    expect(covered('Bríd asked that the form go to Cork T23 AC4D please.', 'T23 AC4D')).toBe(true);
  });

  it('leaves codes of the same length that are no Eircode alone', () => {
    // B, S and Z never open a routing key; an identifier of only letters or only digits is a model or a year.
    expect(places('Replace filter B12 4XK7 with the new one.')).toEqual([]);
    expect(places('Ship the A10 FEED to the lab.')).toEqual([]);
    expect(places('Model T12 2024 is on sale.')).toEqual([]);
  });
});

describe('a flat or unit written before the house number', () => {
  it('keeps the flat with its street', () => {
    expect(places('Deliver to Flat 6, 41 Kestrel Road, Norwich.')).toContainEqual(
      expect.stringContaining('Flat 6, 41 Kestrel Road'),
    );
    expect(places('Her address is Apt 12, 7 Linnet Terrace.')).toContainEqual(
      expect.stringContaining('Apt 12, 7 Linnet Terrace'),
    );
    expect(places('Send the parcel to Unit 3, 58 Foundry Road please.')).toContainEqual(
      expect.stringContaining('Unit 3, 58 Foundry Road'),
    );
  });

  it('does not reach back past a line break or a count', () => {
    expect(places('Rooms booked: 4,\n22 Albion Road')).not.toContainEqual(expect.stringContaining('4'));
  });
});

describe('postal codes in JSON and FHIR keys', () => {
  it('finds the value of a postalCode, zipCode or PLZ key', () => {
    expect(places('{"address":[{"city":"Provo","postalCode":"84604"}]}')).toContain('84604');
    expect(places('{"zipCode": "30307", "name": "R. Ames"}')).toContain('30307');
    expect(places('{"strasse": "Ulmenweg 3", "plz": "70173"}')).toContain('70173');
  });

  it('leaves a code key that names no postal code alone', () => {
    expect(places('{"statusCode": "40412", "errorCode": "E-17"}')).toEqual([]);
  });
});

describe('German, Italian, Polish and Portuguese form labels and shapes', () => {
  it('finds the street with a house letter set apart and the town with its PLZ', () => {
    const text = 'Strasse: Ahornstr. 9 b       PLZ/Ort: 53111 Bonn';
    expect(places(text)).toContain('Ahornstr. 9 b');
    expect(covered(text, '53111 Bonn')).toBe(true);
    expect(places('Schuldner wohnt Mühlenstr. 14 c, 28195 Bremen')).toContainEqual(
      expect.stringContaining('Mühlenstr. 14 c'),
    );
    expect(places('Anschrift: Talweg 5 a\nWohnort: Kassel')).toEqual(['Talweg 5 a', 'Kassel']);
  });

  it('keeps an ordinary word after a spaced letter out of the street', () => {
    expect(places('Lindenweg 4 a week later we moved.')).not.toContainEqual(expect.stringContaining('week'));
  });

  it('finds a town in capitals after a birthplace or residence label', () => {
    expect(places('Luogo di nascita: PERUGIA')).toEqual(['PERUGIA']);
    expect(places('Comune di residenza: LIVORNO\nDocumento: carta d’identità')).toContain('LIVORNO');
    expect(places('Lieu de naissance : ROUBAIX')).toContain('ROUBAIX');
    expect(places('Geburtsort: ERFURT')).toContain('ERFURT');
  });

  it('finds Polish and Portuguese postal codes with their town', () => {
    expect(covered('Adres: ul. Polna 8, 60-101 Poznań', '60-101 Poznań')).toBe(true);
    expect(covered('Klientka mieszka: 31-513 Kraków, os. Wiśniowe', '31-513 Kraków')).toBe(true);
    expect(covered('Morada: Rua do Carmo 40, 4050-164 Porto', '4050-164 Porto')).toBe(true);
  });
});

describe('Colombian grid addresses in any sentence', () => {
  it('finds the crossing street with its quarter and the flat', () => {
    expect(covered('Vivo en la Cra. 52A #23 Sur-110, apto 204, Envigado.', 'Cra. 52A #23 Sur-110, apto 204')).toBe(
      true,
    );
    expect(covered('Mi dirección es Calle 8 #14-27, apto 3, Cali.', 'Calle 8 #14-27')).toBe(true);
    expect(covered('The patient lives at Carrera 70 # 44-15 Norte in Barranquilla.', 'Carrera 70 # 44-15 Norte')).toBe(
      true,
    );
    expect(covered('Envíen el pedido a Transversal 9 # 31-06 Este, casa 2', 'Transversal 9 # 31-06 Este')).toBe(true);
  });

  it('leaves a street word with numbers but no grid alone', () => {
    expect(places('Ver la calle 5 del informe, sección 12-4.')).toEqual([]);
  });
});

describe('Peruvian streets: jirón, pasaje and the flat after them', () => {
  it('finds Jr., Psje. and Prolongación with number, flat and district', () => {
    expect(covered('El cliente vive en Jr. Los Cedros 415, Dpto. 202, Breña.', 'Jr. Los Cedros 415, Dpto. 202')).toBe(
      true,
    );
    expect(covered('Dirección de instalación: Psje. Las Acacias 77, Surquillo', 'Psje. Las Acacias 77')).toBe(true);
    expect(covered('Mándenlo a Prolongación Iquitos 1320, Dpto. 5', 'Prolongación Iquitos 1320')).toBe(true);
  });

  it('leaves a name suffix and a passage without a number alone', () => {
    expect(places('Martin Luther Jr. Said it first.')).toEqual([]);
    expect(places('El Psje. Central se cierra por obras.')).toEqual([]);
  });
});

describe('places named for nobody: a policy rule for travellers, a document office, a dated biography', () => {
  it('leaves every place of a list after "travellers to" alone', () => {
    expect(places('Travellers to Dakar, Bamako or Niamey should get a yellow fever shot.')).toEqual([]);
    expect(places('Visitors to Quito and La Paz need altitude advice first.')).toEqual([]);
    expect(places('Los viajeros a Cusco, Puno y Arequipa deben llevar pastillas para la altura.')).toEqual([]);
  });

  it('leaves the office that issued a document alone', () => {
    expect(places('Passport No. K1234567, issued Mumbai 2021, valid until 2031.')).toEqual([]);
    expect(places('Licence issued in Leeds, 2019.')).toEqual([]);
    expect(places('Pasaporte expedido en Quito el 3 de mayo de 2020.')).toEqual([]);
  });

  it('leaves places of a life dated by day, month and an old year alone', () => {
    expect(places('Ada Lovelace (born 10 December 1815 in London, died 27 November 1852 in Marylebone).')).toEqual([]);
    expect(places('She died on 3 Sept 1887 in Bristol after a long illness.')).toEqual([]);
    expect(places('The poet (born 4 Jan 1809 in Boston, died 1849 in Baltimore) is buried there.')).toEqual([]);
  });

  it('keeps a town after a street named after a date with its house number', () => {
    expect(covered('Dirección: Avda. 9 de Julio 1450 4000 Tucumán, Argentina', 'Argentina')).toBe(true);
    expect(covered('Calle 25 de Mayo 1200, 3000 Santa Fe, Argentina', 'Argentina')).toBe(true);
    expect(covered('Hospital Central Calle 44b Numero 52-130 Envigado, Antioquia', 'Envigado')).toBe(true);
  });

  it('still finds where a person lives or is from', () => {
    expect(places('My sister lives in Kumasi and works in a bank.')).toContain('Kumasi');
    expect(places('Travellers to Quito: my brother lives in Callao.')).toContain('Callao');
    expect(places('She was born on 2 May 1987 in Bristol.')).toContain('Bristol');
  });
});

describe('a caller’s town after a home or origin cue', () => {
  it('finds the town after "la casa en", "soy de" and "our house in"', () => {
    expect(places('llámenme al fijo de la casa en Rionegro, gracias')).toContain('Rionegro');
    expect(places('Hola, soy de Manizales y quiero agendar.')).toContain('Manizales');
    expect(places('ring the landline at our house in Carlow please')).toContain('Carlow');
  });

  it('finds a lower-case town after a strong cue followed by a conjunction', () => {
    expect(places('buenas, soy de envigado, les dejo mi número')).toContain('envigado');
    expect(places('hi its dave, i live in hull and my number changed')).toContain('hull');
    expect(places('vivo en rionegro y trabajo en la finca')).toContain('rionegro');
  });

  it('leaves ordinary lower-case words after the same cues alone', () => {
    expect(places('vive en casa de su madre y estudia')).toEqual([]);
    expect(places('soy de la opinión de que sí')).toEqual([]);
  });
});

describe('where an accident happened', () => {
  it('leaves a junction or crossing on an accident line alone and keeps the home address', () => {
    const en =
      'Date of incident: 4 March 2026, junction of Albion Rd / Denby Lane. Claimant lives at 12 Elm Road, Derby.';
    expect(places(en)).not.toContainEqual(expect.stringContaining('Albion'));
    expect(covered(en, '12 Elm Road')).toBe(true);
    const es =
      'Fecha del choque: 02-03-2026. Lugar: intersección Av. Libertad con Calle Prat.\nDomicilio: Calle Los Olmos 221, Quilpué';
    expect(places(es)).not.toContainEqual(expect.stringContaining('Libertad'));
    expect(covered(es, 'Calle Los Olmos 221')).toBe(true);
    expect(places('The crash happened on Kings Road near the station.')).toEqual([]);
  });

  it('leaves the store where a claimant fell alone, not the claimant’s own address', () => {
    const text =
      'Plaintiff slipped on a wet floor in Defendant’s store no. 12, 800 N Clark St. Plaintiff resides at 55 W Elm St.';
    expect(places(text)).not.toContainEqual(expect.stringContaining('Clark'));
    expect(covered(text, '55 W Elm St')).toBe(true);
    expect(covered('Se cayó en el supermercado y vive en Av. Sucre 1450, Dpto. 3.', 'Av. Sucre 1450')).toBe(true);
  });

  it('keeps a numbered home address on an accident line', () => {
    expect(covered('She fell at home, 14 Mill Road, after the accident.', '14 Mill Road')).toBe(true);
  });
});

describe('codes and labels that look like a place field', () => {
  it('leaves a fiscal period that looks like an Eircode alone', () => {
    expect(places('Posting period P09 FY28, ledger 4000.')).toEqual([]);
    expect(places('Close of period R12 FY27 is due.')).toEqual([]);
  });

  it('leaves a nationality in a second column alone', () => {
    expect(places('Fecha de nac.: 02/02/1990   Nacionalidad: chilena   PEP: NO')).toEqual([]);
    expect(places('DOB: 02/02/1990   Nacionalidad: Argentina   PEP: NO')).toEqual([]);
    expect(places('Nationality: Portugal\nOccupation: nurse')).toEqual([]);
  });

  it('reads a birthplace column and leaves a citizenship column alone', () => {
    const it = 'ID;COGNOME;NOME;DATA_NASCITA;COMUNE_NASCITA;CITTADINANZA\n7;BIANCHI;LUCA;01/02/1988;TORINO;SVIZZERA';
    expect(places(it)).toEqual(['TORINO']);
    expect(places('name,birthplace,nationality\nJo Lee,Dundee,Ireland')).toEqual(['Dundee']);
    expect(places('cognome;nome;comune;cittadinanza\nVerdi;Anna;PARMA;SVIZZERA')).toEqual(['PARMA']);
  });

  it('reads no key-value table as place columns for its birth-date row', () => {
    const table =
      '| campo | valor |\n|---|---|\n| Fecha de nacimiento | 01/02/1990 |\n| Domicilio | Calle Real 5 |\n| Puesto | Cajera |';
    expect(places(table)).not.toContain('Cajera');
    expect(places('| Data di nascita | 01/02/1990 |\n| Indirizzo | Via Roma 3 |\n| Ruolo | Cuoco |')).not.toContain(
      'Cuoco',
    );
    expect(places('| Date of birth | 01/02/1990 |\n| Address | 3 Elm Road |\n| Role | Clerk |')).not.toContain('Clerk');
  });
});

describe('three-digit postal codes', () => {
  it('finds three digits after a written-out zip or postal code cue', () => {
    expect(places('My zip code is 880.')).toContain('880');
    expect(places('zip 735, Faroe Islands')).toContainEqual(expect.stringContaining('735'));
    expect(places('her postcode is 210')).toContain('210');
  });

  it('leaves three digits after other codes and commands alone', () => {
    expect(places('The cp 100 command copies files.')).toEqual([]);
    expect(places('The error code is 404.')).toEqual([]);
  });
});
