import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);
const covered = (text: string, name: string) => people(text).some((p) => p.includes(name) || name.includes(p));

describe('a name in a query string or a form body', () => {
  it('finds percent-encoded and plus-joined names after a name key (es, en)', () => {
    expect(covered('GET /tramites/cita?nie=Y1234567X&nombre=Ilinca%20Moraru&cp=28005 HTTP/1.1', 'Ilinca')).toBe(true);
    expect(covered('GET /tramites/cita?dni=1&nombre=ILINCA%20MORARU HTTP/1.1', 'MORARU')).toBe(true);
    expect(covered('https://shop.example/api?q=1&fullname=Wanjiru+Kamau&ok=1', 'Wanjiru')).toBe(true);
    expect(covered('POST /alta?apellidos=Quispe%20Mamani&nombres=Rosa%20Elena', 'Quispe')).toBe(true);
  });

  it('leaves a placeholder value and a non-name key alone (en)', () => {
    expect(people('GET /api?nombre=test&x=1 and /api/items?surname=null')).toEqual([]);
    expect(people('GET /api/search?product=Garden%20Hose&colour=green')).toEqual([]);
  });
});

describe('a rarer given name before a given name many carry as a family name', () => {
  it('finds the pair in a contact line and a sentence (en)', () => {
    expect(people('Contact for the liaison officer: Rashida Ibrahim, 0113 496 0021 ext 12.')).toContain(
      'Rashida Ibrahim',
    );
    expect(people('Please ring Idris Osman tomorrow about the hearing.')).toContain('Idris Osman');
  });

  it('finds the pair in Spanish text (es)', () => {
    expect(people('La trabajadora social, Suleiman Yusuf, llamó ayer.')).toContain('Suleiman Yusuf');
  });
});

describe('nicknames a cue gives away', () => {
  it('finds initials after aka and a nickname after "name as" or "conocido como" (en, es)', () => {
    expect(people('Accused: Liam Dobbs (aka "LD"), DOB 01.02.1999')).toContain('LD');
    expect(people('money owed to a man he would only name as "Gazza". Next hearing in May.')).toContain('Gazza');
    expect(people('un proveedor conocido como "el Rubio" y nada más')).toContain('Rubio');
    expect(people('his cousin, known as "Rafa" to everyone, paid the rent')).toContain('Rafa');
  });

  it('leaves a quoted ordinary word alone (en)', () => {
    expect(people('the file known as "Report" is gone, and the band known as "Atlas" split')).toEqual([]);
    expect(people('el grupo conocido como "Tormenta" tocó ayer')).toEqual([]);
  });
});

describe('the person a card greets', () => {
  it('finds the name after a birthday greeting (en, es)', () => {
    expect(people('giftMessage: "Happy 30th Ros!! love, Dev"')).toContain('Ros');
    expect(people('Card text: Happy birthday Tamsin! From all of us')).toContain('Tamsin');
    expect(people('Tarjeta: "Feliz cumple Maite, te queremos"')).toContain('Maite');
  });

  it('leaves a kin word and the occasion alone (en)', () => {
    expect(people('Card: "Happy Birthday Mum! love" and a banner "Happy 40th Birthday!"')).toEqual([]);
  });
});

describe("a handle after a case handler's field", () => {
  it("finds an initial and a family name after the analyst's or the caller's field (en, es)", () => {
    expect(people('Analyst: k.vasquez. Risk score 7/10.')).toContain('k.vasquez');
    expect(people('Handler: t.okafor; status open')).toContain('t.okafor');
    expect(people('Analista: l.quiroga revisó el caso.')).toContain('l.quiroga');
  });

  it('leaves a one-letter file name and an abbreviation alone (en)', () => {
    expect(people('Reporter: a.json file attached. Analyst: n.a. pending')).toEqual([]);
  });
});

describe("a spouse's, a co-signer's or a carer's field", () => {
  it('finds the name after a compound label with a slash (es, en)', () => {
    expect(covered('CONYUGE/CONVIVIENTE: TICONA APAZA, WILMER DNI 44556677', 'TICONA APAZA')).toBe(true);
    expect(people('Parent/Carer: Obinna Eze')).toContain('Obinna Eze');
    expect(covered('FIADORA: HUAMANI QUISPE, NELIDA  DNI 41234567', 'HUAMANI QUISPE')).toBe(true);
  });

  it('finds the name after a spouse field in English and Spanish (en, es)', () => {
    expect(covered('Spouse: Moyo Chiwenga, Tendai (DOB 02/03/1985)', 'Moyo Chiwenga')).toBe(true);
    expect(people('Esposa: Pilar Urquijo Saenz')).toContain('Pilar Urquijo Saenz');
  });

  it('leaves a path before a colon alone (en)', () => {
    expect(people('see https://x.example/name: value, or /wife: none')).toEqual([]);
  });
});
