/**
 * The character tests the medical span walkers (item-join, clause-continuation) share when they decide whether a
 * mark at text[i] ends a part: a point or comma between digits is a number's, an apostrophe between letters a word's.
 */

/** A digit on both sides of text[i] ("2.5", "09:00", "1,4"). */
export function betweenDigits(text: string, i: number): boolean {
  return /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}

/** A letter on both sides of text[i] ("Crohn's"). */
export function betweenLetters(text: string, i: number): boolean {
  return /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
}

/** A space at text[i] that ends a part: two spaces align columns, a spaced dash sets an aside off. */
export function gapOrAside(text: string, i: number): boolean {
  return text[i + 1] === ' ' || (/[-–—]/.test(text[i + 1] ?? '') && text[i + 2] === ' ');
}
