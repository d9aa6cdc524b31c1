import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const engine = createDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('location: streets whose street word comes first after the house number', () => {
  it('takes Welsh, Irish, Scottish Gaelic and Breton streets', () => {
    expect(places('Post it to 9 Heol y Bont, Pontypridd.')).toEqual(['9 Heol y Bont, Pontypridd']);
    expect(places('She rents 31 Ffordd Glan Môr since June.')).toEqual(['31 Ffordd Glan Môr']);
    expect(places('Our house is 5 Bóthar na Mara.')).toEqual(['5 Bóthar na Mara']);
    expect(places('Send the keys to 18 Straed ar Chapel.')).toEqual(['18 Straed ar Chapel']);
  });

  it('leaves a count before an ordinary capitalised word alone', () => {
    expect(places('We need 3 Heol tickets.')).toEqual([]);
    expect(places('Chapter 12 covers the Avenue project.')).toEqual([]);
  });
});

describe('location: Spanish floors and doors inside an address', () => {
  it('keeps the floor, the door and the postcode after them in the address', () => {
    const text = 'Entrega: Calle Pintor Sorolla 8, 4ºB, 46002 (llamar al timbre)';
    expect(spansOf(engine, text, ['LOCATION'])).toEqual(['Calle Pintor Sorolla 8, 4ºB, 46002']);
    expect(spansOf(engine, 'Avda. del Mar 40, 1ª, 03001 Alicante', ['LOCATION'])).toEqual([
      'Avda. del Mar 40, 1ª, 03001 Alicante',
    ]);
    expect(spansOf(engine, 'vivo en calle Olmo 3, 2º, 37001 Salamanca', ['LOCATION'])).toContain(
      'calle Olmo 3, 2º, 37001 Salamanca',
    );
  });

  it('ends the address before a Spanish phone label', () => {
    expect(places('C/ Mayor 12, 3º-2ª 50001, Zaragoza Tlf. 976 000 000')).toEqual([
      'C/ Mayor 12, 3º-2ª 50001, Zaragoza',
    ]);
    expect(places('Calle Feria 18, 2º, 41003 Sevilla Tfno 954 000 000')).toEqual(['Calle Feria 18, 2º, 41003 Sevilla']);
  });

  it('takes a postcode said after "es el"', () => {
    expect(places('mi código postal es el 29012')).toEqual(['29012']);
    expect(places('the zip code is the 60614 one')).toEqual(['60614']);
    expect(places('el cp es 18005 por si acaso')).toEqual(['18005']);
  });
});
