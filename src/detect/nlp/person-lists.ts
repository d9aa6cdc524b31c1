import type { PersonSpan } from './person.js';
import { atSentenceStart, type Token } from './tokenize.js';

const JOINERS = new Set([',', 'and', 'y', '&', ', and', 'or', ', y', 'e']);
/** Tokens in the longest joiner: a wider gap between two items joins nothing (keys hold no space). */
const MAX_JOINER_TOKENS = Math.max(...[...JOINERS].map((j) => j.split(' ').length));

/** How a list item counts: a known given name, another known name (a surname), or a word that may be a name. */
export type NameKind = 'given' | 'known' | 'possible';

// Lower-case nouns of a firm's premises: after the last item of a list ("Team Orion, Makati site", "Lyon and Porto
// offices") they make the items names of sites and teams, not people.
const SITE_NOUNS = new Set(
  'site sites office offices branch branches plant plants campus warehouse hub depot store factory sede oficina oficinas sucursal planta almacen'.split(
    ' ',
  ),
);

/** Whether a premises noun follows the list's last item at `index`. */
function siteAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next !== undefined && next.kind === 'word' && !next.cap && !next.lineStart && SITE_NOUNS.has(next.key);
}

/**
 * "Hammarvägen 15", "Király u. 15": a number right after the last item makes the list a street corner; another
 * joiner after it makes it part of a longer name.
 */
function numberAfter(tokens: readonly Token[], index: number): boolean {
  // "Hicks and Brown and Abt Associates": a list that goes on with another joiner names firms.
  if (JOINERS.has(tokens[index + 1]?.key ?? '')) return true;
  const next = tokens[index + 1];
  if (next?.kind === 'number') return true;
  // An abbreviated street word between them: "Király u. 15".
  return next?.kind === 'word' && tokens[index + 2]?.text === '.' && tokens[index + 3]?.kind === 'number';
}

/**
 * "Malon, Mark, Kaylee and Brandi", "Sousa and Ball": items of one coordinated list of single capitalised words are
 * the same kind of thing. When most items are already people, or every item is a known given name or surname (never
 * a place or an ordinary word), the list is a list of people, unless `thingsBefore` says the words before the first
 * item make them things (rooms, products). Runs are given as token indexes; decided is updated.
 */
export function spreadOverLists(
  tokens: readonly Token[],
  runs: number[][],
  decided: Array<PersonSpan | undefined>,
  nameKind: (index: number) => NameKind | undefined,
  listedName: (index: number) => boolean = () => false,
  thingsBefore: (index: number) => boolean = () => false,
): void {
  let r = 0;
  while (r < runs.length) {
    const members = [r];
    let next = r;
    while (next + 1 < runs.length && runs[next]!.length === 1 && runs[next + 1]!.length === 1) {
      const from = runs[next]![0]! + 1;
      const to = runs[next + 1]![0]!;
      if (to <= from || to - from > MAX_JOINER_TOKENS) break;
      const gap = tokens.slice(from, to).map((t) => t.key);
      if (!JOINERS.has(gap.join(' '))) break;
      members.push(next + 1);
      next++;
    }
    // "Rooms Lovelace and Turing", "book Hopper or Noether": what comes before the first item says what they all are,
    // even for an item that alone would read as a person ("Preferred chains: Hilton, Hyatt and Radisson").
    const things = members.length >= 2 && runs[r]!.length === 1 && thingsBefore(runs[r]![0]!);
    // "Team Orion, Makati site": the list names sites and teams; it spreads no person over its items (those read as
    // people alone stay so).
    if (!things && members.length >= 2 && siteAfter(tokens, runs[next]![0]!)) {
      r = next + 1;
      continue;
    }
    if (things) for (const m of members) decided[m] = undefined;
    if (members.length >= 2 && runs[r]!.length === 1 && !things) {
      // Pushed, not mapped: an optimised map returns a holey array, and readers optimised on packed ones deoptimise.
      const kinds: Array<NameKind | undefined> = [];
      for (const m of members) kinds.push(nameKind(runs[m]![0]!));
      const people = members.filter((m) => decided[m] !== undefined).length;
      // "Smith & Wesson", "Marks & Spencer": an ampersand joins brands as often as people.
      const ampersand = tokens.slice(runs[r]![0]!, runs[next]![0]!).some((t) => t.text === '&');
      const allKnown = !ampersand && kinds.every((k) => k === 'known' || k === 'given');
      // "Lamovec and Morales", "Nadbath, Smith and Stanton": unknown words beside known names, never beside a place
      // or an ordinary word, are more names of the same list. Three family names alone name a firm ("Jones, Mitchell
      // and Williams") unless a colon introduces them ("our founders: ..."), and a number after the list makes it a
      // street corner.
      const first = runs[r]![0]!;
      const known = kinds.filter((k) => k === 'known' || k === 'given').length;
      const firmShape = members.length >= 3 && !kinds.includes('given') && tokens[first - 1]?.text !== ':';
      const mostlyKnown =
        !ampersand &&
        !firmShape &&
        kinds.every((k) => k !== undefined) &&
        known * 2 >= members.length &&
        !numberAfter(tokens, runs[next]![0]!);
      // "Jan, Kristi, Stephen and April": in a list that is mostly people already, a listed given name that is also a
      // word or a month is one more person.
      const mostlyPeople = people * 2 >= members.length;
      // "Ojo, Maribel llamó ...", "Note, Grace said ...": a word opening the sentence, a comma, then a name and a
      // lower-case word is a word said before the sentence, not the first of two people ("Okoro-Bell, Ada" in a
      // register stays a name).
      const openerWord =
        members.length === 2 &&
        kinds[0] === 'possible' &&
        atSentenceStart(tokens, first) &&
        tokens[first + 1]?.text === ',' &&
        runs[next]![0] === first + 2 &&
        tokens[first + 3]?.kind === 'word' &&
        !tokens[first + 3]!.cap &&
        !tokens[first + 3]!.lineStart;
      if (openerWord) {
        r = next + 1;
        continue;
      }
      if (mostlyPeople || allKnown || mostlyKnown) {
        members.forEach((m, n) => {
          const w = runs[m]![0]!;
          if (!decided[m] && (kinds[n] !== undefined || (mostlyPeople && listedName(w))))
            decided[m] = { first: w, last: w, score: 0.7, type: 'LIST_OF_NAMES' };
        });
      }
    }
    r = next + 1;
  }
}
