import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// European and Latin-American street shapes inside sentences and JSON values. Every example is invented.
const detector = new NlpDetector({ compromiseBudget: 0 });
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);
const touches = (text: string, value: string) => places(text).some((p) => p.includes(value));

describe('addresses: a street-word compound and a house number stand anywhere', () => {
  it('finds German and Swedish streets inside a sentence', () => {
    expect(
      touches('The invoice goes to Brunnenweidestraße 17, 80331 München by Monday.', 'Brunnenweidestraße 17'),
    ).toBe(true);
    expect(touches('Please forward the keys; the flat is Kirschbaum Allee 45, 2nd floor.', 'Kirschbaum Allee 45')).toBe(
      true,
    );
    expect(touches('Invoice: Maximilianstraße 10, 80539 München, tax id 12', 'Maximilianstraße 10')).toBe(true);
    expect(touches('Label says Sveavägen 31 lgh 1004, 113 50 Stockholm', 'Sveavägen 31')).toBe(true);
  });

  it('finds a street as the value of an address-line key', () => {
    expect(places('{"address": {"line1": "Ahornstraße 19", "country": "DE"}}')).toContain('Ahornstraße 19');
  });

  it('leaves a year after a square and a street in a note value to the other rules', () => {
    expect(places('The protests on the Friedensplatz 1989 changed the town.')).toEqual([]);
    expect(places('{ "note": "Birkengasse 12" }')).toEqual([]);
  });
});

describe('addresses: French and Latin-American lines', () => {
  it('finds a house number, a French street type and its name after any label', () => {
    expect(touches('Home: 8 rue des Lilas, 69002 Lyon', '8 rue des Lilas')).toBe(true);
    expect(places('We finished 2 place in the race.')).toEqual([]);
  });

  it('keeps flat words and the postcode line of a Mexican or Argentine address', () => {
    const mx = 'Domicilio fiscal: Av. Insurgentes Sur 300, int. 4, Col. Del Valle, 03100 Benito Juárez, CDMX';
    expect(touches(mx, '03100 Benito Juárez, CDMX')).toBe(true);
    const ar = 'con domicilio en\nAv. Corrientes 1200, piso 2 "A", C1043 CABA.';
    expect(touches(ar, 'C1043 CABA')).toBe(true);
  });
});
