import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('line labels that hold only times and numbers', () => {
  it("reads a timetable's day labels as no speakers", () => {
    const timetable = ['Horario línea 31 – Atocha / Vallecas', 'Laborables: 06:05 06:20 06:35', 'Sábados: 07:10 07:40'];
    expect(people(timetable.join('\n'))).toEqual([]);
  });

  it('keeps speakers whose lines say something', () => {
    expect(people('Orrin: running 10 min late\nKestrel: ok, start without me')).toEqual(['Orrin', 'Kestrel']);
  });
});

describe('places joined by "y" or "and"', () => {
  it('reads a list of towns as no person', () => {
    expect(people('Números premiados vendidos en Toledo, Sevilla y Lugo.')).toEqual([]);
  });

  it('keeps a family name joined by "y"', () => {
    expect(people('Firma el informe la perito Marta Prieto y Soler.')).toEqual(['Marta Prieto y Soler']);
  });
});
