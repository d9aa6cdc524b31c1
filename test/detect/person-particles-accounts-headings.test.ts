import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const names = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a given name that is also a word, joined to a family name by a Dutch or German particle', () => {
  it('finds the whole name (en, es)', () => {
    expect(names('Reported: user 40021 ("Mark van der Linde", 41) for abusive messages.')).toEqual([
      'Mark van der Linde',
    ]);
    expect(names('Denunciado: usuario 8812 («Mark van den Broek», 37).')).toContain('Mark van den Broek');
    expect(names('Rob van Leeuwen signed the lease on Monday.')).toContain('Rob van Leeuwen');
  });

  it('leaves a Spanish phrase with "de" alone', () => {
    expect(names('La Park van Zuid office opens at nine.')).toEqual([]);
  });
});

describe("a brand's ambassador tagged by their official account", () => {
  it('drops the official account after a public role (en, es)', () => {
    expect(names('Shot on the ridge with our ambassador @tomas_lindqvist_official. Use code SNOW10.')).toEqual([]);
    expect(names('Con nuestra embajadora @carla_menendez_oficial en la cumbre.')).toEqual([]);
    expect(names('New drop ft. @oliver_grant_official, out Friday.')).toEqual([]);
  });

  it('keeps a private user whose handle ends in "official" (en, es)', () => {
    expect(names('Reported user @maria_lopez_official sent threats to the member.')).toEqual(['maria_lopez_official']);
    expect(names('El usuario @carla_menendez_oficial me insultó por privado.')).toEqual(['carla_menendez_oficial']);
  });
});

describe('a name inside a key is no name', () => {
  it('leaves a listed given name glued to an underscore or an "=" in a cookie or a query (en)', () => {
    const har = (cookie: string) =>
      `Why does checkout fail after login?\n      {"name": "cookie", "value": "${cookie}"},`;
    expect(names(har('pp_sid=9f1c2e40aa71'))).toEqual([]);
    expect(names(har('xy_olga=9f1c2e'))).toEqual([]);
    expect(names(har('ab_marta=06ab704d13e43b00c73e'))).toEqual([]);
  });

  it('still finds the same lower-case given name in a chat line', () => {
    expect(names('ok so sid said the cookie was wrong, ask sid tomorrow')).toContain('sid');
  });
});

describe('headings of Spanish documents are no names', () => {
  it('leaves an invoice, a garnishment and a waybill heading alone (es)', () => {
    expect(names('FACTURA B N.º 0003-00012345   Fecha: 14/09/2026')).toEqual([]);
    expect(names('DILIGENCIA DE EMBARGO DE SUELDOS, SALARIOS Y PENSIONES\nN.º 123')).toEqual([]);
    expect(names('Guía Envia 2048117739 – entregado 27/11')).toEqual([]);
  });
});
