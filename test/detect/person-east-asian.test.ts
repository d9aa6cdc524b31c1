import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Chinese, Korean and Vietnamese names read from a closed family-name set and a syllable inventory
// (rules/names/east-asian-names.yaml), and names in capitals given names first (person-caps-rows.ts); every example
// is invented.
const nlp = new NlpDetector();
const people = (text: string) => spansOf(nlp, text, ['PERSON'], 0.5);

describe('East Asian names in Latin letters', () => {
  it('reads a family name and a given name of one or two syllables, in either order', () => {
    expect(people('Our contact at the mill, Guo Xiaoming, asked for the revised invoice.')).toEqual(['Guo Xiaoming']);
    expect(people('Supervisor informed: Liang Hao-Ran ext 4410')).toEqual(['Liang Hao-Ran']);
    expect(people('Team lead Xu Lei approved the overtime.')).toEqual(['Xu Lei']);
    expect(people('Wang Lei signed the form.')).toEqual(['Wang Lei']);
    expect(people('Park Ji-hoon will join the call from Seoul.')).toEqual(['Park Ji-hoon']);
    expect(people('Please send the contract to Nguyen Van Thanh before Friday.')).toEqual(['Nguyen Van Thanh']);
  });

  it('leaves a family name that is also a word alone without a second syllable or a cue', () => {
    expect(people('He said the line stops at six.')).toEqual([]);
    expect(people('Do you know where the key is?')).toEqual([]);
    expect(people('We moved the office to Hong Kong last spring.')).toEqual([]);
    expect(people('Sun Tan lotion is on aisle four.')).toEqual([]);
    expect(people('A Yin Yang pendant hung by the door.')).toEqual([]);
  });
});

describe('Han-character names', () => {
  it('reads one after a name field or beside the romanised name', () => {
    expect(people('姓名：周志明')).toEqual(['周志明']);
    expect(people('Employee: 郭嘉欣 requested leave.')).toEqual(['郭嘉欣']);
  });

  it('leaves Han words without a cue alone', () => {
    expect(people('Order ref 高血压 notes attached.')).toEqual([]);
  });
});

describe('names in capitals, given names first, alone in a field', () => {
  it('reads a rarer given name or an unlisted family name when the field holds nothing else', () => {
    expect(people('<titular>ROMINA ISABEL QUENTA ROJAS</titular>')).toEqual(['ROMINA ISABEL QUENTA ROJAS']);
    expect(people('[warn] refund queued payer="CLAUDIA INES BARRETO" amount=120.00')).toEqual(['CLAUDIA INES BARRETO']);
  });

  it('keeps a family name that is also a place inside the name', () => {
    expect(people('<beneficiario>MARISOL ANDREA TOLEDO</beneficiario>')).toEqual(['MARISOL ANDREA TOLEDO']);
  });

  it('leaves headings and notices in capitals alone', () => {
    expect(people('<h1>NOTICE TO ALL STAFF</h1>')).toEqual([]);
    expect(people('JOHN DEERE TRACTOR PARTS')).toEqual([]);
  });
});

describe('family name first at the start of a line', () => {
  it('reads a family name that is nothing else before a core given name', () => {
    expect(people('Farkas Zsófia – TAJ 123456789, born 1984.02.11')).toEqual(['Farkas Zsófia']);
    expect(people('Zsófia Farkas signed the form.')).toEqual(['Zsófia Farkas']);
  });
});

describe('Dutch names', () => {
  it('reads a Dutch given name before a family name with its particle', () => {
    expect(people('The form was signed by Sanne de Vries on Monday.')).toEqual(['Sanne de Vries']);
    expect(people('Contact: Daan van den Heuvel, ext 22')).toEqual(['Daan van den Heuvel']);
  });
});
