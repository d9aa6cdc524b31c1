import { describe, expect, it } from 'vitest';
import { createDetector, defaultRulesDir } from '../../src/detect/engine.js';
import { loadNameLexicon, WORD } from '../../src/detect/nlp/lexicon.js';
import { SPANISH_DERIVED } from '../../src/detect/nlp/spanish-words.js';

const engine = createDetector();
const people = (text: string) =>
  engine
    .detect(text)
    .filter((f) => f.label === 'PERSON')
    .map((f) => text.slice(f.start, f.end));
const lex = loadNameLexicon(defaultRulesDir());
const bits = (key: string) => lex.wordInfo(key);

describe('name lexicon: ordinary Spanish words are no names by themselves', () => {
  it('reads Spanish verb forms, adjectives and everyday nouns as ordinary words', () => {
    for (const key of ['adjuntamos', 'solicitamos', 'abierto', 'telefono', 'domicilio', 'antecedentes', 'cartera'])
      expect(bits(key) & WORD.COMMON, key).not.toBe(0);
    expect(bits('telefono') & WORD.SPANISH).not.toBe(0);
  });

  it('leaves a word any name or place list holds to that list', () => {
    // Listed given names and family names that are also Spanish words keep their name bits and get no COMMON bit.
    for (const key of ['consuelo', 'blanco', 'moreno', 'urrutia']) expect(bits(key) & WORD.COMMON, key).toBe(0);
    expect(bits('blanco') & WORD.SURNAME).not.toBe(0);
    // Words that open a place ("San ...", "Puerto ...") stay as they were.
    expect(bits('san') & WORD.SPANISH).toBe(0);
  });

  it('knows Spanish derived words by their endings', () => {
    for (const key of ['tramitacion', 'asentamiento', 'peligrosidad', 'convalecencia', 'rapidamente', 'anotamos'])
      expect(SPANISH_DERIVED.test(key), key).toBe(true);
    for (const key of ['ramos', 'campos', 'bautista', 'sharon', 'ignacio'])
      expect(SPANISH_DERIVED.test(key), key).toBe(false);
  });
});

describe('people: form labels and openers of a Spanish record are no speakers or names', () => {
  it('takes the patient and the doctor of a report, not its field labels', () => {
    const report = [
      'Paciente: Gregorio Llamazares Pino      Historia: 0099123',
      'Teléfono: 912 00 11 22',
      'Motivo de consulta: dolor lumbar',
      'Antecedentes: sin interés',
      'Exploración: normal',
      'Seguimiento: en tres meses',
      'Firmado: Dra. Begoña Cienfuegos',
    ].join('\n');
    const found = people(report);
    expect(found).toContain('Gregorio Llamazares Pino');
    expect(found.some((f) => f.endsWith('Begoña Cienfuegos'))).toBe(true);
    for (const label of ['Teléfono', 'Antecedentes', 'Exploración', 'Seguimiento']) expect(found).not.toContain(label);
  });

  it('reads a first-person plural verb opening a mail as a word, not a list of names', () => {
    const found = people(
      'Adjuntamos el presupuesto y Solicitamos confirmación antes del lunes. Un saludo, Bernardo Quiles',
    );
    expect(found).not.toContain('Adjuntamos');
    expect(found).not.toContain('Solicitamos');
    expect(found).toContain('Bernardo Quiles');
  });

  it('keeps a Spanish noun heading a thing named inside a row as part of that name', () => {
    const rows =
      'Lote    Uds   Destino\nQX-101  12    Depósito Eulalia (Teruel)\nQX-102  40    Depósito Ramiro (Soria)';
    expect(people(rows)).toEqual([]);
  });
});

describe('people: a chat sender whose nickname is also a word', () => {
  it('takes the sender beside a listed family name, emoji after the name or not', () => {
    const chat = [
      '[5/10/26 08:01] Sole Echevarría 🌻: buenas, el pedido no llegó',
      '[5/10/26 08:03] Tienda Norte: lo miramos ahora',
      '[5/10/26 08:05] Sole Echevarría 🌻: gracias',
    ].join('\n');
    expect(people(chat)).toContain('Sole Echevarría');
  });

  it('leaves a sender of ordinary words with no listed name alone', () => {
    const chat = ['[5/10/26 08:01] Pedido Listo: recoger en caja', '[5/10/26 08:03] Pedido Listo: gracias'].join('\n');
    expect(people(chat)).toEqual([]);
  });
});

describe('people: a double family name with a word as one half', () => {
  it('reads a fixed-width record whose family name joins a listed name and a word', () => {
    const dump =
      '       01 CLIENT-REC.  03 CLI-NOM  PIC X(28).\n\n00310011PEREZ-VALE ROSAURA M        660100211\n00310012ADEYEMI TOBI                 660100212';
    expect(people(dump)).toEqual(expect.arrayContaining(['PEREZ-VALE ROSAURA M']));
  });

  it('still rejects a field made only of words', () => {
    const dump = '00310011FOLLOW-UP NOTE               660100211\n00310012OPEN ITEMS                   660100212';
    expect(people(dump)).toEqual([]);
  });
});

describe('people: name parts in exports and the parties of claims', () => {
  it('reads quoted "first" and "last" keys of an export as the parts of a name', () => {
    const json =
      '[{"first":"Radka","last":"Vondrackova-Lind","org":"Nordklinik","email":"rvl@example.org"},\n' +
      ' {"first":"Oisin","last":"Breathnach","org":"Harbour Clinic","email":"ob@example.ie"}]';
    expect(people(json)).toEqual(expect.arrayContaining(['Radka', 'Vondrackova-Lind', 'Oisin', 'Breathnach']));
  });

  it('leaves bare "First:" steps and quoted keys holding ordinary words alone', () => {
    expect(people('First: Preheat the oven. Last: Serve warm.')).toEqual([]);
    expect(people('{"first":"Monday","last":"Friday","label":"Week"}')).toEqual([]);
  });

  it('takes the deceased, the remitter and the payee of a claim or a transfer', () => {
    const claim = 'Deceased: Lindani Mthunzi Zulu (father)\nRemitter: Jonalyn Pascua Ocampo\nPayee: Ferdinand Sulit';
    expect(people(claim)).toEqual(
      expect.arrayContaining(['Lindani Mthunzi Zulu', 'Jonalyn Pascua Ocampo', 'Ferdinand Sulit']),
    );
  });
});

describe('people: a Dutch particle written with a capital', () => {
  it('takes a listed given name, "Van der" or "Van den" and the family name', () => {
    expect(people('Pickup: only me (Anouk Van der Linden) or my husband.')).toContain('Anouk Van der Linden');
    expect(people('Our son Pieter Van den Broeck is in group B.')).toContain('Pieter Van den Broeck');
  });

  it('leaves a hotel or a museum named with the particle alone', () => {
    expect(people('We drove past the Van der Valk Hotel and the Van Gogh Museum on Sunday.')).toEqual([]);
  });
});
