import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 29: "para su <condition>" as an owner in a message about a third person, not in a leaflet's polite "su".
// Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a third person’s possessive before a condition', () => {
  it('keeps the condition when the sentence names the person', () => {
    expect(
      medical('El inquilino Baltasar Quiroga pide una plaza de garaje cerca del ascensor por su artrosis.').join(' | '),
    ).toContain('artrosis');
    expect(medical('Mi cuñada busca un fisio para su fibromialgia.').join(' | ')).toContain('fibromialgia');
  });

  it('leaves a leaflet’s or an advert’s polite "su"', () => {
    expect(medical('Consulte a su farmacéutico si usa este jarabe para su asma.')).toEqual([]);
    expect(medical('La nueva app de Glucoplan le ayuda con los controles para su diabetes.')).toEqual([]);
  });
});

describe('a clinician’s number in a register no list names', () => {
  it('reads the number after a register’s acronym on a clinician’s line', () => {
    const text =
      'Referral\nPatient: Oona Feldt\nOrthotist: Basil Quenby, HCPC OR07731\nDra. Irune Zabala Ruiz, RNPI 630417\n' +
      'Examining physician: Ola Ness, HPR no. 7712093\nMédico tratante: Dr. Wenceslao Paz, exequátur 2231-07';
    const found = medical(text);
    expect(found).toEqual(expect.arrayContaining(['OR07731', '630417', '7712093', '2231-07']));
  });

  it('leaves identity documents, contact numbers and a register’s year of guidance', () => {
    const text =
      'Patient: Oona Feldt\nDr. Luis Ruiz, DNI 12345678Z, Ext 4471\nOrthodontist: Ada Rook, BOS 2024 guidance applies';
    expect(medical(text)).toEqual([]);
  });
});

describe('a US or Canadian address on a clinician’s line', () => {
  it('reads a state or province code before a ZIP as the address, not a register', () => {
    expect(medical('Referring physician: Dr. Omar Quist, 41 Kestrel Way, Pflugerville, TX 78691')).toEqual([]);
    expect(medical('Attending: Dr. Lise Varga, Albany, NY 12208-3412')).toEqual([]);
    expect(medical('Orthodontist: Ada Rook, GDC 271904')).toEqual(['271904']);
  });
});
