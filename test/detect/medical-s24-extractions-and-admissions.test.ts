import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 24: a dental clinic's extractions and a Latin American "internado/a" (admitted to hospital), and their
// look-alikes. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('dental extractions and hospital admissions told about someone', () => {
  it('reads a clinic’s extraction, in Spanish and English', () => {
    const es = medical('Paciente: Arancha Villalobos Pino, DNI en ficha.\nPieza 48: exodoncia quirúrgica el martes.');
    expect(es.join(' | ')).toContain('exodoncia quirúrgica');
    const en = medical('Patient: Corwin Heathfield, DOB 30/01/1995.\nPlan: extraction of a wisdom tooth (lower left).');
    expect(en.join(' | ')).toContain('extraction of a wisdom tooth');
  });

  it('reads someone admitted to hospital, as Latin America says it', () => {
    expect(medical('Mi cuñado quedó internado por neumonía la semana pasada.').join(' | ')).toContain('neumonía');
    expect(medical('Dice la vecina que la internaron con apendicitis.').join(' | ')).toContain('apendicitis');
  });

  it('leaves a boarding school’s pupil and a leaflet about extractions alone', () => {
    expect(medical('El colegio tiene alumnos en régimen de internado desde 1950.')).toEqual([]);
    expect(medical('La exodoncia es la extracción de una pieza dental; su dentista le explicará el proceso.')).toEqual(
      [],
    );
  });
});
