import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a postal address is one span', () => {
  it('takes a flat and a building name written before the street', () => {
    const text =
      'He currently lives at Flat 7C, Orchid Meadows Enclave, Gachibowli Road, Hyderabad 500032 and works remotely.';
    expect(places(text)).toContain('Flat 7C, Orchid Meadows Enclave, Gachibowli Road, Hyderabad 500032');
  });

  it('takes a flat and a named block before a numbered street', () => {
    const text = 'Tenant: Ms R. Dunmore\nProperty: Flat 5, Linton Court, 83 Quarry Street, Paisley PA1 2QQ';
    expect(places(text)).toContain('Flat 5, Linton Court, 83 Quarry Street, Paisley PA1 2QQ');
  });

  it('takes the house number, the street and the town before a British postcode', () => {
    const text = 'Cheers for sorting it, Morwenna, 14 Ashdene, Skipton BD23 9QT';
    expect(places(text)).toContain('14 Ashdene, Skipton BD23 9QT');
    expect(places(text).join(' ')).not.toContain('Morwenna');
  });

  it('takes a Welsh house name that stands for the house number', () => {
    const text = 'Owner: Mrs Eirlys Prydderch\nTŷ Gwyn, Chapel Road, Bala LL23 7AB\nTel 01678 555 201';
    expect(places(text)).toContain('Tŷ Gwyn, Chapel Road, Bala LL23 7AB');
  });

  it('joins a Spanish street, its floor and its postcode with the town', () => {
    expect(places('Vivimos en avenida de Aragón 58, 3ª, 46010 Valencia desde marzo.')).toContain(
      'avenida de Aragón 58, 3ª, 46010 Valencia',
    );
    expect(places('[03/12 10:02] Cliente: c/ Pintor Sorolla 12, bajo, 30009 Murcia, póliza 55-1')).toContain(
      'c/ Pintor Sorolla 12, bajo, 30009 Murcia',
    );
  });

  it('reads a qualified address label as an address field', () => {
    expect(places('Shipping address: ul. Topolowa 22/5, 31-512 Kraków\nNotes: none')).toContain(
      'ul. Topolowa 22/5, 31-512 Kraków',
    );
    expect(places('Dirección de facturación: Bv. Colón 877, 5° C, X5016 Córdoba\nEstado: abierto')).toContain(
      'Bv. Colón 877, 5° C, X5016 Córdoba',
    );
  });

  it('keeps a person written before a numbered street out of the address', () => {
    const text = 'Please post the form to:\nBronwen Aldous, 9 Tanner Street, Frome BA11 1AB';
    expect(places(text)).toContain('9 Tanner Street, Frome BA11 1AB');
    expect(places(text).join(' ')).not.toContain('Bronwen');
  });

  it('keeps the addressee of a billing label out of the address', () => {
    const text = 'Billing address: Tamsin Galloway\n  41 Quarry Hill\n  Settle\n  BD24 9AA';
    expect(places(text).join(' ')).not.toContain('Tamsin');
  });

  it('keeps an organisation written before its address out of the address', () => {
    const text = 'Send complaints to:\nRegional Licensing Office, Harbour House, Dock Lane, Fleetwood FY7 6AB';
    expect(places(text).join(' ')).not.toContain('Licensing Office');
  });
});

describe('registers of people', () => {
  it('keeps a street after a date of birth apart from the year and the columns below', () => {
    const text = '09:30  FARLEY, Dominic  DOB 17/03/1988  31 Wren Close, Ashby LE65 1ZZ\n       Theft   Trial';
    expect(places(text)).toContain('31 Wren Close, Ashby LE65 1ZZ');
  });

  it('reads the bare town after a date of birth in a row as the person home', () => {
    const text = [
      '10:00  MARSH, Olwen  DOB 03/02/1991  Kirkby Stephen',
      '       Speeding   Single justice referral',
      '10:30  TREW, Callum  DOB 28/10/2003  Wetherby',
      '       Theft   Plea',
    ].join('\n');
    expect(places(text)).toEqual(expect.arrayContaining(['Kirkby Stephen', 'Wetherby']));
  });

  it('reads no ordinary word or acronym after a date of birth as a town', () => {
    expect(places('Patient Ann Rowe, DOB 04/11/1960, MRN 2231-8\nSeen today.')).toEqual([]);
    expect(places('Member: Ian Pole  DOB 11/09/1972  Male  Gold tier')).toEqual([]);
  });
});

describe('Irish towns with their county', () => {
  it('takes the town and its county as one place, known or not', () => {
    const text =
      'Next of kin: sister, Kilcoole Beg, Co. Leitrim, tel 087 555 0199. Her son lives in Dromcolliher, County Limerick.';
    expect(places(text)).toEqual(['Kilcoole Beg, Co. Leitrim', 'Dromcolliher, County Limerick']);
  });

  it('keeps a person named with a county a person', () => {
    const text = 'Write to Siobhan Tierney, Co. Cork, about the reunion.';
    expect(places(text).join(' ')).not.toContain('Tierney');
    expect(people(text).join(' ')).not.toContain('Co.');
  });
});
