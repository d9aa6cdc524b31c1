import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 24: a first-aid log's or a triage line's wound written with a side and a site and no preposition, and its
// look-alikes. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('telegraphic wounds in a log about patients', () => {
  it('reads a wound, a side and a site with no preposition, in English and Spanish', () => {
    const en = medical(
      'First aid post 3\n10:15 patient Harvey Stroud (15): graze right knee from the track, cleaned, home.',
    );
    expect(en.join(' | ')).toContain('graze right knee');
    const es = medical(
      'Paciente: Leocadia Ferrándiz Soto, 9 años.\nCorte mano izquierda con cristal, dos puntos de aproximación.',
    );
    expect(es.join(' | ')).toContain('Corte mano izquierda');
    expect(medical('Patient: Idris Pemberthy, DOB 04/05/1977.\nBurn L forearm from the fryer.').join(' | ')).toContain(
      'Burn L forearm',
    );
  });

  it('leaves a cut with a side and no site, and a site that is part of something else, alone', () => {
    expect(medical('Patient list: cut left margin of the report by 2 cm before printing.')).toEqual([]);
    expect(medical('Patient: Noor Qaderi.\nThe budget cut left hand count unchanged in the audit.')).toEqual([]);
  });
});
