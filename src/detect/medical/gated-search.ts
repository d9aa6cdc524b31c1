/**
 * Helpers shared by the medical readings that open on a few gate words (clinical-readings.ts,
 * leave-and-follow-up.ts): case-folded searches for their gates, and the sentence before a match.
 */

const escapeGate = (g: string): string => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A search for any of some gates (substrings), case folded. */
export const gateSearch = (gates: readonly string[]): RegExp =>
  new RegExp([...new Set(gates.map((g) => g.toLowerCase()))].map(escapeGate).join('|'), 'i');

/**
 * Which families of gates (substrings, case folded) a text holds, as gateSearch of all of them and of each family
 * answer, in two steps: `first`, one search for any gate (most texts hold none and cost this search alone), and
 * `present`, the families as bits (family k: 1 << k) from one more search, run on from the first gate. Where each
 * family's own search ran over the whole text (to its end for each family the text lacks), one search now lists
 * every place a gate starts (a look-ahead, so gates that overlap are all seen); the gate found at a place stands for
 * every gate it starts with, and a gate that others start with leaves those families to their own search.
 */
export interface GateFamilies {
  /** Where the first gate of any family starts, or -1 (gateSearch of every gate, as a search). */
  first(text: string): number;
  /** The families with a gate in text, as bits; `from`: where `first` found one (no gate starts before it). */
  present(text: string, from: number): number;
}

export function gateFamilies(families: ReadonlyArray<readonly string[]>): GateFamilies {
  const lists = families.map((gates) => [...new Set(gates.map((g) => g.toLowerCase()))]);
  const every = [...new Set(lists.flat())];
  const all = (1 << families.length) - 1;
  const any = gateSearch(every);
  const each = families.map((gates) => gateSearch(gates));
  const maskOf = new Map<string, number>();
  lists.forEach((gates, k) => {
    for (const g of gates) maskOf.set(g, (maskOf.get(g) ?? 0) | (1 << k));
  });
  // A gate found at a place: the families of every gate it starts with hold for sure; those of the longer gates
  // that start with it may hold, and are left to their own search.
  const sure = new Map<string, number>();
  const maybe = new Map<string, number>();
  for (const g of every) {
    let s = 0;
    let m = 0;
    for (const h of every) {
      if (g.startsWith(h)) s |= maskOf.get(h)!;
      else if (h.startsWith(g)) m |= maskOf.get(h)!;
    }
    sure.set(g, s);
    maybe.set(g, m);
  }
  const places = new RegExp(`(?=(${every.map(escapeGate).join('|')}))`, 'gi');
  return {
    first(text) {
      const m = any.exec(text);
      return m === null ? -1 : m.index;
    },
    present(text, from) {
      let found = 0;
      let unsure = 0;
      places.lastIndex = from;
      for (let m = places.exec(text); m !== null; m = places.exec(text)) {
        const s = sure.get(m[1]!.toLowerCase());
        // A match no gate lower-cases to (a case pair outside the gates' own letters): every family is searched.
        if (s === undefined) {
          unsure = all;
          break;
        }
        found |= s;
        unsure |= maybe.get(m[1]!.toLowerCase())!;
        if (found === all) break;
        places.lastIndex = m.index + 1;
      }
      for (let k = 0; k < each.length; k++) {
        const bit = 1 << k;
        if ((unsure & bit) !== 0 && (found & bit) === 0 && each[k]!.test(text)) found |= bit;
      }
      return found;
    },
  };
}

/**
 * The sentence before `at`, looked for within 120 characters: back to the last match of `back`, the caller's idea of
 * a sentence end (a regex anchored to the end of the slice with a lookahead).
 */
export function sentenceBefore(text: string, at: number, back: RegExp): string {
  const before = text.slice(Math.max(0, at - 120), at);
  const cut = back.exec(before);
  return cut ? before.slice(cut.index + 1) : before;
}
