import { describe, expect, it } from 'vitest';
import { CasualNameDetector } from '../../src/detect/casual-names/casual-name-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new CasualNameDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('CasualNameDetector: speakers with the time after the name', () => {
  it('takes "name 10:14: ..." lines of a copied chat', () => {
    const chat = ['omar 09:12: can someone reset the vpn?', 'fatima 09:13: done', 'omar 09:14: thx'].join('\n');
    expect(people(chat)).toEqual(['omar', 'fatima', 'omar']);
    expect(people('odile (9:02 am): on my way')).toEqual(['odile']);
  });

  it('leaves a word that is also a name opening an agenda line alone', () => {
    expect(people('may 10:30: kickoff with the vendor\njune 11:00: review')).toEqual([]);
  });
});

describe('CasualNameDetector: relatives and rarer names after a cue', () => {
  it('takes a name right after a relation, even when the clause goes on', () => {
    expect(people('si no contesto llamad a mi prima tere al 600 11 22 33')).toEqual(['tere']);
    expect(people('my cousin anil will pick it up')).toEqual(['anil']);
  });

  it('takes a rarer given name after "w/" or "with" when it ends its clause', () => {
    expect(people('system design w/ anil: good, a bit quiet on cost')).toEqual(['anil']);
    expect(people('pair with ritesh.')).toEqual(['ritesh']);
  });

  it('takes a rarer given name after a verb whose object is a person, even mid-clause', () => {
    expect(people('cc anil on the thread pls')).toEqual(['anil']);
    expect(people('ping ritesh when done')).toEqual(['ritesh']);
  });

  it('leaves word-names and Spanish words of the rarer lists alone', () => {
    expect(people('built w/ hugo.')).toEqual([]);
    expect(people('acude con asma.')).toEqual([]);
  });
});

describe('CasualNameDetector: compound given names', () => {
  it('takes a listed compound given name as one word', () => {
    expect(people('jean-luc: ok\nomar: thx')).toEqual(['jean-luc', 'omar']);
    expect(people('@mary-jane pls check')).toEqual(['mary-jane']);
    expect(people('can you re-run the e-mail job')).toEqual([]);
  });
});
