import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const persons = (text: string) => spansOf(engine, text, ['PERSON']);

describe('person-kin: a relative or a helper named after the relation', () => {
  it('takes the name after a family word written as a title, with or without a possessive', () => {
    expect(persons('Sin alergias conocidas. Papá Aitzol 688 410 297.')).toContain('Aitzol');
    expect(persons('Night notes: Daughter Adaugo lands from Tamale on Sunday.')).toContain('Adaugo');
    expect(persons('Darf abholen: Opa Ingolf Hartkopf, 0351 448 2210')).toContain('Ingolf Hartkopf');
  });

  it('takes the name after a Spanish relation and "de"', () => {
    expect(persons('Hoy escribió la abuela de Yerai para decir que llega tarde.')).toContain('Yerai');
  });

  it('takes the name after a household helper, lower case', () => {
    expect(persons('No spare key: our childminder Wiesia has the fob (07700 900 263).')).toContain('Wiesia');
    expect(persons('- la limpiadora Zuriñe pasa los martes')).toContain('Zuriñe');
  });

  it('brings the relative back when named again alone', () => {
    const note = 'Contacto: mamá Solenne, 611 209 384.\nSi no contesta, Solenne tiene el fijo apuntado.';
    expect(persons(note)).toEqual(['Solenne', 'Solenne']);
  });

  it('leaves everyday words, clerical titles and business partners alone', () => {
    expect(persons('Mother Nature always wins, and Dad Jokes is a podcast.')).toEqual([]);
    expect(persons('We signed with our partner Telcoria last year.')).toEqual([]);
    expect(persons('The Partner Portal opens on Monday.')).toEqual([]);
    expect(persons('Son Goku Kamehameha Wave is the attack in the game.')).toEqual([]);
  });
});

describe('Spanish pronoun and imperative that are also given names', () => {
  it('does not take "Ella" opening a Spanish sentence or "Evita" as an imperative for a person', () => {
    expect(persons('Ella trabaja por las mañanas y cobra por transferencia.')).toEqual([]);
    expect(persons('Evita los tecnicismos en el resumen, por favor.')).toEqual([]);
  });

  it('still takes Ella with a family name or after a cue', () => {
    expect(persons('Ella Thompson starts on Monday.')).toEqual(['Ella Thompson']);
    expect(persons('my daughter Ella has a cough')).toEqual(['Ella']);
  });
});

describe('acronyms that look like a name or its initials', () => {
  it('does not read a form acronym as the initials of a full name above it', () => {
    const form = 'Client: Dana Okoro-Bell, USMC 2001-2009\nSSN: 531-86-0000   DOB: 11/03/1979';
    expect(persons(form)).toEqual(['Dana Okoro-Bell']);
  });

  it('still reads three initials of a full name said again', () => {
    expect(persons('Mara Quist-Lindell owns the rollout. MQL replied on Friday.')).toEqual([
      'Mara Quist-Lindell',
      'MQL',
    ]);
  });

  it('does not take a short acronym with a possessive for a name', () => {
    expect(persons("Our AME's office wants a cover letter drafted.")).toEqual([]);
  });
});

describe('public genres: a stage work programme, a wine auction catalogue', () => {
  it('reads the producers and winemakers of an auction catalogue as nobody', () => {
    const lots = [
      'Short blurbs for these auction lots, please.',
      'Lot 88  Domaine Lucien Perrichon, Corton 2009, 6 bottles. Estimate EUR 900-1,200',
      'Lot 89  Bodega Urrutxua Reserva 1998, 12 bottles, Ambrose Pellham vintage at its best. Estimate EUR 700-900',
      "Buyer's premium 22%. Bid increments by 50.",
    ].join('\n');
    expect(persons(lots)).toEqual([]);
  });

  it('reads the credits of a stage work programme as nobody', () => {
    const programme = [
      'EL PATIO DE LAS GLICINIAS (1901)',
      'Zarzuela en un acto. Música de Baldomero Aranguren, libreto de Evaristo Villaseca.',
      'Estrenada en el teatro de la ciudad, fue un éxito de la temporada. Grabaciones: Casimiro Benaches (1962).',
    ].join('\n');
    expect(persons(programme)).toEqual([]);
  });

  it('keeps the names of a private text that shares the words', () => {
    const note = 'Mi vecino Baldomero Aranguren me vende 6 botellas de su cosecha 2019; su móvil es 611 402 937.';
    expect(persons(note)).toContain('Baldomero Aranguren');
  });
});

describe('person-pets: animals named under a pet label', () => {
  it('reads the pets of a walker sheet and their later mentions as nobody', () => {
    const sheet = [
      'Client: Perpetua Vandermolen, 4 Mill Lane',
      'Dogs: Tofu and Brisket (spaniels)',
      'Cat: Miso',
      'Never walk Tofu with the others; Perpetua Vandermolen pays monthly.',
    ].join('\n');
    expect(persons(sheet)).toEqual(['Perpetua Vandermolen', 'Perpetua Vandermolen']);
    expect(
      persons('Perra: Nala (mestiza, 3 años)\nDueña: Garbiñe Olabarrieta\nNala no sale con otros perros.'),
    ).toEqual(['Garbiñe Olabarrieta']);
  });

  it('reads a name right after an animal noun, in quotes or not, as the animal', () => {
    expect(persons('Anillas leídas esta temporada: grulla «Brisa» con anilla roja.')).toEqual([]);
    expect(persons('Our cat Mochi hates the vet, but my son Tadeo loves her.')).toEqual(['Tadeo']);
  });

  it('keeps a person after the animal on the label line and a full name sharing a pet name', () => {
    expect(persons('Dog: Pickle, owner Ines Varga\nInes Varga pays monthly.')).toEqual(['Ines Varga', 'Ines Varga']);
    expect(persons('Client: Max Dunmore\nDog: Max (lab)\nMax Dunmore pays by card.')).toEqual([
      'Max Dunmore',
      'Max Dunmore',
    ]);
  });
});

describe('person-chat-body: a group chat names children and members at a message start and after "@"', () => {
  const chat = [
    '[04/11/26, 18:02] Garbiñe Olabarrieta: Ottilie NO viene el viernes, tiene fiebre',
    '[04/11/26, 18:05] Aitzol Benaches: @Garbiñe que se mejore!',
    '[04/11/26, 18:09] Aitzol Benaches: Perfecto, lo apunto',
    '[04/11/26, 18:11] Aitzol Benaches: Leo el acta luego y os digo',
  ].join('\n');

  it('takes a listed given name opening a message before a word in capitals, and a mention', () => {
    const found = persons(chat);
    expect(found).toContain('Ottilie');
    expect(found.filter((n) => n === 'Garbiñe' || n === 'Garbiñe Olabarrieta').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves a word before a comma and an everyday word that is also a name', () => {
    const found = persons(chat);
    expect(found).not.toContain('Perfecto');
    expect(found).not.toContain('Leo');
  });

  it('reads nothing as a message opener outside a stamped chat', () => {
    expect(persons('Ottilie NO viene.')).not.toContain('Ottilie');
  });
});

describe('form fields of members and parents, and a family name before an identity document', () => {
  it('takes the name after a member or parent field, whatever its origin', () => {
    expect(persons('Member: Wambui Gathoni Kariuki\nNational ID: 30110457')).toEqual(['Wambui Gathoni Kariuki']);
    expect(persons('Padre/madre/tutor: Aitzol Benaches Cuesta   DNI 12345678Z')).toEqual(['Aitzol Benaches Cuesta']);
  });

  it('still reads a street named with the same word', () => {
    expect(persons('Vive en Cuesta Blanca 4, Toledo.')).toEqual([]);
  });
});

describe("a speech verb with the same person's pronoun after one unlisted word", () => {
  it('takes the word before "said she" as a person', () => {
    expect(persons('Keep it short; Eirlys said she wants to read it alone.')).toEqual(['Eirlys']);
  });

  it('leaves a department or a board that said something', () => {
    expect(persons('Marketing said she was out, and the Board said he should resign.')).toEqual([]);
  });
});
