import { join } from 'node:path';
import { foldKey } from '../nlp/fold.js';
import { PhraseIndex } from '../nlp/phrase-index.js';
import { type Token, tokenizePhrase } from '../nlp/tokenize.js';
import { readListsYaml } from '../nlp/word-list.js';
import type { Finding } from '../types.js';

/**
 * A specialty's measurement written as its name and value, in a text about someone (rules/medical/measurements.yaml):
 * fetal biometry ("BPD 52 mm, HC 190 mm"), a refraction's and an acuity's readings ("Kmax OI 48,6 D"), audiometry
 * ("PTA 45 dB HL"), a tooth after a dental word ("caries en 36"), urea and electrolytes ("Na 129, K 5.8"), spirometry
 * ("FEV1 1.9 L"), a range of motion ("flexión 95°"), a stoma's output ("débito 1500 ml"), a pregnancy's length ("32
 * semanas de gestación"). The lab and vital-sign rules read the analytes that carry a unit of concentration; a chart
 * writes many readings with no unit at all, or with one that only its specialty uses, and no rule knows those names.
 *
 * A name that is that measurement and nothing else (the family's "sure" list: "EFW", "FEV1", "biparietal diameter")
 * makes a bare number a reading. Any other name ("AC", "K", "flexion") needs one of its family's units after the
 * value, a second reading of its family on the same line ("Na 128, Cr 141") or one of the family's headings before it
 * on that line ("U&E: ...").
 */

/** One name's families, as bits (at most 31 families), and those of them it is sure for. */
interface Entry {
  families: number;
  sure: number;
}

export interface MeasurementVocabulary {
  families: readonly string[];
  /** Abbreviations as written, glued tokens joined ("FEV1", "HbA1c", "U&E", "PHQ-9"). */
  abbreviations: ReadonlyMap<string, Entry>;
  /** Names spelled out, folded. */
  names: PhraseIndex<Entry>;
  /** Per family, its units, folded. */
  units: ReadonlyArray<ReadonlySet<string>>;
  /** Every family's units and a dose's: a value with one that is not its family's is something else. */
  anyUnit: ReadonlySet<string>;
  /** Headings of a line of readings, as the families they head. */
  headings: PhraseIndex<number>;
  /** Phrases after a number that make it a reading ("semanas de gestación"). */
  after: PhraseIndex<number>;
  /**
   * The first word (folded) of every name, heading and phrase after a number, as the OPENS_ bits of the indexes it
   * opens a phrase of: one lookup per word says which of the three indexes can match there (mostly none).
   */
  opens: ReadonlyMap<string, number>;
  /** Families read with a tooth number as their value. */
  teeth: number;
}

/** Units of a dose or a product: a value with one of them is a prescription or a label, not a measurement. */
const DOSE_UNITS = ['mg', 'mcg', 'µg', 'ug', 'iu', 'ui', 'u', 'units', 'unidades', 'tabs', 'tablets', 'comp', 'caps'];
/** Money after a value: a price. */
const MONEY = new Set(['eur', 'euros', 'usd', 'dollars', 'dolares', 'pesos', 'gbp', 'pounds', 'libras', 'soles']);

const HAS_UPPER = /\p{Lu}/u;

/** MeasurementVocabulary.opens: the word opens a name, a heading, a phrase after a number. */
const OPENS_NAME = 1;
const OPENS_HEADING = 2;
const OPENS_AFTER = 4;

export function loadMeasurements(rulesDir: string): MeasurementVocabulary {
  const lists = readListsYaml(join(rulesDir, 'medical', 'measurements.yaml'));
  const families: string[] = [];
  for (const key of lists.keys()) {
    const family = key.replace(/_(?:abbreviations|names|sure|units|headings|after)$/, '');
    if (!families.includes(family)) families.push(family);
  }
  const abbreviations = new Map<string, Entry>();
  const named = new Map<string, Entry>();
  const entry = (map: Map<string, Entry>, key: string): Entry => {
    let e = map.get(key);
    if (e === undefined) {
      e = { families: 0, sure: 0 };
      map.set(key, e);
    }
    return e;
  };
  const units: Set<string>[] = [];
  const anyUnit = new Set<string>(DOSE_UNITS);
  const headings = new PhraseIndex<number>();
  const headingBits = new Map<string, number>();
  const after = new PhraseIndex<number>();
  let teeth = 0;
  families.forEach((family, k) => {
    const bit = 1 << k;
    const list = (kind: string) => lists.get(`${family}_${kind}`) ?? [];
    const sure = new Set(list('sure'));
    for (const name of [...list('abbreviations'), ...list('names'), ...sure]) {
      const e = HAS_UPPER.test(name) ? entry(abbreviations, name) : entry(named, foldKey(name));
      e.families |= bit;
      if (sure.has(name)) e.sure |= bit;
    }
    units.push(new Set(list('units').map(foldKey)));
    for (const u of list('units')) anyUnit.add(foldKey(u));
    for (const h of list('headings')) headingBits.set(h, (headingBits.get(h) ?? 0) | bit);
    for (const a of list('after')) after.add(a, bit);
    if (family === 'dental') teeth |= bit;
  });
  const names = new PhraseIndex<Entry>();
  for (const [key, e] of named) names.add(key, e);
  for (const [h, bits] of headingBits) headings.add(h, bits);
  const opens = new Map<string, number>();
  const opening = (phrases: Iterable<string>, bit: number) => {
    for (const phrase of phrases) {
      // The first token's key, as the index keeps it.
      const first = tokenizePhrase(phrase)[0]?.key;
      if (first !== undefined) opens.set(first, (opens.get(first) ?? 0) | bit);
    }
  };
  opening(named.keys(), OPENS_NAME);
  opening(headingBits.keys(), OPENS_HEADING);
  opening(
    families.flatMap((family) => lists.get(`${family}_after`) ?? []),
    OPENS_AFTER,
  );
  return { families, abbreviations, names, units, anyUnit, headings, after, opens, teeth };
}

/** Words between a name and its value: an eye or a side, when it was taken. */
const QUALIFIER = String.raw`(?:OD|OI|OS|OU|AO|RE|LE|R|L|right|left|derecho|izquierdo|dcho\.?|izq\.?|al alta|al ingreso|on admission|at discharge|today|hoy|basal|pre-?op|post-?op|previ[oa]|actual|current)`;
/** Words a value follows ("was", "de", "score", "en la pieza"). */
const LINK = `(?:was|is|of|at|on|in|de|del|en|es|fue|era|la|el|the|score|puntuaci[oó]n|level|nivel|total|index|[ií]ndice|pieza|piezas|diente|dientes|muela|tooth|teeth)`;
/**
 * After a name: a qualifier, a separator, linking words, then the value (a sign, a decimal comma or point, "/max")
 * and what follows it glued or after a space (a unit, perhaps "dB HL" or "% pred").
 */
const TAIL = new RegExp(
  String.raw`(?:[ \t]{0,3}\(?${QUALIFIER}\)?)?[ \t]{0,3}(?:[:=|][ \t]{0,3})?(?:${LINK}[ \t]{1,3}){0,3}(?:[~≈][ \t]?)?(#[ \t]?)?([+\-−±]?\d{1,4}(?:[.,]\d{1,3})?)(?:[ \t]?\/[ \t]?(\d{1,3}(?:[.,]\d)?))?(?:([ \t]?)(%|°|º|[\p{L}µμ][\p{L}\p{N}µμ/²³]*(?:[.,]\d{2}[\p{L}\p{N}²]*)?(?:[ \t](?:HL|nHL|SPL|pred|predicted|te[oó]rico))?))?`,
  'uy',
);
/** A side written as one capital (right, left) and the value that follows it. */
const SIDE = /^[LR]$/;
const SIDE_VALUE = /^[ \t]{1,3}[+\-−]?\d/;
const OTHER_SIDE =
  /^[ \t]{1,3}[LR][ \t]{1,3}[+\-−]?\d{1,4}(?:[.,]\d{1,3})?(?:[ \t]?\/[ \t]?\d{1,3})?(?:[ \t]?(?:%|[\p{L}µ][\p{L}/²]*))?/u;
/** Right after a value: a range, a date, a time or a longer number, not a reading. */
const NOT_A_VALUE_AFTER = /^(?:\d|[.,:/\-–+×x]\d)/;
/** Words before a value, in its sentence, that make it a requirement, a reference or a threshold. */
const NOT_A_READING =
  /\b(?:requires?|required|must|minimum|at least|criteria|criterion|threshold|cut-?off|normal(?:ly)?|reference|(?<!\b(?:in|below|above|within) )range|target|goal|eligible|if|defined as|means|e\.g\.|for example|such as|debe|m[ií]nim[oa]|requisito|criterios?|al menos|umbral|punto de corte|(?<!\b(?:en|del) )rango|referencia|objetivo|meta|si|se define|significa|por ejemplo|normal(?:es)?)\b/i;
/** The malnutrition screening tool's name, in capitals. */
const MUST_TOOL = /\bMUST\b/g;
/** Words right after a value that make it a bound ("80% or more", "5 cm o más"). */
const BOUND_AFTER =
  /^[ \t]*(?:or (?:more|above|greater|higher|over|less|below|lower|under)|and (?:above|over)|o (?:m[aá]s|mayor|menor|superior|inferior))\b/i;
/** Where a sentence or a list item ends, looking back from a value. */
const SENTENCE_BACK = /[.;!?\n](?=[^.;!?\n]*$)/;
/** Marks after a heading of readings. */
const HEADING_MARKS = new Set([':', '-', '–', '—']);
/** A percentile or a deviation in brackets after a growth or a fetal measure: "(41st centile)", "(p50)", "(-1.2 SD)". */
const BRACKET_AFTER =
  /^[ 	]?\((?:p[ 	]?\d{1,2}|\d{1,2}(?:st|nd|rd|th|º|°)?[ 	](?:centile|percentile|centil)|percentil(?:e)?[ 	]\d{1,2}|centile[ 	]\d{1,2}|[+\-−]?\d(?:[.,]\d{1,2})?[ 	]?(?:SD|DE|DS)|z[ 	]?=?[ 	]?[+\-−]?\d(?:[.,]\d{1,2})?)\)/i;
/** "Out of" maxima of a score or an acuity: "4/5" muscle power, "24/30" MMSE, "6/9" or "20/40" acuity. */
const SCORE_MAX = new Set([5, 10, 15, 20, 24, 27, 30, 40, 50, 100]);
const ACUITY_FIRST = new Set([6, 20]);

interface Item {
  start: number;
  end: number;
  families: number;
  /** A unit, "sure" name or score says it is a reading; else it needs a row or a heading. */
  sure: boolean;
  line: number;
  /** The name as written: a row holds different measurements ("AV 204 / AV 205" are two flights). */
  name: string;
}

/** FDI (11-48, primary 51-85) and, after "#", Universal (1-32) tooth numbers. */
function toothNumber(value: string, hash: boolean): boolean {
  if (!/^\d{1,2}$/.test(value)) return false;
  const n = Number(value);
  if (hash) return n >= 1 && n <= 32;
  const q = Math.floor(n / 10);
  const t = n % 10;
  return (q >= 1 && q <= 4 && t >= 1 && t <= 8) || (q >= 5 && q <= 8 && t >= 1 && t <= 5);
}

/** The abbreviation of glued tokens starting at tokens[i] ("FEV" "1" -> "FEV1"), longest first: its last token. */
function abbreviationAt(
  tokens: readonly Token[],
  i: number,
  vocab: MeasurementVocabulary,
): { last: number; entry: Entry } | undefined {
  let written = tokens[i]!.text;
  let best: { last: number; entry: Entry } | undefined;
  for (let j = i; ; ) {
    const next = tokens[j + 1];
    const e = vocab.abbreviations.get(written);
    // A longer word glued after it ("ACs", "HCl") is another word.
    const glued = next !== undefined && next.start === tokens[j]!.end && next.kind !== 'punct';
    if (e !== undefined && !glued) best = { last: j, entry: e };
    if (next === undefined || next.start !== tokens[j]!.end || j - i >= 6) break;
    if (next.kind === 'punct' && !'-&/'.includes(next.text)) break;
    written += next.text;
    j++;
  }
  return best;
}

/** Readings of the specialties' measurements in text (see the module's comment). */
export function measurementReadings(
  text: string,
  tokens: readonly Token[],
  vocab: MeasurementVocabulary,
  detector: string,
  aboutSomeone: () => boolean,
  /**
   * Whether the word tokens[i] opens some name, heading or phrase after a number (a key of vocab.opens), when the
   * caller knows it already: only those words are looked up.
   */
  opensAt = (i: number): boolean => vocab.opens.has(tokens[i]!.key),
): Finding[] {
  const items: Item[] = [];
  let line = 0;
  // Families headed on the current line ("U&E:", "Biometry:").
  let headed = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineStart) {
      line++;
      headed = 0;
    }
    if (t.kind === 'number') continue;
    // A name glued after a letter or a digit is part of another word ("3AC", "xHC").
    const prev = tokens[i - 1];
    if (prev !== undefined && prev.end === t.start && prev.kind !== 'punct') continue;
    const opens = t.kind === 'word' && opensAt(i) ? (vocab.opens.get(t.key) ?? 0) : 0;
    if (opens !== 0) {
      // A heading opens its line's readings with a colon or a dash ("U&E: Na 128", "Biometría - DBP 52").
      const heading = opens & OPENS_HEADING ? vocab.headings.matchAt(tokens, i) : undefined;
      if (heading && HEADING_MARKS.has(tokens[i + heading.length]?.text ?? '')) headed |= heading.value;
      const after = opens & OPENS_AFTER ? vocab.after.matchAt(tokens, i) : undefined;
      if (after && prev?.kind === 'number') {
        const start = numberStart(tokens, i - 1);
        const end = tokens[i + after.length - 1]!.end;
        items.push({ start, end, families: after.value, sure: true, line, name: text.slice(t.start, end) });
        i += after.length - 1;
        continue;
      }
    }
    // Abbreviations hold a capital: a word its key (folded) spells the same is none.
    const abbreviation = t.text !== t.key ? abbreviationAt(tokens, i, vocab) : undefined;
    const named = opens & OPENS_NAME ? vocab.names.matchAt(tokens, i) : undefined;
    let last: number;
    let e: Entry;
    if (named && (!abbreviation || i + named.length - 1 >= abbreviation.last)) {
      last = i + named.length - 1;
      e = named.value;
    } else if (abbreviation) {
      last = abbreviation.last;
      e = abbreviation.entry;
    } else continue;
    const item = readValue(text, tokens[i]!.start, tokens[last]!.end, e, vocab, line, headed);
    if (item === undefined) continue;
    items.push(item);
    // Go on after the value: the next name may follow it.
    while (i + 1 < tokens.length && tokens[i + 1]!.start < item.end) i++;
  }
  if (items.length === 0) return [];
  // A weak reading stands with another of its family on its line.
  const kept = items.filter(
    (it) => it.sure || items.some((o) => o.name !== it.name && o.line === it.line && (o.families & it.families) !== 0),
  );
  if (kept.length === 0 || !aboutSomeone()) return [];
  // Each reading is its own finding, as the lab rules' are: a row of them stays one per test.
  return kept.map((it) => ({
    start: it.start,
    end: it.end,
    label: 'MEDICAL',
    type: 'LAB_RESULT',
    score: 0.8,
    detector,
  }));
}

/** The first token of a number written with a decimal comma or point ("7", "32,5"). */
function numberStart(tokens: readonly Token[], j: number): number {
  let k = j;
  while (
    k >= 2 &&
    (tokens[k - 1]!.text === '.' || tokens[k - 1]!.text === ',') &&
    tokens[k - 1]!.start === tokens[k - 2]!.end &&
    tokens[k]!.start === tokens[k - 1]!.end &&
    tokens[k - 2]!.kind === 'number'
  ) {
    k -= 2;
  }
  return tokens[k]!.start;
}

/** The reading after a name that spans [start, nameEnd) of text, or undefined. */
function readValue(
  text: string,
  start: number,
  nameEnd: number,
  e: Entry,
  vocab: MeasurementVocabulary,
  line: number,
  headed: number,
): Item | undefined {
  TAIL.lastIndex = nameEnd;
  const m = TAIL.exec(text);
  if (m === null) return undefined;
  const hash = m[1] !== undefined;
  const value = m[2]!;
  const max = m[3];
  const unitWritten = m[5];
  let end = m.index + m[0].length;
  let valueEnd = end;
  let unitFamilies = 0;
  let sure = false;
  // "cup-disc ratio R 0.7 L 0.4": a capital L or R before the other side's value is that side, not litres.
  const side = unitWritten !== undefined && m[4] !== '' && SIDE.test(unitWritten) && SIDE_VALUE.test(text.slice(end));
  if (unitWritten !== undefined && side) {
    // The other side's value (and the unit both share) is part of the same reading.
    end -= unitWritten.length + (m[4]?.length ?? 0);
    end += OTHER_SIDE.exec(text.slice(end))?.[0].length ?? 0;
    valueEnd = end;
  } else if (unitWritten !== undefined) {
    valueEnd = end - unitWritten.length - (m[4]?.length ?? 0);
    const unit = foldKey(unitWritten).replace(/[.]+$/, '');
    if (MONEY.has(unit)) return undefined;
    for (let k = 0; k < vocab.units.length; k++) if (vocab.units[k]!.has(unit)) unitFamilies |= 1 << k;
    if ((unitFamilies & e.families) === 0) {
      // Another family's unit or a dose's: not this reading. Any other word after a space is the next word.
      if (vocab.anyUnit.has(unit) || m[4] === '') return undefined;
      end = valueEnd;
      unitFamilies = 0;
    } else sure = true;
  }
  if (NOT_A_VALUE_AFTER.test(text.slice(end, end + 2))) return undefined;
  let families = e.families;
  if (unitFamilies !== 0) families &= unitFamilies;
  // A tooth's family reads a tooth number, or a pocket's depth in mm.
  if (families & vocab.teeth) {
    if (!(unitFamilies & vocab.teeth) && (max !== undefined || !toothNumber(value.replace(/^[+]/, ''), hash))) {
      families &= ~vocab.teeth;
    }
  } else if (hash) return undefined;
  if (families === 0) return undefined;
  if (max !== undefined) {
    const first = Number(value.replace(',', '.'));
    const top = Number(max.replace(',', '.'));
    if (!(SCORE_MAX.has(top) && first <= top) && !ACUITY_FIRST.has(first)) return undefined;
    sure = true;
  }
  if ((e.sure & families) !== 0 || (headed & families) !== 0) sure = true;
  const before = text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 200), start);
  const sentence = before.slice(before.search(SENTENCE_BACK) + 1);
  // "MUST score 2" names the malnutrition screening tool, not a requirement.
  const words = sentence.includes('MUST') ? sentence.replaceAll(MUST_TOOL, '') : sentence;
  if (NOT_A_READING.test(words) || BOUND_AFTER.test(text.slice(end, end + 30))) return undefined;
  end = Math.max(end, valueEnd);
  const bracket = BRACKET_AFTER.exec(text.slice(end, end + 32));
  if (bracket) end += bracket[0].length;
  return { start, end, families, sure, line, name: text.slice(start, nameEnd) };
}
