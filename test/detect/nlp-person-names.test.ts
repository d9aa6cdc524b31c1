import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';

const detector = new NlpDetector();

function people(text: string): string[] {
  return detector
    .detect(text)
    .filter((f) => f.label === 'PERSON' && f.score >= 0.5)
    .map((f) => text.slice(f.start, f.end));
}

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
