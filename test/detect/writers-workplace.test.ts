import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import type { Finding } from '../../src/detect/types.js';
import { writersWorkplace } from '../../src/detect/writers-workplace.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

const place = (text: string, value: string): Finding => {
  const start = text.lastIndexOf(value);
  return { start, end: start + value.length, label: 'LOCATION', type: 'PLACE', score: 0.8, detector: 'test' };
};
const framed = (text: string, value: string) => writersWorkplace(text, place(text, value));

describe("the town of the writer's own work", () => {
  it('is an organisation’s, in both languages and with a first person of any kind', () => {
    expect(framed('I work at a shipping agency in Bremerhaven', 'Bremerhaven')).toBe(true);
    expect(framed("I'm a locum pharmacist in Inverness", 'Inverness')).toBe(true);
    expect(framed('Trabajo en la secretaría de un instituto en Cuenca', 'Cuenca')).toBe(true);
    expect(framed('Hola, soy gestora en Ponferrada', 'Ponferrada')).toBe(true);
    expect(framed('Tengo una ferretería en Lugo', 'Lugo')).toBe(true);
  });

  it('is not a home, a move, a stay or a family, nor a name after "soy"', () => {
    expect(framed('Soy Ana y vivo en Ponferrada', 'Ponferrada')).toBe(false);
    expect(framed('Soy enfermera y me mudé a Vigo, vivo en Vigo', 'Vigo')).toBe(false);
    expect(framed("I'm a teacher and I live in Harwich", 'Harwich')).toBe(false);
    expect(framed('Tengo una casa en Plasencia', 'Plasencia')).toBe(false);
    expect(framed('Soy profesora y estoy de vacaciones en Motril', 'Motril')).toBe(false);
    expect(framed('Mi hermana trabaja en Palencia', 'Palencia')).toBe(false);
  });

  it('reads only its own sentence', () => {
    expect(framed('Tengo una ferretería. Mi suegra vive en Lugo', 'Lugo')).toBe(false);
  });

  it("drops the town of the writer's work from a file that keeps its ids", () => {
    const text =
      'Trabajo en la secretaría de un instituto en Cuenca. ¿Puedes revisar esta matrícula?\n\n' +
      'Alumna: Irene Basterra Molina\nDNI: 71839464E\nDirección: calle Alfonso VIII 41, 2º, 16002 Cuenca';
    expect(places(text)).not.toContain('Cuenca');
    expect(spansOf(engine, text, ['NATIONAL_ID'])).toEqual(['71839464E']);
  });
});
