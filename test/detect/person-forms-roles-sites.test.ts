import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('name fields of a form that sets several on one line', () => {
  it('finds a numbered first-name field and a forename or preferred name after a wide gap', () => {
    expect(people('Claim form\n1.1 Title: Mr  1.2 First name: Lorcan  1.3 Surname: Devaney-Hart')).toEqual(
      expect.arrayContaining(['Lorcan', 'Devaney-Hart']),
    );
    const starter = 'Surname: Okonjo   Forename(s): Chidera Blessing   Preferred name: Dera\nDate of birth: 01/02/1990';
    expect(people(starter)).toEqual(expect.arrayContaining(['Okonjo', 'Dera']));
    expect(people(starter).some((p) => p.includes('Chidera'))).toBe(true);
  });

  it('leaves other labels after a gap or a number alone (a product, a firm client)', () => {
    expect(people('Item 3 Name: Widget   Price: 4.99')).toEqual([]);
    expect(people('Our ref: DC/1/KL   Client: Hollowell Energy (account 600412887)')).toEqual([]);
  });
});

describe('roles, sites and firms that are no person', () => {
  it('does not take a help desk export role for a sender, and keeps the named customer', () => {
    const chat = [
      '[2026-11-27 08:14] End-user (Imani Clarke): hi',
      '[2026-11-27 08:31] Agent (Tom R.): Hi Imani',
      '[2026-11-27 08:40] End-user: the address is fine',
      '[2026-11-27 08:41] End-user: thanks',
    ].join('\n');
    const found = people(chat);
    expect(found).not.toContain('End-user');
    expect(found).toContain('Imani Clarke');
  });

  it('keeps WhatsApp senders who are people', () => {
    expect(people('[3/12/26 21:14] Lucía Paredes: hola\n[3/12/26 21:15] Lucía Paredes: gracias')).toContain(
      'Lucía Paredes',
    );
  });

  it('reads the words after "GP at" as the practice site, not the doctor or the patient', () => {
    expect(people('Her GP at Moortown Grange put her on a cream and she is better.')).toEqual([]);
    expect(people('I spoke to my GP, Dr Ahmed, and to Sandra at the surgery.')).toEqual(
      expect.arrayContaining(['Sandra']),
    );
  });

  it('takes an insurer in a name field for a firm, and keeps the insured person', () => {
    const doc =
      "agente: { clave: 'AG-1200', nombre: 'Seguros Norteños' },\nasegurado: { nombre: 'Rosa Elena Quintero' },";
    const found = people(doc);
    expect(found.some((p) => p.includes('Seguros'))).toBe(false);
    expect(found).toContain('Rosa Elena Quintero');
  });
});

describe('a title after a date', () => {
  it('finds a person titled Dña./Sra. with two family names right after a date (es)', () => {
    expect(people('El 02/03/2026 Dña. Marta Ibarra Solís (DNI 12345678Z) denunció los hechos.').join(' ')).toContain(
      'Marta Ibarra Solís',
    );
    expect(people('El día 2 Sra. Marta Ibarra Solís compareció.').join(' ')).toContain('Marta Ibarra Solís');
  });

  it('keeps a title after a house number part of the street', () => {
    expect(people('Avda. Constitución 4 Dr. Fleming')).toEqual([]);
  });
});

describe('a developer tool named like a person', () => {
  it('reads a name before "proxy" as the tool, and keeps the person asked about it', () => {
    expect(people('Here is the bearer token captured with Charles proxy. Is it expired?')).toEqual([]);
    expect(people('I asked Charles about the proxy settings and he said to restart.')).toContain('Charles');
  });
});
