import type { Finding } from '../types.js';

/**
 * Clinical and scientific text defines a short form once and then uses it: "Duchenne muscular dystrophy (DMD) ...
 * boys with DMD". When a condition carries a parenthesised abbreviation, every whole-word use of that abbreviation
 * in the same text is the same condition. The parenthesis may follow the name ("... coli (APC)"), sit inside it
 * ("von Hippel-Lindau (VHL) disease") or define several forms at once ("(DMD/BMD)", "(DMD or BMD)", "(FEO, MIM 1)").
 */

// Up to two more words may sit between the detected part and the parenthesis ("adenomatous polyposis coli (APC)",
// "ataxia type 3 (SCA3)"), or a complement with "of" ("hypertrophy of the retinal pigment epithelium (CHRPE)").
const AFTER =
  /^(?:(?:[ \t]+[\p{L}\p{N}-]+){0,2}|[ \t]+of(?:[ \t]+the)?(?:[ \t]+[\p{L}\p{N}-]+){1,4})[ \t]*\(([^()\n]{2,80})\)/u;
const INSIDE = /\(([^()\n]{2,80})\)/u;
/** How far after a finding AFTER is read. */
const AFTER_REACH = 140;
// Items of a definition: "DMD/BMD", "SCA3 or MJD", "FEO, MIM 174810", "DMD and BMD", "SJS; other name; McK 1".
const SEPARATOR = /\s*(?:[/,;]|\bor\b|\band\b)\s*/u;
// One word, or one word and a type numeral ("MPS IVA", "SJS 2").
const SHORT_FORM = /^[A-Za-z0-9][A-Za-z0-9-]{1,9}(?: (?:[IVX]{1,4}[A-D]?|[0-9]{1,2}[A-D]?))?$/;
// Catalogue prefixes that sit in the same parentheses but name no condition.
const NOT_ABBREVIATIONS = new Set(['MIM', 'OMIM', 'ICD', 'CIE', 'NB', 'OK', 'II', 'III', 'IV', 'VI']);
const MAX_ABBREVIATIONS = 20;

function looksLikeAbbreviation(value: string): boolean {
  if (!SHORT_FORM.test(value) || NOT_ABBREVIATIONS.has(value)) return false;
  const upper = value.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && upper * 2 >= value.replace(/[^A-Za-z]/g, '').length;
}

/** The parenthesised group a condition finding defines: inside its span, or right after it. */
function definitionOf(text: string, f: Finding): string | undefined {
  // Both patterns open a parenthesis, inside the span or within AFTER_REACH after it: most findings have none near.
  const open = text.indexOf('(', f.start);
  if (open < 0 || open >= f.end + AFTER_REACH) return undefined;
  const inside = INSIDE.exec(text.slice(f.start, f.end));
  if (inside) return inside[1];
  return AFTER.exec(text.slice(f.end, f.end + AFTER_REACH))?.[1];
}

function collectDefinitions(text: string, findings: readonly Finding[], defined: Map<string, Finding>): string[] {
  const added: string[] = [];
  for (const f of findings) {
    if (f.type !== 'CONDITION' || defined.size >= MAX_ABBREVIATIONS) continue;
    const group = definitionOf(text, f);
    if (!group) continue;
    for (const item of group.trim().split(SEPARATOR)) {
      if (looksLikeAbbreviation(item) && !defined.has(item)) {
        defined.set(item, f);
        added.push(item);
      }
    }
  }
  return added;
}

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/** Whether the code point ending right before offset i (a surrogate pair counts as one) is a letter or digit. */
function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
  return LETTER_OR_DIGIT.test(text.slice(from, i));
}

/** Whether the code point starting at offset i is a letter or digit. */
function wordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Every whole-word use of the given abbreviations, left to right and never overlapping, the longest form winning
 * where several start at one offset: what one alternation regex of them all finds, without compiling a new
 * regex for every text.
 */
function usesOf(text: string, abbreviations: readonly string[], defined: ReadonlyMap<string, Finding>): Finding[] {
  const hits: Array<{ start: number; form: string }> = [];
  for (const form of abbreviations) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (!wordBefore(text, at) && !wordAt(text, at + form.length)) hits.push({ start: at, form });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.form.length - a.form.length);
  const out: Finding[] = [];
  let end = 0;
  for (const { start, form } of hits) {
    if (start < end) continue;
    const source = defined.get(form)!;
    out.push({ ...source, start, end: start + form.length, type: 'CONDITION' });
    end = start + form.length;
  }
  return out;
}

export function propagateAbbreviations(text: string, findings: readonly Finding[]): Finding[] {
  // Every definition is parenthesised.
  if (!text.includes('(')) return [];
  const defined = new Map<string, Finding>();
  const out: Finding[] = [];
  // A second round for forms defined from an abbreviation: "familial adenomatous polyposis (FAP) ... attenuated
  // FAP (AFAP)".
  let fresh = collectDefinitions(text, findings, defined);
  for (let round = 0; round < 2 && fresh.length > 0; round++) {
    const found = usesOf(text, fresh, defined);
    out.push(...found);
    fresh = round === 0 ? collectDefinitions(text, found, defined) : [];
  }
  return out;
}

// Words a name's initialism leaves out ("disease of the heart", "enfermedad de Crohn").
const NOT_INITIALS = new Set(['of', 'the', 'and', 'in', 'with', 'to', 'de', 'del', 'la', 'el', 'y', 'en', 'con']);
// Generic heads that short forms often drop: "von Hippel-Lindau disease" is VHL.
const DROPPABLE_HEADS = new Set(['disease', 'syndrome', 'disorder', 'enfermedad', 'sindrome', 'síndrome']);
// Upper-case words of ordinary and technical text that the initials of some condition happen to spell: a prompt
// about CI pipelines, pull requests (PR) or AI that also names cardiac insufficiency is still about software.
const COMMON_UPPER = new Set([
  'AM',
  'AN',
  'AS',
  'BE',
  'BY',
  'DO',
  'GO',
  'HE',
  'ID',
  'IF',
  'IN',
  'IS',
  'IT',
  'ME',
  'MY',
  'NO',
  'OF',
  'OK',
  'ON',
  'OR',
  'PM',
  'SO',
  'TO',
  'TV',
  'UK',
  'UP',
  'US',
  'WE',
  'AI',
  'API',
  'CI',
  'CD',
  'PR',
  'UI',
  'UX',
  'DB',
  'OS',
  'QA',
  'HR',
  'IP',
  'PC',
  'CEO',
  'CTO',
  'CFO',
  'FAQ',
  'PDF',
  'SQL',
  'URL',
  'USA',
  'EU',
  'UN',
  'NA',
  'ETA',
  'ASAP',
  'TBD',
  'TODO',
  'FYI',
]);
/** Words after a condition that may still belong to the name its initialism spells ("adenomatous polyposis coli"). */
const TRAILING_WORDS = 1;
const INITIALISM_SCORE = 0.7;

/** Index of the first token starting at or after offset (binary search). */
function firstTokenFrom(tokens: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Upper-case initials of a word, one per hyphenated part: "ataxia-telangiectasia" is AT, "Hippel-Lindau" HL. */
function initialsOf(word: string): string {
  let out = word[0]!.toUpperCase();
  for (let dash = word.indexOf('-'); dash >= 0 && dash + 1 < word.length; dash = word.indexOf('-', dash + 1)) {
    out += word[dash + 1]!.toUpperCase();
  }
  return out;
}

/** No lower-case letter: ASCII by character codes, anything else by comparison with its upper-case form. */
function isUpperCase(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return word === word.toUpperCase();
  }
  return true;
}

type InitialToken = { start: number; end: number; text: string; key: string; kind: string; cap: boolean };

/**
 * Initialisms of the conditions found in a text, used elsewhere in it without a definition: a paper on "adenomatous
 * polyposis coli" that speaks of "APC mutations", a note on "chronic kidney disease" that goes on with "CKD". Only
 * upper-case words count, of two letters or more, spelled by the initials of a found condition of two words or more
 * (also with the word after it, or without a generic head such as "disease") or by the parts of a hyphenated one.
 */
/** Degrees and titles written after a name, which a condition's initials may also spell ("MD", "DO", "RN"). */
const POST_NOMINALS = new Set([
  'MD',
  'DO',
  'RN',
  'NP',
  'PA',
  'DDS',
  'DMD',
  'MBBS',
  'FACP',
  'FRCP',
  'FRCS',
  'MRCP',
  'LPN',
]);

/** Whether tokens[i] follows a capitalised word or another title, with or without a comma between. */
function afterName(tokens: readonly InitialToken[], i: number): boolean {
  let prev = tokens[i - 1];
  if (prev?.text === ',') prev = tokens[i - 2];
  return prev !== undefined && prev.kind === 'word' && prev.cap;
}

/** Whether tokens[i] is glued by a hyphen to a number after it ("PA-1187"): the prefix of a reference number. */
function idPrefix(tokens: readonly InitialToken[], i: number): boolean {
  const dash = tokens[i + 1];
  const num = tokens[i + 2];
  return (
    dash !== undefined &&
    num !== undefined &&
    dash.text === '-' &&
    dash.start === tokens[i]!.end &&
    num.kind === 'number' &&
    num.start === dash.end
  );
}

/** A finding whose words may be spelled by a short form elsewhere in the text. */
function spellsInitials(f: Finding): boolean {
  return f.type === 'CONDITION' && f.score >= 0.5;
}

export function initialismsOf(tokens: readonly InitialToken[], findings: readonly Finding[]): Finding[] {
  // Only a condition found with some confidence spells a short form: a text without one (most that reach here hold a
  // bare ambiguous word or a reading only) needs no walk of its tokens.
  if (!findings.some(spellsInitials)) return [];
  // Short forms first: most texts have none, and then no initials need spelling.
  const wanted = new Map<string, Finding | undefined>();
  const upper: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.cap || token.kind !== 'word' || token.text.length < 2 || token.text.length > 8) continue;
    if (!isUpperCase(token.text)) continue;
    const form = token.text.replaceAll('-', '');
    if (form.length < 2 || COMMON_UPPER.has(form)) continue;
    // "Ana Ruiz, MD", "Dr Lee MD FACP": a degree or title after a name, not a condition's short form.
    if (POST_NOMINALS.has(form) && afterName(tokens, i)) continue;
    // "PA-1187", "CA-2026-0412": the letter prefix of a case or form number, not a condition's short form.
    if (idPrefix(tokens, i)) continue;
    upper.push(i);
    wanted.set(form, undefined);
  }
  if (upper.length === 0) return [];
  const spell = (spelling: string, f: Finding): void => {
    if (wanted.has(spelling) && wanted.get(spelling) === undefined) wanted.set(spelling, f);
  };
  for (const f of findings) {
    if (!spellsInitials(f)) continue;
    let spelling = '';
    let words = 0;
    let lastKey = '';
    let lastInitials = '';
    let j = firstTokenFrom(tokens, f.start);
    for (; j < tokens.length && tokens[j]!.end <= f.end; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || NOT_INITIALS.has(t.key)) continue;
      lastInitials = initialsOf(t.text);
      lastKey = t.key;
      spelling += lastInitials;
      words++;
    }
    if (spelling.length < 2) continue;
    spell(spelling, f);
    if (words < 2) continue;
    if (DROPPABLE_HEADS.has(lastKey)) spell(spelling.slice(0, spelling.length - lastInitials.length), f);
    for (let k = 0; k < TRAILING_WORDS && tokens[j + k]?.kind === 'word'; k++) {
      spelling += initialsOf(tokens[j + k]!.text);
      spell(spelling, f);
    }
  }
  const out: Finding[] = [];
  for (const i of upper) {
    const token = tokens[i]!;
    const source = wanted.get(token.text.replaceAll('-', ''));
    if (!source) continue;
    out.push({
      ...source,
      start: token.start,
      end: token.end,
      score: Math.min(source.score, INITIALISM_SCORE),
      type: 'CONDITION',
    });
  }
  return out;
}
