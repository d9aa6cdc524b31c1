import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: a given name followed by an unknown family name', () => {
  it('takes a rarer given name and an unknown word as a full name', () => {
    expect(people('The panel was chaired by Mikaela Strandqvort last year.')).toEqual(['Mikaela Strandqvort']);
    expect(people('We are waiting for Heather Vontobrel to sign.')).toEqual(['Heather Vontobrel']);
  });

  it('leaves given names before ordinary or derived words alone', () => {
    expect(people('See the Dev Dependencies section.')).toEqual([]);
    expect(people('Read the Chai Documentation first.')).toEqual([]);
    expect(people('Mark Completeness as done.')).toEqual([]);
  });
});

describe('NlpDetector: honorifics in text typed without capitals', () => {
  it('takes the words after mr., mrs. or dr. as a name, even a name that is also a word', () => {
    expect(people('we spoke to mr. quillfeather about the lease.')).toEqual(['mr. quillfeather']);
    expect(people('the invoice went to dr. white yesterday.')).toEqual(['dr. white']);
  });

  it('needs the dot for longer titles', () => {
    expect(people('excuse me, sir bot, but that is rude.')).toEqual([]);
  });
});

describe('NlpDetector: a rarer given name alone in English prose', () => {
  it('takes it inside a lower-case sentence', () => {
    expect(people('I handed over the keys and Einar left early.')).toEqual(['Einar']);
    expect(people('We waited, but Sunniva never called back.')).toEqual(['Sunniva']);
  });

  it('leaves it after a determiner, before a number, in code, in Spanish text and at a sentence start', () => {
    expect(people('Read the Torvald manual first.')).toEqual([]);
    expect(people('The office is on Torvald 12 now.')).toEqual([]);
    expect(people('const rng = new Torvald(42); rng.next()')).toEqual([]);
    expect(people('El paciente fue derivado por Torvald ayer y se fue con la familia.')).not.toContain('Torvald ayer');
    expect(people('Torvald never called back.')).toEqual([]);
  });
});
