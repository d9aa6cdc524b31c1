import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

/** One line's address found piece by piece is one span (place-address-join.ts). */
describe('address pieces on one line', () => {
  it('joins a street, a district and a town separated by commas', () => {
    const text = 'Arrendatario: Sr. Eusebio Villamizar, domicilio Carrera 31 # 52-14, barrio San Alonso, Manizales.';
    expect(places(text)).toEqual(['Carrera 31 # 52-14, barrio San Alonso, Manizales']);
  });

  it('joins over a short part nothing was found in (a hamlet, a flat)', () => {
    const text =
      'Please send the keys to Ms Ysolde Quartermain, Hollybush Cottage, Nether Wallop, Stockbridge SO20 8EY, by Friday.';
    const found = places(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Stockbridge SO20 8EY');
  });

  it('keeps apart two places a sentence or another finding separates', () => {
    const text =
      'Ms Ysolde Quartermain lives at 14 Orchard Row, Stockbridge SO20 8EY. Her brother Ewan moved to 3 Quay Street, Oban PA34 5ZZ.';
    expect(places(text).length).toBeGreaterThanOrEqual(2);
  });
});
