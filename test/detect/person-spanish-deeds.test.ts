import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: names in Spanish deeds and minutes', () => {
  it('takes a title after "a favor de", "a nombre de" as a person, not part of a place', () => {
    expect(people('y otorga poder general a favor de D. Marek Dvorak, con NIE X1234567L')).toEqual(['D. Marek Dvorak']);
    expect(people('factura a nombre de D. Lucía Ferrer Vidal')).toEqual(['D. Lucía Ferrer Vidal']);
  });

  it('still reads a title after a street or an institution as part of the place', () => {
    expect(people('Vive en la calle de D. Ramón Gil 4.')).toEqual([]);
    expect(people('The parcel went to 12 rue du Président Wilson, Lyon.')).toEqual([]);
  });

  it('takes a given name that is also a word after a preposition when it closes its clause', () => {
    expect(people('el pedido es para mañana, llamar al timbre de Consuelo, y dejarlo en la puerta')).toEqual([
      'Consuelo',
    ]);
    expect(people('la casa de Mercedes.')).toEqual([]);
  });

  it('reads two parties joined by "y" before a title as two people, and the verb before them as no name', () => {
    expect(people('Comparecen D. Tadeusz Wójcik y Dña. Olena Kovalenko')).toEqual([
      'D. Tadeusz Wójcik',
      'Dña. Olena Kovalenko',
    ]);
  });
});
