import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 21: health written in everyday words in logs, forms and chats (symptoms, aids, pregnancy, diets), in
// English and Spanish, and their harmless look-alikes. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const has = (found: string[], part: string) => found.some((v) => v.includes(part));

describe('lay symptoms and states about someone', () => {
  it('reads them in English', () => {
    expect(
      has(medical('Incident: the guest, Petra Holm, said her chest felt tight for a while.'), 'chest felt tight'),
    ).toBe(true);
    expect(
      has(medical('Care plan for Mr Ede: freezing of gait at thresholds, two attempts to stand.'), 'freezing of gait'),
    ).toBe(true);
    expect(
      has(medical('Record for Ms Jo Amberley: currently 6 weeks postpartum; no live vaccines.'), 'postpartum'),
    ).toBe(true);
    expect(
      has(
        medical('Trip log, Mr Abe Ngata (DOB 04/05/1950): fainted at the bus stop, recovered after ten minutes.'),
        'fainted',
      ),
    ).toBe(true);
  });

  it('reads them in Spanish', () => {
    expect(has(medical('Residente Sra. Olmedo: oye mal del oído izquierdo.'), 'oye mal')).toBe(true);
    expect(
      has(medical('Residente Sra. Olmedo: desorientada en tiempo y espacio por las noches.'), 'desorientada en tiempo'),
    ).toBe(true);
    expect(
      has(medical('Sesión 3 de la paciente Ana Rius: eritema intenso en las piernas que duró dos días.'), 'eritema'),
    ).toBe(true);
  });
});

describe('aids, diets and operations said the everyday way', () => {
  it('reads a walking frame, a hypo kit, a rebuilt knee, a thickened diet and speech therapy', () => {
    expect(
      has(medical('Rooming list: Mr Lowe uses a walking frame and needs a ground-floor room.'), 'walking frame'),
    ).toBe(true);
    expect(
      has(medical('Referral: Mrs Kay Orr is having a shoulder reconstruction in March.'), 'shoulder reconstruction'),
    ).toBe(true);
    expect(
      has(medical('Residente: Sr. Ibarra, nacido el 01/02/1935. Dieta: triturada con espesante.'), 'espesante'),
    ).toBe(true);
    expect(
      has(medical('Ficha: el alumno Pablo Ruiz hizo terapia de lenguaje hasta los 10 años.'), 'terapia de lenguaje'),
    ).toBe(true);
    expect(has(medical('Mi suegro usa andador desde la caída.'), 'andador')).toBe(true);
  });

  it('leaves their look-alikes alone', () => {
    expect(medical('Dirección de entrega: Andador Hidalgo 27, San Miguel.')).toEqual([]);
    expect(medical('Scan sent with the account number blacked out as requested.')).toEqual([]);
    expect(medical('The old pump was wheezy, so we replaced it with a quieter model.')).toEqual([]);
    expect(medical('Our new postpartum care leaflets are ready for the waiting room.')).toEqual([]);
    expect(medical('Me quedé desorientado en el aeropuerto de Fráncfort con tantas puertas.')).toEqual([]);
    expect(medical('Taller: orientación en tiempo y espacio para grupos de senderismo.')).toEqual([]);
  });
});

describe('a blood group after the Rh factor’s short cue', () => {
  it('reads "RH O+" on a registration list about people', () => {
    const list = [
      'Inscripción corredores:',
      '1. Laura Pérez - C.C. 1.020.555.318 - EPS Sura - RH A+ - talla M',
      '2. Juan Gil - C.C. 79.654.321 - RH O- - talla L',
    ].join('\n');
    expect(medical(list)).toContain('RH A+');
  });

  it('leaves human resources and a grade alone', () => {
    expect(medical('Reunión con RH el lunes: 3 vacantes, nivel A+ de inglés.')).toEqual([]);
  });
});
