import type { PersonSpan } from './person.js';
import type { Token } from './tokenize.js';

const JOINERS = new Set([',', 'and', 'y', '&', ', and', 'or', ', y', 'e']);

/**
 * "Malon, Mark, Kaylee and Brandi", "Sousa and Ball": items of one coordinated list of single capitalised words are
 * the same kind of thing. When most items are already people, or every item is a known given name or surname (never
 * a place or an ordinary word), the list is a list of people. Runs are given as token indexes; decided is updated.
 */
export function spreadOverLists(
  tokens: readonly Token[],
  runs: number[][],
  decided: Array<PersonSpan | undefined>,
  nameKind: (index: number) => 'known' | 'possible' | undefined,
): void {
  let r = 0;
  while (r < runs.length) {
    const members = [r];
    let next = r;
    while (next + 1 < runs.length && runs[next]!.length === 1 && runs[next + 1]!.length === 1) {
      const gap = tokens.slice(runs[next]![0]! + 1, runs[next + 1]![0]!).map((t) => t.key);
      if (!JOINERS.has(gap.join(' '))) break;
      members.push(next + 1);
      next++;
    }
    if (members.length >= 2 && runs[r]!.length === 1) {
      const kinds = members.map((m) => nameKind(runs[m]![0]!));
      const people = members.filter((m) => decided[m] !== undefined).length;
      // "Smith & Wesson", "Marks & Spencer": an ampersand joins brands as often as people.
      const ampersand = tokens.slice(runs[r]![0]!, runs[next]![0]!).some((t) => t.text === '&');
      const allKnown = !ampersand && kinds.every((k) => k === 'known');
      if (people * 2 >= members.length || allKnown) {
        members.forEach((m, n) => {
          const w = runs[m]![0]!;
          if (!decided[m] && kinds[n] !== undefined)
            decided[m] = { first: w, last: w, score: 0.7, type: 'LIST_OF_NAMES' };
        });
      }
    }
    r = next + 1;
  }
}
