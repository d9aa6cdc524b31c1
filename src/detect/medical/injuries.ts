import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';

/**
 * An injury said the lay way, in three shapes (lists from rules/medical/injuries.yaml):
 * - a wound and where it is: "a cut above the right eyebrow", "a bump on her head", "un corte en la mano izquierda";
 * - someone doing it to a body part: "pulled a hamstring", "broke her wrist", "se rompió la muñeca";
 * - a body part and its state: "my knee's still swollen", "tengo el tobillo hinchado", "la muñeca rota".
 * The wound, verb or state word alone is ordinary ("a cut in the budget", "broke the news", "un golpe de suerte",
 * "the build is broken"): only with a body site in its place is it an injury.
 */
export interface InjuryLists {
  /** Wound words that open the first shape ("cut", "gash", "bruise", "corte", "herida"). */
  nouns: readonly string[];
  /** Prepositions between the wound and the site ("on", "above", "to", "en"). */
  prepositions: readonly string[];
  /** Pains that take their site after "de" as well ("dolor de garganta", "molestias de estómago"). */
  ofNouns?: readonly string[];
  /** Words that may stand before the site ("the", "his", "both", "la", "su"). */
  determiners: readonly string[];
  /** Sides before (English) or after (Spanish) the site ("left", "derecha"). */
  sides: readonly string[];
  /** Body sites, one or more words ("eye", "eye socket", "mano"). */
  sites: PhraseIndex<true>;
  /** Words after a site that make it part of something else ("head count", "face value"). */
  siteCompounds: PhraseIndex<true>;
  /** Verbs of the second shape ("broke", "pulled", "rompió") and the sites only they take ("hurt my back"). */
  verbs: readonly string[];
  verbSites: PhraseIndex<true>;
  /** States of the third shape ("swollen", "hinchado") and the words that may link a site to one ("is still"). */
  states: readonly string[];
  stateLinks: readonly string[];
  /** Lesions named after their site ("ACL rupture", "ankle sprain") and the words that may qualify the site first. */
  lesions: readonly string[];
  lesionQualifiers: readonly string[];
  /** Words of an operation on a site ("operado", "operated") with their link ("de", "on") and extra sites. */
  operations: readonly string[];
  operationLinks: readonly string[];
  operationSites: PhraseIndex<true>;
  /** Verb or state and site pairs that are idioms ("twisted arm", "broken chest"), folded and joined by a space. */
  idioms: readonly string[];
}

/** Most words a determiner and a side add between the preposition or verb and the site. */
const MAX_BEFORE_SITE = 2;
/** Most linking words between a site and its state ("is still", "está muy"). */
const MAX_LINKS = 2;
const CLITIC_S = /['’]s$/;

export interface InjurySpan {
  first: number;
  last: number;
  /** An injury is a condition; an operation on a site ("le operaron de la cadera") a procedure. */
  type: 'CONDITION' | 'PROCEDURE';
}

export class InjuryPhrases {
  private readonly nouns: Set<string>;
  private readonly prepositions: Set<string>;
  private readonly determiners: Set<string>;
  private readonly sides: Set<string>;
  private readonly verbs: Set<string>;
  private readonly states: Set<string>;
  private readonly stateLinks: Set<string>;
  private readonly lesions: Set<string>;
  private readonly lesionQualifiers: Set<string>;
  private readonly idioms: Set<string>;
  private readonly operations: Set<string>;
  private readonly operationLinks: Set<string>;
  private readonly ofNouns: Set<string>;

  constructor(private readonly lists: InjuryLists) {
    this.nouns = new Set(lists.nouns);
    this.prepositions = new Set(lists.prepositions);
    this.determiners = new Set(lists.determiners);
    this.sides = new Set(lists.sides);
    this.verbs = new Set(lists.verbs);
    this.states = new Set(lists.states);
    this.stateLinks = new Set(lists.stateLinks);
    this.lesions = new Set(lists.lesions);
    this.lesionQualifiers = new Set(lists.lesionQualifiers);
    this.idioms = new Set(lists.idioms);
    this.operations = new Set(lists.operations);
    this.operationLinks = new Set(lists.operationLinks);
    this.ofNouns = new Set(lists.ofNouns ?? []);
  }

  /** Folded words that may open an injury: wounds, verbs and the first words of sites (marked in firstWords). */
  openingWords(): string[] {
    return [...this.nouns, ...this.ofNouns, ...this.verbs, ...this.operations, ...this.lesionQualifiers];
  }

  /** The injury starting at tokens[i] in any of the three shapes, on one line, or undefined. */
  phraseAt(tokens: readonly Token[], i: number): InjurySpan | undefined {
    const key = tokens[i]!.key;
    if (this.operations.has(key)) {
      const last = this.operationEnd(tokens, i);
      if (last >= 0) return { first: i, last, type: 'PROCEDURE' };
    }
    if (this.nouns.has(key) || this.ofNouns.has(key)) {
      const last = this.woundEnd(tokens, i);
      if (last >= 0) return { first: i, last, type: 'CONDITION' };
    }
    if (this.verbs.has(key)) {
      const last = this.doneEnd(tokens, i);
      if (last >= 0) return { first: i, last, type: 'CONDITION' };
    }
    const lesion = this.lesionEnd(tokens, i);
    if (lesion >= 0) return { first: i, last: lesion, type: 'CONDITION' };
    const last = this.stateEnd(tokens, i);
    return last >= 0 ? { first: i, last, type: 'CONDITION' } : undefined;
  }

  /**
   * "ACL rupture", "left medial meniscus tear", "R ankle sprain": up to two qualifiers, a site, the lesion right
   * after it. Its last token, or -1.
   */
  private lesionEnd(tokens: readonly Token[], i: number): number {
    let j = i;
    while (j < i + MAX_BEFORE_SITE && this.lesionQualifiers.has(tokens[j]!.key) && onLine(tokens[j + 1])) j++;
    const site = this.lists.sites.matchAt(tokens, j);
    if (!site) return -1;
    const next = tokens[j + site.length];
    return onLine(next) && this.lesions.has(next.key) ? j + site.length : -1;
  }

  /** "operado de menisco", "operated on her knee": the operation word, its link, a site. Its last token, or -1. */
  private operationEnd(tokens: readonly Token[], i: number): number {
    const link = tokens[i + 1];
    if (!onLine(link) || !this.operationLinks.has(link.key)) return -1;
    const j = this.skipDeterminers(tokens, i + 2);
    if (!onLine(tokens[j])) return -1;
    const site = this.lists.operationSites.matchAt(tokens, j) ?? this.lists.sites.matchAt(tokens, j);
    return site ? this.siteEnd(tokens, j + site.length - 1) : -1;
  }

  /** "cut above the left eye": the wound at tokens[i], a preposition, a site. Its last token, or -1. */
  private woundEnd(tokens: readonly Token[], i: number): number {
    const prep = tokens[i + 1];
    if (!onLine(prep)) return -1;
    const of = (prep.key === 'de' || prep.key === 'del') && this.ofNouns.has(tokens[i]!.key);
    if (!of && !this.prepositions.has(prep.key)) return this.telegraphicEnd(tokens, i);
    if (!of && !this.nouns.has(tokens[i]!.key)) return -1;
    // "pain in my lower back": a site may open with a side word ("lower back"), so it is looked for before each
    // determiner or side is skipped.
    const stop = this.skipDeterminers(tokens, i + 2);
    let j = i + 2;
    let site: { length: number } | undefined;
    for (; j <= stop && !site; j++) site = onLine(tokens[j]) ? this.lists.sites.matchAt(tokens, j) : undefined;
    j--;
    if (!site) return -1;
    // "a pain in the neck" is a nuisance: the pairs of not_injuries_en are left out here too.
    if (this.idioms.has(`${tokens[i]!.key} ${tokens[j + site.length - 1]!.key}`)) return -1;
    return this.siteEnd(tokens, j + site.length - 1);
  }

  /**
   * "laceration left palm", "graze R knee", "corte mano derecha": a first-aid log's or a triage line's wound with a
   * side and a site and no preposition (the side before an English site, after a Spanish one). Its last token, or -1.
   */
  private telegraphicEnd(tokens: readonly Token[], i: number): number {
    if (!this.nouns.has(tokens[i]!.key)) return -1;
    const next = tokens[i + 1]!;
    if (this.sides.has(next.key) || ((next.key === 'l' || next.key === 'r') && next.text.length === 1)) {
      const site = onLine(tokens[i + 2]) ? this.lists.sites.matchAt(tokens, i + 2) : undefined;
      if (!site || this.idioms.has(`${tokens[i]!.key} ${tokens[i + 1 + site.length]!.key}`)) return -1;
      const last = i + 1 + site.length;
      return onLine(tokens[last + 1]) && this.lists.siteCompounds.matchAt(tokens, last + 1) ? -1 : last;
    }
    const site = this.lists.sites.matchAt(tokens, i + 1);
    if (!site) return -1;
    const side = tokens[i + 1 + site.length];
    return onLine(side) && this.sides.has(side.key) ? i + 1 + site.length : -1;
  }

  /** "broke her wrist": the verb at tokens[i], at least one determiner, a site. Its last token, or -1. */
  private doneEnd(tokens: readonly Token[], i: number): number {
    const j = this.skipDeterminers(tokens, i + 1);
    if (j === i + 1 || !onLine(tokens[j])) return -1;
    const site = this.lists.sites.matchAt(tokens, j) ?? this.lists.verbSites.matchAt(tokens, j);
    if (!site) return -1;
    const siteLast = j + site.length - 1;
    // "broke the back of the problem": a site followed by "of" is a figure of speech.
    if (tokens[siteLast + 1]?.key === 'of') return -1;
    if (this.idioms.has(`${tokens[i]!.key} ${tokens[siteLast]!.key}`)) return -1;
    return this.siteEnd(tokens, siteLast);
  }

  /** "knee's still swollen", "tobillo hinchado": the site at tokens[i], a link or two, a state. Its last token, or -1. */
  private stateEnd(tokens: readonly Token[], i: number): number {
    const t = tokens[i]!;
    let siteLast: number;
    let links = 0;
    // "knee's": the site with its clitic, which links it to its state.
    if (CLITIC_S.test(t.key)) {
      if (!this.lists.sites.hasExact(t.key.replace(CLITIC_S, ''))) return -1;
      siteLast = i;
      links = 1;
    } else {
      const site = this.lists.sites.matchAt(tokens, i);
      if (!site) return -1;
      siteLast = i + site.length - 1;
    }
    let j = siteLast + 1;
    if (onLine(tokens[j]) && this.sides.has(tokens[j]!.key)) j++;
    for (; links <= MAX_LINKS && onLine(tokens[j]); j++) {
      const word = tokens[j]!.key;
      if (this.states.has(word)) {
        const site = tokens[siteLast]!.key.replace(CLITIC_S, '');
        return this.idioms.has(`${word} ${site}`) ? -1 : j;
      }
      if (!this.stateLinks.has(word)) return -1;
      links++;
    }
    return -1;
  }

  private skipDeterminers(tokens: readonly Token[], from: number): number {
    let j = from;
    for (let n = 0; n < MAX_BEFORE_SITE; n++) {
      const t = tokens[j];
      if (!onLine(t) || !(this.determiners.has(t.key) || this.sides.has(t.key))) break;
      j++;
    }
    return j;
  }

  /** The site ending at tokens[last], with a Spanish side after it ("mano izquierda"), or -1 for a compound. */
  private siteEnd(tokens: readonly Token[], last: number): number {
    const next = tokens[last + 1];
    if (onLine(next) && this.lists.siteCompounds.matchAt(tokens, last + 1)) return -1;
    return onLine(next) && this.sides.has(next.key) ? last + 1 : last;
  }
}

function onLine(t: Token | undefined): t is Token {
  return t !== undefined && !t.lineStart && t.kind === 'word';
}
