import type { Finding, Label } from '../types.js';
import { ANCHOR_LABELS, personalAnchor } from './about-nobody.js';

/**
 * A text about the past: the years it dates things by are mostly before 1930 (a peal board, a parish register's or
 * a census's transcription, a ship's muster roll, a town's chronicle, a classical author's or a jurist's text). The
 * people such a text names are dead, and the dead are nobody's private data; its places are where history happened.
 * Read as a whole-text fact, in any genre:
 * - for: two dated years or more before 1930 ("in 1887", "April 16th 1887", "1851–1923", "(1642)", "año 1790",
 *   "1790s", "painted 1887") and no fewer of them than dated years from 1930 on (a heritage text dates its
 *   restorations too);
 * - against, any of which keeps every finding: a value only a living person has (a phone, an id, an account, a
 *   card, a secret, a client's IP), a birth year from 1930 on, or one of about-nobody's personal anchors (a
 *   relation of the writer to someone, a letter's greeting, a record's person field, an errand, an age after a
 *   name, a house-numbered address on a name's line).
 * Then the text's names, places and dates are nobody's. Its health terms stay to the medical readings.
 */

/** Labels a text about the past does not report. */
const DROPPED: ReadonlySet<Label> = new Set<Label>(['PERSON', 'LOCATION', 'DATE']);

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|' +
  'aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|' +
  'noviembre|diciembre|ene|abr|ago|dic';

/**
 * A dated year: after a preposition, a month (and day), "año/year", a life's mark (b., d., n., m., †, c.) or a past
 * participle, or as one end of a span ("1851–1923"), closing a bracket ("(1642)", "(painted 1887)"), or a decade
 * ("1790s"). Group 1, 2 or 3 holds the year. A row's number opening a bracket ("(1001, 'x')") is no year.
 */
const DATED_YEAR = new RegExp(
  '(?<![\\p{L}\\p{N}.,/:-])(?:(?:in|on|of|from|since|until|till|by|to|before|after|around|circa|ca\\.|c\\.|about|' +
    'en|de|del|desde|hasta|hacia|antes de|despu[eé]s de|a|año|years?|anno|AD|A\\.D\\.|born|died|b\\.|d\\.|n\\.|m\\.|' +
    'nacid[oa]|muert[oa]|fallecid[oa]|†|\\*|' +
    `(?:\\d{1,2}(?:st|nd|rd|th|º)?[ \\t]+(?:de[ \\t]+)?)?(?:${MONTHS})\\.?(?:[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?)?(?:[ \\t]+de)?` +
    // A past participle: "painted 1887", "restored 1993", "fundada 1802".
    '|\\p{L}{3,}(?:ed|ado|ada|ido|ida))[ \\t]+|(?<=\\d{4}[ \\t]*[–—-][ \\t]*))(1[0-9]\\d\\d|20\\d\\d)(?![\\p{N}]|[.,:/][\\p{N}])' +
    '|(?<![\\p{L}\\p{N}.,/:-])(1[0-9]\\d\\d|20\\d\\d)(?=[ \\t]*[–—-][ \\t]*(?:1[0-9]|20)\\d\\d(?!\\p{N})|s(?!\\p{L}))' +
    // Closing a bracket that holds words and no other number: "(1642)", "(painted 1887)", not "(1042, 1044)".
    '|(?<=\\((?:[^()\\p{N}\\n]{0,30}[ \\t])?)(1[0-9]\\d\\d|20\\d\\d)(?=[ \\t]*\\))',
  'giu',
);

/** A year before this one dates the past: no one born then is alive. */
const PAST_BEFORE = 1930;
/** How many dated past years make a text one about the past, and how many times the recent ones they must be. */
const PAST_YEARS_MIN = 2;
const PAST_RATIO = 1;

/** A birth year of someone who may be living: "born 1948", "(b. 1961)", "nacida en 1975". */
const LIVING_BIRTH =
  /(?<![\p{L}])(?:b\.|born|n\.|nacid[oa]|naci[oó])[ \t]*(?:(?:in|en|el|on)[ \t]+)?(?:[^\n()]{0,20}?[ \t])?(?:19[3-9]\d|20\d\d)(?!\d)/iu;

/** Quick screen: a four-digit number that could be a year before 1930. */
const OLD_YEAR_SCREEN = /(?<!\d)1(?:[0-8]\d\d|9[0-2]\d)(?!\d)/;

/** Dated years before PAST_BEFORE and from it on. */
export function datedYears(text: string): { past: number; recent: number } {
  let past = 0;
  let recent = 0;
  DATED_YEAR.lastIndex = 0;
  for (let m = DATED_YEAR.exec(text); m !== null; m = DATED_YEAR.exec(text)) {
    const year = Number(m[1] ?? m[2] ?? m[3]);
    if (year < PAST_BEFORE) past++;
    else recent++;
  }
  return { past, recent };
}

/** Whether the text dates itself in the past and ties no living person to it (exported for tests). */
export function aboutThePast(text: string, findings: readonly Finding[]): boolean {
  if (!OLD_YEAR_SCREEN.test(text)) return false;
  if (findings.some((f) => ANCHOR_LABELS.has(f.label))) return false;
  const { past, recent } = datedYears(text);
  if (past < PAST_YEARS_MIN || past < PAST_RATIO * recent) return false;
  if (LIVING_BIRTH.test(text)) return false;
  return personalAnchor(text, findings) === undefined;
}

/** Findings without the names, places and dates of a text about the past. */
export function dropHistoricalText(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => DROPPED.has(f.label))) return findings;
  if (!aboutThePast(text, findings)) return findings;
  return findings.filter((f) => !DROPPED.has(f.label));
}
