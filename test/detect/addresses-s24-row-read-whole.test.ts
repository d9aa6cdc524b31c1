import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

/** Inventories whose address finder reads a row whole: the reference, the value and the entry number are no address. */
const INVENTORIES: Record<string, string> = {
  'un inventario de bienes municipales': `Ordena por valor este inventario de bienes.

Código    Inmueble              Ubicación                 Referencia catastral    Importe (€)
INM-0104  Lavadero municipal    Calle del Pozo 3          5521804VK3852S0001XR      84.200
INM-0117  Escuela vieja         Plaza Mayor 7             5521907VK3852S0001MA     312.900
INM-0125  Frontón               Camino del Río s/n        000700300VK38E0001QW     150.000`,
  "a council's asset register": `Make this inventory of council assets a sorted table by value.

Ref       Asset                 Address                   Parcel id               Value (£)
AS-0031   Old library           14 Market Street          3385617AB1234C0001XK      410,500
AS-0042   Bowling pavilion      2 Park Lane               4471911AB1234C0001PL       96,250
AS-0057   Depot                 Unit 3, Mill Road         4471925AB1234C0001QT      212,000`,
};

describe('a place read across a row keeps only the cells of its own columns', () => {
  for (const [genre, text] of Object.entries(INVENTORIES)) {
    it(`flags no reference, amount or entry number in ${genre}`, () => {
      for (const p of places(text)) expect(p).not.toMatch(/^(?:[\d.,]+|[\dA-Z]{8,}|0\d+)$/);
    });
  }
  it("keeps an address's own postcode and house number cells", () => {
    const text = `Fill in the return from these lines.

Address                  City        State   ZIP
3318 ELMWOOD AVE         TOLEDO      OH      43606
77 HARBOR RD             MOBILE      AL      36602`;
    const found = places(text);
    expect(found.some((p) => p.includes('ELMWOOD'))).toBe(true);
  });
});
