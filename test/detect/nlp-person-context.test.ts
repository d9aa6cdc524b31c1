import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: one unknown word that the context makes a name', () => {
  it('finds a person addressed at the start or the end of a sentence', () => {
    expect(people('Quilla, could you forward the minutes to the board?')).toEqual(['Quilla']);
    expect(people('We made it home safely, Tavita!')).toEqual(['Tavita']);
    expect(people('Honestly, can we skip the meeting?')).toEqual([]);
  });

  it('finds the owner of personal things and the antecedent of a personal pronoun', () => {
    expect(people("Please update Oyelowo's address before the parcel ships.")).toEqual(['Oyelowo']);
    expect(people('Yesterday Ngaire lent me her laptop for the demo.')).toEqual(['Ngaire']);
    expect(people('The Kubernetes cluster restarted its pods overnight.')).toEqual([]);
  });

  it('finds the speaker of a line of dialogue and a name before something only people do', () => {
    expect(people('Tamsin: "Where did you put the keys?"\nBo: "On the shelf."')).toContain('Tamsin');
    expect(people('Leon shouted at the referee after the match.')).toEqual(['Leon']);
  });

  it('finds relatives and colleagues named after the relation, in English and Spanish', () => {
    expect(people('I need to add my daughter Wairimu to the policy.')).toEqual(['Wairimu']);
    expect(people('Mañana viene mi hermana Itxaso a recoger los papeles.')).toEqual(['Itxaso']);
    expect(people('My manager approved the budget.')).toEqual([]);
  });
});

describe('NlpDetector: full names and traits that the context makes a name', () => {
  it('takes two unknown words as a full name in the same contexts', () => {
    expect(people("Tahu Rangitoto's passport expires next month.")).toEqual(['Tahu Rangitoto']);
    expect(people('Yesterday Ebele Nwachukwu forgot her badge at the desk.')).toEqual(['Ebele Nwachukwu']);
  });

  it('takes the subject of a trait only people have, in English and Spanish', () => {
    expect(people('Why is Oyinlola so stubborn about the schedule?')).toEqual(['Oyinlola']);
    expect(people('Dice que Ainhoa es muy amable con todos.')).toEqual(['Ainhoa']);
    expect(people('The Kafka cluster is very reliable.')).toEqual([]);
  });
});

describe('NlpDetector: lists of names', () => {
  it('takes unknown words listed with known family names as names', () => {
    expect(people('The study was led by Okonkwo and Morales in 2019.')).toEqual(['Okonkwo', 'Morales']);
    expect(people('Our founders: Ndiaye, Becker and Vasquez.')).toEqual(['Ndiaye', 'Becker', 'Vasquez']);
  });

  it('leaves firms and street corners alone', () => {
    expect(people('She worked at Jones, Becker and Vasquez for years.')).toEqual([]);
    expect(people('The office is at Brennan and Kvarnvägen 15.')).toEqual([]);
  });
});

describe('NlpDetector: speakers, escaped quotes and lists that are mostly people', () => {
  it('takes the speaker named right after a quotation and its verb', () => {
    expect(people('"We are ready to leave," said Quillon.')).toEqual(['Quillon']);
    expect(people('What a mess! said Tavita to nobody.')).toEqual(['Tavita']);
    expect(people('She said Monday works for everyone.')).toEqual([]);
  });

  it('reads dialogue and possessives copied out of JSON strings, with backslashes before the quotes', () => {
    const text = 'marisol: \\"where were you?\\"\nthe reply was about marisol\\\'s husband.';
    expect(people(text)).toContain('marisol');
  });

  it('adds a listed given name that is also a word to a list that is mostly people', () => {
    expect(people('The guests were Kristi, Stephen, Julie and April.')).toEqual([
      'Kristi',
      'Stephen',
      'Julie',
      'April',
    ]);
    expect(people('We met in April, May and June.')).toEqual([]);
  });
});

describe('NlpDetector: a personal pronoun in the next sentence', () => {
  it('takes the subject of a copula when the next sentence points back at a person', () => {
    expect(people('Quilla is very punctual in meetings. You can always rely on her.')).toEqual(['Quilla']);
    expect(people('Zorvex is very reliable. You can always rely on it.')).toEqual([]);
  });
});

describe('NlpDetector: authors of works and things only people begin or spend', () => {
  it('takes a single name between an article and a kind of work as its author', () => {
    expect(people('Unlike the Okonkwo novel, this one is short.')).toEqual(['Okonkwo']);
    expect(people('They sold a Vantongerloo painting last week.')).toEqual(['Vantongerloo']);
    expect(people('Unlike the Kubernetes docs, this one is short.')).toEqual([]);
    expect(people('unlike the okonkwo novel, this one is short.')).toEqual(['okonkwo']);
    expect(people('i read the whole novel and a short poem.')).toEqual([]);
  });

  it('takes one unknown word before began writing or spent a year', () => {
    expect(people('Talvikki began writing as a teenager.')).toEqual(['Talvikki']);
    expect(people('Then Oyelaran spent a year abroad.')).toEqual(['Oyelaran']);
    expect(people('Then Kubernetes began scheduling the pods.')).toEqual([]);
  });
});
