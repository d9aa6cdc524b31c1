import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const persons = (text: string) => spansOf(engine, text, ['PERSON']);

/** Features of the land and water before a capitalised word: places, in English, Gaelic and Spanish. */
const PLACES: Record<string, string> = {
  "a summit forecast's bens": `Summit forecast (issued Friday): Ben Alder 1148 m, Cairn Toul 1291 m.
Sat: W 40 mph.`,
  'a day plan up a ben': 'Day 2: Ben Alder from the bothy.',
  'a trip through a glen': 'Trip: Loch Arkaig, then Glen Dessary.',
  'una sierra y un pinar': `Jornadas de otoño — Sierra de Gredos
1. Níscalo. Pinar de Navafría, rutas 1 y 3.`,
  'un pico y un lago': 'Ruta: Pico Almanzor desde la Plataforma, vuelta por el Lago Enol.',
};

/** Look-alikes: a person with a listed given name and surname, or a feature word used without its particle. */
const PEOPLE: Record<string, [string, string]> = {
  'a man called Ben in a hill text': [
    'Write a thank-you note: Ben Lomas led the ridge walk on Saturday and carried the spare rope to the summit.',
    'Ben Lomas',
  ],
  'a man called Glen': ['Remind Glen Hartley that the invoice for the boiler is due on Friday.', 'Glen Hartley'],
  'a woman called Sierra': ['Sierra Whitcombe called about her refund.', 'Sierra Whitcombe'],
  'un hombre llamado Monte': ['Monte Alcaraz reservó la sala para el martes.', 'Monte Alcaraz'],
};

describe('a feature of the land before a capitalised word names a place', () => {
  for (const [genre, text] of Object.entries(PLACES)) {
    it(`flags no person in ${genre}`, () => {
      expect(persons(text)).toEqual([]);
    });
  }
});

describe('the same words as given names still name people', () => {
  for (const [genre, [text, value]] of Object.entries(PEOPLE)) {
    it(`keeps ${value} in ${genre}`, () => {
      expect(persons(text).some((p) => p.includes(value))).toBe(true);
    });
  }
});
