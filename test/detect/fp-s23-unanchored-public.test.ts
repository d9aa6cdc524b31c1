import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { unanchoredPublic } from '../../src/detect/public-text/unanchored.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const namesAndPlaces = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION']);

/**
 * Public documents with one sign of public text only (a list of entries, a script, one evidence family) and nothing
 * that ties anyone to a private life: their names are varieties, models, horses' connections and characters.
 */
const PUBLIC: Record<string, string> = {
  'a rose nursery list with item codes and prices': `Tidy these entries for the spring list, same order.

ITEM R-311 'Dorothy Perkins' rambler, pink clusters, raised in Newark, New York, 1901. Bare root. £14.90
ITEM R-318 'Albertine' — salmon buds, scented, very vigorous. Container 4 L. £18.50
ITEM R-327 'Madame Alfred Carrière' — white noisette from Orléans, good on a north wall. £19.00
ITEM R-333 'Gertrude Jekyll' — deep pink, strong old rose scent. £21.00
ITEM R-340 'Félicité Perpétue' — tight white rosettes, shade tolerant. £16.75`,
  'un listado de alubias con referencias y precios': `Reescribe estas fichas con frases cortas, sin cambiar los precios.

REF. A-102 Alubia de Tolosa — negra, mantecosa, del Goierri. Bolsa de 500 g: 6,40 €
REF. A-109 Judión de la Granja — blanco, muy grande, de Segovia. 7,90 €
REF. A-115 Caparrón de Anguiano — rojo jaspeado, de La Rioja. 8,20 €
REF. A-121 Fabes de Asturias — IGP, para fabada. 9,10 €`,
  'a sheepdog trial running order': `Write a 100-word preview of this running order for the show's programme.

Run  Dog            Handler             From
1    Moss           Gareth Pryddach     Llanidloes
2    Fly            Shona McKellar      Lairg
3    Cap            Ifor Bevan          Tregaron
4    Nell           Aled Rhoslan        Bala

Course: outrun 400 yards, fetch, drive, shed and pen. Judge's time 13 minutes.`,
  'a vintage tractor register': `Make a table of this register for the rally leaflet (columns: no, make and model, year, first farm).

- 12 — Fordson Major E1A — 1954 — first sold in Ludlow, restored 2019
- 17 — Ferguson TE20 — 1950 — first sold in Builth Wells, working order
- 23 — Nuffield Universal M4 — 1952 — first sold in Hexham, awaiting paint
- 31 — David Brown Cropmaster — 1948 — first sold in Huddersfield, on display`,
  'un guion de teatro escolar': `Adapta esta escena para alumnos de primaria, más corta.

(Suena una campana. Entra la narradora.)
NARRADORA: En el pueblo de Valdecastro vivía un molinero muy avaro.
TEODORO: ¡Nadie tocará mi harina sin pagar!
CLAUDINA: Padre, el río se ha llevado la rueda del molino.
TEODORO: Pues que venga don Anselmo a arreglarla, y que no cobre.
(Oscuridad. Música de flauta.)`,
};

/** Look-alikes: the same shapes with a private cue, which keep their names. */
const PRIVATE: Record<string, [string, string]> = {
  "a committee's minutes with costs": [
    `Write up these minutes.

Present: Hattie Gorringe, Wilf Baines, Pauline Stroud
1 Marquee hire for the fete: £420
2 Bouncy castle: £95, Wilf to book
3 Raffle prizes: £60 donated by the bakery`,
    'Hattie Gorringe',
  ],
  'a chat selling things between neighbours': [
    `summarise this for me

[18:02] Corinne Vasse: cot still available? £40
[18:05] Dmitri Lallemand: yes, and the pram £65
[18:06] Corinne Vasse: great, and the high chair £15?
[18:09] Dmitri Lallemand: sold already sorry`,
    'Corinne Vasse',
  ],
  'a staff list with leave': [
    `Put this into a table for the rota.

1 Marisol Quenby — on leave until 9 March
2 Eamon Threlfall — nights, £12.60/h
3 Idris Fane — days, £12.60/h
4 Tobias Wrenfield — days, £13.10/h`,
    'Marisol Quenby',
  ],
  'an order with a delivery address': [
    `Check this order confirmation.

Ordered by: Philippa Marchbank
14 Sedgemoor Road
Taunton TA2 8QP
ITEM R-311 rambler rose £14.90
ITEM R-318 climbing rose £18.50
ITEM R-340 shrub rose £16.75`,
    'Philippa Marchbank',
  ],
  'a role-play with a health finding': [
    `Improve this role-play for the counselling course.

(The room is quiet.)
COUNSELLOR: What brings you here today, Bronwen?
BRONWEN: Since the miscarriage I can't sleep, and the depression is back.
COUNSELLOR: That sounds exhausting.`,
    'Bronwen',
  ],
};

describe('a public document that ties nobody to a private life needs one sign of public text', () => {
  for (const [genre, text] of Object.entries(PUBLIC)) {
    it(`flags no name or place in ${genre}`, () => {
      expect(namesAndPlaces(text)).toEqual([]);
    });
  }
});

describe('the same shapes with a private cue keep their names', () => {
  for (const [genre, [text, value]] of Object.entries(PRIVATE)) {
    it(`keeps "${value}" in ${genre}`, () => {
      expect(engine.detect(text).some((f) => f.label === 'PERSON' && text.slice(f.start, f.end).includes(value))).toBe(
        true,
      );
    });
  }
});

describe('the reading itself', () => {
  it('needs a document: one line with one sign of public text is too little', () => {
    expect(unanchoredPublic('The princess opened the bridge at Kelso on Monday.', [])).toBe(false);
  });
  it('needs a sign of public text: four plain lines about people are not public', () => {
    expect(unanchoredPublic('Notes\nKit Ormsby came round.\nWe talked about Ilkley.\nHe left at six.', [])).toBe(false);
  });
  it('reads a list of three entries with prices as public', () => {
    expect(unanchoredPublic('List\nTeapot Rosa — £12\nJug Marta — £9\nCup Ines — £4', [])).toBe(true);
  });
  it('keeps a list whose text names where someone lives', () => {
    expect(unanchoredPublic('List\nTeapot — £12\nJug — £9\nCup — £4\nFor Kit Ormsby, who lives in Ilkley.', [])).toBe(
      false,
    );
  });
});

describe("an organisation's desk line", () => {
  const phones = (text: string) => spansOf(engine, text, ['PHONE', 'EMAIL']);
  it("drops a shop's order line and mailbox", () => {
    expect(phones('Catalogue 2027\nOrders: 01632 960 418 or orders@lowfieldplants.example')).toEqual([]);
  });
  it("drops a parish office's telephone after its hours", () => {
    expect(phones('Despacho parroquial: lunes y miércoles, 17:00–19:00, teléfono 987 65 43 21')).toEqual([]);
  });
  it('drops the box office number in a clause after a named referee', () => {
    expect(phones('Árbitro: Joseba Urkiola. Entradas: taquilla o en el 943 12 34 56.')).toEqual([]);
  });
  it("keeps a number given in a named person's clause", () => {
    expect(phones('Orders: Daniel Hargreaves on 07700 900 461')).toEqual(['07700 900 461']);
    expect(phones('Pedidos: Marina Escobedo, tel. 612489307')).toEqual(['612489307']);
  });
});
