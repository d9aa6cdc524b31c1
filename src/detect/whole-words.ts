/** No letter or digit may touch a cue on either side ("exam" is not in "example", "1900" not in "19001"). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A regex of alternatives ("syllabus|temario") matched as whole words, in any case unless flags say otherwise. */
export const wholeWords = (body: string, flags = 'iu'): RegExp =>
  new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
