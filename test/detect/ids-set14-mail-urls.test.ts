import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();
const found = (text: string, label: string) => spansOf(detector, text, [label]);

describe('addresses nobody reads as their own', () => {
  it("leaves a marketplace's generated relay address and keeps the buyer's own", () => {
    const text =
      'Buyer wrote via the relay 4hq8zt2wm7pa@marketplace.amazon.co.uk and then from his own tomas.rieger@gmx.de';
    expect(found(text, 'EMAIL')).toEqual(['tomas.rieger@gmx.de']);
    // A relay address with a name and no generated part is kept.
    expect(found('reply to danielkraus@members.ebay.com', 'EMAIL')).toEqual(['danielkraus@members.ebay.com']);
  });

  it('leaves a policy desk and the Doe stand-in at a documentation domain', () => {
    expect(found('Send questions on the travel rules to travel-policies@example.net please.', 'EMAIL')).toEqual([]);
    expect(found('"contact": {"name": "John Doe", "email": "john.doe@example.com"}', 'EMAIL')).toEqual([]);
  });

  it('keeps a realistic person at a documentation domain in a pasted row', () => {
    expect(found('Name,Email\nLena Fischer,lena.fischer@example.com', 'EMAIL')).toEqual(['lena.fischer@example.com']);
  });

  it("leaves a fictional 555-01xx phone in an API's reference and keeps it in a call note", () => {
    const doc =
      '## API reference\n\n### POST /v2/contacts\nBody:\n```json\n{"name": "Ann Lee", "phone": "+1-312-555-0142"}\n```';
    expect(found(doc, 'PHONE')).toEqual([]);
    expect(found('Call the client back on (312) 555-0142 before noon.', 'PHONE')).toEqual(['(312) 555-0142']);
  });
});

describe('URLs with placeholders', () => {
  it("leaves an endpoint template and keeps a URL with someone's value", () => {
    expect(found('Endpoint: https://geo.mapas-api.io/v1/zip/{zip}?key=TU_CLAVE_API', 'URL')).toEqual([]);
    expect(found('GET https://crm.acme.io/find?email=<email>&token=${TOKEN}', 'URL')).toEqual([]);
    expect(found('Endpoint: https://geo.mapas-api.io/v1/lookup?user=aruiz88&key=TU_CLAVE_API', 'URL')).toEqual([
      'https://geo.mapas-api.io/v1/lookup?user=aruiz88&key=TU_CLAVE_API',
    ]);
    expect(found('see https://crm.acme.io/find?name=Susana&key=YOUR_KEY', 'URL')).toEqual([
      'https://crm.acme.io/find?name=Susana&key=YOUR_KEY',
    ]);
  });
});
