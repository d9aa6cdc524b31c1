import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// A list of people with each one's condition beside their name. Every example is invented.
const engine = createDetector();
const masked = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a list of people with a condition on their rows', () => {
  it('keeps a guest list’s and a class list’s conditions, with what the row says more of them', () => {
    const guests = [
      'Seating plan for the reunion, please give the caterer a summary.',
      '- Gemma Lloyd – coeliac, no gluten at all',
      '- Owen Price – type 1 diabetic, needs low-sugar pudding',
      '- Dylan Hughes – lactose intolerant',
      '- Rhys Evans – vegetarian',
    ].join('\n');
    expect(masked(guests)).toEqual([
      'coeliac, no gluten at all',
      'type 1 diabetic, needs low-sugar pudding',
      'lactose intolerant',
    ]);
    const trip = 'Excursión de 3.º B:\n- Lucía Pardo (celíaca)\n- Mateo Gil (asmático, lleva inhalador)\n- Hugo Sanz';
    expect(masked(trip).join(' ')).toContain('celíaca');
  });

  it('leaves a list of charities and a single mention alone', () => {
    const contacts = [
      'Useful contacts for the newsletter:',
      '- Asthma Society – asthma support line',
      '- Diabetes Trust – diabetes information',
      '- Coeliac Group – coeliac recipes',
    ].join('\n');
    expect(masked(contacts)).toEqual([]);
    expect(masked('Menu notes:\n- Harvest Salad – coeliac friendly')).toEqual([]);
  });
});
