import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('given names and towns that name products, hotels and cars', () => {
  it('reads a name opening a catalogue cell before a product noun as a product', () => {
    const rows = '| SKU | Item |\n|---|---|\n| HX-11 | Rosalind floor lamp |\n| HX-12 | Tobias side table |';
    expect(found(rows, 'PERSON')).toEqual([]);
  });

  it('reads a Spanish product noun with a complement before a name as a product', () => {
    expect(found('Referencia PX-7: mesa de centro Olivia, roble, 320 €', 'PERSON')).toEqual([]);
  });

  it('reads the words after "Hotel" as the hotel', () => {
    expect(found('We stay at the Hotel Florian Marquez for two nights.', 'PERSON')).toEqual([]);
  });

  it('reads a car maker and its model as a car', () => {
    expect(found('Insured vehicle: 2021 Nissan Qashqai, grey.', 'PERSON')).toEqual([]);
  });

  it('keeps the same names as people in prose', () => {
    expect(found('Tobias joined the team in May and sits with Rosalind.', 'PERSON')).toEqual(['Tobias', 'Rosalind']);
  });
});
