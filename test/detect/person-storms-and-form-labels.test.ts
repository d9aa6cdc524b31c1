import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: named storms are weather', () => {
  it('reads a name after a storm word, and the same name later alone, as the storm', () => {
    expect(people('Storm Ophelia will reach the coast on Tuesday; Ophelia brings gusts of 90 km/h.')).toEqual([]);
    expect(people('Hurricane Bertram made landfall near the bay; Bertram weakened overnight.')).toEqual([]);
    expect(people('La borrasca Celia dejará lluvias intensas; Celia se aleja el jueves.')).toEqual([]);
  });

  it('still reads a person with a title in the same note', () => {
    expect(people('Storm Ophelia hits on Monday. Mr Ophelia Brandt will cover the depot.')).toContain(
      'Mr Ophelia Brandt',
    );
  });
});

describe('NlpDetector: labels of foreign forms are no speakers', () => {
  it('leaves Swedish referral labels alone', () => {
    expect(
      people('Remiss\nFrån: Hälsocentralen Lindö\nAdress: Storgatan 4\nFrågeställning: yrsel\nÖnskas: bedömning'),
    ).toEqual([]);
    expect(people('Ämne: tidbokning\nFrån: Vårdcentralen Norr\nDatum: 3 mars')).toEqual([]);
  });

  it('still spreads over a transcript where a weakly read speaker comes back', () => {
    expect(people('Wilhelmina: are you in?\nOdalys: yes.\nWilhelmina: good.')).toEqual([
      'Wilhelmina',
      'Odalys',
      'Wilhelmina',
    ]);
  });

  it('leaves Spanish labels of notices and prescriptions alone', () => {
    expect(people('- Dudas: permisos@ejemplo.es o en la sala de reuniones')).toEqual([]);
    expect(people('Dx: amigdalitis aguda\nRx: amoxicilina 500 mg')).toEqual([]);
    expect(people('Consultas: en recepción de 9 a 13 h')).toEqual([]);
  });
});

describe('NlpDetector: next of kin and guardians as person fields', () => {
  it('takes the value after a relation label as a person', () => {
    expect(people('Paciente: Joaquín Apaza\nMadre: Lucía Quispe Huamán, cel. 951 222 333')).toContain(
      'Lucía Quispe Huamán',
    );
    expect(people('Guardian: Moira Tennant')).toEqual(['Moira Tennant']);
    expect(people('Padre: Ernesto Villca Choque')).toEqual(['Ernesto Villca Choque']);
  });
});

describe('NlpDetector: firms, clinics and parks that look like full names', () => {
  it('reads lenders and trading firms named after a place or a family as firms', () => {
    expect(people('Hola, le escribimos de Préstamos del Norte por la cuota vencida.')).toEqual([]);
    expect(people('La factura de Inversiones Ocampo sigue pendiente.')).toEqual([]);
    expect(people('Pago a Transportes Herrera Vidal el lunes.')).toEqual([]);
  });

  it('reads Nordic clinics as clinics', () => {
    expect(people('Remiss från Vårdcentralen Norr till ögonkliniken.')).toEqual([]);
    expect(people('Kontakt: Hälsocentralen Lindö')).toEqual([]);
    expect(people('Henvist fra Legevakten Sentrum.')).toEqual([]);
  });

  it('reads a park named after a town as a park, and keeps people called Park', () => {
    expect(people('We met at Bristol Park.')).toEqual([]);
    expect(people('Litter bins at Halifax Gardens were emptied.')).toEqual([]);
    expect(people('Item 2: bench repairs in Dorchester Park. Noted.')).toEqual([]);
    expect(people('Jin Park and Ana Ruiz joined.')).toEqual(['Jin Park', 'Ana Ruiz']);
  });
});

describe('NlpDetector: a storm word ending a line names nothing on the next', () => {
  it('keeps the speaker of the next chat line a person', () => {
    expect(
      people('Ines Valdrop 03:10  queue backing up, looks like a retry storm\nTobias Lindqvist 03:12  on it'),
    ).toEqual(['Ines Valdrop', 'Tobias Lindqvist']);
    expect(people('Note: the board meets in the small meeting room\nOctavia Brenner 09:14  agenda attached')).toContain(
      'Octavia Brenner',
    );
    expect(people('se espera una borrasca\nMaite Olazábal 08:02  cierro la ventana')).toContain('Maite Olazábal');
  });
});
