import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const medical = (text: string) => spansOf(engine, text, ['MEDICAL']);
const people = (text: string) => spansOf(engine, text, ['PERSON']);
const contacts = (text: string) => spansOf(engine, text, ['PHONE', 'EMAIL']);

describe('teaching texts describe a generic or fictional subject', () => {
  it('drops the terms and vitals of an exam question about an unnamed case (en)', () => {
    const text =
      'Review the mark scheme for this OSCE station.\n' +
      'Station 3 (8 marks). A 64-year-old woman is brought in with chest pain. Observations: HR 118, BP 92/58, ' +
      'SpO2 91% on air. She takes digoxin 125 micrograms daily for mitral regurgitation.\n' +
      'Model answer: recognise sepsis, start oxygen, escalate to the registrar.';
    expect(medical(text)).toEqual([]);
  });

  it('drops the terms of a first-aid handout with a fictional casualty (en)', () => {
    const text =
      'Turn this first-aid handout into a quiz.\n' +
      'Nosebleed: sit the casualty forward and pinch the soft part of the nose for ten minutes. Call 999 if the ' +
      'bleeding lasts over half an hour.\n' +
      'Scenario: "Tamsin", a fictional trainee, has a nosebleed in the warehouse.';
    expect(medical(text)).toEqual([]);
    expect(people(text)).toEqual([]);
  });

  it('drops the terms of a textbook section made into flashcards (en)', () => {
    const text =
      'Make flashcards from this textbook section.\n' +
      '8.2 Management of hypertension (ICD-10 I10): start amlodipine 5 mg once daily in adults over 55; add ramipril ' +
      '2.5 mg if chronic kidney disease coexists. Postural hypotension is a common side effect.';
    expect(medical(text)).toEqual([]);
  });

  it('drops the terms of a Spanish exam question about "un varón de 58 años" (es)', () => {
    const text =
      'Revisa si la opción correcta de la pregunta 7 está bien.\n' +
      '7. Un varón de 58 años con gota toma colchicina 0,5 mg. ¿Qué control es obligado?\n' +
      'a) creatinina (correcta)  b) amilasa  c) ferritina';
    expect(medical(text)).toEqual([]);
  });

  it("drops a trial registry entry's inclusion and exclusion criteria (es)", () => {
    const text =
      'Explica este ensayo para el folleto.\n' +
      'Ensayo fase II, aleatorizado, de un fármaco contra placebo en mayores de edad con psoriasis moderada. NCT05550123.\n' +
      'Criterios de inclusión: 18-65 años; PASI ≥ 12; creatinina < 1,5 mg/dL.\n' +
      'Exclusión: hepatitis B activa, embarazo, tuberculosis.';
    expect(medical(text)).toEqual([]);
  });

  it('keeps the terms when a quiz is built on the writer’s own family (en)', () => {
    const text =
      'Make a quiz for my nursing exam from my mother’s notes: she has mitral regurgitation and takes digoxin 125 micrograms.\n' +
      'Model answer: check her INR weekly.';
    expect(medical(text).length).toBeGreaterThan(0);
  });

  it('keeps the terms of an exam case that names a real patient with a birth date (en)', () => {
    const text =
      'Turn this into an exam question for the students (10 marks).\n' +
      'Patient: Rosalind Egerton  DOB: 04/09/1948\n' +
      'A 77-year-old woman with mitral regurgitation on digoxin 125 micrograms, BP 92/58, HR 118.';
    expect(medical(text).length).toBeGreaterThan(0);
  });

  it('keeps the terms of a teaching case that names its patient in full without saying it is fictional', () => {
    const text =
      'Make three multiple-choice questions for the nursing students.\n' +
      'Mrs Winifred Carrow, 81, on Ward 9 has delirium and a urinary tract infection; she was given trimethoprim.';
    expect(medical(text).length).toBeGreaterThan(0);
  });

  it('keeps the terms of a clinic letter that says "on exam" and names a 50-year-old man', () => {
    const text =
      'Re: Mr Hamish Doyle\nThis 50-year-old man has gout. On exam: swollen left first MTP joint. Started colchicine.';
    expect(medical(text).length).toBeGreaterThan(0);
  });
});

describe("an organisation's own contact line is not a person's", () => {
  it("drops a venue's switchboard and box office", () => {
    const text =
      'Shorten this for the programme.\nThe Corn Exchange Theatre, Market Square.\n' +
      'Box office: 01632 960 555. Main switchboard: 01632 960 777.';
    expect(contacts(text)).toEqual([]);
  });

  it('drops an advert\'s "call our recruitment team on" number', () => {
    const text =
      'Tidy this advert.\nWarehouse Team Leader, nights, £31,000.\n' +
      'Call our recruitment team on 0113 496 0321 or apply online.';
    expect(contacts(text)).toEqual([]);
  });

  it("drops a hotel's number marked (centralita) and a tender's authority telephone", () => {
    expect(contacts('Día 2: noche en el Hotel Las Murallas (925 28 11 40, centralita).')).toEqual([]);
    const notice =
      'ANUNCIO DE LICITACIÓN\nÓrgano de contratación: Consejo Comarcal.\nTel. 976 112 233. Plazo: 20 días.';
    expect(contacts(notice)).toEqual([]);
  });

  it("keeps a person's mobile on a reception line and a named contact's number", () => {
    expect(contacts('Reception is closed, call my mobile 07700 900 482 instead.')).toEqual(['07700 900 482']);
    expect(contacts('Switchboard: ask for Gwendolyn Aske, 01632 960 318.').length).toBe(1);
  });

  it("keeps a private person's number that has no desk's word beside it", () => {
    expect(contacts('Ring Orrin on 01632 960 274 after six.').length).toBe(1);
  });
});

describe('a figure born before 1900 is history', () => {
  it('drops the name and the illnesses on a line about someone born before 1900 (en, es)', () => {
    const en =
      'Check these facts for the assembly.\n' +
      '2. Orlando Wyvern was born on 4 May 1822 in Hexham and died in 1889. He suffered from gout and later tuberculosis.';
    expect(spansOf(engine, en, ['PERSON', 'MEDICAL'])).toEqual([]);
    const es = 'Resume: Casimiro Olalde (1841–1903), grabador, padeció tuberculosis y murió en Cádiz.';
    expect(spansOf(engine, es, ['PERSON', 'MEDICAL'])).toEqual([]);
  });

  it("keeps the writer's own forebear and anyone born since 1900", () => {
    const own = 'My great-grandfather Orlando Wyvern was born in 1889 and had tuberculosis.';
    expect(medical(own).length).toBeGreaterThan(0);
    const living = 'Orlando Wyvern was born on 4 May 1982 in Hexham. He suffers from gout and tuberculosis.';
    expect(medical(living).length).toBeGreaterThan(0);
    expect(people(living).length).toBeGreaterThan(0);
  });
});
