import type { Finding } from '../types.js';
import { wholeWords as words } from '../whole-words.js';
import { storySynopsis } from './about-nobody.js';
import { documentReading } from './unanchored.js';

/**
 * A phone number in a text that ties nobody to a private life is an organisation's: a club's, a venue's, a depot's
 * gate desk, a society's, an exhibitor's stand, an information line. Until now any phone number was itself the
 * anchor that kept a text personal, so a forecast with a lodge's number, a tractor's data sheet with a dealer's stand
 * or a novel's synopsis with a made-up number kept its number and, through it, every name and place the public
 * readings would drop. Here the number is read last, from the rest of the text:
 * - the text, phones aside, holds no anchor of about-nobody.ts or unanchored.ts (a value only a person has, a
 *   relation, a letter, a record's field, an errand, an address, a health finding, a private word, a chat, a roster);
 * - the number's own line names nobody found and says nothing personal ("my", "mobile", "home", "WhatsApp");
 * - and, once these numbers are set aside, the public readings leave no name in the text, or the number's line
 *   calls it a desk, a line, an office, a stand or a service ("Gate desk (24 h):", "Teléfono del stand:"), or names
 *   the organisation before it (a switchboard after the council's or the company's name).
 * A number with a name on its line, in a letter, a form, a chat or beside any other private value stays (in a story's
 * synopsis the names on its line are characters').
 */

/** Words that make a number on their line someone's own. */
const PERSONAL_LINE = words(
  'my|me|mine|mi|mis|his|her|him|their|mobile|cell|m[oó]vil|celular|personal|particular|home|casa|direct(?: line| dial)?|' +
    'l[ií]nea directa|whatsapp|ext\\.?|extension|extensi[oó]n|mum|mom|dad|wife|husband|son|daughter|' +
    'madre|padre|hij[oa]|marido|mujer|espos[oa]|contacto de emergencia|emergency contact|next of kin',
);

/** An organisation's desk, line or service named before the number on its line (or a round-the-clock line after it). */
const DESK_BEFORE = words(
  'desk|line|office|offices|centre|center|service|services|servicio|servicios|stand|depot|terminal|gate|lodge|' +
    'club|society|venue|station|control|operations|ops|headquarters|HQ|shop|store|dealer|showroom|museum|library|' +
    'hotel|hostel|campsite|tienda|oficina|sede|centro|estaci[oó]n|concesionario|recepci[oó]n|mostrador|ventanilla|' +
    'biblioteca|museo|hotel|albergue|refugio|camping|ayuntamiento|federaci[oó]n|asociaci[oó]n|sociedad|peña|' +
    // A practice's or a clinic's desk: a vet's, a surgery's.
    'vets|veterinary|practice|surgery|clinic|cl[ií]nica|veterinaria|consultorio',
);
const ROUND_THE_CLOCK_AFTER =
  /^[ \t]*[,;(–-]?[ \t]*\(?(?:24 ?(?:h|hrs?|hours|horas)\b|out of hours|fuera de horario|urgencias 24)|^[ \t]*\(24\/7\)/iu;

/** The phones whose line names nobody and says nothing personal. */
function unclaimedPhones(text: string, findings: readonly Finding[]): Set<Finding> {
  const out = new Set<Finding>();
  // In a story's synopsis the names and "her" on a number's line are its characters'.
  const story = storySynopsis(text);
  for (const f of findings) {
    if (f.label !== 'PHONE') continue;
    if (story) {
      out.add(f);
      continue;
    }
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', f.end);
    const lineEnd = next < 0 ? text.length : next;
    if (findings.some((p) => p.label === 'PERSON' && p.start < lineEnd && p.end > lineStart)) continue;
    if (PERSONAL_LINE.test(text.slice(lineStart, lineEnd))) continue;
    out.add(f);
  }
  return out;
}

/**
 * Whether the number's line calls it an organisation's desk, line, office or service, or names the organisation
 * just before it ("Aguas del Valle S.A. · Tel. ...", "Ferncliffe Town Council, 01632 ..."): a switchboard.
 */
function deskLine(text: string, f: Finding, findings: readonly Finding[]): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const next = text.indexOf('\n', f.end);
  return (
    DESK_BEFORE.test(text.slice(lineStart, f.start)) ||
    findings.some((o) => o.label === 'ORGANIZATION' && o.start >= lineStart && o.end <= f.start) ||
    ROUND_THE_CLOCK_AFTER.test(text.slice(f.end, next < 0 ? text.length : next))
  );
}

/**
 * The public readings (`read`) applied to the findings, after the phone numbers of a text about nobody private are
 * set aside as an organisation's.
 */
export function readWithOrganisationPhones(
  text: string,
  findings: Finding[],
  read: (findings: Finding[]) => Finding[],
): Finding[] {
  if (!findings.some((f) => f.label === 'PHONE')) return read(findings);
  const reading = documentReading(
    text,
    findings.filter((f) => f.label !== 'PHONE'),
  );
  if (reading === undefined || reading === 'tied') return read(findings);
  const unclaimed = unclaimedPhones(text, findings);
  if (unclaimed.size === 0) return read(findings);
  if (reading === 'public') {
    const rest = read(findings.filter((f) => !unclaimed.has(f)));
    if (!rest.some((f) => f.label === 'PERSON')) return rest;
  }
  // Names stay in the text, or it shows no sign of public text: only a number its line calls a desk's or a
  // service's goes.
  const desks = [...unclaimed].filter((f) => deskLine(text, f, findings));
  if (desks.length === 0) return read(findings);
  return read(findings.filter((f) => !desks.includes(f)));
}
