import type { Token } from '../nlp/tokenize.js';

/**
 * Condition names the vocabularies do not list, recognised by how medicine builds words: inflammation (-itis),
 * tumours (-oma), blood states (-emia), disease (-pathy, -osis)... and by head nouns ("X syndrome", "enfermedad de
 * X"). The word lists come from rules/medical/morphology.yaml; the grammar (what may modify a head) lives here.
 */
export interface MorphologyLists {
  conditionSuffixes: string[];
  notConditions: string[];
  headsEn: string[];
  headsEs: string[];
  participlesEn: string[];
}

export interface TokenRange {
  first: number;
  last: number;
}

// Function words never part of a condition's name, in either language.
const STOP = new Set(
  (
    'the a an of in on with and or to for by is was are were be this that these those his her their its our my your ' +
    'from as at not no than el la los las un una y o en con por para que se su sus es fue'
  ).split(' '),
);
// English modifiers that belong to a disease name ("hereditary", "muscular", "renal", "congenital", "autosomal").
// Past participles are left out ("confirmed", "reported" are verbs far more often) except the listed clinical ones.
const ADJECTIVE_EN = /(al|ic|ical|ary|ive|ous|ar|oid|ile|ent|ant|ial|eal|ine|tic)$/;
// Spanish modifiers after the head ("renal", "crónica", "aguda", "hereditaria", "maligno").
const ADJECTIVE_ES =
  /(al|ar|ica|ico|icas|icos|osa|oso|ante|iva|ivo|aria|ario|ada|ado|ida|ido|ina|ino|tica|tico|ea|eo|ble|igna|igno)$/;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

export class Morphology {
  private readonly suffixes: string[];
  // Last three letters of every suffix: one set lookup rejects almost every word before any endsWith().
  private readonly suffixTails: Set<string>;
  private readonly notConditions: Set<string>;
  private readonly headsEn: Set<string>;
  private readonly headsEs: Set<string>;
  private readonly participlesEn: Set<string>;

  constructor(lists: MorphologyLists) {
    this.suffixes = lists.conditionSuffixes;
    this.suffixTails = new Set(lists.conditionSuffixes.map((s) => s.slice(-3)));
    this.notConditions = new Set(lists.notConditions);
    this.headsEn = new Set(lists.headsEn);
    this.headsEs = new Set(lists.headsEs);
    this.participlesEn = new Set(lists.participlesEn);
  }

  hasConditionSuffix(key: string): boolean {
    if (key.length < 6 || !this.suffixTails.has(key.slice(-3)) || this.notConditions.has(key)) return false;
    return this.suffixes.some((s) => key.endsWith(s));
  }

  /**
   * First token of the English modifiers before tokens[head]: eponyms ("Huntington"), adjectives ("autosomal",
   * "X-linked", "non-syndromic"), other condition words, and codes glued to a word ("C7"). At most four tokens.
   */
  modifiersBefore(tokens: readonly Token[], head: number): number {
    let first = head;
    for (let j = head - 1; j >= 0 && head - j <= 4; j--) {
      const m = tokens[j]!;
      if (tokens[j + 1]!.lineStart) break;
      if (m.text === "'" || m.text === '’' || m.text === '-') continue;
      if (m.kind === 'number' && tokens[j - 1]?.end === m.start && tokens[j - 1]!.kind === 'word') {
        first = j - 1;
        j--;
        continue;
      }
      if (!isWord(m) || STOP.has(m.key)) break;
      const modifier =
        m.cap ||
        ADJECTIVE_EN.test(m.key) ||
        this.participlesEn.has(m.key) ||
        m.key.includes('-') ||
        this.hasConditionSuffix(m.key) ||
        m.key === 's';
      if (!modifier) break;
      first = j;
    }
    return first;
  }

  /** Last token of the Spanish complements after tokens[head]: "de Dupuytren", "renal crónica", "de mama". */
  complementsAfter(tokens: readonly Token[], head: number): number {
    let last = head;
    for (let j = head + 1; j < tokens.length && j - head <= 5; j++) {
      const m = tokens[j]!;
      if (!isWord(m) || m.lineStart) break;
      if (m.key === 'de' || m.key === 'del') {
        const next = tokens[j + 1];
        if (!isWord(next) || STOP.has(next.key) || next.lineStart) break;
        last = j + 1;
        j++;
        continue;
      }
      if (STOP.has(m.key)) break;
      if (!(ADJECTIVE_ES.test(m.key) || m.cap || this.hasConditionSuffix(m.key))) break;
      last = j;
    }
    return last;
  }

  /** A condition built on tokens[i] (inclusive token range), or undefined. */
  conditionAt(tokens: readonly Token[], i: number): TokenRange | undefined {
    const t = tokens[i];
    if (!isWord(t)) return undefined;
    if (this.headsEn.has(t.key)) {
      const first = this.modifiersBefore(tokens, i);
      return first < i ? { first, last: i } : undefined;
    }
    if (this.headsEs.has(t.key)) {
      const last = this.complementsAfter(tokens, i);
      return last > i ? { first: i, last } : undefined;
    }
    if (this.hasConditionSuffix(t.key)) return { first: this.modifiersBefore(tokens, i), last: i };
    return undefined;
  }
}
