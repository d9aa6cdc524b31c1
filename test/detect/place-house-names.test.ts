import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: a house known by its name is an address', () => {
  it('takes an English house name ending in Cottage or Farmhouse, and "The Old Rectory"', () => {
    expect(places('Instructions: my attorneys must not let Ivy Cottage while I live there.')).toEqual(['Ivy Cottage']);
    expect(places('Send the forms to Glebe Farmhouse by Friday.')).toEqual(['Glebe Farmhouse']);
    expect(places('We moved into The Old Rectory last spring with the kids.')).toEqual(['The Old Rectory']);
    expect(places('Sell Hawthorn Cottage only after Mum has moved into care.')).toEqual(['Hawthorn Cottage']);
  });

  it('takes a Spanish rural home named by cortijo, caserío or masía', () => {
    expect(places('Vivimos en el Cortijo Los Almendros desde 2019.')).toEqual(['Cortijo Los Almendros']);
    expect(places('Su padre le dejó el Caserío Iturbe en herencia.')).toEqual(['Caserío Iturbe']);
    expect(places('La escritura de la Masía Can Prat sigue a nombre de mi tío.')).toEqual(['Masía Can Prat']);
  });

  it('leaves dishes, businesses and the plain words alone', () => {
    expect(places('Cottage Pie for dinner, then coffee at the Ivy Cottage Bakery.')).toEqual([]);
    expect(places('We rented a cottage near the farmhouse for a week.')).toEqual([]);
    expect(places('El cortijo andaluz típico tiene un patio central.')).toEqual([]);
  });
});
