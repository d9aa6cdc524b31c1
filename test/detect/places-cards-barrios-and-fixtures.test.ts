import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// vCard addresses, housing estates, barrios (before a city's abbreviation, in lower case after a street), made-up
// fixture addresses, places that name a thing (an exercise, a wage, a study site, a jurisdiction), the end of an
// address at a full stop and a shifted SQL tuple. Every example is invented.
const detector = new NlpDetector({ compromiseBudget: 0 });
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);
const covered = (text: string, value: string) => places(text).some((p) => p.includes(value));

describe('the ADR line of a vCard', () => {
  it('marks street, town, region and postal code, and leaves the country alone', () => {
    const card =
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ines Kolb\nADR;TYPE=HOME:;;Lindenweg 12;Kassel;;34117;Germany\nEND:VCARD';
    expect(places(card)).toEqual(['Lindenweg 12', 'Kassel', '34117']);
    const work = 'ADR;TYPE=WORK:;;Rua das Flores 8;Porto;;4050-262;Portugal';
    expect(places(work)).toEqual(['Rua das Flores 8', 'Porto', '4050-262']);
    const grouped = 'item1.ADR;type=HOME;type=pref:;Apt 4B;77 Orchard Lane;Dayton;OH;45402;USA';
    expect(places(grouped)).toEqual(['Apt 4B', '77 Orchard Lane', 'Dayton', 'OH', '45402']);
  });

  it('reads a Spanish card the same way', () => {
    expect(places('ADR;TYPE=HOME:;;Calle Olmo 9, 2º B;Valladolid;;47002;España')).toEqual([
      'Calle Olmo 9, 2º B',
      'Valladolid',
      '47002',
    ]);
  });

  it('reads no line that is not an ADR property', () => {
    expect(places('ADRIANA: see you in the lobby')).toEqual([]);
    expect(places('NOTE:;;fees;refund;;2026;Spain')).not.toContain('2026');
  });
});

describe('a housing estate named like a park or a hill', () => {
  it('is a home address after a house number, before a comma and a town', () => {
    expect(covered('Addr: 27 Rathmore Park, Blackrock, Co. Dublin A94 X2F3', '27 Rathmore Park')).toBe(true);
    expect(covered('Please post the keys to 9 Carrowbeg Heights, Westport, Co. Mayo.', '9 Carrowbeg Heights')).toBe(
      true,
    );
    expect(covered('She moved into 31 Knocklyon Rise, Tallaght last year.', '31 Knocklyon Rise')).toBe(true);
  });

  it('leaves parks and estates of firms or ordinary words alone', () => {
    expect(places('We met at 2 Green Park, London and walked on.')).not.toContainEqual(
      expect.stringContaining('Green Park'),
    );
    expect(places('The stand is at 4 Science Park, Cambridge.')).not.toContainEqual(
      expect.stringContaining('Science Park'),
    );
  });
});

describe('an Irish county after its town', () => {
  it('keeps the street, town, county and Eircode of an owner address in one place', () => {
    expect(covered('Owner: Ms Niamh Byrne, Apt 4, 18 Quay Row, Ballina, Co. Mayo F26 X2Y3', 'Co. Mayo F26 X2Y3')).toBe(
      true,
    );
    expect(covered('Owner: Ms Niamh Byrne, Apt 4, 18 Quay Row, Ballina, Co. Mayo F26 X2Y3', 'Apt 4, 18 Quay Row')).toBe(
      true,
    );
    expect(covered('Lives at 5 Mill Lane, Kinsale, Co. Cork.', 'Kinsale')).toBe(true);
  });
});

describe('a barrio', () => {
  it('before a city abbreviation is one place', () => {
    expect(places('Sesión 3 — paciente Marta Gómez (41), derivada por su médica, Palermo Soho, CABA')).toContain(
      'Palermo Soho, CABA',
    );
    expect(places('Vive en Villa Urquiza, CABA con su hermana.')).toContain('Villa Urquiza, CABA');
    expect(places('Mi paciente vive en Colonia Roma Norte, CDMX.')).toContain('Colonia Roma Norte, CDMX');
    expect(places('She lives in Park Slope, NYC with her kids.')).toContain('Park Slope, NYC');
  });

  it('typed in lower case after a street belongs to the address', () => {
    expect(places('[3/12/26 20:01] Nerea: calle del Pez 4 1ºdcha, chueca. el portal está abierto')).toContain(
      'calle del Pez 4 1ºdcha, chueca',
    );
    expect(places('Nerea: la dirección es calle Toledo 18 3ºizq, lavapies, gracias')).toContain(
      'calle Toledo 18 3ºizq, lavapies',
    );
    expect(places('deliver to 14 Mercer Street, soho. thanks')).toContainEqual(expect.stringContaining('soho'));
  });

  it('does not take a chat word or an ordinary word after the street', () => {
    expect(places('calle Mayor 5, porfa')).toEqual(['calle Mayor 5']);
    expect(places('calle Mayor 5, gracias')).toEqual(['calle Mayor 5']);
    expect(places('deliver to 14 Mercer Street, please.')).toEqual(['14 Mercer Street']);
  });
});

describe('made-up addresses of fixtures and templates', () => {
  it('are nobody’s', () => {
    expect(places('users:\n  - name: Test User\n    address: 42 Sample Avenue, Exampleville\n')).toEqual([]);
    expect(places('    address: 9 Dummy Lane, Anytown, AS 00000')).toEqual([]);
    expect(places('Plantilla: Dirección: Calle Falsa 123, Ciudad Ejemplo')).toEqual([]);
    expect(places('    address: 5 Placeholder Way, Testtown')).toEqual([]);
  });

  it('leave a real-looking address alone', () => {
    expect(places('Ship to: 7 Larkspur Close, Exeter EX2 5TT')).toEqual(['7 Larkspur Close, Exeter EX2 5TT']);
  });
});

describe('places that name a thing or a jurisdiction', () => {
  it('an exercise or a wage named after a town', () => {
    expect(places('Home programme: bridges 3x10, Stockholm planks, Oslo adduction 2x6.')).toEqual([]);
    expect(places('Flag anyone paid below the Oxford Living Wage this month.')).toEqual([]);
    expect(places('Is the Bristol minimum wage higher than the national one?')).toEqual([]);
  });

  it('a numbered study site with its town', () => {
    expect(places('PROTOCOL XR-88  |  Site 305 (Leipzig)  |  Subject 305-0011')).toEqual([]);
    expect(places('Centro 07 - Sevilla | Paciente 07-0012')).toEqual([]);
    expect(places('Site #12: Porto, screening visit')).toEqual([]);
  });

  it('a question of law about a country', () => {
    expect(places('Is this non-compete clause enforceable in Peru?')).toEqual([]);
    expect(places('Revisa si la cláusula de reajuste es legal en Uruguay.')).toEqual([]);
    expect(places('¿Es válida en Colombia una firma escaneada?')).toEqual([]);
  });

  it('still finds where a person lives', () => {
    expect(places('I moved to Leeds last year and live in Headingley with my wife.')).toEqual(['Leeds', 'Headingley']);
    expect(places('Vivo en Rosario desde 2019.')).toEqual(['Rosario']);
  });
});

describe('an address ends at the end of its sentence', () => {
  it('stops at a full stop before a word that is no place', () => {
    expect(places('Domicilio: Bv. Oroño 1450, Rosario. Quedo atento a su respuesta.')).toEqual([
      'Bv. Oroño 1450, Rosario',
    ]);
    expect(places('Address: 18 Millbrook Road, Leeds LS6 3AB. Sarah will call you.')).toEqual([
      '18 Millbrook Road, Leeds LS6 3AB',
    ]);
    expect(places('Dirección: Calle Alta 7, Salamanca. Atentamente, la gestoría.')).toEqual([
      'Calle Alta 7, Salamanca',
    ]);
  });

  it('goes on after an abbreviation, before a town or before the next part of a dotted address', () => {
    expect(places('Address: 22 High St. Oxford OX1 4AA')).toEqual(['22 High St. Oxford OX1 4AA']);
    expect(covered('Correspondencia: C/ Pinar, 12. C.P. 37008. Salamanca. España', 'C.P. 37008. Salamanca')).toBe(true);
    expect(covered('Dirección: Avda. Sol, 8. Urbanización Los Robles. Villanueva de la Sierra', 'Villanueva')).toBe(
      true,
    );
  });
});

describe('an INSERT tuple with a value missing', () => {
  const sql = [
    'INSERT INTO members (id, full_name, birth_date, postcode, tier, created_at)',
    'VALUES',
    "  (10, 'Oskar Lind', '1980-02-03', '11453', 'GOLD', NOW()),",
    "  (11, 'Hanna Zielińska', '30-019', 'SILVER', NOW()),",
    "  (12, 'Juan Soto', '1979-01-01', '8320000', 'BRONZE', NOW());",
  ].join('\n');

  it('reads the postal code one cell further and not the tier under the postcode column', () => {
    const found = places(sql);
    expect(found).toContain('11453');
    expect(found).toContain('30-019');
    expect(found).toContain('8320000');
    expect(found).not.toContain('SILVER');
  });

  it('reads no city when the two readings of the shifted tuple disagree', () => {
    const cities = [
      'INSERT INTO clients (id, name, city, plan)',
      "VALUES (1, 'Ana Ruiz', 'Toledo', 'BASIC'), (2, 'Leo Paz', 'PREMIUM');",
    ].join('\n');
    expect(places(cities)).toContain('Toledo');
    expect(places(cities)).not.toContain('PREMIUM');
  });
});
