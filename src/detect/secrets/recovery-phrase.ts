import { validateMnemonic } from '@scure/bip39';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as spanishWords } from '@scure/bip39/wordlists/spanish.js';
import type { NamedDetector } from '../registry.js';
import type { Finding } from '../types.js';

/**
 * A crypto wallet's recovery phrase (BIP39 mnemonic) written out in a ticket, a chat or a note: 12, 15, 18, 21 or
 * 24 words, every one from the BIP39 list of one language (English or Spanish, the lists @scure/bip39 ships), in a
 * row, separated by spaces, commas, dashes or line breaks, each word perhaps numbered ("1. word 2. word", "1) word").
 * Whoever holds the words holds the wallet, so the phrase is a SECRET whether or not its last word's checksum
 * holds (people copy a word wrong; gold does not care).
 *
 * Gates: the text must name a wallet, a seed or a recovery phrase somewhere (CUE, one regex over the text) before
 * any word is looked up. Then runs of list words are read; a run of exactly an allowed count is a phrase. A longer
 * run (list words on either side: "about", "also", "only" are list words) yields a window of an allowed count whose
 * checksum holds. A run in which one word repeats three times or more, or a published test vector (a block of
 * words repeated), is the documentation's; so is a phrase presented as an example on its line or just before it.
 *
 * Spanish words are compared without accents: the Spanish list was built so that its words stay distinct without
 * them, and people type them either way.
 */

const ALLOWED = new Set([12, 15, 18, 21, 24]);
const MAX_WORDS = 24;
const MIN_WORDS = 12;

/** Words that place a wallet, a seed or a recovery phrase in the text: the gate before any word is looked up. */
const CUE =
  /\b(?:seed|recovery|mnemonic|bip-?39|wallet|metamask|ledger|trezor|phantom|exodus|trust ?wallet|secret (?:recovery )?phrase|backup (?:phrase|words)|(?:12|15|18|21|24|twelve|twenty[- ]four) words|semilla|frase (?:de recuperaci[oó]n|secreta|de respaldo|de seguridad|mnem[oó]nica)|palabras (?:de recuperaci[oó]n|secretas|de respaldo|de seguridad|semilla)|(?:12|15|18|21|24|doce|veinticuatro) palabras|monedero|billetera|cartera (?:cripto|de cripto|fr[ií]a|hardware|bitcoin)|mnem[oó]nic[oa]|cripto|crypto|bitcoin|ethereum)\b/i;

/** A phrase presented as an example or a published test vector, on its line or just before it. */
const EXAMPLE_CUE =
  /\b(?:test vectors?|vectores? de prueba|examples?|ejemplos?|samples?|dummy|placeholder|do not use|never use|no (?:la )?uses?)\b/i;
const EXAMPLE_LOOK_BACK = 120;

const strip = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');

const ENGLISH = new Set(englishWords);
/** Accent-free Spanish word -> the list's own spelling (for the checksum). */
const SPANISH = new Map(spanishWords.map((w) => [strip(w), w]));

/** A letter word, a number, or one non-space character. */
const TOKEN = /\p{L}[\p{L}\p{M}]*|\d+|\S/gu;
/**
 * Twelve words or more of three to ten letters with short stretches of anything else between them: the only parts
 * of the text the tokenizer reads (one regex over the text; letters and separators never overlap, so it does not
 * backtrack far).
 */
const CANDIDATE =
  /(?<![A-Za-z\u00C0-\u024F])(?:[A-Za-z\u00C0-\u024F]{3,10}[^A-Za-z\u00C0-\u024F]{1,8}){11,}[A-Za-z\u00C0-\u024F]{3,10}(?![A-Za-z\u00C0-\u024F])/g;
/** Separators that may stand between two words of a phrase. */
const BETWEEN_WORDS = new Set([',', ';', '-', '–', '—', '|', '/', '·', '•', '*']);
/** Characters that may follow a word's number ("1. word", "1) word", "1: word", "[1] word"). */
const AFTER_NUMBER = new Set(['.', ')', ':', ']', '-', '–', '=']);
const BEFORE_NUMBER = new Set(['(', '[', '#']);

interface Word {
  start: number;
  end: number;
  folded: string;
  english: boolean;
  spanish: boolean;
}

function lookUp(raw: string, start: number): Word | null {
  if (raw.length < 3 || raw.length > 8 + 2) return null;
  const lower = raw.toLowerCase();
  const folded = strip(lower);
  const english = ENGLISH.has(lower);
  const spanish = SPANISH.has(folded);
  if (!english && !spanish) return null;
  return { start, end: start + raw.length, folded, english, spanish };
}

function checksumHolds(words: Word[], language: 'en' | 'es'): boolean {
  const phrase =
    language === 'en'
      ? words.map((w) => w.folded).join(' ')
      : words.map((w) => SPANISH.get(w.folded) ?? w.folded).join(' ');
  try {
    return validateMnemonic(phrase, language === 'en' ? englishWords : spanishWords);
  } catch {
    return false;
  }
}

/** The language every word of the run belongs to, English first. */
function languageOf(words: Word[]): 'en' | 'es' | null {
  if (words.every((w) => w.english)) return 'en';
  if (words.every((w) => w.spanish)) return 'es';
  return null;
}

/** A published test vector or a filler: a word three times or more, or the run repeating a block of itself. */
function looksMadeUp(words: Word[]): boolean {
  const counts = new Map<string, number>();
  for (const w of words) {
    const n = (counts.get(w.folded) ?? 0) + 1;
    if (n >= 3) return true;
    counts.set(w.folded, n);
  }
  // "legal winner thank year ... legal winner thank yellow": the words repeat with a period, the last one aside
  // (three pairs compared at least).
  for (let p = 2; p <= words.length - 4; p++) {
    let same = true;
    for (let i = 0; i + p < words.length - 1 && same; i++) same = words[i]!.folded === words[i + p]!.folded;
    if (same) return true;
  }
  return false;
}

/** The words of the run that make a phrase: the whole run at an allowed count, else a window whose checksum holds. */
function phraseOf(run: Word[]): Word[] | null {
  if (run.length < MIN_WORDS) return null;
  if (ALLOWED.has(run.length) && run.length <= MAX_WORDS && languageOf(run)) return run;
  for (let size = MAX_WORDS; size >= MIN_WORDS; size -= 3) {
    if (size > run.length) continue;
    for (let from = 0; from + size <= run.length; from++) {
      const window = run.slice(from, from + size);
      const language = languageOf(window);
      if (language && checksumHolds(window, language)) return window;
    }
  }
  return null;
}

/** Runs of list words in text, split where anything but a separator or a word's number stands between them. */
function wordRuns(text: string, from: number, to: number): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let numbered = false;
  const close = () => {
    if (run.length >= MIN_WORDS) runs.push(run);
    run = [];
  };
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // A word's number: 1 to 24, between words or before the first.
      if (t.length > 2 || Number(t) > MAX_WORDS || Number(t) === 0) close();
      numbered = true;
      continue;
    }
    if (t.length === 1 && !/\p{L}/u.test(t)) {
      if (BETWEEN_WORDS.has(t) || (numbered && AFTER_NUMBER.has(t)) || BEFORE_NUMBER.has(t)) continue;
      close();
      numbered = false;
      continue;
    }
    numbered = false;
    const word = lookUp(t, m.index);
    if (word === null) {
      close();
      continue;
    }
    run.push(word);
  }
  close();
  return runs;
}

/** Recovery phrases in text (none unless the text names a wallet, a seed or a recovery phrase). */
export function recoveryPhraseFindings(text: string): Finding[] {
  if (text.length < 60 || !CUE.test(text)) return [];
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text))
    for (const run of wordRuns(text, c.index, c.index + c[0].length)) pushPhrase(text, run, out);
  return out;
}

/** The phrase a run of list words holds, as a finding, unless it is made up or shown as an example. */
function pushPhrase(text: string, run: Word[], out: Finding[]): void {
  const phrase = phraseOf(run);
  if (phrase === null || looksMadeUp(phrase)) return;
  const start = phrase[0]!.start;
  const end = phrase[phrase.length - 1]!.end;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (EXAMPLE_CUE.test(text.slice(Math.max(0, Math.min(lineStart, start - EXAMPLE_LOOK_BACK)), start))) return;
  const language = languageOf(phrase);
  const valid = language !== null && checksumHolds(phrase, language);
  out.push({
    start,
    end,
    label: 'SECRET',
    type: 'RECOVERY_PHRASE',
    score: valid ? 0.95 : 0.9,
    detector: 'recovery-phrase',
  });
}

/** The phrase reader as one of the engine's extra detectors. */
export class RecoveryPhraseDetector implements NamedDetector {
  readonly id = 'recovery-phrase';
  detect(text: string): Finding[] {
    return recoveryPhraseFindings(text);
  }
}
