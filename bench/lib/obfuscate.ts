import type { GoldSpan } from '../accuracy-score.js';

/**
 * Light obfuscations a user (or a leaky copy-paste) applies to a value, each one the detection engine claims to
 * see through (issue 3, point 4): the accuracy benchmark rewrites the gold values of the shared sets with them
 * and measures the leak again. Each returns undefined when it does not apply to the value (no digits to regroup,
 * no letter with a look-alike), so a value is only counted for variants that change it.
 */
export type Variant = 'fullwidth' | 'zero-width' | 'soft-hyphen' | 'homoglyph' | 'regrouped' | 'spelled-email';

export const VARIANTS: readonly Variant[] = [
  'fullwidth',
  'zero-width',
  'soft-hyphen',
  'homoglyph',
  'regrouped',
  'spelled-email',
];

/** Labels whose values are mostly digits, where regrouping the digits is a realistic way of writing them. */
const DIGIT_LABELS = new Set(['CREDIT_CARD', 'IBAN', 'PHONE', 'NATIONAL_ID', 'BANK_ACCOUNT']);

/** Cyrillic letters drawn like Latin ones. */
const LOOK_ALIKES: Record<string, string> = {
  a: '\u0430',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  c: '\u0441',
  x: '\u0445',
  i: '\u0456',
  A: '\u0410',
  E: '\u0415',
  O: '\u041e',
  P: '\u0420',
  C: '\u0421',
  M: '\u041c',
  T: '\u0422',
};

const SEPARATORS = [' ', '.', '-', '\n'];

/** Inserts `mark` after every `every`-th character of the value (never inside a surrogate pair, never at the ends). */
function insertEvery(value: string, mark: string, every: number): string | undefined {
  const chars = [...value];
  if (chars.length < 2) return undefined;
  let out = '';
  chars.forEach((ch, i) => {
    out += ch;
    if (i < chars.length - 1 && (i + 1) % every === 0) out += mark;
  });
  return out === value ? undefined : out;
}

export function obfuscateValue(value: string, label: string, variant: Variant, seed: number): string | undefined {
  switch (variant) {
    case 'fullwidth': {
      // U+FF01..U+FF5E mirror ASCII 0x21..0x7E; NFKC folds them back.
      const out = value.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
      return out === value ? undefined : out;
    }
    case 'zero-width':
      return insertEvery(value, '\u200b', 3);
    case 'soft-hyphen': {
      const chars = [...value];
      if (chars.length < 4) return undefined;
      const mid = Math.floor(chars.length / 2);
      return `${chars.slice(0, mid).join('')}\u00ad${chars.slice(mid).join('')}`;
    }
    case 'homoglyph': {
      // Every other letter that has a look-alike, so the word still reads naturally.
      let n = 0;
      const out = value.replace(/[aeopcxiAEOPCMT]/g, (ch) => (n++ % 2 === 0 ? (LOOK_ALIKES[ch] ?? ch) : ch));
      return out === value ? undefined : out;
    }
    case 'regrouped': {
      if (!DIGIT_LABELS.has(label)) return undefined;
      // The groups a value is printed in stay, only their separator changes (a dash becomes a dot, a space a
      // line break, as copy-paste and retyping do). A long number printed without groups gets the grouping
      // people use for its kind: fours for cards, IBANs and accounts, threes for phone numbers; national ids
      // printed without groups are left alone (nobody regroups a DNI or a HETU at made-up positions).
      const sep = SEPARATORS[seed % SEPARATORS.length] as string;
      if (/[A-Za-z0-9][\s.\-/]+[A-Za-z0-9]/.test(value)) {
        const other = sep === ' ' ? '.' : sep;
        const out = value.replace(/(?<=[A-Za-z0-9])[\s.\-/]+(?=[A-Za-z0-9])/g, (old) => (old === sep ? other : sep));
        return out === value ? undefined : out;
      }
      const size = label === 'PHONE' ? 3 : label === 'NATIONAL_ID' ? 0 : 4;
      if (size === 0 || !/^\+?[A-Za-z0-9]{8,}$/.test(value)) return undefined;
      const plus = value.startsWith('+') ? '+' : '';
      return plus + (value.slice(plus.length).match(new RegExp(`.{1,${size}}`, 'g')) as string[]).join(sep);
    }
    case 'spelled-email': {
      if (label !== 'EMAIL') return undefined;
      const at = value.lastIndexOf('@');
      if (at <= 0) return undefined;
      return `${value.slice(0, at)} at ${value.slice(at + 1).replaceAll('.', ' dot ')}`;
    }
  }
}

export interface Obfuscated {
  text: string;
  /** The rewritten gold spans, at their offsets in the new text. */
  spans: GoldSpan[];
}

/**
 * Rewrites every non-overlapping gold span of a text with the variant; spans it does not change and spans
 * that overlap an earlier one are dropped from the result (they are not a measure of this variant).
 */
export function obfuscateRecord(text: string, spans: readonly GoldSpan[], variant: Variant): Obfuscated {
  const sorted = [...spans].filter((s) => s.label !== 'OTHER').sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  const rewritten: GoldSpan[] = [];
  sorted.forEach((s, i) => {
    if (s.start < at) return;
    const value = text.slice(s.start, s.end);
    const changed = obfuscateValue(value, s.label, variant, i);
    if (changed === undefined) return;
    out += text.slice(at, s.start);
    rewritten.push({ start: out.length, end: out.length + changed.length, label: s.label });
    out += changed;
    at = s.end;
  });
  out += text.slice(at);
  return { text: out, spans: rewritten };
}
