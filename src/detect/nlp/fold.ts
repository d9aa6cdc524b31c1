/** Lookup key of a word or phrase: lower-case without diacritics, so "Martínez", "MARTINEZ" and "martinez" meet. */
export function foldKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
