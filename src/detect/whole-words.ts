/**
 * No letter or digit may touch a cue on either side ("exam" is not in "example", "1900" not in "19001"). Before the
 * Unicode look-behind, an ASCII letter or digit (which it implies) is ruled out with one code unit's test: most
 * positions of a scan lie inside a word, and the Unicode test is then read only at the others (same matches; the
 * public-genre cue scan read a quarter faster so). Every regex built with it has the u flag.
 */
export const WORD_START = '(?<![A-Za-z0-9])(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A regex of alternatives ("syllabus|temario") matched as whole words, in any case unless flags say otherwise. */
export const wholeWords = (body: string, flags = 'iu'): RegExp =>
  new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
