import type { Finding, Label } from '../types.js';
import { WORD_END, WORD_START } from '../whole-words.js';
import { ANCHOR_LABELS, INSTRUCTIONS, INSTRUCTIONS_BODY, personalAnchor } from './about-nobody.js';

/**
 * Public instructions, rules and terms, written for whoever reads them: a form's or a tax return's instructions, a
 * government guide, a public call's or a contest's rules, terms and conditions. The states, provinces and towns they
 * name are conditions ("if you lived in Scotland"), their addresses and P.O. boxes are the agency's, the venue's or
 * the firm's, and the people they name act in public (a jury of known artists, an official). Read as a whole text:
 * - for: two different phrases of about-nobody's INSTRUCTIONS family ("Box 7.", "you must attach", "casilla 4",
 *   "deberá indicar", "rules of entry", "el jurado");
 * - against, any of which keeps every finding: a value only a person has (an id, a phone, an account, a card, a
 *   secret, a client's IP), or a personal anchor of about-nobody's (a relation of the writer to someone, a letter's
 *   greeting, a record's person field such as "Name:" or "DNI:", also after a box's number, an errand, an age after
 *   a name). A house number on a name's line is no anchor here: in a guide it is the office's.
 * A form filled in with someone's values keeps them: the values themselves, or its fields, anchor it.
 */

/** Labels public instructions do not report. */
const DROPPED: ReadonlySet<Label> = new Set<Label>(['PERSON', 'LOCATION']);

/** Different instruction phrases the text must hold. */
const PHRASES_MIN = 2;

const PHRASE = new RegExp(`${WORD_START}(?:${INSTRUCTIONS_BODY})${WORD_END}`, 'giu');

/** Whether the text holds PHRASES_MIN different instruction phrases (exported for tests). */
export function instructionPhrases(text: string): number {
  const seen = new Set<string>();
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m !== null; m = PHRASE.exec(text)) {
    // "Box 3" and "Box 9" are one phrase: the digits do not make another.
    seen.add(m[0].toLowerCase().replace(/\d+[a-z]?/g, '#'));
    if (seen.size >= PHRASES_MIN) break;
  }
  return seen.size;
}

/**
 * A person's field filled in, also after a box's or a line's number ("Box 1. Name: X", "Casilla 2. Solicitante: X"):
 * the form has been completed for someone.
 */
const FILLED_FIELD =
  /(?:^|\n)[ \t]*(?:(?:box|line|section|question|q|casilla|apartado|pregunta|secci[oó]n)\.?[ \t]*\d{1,3}[a-z]?[.):]?[ \t]+)?(?:name|full name|first name|surname|last name|nombre|apellidos?|applicant|claimant|solicitante|titular|declarante|dob|date of birth|fecha de nacimiento|address|home address|direcci[oó]n|domicilio|ni number|national insurance number|ssn|nif|dni|nie|e-?mail|correo|tel(?:ephone|[eé]fono)?|phone|mobile|m[oó]vil)[ \t]*:[ \t]*\p{Lu}/iu;

/** Whether the text reads as public instructions that tie no one to them. */
export function publicInstructions(text: string, findings: readonly Finding[]): boolean {
  if (findings.some((f) => ANCHOR_LABELS.has(f.label))) return false;
  if (!INSTRUCTIONS.holds(text) || instructionPhrases(text) < PHRASES_MIN) return false;
  if (FILLED_FIELD.test(text)) return false;
  const anchor = personalAnchor(text, findings);
  return anchor === undefined || anchor === 'address';
}

/** Findings without the names and places of public instructions. */
export function dropPublicInstructions(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => DROPPED.has(f.label))) return findings;
  if (!publicInstructions(text, findings)) return findings;
  return findings.filter((f) => !DROPPED.has(f.label));
}
