import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

describe('named rows of houses after a house number', () => {
  it('finds "Villas", "Cottages", "Mews", "Grove" and "Mansions" homes', () => {
    for (const [text, home] of [
      ['Objection from Mr Tobias Renwick of 7 Larkspur Villas about the parking bay.', '7 Larkspur Villas'],
      ['Patient lives at 12 Quarry Cottages with her son.', '12 Quarry Cottages'],
      ['Please send the letter to Ms Hale, 2 Abbot Mews, Leeds.', '2 Abbot Mews'],
      ['Dana Price, 9 Orchard Grove, Ely', '9 Orchard Grove'],
    ] as const) {
      expect(places(text).join(' | '), text).toContain(home);
    }
  });

  it('leaves counted things named with "Park", "Gate" or "Green" alone', () => {
    expect(places('We sold 3 Garden Gate sets and 4 Rose Park tickets.')).toEqual([]);
    expect(places('The 2 Green Park stations were closed.')).toEqual([]);
  });
});

describe('German streets named Chaussee, Damm and Ufer', () => {
  it('finds them with their house number', () => {
    for (const [text, street] of [
      ['Schreiben Sie ihm nach Hause: Eppendorfer Chaussee 48, 20249 Hamburg', 'Eppendorfer Chaussee 48'],
      ['Mieter: Jana Kral, Tempelhofer Damm 119, Berlin', 'Tempelhofer Damm 119'],
      ['Her flat is at Schöneberger Ufer 31 in Berlin.', 'Schöneberger Ufer 31'],
      ['Neue Anschrift von Frau Lenz: Mainufer 7, Offenbach', 'Mainufer 7'],
    ] as const) {
      expect(places(text).join(' | '), text).toContain(street);
    }
  });
});

describe('a firm signature with a bar or a dash before its address', () => {
  it('drops the address after "Name B.V. |", "Name AS -", "Name S.L. ·"', () => {
    for (const text of [
      'Regards, Ola\nBloemhof B.V. | Kanaalweg 12, 2671 AB Naaldwijk\nTel +47 55 12 34 56',
      'Regards, Ola\nFjordline AS - Strandgata 14, 5013 Bergen\nTel +47 55 12 34 56',
      'Saludos\nConservas Ría S.L. · Calle Mayor 3, 36001 Pontevedra\nTel 986 12 34 56',
    ]) {
      expect(places(text), text).toEqual([]);
    }
  });

  it('keeps a person\u2019s address after a dash', () => {
    const text = "Hi, I'm Tove Lind - Strandgata 14, 5013 Bergen is my address";
    expect(places(text).join(' | ')).toContain('Bergen');
  });
});

describe('note shorthand without a preposition', () => {
  it('"lives X", "vive X" name the person\u2019s town', () => {
    for (const [text, town] of [
      ['pt Jo Bell 34M, lives Fitzroy, mob 0413 552 901', 'Fitzroy'],
      ['paciente Ana Ruiz, vive Quilmes, tel 11 4455 6677', 'Quilmes'],
      ['client 52F lives Dunedin with partner; ph 021 334 8812', 'Dunedin'],
    ] as const) {
      expect(places(text), text).toContain(town);
    }
  });
});

describe("a firm's premises in its own voice", () => {
  it('drops the address after "our head office at", "nuestra sede está en", "our warehouse in"', () => {
    for (const text of [
      'Today we employ 300 people, from our head office at Kelston Works, Mill Lane, Derby DE1 3AA.',
      'Nuestra sede central está en la Calle 12 # 4-30, Cali, y tenemos tiendas en todo el país.',
      'Orders ship from our new warehouse at Unit 9, 40 Dock Road, Tilbury RM18 7AB within a day.',
    ]) {
      expect(places(text), text).toEqual([]);
    }
  });

  it('keeps a home address and a person moving to the premises', () => {
    expect(
      places(
        'I am moving to our office at 14 Quay Street, Bristol BS1 4HG next month. My phone is 07700 900123',
      ).join(),
    ).toContain('14 Quay Street');
    expect(places('Please post my P60 to my home, 3 Fern Close, Ripon HG4 1AB, not to the office.').join()).toContain(
      '3 Fern Close',
    );
  });
});

describe("a practice's or a firm's letterhead in capitals", () => {
  it('drops the address after "NAME IN CAPITALS -" or "|" on the first line', () => {
    for (const [text, gone] of [
      ['NORTHGATE FAMILY MEDICINE - 210 W Elm St, Fresno, CA\nPt: Lou Perry  DOB 3/4/1970', '210 W Elm St'],
      ['CLÍNICA SAN ROQUE | Av. Mitre 455, Rosario\nPaciente: Irene Solís, DNI 30.123.456', 'Mitre'],
      ['HOLLOWAY & DANE SOLICITORS - 8 Bridge St, Hereford\nClient: Fen Wilder, tel 07700 900781', 'Bridge St'],
    ] as const) {
      expect(places(text).join(' | '), text).not.toContain(gone);
    }
  });

  it('keeps it when the capitals are a person\u2019s name (the head of a CV)', () => {
    for (const text of [
      'MARTA RUIZ - Calle Mayor 12, 28013 Madrid\nTel 611 902 417',
      'JOHN SMITH - 12 Elm Road, Leeds LS2 9JT\nPhone 07700 900456',
    ]) {
      expect(places(text).length, text).toBeGreaterThan(0);
    }
  });
});

describe("a person's workplace at the firm's premises", () => {
  it('keeps the town or address a person is placed at', () => {
    for (const [text, town] of [
      ['Estimada Sra. Ruiz: tu puesto estará en nuestra sede de Vitoria. NIE Y1234567X', 'Vitoria'],
      ['Dear Mr Oakes, you will be based at our head office at 9 Mill Lane, Derby DE1 3AA.', '9 Mill Lane'],
      ['Tras su traslado a nuestra planta de Calle Norte 8, Burgos, le escribimos. Tel 947 123 456', 'Calle Norte 8'],
    ] as const) {
      expect(places(text).join(' | '), text).toContain(town);
    }
  });
});
