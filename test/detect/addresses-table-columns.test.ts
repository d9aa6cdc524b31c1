import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { placeHeader } from '../../src/detect/table/place-columns.js';
import { spansOf } from '../support/spans.js';

// City, postal code and street columns of pasted address records. Every example is invented.
const detector = new NlpDetector({ compromiseBudget: 0 });
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('addresses: place columns of tables', () => {
  it('reads the city and zip values of an SQL INSERT by their columns', () => {
    const sql =
      "INSERT INTO clients (id, name, street, city, zip, state) VALUES\n  (1, 'Ana', '12 Maple Ave', 'Bend', '97701', 'OR');";
    const found = places(sql);
    expect(found).toContain('Bend');
    expect(found).toContain('97701');
    expect(found).not.toContain('OR');
  });

  it('reads a semicolon export with Spanish headers', () => {
    const csv = 'id;nombre;ciudad;código postal\n1;Ana Ruiz;Albacete;02001\n2;Luis Gil;Teruel;44001';
    expect(places(csv)).toEqual(expect.arrayContaining(['Albacete', '02001', 'Teruel', '44001']));
  });

  it('knows which headers name a place', () => {
    expect(['city', 'billing_city', 'postal_code', 'CP', 'Código Postal', 'home_address'].map(placeHeader)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['email_address', 'ip_address', 'capacity', 'state', 'sku'].map(placeHeader)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('leaves placeholders and tables without place columns alone', () => {
    expect(places("INSERT INTO t (id, city) VALUES (1, NULL), (2, '${CITY}');")).toEqual([]);
    expect(places('sku,email_address,ip_address,qty\nA1,x@y.com,10.0.0.1,3')).toEqual([]);
  });
});
