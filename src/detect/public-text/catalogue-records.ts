import type { Finding, Label } from '../types.js';

/**
 * A library's catalogue record in MARC 21 (or a MARC-like display): lines opened by a three-digit tag, two indicators
 * and subfields ("100 1# $a Shelley, Mary, $d 1797-1851", "245 10 $a Title / $c author", "264 #1 $a New York :").
 * Its names are a work's authors, editors and subjects, its places where the work was published, its dates the
 * work's: public bibliographic facts, not anyone's data. A patron's record (a borrower, a loan) is no MARC field.
 */

/** A field with subfields: tag, up to two indicators ("1#", "10", "_0", "  "), then "$a", "‡a" or "|a". */
const SUBFIELD_LINE = /^[ \t]*\d{3}[ \t]+(?:[\d#_ \\][\d#_ \\]?[ \t]+)?[$‡|][a-z0-9][ \t]/;
/** Any field's line: a tag and its value (control fields 001-008 have no subfields). */
const TAG_LINE = /^[ \t]*\d{3}[ \t]{1,6}\S/;
/** Quick screen: a subfield code somewhere. */
const SUBFIELD_SCREEN = /[$‡|][a-z0-9][ \t]/;
/** Subfield lines that make a record. */
const SUBFIELD_LINES_MIN = 3;

/** Labels a catalogue record's fields do not report. */
const DROPPED: ReadonlySet<Label> = new Set<Label>(['PERSON', 'LOCATION', 'DATE']);

/** Whether the text holds a catalogue record: three subfield lines or more. */
export function catalogueRecord(text: string): boolean {
  let n = 0;
  for (let from = 0; from < text.length; ) {
    const next = text.indexOf('\n', from);
    const end = next < 0 ? text.length : next;
    if (SUBFIELD_LINE.test(text.slice(from, end)) && ++n >= SUBFIELD_LINES_MIN) return true;
    from = end + 1;
  }
  return false;
}

/** Findings without the names, places and dates standing on a catalogue record's field lines. */
export function dropCatalogueFields(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => DROPPED.has(f.label)) || !SUBFIELD_SCREEN.test(text) || !catalogueRecord(text))
    return findings;
  return findings.filter((f) => {
    if (!DROPPED.has(f.label)) return true;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', lineStart);
    return !TAG_LINE.test(text.slice(lineStart, next < 0 ? text.length : next));
  });
}
