import type { Finding, Label } from '../types.js';
import { wholeWords as words } from '../whole-words.js';
import { personalAnchor } from './about-nobody.js';
import { establishmentAddress } from './establishment-address.js';
import { hasLines, lineBounds } from './text-lines.js';
import { transcriptOrRoster } from './unanchored.js';

/**
 * Contact values an organisation gives as its own, read value by value from their line: the address, the phone, the
 * mailbox or the bank account of whoever issues a notice, a leaflet, a catalogue, a poster, a menu, a guide or an
 * invoice, or of a place it lists. The prompt sets mark such values nowhere (an organisation's contact is not
 * personal data), and until now only a whole text read as public let them go, so one stray name elsewhere (a product
 * called like a person, a town read as a surname) kept every one of them. A value is the organisation's when:
 * - it follows the organisation on its line: a firm with its legal form or its issuer's role, a name ending in a
 *   body's noun, a kind of premises, an organisation the engine found (establishment-address.ts and here), with
 *   only a separator or the value's field name between ("Remit to X Ltd, sort code ...");
 * - it continues such a value in its clause (the postcode after the street, the account after the sort code);
 * - a phone has business hours after it ("Mon–Fri 9–5", "(de 9 a 14 h)", "martes a domingo"), or a desk's, a
 *   booking's or a service's label before it ("Cita previa:", "Book on", "Student Support Service:");
 * - a phone is one of a directory of services: three lines or more "Label: number" whose labels name no one;
 * - a mailbox's domain is the name of the organisation heading its line ("Brightpath: ... sam@brightpath.org.uk").
 * The value stays someone's when a person found, a possessive or a home word stands before it in its clause, when
 * a directory's label names a relation or a trade one hires, or when anything in the text ties it to a person (a
 * record's field, a letter, a relation, an id, a birth date: about-nobody.ts's anchors, contact values aside).
 */

/** Lines a text needs to be read as an organisation's document. */
const DOCUMENT_LINES = 3;

/** Labels this reading may give to an organisation. */
const CONTACT_LABELS: ReadonlySet<Label> = new Set<Label>(['LOCATION', 'PHONE', 'EMAIL', 'BANK_ACCOUNT']);
/** Location types that point at premises (a bare town is places-without-person.ts's). */
const ADDRESS_TYPES: ReadonlySet<string> = new Set(['STREET_ADDRESS', 'POSTAL_CODE', 'ADDRESS_FIELD']);

const contactValue = (f: Finding) =>
  CONTACT_LABELS.has(f.label) && (f.label !== 'LOCATION' || ADDRESS_TYPES.has(f.type));

/** Words before a value on its line that make it someone's own. */
const PERSONAL_BEFORE = words(
  'my|mine|me|mi|mis|his|her|their|home|casa|particular|personal|private|privad[oa]|lives?|living|resides?|' +
    'vive|vivo|reside|domicilio(?! social)|domiciliad[oa]|next of kin|emergency contact|contacto de emergencia|' +
    'c/o|a la atenci[oó]n de|attn\\.?|mobile|m[oó]vil|celular|cell|yo|conmigo',
);

/**
 * The separators and field names that may stand between an organisation's name and its value, by the value's label:
 * "X Ltd, tel. ...", "X Ltd, sort code ..., account ...", "X, e-mail ...".
 */
const FIELD_GAP: Record<string, RegExp> = {
  LOCATION: /(?:[ \t,:;(–—-]|(?<![\p{L}])(?:at|in|on|en|de la|del|de|address|direcci[oó]n|sede)(?![\p{L}]))*$/iu,
  PHONE:
    /(?:[ \t,:;(–—.-]|(?<![\p{L}])(?:tel|tfno|tlf|t|ph|phone|telephone|tel[eé]fono|call|llame al|llamar al|al|on|switchboard|centralita|freephone)(?![\p{L}]))*$/iu,
  EMAIL: /(?:[ \t,:;(–—-]|(?<![\p{L}])(?:e-?mail|mail|correo(?: electr[oó]nico)?|or|o)(?![\p{L}]))*$/iu,
  BANK_ACCOUNT:
    /(?:[ \t,:;(–—./-]|(?<![\p{L}])(?:sort code|account(?: (?:no|number|name))?|acc(?:t)?|a\/c|no|n[ºo°]|number|bank|banco|cuenta|n[uú]mero de cuenta|CBU|CLABE|BSB|routing(?: number)?|ABA|transit)(?![\p{L}]))*$/iu,
};

/** A firm's legal form ending the name: "Ltd", "S.L.", "GmbH" (in its own case: "sa" and "sl" are words). */
const LEGAL_FORM_END =
  /(?<![\p{L}\p{N}])(?:Ltd|LTD|Limited|LLP|PLC|plc|Inc|INC|LLC|GmbH|AG|Pty|S\.\s?[AL]\.?(?:U\.?)?|S[AL]U?|S\.A\.S\.?|SAS|SARL|S\.r\.l\.?|Srl|B\.V\.?|BV|Ltda)\.?$/u;

/** Organisation types a name before a bank account may have: a firm, not an institution one is a patient of. */
const FIRM_TYPES: ReadonlySet<string> = new Set(['COMPANY', 'ORGANIZATION_FIELD', 'KNOWN_ORGANIZATION']);

/** Where the clause holding a value opens in its line's text before it: after the last sentence's end. */
function clauseOpening(before: string): number {
  const m = /^[\s\S]*[.;·|!?](?=[ \t]+\p{Lu})/u.exec(before);
  return m === null ? 0 : m[0].length;
}

/**
 * Whether an organisation's name ends where the value's field gap begins: a legal form, an organisation found (a
 * firm's only, for a bank account), or (for an address) an establishment's premises or a body's name.
 */
function organisationBefore(
  text: string,
  f: Finding,
  start: number,
  lineStart: number,
  findings: readonly Finding[],
): boolean {
  if (f.label === 'LOCATION' && establishmentAddress(text, { start, end: f.end })) return true;
  const before = text.slice(Math.max(lineStart, start - 200), start);
  const gap = FIELD_GAP[f.label]!.exec(before);
  const head = before.slice(0, gap === null ? before.length : gap.index).trimEnd();
  if (head.length === 0) return false;
  if (LEGAL_FORM_END.test(head)) return true;
  const nameEnd = start - (before.length - head.length);
  return findings.some(
    (o) =>
      o.label === 'ORGANIZATION' &&
      o.end >= nameEnd - 1 &&
      o.end <= nameEnd &&
      (f.label !== 'BANK_ACCOUNT' || FIRM_TYPES.has(o.type)),
  );
}

/** How many of an address's comma-separated pieces before the value may stand between it and the organisation. */
const ADDRESS_PIECES = 3;

/**
 * Whether an organisation stands before the value or, for a piece of an address (a postcode, a town), before the
 * address it ends: "Fenmoor Building Society, 2 Wharf Row, Spalding PE11 6XY" (the street not found itself).
 */
function organisationOwns(
  text: string,
  f: Finding,
  clauseStart: number,
  lineStart: number,
  findings: readonly Finding[],
) {
  if (organisationBefore(text, f, f.start, lineStart, findings)) return true;
  if (f.label !== 'LOCATION') return false;
  let at = f.start;
  for (let pieces = 0; pieces < ADDRESS_PIECES; pieces++) {
    const comma = text.lastIndexOf(',', at - 1);
    if (comma < clauseStart) return false;
    const start = comma + 1 + (/^[ \t]*/.exec(text.slice(comma + 1, f.start))?.[0].length ?? 0);
    if (organisationBefore(text, f, start, lineStart, findings)) return true;
    at = comma;
  }
  return false;
}

/** A day of the week, in full or short, in English and Spanish. */
const DAY =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\\.?|lunes|martes|mi[eé]rcoles|jueves|viernes|' +
  's[aá]bados?|domingos?|(?:lun|mi[eé]|jue|vie|s[aá]b|dom)\\.?';
/** A time of day: "9", "9:30", "8am", "19 h". */
const TIME = '\\d{1,2}(?:[:.]\\d{2})?[ \\t]*(?:[ap]\\.?m\\.?|h|hrs?|horas)?';
/** A time with its unit: "8am", "19 h", "7.30pm". */
const TIMED = '\\d{1,2}(?:[:.]\\d{2})?[ \\t]*(?:[ap]\\.?m\\.?|h|hrs?|horas)(?![\\p{L}])';
/**
 * Business hours: a range of days ("Mon–Fri", "martes a domingo", "L-V"), a range of hours with a unit ("8am–6pm",
 * "9-17 h", "de 9 a 14 h"), round-the-clock words, or a closing day ("lunes cerrado", "closed Mondays").
 */
const HOURS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${DAY})[ \\t]*(?:[–—-]|to|a|al|till|until)[ \\t]*(?:${DAY})|L[ \\t]*(?:[–-]|a)[ \\t]*[VSD](?![\\p{L}])|` +
    `(?:from|de|desde)[ \\t]+${TIME}[ \\t]*(?:to|a|hasta|[–—-])[ \\t]*${TIME}|` +
    `${TIME}[ \\t]*(?:[–—-]|to)[ \\t]*${TIMED}|${TIMED}[ \\t]*(?:[–—-]|to)[ \\t]*${TIME}|` +
    `24[ \\t]?\\/[ \\t]?7|24[ \\t]?(?:h|hrs|hours|horas)(?![\\p{L}])|office hours|opening hours|horario|` +
    `(?:${DAY})[ \\t]+(?:cerrado|closed)|(?:closed|cerrado)[ \\t]+(?:on[ \\t]+)?(?:${DAY}))`,
  'iu',
);

/** A session's times: a range of clock times ("14:00–19:30", "9.30-12.00") or of hours with a unit ("10am–4pm"). */
const SESSION_TIMES = new RegExp(
  `(?<![\\p{N}])(?:\\d{1,2}[:.]\\d{2}[ \\t]*[–—-][ \\t]*\\d{1,2}[:.]\\d{2}|${TIME}[ \\t]*(?:[–—-]|to)[ \\t]*${TIMED}|${TIMED}[ \\t]*(?:[–—-]|to)[ \\t]*${TIME})`,
  'iu',
);
/** How many lines with a session's times make a list of sessions. */
const SESSION_LINES = 2;

/** Whether the text lists sessions: two lines or more with a session's times. */
function sessionList(text: string): boolean {
  let lines = 0;
  for (let from = 0; from <= text.length; ) {
    const next = text.indexOf('\n', from);
    if (SESSION_TIMES.test(text.slice(from, next < 0 ? text.length : next)) && ++lines >= SESSION_LINES) return true;
    if (next < 0) return false;
    from = next + 1;
  }
  return false;
}

/**
 * A street named without a house number on a line of a list of sessions (a blood service's, a clinic's, a class's
 * venues and times): a venue's street, not a home ("Riverside Centre, Mill Road: Thu 3 Dec 2pm–6pm"). A route of
 * home visits gives house numbers.
 */
function sessionVenue(text: string, f: Finding, line: { start: number; end: number }, sessions: () => boolean) {
  return (
    f.type === 'STREET_ADDRESS' &&
    !/\p{Nd}/u.test(text.slice(f.start, f.end)) &&
    SESSION_TIMES.test(text.slice(line.start, line.end)) &&
    sessions()
  );
}

/**
 * A desk's, a booking's or a service's words before the number in its clause: "Cita previa:", "Book on",
 * "Atención a socios:", "support line".
 */
const DESK_BEFORE = words(
  // Not "delivery" nor "reserva": an order's or a booking's record gives its customer's number after them.
  'book(?:ings)?(?: (?:on|at|via|by phone))|to book|appointments|cita previa|pedir cita|solicitar cita|reservas|' +
    'reservations|pedidos|orders|to order|encargos|support line|helpline|help line|hotline|freephone|' +
    'information line|switchboard|centralita|enquiries|enquiry line|atenci[oó]n (?:a|al) \\p{L}+|' +
    '(?:servicio|oficina|unidad|departamento|l[ií]nea|punto) (?:de|del) \\p{L}[\\p{L} ]{1,40}',
);
/** A service's own name before the number: "Student Support Service:", "Out of Hours Line", "Ward 7 Desk". */
const NAMED_DESK =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]*[ \t]+|\d{1,3}[ \t]+|(?:of|the|and|for)[ \t]+){1,5}(?:Service|Services|Line|Desk|Office|Centre|Center|Unit|Team)(?![\p{L}])/u;

/** Business hours after the number in its clause (within a few words). */
function hoursAfter(text: string, f: Finding, lineEnd: number): boolean {
  const after = text.slice(f.end, Math.min(lineEnd, f.end + 60));
  const stop = after.search(/[.;](?=[ \t]+\p{Lu})|·|\|/u);
  return HOURS.test(stop < 0 ? after : after.slice(0, stop));
}

/**
 * A directory line: a bullet or a number, a label of up to 60 characters with a letter, a colon or a spaced dash,
 * then the value.
 */
const DIRECTORY_LINE = /^[ \t]*(?:[-*•·–][ \t]*|\d{1,2}[.)][ \t]*)?(\p{L}[^\n:]{1,59}?)(?:[ \t]*:|[ \t]+[–—-])[ \t]*/u;
/** The opening of a directory line's value: a word or two ("call", "tel.", "free") before the number. */
const VALUE_OPENING = /^(?:[\p{L}.]+[ \t]+){0,2}$/u;
/** A short service number opening a value: "112", "016", "999" (not a date's "08 Dec" nor a long reference). */
const SERVICE_NUMBER = /^(?:[\p{L}.]+[ \t]+){0,2}\d{3}(?![\p{L}\p{N}])/u;
/**
 * A directory label that names a person's role for the writer (a relation, a neighbour, someone hired to the house),
 * or a record's bare contact field ("Contact:", "Phone:"): such a list is a household's or a record's, not services.
 */
const PRIVATE_LABEL = words(
  'me|my|mine|mum|mom|mother|dad|father|son|daughter|wife|husband|partner|sister|brother|aunt|uncle|nan|nanny|' +
    'grandma|grandad|grandpa|granny|neighbou?r|friend|babysitter|childminder|cleaner|plumber|electrician|landlord|' +
    'landlady|owner|host|tutor|carer|dog walker|key ?holder|work|home|mobile|cell|' +
    'yo|mi|mis|madre|padre|mam[aá]|pap[aá]|hij[oa]|marido|mujer|espos[oa]|pareja|herman[oa]|t[ií][oa]|abuel[oa]|' +
    'vecin[oa]|amig[oa]|canguro|niñera|limpiadora|fontanero|electricista|casero|casera|due[ñn][oa]|propietari[oa]|' +
    'cuidador[a]?|trabajo|casa|m[oó]vil',
);
/**
 * A record's bare contact field as the whole label ("Contact:", "Phone:", "Teléfono:"), or a message's party ("From:",
 * "To:", "Remitente:"): no service's name, and a log of messages lists whoever sent and received them.
 */
const FIELD_LABEL =
  /^(?:contact(?:o)?(?: (?:phone|number|no\.?|tel[eé]fono|n[uú]mero))?|phone|tel\.?|telephone|tel[eé]fono|tfno\.?|tlf\.?|number|n[uú]mero|from|to|cc|sender|recipient|caller|callee|de|para|remitente|destinatario)$/iu;

/** How many numbered lines make a directory. */
const DIRECTORY_LINES = 3;

/**
 * The phones of a directory of services: three lines or more "Label: number" (a phone found, or a short service
 * number), two of them phones found, whose labels name no one. None when any such line's label names a person or a
 * private role.
 */
function serviceDirectory(text: string, findings: readonly Finding[]): Set<Finding> {
  const phones = new Set<Finding>();
  let lines = 0;
  for (let from = 0; from <= text.length; ) {
    const next = text.indexOf('\n', from);
    const end = next < 0 ? text.length : next;
    const m = DIRECTORY_LINE.exec(text.slice(from, end));
    if (m !== null) {
      const valueStart = from + m[0].length;
      const phone = findings.find(
        (p) =>
          p.label === 'PHONE' &&
          p.start >= valueStart &&
          p.start < end &&
          VALUE_OPENING.test(text.slice(valueStart, p.start)),
      );
      if (phone !== undefined || SERVICE_NUMBER.test(text.slice(valueStart, end))) {
        const named = findings.some((p) => p.label === 'PERSON' && p.start < valueStart && p.end > from);
        if (named || PRIVATE_LABEL.test(m[1]!) || FIELD_LABEL.test(m[1]!.trim())) return new Set();
        lines++;
        if (phone !== undefined) phones.add(phone);
      }
    }
    if (next < 0) break;
    from = next + 1;
  }
  return lines >= DIRECTORY_LINES && phones.size >= 2 ? phones : new Set();
}

/** The second-level name of a mailbox's domain, letters and digits only: "brightpath" for "sam@brightpath.org.uk". */
function domainName(address: string): string {
  const host = address.slice(address.indexOf('@') + 1).toLowerCase();
  const parts = host.split('.');
  // "x.co.uk", "x.org.es": the name stands before a two-part suffix.
  const cut = parts.length >= 3 && /^(?:co|com|org|net|ac|gov|gob|edu|nhs)$/.test(parts[parts.length - 2]!) ? 3 : 2;
  return (parts[parts.length - cut] ?? '').replace(/[^a-z0-9]/g, '');
}

/** A line's label: the words before its first colon or spaced dash, after a bullet ("- Brightpath: call ..."). */
const LINE_LABEL = /^[ \t]*(?:[-*•·–][ \t]*)?(\p{L}[^\n:]{1,59}?)(?:[ \t]*:|[ \t]+[–—-][ \t])/u;
/** A person's mailbox shape: two words joined by a dot, a dash or an underscore ("ravi.menon@", "a_tanaka@"). */
const FIRST_LAST = /^[\p{L}]+[._-][\p{L}]+@/u;

/**
 * Whether a mailbox's domain names the organisation in its line's label ("Brightpath: call ... or email
 * sam@brightpath.org.uk"): the organisation's own inbox. A first.last mailbox stays a staff member's.
 */
function ownDomain(text: string, f: Finding, lineStart: number): boolean {
  const address = text.slice(f.start, f.end);
  if (FIRST_LAST.test(address)) return false;
  const name = domainName(address);
  if (name.length < 5) return false;
  const label = LINE_LABEL.exec(text.slice(lineStart, f.start));
  if (label === null) return false;
  return label[1]!
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '')
    .includes(name);
}

/** Whether the value continues an organisation's value already read in its clause: the postcode after the street. */
function continuesDropped(text: string, f: Finding, clauseStart: number, dropped: readonly Finding[]): boolean {
  const prev = dropped[dropped.length - 1];
  if (prev === undefined || prev.end > f.start || prev.end < clauseStart || f.start - prev.end > 60) return false;
  const between = text.slice(prev.end, f.start);
  if (/[\n;]|[.!?][ \t]+\p{Lu}/u.test(between)) return false;
  // An address's town between two of its pieces; field names between two of an account's.
  return f.label === 'LOCATION' ? prev.label === 'LOCATION' : FIELD_GAP[f.label]!.exec(between)?.index === 0;
}

/** Whether the value is the organisation's by its line (the text's anchors are asked afterwards, once). */
function organisationsValue(
  text: string,
  f: Finding,
  findings: readonly Finding[],
  dropped: readonly Finding[],
  directory: () => Set<Finding>,
  sessions: () => boolean,
): boolean {
  const line = lineBounds(text, f);
  const before = text.slice(line.start, f.start);
  const clauseStart = line.start + clauseOpening(before);
  if (continuesDropped(text, f, clauseStart, dropped)) return true;
  const clause = text.slice(clauseStart, f.start);
  if (PERSONAL_BEFORE.test(clause)) return false;
  if (findings.some((p) => p.label === 'PERSON' && p.start < f.start && p.end > clauseStart)) return false;
  if (organisationOwns(text, f, clauseStart, line.start, findings)) return true;
  switch (f.label) {
    case 'PHONE':
      return hoursAfter(text, f, line.end) || DESK_BEFORE.test(clause) || NAMED_DESK.test(clause) || directory().has(f);
    case 'EMAIL':
      return ownDomain(text, f, line.start);
    case 'LOCATION':
      return sessionVenue(text, f, line, sessions);
    default:
      return false;
  }
}

/** Findings without the contact values an organisation gives as its own (see above). */
export function dropIssuerContacts(text: string, findings: Finding[]): Finding[] {
  // A line or two is a value to check, not a document an organisation issues (the shared sets' one-line records
  // mark a restaurant's or a firm's address as an address).
  if (!findings.some(contactValue) || !hasLines(text, DOCUMENT_LINES)) return findings;
  let directoryPhones: Set<Finding> | undefined;
  const directory = () => {
    directoryPhones ??= serviceDirectory(text, findings);
    return directoryPhones;
  };
  let listed: boolean | undefined;
  const sessions = () => {
    listed ??= sessionList(text);
    return listed;
  };
  const dropped: Finding[] = [];
  for (const f of findings)
    if (contactValue(f) && organisationsValue(text, f, findings, dropped, directory, sessions)) dropped.push(f);
  if (dropped.length === 0) return findings;
  // Anything that ties the text to a person keeps every value: a patient's record may name a trust beside a number.
  const others = findings.filter((f) => !CONTACT_LABELS.has(f.label));
  if (personalAnchor(text, others) !== undefined) return findings;
  // People talking (a chat, a meeting's record) give their own numbers.
  if (transcriptOrRoster(text)) return findings;
  return findings.filter((f) => !dropped.includes(f));
}
