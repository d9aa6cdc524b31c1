import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 27: the parts after a comma or in an aside that say more of a health statement go with it; a bare allergy
// word that names a kind of data is nobody's; a log's time of day stays out of a clause. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const dates = (text: string): string[] => spansOf(engine, text, ['DATE']);

describe('a statement and the parts that continue it', () => {
  it('takes its length, its course and its follow-up after a comma', () => {
    expect(medical('Parte de baja: ciática aguda, duración estimada 20 días. Gracias.')).toContain(
      'ciática aguda, duración estimada 20 días',
    );
    expect(medical('Notes: he has gout, under rheumatology review since 2022.')).toContain(
      'he has gout, under rheumatology review since 2022',
    );
  });

  it('stops at a new subject, a request, a name and a csv cell', () => {
    expect(medical('My son has asthma, she said the club knows.').join(' ')).not.toContain('club');
    expect(medical('Mi madre tiene artrosis, por favor revisa el formulario.').join(' ')).not.toContain('formulario');
    expect(medical('He has migraine, Bartholomew will drive him.').join(' ')).not.toContain('Bartholomew');
    const row = '4471,Wren Adair,gluten ataxia,2 tickets,table 9';
    expect(medical(row).join(' ')).not.toContain('tickets');
  });

  it('leaves a date after "since" its own finding and a row of readings as one row', () => {
    expect(dates('the letter that confirms my sarcoidosis diagnosis (since 2017)')).toEqual(['2017']);
    // The readings a comma apart are one span (list-join.ts, session 32); "on air" stays out.
    expect(medical('On arrival BP 91/52, HR 128 bpm, SpO2 89% on air.')).toEqual(['BP 91/52, HR 128 bpm, SpO2 89%']);
  });
});

describe('a bare allergy word that names a kind of data', () => {
  it('is no finding as a field name, an alternative or after an article', () => {
    expect(medical('Guest export: {"allergies": ["sesame"], "table": 4}').join(' ')).not.toMatch(/^allergies$/);
    expect(medical('Pon las alergias en otra hoja del libro.')).toEqual([]);
    expect(medical('Tipo de dieta (alergia médica / preferencia)?')).toEqual([]);
  });

  it('is kept when someone has it or its allergen follows', () => {
    expect(medical('She has an allergy to latex.')).toEqual(['She has an allergy to latex']);
    expect(medical('Mi hijo tiene alergia.')).toEqual(['Mi hijo tiene alergia']);
  });
});

describe('a log’s time of day', () => {
  it('keeps the minutes out of the clause after them', () => {
    const log = 'Patient: Mr Dale Finch, DOB 02/03/1961\n15:40 chest pain eased, now 2/10';
    expect(medical(log)).toContain('chest pain eased, now 2/10');
  });
});

describe('a statement that holds a pain rated out of ten', () => {
  it('outranks the rating alone, so its other complaints stay masked', () => {
    const note =
      'Diver: Mr Ifor Pengelly, DOB 04/05/1979\nPresenting: right knee pain 5/10, numbness in right foot, poor sleep.';
    expect(medical(note)).toContain('right knee pain 5/10, numbness in right foot, poor sleep');
    expect(medical('Rated the hotel 6/10 overall.')).toEqual([]);
  });
});
