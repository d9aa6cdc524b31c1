import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('the titles and artists of a list of works', () => {
  it("leaves a band's set list alone and keeps the musician named below it", () => {
    const setList = [
      'Set list – Saturday, The Crown',
      '1. Gloria',
      '2. Rebecca (Tina Reyes cover)',
      '3. Delilah – The Harbour Lights',
      '4. Mrs. Robinson',
      'Encore: Hey Juliet',
      '',
      "Dominik's on drums tonight, bring spare sticks.",
    ].join('\n');
    expect(people(setList)).toEqual(['Dominik']);
  });

  it('leaves a Spanish song list alone and keeps the couple and the planner around it', () => {
    const list = [
      'Lista de canciones para la boda de Itziar y Borja:',
      '1. Bésame mucho',
      '2. Amalia – Los Romeros',
      '3. Rocío (versión acústica)',
      'Confirmamos el orden con Begoña, la organizadora.',
    ].join('\n');
    expect(people(list)).toEqual(['Itziar', 'Borja', 'Begoña']);
  });

  it('reads names as before without a heading that names a list of works, or with too few items', () => {
    const attendees = 'Attendees\n1. Gloria Pardo\n2. Rebecca Lindholm\n3. Delilah Okafor';
    expect(people(attendees)).toEqual(['Gloria Pardo', 'Rebecca Lindholm', 'Delilah Okafor']);
    const short = 'Playlist for the demo:\n1. Gloria Pardo sends the slides\nthen we start';
    expect(people(short)).toEqual(['Gloria Pardo']);
  });
});
