import { hashStep, WordFilter } from '../lexical/word-filter.js';
import { foldKey } from '../nlp/fold.js';
import { GIVEN, WORD } from '../nlp/lexicon.js';
import {
  ASCII_CLASSES,
  charClass,
  classAt,
  codePointIn,
  LETTER,
  LOWER,
  MARK,
  NUMBER,
  UNDERSCORE,
  WIDE,
} from '../normalize.js';
import type { Finding } from '../types.js';
import { type CasualLexicon, type Lang, loadCasualLexicon, Tier } from './casual-lexicon.js';
import { findNameColumns } from './name-columns.js';
import { findSignOffNames } from './sign-off.js';
import { findStructuredNames } from './structured-names.js';

/**
 * Person names typed in lower case in casual text — chat transcripts, call notes, tweets ("[10:02] marcus: ci is
 * red", "call w/ teodora wiśniewska", "gracias javi!!") — which capital-driven name finding misses. A lower-case word
 * the name lists know counts only in a person position (see positionOf); once one is found, its other lower-case
 * occurrences in the text are the same person. Also finds the cells of name columns in pasted tables, in any case.
 */

export interface CasualNameDetectorOptions {
  rulesDir?: string;
}

const DETECTOR_ID = 'casual-names';
// Low scores on purpose: where another finder already covers the words, its span (often longer) is kept; a table's
// name column is structural evidence and wins.
// A name column's cell outranks a name found inside it by its words ("Zubizarreta Olano, Maite": the whole cell).
const SCORE = { position: 0.6, repeat: 0.55, column: 0.86 };

// Lower-case words, accents included ("rocío", "josé"); an inner apostrophe or hyphen stays outside the token: a
// lower-case letter with no letter, mark, digit or "_" before it, and the letters and marks after it, as the regex
// /(?<![\p{L}\p{M}\p{N}_])\p{Ll}[\p{L}\p{M}]*/gu finds them (read code point by code point, classes from a table).
/** End of the word nextLowerWord found last. */
let wordEnd = 0;

/** Every lower-case word of a text as [start, end) (for tests: the detector walks them with nextLowerWord). */
export function lowerWords(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = nextLowerWord(text, 0); start >= 0; start = nextLowerWord(text, wordEnd)) out.push([start, wordEnd]);
  return out;
}

/** Start of the next lower-case word at or after `from` (its end in wordEnd), -1 when none is left. */
function nextLowerWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  // The class of the code point before i; at `from` > 0 it is the end of a word or a character after one.
  let before = 0;
  if (i > 0) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? codePointIn(text, i - 2, n) : -1;
    before = charClass(pair > 0xffff ? pair : low);
  }
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 0x80 ? ASCII_CLASSES[c]! : classAt(text, i, n);
    const width = (k & WIDE) !== 0 ? 2 : 1;
    if ((k & LOWER) !== 0 && (before & (LETTER | MARK | NUMBER | UNDERSCORE)) === 0) {
      let j = i + width;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 0x80) {
          if ((ASCII_CLASSES[d]! & (LETTER | MARK)) === 0) break;
          j++;
        } else {
          const kj = classAt(text, j, n);
          if ((kj & (LETTER | MARK)) === 0) break;
          j += (kj & WIDE) !== 0 ? 2 : 1;
        }
      }
      wordEnd = j;
      return i;
    }
    before = k;
    i += width;
  }
  return -1;
}
const NEXT_WORD = /^[ \t]+([\p{L}\p{M}]+)/u;
const COMPOUND_REST = /^-\p{Ll}[\p{L}\p{M}]*/u;
// A name glued to an identifier, path, address or e-mail ("dan_smith", "bea.lee@", "/home/marcus", "ethan-bot").
const GLUED_BEFORE = /[\p{L}\p{N}_.\-/\\#$%&=+~]/u;
const GLUED_AFTER = /^(?:[_@/\\=(+~]|[.-]\p{L}|[.-]\p{N})/u;
// A chat line's speaker: what may stand before the name at the start of its line. The time stamp (group 1) makes
// even a name that is also a word ("will", "may") a speaker.
const SPEAKER_PREFIX =
  /^[ \t]*(?:[>*•\-–][ \t]*)?((?:\[[^\]\n]{0,40}\d{1,2}[:.h]\d{2}[^\]\n]{0,20}\]|\(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[ap]\.?m\.?)?\)|(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[ap]\.?m\.?)?)[ \t]*(?:[-–|][ \t]*)?)?(<?)$/iu;
const SPEAKER_COLON = /^[ \t]?:(?![/\d])/;
// One or two lower-case words of a contact's label after the name, then the speaker's colon.
const CONTACT_LABEL = /^(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,2}[ \t]?:(?![/\d])/u;
const IRC_CLOSE = /^>/;
const DOTTED_SPEAKER = /^\.\p{Ll}{1,12}(?=[ \t]?:(?![/\d]))/u;
const SLACK_TIME = /^[ \t]{1,4}\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*(?:\r?\n|$)/;
// "lucia 10:14: ...", "omar (9:02 am): ...": the time stamp after the speaker, then the colon.
const TIME_THEN_COLON = /^[ \t]{1,3}[[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[ap]\.?m\.?)?[\])]?[ \t]?:(?![/\d])/i;
// Between two names of one list: a comma, "and", "y", "&" (then perhaps "with"/"con", "to"/"a").
const LIST_JOINER = /^(?:[ \t]*,[ \t]*|[ \t]+(?:and|y|e|&|or|o|n|\+)[ \t]+(?:(?:with|con|to|a)[ \t]+)?)$/i;
const VOCATIVE_END = /^(?:[ \t]*[,.!?;:)\n]|[ \t]*$)/;
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'da', 'di', 'du', 'dos', 'le']);
const HANDLE_REST = /^(?: ?_ ?[\p{L}\p{N}]+)+/u;
const MAX_RUN = 6;
const MAX_SPEAKER_PREFIX = 60;
const HOUSE_NUMBER = /^[ \t]*,?[ \t]*\d/;
const WINDOW = 48;

// Function words that tell English from Spanish text, to read the Spanish word-names as words only in Spanish.
const ENGLISH = new Set(['the', 'and', 'is', 'to', 'with', 'for', 'my', 'this', 'that', 'you', 'are', 'was', 'of']);
const SPANISH = new Set(['el', 'la', 'los', 'las', 'que', 'y', 'en', 'con', 'por', 'para', 'una', 'se', 'del', 'es']);

// Packed word facts: the tier in English text (bits 0-1), in Spanish text (bits 2-3), and function-word flags.
const TIERS = 0b1111;
const IS_ENGLISH = 16;
const IS_SPANISH = 32;
const IS_TITLE = 64;
const TITLED = 128;
const WORDLIKE_BOTH = Tier.WORDLIKE | (Tier.WORDLIKE << 2);
const SPEAKER_END = /^(?:[ \t]+[\p{L}\p{M}]+){0,2}(?:[ \t]?[:>]|[ \t]{1,4}\d)/u;
// Blanks between a title and the name, or a line break where a transcript wraps between them ("doctor\n  okafor"),
// perhaps with the initial of a given name ("mrs j. nowak", "sra. m. etxeberria").
const TITLE_GAP = /^\.?(?:[ \t]+(?:\p{Ll}\.[ \t]*)?|[ \t]*\r?\n[ \t]*)$/u;
// Distinct words seen stay few in practice; the bound only keeps a stream of random tokens from growing the memo.
const MAX_MEMO = 100_000;
/** Size of the filter of words with facts (2^20 bits, 128 KB, for some sixty thousand names and words). */
const FACT_FILTER_BITS = 20;
/** Slots of the cache of words the filter lets through (see factsAt). */
const FACT_CACHE_BITS = 12;
const FACT_CACHE_MASK = (1 << FACT_CACHE_BITS) - 1;

/** Whether text[start, start + folded.length) lower-cases to `folded` (an ASCII word in lower case). */
function sameFolded(folded: string, text: string, start: number): boolean {
  for (let i = 0; i < folded.length; i++) {
    const c = text.charCodeAt(start + i);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== folded.charCodeAt(i)) return false;
  }
  return true;
}

const ORDINARY = WORD.COMMON | WORD.PRODUCT | WORD.ORG_SUFFIX | WORD.PLACE_FIRST;
const NOT_SIGNER = WORD.COMMON | WORD.WORD_SHAPED | WORD.PRODUCT | WORD.ORG_SUFFIX | WORD.PLACE;

/** The findings of one call, and the characters they cover. */
class Spans {
  readonly out: Finding[] = [];
  private mask: Uint8Array | undefined;

  constructor(private readonly length: number) {}

  add(start: number, end: number, type: string, score: number): void {
    this.out.push(finding(start, end, type, score));
    this.mask ??= new Uint8Array(this.length);
    this.mask.fill(1, start, end);
  }

  covered(at: number): boolean {
    return this.mask !== undefined && this.mask[at] === 1;
  }
}

interface Candidate {
  start: number;
  end: number;
  key: string;
  tier: Tier;
  lang: Lang;
  /** Right after a title ("mr", "doña"), which then opens the span. */
  titled: boolean;
  titleStart: number;
}

type Position = 'speaker' | 'timed-speaker' | 'mention' | 'greeting' | 'cue' | 'full-name' | 'title' | undefined;

export class CasualNameDetector {
  readonly id = DETECTOR_ID;
  private readonly lex: CasualLexicon;
  private readonly memo = new Map<string, number>();
  /** Every folded word wordFacts may find something for (see factsAt). */
  private readonly factWords: WordFilter;
  /** Folded ASCII words the filter let through, and their facts, by hash slot (see factsAt). */
  private readonly cachedWords: Array<string | undefined> = new Array<string | undefined>(FACT_CACHE_MASK + 1).fill(
    undefined,
  );
  private readonly cachedFacts = new Int32Array(FACT_CACHE_MASK + 1);

  constructor(options: CasualNameDetectorOptions = {}) {
    this.lex = loadCasualLexicon(options.rulesDir);
    this.factWords = new WordFilter(
      [...this.lex.tierWords(), ...this.lex.titles, ...ENGLISH, ...SPANISH],
      FACT_FILTER_BITS,
    );
  }

  /** A word that is ordinary vocabulary, a product, a firm's suffix or opens a place (findStructuredNames). */
  private readonly isWord = (w: string) => this.lex.names.isWord(ORDINARY, foldKey(w));
  /** A chat sender's given name may be a town too ("Rosario Vidal: ..."), not an ordinary word. */
  private readonly senderWord = (w: string) => {
    const key = foldKey(w);
    if (!this.lex.names.isWord(ORDINARY, key)) return false;
    const given = this.lex.names.isWord(GIVEN, key);
    return !given || this.lex.names.isWord(WORD.COMMON | WORD.PRODUCT | WORD.ORG_SUFFIX, key);
  };
  /** A listed given or family name that is no ordinary word: the other words of a chat sender's name may be words. */
  private readonly senderListedName = (w: string) => {
    const key = foldKey(w);
    return this.lex.isSurname(key) || this.lex.isGivenName(key);
  };
  /** A word that no writer signs with (findSignOffNames). */
  private readonly notSigner = (key: string) => this.lex.names.isWord(NOT_SIGNER, foldKey(key));

  // The helpers a call needs are made once (above, and Spans), not as closures on every call: a text without a name
  // costs little else.
  detect(text: string): Finding[] {
    // Characters inside a span already found (a table cell, a middle name of a run): their words are not found again.
    const spans = new Spans(text.length);
    for (const cell of findNameColumns(text, this.lex)) spans.add(cell.start, cell.end, 'NAME_COLUMN', SCORE.column);
    for (const n of findStructuredNames(text, this.isWord, this.senderWord, this.senderListedName))
      if (!spans.covered(n.start)) spans.add(n.start, n.end, n.type, SCORE.column);
    // "with love, kemi": the writer's name signing a letter or a message (sign-off.ts).
    for (const n of findSignOffNames(text, this.notSigner))
      if (!spans.covered(n.start)) spans.add(n.start, n.end, 'CASUAL_SIGN_OFF', SCORE.position);
    const candidates = this.candidates(text).filter((c) => !spans.covered(c.start));
    if (candidates.length === 0) return spans.out;
    const speakerLines = candidates.filter((c) => c.tier >= Tier.WEAK && this.isSpeaker(text, c) !== undefined).length;
    const confirmed = new Set<string>();
    const found = new Map<number, number>(); // start -> end of the person spans found at candidates
    for (const c of candidates) {
      if (spans.covered(c.start)) continue;
      const position = this.positionOf(text, c, speakerLines);
      if (!position) continue;
      const end = position === 'mention' ? handleEnd(text, c.end) : this.runEnd(text, c.end);
      const start = position === 'title' ? c.titleStart : c.start;
      spans.add(start, end, `CASUAL_${position.toUpperCase().replace('-', '_')}`, SCORE.position);
      found.set(c.start, end);
      if (c.tier >= Tier.WEAK) confirmed.add(c.key);
    }
    if (found.size === 0) return spans.out;
    // A name joined by "and", "y", "&" or a comma to a person found is one too ("priyanka and owen", "ana, luis y
    // marta"): one pass rightwards and one leftwards, each name looking at its nearest neighbour only.
    const join = (c: Candidate, otherStart: number, otherEnd: number) => {
      const end = this.runEnd(text, c.end);
      const gap = otherStart >= end ? text.slice(end, otherStart) : text.slice(otherEnd, c.start);
      if (gap.length > 12 || !LIST_JOINER.test(gap)) return false;
      spans.add(c.start, end, 'CASUAL_LIST', SCORE.repeat);
      found.set(c.start, end);
      confirmed.add(c.key);
      return true;
    };
    let prev: [number, number] | undefined;
    for (const c of candidates) {
      const own = found.get(c.start);
      if (own !== undefined) prev = [c.start, own];
      else if (c.tier >= Tier.WEAK && prev && !spans.covered(c.start) && join(c, prev[0], prev[1]))
        prev = [c.start, found.get(c.start)!];
    }
    let next: [number, number] | undefined;
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i]!;
      const own = found.get(c.start);
      if (own !== undefined) next = [c.start, own];
      else if (c.tier >= Tier.WEAK && next && !spans.covered(c.start) && join(c, next[0], next[1]))
        next = [c.start, found.get(c.start)!];
    }
    // Other lower-case mentions of a name found in a person position name the same person ("marcus!! delete that").
    for (const c of candidates) {
      if (!confirmed.has(c.key) || spans.covered(c.start)) continue;
      spans.add(c.start, this.runEnd(text, c.end), 'CASUAL_REPEAT', SCORE.repeat);
    }
    return spans.out;
  }

  /**
   * What a lower-case word is to this detector, packed in one number (see WORD_*), from a bounded memo: every
   * lower-case word of every prompt is looked up here, and one map probe is all most of them cost.
   */
  private wordFacts(word: string): number {
    let facts = this.memo.get(word);
    if (facts !== undefined) return facts;
    const key = foldKey(word);
    facts = this.lex.tier(key, 'en') | (this.lex.tier(key, 'es') << 2);
    if (this.lex.titles.has(key)) facts |= IS_TITLE;
    if (ENGLISH.has(key)) facts |= IS_ENGLISH;
    else if (SPANISH.has(key)) facts |= IS_SPANISH;
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(word, facts);
    return facts;
  }

  /**
   * wordFacts of the word text[start, end), with no substring and no map probe for most words. An ASCII word's facts
   * depend on its lower-cased code units alone (its fold): the filter of words with facts rules most words out from
   * their hash, and the words it lets through ("the", "and", "que" in nearly every line) are answered from a small
   * cache of folded words by that hash, compared unit by unit with the text. Other words go to wordFacts.
   */
  private factsAt(text: string, start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // Beyond ASCII the fold is more than lower-casing: such a word is looked up.
      if (c >= 0x80) return this.wordFacts(text.slice(start, end));
      h = hashStep(h, c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
    }
    if (!this.factWords.mayHold(h)) return 0;
    const slot = (h ^ (h >>> FACT_CACHE_BITS)) & FACT_CACHE_MASK;
    const cached = this.cachedWords[slot];
    if (cached !== undefined && cached.length === end - start && sameFolded(cached, text, start))
      return this.cachedFacts[slot]!;
    const word = text.slice(start, end);
    const facts = this.wordFacts(word);
    this.cachedWords[slot] = word.toLowerCase();
    this.cachedFacts[slot] = facts;
    return facts;
  }

  /** Lower-case words the lists know as given names, not glued to identifiers, addresses or paths. */
  private candidates(text: string): Candidate[] {
    const found: Array<{ start: number; end: number; facts: number; titleStart: number }> = [];
    let en = 0;
    let es = 0;
    let titleEnd = -1;
    let titleStart = -1;
    let lastTitleStart = -1;
    for (let start = nextLowerWord(text, 0); start >= 0; start = nextLowerWord(text, wordEnd)) {
      let end = wordEnd;
      // "anne-marie", "jean-luc": a compound given name the lists hold whole is one word.
      if (text.charCodeAt(end) === 0x2d) {
        const rest = COMPOUND_REST.exec(text.slice(end, end + 21));
        if (rest && this.lex.tier(foldKey(text.slice(start, end + rest[0].length)), 'en') !== Tier.NONE) {
          end += rest[0].length;
          wordEnd = end;
        }
      }
      if (end - start < 2 || end - start > 20) continue;
      let facts = this.factsAt(text, start, end);
      if (facts & IS_ENGLISH) en++;
      else if (facts & IS_SPANISH) es++;
      const titled = titleEnd >= 0 && TITLE_GAP.test(text.slice(titleEnd, start));
      titleStart = titled ? lastTitleStart : -1;
      titleEnd = facts & IS_TITLE ? end : -1;
      lastTitleStart = start;
      // "mr okafor", "madam mina", "doña remedios": after a title any listed name counts, family names too.
      if (titled && this.lex.isTitledName(foldKey(text.slice(start, end))))
        facts |= TITLED | Tier.STRONG | (Tier.STRONG << 2);
      if ((facts & TIERS) === 0) continue;
      // A name that is also a word ("will", "may") counts only as a chat speaker: skip it unless a colon, a ">" or a
      // Slack time follows within two words, so the many "will"s of ordinary prose cost nothing further.
      if ((facts & TIERS & ~WORDLIKE_BOTH) === 0 && !SPEAKER_END.test(text.slice(end, end + 40))) continue;
      const before = text[start - 1];
      if (before !== undefined && before !== '@' && GLUED_BEFORE.test(before)) continue;
      if (/_ ?$/.test(text.slice(start - 2, start))) continue; // inside a handle ("@amber_lee", "@ amber _ lee")
      if (before === '@' && start >= 2 && GLUED_BEFORE.test(text[start - 2]!)) continue; // an e-mail address
      // "anya.k: ...", "ben.t: ...": a chat user name of a given name and a dotted initial or family name, as a
      // speaker; any other dotted word is an address or a file.
      const dotted = DOTTED_SPEAKER.exec(text.slice(end, end + 16));
      if (dotted) end += dotted[0].length;
      else if (GLUED_AFTER.test(text.slice(end, end + 2))) continue;
      found.push({ start, end, facts, titleStart });
    }
    if (found.length === 0) return [];
    const lang: Lang = es > en ? 'es' : 'en';
    const out: Candidate[] = [];
    for (const f of found) {
      const tier = ((lang === 'en' ? f.facts : f.facts >> 2) & 3) as Tier;
      if (tier !== Tier.NONE)
        out.push({
          start: f.start,
          end: f.end,
          key: foldKey(text.slice(f.start, f.end)),
          tier,
          lang,
          titled: (f.facts & TITLED) !== 0,
          titleStart: f.titleStart,
        });
    }
    return out;
  }

  /** Which person position the word stands in, if any its tier is allowed in. */
  private positionOf(text: string, c: Candidate, speakerLines: number): Position {
    const speaker = this.isSpeaker(text, c);
    if (speaker === 'timed-speaker') return speaker;
    if (speaker === 'speaker' && (c.tier === Tier.STRONG || (c.tier === Tier.WEAK && speakerLines >= 2)))
      return speaker;
    if (c.titled) return 'title';
    if (c.tier < Tier.WEAK) return undefined;
    if (c.start > 0 && /(?:^|[\s([{,;])@ ?$/.test(text.slice(Math.max(0, c.start - 3), c.start))) return 'mention';
    const before = wordsBefore(text, c.start);
    if (before.adjacent) {
      if (this.lex.determiners[c.lang].endsWords(before.words)) return undefined;
      if (this.lex.streetsBefore.endsWords(before.bare)) return undefined;
      if (this.lex.greetings.endsWords(before.bare)) {
        if (c.tier === Tier.STRONG || VOCATIVE_END.test(text.slice(c.end, c.end + 3))) return 'greeting';
      }
    }
    if (before.adjacent && this.lex.relationsBefore.endsWords(before.words)) return 'cue';
    if (c.tier < Tier.STRONG) {
      // A weak name ends its clause right after a person cue ("lemme ask priyanka", "thanks to javi.").
      if (!before.adjacent) return undefined;
      // "para quique salas", "with javi morales": after a cue, a family name the lists know makes a rarer name a person.
      if (this.lex.cuesBefore.endsWords(before.words) && this.hasSurnameNext(text, c.end)) return 'full-name';
      // A rarer given name that is nothing else needs no clause end after such a verb ("cc anil on the thread").
      const rare = this.lex.isRareName(c.key, c.lang);
      const ends = VOCATIVE_END.test(text.slice(c.end, c.end + 3));
      if ((ends || rare) && this.lex.personVerbsBefore.endsWords(before.words)) return 'cue';
      return ends && rare && this.lex.rareNamesBefore.endsWords(before.words) ? 'cue' : undefined;
    }
    const runEnd = this.runEnd(text, c.end);
    if (this.lex.streetsAfter.startsWords(wordsAfter(text, runEnd))) return undefined;
    if (this.hasSurnameNext(text, c.end)) return 'full-name';
    if (before.adjacent && this.lex.cuesBefore.endsWords(before.words)) return 'cue';
    if (POSSESSIVE.test(text.slice(c.end, c.end + 3))) return 'cue';
    if (this.lex.cuesAfter.startsWords(wordsAfter(text, c.end))) return 'cue';
    return undefined;
  }

  /** "[10:02] marcus: ...", "bea: ...", "<ethan> ...": the word opens its line as a chat speaker. */
  private isSpeaker(text: string, c: Candidate): 'speaker' | 'timed-speaker' | undefined {
    // Only the 60 characters before the word are searched for its line's start: a long line has no speaker.
    const from = Math.max(0, c.start - MAX_SPEAKER_PREFIX);
    const window = text.slice(from, c.start);
    const newline = window.lastIndexOf('\n');
    if (newline < 0 && from > 0) return undefined;
    const prefix = SPEAKER_PREFIX.exec(newline < 0 ? window : window.slice(newline + 1));
    if (!prefix) return undefined;
    const end = this.runEnd(text, c.end, 2);
    const rest = text.slice(end, end + 4);
    // "hannah  9:41 AM" on a line of its own: the header of a message copied out of Slack or Teams.
    if (!prefix[1] && !prefix[2] && SLACK_TIME.test(text.slice(end, end + 24))) return 'timed-speaker';
    // A name that is also a word ("may 10:30: kickoff") may open an agenda line: only listed names count here.
    if (!prefix[1] && !prefix[2] && c.tier >= Tier.WEAK && TIME_THEN_COLON.test(text.slice(end, end + 24)))
      return 'timed-speaker';
    const closes = prefix[2] === '<' ? IRC_CLOSE.test(rest) : SPEAKER_COLON.test(rest);
    // "[1/12 19:40] jorge reparto: ...": a contact saved with a word after the name ("almacén", "work"); only after
    // a time stamp, and only for a name listed as one.
    if (!closes && prefix[1] && c.tier >= Tier.WEAK && CONTACT_LABEL.test(text.slice(end, end + 30)))
      return 'timed-speaker';
    if (!closes) return undefined;
    return prefix[1] ? 'timed-speaker' : 'speaker';
  }

  /** "teodora wiśniewska", "andrew mccabe": a family name follows (after middle names), and no house number. */
  private hasSurnameNext(text: string, end: number): boolean {
    let at = end;
    for (let n = 0; n < MAX_RUN; n++) {
      const m = NEXT_WORD.exec(text.slice(at, at + 40));
      if (!m) return false;
      const word = m[1]!;
      if (word[0] !== word[0]!.toLowerCase()) return false;
      const key = foldKey(word);
      if (this.lex.isSurname(key)) return !HOUSE_NUMBER.test(text.slice(at + m[0].length, at + m[0].length + 4));
      if (!this.lex.isGivenName(key)) return false;
      at += m[0].length;
    }
    return false;
  }

  /**
   * End of the name run that opens at a given name: middle names, family names and particles before a family name
   * ("josé antonio ruiz de la fuente", "teodora wiśniewska"), in the same lower case, on the same line.
   */
  private runEnd(text: string, end: number, maxWords = MAX_RUN): number {
    let at = end;
    let last = end;
    for (let n = 0; n < maxWords; n++) {
      const m = NEXT_WORD.exec(text.slice(at, at + 40));
      if (!m) break;
      const word = m[1]!;
      if (word[0] !== word[0]!.toLowerCase()) break;
      const key = foldKey(word);
      at += m[0].length;
      if (PARTICLES.has(key)) continue;
      const nameLike =
        this.lex.isSurname(key) ||
        this.lex.isGivenName(key) ||
        // After a particle any word that is not an ordinary one is the family name ("de la fuente").
        (at - m[0].length > last && !this.lex.names.isWord(WORD.COMMON, key));
      if (!nameLike || GLUED_AFTER.test(text.slice(at, at + 2))) break;
      last = at;
    }
    return last;
  }
}

/** "@serina_sgill", "@ serina _ sgill": a mention spans the whole handle. */
function handleEnd(text: string, end: number): number {
  const m = HANDLE_REST.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : end;
}

const OPENING = /^[([{"'¿¡«“‘]+/;
const CLOSING = /[,.!?;:)\]}"'»”’]+$/;
const POSSESSIVE = /^['’]s(?!\p{L})/u;

interface WordsBefore {
  /** Folded words before the name on its line, nearest last, punctuation after the last one kept ("w/", "cc:"). */
  words: string[];
  /** The same with "," "!" or "." after the last word dropped ("hi,", "thanks!", "av."). */
  bare: string[];
  /** Whether only blanks separate the last word from the name. */
  adjacent: boolean;
}

const NO_WORDS: WordsBefore = { words: [], bare: [], adjacent: false };

function wordsBefore(text: string, at: number): WordsBefore {
  let from = Math.max(0, at - WINDOW);
  let window = text.slice(from, at);
  const newline = window.lastIndexOf('\n');
  // "... my appointment with doctor\n      okafor on the ninth": a transcript wrapped in the middle of a sentence (the
  // line before ends in a lower-case letter, the name opens the next) reads on from the line before.
  const softWrap =
    newline > 0 && /^[ \t]*$/.test(window.slice(newline + 1)) && /\p{Ll}[ \t]*\r?$/u.test(window.slice(0, newline));
  if (softWrap) {
    window = `${window.slice(0, newline).replace(/[ \t\r]+$/, '')} `;
    const previous = window.lastIndexOf('\n');
    if (previous >= 0) {
      from += previous + 1;
      window = window.slice(previous + 1);
    }
  } else if (newline >= 0) {
    from += newline + 1;
    window = window.slice(newline + 1);
  }
  if (!/[ \t]$/.test(window)) return NO_WORDS;
  const raw = window.split(/[ \t]+/).filter((w) => w !== '');
  // A cut first word is not a word: drop it unless the window starts at the line.
  if (from > 0 && text[from - 1] !== '\n' && raw.length > 0) raw.shift();
  const words = raw.map((w) => foldKey(w.replace(OPENING, '')));
  const bare = words.slice();
  if (bare.length > 0) bare[bare.length - 1] = bare[bare.length - 1]!.replace(/[,!.]+$/, '');
  return { words, bare, adjacent: true };
}

/** Folded words after a position on its line, nearest first, punctuation around them dropped. */
function wordsAfter(text: string, at: number): string[] {
  const window = text.slice(at, at + WINDOW);
  if (!/^[ \t]/.test(window)) return [];
  const line = window.split('\n', 1)[0]!;
  const out: string[] = [];
  for (const w of line.split(/[ \t]+/)) {
    if (w === '') continue;
    out.push(foldKey(w.replace(OPENING, '').replace(CLOSING, '')));
    if (CLOSING.test(w) || out.length >= 4) break; // a phrase never runs over punctuation
  }
  return out;
}

function finding(start: number, end: number, type: string, score: number): Finding {
  return { start, end, label: 'PERSON', type, score, detector: DETECTOR_ID };
}
