import type { Finding, Label } from '../types.js';
import { ANCHOR_LABELS, personalAnchor, publicEvidence, roleMailbox } from './about-nobody.js';
import { establishmentAddress } from './establishment-address.js';
import { hasLines } from './text-lines.js';
import { type TextTest, wordWalk } from './word-walk.js';

/**
 * The second question about-nobody.ts asks ("is anything here someone's?") answered without its first ("is there
 * strong evidence this is public?"). A document (four lines or more) that names people and places but ties none of
 * them to a private life needs only ONE sign of public text, not two, for its names and places to be nobody's.
 * - Tied to a private life: a value only a person has, a relation to the writer or reader, a letter, a record's
 *   field, an errand (about-nobody's anchors); any health finding; an address, a street or a postcode (a script's
 *   house is a character's); a social account's handle; a list of people (lines headed by names: guests, debtors,
 *   staff and their fees); a birth year after 1920; a meeting's roster, a chat transcript, a workplace's leave and
 *   staff words, a case's or a file's subject (client, patient, tenant, claimant), where someone lives, an age.
 * - A sign of public text: one family of about-nobody's evidence; a list of entries about things, with prices or
 *   item codes (a catalogue, a racecard, a fleet list: its names are products, varieties, models, a horse's people); a
 *   script's speaker cues in capitals and a direction (characters).
 * Only names and places are dropped: any health term or value only a person has keeps the text whole.
 *
 * Measured before it was built: of the 883 personal prompts of sets 0-20, the anchors and cues below leave none with
 * a sign of public text (without the private cues one would be silenced: a claim naming a saint's hospital). On the
 * shared sets, one-line records are no documents: a single role word ("the princess arrived at X") is too little.
 */

/** Labels whose finding ties the text to a person in any case (about-nobody's anchors, plus health findings). */
const ANCHORED_BY: ReadonlySet<Label> = new Set<Label>([...ANCHOR_LABELS, 'MEDICAL']);

/** Labels this reading drops. */
const DROPPED: ReadonlySet<Label> = new Set<Label>(['PERSON', 'LOCATION']);

/**
 * Words of a private life the about-nobody anchors leave out: a workplace's leave and staff matters, the subject of a
 * case or a file (client, patient, tenant, claimant), where someone lives, someone's age or session.
 */
const PRIVATE_WORDS: TextTest = wordWalk(
  // A workplace's people matters.
  'sick leave|sick note|sick day|off sick|on leave|fit note|return[- ]to[- ]work|line manager|' +
    'performance review|disciplinary|probation(?:ary)?|payroll|grievance|new starter|notice period|' +
    'de baja|baja (?:m[eé]dica|laboral|por)|incapacidad temporal|reincorporaci[oó]n|n[oó]mina|despido|' +
    'expediente disciplinario|periodo de prueba|recursos humanos|RR\\.? ?HH\\.?|HR|' +
    // A case's or a file's subject.
    'clients?|patients?|pacientes?|clientes?|policy ?holders?|tenants?|landlord|inquilin[oa]s?|arrendatari[oa]s?|' +
    'claimants?|applicants?|solicitantes?|beneficiar(?:y|ies)|beneficiari[oa]s?|employees?|emplead[oa]s?|' +
    'trabajador(?:a|es|as)?|recipients?|destinatari[oa]s?|member (?:ID|number)|n[uú]mero de socio|' +
    // Where someone lives, how old they are (not a reader's, a rule's or a range's age: "reading age 12", "aged 16 or
    // over", "aged 18+"), their appointment.
    'resid(?:es|ing|ent) (?:at|in)|lives (?:at|in)|living (?:at|in)|vive en|viven en|reside en|residente en|' +
    'domicilio|domiciliad[oa]|(?<!(?:reading|minimum|maximum|retirement|school|pension|legal) )aged? \\d{1,3}(?!\\+|[–-]\\d| (?:or|and|to|plus)(?![\\p{L}\\p{N}]))|\\d{1,3}[- ]years?[- ]old|edad:? \\d{1,3}|\\d{1,3} años de edad|' +
    'session \\d{1,3}|sesi[oó]n \\d{1,3}',
);

/** A meeting's roster at the start of a line: "Present:", "Apologies:", "Asistentes:". */
const ROSTER =
  /(?:^|\n)[ \t]*(?:present|attendees|attending|in attendance|apologies|absent|asistentes|asisten|asistieron|excusan|excusados|ausentes|convocad[oa]s)[ \t]*:/iu;

/** A chat transcript's line: a time (after a date), then a sender and a colon: "[10:02] ana:", "12/03/26, 09:14 - Luis:". */
const CHAT_LINE =
  /(?:^|\n)[ \t]*\[?(?:[\d/.-]{6,10},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]\.?m\.?)?\]?[ \t]*[-–]?[ \t]*@?[\p{L}][\p{L}\p{N}._ -]{0,30}:/iu;

/** Whether the text is a chat transcript or a meeting's record with its roster: people talking, not a notice. */
export const transcriptOrRoster = (text: string): boolean => CHAT_LINE.test(text) || ROSTER.test(text);

/** Place findings that name a place without pointing at an address (an address, a street, a postcode anchors). */
const BARE_PLACES: ReadonlySet<string> = new Set(['PLACE', 'DISTRICT', 'TABLE_PLACE', 'CONFIG_VALUE']);

/**
 * Whether a place finding points at an address: a street with a house's number, a postcode, a flat. A street or a
 * square named without a number ("Plaza de la Merced", "Ronda Norte") is a public place, a monitoring station's or a
 * route's, like a town.
 */
function pointsAtAnAddress(text: string, f: Finding): boolean {
  if (BARE_PLACES.has(f.type)) return false;
  // Any script's digits: the house number may be typed full-width (\d reads ASCII digits only).
  return f.type !== 'STREET_ADDRESS' || /\p{Nd}/u.test(text.slice(f.start, f.end));
}

/** Whether the text ties anyone to a private life. */
function anchored(text: string, findings: readonly Finding[], lines: Entries): boolean {
  // A social account's handle is someone's.
  for (const f of findings) if (ANCHORED_BY.has(f.label) || f.type.includes('HANDLE')) return true;
  if (listOfPeople(lines) || LIVING_BIRTH.test(text)) return true;
  // An address block's street, flat or postcode is someone's, unless the text is a script (a character's house).
  // An establishment's or a venue's premises (a pharmacy's, a theatre's) are no one's address (establishment-address.ts).
  if (
    findings.some((f) => f.label === 'LOCATION' && pointsAtAnAddress(text, f) && !establishmentAddress(text, f)) &&
    !script(text)
  )
    return true;
  return (
    personalAnchor(text, findings) !== undefined || ROSTER.test(text) || CHAT_LINE.test(text) || PRIVATE_WORDS(text)
  );
}

/** A price: "£32.50", "€ 4", "2,90 €", "12 EUR". */
const PRICE = /[£€$][ \t]?\d|\d(?:[.,]\d{1,2})?[ \t]?(?:€|EUR|GBP|USD)(?![\p{L}])/u;
/**
 * The head of a line: a bullet, then an entry's code ("SKU AP-10", "REF. T-01", "Art. 4471": group 1) or a row
 * number, and their dash; what follows is the entry's subject.
 */
const LINE_HEAD =
  /^[ \t]*(?:[-*•>|][ \t]*)?(?:(?:((?:SKU|REF|Ref|Art|Cod|C[oó]d|Code|Item|Lot|Lote|No|N[ºo°])\.?[ \t:#]*[A-Z0-9][A-Z0-9./-]{1,14})|\d{1,5}[.)]?)[ \t]+(?:[—–-][ \t]+)?)?/u;
/** An entry's code or row number before a capital: the head of a catalogue's, a card's or a register's entry. */
const ENTRY_CODE =
  /^[ \t]*(?:[-*•][ \t]*)?(?:(?:SKU|REF|Ref|Art|Cod|C[oó]d|Code|Item|Lot|Lote|No|N[ºo°])\.?[ \t:#]*[A-Z0-9][A-Z0-9./-]{1,14}|\d{1,5}[ \t]+(?:[—–-][ \t]+)?\p{Lu})/u;
/** How many entries make a list. */
const ENTRIES_MIN = 3;

/** Hands each line of text (and its offset) to `visit` until it returns true; whether one did. */
function someLine(text: string, visit: (line: string, from: number) => boolean): boolean {
  for (let from = 0; ; ) {
    const next = text.indexOf('\n', from);
    if (visit(text.slice(from, next < 0 ? text.length : next), from)) return true;
    if (next < 0) return false;
    from = next + 1;
  }
}

/**
 * The text's lines as entries: how many are about a thing (a price or an item code, a subject that is no name found)
 * and how many are headed by a person's name (a list of people: guests, debtors, staff, members and their fees).
 */
function entries(text: string, findings: readonly Finding[]): Entries {
  const personStarts = new Set<number>();
  for (const f of findings) if (f.label === 'PERSON') personStarts.add(f.start);
  let things = 0;
  let people = 0;
  let pricedNames = 0;
  someLine(text, (line, from) => {
    const headed = LINE_HEAD.exec(line);
    const head = from + (headed?.[0].length ?? 0);
    // After an item code the subject is a product, whatever it is called; a script's speaker cue is a character's.
    if (headed?.[1] === undefined && (personStarts.has(head) || personStarts.has(head + 1))) {
      if (!SPEAKER_CUE.test(line)) people++;
      // A priced line headed by a name may be a brand's in a catalogue ("Lila Marsh Rose 50ml, £40"), or a person's
      // fee: counted apart, as an entry for the catalogue's sign only, never against a list of people.
      if (PRICE.test(line)) pricedNames++;
    } else if (PRICE.test(line) || ENTRY_CODE.test(line)) things++;
    return false;
  });
  return { things, people, pricedNames };
}

/** The text's lines as entries (entries()). */
interface Entries {
  things: number;
  people: number;
  pricedNames: number;
}

/** A list of people: two lines or more headed by a name, at least a third of the entries. */
const listOfPeople = ({ things, people }: Entries) => people >= 2 && people * 2 >= things;

/** A birth year of someone living: "(n. 1958)", "b. 1961", "born in 1975", "nacida en 1990". */
const LIVING_BIRTH =
  /(?<![\p{L}])(?:n\.|b\.|born|nacid[oa]|naci[oó])[ \t]*(?:(?:in|en|el)[ \t]+)?(?:[^\n()]{0,20}?[ \t])?(?:19[2-9]\d|20\d\d)(?!\d)/iu;

/** A script's speaker cue in capitals at the start of a line: "NARRATOR:", "DOÑA INÉS (aside):". */
const SPEAKER_CUE = /^[ \t]*\p{Lu}[\p{Lu} .'’-]{2,30}(?:[ \t]*\([^)\n]*\))?:[ \t]+\S/u;
/** A direction on a line of its own: "(Thunder. Enter the ghost.)", "(EFECTO: lluvia)". */
const DIRECTION = /^[ \t]*[([][^)\]\n]{3,}[)\]][ \t]*$/u;

/** A script: three speaker cues or more and a direction. */
function script(text: string): boolean {
  let cues = 0;
  let directions = 0;
  return someLine(text, (line) => {
    if (SPEAKER_CUE.test(line)) cues++;
    else if (DIRECTION.test(line)) directions++;
    return cues >= ENTRIES_MIN && directions > 0;
  });
}

/** One sign of public text: a list of entries, a script, an evidence family of about-nobody.ts. */
function onePublicSign(text: string, lines: Entries): boolean {
  return lines.things + lines.pricedNames >= ENTRIES_MIN || script(text) || publicEvidence(text, true, 1) !== 0;
}

/** Lines a text needs to be read as a document: one sign of public text in a sentence or two is too little. */
const DOCUMENT_LINES = 4;

/** Whether the text has the lines of a document. */
function document(text: string): boolean {
  return hasLines(text, DOCUMENT_LINES);
}

/**
 * How a document (four lines or more) reads by the anchors and signs above, for organisation-phone.ts: 'tied' when
 * anything in it ties anyone to a private life, else 'public' with a sign of public text, else 'plain'; undefined
 * for a text too short to be read as a document.
 */
export function documentReading(text: string, findings: readonly Finding[]): 'tied' | 'public' | 'plain' | undefined {
  if (!document(text)) return undefined;
  const lines = entries(text, findings);
  if (anchored(text, findings, lines)) return 'tied';
  return onePublicSign(text, lines) ? 'public' : 'plain';
}

/** Whether the text's names and places are nobody's by this reading (exported for tests). */
export function unanchoredPublic(text: string, findings: readonly Finding[]): boolean {
  if (!document(text)) return false;
  const lines = entries(text, findings);
  return !anchored(text, findings, lines) && onePublicSign(text, lines);
}

/** Findings without the names and places of a public text that ties nobody to a private life. */
export function dropUnanchoredPublic(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => DROPPED.has(f.label) || f.label === 'EMAIL')) return findings;
  if (findings.some((f) => ANCHORED_BY.has(f.label))) return findings;
  if (!unanchoredPublic(text, findings)) return findings;
  // A desk's mailbox ("secretaria.grado@", "extraescolares@") in such a document is the organisation's, like its places.
  return findings.filter(
    (f) => !DROPPED.has(f.label) && !(f.label === 'EMAIL' && roleMailbox(text.slice(f.start, f.end))),
  );
}
