import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: places in JSON values, names before an identity document', () => {
  it('reads the value of a JSON key that says street, city or postal code as a place', () => {
    const json = '{ "shipping": { "street": "Storgatan 12", "zip": "412 58", "postal_code": "0150" } }';
    expect(places(json)).toEqual(['Storgatan 12', '412 58', '0150']);
  });

  it('leaves keys that only sound like addresses alone', () => {
    expect(places('{ "ip_address": "Gateway One", "email_address": "Ana Ruiz" }')).toEqual([]);
    expect(places('{ "address": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" }')).toEqual([]);
    expect(places('{ "zip": "${ZIP}", "note": "Storgatan 12" }')).toEqual([]);
  });

  it('reads two capitalised words before an identity document as a person, even when they are places', () => {
    expect(people('Victoria Toledo (DNI 12345678Z) pide el cambio de turno.')).toEqual(['Victoria Toledo']);
    expect(people('New hire Sydney Carolina (SSN 078-05-1120) starts Monday.')).toEqual(['Sydney Carolina']);
  });

  it('does not take firms or single words before a tax number or a DNI office as people', () => {
    expect(people('Transportes Norte, NIF B12345678, factura 44.')).toEqual([]);
    expect(people('Toledo (DNI office) opens at 9.')).toEqual([]);
  });
});
