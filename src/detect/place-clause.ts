import { join } from 'node:path';
import { foldKey } from './nlp/fold.js';
import { resolveRulesDir } from './nlp/rules-dir.js';
import { readLines, readListsYaml } from './nlp/word-list.js';

/** How far back from a place its clause is read. */
const CLAUSE_REACH = 160;

/**
 * The text from the start of the place's clause to the place: back to the nearest line break, ";", or a full stop,
 * question or exclamation mark followed by a space (so "C.C." or "3.5" do not cut it).
 */
export function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - CLAUSE_REACH);
  const before = text.slice(from, start);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === '\n' || c === ';') {
      cut = i;
      break;
    }
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(before[i + 1] ?? '')) {
      cut = i;
      break;
    }
  }
  return before.slice(cut + 1);
}

/** The rest of the place's line after it. */
export function lineAfter(text: string, end: number): string {
  const next = text.indexOf('\n', end);
  return text.slice(end, next < 0 ? text.length : next);
}

/** A list of words or phrases as one regex alternation, longest first, folded (the text is folded before matching). */
export function alternation(words: readonly string[]): string {
  const folded = [...new Set(words.map((w) => foldKey(w.trim())).filter((w) => w !== ''))];
  folded.sort((a, b) => b.length - a.length);
  return folded.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/** The lists of rules/names/place-owners.yaml and the country names, read once. */
export interface PlaceVocabulary {
  establishments: string[];
  establishmentAfter: string[];
  institutions: string[];
  countries: Set<string>;
}

let vocabulary: PlaceVocabulary | undefined;

export function placeVocabulary(): PlaceVocabulary {
  if (vocabulary) return vocabulary;
  const names = join(resolveRulesDir(), 'names');
  const lists = readListsYaml(join(names, 'place-owners.yaml'));
  vocabulary = {
    establishments: lists.get('establishments') ?? [],
    establishmentAfter: lists.get('establishment_after') ?? [],
    institutions: lists.get('institutions') ?? [],
    countries: new Set(readLines(join(names, 'countries.txt')).map(foldKey)),
  };
  return vocabulary;
}
