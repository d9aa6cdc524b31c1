import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

describe('the letters at the tail of a code open no street', () => {
  it("reads a pick list's pallet codes, quantities and weights as no address", () => {
    const text = `Why does the pick list total not match?

pallet     qty   weight_g
PAL09TR    1182  41500
PAL10KM    240   18250
BOX7QN     96    12040`;
    expect(places(text)).toEqual([]);
  });

  it('still reads a name, a house number and a postal code as a street', () => {
    expect(places('Entrega en Xubias de Arriba, 84 15006 A Coruña')).toContain('Xubias de Arriba, 84');
  });
});
