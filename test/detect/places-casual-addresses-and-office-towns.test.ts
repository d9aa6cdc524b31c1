import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Addresses typed casually in chats and dictation, and the towns and addresses of offices, authorities, practices and
// templates that are nobody's home. Every example is invented.
const detector = new NlpDetector({ compromiseBudget: 0 });
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);
const covered = (text: string, value: string) => places(text).some((p) => p.includes(value));
// A bare town counts only in a text about someone: each example names a private person first.
const about = (text: string) => `Cliente: Nadia Ferreira-Kohl, tel. 0161 555 0199.\n${text}`;
const townsIn = (text: string) => places(about(text));

describe('a Latin American address typed in lower case in a chat', () => {
  it('finds the street, the flat, the colonia, the code and the city as one address', () => {
    const line = '[4/2/27 18:03] Marisol: calz de los remedios 734 int 6 col jardines altos 07250 cdmx';
    expect(places(line)).toContainEqual(expect.stringContaining('calz de los remedios 734 int 6 col jardines altos'));
    expect(covered(line, '07250 cdmx')).toBe(true);
    expect(covered('te la mando a av pradera 2210 depto 3, col. lomas del sol, gdl, 44710 ok?', '44710')).toBe(true);
    expect(covered('mi dirección es calle olmos 58 casa b', 'calle olmos 58')).toBe(true);
  });

  it('wants a flat, a colonia, a code or an address cue after the house number', () => {
    expect(places('la calle principal 3 veces se inundó este año')).toEqual([]);
    expect(places('toma la av central 2 cuadras y das vuelta')).toEqual([]);
  });
});

describe('a dictated UK address after a flat number', () => {
  it('finds the street even when the dictation runs on', () => {
    expect(covered('hi its dev from flat 7 26 pelham road the lift is broken again', '26 pelham road')).toBe(true);
  });

  it('leaves counts after a flat alone', () => {
    expect(places('we repainted flat 2 3 times this year and nobody paid')).toEqual([]);
  });
});

describe('an office address followed by the day of an appointment', () => {
  it('stops the address before the date and drops an office one is summoned to', () => {
    expect(places('Acuda a la Calle Real 14 el día 3 de marzo para firmar.')).not.toContainEqual(
      expect.stringContaining('día'),
    );
    expect(places('Se le cita a presentarse en la Av. Colón 880 el día 04/03/2027 a las 9:00 con su DNI.')).toEqual([]);
  });

  it('keeps a home address with no summons', () => {
    expect(covered('Vive en la Av. Colón 880 dpto 5, Lima.', 'Av. Colón 880')).toBe(true);
    expect(covered('The bailiff will call at 12 Quarry Street on 3 May at 9:00.', '12 Quarry Street')).toBe(true);
  });
});

describe("an authority's seat and district of office", () => {
  it("drops the address after an authority's full name and the region its name ends with", () => {
    expect(places('Reclamaciones: Agencia Estatal de Consumo y Mercados, C/ Almansa 40, 28039 Madrid.')).toEqual([]);
    expect(townsIn('HACIENDA — Delegación Especial de Galicia\nREQUERIMIENTO 2027/88')).toEqual([]);
    expect(townsIn('SERVICIO TRIBUTARIO — AVISO 771   Intendencia Arequipa\nAsunto: renta 2026')).toEqual([]);
  });

  it("keeps a person's address and a Mexican district", () => {
    expect(covered('Inquilina: Dña. Rosa Ferrán Gil, C/ Almansa 40, 28039 Madrid.', 'C/ Almansa 40')).toBe(true);
    expect(covered('vivo en la delegación Coyoacán desde marzo', 'Coyoacán')).toBe(true);
  });
});

describe("a practice's, a firm's and a professional's town", () => {
  it('drops the town after a centre, a firm with its legal form or a consulted professional', () => {
    expect(townsIn('INFORME — Centro Pasitos de Colores (Huesca), logopeda colegiada 22/114')).toEqual([]);
    expect(townsIn('Centro de Día Horizonte — Pereira — Historia 5521')).toEqual([]);
    expect(townsIn('2.1 Respondent: Harlow Pallet Services Ltd, Croydon (ACAS cert R1/27)')).toEqual([]);
    expect(townsIn("Please translate this for the patient's neurologist in Toronto.")).toEqual([]);
    expect(townsIn('Funds were taken out at ATMs in Hamburg within a day.')).toEqual([]);
    expect(townsIn('her GP at Leeds gave her a cream')).toEqual([]);
  });

  it("keeps a patient's or a customer's own town", () => {
    expect(covered(about('El niño vive con sus padres en Huesca.'), 'Huesca')).toBe(true);
    expect(covered('Ship to: Nora Kells, 9 Birch Lane, Leeds.', 'Leeds')).toBe(true);
    expect(covered(about('The patient moved to Toronto with her son.'), 'Toronto')).toBe(true);
    expect(covered(about('She is a nurse at Leeds General and lives in Leeds.'), 'Leeds')).toBe(true);
  });
});

describe("a court order's closing place and date", () => {
  it('drops the place after a closing formula', () => {
    expect(townsIn('hasta la celebración del juicio.\nNotifíquese. Cádiz, 2 de febrero de 2027.')).toEqual([]);
  });

  it('keeps a place of birth with its date', () => {
    expect(covered(about('Nacimiento: Cádiz, 2 de febrero de 1990.'), 'Cádiz')).toBe(true);
  });
});

describe("a template's made-up record", () => {
  it('drops the street and the zero code on the line of a filler town', () => {
    expect(places('{ "line1": "55 Oak Ave", "city": "Anycity", "state": "ZZ", "zip": "00000" }')).toEqual([]);
  });

  it('keeps a real address beside the word "example" in prose', () => {
    expect(covered('For example, I live at 14 Quarry Road, Leeds.', '14 Quarry Road')).toBe(true);
  });
});

describe("an IP's geolocation", () => {
  it("keeps the town when it is the town of the person's address", () => {
    const text = 'Shipping to: 17 Orchard Rise, Galway, H91 X3F1\nIP 86.44.1.9 (geo matches Galway, same device)';
    expect(places(text).filter((p) => p === 'Galway')).toHaveLength(1);
  });

  it('drops a geolocation that names no address of the text', () => {
    expect(covered(about('Failed login, geo: Brazil, user locked.'), 'Brazil')).toBe(false);
  });
});
