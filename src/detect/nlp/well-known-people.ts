import { join } from 'node:path';
import { PhraseIndex } from './phrase-index.js';
import type { TokenSpan } from './token-span.js';
import { type Token, tokenize } from './tokenize.js';
import { readLines, readListsYaml } from './word-list.js';

/** Tokens before a listed name searched for a personal cue, and after it for contact details. */
const CUE_BEFORE = 3;
const CONTACT_AFTER = 3;
/** Words that join two names ("Frida Kahlo y Diego Rivera"): a span running on past a listed name through one. */
const JOINERS = new Set(['y', 'e', 'and', '&', 'or', 'o', 'ni', ',']);
/** A digit run this long right after a name is a phone or an id: a real person's record. */
const CONTACT_DIGITS = 6;

/**
 * Historical and public figures named in full (rules/names/well-known-people.txt): "John Snow traced the outbreak",
 * "Gabriela Mistral, primera latinoamericana con el Nobel". They are not private data, unless a personal cue shows
 * someone who shares the name ("my colleague John Snow", "Estimada Gabriela Mistral", "Name: John Snow").
 */
export class WellKnownPeople {
  /** Folded token keys of each full name, joined with spaces. */
  private readonly names = new Set<string>();
  private readonly longest: number;
  private readonly personalCues = new PhraseIndex<true>();

  /** dir: the rules' names/ folder (the list, and private_person_before in cues.yaml). */
  constructor(dir: string) {
    for (const cue of readListsYaml(join(dir, 'cues.yaml')).get('private_person_before') ?? []) {
      this.personalCues.add(cue, true);
    }
    let longest = 0;
    for (const line of readLines(join(dir, 'well-known-people.txt'))) {
      const keys = tokenize(line).map((t) => t.key);
      // One word alone ("Homer", "Raphael") is a given name as often as a figure: only full names are listed.
      if (keys.length < 2) continue;
      this.names.add(keys.join(' '));
      longest = Math.max(longest, keys.length);
    }
    this.longest = longest;
  }

  /** Whether a PERSON span is a listed figure with no personal cue near it. */
  isPublicMention(tokens: readonly Token[], span: TokenSpan): boolean {
    const length = this.listedAt(tokens, span.first, span.last);
    if (length === 0) return false;
    return !this.personalCueBefore(tokens, span.first) && !contactAfter(tokens, span.first + length - 1);
  }

  /** Tokens of a listed name that opens the span and either fills it or runs into a joiner; 0 if none. */
  private listedAt(tokens: readonly Token[], first: number, last: number): number {
    let joined = '';
    const to = Math.min(last, first + this.longest - 1);
    for (let k = first; k <= to; k++) {
      const key = withoutPossessive(tokens[k]!.key);
      joined = k === first ? key : `${joined} ${key}`;
      if (k === first || !this.names.has(joined)) continue;
      if (k === last || JOINERS.has(tokens[k + 1]!.key)) return k - first + 1;
    }
    return 0;
  }

  private personalCueBefore(tokens: readonly Token[], first: number): boolean {
    for (let i = Math.max(0, first - CUE_BEFORE); i < first; i++) if (this.personalCues.matchAt(tokens, i)) return true;
    return false;
  }
}

/** An e-mail, a long digit run or an angle-bracketed address right after the name. */
function contactAfter(tokens: readonly Token[], last: number): boolean {
  const to = Math.min(tokens.length, last + 1 + CONTACT_AFTER);
  for (let i = last + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.key === '@' || t.key === '<') return true;
    if (t.kind === 'number' && t.text.length >= CONTACT_DIGITS) return true;
  }
  return false;
}

function withoutPossessive(key: string): string {
  return key.length > 2 && (key.endsWith("'s") || key.endsWith('’s')) ? key.slice(0, -2) : key;
}
