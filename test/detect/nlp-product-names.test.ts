import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: assistants, AI models and products named like people', () => {
  it('leaves voice assistants and AI models alone', () => {
    expect(people('Can Siri read my calendar, or should I ask Alexa instead?')).toEqual([]);
    expect(people('I asked Gemini and Claude the same question and got two answers.')).toEqual([]);
    expect(people('Is Copilot better than Cortana for writing macros?')).toEqual([]);
  });

  it('still takes a product name as a person with a family name, a title or a name field', () => {
    // (Claude Monet himself is a public figure: rules/names/well-known-people.txt.)
    expect(people('The exhibition shows works by Claude Dubois and his circle.')).toEqual(['Claude Dubois']);
    expect(people('Please forward the invoice to Ms. Alexa.')).toEqual(['Ms. Alexa']);
    expect(people('Name: Claude\nRoom: 4')).toEqual(['Claude']);
  });

  it('reads a name before a product noun or a model number as the product', () => {
    expect(people('My Cassandra cluster lost a node last night.')).toEqual([]);
    expect(people('Which is lighter, the Jordan 5 or the Nike Pegasus?')).toEqual([]);
    expect(places('Which is lighter, the Jordan 5 or the Nike Pegasus?')).toEqual([]);
    expect(places('Port the service from Java code to Go.')).toEqual([]);
  });

  it('reads a name after a product phrase as the product', () => {
    expect(people('Enable the voice assistant Sabrina in the car settings.')).toEqual([]);
    expect(people('Configura el asistente de voz Aurora en el móvil.')).toEqual([]);
  });

  it('reads car makes and models as cars', () => {
    expect(people('Should the fleet take a Kia Niro or a Porsche Cayenne?')).toEqual([]);
  });

  it('keeps people before the same nouns when the name is a full name', () => {
    expect(people('The Ingrid Solberg version of the song is slower.')).toEqual(['Ingrid Solberg']);
    expect(people('They had four children: Daisy, Peter, Sarah and Robin.')).toEqual([
      'Daisy',
      'Peter',
      'Sarah',
      'Robin',
    ]);
  });

  it('keeps a place named with a preposition before a number', () => {
    expect(places('Vive en Barcelona 5 años con su madre.')).toEqual(['Barcelona']);
  });
});

describe('NlpDetector: everyday English words are not names', () => {
  it('does not take an everyday noun after a given name as a family name', () => {
    expect(people('Buy the Rosa Blanket set for the guest room.')).toEqual([]);
  });
});
