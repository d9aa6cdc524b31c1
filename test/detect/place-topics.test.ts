import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: places a sentence is about, not anyone’s whereabouts', () => {
  it('drops the place of a figure that moved', () => {
    expect(places('Average rents in Leicester rose 6% in a year.')).toEqual([]);
    expect(places('El paro en Extremadura bajó al 15% en el tercer trimestre.')).toEqual([]);
    expect(places('Sales in Norway grew 9% while Denmark was flat.')).not.toContain('Norway');
  });

  it('drops the place of the weather', () => {
    expect(places('Heavy rain is forecast for Cork on Monday.')).toEqual([]);
    expect(places('Las temperaturas en Córdoba llegarán a 42 grados.')).toEqual([]);
    expect(places('Snow closed the roads around Inverness overnight.')).toEqual([]);
  });

  it('drops a clock, a time zone, an event, a club and a cloud region named by a town', () => {
    expect(places('Standup moves to 8am Toronto time.')).toEqual([]);
    expect(places('TZ=America/Bogota in the container.')).toEqual([]);
    expect(places('La llamada es a las 9, hora de Canarias.')).toEqual([]);
    expect(places('Our stand at Expo Milano is ready; Real Betis won again.')).toEqual([]);
    expect(places('Replicas live in eu-central-1 (Frankfurt).')).toEqual([]);
  });

  it('drops a place asked about, a firm’s premises and its markets', () => {
    expect(places('What is the capital of Peru?')).toEqual([]);
    expect(places('Escribe un resumen de la historia de Cádiz.')).toEqual([]);
    expect(places('Update the menu for our restaurant in Bilbao.')).toEqual([]);
    expect(places('Vendemos en Chile, Perú y Colombia desde 2019.')).toEqual([]);
  });

  it('drops the segment of a business figure, a venue, sights, and a firm’s openings and branches', () => {
    expect(places('Q2 sales in Poland reached PLN 3.1M.')).toEqual([]);
    expect(places('La facturación en Galicia fue de 2,4 millones.')).toEqual([]);
    expect(places('Book a room close to the conference venue in Prague.')).toEqual([]);
    expect(places('Suggest the best attractions in Kyoto for a blog.')).toEqual([]);
    expect(places('Announce our new store opening in Leipzig.')).toEqual([]);
    expect(places('Tenemos delegaciones en Huesca y Teruel.')).toEqual([]);
    expect(places('The Oslo data centre migrates next week.')).toEqual([]);
  });

  it('keeps a person’s home whatever the sentence talks about', () => {
    expect(places('My rent in Leicester rose 6% and I live in Leicester.')).toContain('Leicester');
    expect(places('I moved to Cork last year and the rain never stops.')).toEqual(['Cork']);
    expect(places('She lives in Toronto.')).toEqual(['Toronto']);
  });
});
