import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { gs1CheckValid } from '../../src/detect/public-text/product-barcodes.js';
import { gtCui } from '../../src/detect/validators/national-ids-published.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const ids = (text: string) => spansOf(engine, text, ['NATIONAL_ID']);
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);

describe("a Guatemalan CUI in the DPI's own grouping", () => {
  it('checks the digit, the department and its municipality', () => {
    expect(gtCui('3715 02861 0705')).not.toBeNull();
    expect(gtCui('3715 02862 0705')).toBeNull();
    // Department 23 does not exist; Izabal (18) has five municipalities.
    expect(gtCui('3715 02861 2305')).toBeNull();
    expect(gtCui('3715 02861 1806')).toBeNull();
  });

  it('reads a checked number written 4-5-4 as an answer to a question a line above', () => {
    const chat = `Asesor: ¿Me confirma el número de su documento, por favor?
Cliente: claro, 5820 94135 0705`;
    expect(ids(chat)).toEqual(['5820 94135 0705']);
    expect(ids('Cliente: claro, 5820 94136 0705')).toEqual([]);
  });
});

describe("a Colombian identity document's abbreviation as a column header", () => {
  it("reads each row's cédula under CC", () => {
    const table = `NOMBRE | CC | BARRIO | CELULAR
Ovidio Parra Lemus | 71.204.386 | Laureles | 312 604 8817
Nubia Cárdenas | 1.036.482.915 | Belén | 305 771 2094`;
    expect(ids(table)).toEqual(['71.204.386', '1.036.482.915']);
  });

  it("reads a motorbike list's engine sizes under cc as no id", () => {
    const bikes = `modelo | cc | precio
Trail 250 | 249 | 18.900.000
Touring | 1.200 | 64.500.000`;
    expect(ids(bikes)).toEqual([]);
  });
});

describe("a record's document type and number fields", () => {
  it('reads the number beside an identity document type', () => {
    const log = `INFO callback ok payload={"tipoDoc":"CE","numDoc":"6210384","valor":120000}`;
    expect(ids(log)).toEqual(['6210384']);
  });

  it("reads an accounting document's number as no id", () => {
    expect(ids('{"tipoDoc":"NC","numDoc":"4410293","valor":120000}')).toEqual([]);
  });
});

describe('numbers that systems give their own records', () => {
  it("reads a day's transaction number as no Swedish personnummer", () => {
    expect(ids('TXN 19811228-9874  type=BUY  paid=$40.00')).toEqual([]);
    expect(ids('kund: Elsa Berg, 19811228-9874')).toEqual(['19811228-9874']);
  });

  it("reads a catalogue's EAN-13 codes as barcodes, not registration numbers", () => {
    expect(gs1CheckValid('8410016233958')).toBe(true);
    const catalogue = `ref      ean             talla
CAM-01   8410016233958   M
CAM-02   8410016946667   L`;
    expect(ids(catalogue)).toEqual([]);
    // Without a barcode word the same digits still read as a registration number.
    expect(ids('외국인등록번호 841001-6233958')).toEqual(['841001-6233958']);
  });

  it("reads a lab device's message id as no company RFC unless an RFC word stands by it", () => {
    expect(ids('2026-11-02 04:05:33 LIS-GW HL7 ACK AA MSH-10=QWE021203AB4')).toEqual([]);
    expect(ids('RFC del cliente: QWE021203AB4')).toEqual(['QWE021203AB4']);
  });
});

describe('secrets by their form', () => {
  it('reads a Sentry organisation token by its prefix', () => {
    const env =
      '      - key: SENTRY_AUTH_TOKEN\n        value: sntrys_Tq8LmW2zXv5KpR9nYc3HdF7bJs1GaE6uRo4iNw0kPq8XtZ2mVy6BcL9hSd3';
    expect(secrets(env)).toEqual(['sntrys_Tq8LmW2zXv5KpR9nYc3HdF7bJs1GaE6uRo4iNw0kPq8XtZ2mVy6BcL9hSd3']);
  });

  it("reads a constant's name that closes a dict or a call as no password", () => {
    const code = `PWD_PORTAL = "Zr8!mQ2#vT"
r = http.post(url, data={"usuario": USER_PORTAL, "clave": PWD_PORTAL})`;
    expect(secrets(code)).toEqual(['Zr8!mQ2#vT']);
  });
});
