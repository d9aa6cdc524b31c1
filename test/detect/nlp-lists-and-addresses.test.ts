import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { PhraseIndex } from '../../src/detect/nlp/phrase-index.js';
import { tokenize } from '../../src/detect/nlp/tokenize.js';
import { spansOf } from '../support/spans.js';

// Behaviour added with the generated name and town lists and the extra address shapes. Sentences are our own.
const detector = new NlpDetector({ compromiseBudget: 0 });

const labelled = (text: string, label: string) => spansOf(detector, text, [label], 0.5);

describe('NlpDetector: generated name lists', () => {
  it('takes a rarer given name next to a known family name', () => {
    expect(labelled('The keys are with Bogumiła Nowak at the front desk.', 'PERSON')).toEqual(['Bogumiła Nowak']);
  });

  it('takes a given name that is also a word only beside a surname and not opening a sentence', () => {
    expect(labelled('Please add Randy Shaw to the invoice.', 'PERSON')).toEqual(['Randy Shaw']);
    expect(labelled('Ping Jordan if the deploy fails.', 'PERSON')).toEqual([]);
  });

  it('finds lists of known names and a known name before a person verb or as a speaker', () => {
    expect(labelled('In the photo, Wójcik and Okafor were standing at the back.', 'PERSON')).toEqual([
      'Wójcik',
      'Okafor',
    ]);
    expect(labelled('Yesterday Svetlana shouted at the referee.', 'PERSON')).toEqual(['Svetlana']);
    expect(labelled('Wilhelmina: Are you coming tonight?', 'PERSON')).toEqual(['Wilhelmina']);
  });

  it('masks the name without its possessive ending', () => {
    expect(labelled("We stayed at Karen's flat for a week.", 'PERSON')).toEqual(['Karen']);
  });

  it('finds names in lower-case lists of prose', () => {
    expect(labelled('we invited four: margaret, christopher, natalie and gregory.', 'PERSON')).toEqual([
      'margaret',
      'christopher',
      'natalie',
      'gregory',
    ]);
  });

  it('keeps acronyms, form labels and brand pairs out', () => {
    expect(labelled('Serology: ANA, AMA and ANCA were negative.', 'PERSON')).toEqual([]);
    expect(labelled('País: Chile', 'PERSON')).toEqual([]);
    expect(labelled('They ordered parts from Smith & Wesson last year.', 'PERSON')).toEqual([]);
    expect(labelled('Los resultados de ANCA y ANA fueron negativos.', 'PERSON')).toEqual([]);
  });
});

describe('NlpDetector: towns and countries', () => {
  it('finds a town from the world list when something places it', () => {
    expect(labelled('Our office moved to Skelleftehamn, near the coast.', 'LOCATION')).toEqual(['Skelleftehamn']);
    expect(labelled('The parcel is waiting in Oberstdorf for pickup.', 'LOCATION')).toEqual(['Oberstdorf']);
  });

  it('finds full country names', () => {
    expect(labelled('She flew home to the Democratic Republic of the Congo in May.', 'LOCATION')).toEqual([
      'Democratic Republic of the Congo',
    ]);
  });

  it('does not take a town name that is a word, a dialogue speaker or an acronym', () => {
    expect(labelled('Bot: How can I help you today?', 'LOCATION')).toEqual([]);
    expect(labelled('The treatment with APC was stopped.', 'LOCATION')).toEqual([]);
    expect(labelled('Reading is my favourite hobby.', 'LOCATION')).toEqual([]);
  });

  it("does not read a country's other name into ordinary Spanish words", () => {
    expect(labelled('La reunión con Wenceslao Ibarra fue el martes.', 'LOCATION')).toEqual([]);
    expect(labelled('La reunión con Wenceslao Ibarra fue el martes.', 'PERSON')).toEqual(['Wenceslao Ibarra']);
  });

  it('leaves Spanish text to the hand lists', () => {
    expect(labelled('El paciente refiere dolor en la Unidad de Cuidados.', 'LOCATION')).toEqual([]);
  });
});

describe('NlpDetector: address shapes', () => {
  it('follows address lines quoted with > or question marks', () => {
    expect(labelled('> Rosa Ferreira\n> 14 Harbour Street\n> Suite 2\n> Whitby', 'LOCATION')).toEqual([
      '14 Harbour Street\n> Suite 2\n> Whitby',
    ]);
    expect(labelled('??? 8 Via delle Rose 3\n??? Apt. 5\n??? Lucca', 'LOCATION')).toEqual([
      '8 Via delle Rose 3\n??? Apt. 5\n??? Lucca',
    ]);
  });

  it('finds post-office and military boxes', () => {
    expect(labelled('Send the forms to PSC 2210, Box 4471\nAPO AE 09123 please.', 'LOCATION')).toEqual([
      'PSC 2210, Box 4471\nAPO AE 09123',
    ]);
    expect(labelled('USNS Mercy\nFPO AP 96678', 'LOCATION')).toEqual(['USNS Mercy\nFPO AP 96678']);
    expect(labelled('Write to P.O. Box 3318 instead.', 'LOCATION')).toEqual(['P.O. Box 3318']);
  });

  it('finds name-first European streets and standalone units', () => {
    expect(labelled('Her new address is Lindenstrasse 14, Basel.', 'LOCATION')).toEqual(['Lindenstrasse 14, Basel']);
    expect(labelled('Deliver it to ul. Kwiatowa 7 tomorrow.', 'LOCATION')).toEqual(['ul. Kwiatowa 7']);
    expect(labelled('Mrs. Ida Holm Apt. 12 77 Rue de la Gare 4\nLiège', 'LOCATION')).toEqual([
      'Apt. 12 77 Rue de la Gare 4\nLiège',
    ]);
  });

  it('finds a Spanish post-office box', () => {
    expect(labelled('Puede escribir al Apartado de Correos 118 de Cuenca.', 'LOCATION')).toEqual([
      'Apartado de Correos 118 de Cuenca',
    ]);
  });

  it('reads "zip code is N" and "N avenue de X"', () => {
    expect(labelled('my zip code is 60614', 'LOCATION')).toEqual(['60614']);
    expect(labelled('He lives at 9 avenue de Tivoli, Reims.', 'LOCATION')).toEqual(['9 avenue de Tivoli, Reims']);
  });

  it('keeps ordinary numbers and suites of music clean', () => {
    expect(labelled('The orchestra played suite 3 and then took a break.', 'LOCATION')).toEqual([]);
    expect(labelled('Version 12 of the Weg library shipped.', 'LOCATION')).toEqual([]);
    expect(labelled('We had 3 units in the box and 2 more on order.', 'LOCATION')).toEqual([]);
  });
});

describe('PhraseIndex', () => {
  it('matches the longest phrase and phrases ending before a token', () => {
    const index = new PhraseIndex<string>();
    index.add('San Juan', 'A');
    index.add('San Juan de los Lagos', 'B');
    index.add('my name is', 'C');
    const tokens = tokenize('I flew to San Juan de los Lagos, my name is Ana');
    const at = tokens.findIndex((t) => t.text === 'San');
    expect(index.matchAt(tokens, at)).toEqual({ length: 5, value: 'B' });
    const ana = tokens.findIndex((t) => t.text === 'Ana');
    expect(index.endsBefore(tokens, ana)).toEqual({ length: 3, value: 'C' });
    expect(index.hasExact('san')).toBe(false);
    expect(index.hasFirst('san')).toBe(true);
  });
});

describe('NlpDetector: answers, signatures and strong verbs', () => {
  it('takes the answer to a name question', () => {
    expect(labelled("What's your last name? Okonkwo", 'PERSON')).toEqual(['Okonkwo']);
    expect(labelled('¿Cuál es su nombre? Itziar Goikoetxea', 'PERSON')).toEqual(['Itziar Goikoetxea']);
  });

  it('takes a known given name and a family name alone on a line', () => {
    expect(labelled('Thanks again\n\nTeodora Vukašinović\nSales desk', 'PERSON')).toEqual(['Teodora Vukašinović']);
    expect(labelled('Release notes\nGrace Period\nChanged defaults', 'PERSON')).toEqual([]);
  });

  it('takes one unknown word before something only people do, but not before ordinary verbs', () => {
    expect(labelled('Then Zdravko shouted at the driver.', 'PERSON')).toEqual(['Zdravko']);
    expect(labelled('Kubernetes runs the jobs at night.', 'PERSON')).toEqual([]);
  });
});
