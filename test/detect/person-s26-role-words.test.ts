import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Roles and relations are nobody's name (session 26, rules/names/not-names.txt); every example is invented.
const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a role or relation as a chat or transcript sender', () => {
  it('is no person, while a named sender still is', () => {
    const chat = [
      '[09:14, 2/4/2026] Inquilina: Buenas, el calentador vuelve a gotear',
      '[09:20, 2/4/2026] Arrendador: Mañana paso con el fontanero',
      '[09:21, 2/4/2026] Inquilina: Vale, estaré a partir de las 10',
      '[09:40, 2/4/2026] Yo: Te reenvío la foto del techo',
    ].join('\n');
    expect(people(chat)).toEqual([]);
    const transcript = 'Jueza: ¿Reconoce la firma?\nDemandada: Sí, es mía.\nJueza: Conste en acta.';
    expect(people(transcript)).toEqual([]);
    const en = 'Landlady: the boiler service is booked for Friday.\nClaimant: I was not told about it.';
    expect(people(en)).toEqual([]);
  });

  it('leaves a role word opening a sentence alone', () => {
    expect(people('Hija de la interesada, acude sola a la consulta del martes.')).toEqual([]);
    expect(people('Residente desde 2019 en el mismo domicilio, sin incidencias.')).toEqual([]);
  });

  it('still reads the person a role word introduces', () => {
    expect(people('La inquilina, Marisol Quintana, pagó la fianza en efectivo.')).toEqual(['Marisol Quintana']);
  });
});
