import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: product lines and brands named after people and towns', () => {
  it('reads a quoted name after an article as a product', () => {
    const copy = 'Launch post for the "Madison" floor lamp and the "Phoenix" armchair, both in oak.';
    expect(people(copy)).toEqual([]);
    expect(places(copy)).toEqual([]);
    expect(people('Escribe un anuncio para la "Valentina", nuestra nueva cafetera.')).toEqual([]);
  });

  it('reads "the X" with a product noun a word or two later as a product', () => {
    expect(people('The Olivia linen sofa is back in stock.')).toEqual([]);
    expect(places('Compare the Denver standing desk with the Boston oak desk.')).toEqual([]);
  });

  it('reads a name as a product by a price after its product noun, an apposition or a noun before it', () => {
    expect(people('Just in: Harper velvet armchair, $420, and Dallas floor lamp, $95.')).toEqual([]);
    expect(places('Just in: Harper velvet armchair, $420, and Dallas floor lamp, $95.')).toEqual([]);
    expect(people('Say hello to Ruby, our new oak bookshelf.')).toEqual([]);
    expect(people('Presentamos la colección Martina y el sillón Lucía.')).toEqual([]);
    expect(places('Notes for the Denver release: faster search.')).toEqual([]);
  });

  it('keeps a person described beside the name or asked about a product', () => {
    expect(people('Ask Anna, our new product manager, about the lamp.')).toEqual(['Anna']);
    expect(people('Meet Aria, a friend of mine.')).toEqual(['Aria']);
  });

  it('reads listed brands of several words as brands, not people or places', () => {
    const note = 'Para la fiesta pedimos Estrella Damm y un Ramón Bilbao crianza.';
    expect(people(note)).toEqual([]);
    expect(places(note)).toEqual([]);
    expect(people('She bought a Ralph Lauren shirt and a Michael Kors bag.')).toEqual([]);
  });

  it('still finds the people and places themselves', () => {
    expect(people('Please ask Madison to send the lamp to the Denver office.')).toEqual(['Madison']);
    expect(places('Please ship the lamp to Denver by Friday.')).toEqual(['Denver']);
    expect(people('Estrella García firmó el contrato.')).toEqual(['Estrella García']);
  });
});
