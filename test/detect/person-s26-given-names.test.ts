import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Given names of regions the lists held thinly (session 26, rules/names/first-names-world.txt); every example is
// invented.
const nlp = new NlpDetector();
const people = (text: string) => spansOf(nlp, text, ['PERSON'], 0.5);

describe('Nordic, Baltic, Slavic, Hungarian, Greek and Turkish given names', () => {
  it('reads a listed given name alone where a person acts', () => {
    expect(people('Hi team, Vegard will cover the night shift while Ragnhild is on leave.')).toEqual([
      'Vegard',
      'Ragnhild',
    ]);
    expect(people('Giedrius said the van is ready for collection.')).toEqual(['Giedrius']);
    expect(people('Call Sindre back about the roofing quote.')).toEqual(['Sindre']);
  });

  it('reads it before a family name, in English and Spanish text', () => {
    expect(people('Tiit Saar phoned twice about the deposit.')).toEqual(['Tiit Saar']);
    expect(people('La factura la firmó Stavroula Nikolaou el lunes.')).toEqual(['Stavroula Nikolaou']);
    expect(people('Contrato de alquiler entre Gökhan Yıldırım y la propietaria.')).toEqual(['Gökhan Yıldırım']);
  });

  it('reads a name with a letter that does not fold in either spelling', () => {
    expect(people('Torbjørn Haugland signed the delivery note.')).toEqual(['Torbjørn Haugland']);
    expect(people('Torbjorn Haugland signed the delivery note.')).toEqual(['Torbjorn Haugland']);
  });

  it('leaves the words that look like such names alone', () => {
    expect(people('Blusa de seda natural, talla M, devolución gratuita.')).toEqual([]);
    expect(people('Grow the culture in a Petri dish at 37 degrees.')).toEqual([]);
    expect(people('She holds a Juris Doctor from a state university.')).toEqual([]);
  });
});

describe('Hebrew, Arabic, Maghrebi, Persian and South Asian given names', () => {
  it('reads a listed given name alone where a person acts', () => {
    expect(people('Sorry for the delay, Farshid only sent the signed lease last night.')).toEqual(['Farshid']);
    expect(people('Please ask Mehwish to bring the spare keys on Friday.')).toEqual(['Mehwish']);
  });

  it('reads it before a family name, in English and Spanish text', () => {
    expect(people('Transfer received from Sepideh Rahimi for the deposit.')).toEqual(['Sepideh Rahimi']);
    expect(people('La nómina de Abdeslam Ouali llegó con retraso.')).toEqual(['Abdeslam Ouali']);
    expect(people('Invoice addressed to Venkatesh Krishnan, flat 4B.')).toEqual(['Venkatesh Krishnan']);
  });

  it('leaves the Spanish words that look like such names alone', () => {
    expect(people('Tejas de barro cocido para la cubierta del porche.')).toEqual([]);
    expect(people('La puja final superó el precio de salida.')).toEqual([]);
    expect(people('Sidra natural de Asturias, caja de seis botellas.')).toEqual([]);
  });
});

describe('a word read as one of a list of names, said again', () => {
  it('is the same person again later in the text', () => {
    const text =
      'Attendees: Fiona, Tariq, Quirijn, Grace Obi (minutes)\n1. Budget review moved to next month.\n2. Quirijn is off from Monday after his surgery, back in March.';
    expect(people(text).filter((p) => p === 'Quirijn')).toHaveLength(2);
  });

  it('is not repeated where the list wrote it as an abbreviation', () => {
    const text =
      'Según Ulpiano, Pand. 4.2.1, el vendedor responde.\n- La entrega se prueba por testigos (Pand. 4.2.7).';
    expect(people(text).filter((p) => p === 'Pand').length).toBeLessThan(2);
  });
});

describe('East and Southeast Asian, Filipino, Lusophone, Andean and African given names', () => {
  it('reads a listed given name alone where a person acts', () => {
    expect(people('Please confirm with Kyungsoo whether the parcel arrived.')).toEqual(['Kyungsoo']);
    expect(people('Selamawit said the visa appointment moved to Thursday.')).toEqual(['Selamawit']);
  });

  it('reads it before a family name', () => {
    expect(people('La cuidadora, Luzviminda Dizon, cobra por quincena.')).toEqual(['Luzviminda Dizon']);
    expect(people('O recibo saiu em nome de Valdirene Souza e não da empresa.')).toEqual(['Valdirene Souza']);
  });

  it('leaves an adjective that looks like such a name alone', () => {
    expect(people('Nos vemos en el festival de cine ítalo-argentino.')).toEqual([]);
  });
});
