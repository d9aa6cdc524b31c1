import type { CapRun } from './cap-runs.js';
import { fieldBefore, honorificBefore, personCueBefore } from './context.js';
import type { NameLexicon } from './lexicon.js';
import type { Token } from './tokenize.js';
import { atSentenceStart } from './tokenize.js';

/** A decided person span (token indexes, inclusive) or a run left for compromise to decide. */
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

/** Word tokens of the run after dropping leading ordinary words ("The", "Yesterday") that are not names. */
function trimLeadingCommon(run: CapRun, tokens: readonly Token[], lex: NameLexicon): number[] {
  const words = run.words.slice();
  while (words.length > 0) {
    const key = tokens[words[0]!]!.key;
    if (lex.common.has(key) && !lex.firstNames.has(key) && !lex.surnames.has(key)) words.shift();
    else if (lex.honorifics.has(key) && words.length > 1) words.shift();
    else break;
  }
  return words;
}

/** Drop trailing words that cannot belong to a name (a place, an organisation suffix, a common word). */
function trimTrailing(words: number[], tokens: readonly Token[], lex: NameLexicon): number[] {
  const out = words.slice();
  while (out.length > 1) {
    const key = tokens[out[out.length - 1]!]!.key;
    const nameish = lex.surnames.has(key) || lex.firstNames.has(key);
    if (!nameish && (lex.common.has(key) || lex.orgSuffixes.has(key))) out.pop();
    else break;
  }
  return out;
}

function unknownCap(key: string, lex: NameLexicon): boolean {
  return !lex.common.has(key) && !lex.places.hasFirst(key) && !lex.orgSuffixes.has(key);
}

function span(words: number[], score: number, type: string): PersonSpan {
  return { first: words[0]!, last: words[words.length - 1]!, score, type };
}

/** Decide, for each capitalised run, whether it names a person from context and the name lists alone. */
export function findPersons(tokens: readonly Token[], runs: readonly CapRun[], lex: NameLexicon): PersonResult {
  const persons: PersonSpan[] = [];
  const undecided: CapRun[] = [];
  for (const run of runs) {
    const start = run.words[0]!;
    const words = trimTrailing(trimLeadingCommon(run, tokens, lex), tokens, lex);
    if (words.length === 0) continue;
    const keys = words.map((w) => tokens[w]!.key);
    const hasNameWord = keys.some((k) => lex.firstNames.has(k) || lex.surnames.has(k) || unknownCap(k, lex));

    const field = fieldBefore(tokens, start, lex);
    if (field !== undefined) {
      if (field === 'PERSON' && hasNameWord) persons.push(span(words, 0.9, 'NAME_FIELD'));
      continue;
    }
    if (words[0] === start && honorificBefore(tokens, start, lex) && hasNameWord) {
      persons.push(span(words, 0.9, 'HONORIFIC'));
      continue;
    }
    if (words[0] === start && personCueBefore(tokens, start, lex) && hasNameWord) {
      persons.push(span(words, 0.8, 'CUE'));
      continue;
    }

    const k0 = keys[0]!;
    const clearFirst = lex.firstNames.has(k0) && !lex.ambiguousNames.has(k0);
    const restSurnames = keys.slice(1).filter((k) => lex.surnames.has(k)).length;
    if (keys.length >= 2) {
      const second = keys[1]!;
      if (clearFirst && (lex.surnames.has(second) || lex.firstNames.has(second) || unknownCap(second, lex))) {
        persons.push(span(words, 0.85, 'FULL_NAME'));
        continue;
      }
      if (lex.firstNames.has(k0) && restSurnames > 0) {
        persons.push(span(words, 0.75, 'FULL_NAME'));
        continue;
      }
      // "Nombre Apellido1 Apellido2": two known surnames after an unknown given name.
      if (keys.length >= 3 && restSurnames >= 2 && unknownCap(k0, lex)) {
        persons.push(span(words, 0.75, 'FULL_NAME'));
        continue;
      }
    } else if (clearFirst && !lex.surnames.has(k0)) {
      persons.push(span(words, atSentenceStart(tokens, words[0]!) ? 0.55 : 0.65, 'GIVEN_NAME'));
      continue;
    }
    if (keys.some((k) => unknownCap(k, lex) || lex.firstNames.has(k))) undecided.push({ words });
  }
  return { persons, undecided };
}
