import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

describe('the letters at the tail of a code open no street', () => {
  it("reads a pick list's pallet codes, quantities and weights as no address", () => {
    const text = `Why does the pick list total not match?

pallet     qty   weight_g
PAL09TR    1182  41500
PAL10KM    240   18250
BOX7QN     96    12040`;
    expect(places(text)).toEqual([]);
  });

  it("reads a radio's frequency and a data rate glued to its digits as no street", () => {
    const notes = `gateway notes:
uplink 915 MHz SF9, ADR on
downlink 923 MHz DR3, ADR off
buffer 512 KB Flash, OTA later`;
    expect(places(notes)).toEqual([]);
    expect(places('Deliver to 350 W 42nd Street, New York')).toEqual(['350 W 42nd Street, New York']);
    expect(places('Deliver to 12 Oak Dr, Leeds')).toEqual(['12 Oak Dr, Leeds']);
  });

  it('still reads a name, a house number and a postal code as a street', () => {
    expect(places('Entrega en Xubias de Arriba, 84 15006 A Coruña')).toContain('Xubias de Arriba, 84');
  });
});

describe('a heading in capitals names no one unless it holds a name', () => {
  it("reads a leaflet's and a protocol's titles as no name", () => {
    const leaflet = `Rewrite this leaflet for a reading age of 9.

CLEANING THE MOUTHPIECE WITH A TISSUE (v2)
Step 1: wash your hands.`;
    const protocol = `Resume este protocolo en cinco líneas.

MANEJO DEL DOLOR EN EL PACIENTE OPERADO ANCIANO (rev. 4)
Valorar el dolor cada 8 horas.`;
    expect(people(leaflet)).toEqual([]);
    expect(people(protocol)).toEqual([]);
  });

  it('keeps a titled family name, a given name and family names in a heading', () => {
    const plan = `Tidy this up please.

CARE PLAN FOR MRS PATEL AT HOME (draft)
Visits twice a day.`;
    expect(people(plan)).toEqual(['MRS PATEL']);
    expect(people('DOÑA ELENA DEL CARMEN VIDAL ROCA, con DNI 12345678Z, comparece')).toEqual([
      'DOÑA ELENA DEL CARMEN VIDAL ROCA',
    ]);
  });
});

describe("a ward named like a person is the hospital's", () => {
  it("reads a rota's wards as no one", () => {
    const rota = `Make this a clean weekly template, the ward manager adds the names.

Kestrel Ward (18 beds, elderly care)
Mornings: two staff nurses and two support workers; nights: one of each
Larch Ward lends a support worker on Fridays`;
    expect(people(rota)).toEqual([]);
    expect(people('She was moved from Kestrel Ward yesterday, bed 4. The ward sister says she is settled.')).toEqual(
      [],
    );
  });

  it('keeps someone whose family name is Ward', () => {
    const kin = `Contacts: Peter Brannagh (son), Janet Ward (sister)
She was moved to the ward on Monday.`;
    expect(people(kin)).toEqual(['Peter Brannagh', 'Janet Ward']);
  });
});

describe("a zone file's documentation values", () => {
  it("reads an SPF record's ip4 range and a DMARC report mailbox at a documentation domain as no one's", () => {
    const zone = `Check this zone before the move, it only uses documentation ranges.

$ORIGIN example.org.
@       IN TXT "v=spf1 ip4:198.51.100.14 ip4:203.0.113.0/28 -all"
_dmarc  300 IN TXT "v=DMARC1;sp=none;p=reject;rua=mailto:dmarc-reports@example.org;ruf=mailto:postmaster@example.org"
www     IN A   203.0.113.80`;
    expect(spansOf(engine, zone, ['IP_ADDRESS', 'EMAIL'])).toEqual([]);
  });

  it('keeps an address written as the tail of an IPv6 address and a person at a documentation domain', () => {
    expect(spansOf(engine, 'mapped as ::ffff:192.0.2.33 here', ['IP_ADDRESS'])).toEqual(['::ffff:192.0.2.33']);
    expect(spansOf(engine, 'rua=mailto:jane.ruiz@example.org', ['EMAIL'])).toEqual(['mailto:jane.ruiz@example.org']);
  });
});

describe("a published image's default password", () => {
  it("reads a class's compose defaults as no secret", () => {
    const compose = `para la práctica de mañana, ¿por qué no arranca el contenedor?

services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: mysql
      MYSQL_DATABASE: biblioteca
  storage:
    image: minio/minio
    environment:
      MINIO_ROOT_PASSWORD: minioadmin`;
    expect(spansOf(engine, compose, ['SECRET'])).toEqual([]);
  });

  it('keeps a password that is no published default', () => {
    expect(spansOf(engine, 'MYSQL_ROOT_PASSWORD: Tq8!vmR2zLw', ['SECRET'])).toEqual(['Tq8!vmR2zLw']);
  });
});

describe("a validator's test table", () => {
  it('reads the values of a parameterised test with their expected results as test vectors', () => {
    const table = `¿por qué falla el segundo caso? el algoritmo me parece bien

test.each([
  ['014180001234567897', true],
  ['072180009876543213', false],
  ['0141800012345678', false], // corta
])('CLABE %s', (clabe, ok) => {
  expect(esClabeValida(clabe)).toBe(ok);
});
// y esClabeValida('072180009876543213') sigue dando true`;
    expect(spansOf(engine, table, ['BANK_ACCOUNT'])).toEqual([]);
  });

  it("keeps a customer's record copied into a test as keyed fields", () => {
    const fixture = `describe('payout', () => {
  const payee = { name: 'Ana Ruiz', clabe: '014180001234567897', active: true };
  expect(pay(payee)).toBe(true);
});`;
    expect(spansOf(engine, fixture, ['BANK_ACCOUNT'])).toEqual(['014180001234567897']);
  });
});

describe("an establishment's line in a public listing", () => {
  it("reads a council box's addresses and phones as the establishments'", () => {
    const box = `pásalo a formato de recuadro para la hoja informativa del pueblo

Emergencias: 112
Ayuntamiento (registro): 921 44 03 00, Plaza Mayor 3, de lunes a viernes
Centro de salud (urgencias): 921 44 10 20
Biblioteca municipal: martes a sábado 10-14 h, Calle del Horno 4
Punto limpio: jueves y sábados, Camino de la Vega s/n`;
    expect(spansOf(engine, box, ['LOCATION', 'PHONE'])).toEqual([]);
  });

  it('keeps a home address on a line that opens with no establishment', () => {
    const letter = `Cambio de domicilio para el padrón:
Nueva dirección: Calle del Horno 4, 2º B
Teléfono: 921 44 10 20`;
    expect(spansOf(engine, letter, ['LOCATION'])).toContain('Calle del Horno 4, 2º B');
  });
});
