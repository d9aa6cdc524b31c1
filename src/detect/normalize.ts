/**
 * The normalised view detectors match on, with a map back to the original text. Obfuscation that a human
 * reader ignores (full-width digits, zero-width joiners, soft hyphens, Cyrillic look-alikes, typographic
 * dashes and spaces) must not hide a value from a pattern written for plain ASCII.
 */
export interface NormalizedView {
  /** Text the patterns run over. */
  readonly text: string;
  /** Maps a [start, end) range of `text` to the original text's UTF-16 offsets. */
  toOriginal(start: number, end: number): [number, number];
}

/** Invisible characters dropped from the view: zero-width, bidi controls, soft hyphen, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Characters outside ASCII worth looking at; pure-ASCII text skips the per-character walk entirely. */
const NEEDS_WORK = /[^\x00-\x7f]/;

/**
 * Cyrillic and Greek letters that render like Latin ones. Folding them lets `pаypal` (Cyrillic а) or a token
 * prefix typed with a Greek capital still match; words in those scripts only change inside this view.
 */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  һ: 'h',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
};

/** Dashes and minus signs that NFKC leaves alone but people paste into numbers. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
/** Spaces NFKC keeps distinct (or that come through as oddities) and that separate digit groups. */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  const alike = LOOK_ALIKES[ch];
  if (alike !== undefined) return alike;
  const nfkc = ch.normalize('NFKC');
  // NFKC can turn one character into several (ﬁ → fi) or into combining marks; both are fine for matching.
  return nfkc;
}

const identity: NormalizedView['toOriginal'] = (start, end) => [start, end];

export function normalizeForDetection(text: string): NormalizedView {
  if (!NEEDS_WORK.test(text)) return { text, toOriginal: identity };
  const out: string[] = [];
  // For each code unit of the view: where its source character starts and ends in the original.
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    const folded = cp < 0x80 ? ch : foldChar(ch);
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    out.push(folded);
    i += width;
  }
  const viewText = out.join('');
  return {
    text: viewText,
    toOriginal(start, end) {
      if (viewText.length === 0) return [0, 0];
      const s = starts[Math.min(start, starts.length - 1)] ?? 0;
      const e = end > 0 ? (ends[Math.min(end - 1, ends.length - 1)] ?? text.length) : s;
      return [s, Math.max(s, e)];
    },
  };
}

/** Lower-case with accents stripped, for comparing context words (contraseña ~ contrasena, Teléfono ~ telefono). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
