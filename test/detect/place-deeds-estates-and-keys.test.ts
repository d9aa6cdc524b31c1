import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: a firm’s premises on an estate, a deed’s place of signing', () => {
  it('drops an address on a business park, an industrial estate or a technology park', () => {
    expect(places('Kind regards\nUnit 7, Meadowbank Business Park, Derby DE21 4SA')).toEqual([]);
    expect(places('Nave 12, Polígono Industrial Las Lomas, 41500 Alcalá de Guadaíra')).toEqual([]);
    expect(places('Building 3, Aston Science Park, Birmingham B7 4BJ')).toEqual([]);
    expect(places('Home: 12 Elm Road, Derby DE21 4SA')).not.toEqual([]);
  });

  it('drops the place a deed or a letter is signed in, opening its line', () => {
    expect(places('En Zaragoza, a 4 de junio de 2027.\nReunidos de una parte ...')).toEqual([]);
    expect(places('En Vigo, comparece D. Tomás Pereira, mayor de edad.')).not.toContain('Vigo');
    expect(places('En Lugo, 12 de marzo de 2027')).toEqual([]);
    expect(places('En Lugo hay mucha niebla y allí vive mi abuela.')).toEqual(['Lugo']);
  });
});

describe('NlpDetector: places in history, banks and JSON values that are things', () => {
  it('drops a place in a sentence about an event dated by "the" and an old year', () => {
    expect(places('- the 1666 fire destroyed most of the houses in Cheapside.')).toEqual([]);
    expect(places('Discuss the 1848 revolutions that began in Palermo.')).toEqual([]);
    expect(places('the 2019 move to Palermo was hard for us.')).toEqual(['Palermo']);
  });

  it('drops a bank named on a current account', () => {
    expect(places('Cargo en c/c Sabadell por 1.200,00 EUR')).toEqual([]);
    expect(places('Abono en la cta. Santander del mes')).toEqual([]);
  });

  it('drops a place inside a JSON value whose key names a thing, or a document’s issuing country', () => {
    expect(places('{ "hotel": "Casa Lis, Salamanca", "nights": 2 }')).toEqual([]);
    expect(places('{ "bank": "Santander", "amount": 120 }')).toEqual([]);
    expect(places('{ "document": { "type": "passport", "country": "Canada" } }')).toEqual([]);
    expect(places('{ "customer": { "country": "Canada", "city": "Halifax" } }')).toEqual(['Canada', 'Halifax']);
  });

  it('drops a later mention of a country an IP address was tagged with', () => {
    expect(places('Login from 203.0.113.9 (Portugal). The customer has never been to Portugal.')).toEqual([]);
    expect(places('Sesión desde 198.51.100.4 (Marruecos); la tarjeta nunca se usó en Marruecos.')).toEqual([]);
    expect(places('Login from 203.0.113.9. The customer lives in Portugal.')).toEqual(['Portugal']);
  });
});
