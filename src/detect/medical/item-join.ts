import type { Finding } from '../types.js';
import { betweenDigits, betweenLetters, gapOrAside } from './boundary-marks.js';

/**
 * One item of a list, a table's cell or a field's value that opens with a health statement is that statement as a
 * whole: "coeliac disease, bloating, gluten-free menu" in a pupil's row, "hearing loss, left ear" in a claim's list,
 * "(breast cancer, cycle 3 of 6)" in an aside, "TA 100/60, FC 96, SatO2 91%" after a SOAP note's "O:". The clause
 * join (clause-join.ts) stops at every comma; here, after it, (1) two MEDICAL findings of one item join across the
 * commas and words between them, and (2) a statement that opens a table's cell, an aside in brackets, a dashed
 * part or a bulleted or numbered list item grows over the rest of it (a field's value after a colon is left to the
 * health-field readers).
 *
 * An item ends at a line's end, a table's cell edge ("|", a tab, two spaces), a sentence's end, a closing bracket
 * of an aside the item did not open in, and a dash set off by spaces ("vertigo - worse since 2011"); it never
 * takes another finding (a name, a phone) nor more than ITEM_REACH characters. Findings are sorted and do not
 * overlap (the engine resolved them); grown ones are copies.
 */

/** How far an item reaches past its statement, and the longest gap two joined findings may have. */
const ITEM_REACH = 64;
/** Findings that state a health matter in words, which an item says more of. */
const STATEMENTS = new Set(['CONDITION', 'MEDICATION', 'PROCEDURE', 'SYMPTOM']);
/** Results and vital signs: a row of them is read one reading each (as clause-join.ts does). */
const MEASURES = new Set(['LAB_RESULT', 'VITAL_SIGN']);
/** Where an item starts, looking back from its first word: a field's colon, a cell's edge, a bullet, a bracket. */
const ITEM_OPENING = /(?:[|\t(—–]|\n[ \t]*[-*•·]|\n[ \t]*\d{1,2}[.)])[ \t]*$/;

/** Whether text[i] ends an item (see the module's comment). */
function itemEnd(text: string, i: number): boolean {
  const c = text[i]!;
  switch (c) {
    case '\n':
    case '\r':
    case '\t':
    case ';':
    case '|':
    case ')':
    case ']':
      return true;
    case "'":
    case '’':
      // "Crohn's" keeps its apostrophe; a quote between cells ("','") ends the item.
      return !betweenLetters(text, i);
    case ',':
      // A comma with no space after it parts a CSV row's cells ("1.4,mmol/L" keeps it as a decimal's).
      return text[i + 1] !== ' ' && !betweenDigits(text, i);
    case '"':
    case '“':
    case '”':
    case '!':
    case '?':
      return true;
    case '.':
      // "2.5" keeps its point; any other point ends a sentence, an abbreviation or a form's dot leader.
      return !betweenDigits(text, i);
    case ' ':
      return gapOrAside(text, i);
    default:
      return false;
  }
}

/** A request to the assistant after a statement ("..., please check", "can you explain"): no part of the item. */
const REQUEST =
  /^(?:please|can you|could you|explain|summari[sz]e|translate|rewrite|draft|por favor|redacta|explica|resume|traduce)\b/i;

/** A connector the item's end was cut after ("since", "at", "desde"). */
const TRAIL_CONNECTOR =
  / (?:and|or|y|e|o|in|on|at|of|from|since|until|by|to|with|de|en|con|desde|hasta|por|el|la|the|a|an)$/i;
/** A capitalised word (a name, a place, a month), not an abbreviation ("L5", "GP", "HbA1c"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/u;

/** Whether the text between two findings holds no item end. */
function sameItem(text: string, from: number, to: number): boolean {
  if (to - from > ITEM_REACH) return false;
  for (let i = from; i < to; i++) if (itemEnd(text, i)) return false;
  return !/\b(?:please|can you|could you|por favor)\b/i.test(text.slice(from, to));
}

/** Joins and grows the MEDICAL findings of one item (see the module's comment); the same array when nothing changes. */
export function joinItems(text: string, findings: Finding[]): Finding[] {
  let changed = false;
  const out: Finding[] = [];
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    const head = out[out.length - 1];
    // (1) Two findings of one item ("psoriasis, itchy patches, on methotrexate").
    if (
      head?.label === 'MEDICAL' &&
      f.label === 'MEDICAL' &&
      !(MEASURES.has(head.type) && MEASURES.has(f.type)) &&
      (STATEMENTS.has(head.type) || MEASURES.has(head.type)) &&
      (STATEMENTS.has(f.type) || MEASURES.has(f.type)) &&
      f.start >= head.end &&
      sameItem(text, head.end, f.start)
    ) {
      out[out.length - 1] = { ...head, end: f.end, score: Math.max(head.score, f.score) };
      changed = true;
      continue;
    }
    out.push(f);
  }
  // (2) A statement that opens its item grows to the item’s end ("hearing loss, left ear").
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.label !== 'MEDICAL' || !STATEMENTS.has(f.type)) continue;
    if (!ITEM_OPENING.test(text.slice(Math.max(0, f.start - 12), f.start))) continue;
    const ceiling = Math.min(k + 1 < out.length ? out[k + 1]!.start : text.length, f.end + ITEM_REACH + 1);
    let end = f.end;
    while (
      end < ceiling &&
      !itemEnd(text, end) &&
      !(text[end - 1] === ' ' && REQUEST.test(text.slice(end, end + 12)))
    ) {
      // A capitalised word after the statement ("since March", "at Leeds General") is a name, a place or a date.
      if (text[end - 1] === ' ' && TITLE_WORD.test(text.slice(end, end + 24))) break;
      end++;
    }
    if (end < ceiling && text[end - 1] === ' ' && REQUEST.test(text.slice(end, end + 12))) continue;
    // Reached the next finding or the reach, not the item's end: the item is something longer, left as it is.
    if (end >= ceiling && !(end < text.length && itemEnd(text, end)) && end !== text.length) continue;
    while (end > f.end && /[\s,;:]/.test(text[end - 1]!)) end--;
    // "... since" before a date cut off: the word that leads into it stays out.
    const tail = TRAIL_CONNECTOR.exec(text.slice(Math.max(f.end, end - 8), end));
    if (tail) end -= tail[0].length;
    if (end <= f.end) continue;
    out[k] = { ...f, end };
    changed = true;
  }
  return changed ? out : findings;
}
