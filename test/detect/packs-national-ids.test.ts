import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Values below are made up; check digits computed for these tests, never taken from the evaluation sets.
const engine = createDetector({ extras: [] });
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('national-id cues', () => {
  it('reads "cc" as the Colombian cédula only right before the number', () => {
    expect(found('Paciente identificado con CC 1032456781 de Medellín', 'NATIONAL_ID')).toEqual(['1032456781']);
    expect(found('C.C. No. 43.512.908', 'NATIONAL_ID')).toEqual(['43.512.908']);
  });

  it('never takes a JSON "cc" key or a carbon copy for a cédula cue', () => {
    expect(found('{"to": ["ana@x.org"], "cc": [], "total": 1032456781}', 'NATIONAL_ID')).toEqual([]);
    expect(found('{"cc": 2, "amount": 4351290812}', 'NATIONAL_ID')).toEqual([]);
    expect(found('cc the team; batch 1032456781 ships today', 'NATIONAL_ID')).toEqual([]);
  });

  it('does not read "my number" before a phone as the Japanese Individual Number', () => {
    expect(found('my number is 555-2671', 'NATIONAL_ID')).toEqual([]);
    // 407182935614: body weights 6,5,4,3,2,7,6,5,4,3,2 give 194, remainder 7, check 4.
    expect(found('My Number: 4071 8293 5614', 'NATIONAL_ID')).toEqual(['4071 8293 5614']);
  });

  it('finds a Russian INN after its Latin or Cyrillic cue, with the KPP beside it', () => {
    // Weights 2,4,10,3,5,9,4,6,8 over 779483417 give 289; 289 mod 11 = 3 -> check 3.
    const inn = '7794834173';
    expect(found(`INN ${inn}`, 'NATIONAL_ID')).toEqual([inn]);
    expect(found(`ИНН/КПП ${inn}/770101001`, 'NATIONAL_ID')).toEqual([inn]);
    expect(found(`invoice ${inn}`, 'NATIONAL_ID')).toEqual([]);
  });

  it('takes a passport cue on the line above a value that opens its line', () => {
    const text = 'Passport of the lead traveller (issued 2019, Lisbon office):\nCB471902';
    expect(found(text, 'NATIONAL_ID')).toEqual(['CB471902']);
    expect(found('Passport photos: see the attached files\n2024 total 12', 'NATIONAL_ID')).toEqual([]);
  });

  it('finds the Dominican cédula after its full five-word name', () => {
    expect(found('Cédula de identidad y electoral 09593966535', 'NATIONAL_ID')).toEqual(['09593966535']);
  });

  it('knows more cue words: Guatemalan DPI, Russian passport series, Steuernr., documento de identificación', () => {
    expect(found('DPI 2741 63908 0101', 'NATIONAL_ID')).toEqual(['2741 63908 0101']);
    expect(found('scan at 600 dpi, 2480 3508 pixels', 'NATIONAL_ID')).toEqual([]);
    expect(found('паспорт 45 06 318274, выдан', 'NATIONAL_ID')).toEqual(['45 06 318274']);
    expect(found('Steuernr. 2181508150', 'NATIONAL_ID')).toEqual(['2181508150']);
    expect(found('documento de identificación: 304870516', 'NATIONAL_ID')).toEqual(['304870516']);
    expect(found('identificación del producto 30487051', 'NATIONAL_ID')).toEqual([]);
  });

  it('reads plural and French passport cues, and labels a passport as one, not as a password', () => {
    expect(found('Passports: KX4829163 and PT5521047', 'NATIONAL_ID')).toEqual(['KX4829163', 'PT5521047']);
    expect(found('numéro de passeport 19FV48213', 'NATIONAL_ID')).toEqual(['19FV48213']);
  });
});
