import type { CapRun } from './cap-runs.js';
import { fieldBefore, honorificBefore, personCueBefore } from './context.js';
import type { NameLexicon } from './lexicon.js';
import type { Token } from './tokenize.js';
import { atSentenceStart } from './tokenize.js';

/** A decided person span (token indexes, inclusive). */
export interface PersonSpan {
  first: number;
  last: number;
  score: number;
  type: string;
}

export interface PersonResult {
  persons: PersonSpan[];
  /** Runs with a capitalised word the lists do not know: only a parser can tell a name from a title or a brand. */
  undecided: CapRun[];
}

/** Word tokens of the run after dropping leading ordinary words ("The", "Yesterday", "I'm") that are not names. */
function trimLeading(words: number[], tokens: readonly Token[], lex: NameLexicon): number[] {
  const out = words.slice();
  while (out.length > 0) {
    const key = tokens[out[0]!]!.key;
    const name = lex.firstNames.has(key) || lex.surnames.has(key);
    if ((lex.common.has(key) && !name) || (lex.honorifics.has(key) && out.length > 1)) out.shift();
    else break;
  }
  return out;
}

/** Drop trailing words that cannot belong to a name (an organisation suffix, a common word). */
function trimTrailing(words: number[], tokens: readonly Token[], lex: NameLexicon): number[] {
  const out = words.slice();
  while (out.length > 1) {
    const lastIndex = out[out.length - 1]!;
    const key = tokens[lastIndex]!.key;
    const name = lex.surnames.has(key) || lex.firstNames.has(key);
    // A word right before a colon is the next field's label ("... Cuéllar NºCol: 28 28 70973").
    if (tokens[lastIndex + 1]?.text === ':' || (!name && (lex.common.has(key) || lex.orgSuffixes.has(key)))) out.pop();
    else break;
  }
  return out;
}

/** "APO", "ANCA": a short word in capitals is an acronym before it is a name. */
function allCapsShort(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text;
  return text.length <= 4 && text === text.toUpperCase();
}

export class PersonFinder {
  constructor(private readonly lex: NameLexicon) {}

  private unknownCap(key: string): boolean {
    const lex = this.lex;
    return (
      !lex.common.has(key) && !lex.places.hasFirst(key) && !lex.orgSuffixes.has(key) && !lex.orgHeads.hasFirst(key)
    );
  }

  private surnameLike(key: string): boolean {
    if (this.lex.surnames.has(key)) return true;
    return key.length > 4 && this.unknownCap(key) && this.lex.surnameEndings.some((e) => key.endsWith(e));
  }

  private isInitial(tokens: readonly Token[], index: number): boolean {
    const t = tokens[index]!;
    return t.text.length === 1 && t.cap;
  }

  /** Decide, for each capitalised run, whether it names a person from context and the name lists alone. */
  find(tokens: readonly Token[], runs: readonly CapRun[]): PersonResult {
    const trimmed = runs.map((run) => trimTrailing(trimLeading(run.words, tokens, this.lex), tokens, this.lex));
    const decided = trimmed.map((words) => (words.length > 0 ? this.decide(tokens, words) : undefined));
    this.spreadOverLists(tokens, trimmed, decided);
    const persons: PersonSpan[] = [];
    const undecided: CapRun[] = [];
    trimmed.forEach((words, r) => {
      const person = decided[r];
      if (person) persons.push(person);
      else if (words.some((w) => this.unknownCap(tokens[w]!.key) || this.lex.firstNames.has(tokens[w]!.key))) {
        undecided.push({ words });
      }
    });
    return { persons, undecided };
  }

  /**
   * "Malon, Mark, Kaylee and Brandi", "Sousa and Ball": items of one coordinated list are the same kind of thing, so
   * when most of the single-word items are people, the unknown names among them are people too.
   */
  private spreadOverLists(tokens: readonly Token[], runs: number[][], decided: Array<PersonSpan | undefined>): void {
    let r = 0;
    while (r < runs.length) {
      const members = [r];
      let next = r;
      while (next + 1 < runs.length && runs[next]!.length === 1 && runs[next + 1]!.length === 1) {
        const gapStart = runs[next]![0]! + 1;
        const gapEnd = runs[next + 1]![0]!;
        const gap = tokens.slice(gapStart, gapEnd).map((t) => t.key);
        const joined = gap.join(' ');
        if (
          !(
            joined === ',' ||
            joined === 'and' ||
            joined === 'y' ||
            joined === '&' ||
            joined === ', and' ||
            joined === 'or'
          )
        )
          break;
        members.push(next + 1);
        next++;
      }
      if (members.length >= 2 && runs[r]!.length === 1) {
        const people = members.filter((m) => decided[m] !== undefined).length;
        if (people * 2 >= members.length) {
          for (const m of members) {
            const w = runs[m]![0]!;
            const key = tokens[w]!.key;
            if (!decided[m] && (this.unknownCap(key) || this.lex.surnames.has(key) || this.lex.firstNames.has(key))) {
              decided[m] = { first: w, last: w, score: 0.7, type: 'LIST_OF_NAMES' };
            }
          }
        }
      }
      r = next + 1;
    }
  }

  private decide(tokens: readonly Token[], words: number[]): PersonSpan | undefined {
    const lex = this.lex;
    const head = words[0]!;
    const after = words[words.length - 1]! + 1;
    // "Don ' t" (split contractions) and "@ Harry _ Styles" (user handles) are not names written as names.
    if (tokens[after]?.text === "'" && tokens[after + 1]?.key === 't') return undefined;
    if (tokens[head - 1]?.text === '@') return undefined;
    // Words of a multi-word place ("Los Angeles", "Santa Cruz") are the place, not a given name.
    for (let k = Math.max(0, head - 2); k <= head; k++) {
      const place = lex.places.matchAt(tokens, k);
      if (place && place.length > 1 && k + place.length > head) return undefined;
    }
    // Spaced-out letters ("S A I L O R") are not a name.
    if (words.length > 1 && words.every((w) => tokens[w]!.text.length === 1)) return undefined;
    const keys = words.map((w) => tokens[w]!.key);
    const span = (score: number, type: string): PersonSpan => ({
      first: head,
      last: words[words.length - 1]!,
      score,
      type,
    });
    const nameWord = (k: string): boolean => lex.firstNames.has(k) || lex.surnames.has(k) || this.unknownCap(k);
    const hasNameWord = keys.some(nameWord);

    const field = fieldBefore(tokens, head, lex);
    if (field !== undefined) return field === 'PERSON' && hasNameWord ? span(0.9, 'NAME_FIELD') : undefined;
    if (hasNameWord && honorificBefore(tokens, head, lex)) {
      // A short title ("Mr.", "Dra.") is masked with the name; a word such as "paciente" is not part of it.
      const title = tokens[head - 1]?.text === '.' ? head - 2 : head - 1;
      const short = (tokens[title]?.text.length ?? 9) <= 4;
      return { ...span(0.9, 'HONORIFIC'), first: short ? title : head };
    }
    if (hasNameWord && personCueBefore(tokens, head, lex)) return span(0.8, 'CUE');

    const k0 = keys[0]!;
    const clearFirst = lex.firstNames.has(k0) && !lex.ambiguousNames.has(k0);
    if (keys.length === 1) {
      // Two-letter given names ("Ed", "Al") are too often abbreviations or words on their own.
      if (!clearFirst || tokens[head]!.text.length < 3) return undefined;
      return span(atSentenceStart(tokens, head) ? 0.55 : 0.65, 'GIVEN_NAME');
    }
    const rest = keys.slice(1);
    const second = rest[0]!;
    if (clearFirst && (lex.surnames.has(second) || lex.firstNames.has(second) || this.unknownCap(second))) {
      return span(0.85, 'FULL_NAME');
    }
    // "Weronika Martinsen": a rarer given name counts next to a known family name.
    if (lex.moreGivenNames.has(k0) && lex.surnames.has(second) && !allCapsShort(tokens, head)) {
      return span(0.75, 'FULL_NAME');
    }
    const last = keys[keys.length - 1]!;
    // "Faina D. Yefremova", "Szabina J Gelencsér": given name, initial, family name.
    if (
      words.length >= 3 &&
      words.slice(1, -1).some((w) => this.isInitial(tokens, w)) &&
      nameWord(k0) &&
      nameWord(last)
    ) {
      return span(0.8, 'FULL_NAME');
    }
    if (lex.firstNames.has(k0) && rest.some((k) => lex.surnames.has(k))) return span(0.75, 'FULL_NAME');
    // "Nombre Apellido1 Apellido2", "Tilly Nicholson", "Weronika Martinsen": unknown given name, known-looking surname.
    // "Tomomi Nishiyama lives at ...": unknown capitalised words followed by something only people do.
    const nameOnly = keys.every((k) => this.unknownCap(k) || lex.firstNames.has(k) || lex.surnames.has(k));
    if (nameOnly && words.length <= 4 && lex.personVerbsAfter.matchAt(tokens, after) !== undefined) {
      return span(0.7, 'NAME_BEFORE_VERB');
    }
    // At the start of a sentence an unknown capitalised word is as likely a verb ("Ping Jordan if CI fails"),
    // unless a second known surname follows ("Xiomara Cabrera Ledesma").
    const opensSentence = atSentenceStart(tokens, head) && rest.filter((k) => lex.surnames.has(k)).length < 2;
    if (
      !opensSentence &&
      this.unknownCap(k0) &&
      !lex.surnames.has(k0) &&
      rest.every((k) => this.surnameLike(k) || lex.firstNames.has(k))
    ) {
      if (rest.some((k) => this.surnameLike(k))) return span(0.7, 'FULL_NAME');
    }
    return undefined;
  }
}
