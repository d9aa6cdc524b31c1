import { describe, expect, it } from 'vitest';
import { verseBlocks } from '../../src/detect/nlp/public-verse.js';
import { tokenize } from '../../src/detect/nlp/tokenize.js';

// Four short lines of verse (invented), read as verse only when the text says it holds some.
const LINES =
  'Wind over the harbour wall\nGulls above the ferry lane\nSalt upon the window sill\nNight along the river bend';
const blocks = (text: string) => verseBlocks(text, tokenize(text));

describe('the verse cue is a whole word, read body first', () => {
  it('reads the lines as verse after a cue word at the start, after a space or after a hyphen', () => {
    expect(blocks(`Poems for the quiz.\n${LINES}`)).toHaveLength(1);
    expect(blocks(`Check these stanzas.\n${LINES}`)).toHaveLength(1);
    expect(blocks(`Two anti-poems below.\n${LINES}`)).toHaveLength(1);
    expect(blocks(`Revisa estos versos.\n${LINES}`)).toHaveLength(1);
  });

  it('does not read a cue glued after a letter, or followed by one', () => {
    expect(blocks(`Two antipoems below.\n${LINES}`)).toEqual([]);
    expect(blocks(`The poemsmith wrote back.\n${LINES}`)).toEqual([]);
    // A letter outside the BMP (two code units) before the word counts as a letter too.
    expect(blocks(`Two \u{1D400}poems below.\n${LINES}`)).toEqual([]);
  });

  it('finds a later cue when an earlier one is glued to a letter', () => {
    expect(blocks(`Antipoems aside, these are rhymes.\n${LINES}`)).toHaveLength(1);
  });

  it('reads no verse in a text without any cue', () => {
    expect(blocks(`Notes from the walk.\n${LINES}`)).toEqual([]);
  });
});
