import { describe, expect, it } from 'vitest';
import { headerKey } from '../../src/detect/casual-names/casual-lexicon.js';
import { createDetector } from '../../src/detect/engine.js';
import { loadNameLexicon, WORD } from '../../src/detect/nlp/lexicon.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);
const lex = loadNameLexicon();

describe("a role and 'name' as a person field (rules/names/cues.yaml)", () => {
  it('takes two to four name-shaped words after a person field, in English and Spanish', () => {
    expect(people('Client name: Zorya Adjei-Lindholm\nDate of birth: 22/07/1989')).toEqual(['Zorya Adjei-Lindholm']);
    expect(people('Nombre del cliente: Tipene Wharerau Kinloch\nTeléfono: 633 918 204')).toContain(
      'Tipene Wharerau Kinloch',
    );
    expect(people('Resident name: Ulla-Britt Quarshie, room 12')).toEqual(['Ulla-Britt Quarshie']);
  });

  it('leaves a firm, a product, a place or ordinary words after the field', () => {
    expect(people('Client name: Harbour Logistics Ltd\nRef: 2231')).toEqual([]);
    expect(people('Customer name: Northwind Cloud Services\nPlan: annual')).toEqual([]);
    expect(people('Client name: Buenos Aires Office\nRegion: south')).toEqual([]);
    expect(people('Customer name: Annual Renewal Pending\nStatus: open')).toEqual([]);
  });
});

describe('a given name, a particle and a family name (person-unlisted.ts)', () => {
  it('reads "El", "Ní", "Mac", "Te" as part of a family name after a listed given name', () => {
    expect(people('Owners: plot 12 belongs to Nabil El Ouazzani since 2019.')).toContain('Nabil El Ouazzani');
    expect(people('The report was countersigned by Máire Ní Bhraonáin last week.')).toContain('Máire Ní Bhraonáin');
  });

  it('leaves a particle before a place or an ordinary word', () => {
    expect(people('Maria El Salvador office opens Monday.')).not.toContain('Maria El Salvador');
    expect(people('We watched Victoria Te Papa exhibits.')).not.toContain('Victoria Te Papa');
  });
});

describe('names beside a found name, each before a bracket with an age or a birth (person-unlisted.ts)', () => {
  it('takes the next names of the list, even a name that is also a word, in both languages', () => {
    const en = people('Children: Maeve (DOB 03/04/2016) and Rowan (DOB 11/09/2019).');
    expect(en).toContain('Maeve');
    expect(en).toContain('Rowan');
    expect(people('Hijos: Dario (9), Vera (6) y Telmo (2).')).toEqual(['Dario', 'Vera', 'Telmo']);
  });

  it('leaves a word before a bracket that gives no age, and a list with no person found', () => {
    expect(people('Call Samuel (ext. 204) or Finance (ext. 300) for the invoice.')).not.toContain('Finance');
    expect(people('Rooms: Boardroom (20 seats) and Library (12 seats).')).toEqual([]);
  });
});

describe('camel-case table headers (casual-lexicon.ts headerKey)', () => {
  it('reads "PatientName" and "guestFirstName" as their words', () => {
    expect(headerKey('PatientName')).toBe('patient name');
    expect(headerKey('guestFirstName')).toBe('guest first name');
    expect(headerKey('First_Name')).toBe('first name');
  });

  it('finds the people of a CSV export with camel-case headers, not its other columns', () => {
    const csv = 'RecordId,PatientName,Ward,Result\nR-1001,KOWALCZYK Zofia,B4,neg\nR-1002,ADJEI Kwesi,C2,pos\n';
    expect(people(csv)).toEqual(['KOWALCZYK Zofia', 'ADJEI Kwesi']);
    expect(people('RecordId,ProductName,Ward\nR-1,Oak Table,B4\nR-2,Pine Chair,C2\n')).toEqual([]);
  });
});

describe('given names and family names of many origins (rules/names/*-world.txt)', () => {
  it('lists names that are no English or Spanish word', () => {
    for (const name of ['nokuthula', 'ruairidh', 'meritxell', 'aitziber', 'xiomara', 'eunbi', 'shabnam'])
      expect(lex.isWord(WORD.FIRST_NAME, name)).toBe(true);
    for (const name of ['frimpong', 'deshmukh', 'capdevila', 'huarachi', 'ghorbani'])
      expect(lex.isWord(WORD.SURNAME, name)).toBe(true);
  });

  it('finds a listed given name of another origin beside an unlisted family name after a cue', () => {
    expect(people('Please call Nokuthula Vandermolen back about the refund.')).toContain('Nokuthula Vandermolen');
    expect(people('Me llamo Xiomara Quintrileo y escribo por la factura.')).toContain('Xiomara Quintrileo');
  });
});

describe('a role acronym before a name, and whose signature a line bears (person-trim.ts, cues.yaml)', () => {
  it('drops a role or rank acronym before a listed given name and one more word', () => {
    expect(people('Night shift: RN Moira Hendry, HCA Dorin Ilescu.')).toContain('Moira Hendry');
    expect(people('Attending: PC Dafydd Rowlands took the statement.')).toContain('Dafydd Rowlands');
  });

  it('keeps an organisation acronym and what is not a person', () => {
    expect(people('The NHS Fiona Road clinic opens at nine.')).toEqual([]);
    // A given name that is also a word or a place stays with the acronym.
    expect(people('See the HR April Update memo.')).toEqual([]);
    expect(people('The QA Victoria Station audit is due.')).toEqual([]);
  });

  it('reads the name on a signature line of a form, in English and Spanish', () => {
    expect(people('Client signature: T. Adjei-Lindholm      Aftercare given: yes')).toEqual(['T. Adjei-Lindholm']);
    expect(people('Firma del paciente: R. Quintrileo')).toEqual(['R. Quintrileo']);
  });

  it('leaves an empty or a yes/no signature line', () => {
    expect(people('Client signature: ________')).toEqual([]);
    expect(people('Client signature: Yes   Date: pending')).toEqual([]);
  });
});
