import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { bearerInText } from '../../src/detect/public-text/health-bearer-signals.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const health = (text: string) => spansOf(engine, text, ['MEDICAL']);

/**
 * The medical detector sets a text's terms aside as topics when nobody bears them; it now asks the same bearer signals
 * as the public-text step (health-bearer-signals.ts): a nameless note's age and sex or its bed keeps its health words.
 */
const NAMELESS_NOTES: Record<string, [string, string]> = {
  'an age and a sex on one line': ['64 M, long-standing gout, on allopurinol', 'allopurinol'],
  'an age and a sex opening a note': [
    `Tidy this up for the night team.

83 F, known epilepsy, on lamotrigine
Found on the floor of the lounge, scalp laceration
CT head: no bleed
Plan: neuro obs for 24 h, continue lamotrigine`,
    'lamotrigine',
  ],
  'a bed opening a note': [
    `Tidy this up for the night team.

Bed 7 - known COPD, on tiotropium
Increasingly breathless since the afternoon, wheeze both sides
Gas: pH 7.31
Plan: nebulisers, review at midnight`,
    'tiotropium',
  ],
  'a Spanish bed line': ['Cama 15: cardiopatía isquémica, en tratamiento con atorvastatina', 'atorvastatina'],
};

/** A rule for a population names no one, whatever ages it gives. */
const GUIDANCE: Record<string, string> = {
  'a guideline for adults over 65': `Make this a slide for the practice meeting.

Adults over 65 with heart failure should be offered a beta-blocker such as bisoprolol.
Check renal function before starting an ACE inhibitor.
Review the dose every two weeks until the target is reached.`,
  'a one-line population rule': 'Offer statins to adults over 65 with kidney disease stage 3.',
};

describe('nameless notes keep their health words (s32: shared bearer signals)', () => {
  for (const [name, [text, kept]] of Object.entries(NAMELESS_NOTES)) {
    it(`keeps them with ${name}`, () => {
      expect(health(text).join(' | ')).toContain(kept);
    });
  }

  for (const [name, text] of Object.entries(GUIDANCE)) {
    it(`drops them in ${name}`, () => {
      expect(health(text)).toEqual([]);
    });
  }

  it('names the sign it read', () => {
    expect(bearerInText('64 M, long-standing gout', [])).toBe('patient');
    expect(bearerInText('Bed 7 - known COPD', [])).toBe('patient');
    expect(bearerInText('Adults over 65 with heart failure', [])).toBeUndefined();
  });
});
