const ASCII = /^[\x00-\x7f]*$/;

/** Lookup key of a word or phrase: lower-case without diacritics, so "Martínez", "MARTINEZ" and "martinez" meet. */
export function foldKey(value: string): string {
  // Most words are ASCII: skip the (comparatively slow) Unicode decomposition for them.
  if (ASCII.test(value)) return value.toLowerCase();
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
