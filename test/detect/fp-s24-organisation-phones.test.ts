import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const phones = (text: string) => spansOf(engine, text, ['PHONE']);
const namesPlacesPhones = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION', 'PHONE']);

/** Documents that tie nobody to a private life: their phone number is a hostel's, a stand's, a service's. */
const ORGANISATIONS: Record<string, string> = {
  "a walking club's forecast with a hostel's desk": `Turn this into a short go/no-go note for Saturday's leaders.

Weather forecast for the weekend, issued Friday 17:00.
Sat: NW 35-45 mph on the tops, gusts 60; freezing level 700 m.
Sun: N 15-20 mph, showers dying out; cloud base 900 m.
Route: car park, then the north ridge to the cairn, back by the burn.
Torridon hostel info desk: 01445 791 284.`,
  'un stand de feria con su teléfono': `Escríbeme un anuncio de 60 palabras para la feria náutica con esta ficha técnica.

Lancha Rodman 1090 — unidad de exposición
Eslora 10,9 m; manga 3,6 m; dos motores de 300 CV
Depósito de 700 L; 8 plazas homologadas
Astillero Ribeira Sur, stand 22, pabellón 5. Teléfono del stand: 986 31 44 07.
Precio de feria: 214.000 € + IVA.`,
  'a novel synopsis with a made-up number': `Six talking points for the reading group at the library, please; nothing beyond chapter 15.

"The Lantern Weir" — synopsis
Inspector Hesketh Moorcroft investigates the drowning of Lionel Carraway, a retired organ builder.
In Carraway's diary one number is written on every page, 020 7946 0318, and Moorcroft's constable
traces it to a kiosk that was torn down decades ago. Chapter 9 is told from the widow's side.
Themes: grief, water, church music. ISBN 978-1-3999-0412-7, 312 pp.`,
  'un folleto con un servicio de 24 horas': `Convierte estas notas en un cartel para la salida de la asociación.

Salida de otoño por el hayedo
Punto de encuentro: aparcamiento de la ermita, sábado a las 9:00.
Recorrido circular de 11 km, dificultad media, 450 m de desnivel.
Llevad agua, chubasquero y calzado de montaña.
Ante cualquier síntoma de intoxicación: Servicio de Toxicología 91 377 52 18 (24 h) o 112.`,
};

/** The same shapes with a private cue: the number stays. */
const SOMEONES: Record<string, [string, string]> = {
  "the leader's own mobile": [
    `Turn this into a short go/no-go note for Saturday's leaders.

Weather forecast for the weekend, issued Friday 17:00.
Sat: NW 35-45 mph on the tops, gusts 60; freezing level 700 m.
Route: car park, then the north ridge to the cairn, back by the burn.
If you are running late, my mobile is 07700 900 284.`,
    '07700 900 284',
  ],
  "a name on the number's line": [
    `Turn this into a short go/no-go note for Saturday's leaders.

Weather forecast for the weekend, issued Friday 17:00.
Sat: NW 35-45 mph on the tops, gusts 60; freezing level 700 m.
Route: car park, then the north ridge to the cairn, back by the burn.
Trip leader Fergus Abernethy, 07700 900 517.`,
    '07700 900 517',
  ],
  'a letter': [
    `Dear Mrs Pengelly,

Your boiler service is booked for Thursday morning.
The engineer will arrive between 8:00 and 12:00.
Please keep the area around the boiler clear.
If you need to change the slot, ring 0117 496 0732.`,
    '0117 496 0732',
  ],
  'un número en un mensaje corto': ['Llámame al 612 448 903 cuando salgas.', '612 448 903'],
  'un documento con un dato personal': [
    `Prepara el parte para la aseguradora con estos datos.

Asegurado: Leoncio Barreiro Sáez
DNI 33445566Q
Teléfono: 986 22 41 70.
Siniestro del martes en la rotonda del puerto.`,
    '986 22 41 70',
  ],
};

describe("a phone number in a document about nobody private is an organisation's", () => {
  for (const [genre, text] of Object.entries(ORGANISATIONS)) {
    it(`flags no phone in ${genre}`, () => {
      expect(phones(text)).toEqual([]);
    });
  }
  it('then reads the rest as public: the synopsis loses its characters too', () => {
    expect(namesPlacesPhones(ORGANISATIONS['a novel synopsis with a made-up number']!)).toEqual([]);
  });
});

describe('a number someone owns stays', () => {
  for (const [genre, [text, value]] of Object.entries(SOMEONES)) {
    it(`keeps ${value} in ${genre}`, () => {
      expect(phones(text).some((p) => p.includes(value.slice(-3)))).toBe(true);
    });
  }
});
