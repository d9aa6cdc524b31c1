import { join } from 'node:path';
import { PhraseIndex } from './phrase-index.js';
import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token, tokenizePhrase } from './tokenize.js';
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
      const keys = tokenizePhrase(line).map((t) => t.key);
      // One word alone ("Homer", "Raphael") is a given name as often as a figure: only full names are listed.
      if (keys.length < 2) continue;
      this.names.add(keys.join(' '));
      longest = Math.max(longest, keys.length);
    }
    this.longest = longest;
  }

  /** Whether a PERSON span is a listed figure with no personal cue near it. */
  isPublicMention(tokens: readonly Token[], span: TokenSpan): boolean {
    let length = this.listedAt(tokens, span.first, span.last) || monarchAt(tokens, span.first, span.last);
    // "... premio Nobel en 1906 junto a X Y", "X Y, born in 1805, nursed ...": a full name in a sentence that holds
    // a Nobel prize or 'in <year before 1900>' is history, whoever it names.
    if (
      length === 0 &&
      span.type === 'FULL_NAME' &&
      span.last > span.first &&
      historicalSentence(tokens, span.first, span.last)
    )
      length = span.last - span.first + 1;
    if (length === 0 && officeBefore(tokens, span.first) && reportedSpeech(tokens, span.first, span.last))
      length = span.last - span.first + 1;
    if (length === 0) return false;
    return !this.personalCueBefore(tokens, span.first) && !contactAfter(tokens, span.first + length - 1);
  }

  /**
   * The words of the public figures a text names, for the one-word mentions that follow ("Jane Austen ... Jane
   * wrote", "Elizabeth Bennet ... Elizabeth refuses"). Honorifics and particles are left out.
   */
  wordsOf(tokens: readonly Token[], spans: readonly TokenSpan[]): Set<string> {
    const words = new Set<string>();
    for (const span of spans) {
      for (let k = span.first; k <= span.last; k++) {
        const t = tokens[k]!;
        if (t.kind === 'word' && t.cap && t.text.length > 2) words.add(withoutPossessive(t.key));
      }
    }
    return words;
  }

  /** A one-word PERSON span that repeats a word of a public figure named in the same text, with no personal cue. */
  isLaterMention(tokens: readonly Token[], span: TokenSpan, publicWords: ReadonlySet<string>): boolean {
    if (span.first !== span.last || publicWords.size === 0) return false;
    if (!publicWords.has(withoutPossessive(tokens[span.first]!.key))) return false;
    return !this.personalCueBefore(tokens, span.first) && !contactAfter(tokens, span.last);
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

  /** A personal cue among the few tokens before, within the same sentence ("Mr Darcy. Jane Austen" has none). */
  private personalCueBefore(tokens: readonly Token[], first: number): boolean {
    let from = Math.max(0, first - CUE_BEFORE);
    for (let i = first - 1; i >= from; i--) {
      if (tokens[i + 1]!.lineStart || SENTENCE_END.has(tokens[i]!.text)) {
        from = i + 1;
        break;
      }
    }
    for (let i = from; i < first; i++) if (this.personalCues.matchAt(tokens, i)) return true;
    return false;
  }
}

const SENTENCE_END = new Set(['.', '!', '?', ';']);
/** Tokens searched either side of a name for its sentence's history cues. */
const SENTENCE_REACH = 40;
const OLD_YEAR = /^1[0-8]\d\d$/;
/** Words before such a year that make it a date in a life ('born in 1805', 'murió en 1872'). */
const YEAR_BEFORE = new Set(['in', 'en', 'from', 'since', 'desde', 'until', 'hasta', 'c']);

/** A Nobel prize or 'in'/'en' + a year 1000-1899 in the sentence of tokens[first..last] (line breaks do not end it). */
function historicalSentence(tokens: readonly Token[], first: number, last: number): boolean {
  const cue = (t: Token, i: number) =>
    t.key === 'nobel' ||
    (t.kind === 'number' && OLD_YEAR.test(t.text) && YEAR_BEFORE.has(tokens[i - 1]?.key ?? '') && !tokens[i + 1]?.cap);
  for (let i = first - 1, n = 0; i >= 0 && n < SENTENCE_REACH; i--, n++) {
    const t = tokens[i]!;
    if (SENTENCE_END.has(t.text) && !abbreviationDot(tokens, i)) break;
    if (cue(t, i)) return true;
  }
  for (let i = last + 1, n = 0; i < tokens.length && n < SENTENCE_REACH; i++, n++) {
    const t = tokens[i]!;
    if (SENTENCE_END.has(t.text) && !abbreviationDot(tokens, i)) break;
    if (cue(t, i)) return true;
  }
  return false;
}

/** A dot glued to a one- or two-letter word or a digit ("J.", "St.", "1.5"): no sentence end. */
function abbreviationDot(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i]!.text === '.' && prev !== undefined && prev.end === tokens[i]!.start && prev.text.length <= 2;
}

/** Roman numerals II to XXXIX: the ordinal of a monarch or a pope. */
const REGNAL_NUMBER = /^(?=[IVX]{2,}$|^[VX]$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * "Alfonso XIII", "Luis XIV", "Pius XII": one given name and a regnal number is a monarch or a pope. A surname
 * between them ("John Smith III") makes it a private person's suffix instead. Returns the span's length or 0.
 */
function monarchAt(tokens: readonly Token[], first: number, last: number): number {
  if (last !== first + 1) return 0;
  const name = tokens[first]!;
  const numeral = tokens[last]!;
  if (name.kind !== 'word' || !name.cap || isUpperCase(name.text)) return 0;
  return REGNAL_NUMBER.test(numeral.text) ? 2 : 0;
}

/**
 * Elected and appointed offices whose holders are quoted in reports ("Mayor Ines Calloway said", "la ministra Julia
 * Ferrán dijo"): the holder speaks in public. Ranks, doctors and relatives are not offices here.
 */
const OFFICES = new Set(
  (
    'mayor minister ministers premier senator governor chancellor congressman congresswoman councillor councilman ' +
    'councilwoman commissioner alcalde alcaldesa ministro ministra senador senadora gobernador gobernadora canciller ' +
    'intendente intendenta concejal concejala diputado diputada'
  ).split(' '),
);
/** Words that may stand between an office and its holder: "Mayor of Westbridge, Ines Calloway", "el alcalde de Lima,". */
const OFFICE_LINKS = new Set(['of', 'de', 'del', ',', 'the', 'for']);
/** How many tokens before a name an office may stand. */
const OFFICE_REACH = 5;

/**
 * An office right before the name, or a few words before it joined by "of"/"de", a place and a comma: "Mayor Ines
 * Calloway", "the transport minister, Ines Calloway", "el alcalde de Valdeluz, Tomás Irureta".
 */
function officeBefore(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1, n = 0; i >= 0 && n < OFFICE_REACH; i--, n++) {
    const t = tokens[i]!;
    if (OFFICES.has(t.key)) return t.key !== 'mayor' || englishMayor(tokens, i);
    const link = OFFICE_LINKS.has(t.key) || OFFICE_LINKS.has(t.text);
    if (t.lineStart || !(link || (t.kind === 'word' && t.cap))) return false;
  }
  return false;
}

const REPORTING_VERBS = new Set(
  (
    'said says told stated announced added warned argued noted claimed according dijo dice afirmó afirmo declaró ' +
    'declaro señaló senalo anunció anuncio aseguró aseguro advirtió advirtio sostuvo según segun'
  ).split(' '),
);

/** A reporting verb in the sentence of tokens[first..last]: the office holder is quoted, as in a press report. */
function reportedSpeech(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first - 1, n = 0; i >= 0 && n < SENTENCE_REACH; i--, n++) {
    if (SENTENCE_END.has(tokens[i]!.text)) break;
    if (REPORTING_VERBS.has(tokens[i]!.key)) return true;
  }
  for (let i = last + 1, n = 0; i < tokens.length && n < SENTENCE_REACH; i++, n++) {
    if (SENTENCE_END.has(tokens[i]!.text)) break;
    if (REPORTING_VERBS.has(tokens[i]!.key)) return true;
  }
  return false;
}

const MAYOR_BEFORE = new Set(['the', 'deputy', 'city', 'lord', 'former', 'town']);
const NOT_MAYOR_BEFORE = new Set([
  'el',
  'la',
  'lo',
  'mi',
  'su',
  'hermano',
  'hermana',
  'hijo',
  'hija',
  'plaza',
  'calle',
]);

/**
 * "Mayor Calloway", "the mayor", "Westbridge's mayor": the English office, not Spanish "mayor" (elder, main) as in
 * "mi hermano mayor" or "Plaza Mayor".
 */
function englishMayor(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind !== 'word' || tokens[i]!.lineStart) return tokens[i]!.cap;
  if (MAYOR_BEFORE.has(prev.key) || /['’]s$/.test(prev.text)) return true;
  return tokens[i]!.cap && !prev.cap && !NOT_MAYOR_BEFORE.has(prev.key);
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
