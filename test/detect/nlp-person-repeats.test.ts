import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: a part of a full name said again', () => {
  it('takes a bare family name after the full name as the same person', () => {
    expect(people('Ottilie Vantongeren chairs the board. Last year Vantongeren doubled the budget.')).toEqual([
      'Ottilie Vantongeren',
      'Vantongeren',
    ]);
    expect(people("Dr. Petra Hollweck signed it; ask Hollweck's office for a copy.")).toEqual([
      'Dr. Petra Hollweck',
      'Hollweck',
    ]);
  });

  it('takes the other parts of the same name along', () => {
    expect(people('Remite: Dra. Inés Garrido de la Fuente. Gracias a Garrido de la Fuente por el informe.')).toEqual([
      'Dra. Inés Garrido de la Fuente',
      'Garrido de la Fuente',
    ]);
  });

  it('leaves the same word inside an institution, an address or an identifier alone', () => {
    expect(people('Paula Herrera works here. The Herrera Foundation pays for it.')).toEqual(['Paula Herrera']);
    expect(people('Paula Herrera works here. Write to herrera@example.com or Herrera_2 in the repo.')).toEqual([
      'Paula Herrera',
    ]);
    expect(people('Consulta: Marta Colón Ibáñez. Clínica en Colón, 28.')).toEqual(['Marta Colón Ibáñez']);
  });

  it('leaves a part that is an ordinary word alone when it opens a sentence', () => {
    expect(people('Send it to Mark Delaney today. Mark the ticket as done.')).toEqual(['Mark Delaney']);
  });
});

describe('NlpDetector: names across wrapped lines and in lists', () => {
  it('does not read a line wrapped after a lower-case word as a new sentence', () => {
    expect(people('Sarah Lindqvist will send the contract to\nMark Delaney by Thursday.')).toEqual([
      'Sarah Lindqvist',
      'Mark Delaney',
    ]);
  });

  it('takes a family name that is also a word beside people in a list', () => {
    expect(people('I liked the chapter by Hunt and Thomas on testing.')).toEqual(['Hunt', 'Thomas']);
  });
});
