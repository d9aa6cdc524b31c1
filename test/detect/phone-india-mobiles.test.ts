import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const phones = (text: string) => spansOf(engine, text, ['PHONE']);

describe('Indian mobiles written as two groups of five', () => {
  it('are phones after a mobile cue', () => {
    expect(phones('Mob: 93304 61857   Ref. by Dr. Sen')).toEqual(['93304 61857']);
    expect(phones('WhatsApp me on 70452 18836 once the report is ready')).toEqual(['70452 18836']);
    expect(phones('Contact no. 88127 40563 (father)')).toEqual(['88127 40563']);
  });

  it('leave five-digit groups that cannot open a mobile number', () => {
    expect(phones('Sample ID 41220 18836, barcode 55102')).toEqual([]);
  });
});

describe('French and German contract, policy and file numbers', () => {
  it('are not phones', () => {
    expect(phones('police habitation 771 204 553, sinistre du 3 mars')).toEqual([]);
    expect(phones('contrat n° 0612 33 08 71 signé le 2 mai')).toEqual([]);
    expect(phones('Vertragsnummer 0171 2293 554')).toEqual([]);
  });

  it('leave a number after a phone word', () => {
    expect(phones('Téléphone : 06 12 33 08 71')).toEqual(['06 12 33 08 71']);
    expect(phones('Tel. 0171 2293 554')).toEqual(['0171 2293 554']);
  });
});
