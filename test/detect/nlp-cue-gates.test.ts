import { describe, expect, it } from 'vitest';
import { initialsBesideAge } from '../../src/detect/nlp/person-beside.js';
import { cuesIn, cueWords, tokenize } from '../../src/detect/nlp/tokenize.js';

// A list registered here takes a bit of its own, as every finder's list does at load time.
const ORCHARD = cueWords(['quince', 'medlar']);

describe('cuesIn: the cue bits of a whole token list', () => {
  it('holds the bit of a list when one token holds a word of it, and no other token matters', () => {
    const tokens = tokenize('We planted a Medlar by the wall, then a plum.');
    expect(cuesIn(tokens) & ORCHARD).not.toBe(0);
    let bits = 0;
    for (const t of tokens) bits |= t.cues;
    expect(cuesIn(tokens)).toBe(bits);
  });

  it('lacks the bit when no word of the list is there (the finders that need one read nothing)', () => {
    expect(cuesIn(tokenize('We planted a pear by the wall.')) & ORCHARD).toBe(0);
    expect(cuesIn([])).toBe(0);
  });

  it('answers for the list it is given, not the last one read', () => {
    const first = tokenize('quince jelly on Sunday');
    const second = tokenize('apple pie on Monday');
    expect(cuesIn(second) & ORCHARD).toBe(0);
    expect(cuesIn(first) & ORCHARD).not.toBe(0);
  });
});

describe('finders that stop early without their cue word', () => {
  it('reads initials beside an age only where a word for a minor or an age is in the text', () => {
    expect(initialsBesideAge(tokenize('Seen today: T.K. (aged 11) with her father.'))).toHaveLength(1);
    expect(initialsBesideAge(tokenize('Seen today: T.K. (room 11) with her father.'))).toHaveLength(0);
  });
});
