import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const names = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a name after an addressing verb of a to-do', () => {
  it('finds two unlisted capitalised words after email, write to, remind (en)', () => {
    expect(names('Email Obiageli Ezeudu today about the lease.')).toEqual(['Obiageli Ezeudu']);
    expect(names('Write to Perpetua Odunsi before Friday.')).toEqual(['Perpetua Odunsi']);
    expect(names('Remind Ximena Oyarzun about the dentist.')).toEqual(['Ximena Oyarzun']);
  });

  it('finds them after escribe a, recuérdale a (es)', () => {
    expect(names('Escribe a Perpetua Odunsi mañana.')).toEqual(['Perpetua Odunsi']);
    expect(names('Recuérdale a Ximena Oyarzun la cita del martes.')).toEqual(['Ximena Oyarzun']);
  });

  it('leaves a desk or a department after the same verbs alone (en, es)', () => {
    expect(names('Write to Customer Services about the refund.')).toEqual([]);
    expect(names('Escribe a Recursos Humanos por lo de las vacaciones.')).toEqual([]);
    expect(names('Remind Payroll about the bonus.')).toEqual([]);
    expect(names('Recuérdale a Contabilidad lo del IVA.')).toEqual([]);
  });

  it('leaves the SQL type after a column named like a verb alone', () => {
    expect(names('CREATE TABLE contacts (id SERIAL, email VARCHAR(120), remind BOOLEAN);')).toEqual([]);
  });
});

describe("a clinician's role labels a name field", () => {
  it('finds the name after optometrist, dentista, physio (en, es)', () => {
    expect(names('Optometrist: R. Oyelaran GOC 01-55555')).toContain('R. Oyelaran GOC');
    expect(names('Dentista: M. Oyarzun, colegiado 2811')).toContain('M. Oyarzun');
    expect(names('Physio: Ifeoma Obi')).toContain('Ifeoma Obi');
  });

  it('leaves a note after the label alone', () => {
    expect(names('Optometrist: none assigned yet')).toEqual([]);
  });
});
