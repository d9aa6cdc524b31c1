import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';

/**
 * An injury said the lay way, as a wound and where it is: "a cut above the left eye", "a bump on her head", "burns
 * to both hands", "un corte en la mano izquierda", "una herida en la cabeza". The wound word alone is ordinary
 * ("a cut in the budget", "un golpe de suerte"): only with a preposition and a body site after it is it an injury.
 * Lists come from rules/medical/injuries.yaml.
 */
export interface InjuryLists {
  /** Wound words that open the phrase ("cut", "gash", "bruise", "corte", "herida"). */
  nouns: readonly string[];
  /** Prepositions between the wound and the site ("on", "above", "to", "en"). */
  prepositions: readonly string[];
  /** Words that may stand before the site ("the", "his", "both", "la", "su"). */
  determiners: readonly string[];
  /** Sides before (English) or after (Spanish) the site ("left", "derecha"). */
  sides: readonly string[];
  /** Body sites, one or more words ("eye", "eye socket", "mano"). */
  sites: PhraseIndex<true>;
  /** Words after a site that make it part of something else ("head count", "face value"). */
  siteCompounds: PhraseIndex<true>;
}

/** Most words a determiner and a side add between the preposition and the site. */
const MAX_BEFORE_SITE = 2;

export class InjuryPhrases {
  private readonly nouns: Set<string>;
  private readonly prepositions: Set<string>;
  private readonly determiners: Set<string>;
  private readonly sides: Set<string>;
  private readonly sites: PhraseIndex<true>;
  private readonly siteCompounds: PhraseIndex<true>;

  constructor(lists: InjuryLists) {
    this.nouns = new Set(lists.nouns);
    this.prepositions = new Set(lists.prepositions);
    this.determiners = new Set(lists.determiners);
    this.sides = new Set(lists.sides);
    this.sites = lists.sites;
    this.siteCompounds = lists.siteCompounds;
  }

  /** Whether a folded word opens an injury phrase: one set lookup, so the detector asks the rest only then. */
  isNoun(key: string): boolean {
    return this.nouns.has(key);
  }

  /** Last token of a wound, a preposition and a body site starting at tokens[i] on one line, or -1. */
  phraseEnd(tokens: readonly Token[], i: number): number {
    if (!this.nouns.has(tokens[i]!.key)) return -1;
    const prep = tokens[i + 1];
    if (!onLine(prep) || prep.kind !== 'word' || !this.prepositions.has(prep.key)) return -1;
    let j = i + 2;
    for (let n = 0; n < MAX_BEFORE_SITE; n++) {
      const t = tokens[j];
      if (!onLine(t) || !(this.determiners.has(t.key) || this.sides.has(t.key))) break;
      j++;
    }
    if (!onLine(tokens[j])) return -1;
    const site = this.sites.matchAt(tokens, j);
    if (!site) return -1;
    let last = j + site.length - 1;
    if (onLine(tokens[last + 1]) && this.siteCompounds.matchAt(tokens, last + 1)) return -1;
    // "en la mano izquierda": Spanish puts the side after the site.
    const side = tokens[last + 1];
    if (onLine(side) && this.sides.has(side.key)) last++;
    return last;
  }
}

function onLine(t: Token | undefined): t is Token {
  return t !== undefined && !t.lineStart && t.kind === 'word';
}
