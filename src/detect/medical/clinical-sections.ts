import { join } from 'node:path';
import { foldKey } from '../nlp/fold.js';
import { readListsYaml } from '../nlp/word-list.js';
import { type Finding, MIN_REPORT_SCORE } from '../types.js';

/**
 * The sections of someone's clinical note read by their names, not their words. A note is written under a few
 * published headings (SOAP, the history and physical, the discharge summary, SBAR, the titles of HL7 CDA documents,
 * the "informe de alta"): whatever a specialty writes under "Plan:", "Evolución:" or "Hallazgos:" is the patient's
 * record, in words no list holds ("open-fit aid on the left", "deambula por el pasillo").
 *
 * A heading is read only in a text about an identified person (the caller asks) that already holds their reported
 * health details: a guideline's "Plan:" speaks of "the patient", a project's "Background:" of nobody's body. A name a
 * note shares with other documents ("Plan", "Findings", "Situación") counts only beside another section and two
 * health details; the note's own names ("HPI", "Juicio clínico", "Hospital course") and a SOAP or SBAR scheme's
 * letters need one detail. The value runs from the colon to the line's end or a column gap, and on below it while a
 * sentence is left open (a wrapped line), or line by line when the heading stands alone over a list; a blank line or
 * another field ends it. Each clause of it (between commas, semicolons, bars and full stops) that no finding covers
 * yet becomes one, unless it says nothing ("none", "n/a", "going well"), or is a date, a titled name or an admin value
 * (a phone, an e-mail, a link, a long number, a reference, a price), which other readers own or no body has. A study's
 * statistics keep an abstract's "Results:" out.
 */
export interface ClinicalSections {
  /** Section names, folded ("assessment and plan", "juicio clinico"): true for a note's own, false for shared ones. */
  names: ReadonlyMap<string, boolean>;
  /** Letters of a note's scheme ("s", "o", "a", "p", "b", "r"): headings only where three of them open lines. */
  letters: ReadonlySet<string>;
}

/** The section names of rules/medical/clinical-sections.yaml. */
export function loadClinicalSections(rulesDir: string): ClinicalSections {
  const lists = readListsYaml(join(rulesDir, 'medical', 'clinical-sections.yaml'));
  const names = new Map<string, boolean>();
  for (const key of ['shared_en', 'shared_es']) for (const w of lists.get(key) ?? []) names.set(foldKey(w), false);
  for (const key of ['sections_en', 'sections_es']) for (const w of lists.get(key) ?? []) names.set(foldKey(w), true);
  return { names, letters: new Set((lists.get('scheme_letters') ?? []).map(foldKey)) };
}

/**
 * A heading at a line's start: a bullet or a number may come first, a bracket between the name and its colon
 * ("Plan (physio):"), and the colon ends the name (not "10:30", not "http:").
 */
const HEADING =
  /[ \t]*(?:[-•*>]+[ \t]*|\d{1,2}[.)][ \t]*)?(\p{L}[\p{L} &/'’-]{0,44}?)[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?:(?=[ \t]|\r?\n|$)/uy;
/** A line that opens another field ("Signed:", "Next review (date):"), which ends a section's value. */
const FIELD_LINE = /^[ \t]*[-•*]?[ \t]*[\p{L}][\p{L}\d .#/&'’-]{0,40}(?:\([^()\n]{0,60}\))?[ \t]*:(?=[ \t]|\r?$)/u;
/** A one-letter heading of a note's scheme. */
const LETTER = /[ \t]*(\p{Lu})[ \t]*:/uy;
/** A gap of three spaces or a tab inside a line: the next column of a form ("Plan: ...   Signed: ..."). */
const COLUMN_GAP = /[ \t]{3,}|\t/;
/** A line's last character that closes what it says: a sentence's, or a heading's for a list below it. */
const CLOSED = /[.!?:]\s*$/;
/** A bill's line: a price or a dot leader ("Chain ........ 42 €"). */
const BILL_LINE = /[£$€¥]|\.{4,}/;
/** Where a value's clauses part: list marks, a comma or a full stop but inside a number ("38,7", "2.5 mg"). */
const CLAUSE_MARK = /[;|]|,(?!\d)|(?<!\d),|\.(?=\s|$)/g;
const EDGE_START = /^[\s\-–—•*·>"“”'(]+/;
const EDGE_END = /[\s.:"“”')]+$/;
/**
 * What other readers own, or no body has: an e-mail, a link, a long number (an id, a phone), a phone's groups, a
 * date, a title before a name.
 */
const NOT_A_CLAUSE =
  /@|:\/\/|\d{6}|\d[\s-]\d{3}[\s-]\d{3}|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Dña|Don)\b\.?\s\p{Lu}/u;
/**
 * An admin value: a reference's, a booking's or a claim's word, or a code of capitals and digits in three parts or
 * more ("REF-CARD-26-0114", "TX/12/0831").
 */
const ADMIN =
  /\b(?:ref|reference|booking|claim|invoice|policy|account|referencia|expediente|factura|p[oó]liza|cuenta|credencial)\b/i;
const ADMIN_CODE = /\b(?=[0-9A-Z/-]{7})(?=[0-9A-Z/-]*[0-9])[0-9A-Z]*[A-Z]{2}[0-9A-Z]*(?:[-/][0-9A-Z]+){2,}\b/;
/** A field's name and colon opening a sentence. */
const INLINE_FIELD = /^\s*\p{L}[\p{L} ]{0,30}:\s/u;
/** Only a line break and spaces: a wrapped line. */
const WRAP = /^[ \t]*\r?\n[ \t]*$/;
/** A value that says nothing: "none", "n/a", "-", a time. */
const SAYS_NOTHING =
  /^(?:none|nil|no|n\/a|na|nkda|nka|not applicable|ninguno|ninguna|nada|no aplica|sin datos|unknown|desconocido|pending|pendiente|tbc|tbd|yes|si|sí|\d{1,2}[:.h]\d{2}(?:\s?h)?)$/i;
/** How a session went, which says nothing of the body by itself: "going well", "progressing fine", "all good". */
const HOW_IT_WENT =
  /^(?:(?:going|went|doing|progressing|getting on)\s+(?:well|fine|ok|okay|great)|(?:all\s+)?(?:fine|good|ok|okay)|va bien|todo bien|sin incidencias)$/i;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** A study's statistics ("95% CI", "SD 6.8", "IQR", "p < 0.05"): an abstract's "Results:", no one's record. */
const STATISTICS = /\b(?:95\s?%\s?CI|IQR|SD\s\d|p\s?[<=]\s?0?[.,]\d)/;
/** Lines a section's value runs over at most. */
const MAX_LINES = 8;
/** Characters a clause has at least ("1", "Rp/" are a list's marks). */
const CLAUSE_MIN = 4;
/** Lines of one scheme a note holds at least before its one-letter headings read as sections. */
const SCHEME_LINES_MIN = 3;
/** Below the readings by name (a term, a scale, a measurement), above the report threshold. */
const SCORE = 0.6;

interface Heading {
  /** Where its value starts (after the colon) and its line ends. */
  value: number;
  lineEnd: number;
  name: string;
  own: boolean;
}

/**
 * The clauses of the clinical sections of a text about someone (see the module's comment). `found` holds the
 * detector's findings so far; `ofSomeone` is asked once the text has a note's sections.
 */
export function clinicalSections(
  text: string,
  found: readonly Finding[],
  sections: ClinicalSections,
  detector: string,
  ofSomeone: () => boolean,
): Finding[] {
  let details = 0;
  for (const f of found) if (f.label === 'MEDICAL' && f.score >= MIN_REPORT_SCORE) details++;
  if (details === 0) return [];
  const headings = headingsOf(text, sections);
  if (headings.length === 0) return [];
  // Shared names alone ("Findings:", "Follow-up:") are anyone's: a note has one of its own names, or two shared ones
  // and two health details.
  if (!headings.some((h) => h.own) && (details < 2 || new Set(headings.map((h) => h.name)).size < 2)) return [];
  if (STATISTICS.test(text) || !ofSomeone()) return [];
  const out: Finding[] = [];
  for (const h of headings) {
    // A list under a heading alone on its line ("Plan:" then "- ..." lines) parts at each line; a value on the
    // heading's line goes on below it only while a sentence is left open (a wrapped line).
    const list = text.slice(h.value, h.lineEnd).trim() === '';
    let at = h.value;
    let end = h.lineEnd;
    for (let n = 0; n < MAX_LINES; n++) {
      const line = text.slice(at, end);
      const gap = COLUMN_GAP.exec(line);
      const segment = gap ? line.slice(0, gap.index) : line;
      if (!BILL_LINE.test(segment) && clauses(segment, at, found, detector, out)) break;
      if (gap || end >= text.length || (!list && segment.trim() !== '' && CLOSED.test(segment))) break;
      const next = end + 1;
      let nextEnd = text.indexOf('\n', next);
      if (nextEnd < 0) nextEnd = text.length;
      const below = text.slice(next, nextEnd);
      if (below.trim() === '' || FIELD_LINE.test(below) || headings.some((o) => o.value > next && o.value <= nextEnd))
        break;
      at = next;
      end = nextEnd;
    }
  }
  return joinWrapped(text, out);
}

/**
 * Clauses a wrapped line split ("... se inicia" and "oxigenoterapia a 2 l" on the next line) joined again: two
 * findings of this reader with only a line break and spaces between them are one clause.
 */
function joinWrapped(text: string, out: Finding[]): Finding[] {
  const joined: Finding[] = [];
  for (const f of out) {
    const last = joined[joined.length - 1];
    if (last !== undefined && WRAP.test(text.slice(last.end, f.start))) last.end = f.end;
    else joined.push(f);
  }
  return joined;
}

/** The section headings that open lines of text, one-letter ones only where three of one scheme do. */
function headingsOf(text: string, sections: ClinicalSections): Heading[] {
  const found: Heading[] = [];
  const letters: Heading[] = [];
  // Both patterns end on a colon of the line they open (neither crosses a line break): a line without one is skipped.
  let colon = text.indexOf(':');
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (colon < at) colon = text.indexOf(':', at);
    if (colon < 0) break;
    if (colon > end) {
      at = end + 1;
      continue;
    }
    LETTER.lastIndex = at;
    const l = LETTER.exec(text);
    if (l) {
      const name = l[1]!.toLowerCase();
      if (sections.letters.has(name)) letters.push({ value: LETTER.lastIndex, lineEnd: end, name, own: true });
    } else {
      HEADING.lastIndex = at;
      const m = HEADING.exec(text);
      const name = m ? foldKey(m[1]!.replace(/\s+/g, ' ')) : '';
      const own = m ? sections.names.get(name) : undefined;
      if (own !== undefined) found.push({ value: HEADING.lastIndex, lineEnd: end, name, own });
    }
    at = end + 1;
  }
  if (letters.length > 0) {
    const seen = new Set(letters.map((h) => h.name));
    for (const scheme of ['soap', 'sbar']) {
      const present = [...scheme].filter((c) => seen.has(c));
      if (present.length < SCHEME_LINES_MIN) continue;
      for (const h of letters) if (present.includes(h.name)) found.push(h);
      found.sort((a, b) => a.value - b.value);
      break;
    }
  }
  return found;
}

/**
 * Pushes each clause of segment (at offset `from` in text) that says something and no finding covers yet; true when
 * a sentence opens another field ("... both pulses felt. Shoes: open sandals"), which ends the section.
 */
function clauses(segment: string, from: number, found: readonly Finding[], detector: string, out: Finding[]): boolean {
  let start = 0;
  CLAUSE_MARK.lastIndex = 0;
  for (;;) {
    const mark = CLAUSE_MARK.exec(segment);
    const end = mark ? mark.index : segment.length;
    const raw = segment.slice(start, end);
    if (start > 0 && segment[start - 1] === '.' && INLINE_FIELD.test(raw)) return true;
    clause(raw, from + start, found, detector, out);
    if (!mark) return false;
    start = end + 1;
  }
}

function clause(raw: string, at: number, found: readonly Finding[], detector: string, out: Finding[]): void {
  const lead = raw.length - raw.replace(EDGE_START, '').length;
  const body = raw.slice(lead).replace(EDGE_END, '');
  if (body.length < CLAUSE_MIN || !LETTER_OR_DIGIT.test(body) || SAYS_NOTHING.test(body) || HOW_IT_WENT.test(body))
    return;
  if (NOT_A_CLAUSE.test(body) || ADMIN.test(body) || ADMIN_CODE.test(body)) return;
  const start = at + lead;
  const end = start + body.length;
  if (found.some((f) => f.label === 'MEDICAL' && f.start < end && f.end > start)) return;
  if (out.some((f) => f.start < end && f.end > start)) return;
  out.push({ start, end, label: 'MEDICAL', type: 'CLINICAL_SECTION', score: SCORE, detector });
}
