import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

/** Public artists, photographers, architects, composers and classical authors cited as references (well-known-people.txt). */
const CITED: Record<string, string> = {
  'a photo course syllabus': `Tidy this reading list for the evening course.
Week 3: street photography — Henri Cartier-Bresson, Vivian Maier and Garry Winogrand.
Week 4: the documentary tradition — Dorothea Lange and Sebastião Salgado.
Week 5: Spanish photographers — Ramón Masats and Alberto García-Alix.`,
  'un programa de concierto': `Corrige este programa de mano.
Primera parte: Enrique Granados, Goyescas (selección); Joaquín Turina, Danzas fantásticas.
Segunda parte: Maurice Ravel, Bolero; Claude Debussy, La mer.
Dirige la orquesta un alumno del conservatorio.`,
  'a gallery wall text': `Shorten this wall text to 60 words.
The room pairs Barbara Hepworth's pierced forms with drawings by Henry Moore and a late bronze by Alberto Giacometti.
A film of Louise Bourgeois at work runs on the left.`,
  'apuntes de arquitectura': `Resume estos apuntes para el examen.
Tema 9: el movimiento moderno. Walter Gropius funda la Bauhaus; Le Corbusier publica sus cinco puntos;
Mies van der Rohe proyecta el pabellón de Barcelona. En España, Félix Candela y Rafael Moneo.`,
};

describe('public artists and authors cited as references', () => {
  for (const [name, text] of Object.entries(CITED))
    it(`leaves the names of ${name}`, () => {
      expect(people(text)).toEqual([]);
    });

  it('keeps someone who shares such a name where a personal cue shows them', () => {
    expect(people('My colleague Henry Moore will cover the late shift on Friday.')).toContain('Henry Moore');
    expect(people('Name: Norman Foster\nDOB: 14/02/1979\nAllergies: none')).toContain('Norman Foster');
    expect(people('Hola Paco Rabal, te confirmo la cita del martes.')).toContain('Paco Rabal');
  });
});
