import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const phones = (text: string) => spansOf(engine, text, ['PHONE']);

/** Catalogues and price lists: the supplier's, the maker's or the trade counter's number is an organisation's. */
const CATALOGUES: Record<string, string> = {
  'una tarifa de ferretería': `Pasa esta tarifa a una tabla con IVA incluido.

Tornillo rosca chapa 4,2x19 (caja 200) — 6,80 €
Taco nylon 8 mm (caja 100) — 3,95 €
Broca HSS 6 mm — 2,10 €
Distribuidor: Suministros Turia SL, tel. 961 52 07 44 (atención a profesionales).`,
  "a garden centre's seed price list": `Format this price list for the spring leaflet.

Tomato 'Moneymaker' seeds, 50 — £2.49
Sweet pea mix, 30 — £2.99
Compost 50 L — £7.50
Supplier: Fenland Seeds Ltd, tel. 01354 610 288`,
  'un catálogo de repuestos de bicicleta': `Ordena este catálogo por marca.

Cadena KMC X11 — 29,90 €
Cubierta 700x28 — 24,50 €
Pastillas de freno de disco resina — 11,00 €
Importador: Ciclos Norte Importaciones S.L., teléfono 944 12 83 60 — pedidos`,
  "a wholesaler's trade list": `Tidy this trade list into two columns.

Oak flooring 18 mm, per m² — £38.00
Underlay 5 mm, roll — £21.00
Trade counter: Brindle Timber Wholesale, 0113 496 2207 (trade orders)`,
};

describe('catalogue and price-list phones (text-genre.ts organisation contacts)', () => {
  for (const [name, text] of Object.entries(CATALOGUES))
    it(`reports no phone in ${name}`, () => {
      expect(phones(text)).toEqual([]);
    });

  it("keeps a supplier's employee's mobile", () => {
    const text = `Price list attached.
Widget A — £4.00
Widget B — £5.50
Supplier: Fenland Seeds Ltd; my contact there is Gareth Penhale, mobile 07700 913 482.`;
    expect(phones(text)).toEqual(['07700 913 482']);
  });
});
