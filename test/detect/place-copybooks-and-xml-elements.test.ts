import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: a COBOL copybook is no address block', () => {
  it('reads no address in a copybook’s level numbers, data names and PIC clauses', () => {
    expect(places('  01 EMP-REC.\n     05 EMP-NO         PIC 9(6).\n     05 EMP-NAME       PIC X(30).')).toEqual([]);
    expect(places('     05 ACCT-BAL       PIC S9(9)V99.\n     05 ACCT-TYPE      PIC X(2).')).toEqual([]);
    expect(places('       10 EMP-TOWN PICTURE X(20).\n       10 EMP-ZIP PICTURE 9(5).')).toEqual([]);
  });

  it('keeps a street whose name shares the letters', () => {
    expect(places('5 PIC Road 12\nLeeds LS1 2AB')).not.toEqual([]);
    expect(places('12 Pic Street 4, Leeds')).not.toEqual([]);
  });
});

describe('NlpDetector: place elements of XML and camelCase keys', () => {
  it('reads the postal address elements of a payment file', () => {
    expect(
      places('<PstlAdr><StrtNm>Kerkstraat</StrtNm><BldgNb>118</BldgNb>\n<PstCd>3512 AB</PstCd></PstlAdr>'),
    ).toEqual(['Kerkstraat', '118', '3512 AB']);
    expect(places('<Dbtr><Nm>Jan Smit</Nm><PstlAdr><TwnNm>Salford</TwnNm></PstlAdr></Dbtr>')).toContain('Salford');
    expect(places('<address><street>Hafenstrasse 9</street><city>Kiel</city></address>')).toEqual([
      'Hafenstrasse 9',
      'Kiel',
    ]);
  });

  it('reads a value whose camelCase key has a place part', () => {
    expect(places('<cfdi:Receptor Nombre="ANA LUNA" DomicilioFiscalReceptor="64000" UsoCFDI="G03"/>')).toEqual([
      '64000',
    ]);
    expect(places('{"MailingCity": "Trichy", "EmailAddress": "a.r@example.in"}')).toEqual(['Trichy']);
    expect(places('const shipToCity = "Tilly";')).toEqual(['Tilly']);
  });

  it('reads nothing from elements and keys that name no place', () => {
    expect(places('<ipAddress>10.0.0.1</ipAddress><status>Active</status>')).toEqual([]);
    expect(places('{"EmailAddress": "Someone@example.com", "MacAddress": "AA:BB"}')).toEqual([]);
    expect(places('<city>${CITY}</city>')).toEqual([]);
  });
});

describe('NlpDetector: columns, code and meeting invites', () => {
  it('ends an address block at a column gap', () => {
    expect(places('Rates\nEasy Saver           3.10% AER\n2 Year Term Saver           4.05% AER fixed')).toEqual([]);
    expect(places('ADDRESS HISTORY\n  2210 N Birch St, Fresno, CA 93701      2019 - present')).toEqual([
      '2210 N Birch St, Fresno, CA 93701',
    ]);
    expect(places('Addresses\n  77 Copper Beech Rd, Dayton, OH 45402    2015 - 2019')).toEqual([
      '77 Copper Beech Rd, Dayton, OH 45402',
    ]);
  });

  it('reads no place in a field of code that reads an object’s member', () => {
    expect(places('function map(a) { return { city: a.city, state: a.region.toUpperCase(), zip: a.zip }; }')).toEqual(
      [],
    );
    expect(places('const out = { street: addr.line1, town: addr.town };')).toEqual([]);
    expect(places('Address: 12 Elm Road, Leeds')).toEqual(['12 Elm Road, Leeds']);
  });

  it('drops the cities of a time zone, a dial-in number and an online meeting room', () => {
    expect(
      places('When: Monday 14:00-14:45 (UTC+03:00) Kampala, Dodoma\nWhere: Microsoft Teams / Room "Kelp" 2nd floor'),
    ).toEqual([]);
    expect(places('Zona horaria: (GMT+01:00) Madrid, París')).toEqual([]);
    expect(places('Dial in by phone: +44 20 3321 5500,,99812# United Kingdom, London')).toEqual([]);
    expect(places('Toll: +353 1 653 3000 Ireland')).toEqual([]);
  });

  it('keeps a place someone is in on such lines, and a meeting held at an address', () => {
    expect(places('I moved to Kampala (UTC+03:00) last year')).toEqual(['Kampala']);
    expect(places('Dial 999 if you are in Leeds')).toEqual(['Leeds']);
    expect(places('Where: 12 Elm Road, Leeds')).toEqual(['12 Elm Road, Leeds']);
  });
});
