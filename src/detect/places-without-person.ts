import { bracketed, isCountry, untiedCountry } from './place-countries.js';
import { establishmentTown } from './place-establishments.js';
import { lifeEventPlace } from './place-life-events.js';
import type { Finding, Label } from './types.js';
import { FIRM_ID_TYPES } from './validators/national-ids.js';
import { writersWorkplace } from './writers-workplace.js';

/**
 * A town, region or country named on its own is personal data only when the text ties it to someone: a travel
 * policy's per-diem cities, a flu bulletin's regions, a market report or a company's history name places about
 * nobody. So a bare place (not a street, a postcode or an address field) is kept only when something personal
 * reaches it, and each kind of personal value reaches as far as it can be trusted:
 * - a value only a person has (an e-mail, a phone, a card, an IBAN, an account or ID number, an IP address)
 *   reaches the whole text;
 * - a name, a diagnosis or an address reaches its own line (and the short lines of its address block), since a
 *   market report quotes a chief executive and a company history names its founder; the whole text when the text
 *   also names a personal role (patient, tenant, claimant, "Dear", "Sra."), which says the names in it are the
 *   people the text is about;
 * - a date reaches its own sentence only: a holiday calendar or a health day is about nobody;
 * - the place's own sentence may say whose it is ("I'm from", "she lives in", "nació en").
 * Three or more bare places in one sentence with nothing personal in it are a topic (a list of markets, offices or
 * holiday cities), even on the line of a name. Whatever reaches it, a place the grammar gives to an organisation (an
 * establishment's or a public body's town), to a record's event (a birthplace, a death's place, an ID card's issuing
 * town) or a country that no cue or address ties to anyone is not reported.
 */

/** Location types that name a place without pointing at an address (DISTRICT: "colonia X", "barrio X"). */
const BARE_PLACE_TYPES = new Set(['PLACE', 'DISTRICT', 'TABLE_PLACE', 'CONFIG_VALUE']);

/** Values only a person has: one of them makes the whole text about someone. */
const TEXT_WIDE_LABELS: ReadonlySet<Label> = new Set<Label>([
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'NATIONAL_ID',
  'IP_ADDRESS',
]);

/** Values that point at a person in their own line (or the whole text when it names a personal role). */
const LINE_LABELS: ReadonlySet<Label> = new Set<Label>(['PERSON', 'MEDICAL', 'LOCATION']);

/**
 * Words naming the role of the person a text is about (a letter's salutation, a form's subject, a case's party).
 * "Customer" and "cliente" stay out: an invoice and a sales report use them for firms.
 */
const PERSONAL_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      'patient|tenant|landlord|claimant|applicant|candidate|employee|caller|policyholder|insured|pupil|student',
      'next of kin|nok|dear|signed|signature',
      'paciente|inquilin[oa]|arrendatari[oa]|arrendador[a]?|asegurad[oa]|solicitante|emplead[oa]|trabajador[a]?',
      'alumn[oa]|estimad[oa]|firmado|domicilio|demandante|demandad[oa]',
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);
/**
 * A title before a capitalised name ("Mrs Penhallow", "Sra. Ibáñez", "D. Anselmo"), in its own case: a lone "D" is a ring
 * size or a grade, "d'" an elision, "ms" milliseconds.
 */
const TITLE_BEFORE_NAME = /(?<![\p{L}\p{N}])(?:Mrs?|Ms|Miss|MRS?|MS|Sr|Sra|Srta|D|Dña|Dª)\.?[ \t]+\p{Lu}\p{Ll}/u;
const personalRole = (text: string) => PERSONAL_ROLE.test(text) || TITLE_BEFORE_NAME.test(text);

/**
 * Words that tie a place to the writer or to someone in its sentence. Singular first person only: "we" and "our"
 * are the voice of a company's own documents. Residence and travel verbs ("born", "lives", "visited", "nació") own
 * a place by themselves; moving and stay words ("moved", "holiday", "trip") also describe goods, bookings and
 * policies ("bookings moved to the ferry port", "local holidays in Madrid"), so they own a place only next to a
 * person (MOVER).
 */
const OWNER_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      "i|i'm|i’m|im|i've|i’ve|i'll|i’ll|me|my|mine|myself",
      'lives?|living|lived|born|grew|resid(?:e|es|ed|ing|ent|ence)|hometown|originally|honeymoon',
      'visit(?:s|ed|ing)?|arrived|flew|travell?(?:ed|ing)',
      'yo|mi|mis|conmigo|vivo|vives|vive|vivimos|viven|vivía|vivió|nací|naciste|nació|nacido|nacida|natural',
      'reside|residente|domicilio|domiciliad[oa]|vecin[oa]|mudé|mudamos|mudarme|visité|visitó|viajé|viajó|estuve|fui',
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);

const MOVE_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    'moved?|moving|relocat(?:e|ed|ing)|trip|holidays?|vacation|staying|stayed|mudó|vacaciones|estuvo' +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);

/** A person as the subject of a movement word: a personal pronoun ("we moved here", not "for us") or a relative. */
const MOVER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      'he|she|his|her|him|they|you|your|we|él|ella|ellos|ellas|usted|su|sus|nosotros',
      'wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|partner|family|friend',
      'esposa|esposo|marido|hij[oa]s?|madre|padre|herman[oa]s?|pareja|familia|amig[oa]s?',
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * Words a sentence cannot end on: a line that ends with one was wrapped in mid-phrase ("Vive en" / "Zaragoza con
 * su hija", "she moved to" / "Leeds in May"), so its line break does not end the sentence.
 */
const WRAPPED_AFTER =
  /(?:^|[^\p{L}])(?:en|de|del|a|al|con|y|e|o|the|an|in|at|to|of|from|and|or|near|into|lives|vive|vivo|born|nació|nacido|nacida)$/iu;

/** A line break inside a wrapped sentence: the line ends in mid-phrase. */
function wrappedBreak(text: string, at: number): boolean {
  if (text[at + 1] === '\n') return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return WRAPPED_AFTER.test(text.slice(lineStart, at).trimEnd());
}

/** Sentence bounds around a span: the nearest full stop, question or exclamation mark, or line break that ends one. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsSentence(text, to)) to++;
  return [from, to];
}

/** Whether text[i] ends a sentence: ".", "!", "?", or a line break that does not merely wrap one. */
function endsSentence(text: string, i: number): boolean {
  // Compared by code unit: a regex test or a one-character string per character walked cost more than the walk.
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || (c === 0x0a && !wrappedBreak(text, i));
}

function lineAround(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  return [from, next < 0 ? text.length : next];
}

/** Length of a line short enough to be a field of an address block (a name, a street, a town, a country). */
const BLOCK_LINE = 60;

/** A field of an address block or a signature: short, and not a sentence (no closing full stop or question mark). */
const blockLine = (line: string) => line.length <= BLOCK_LINE && !/[.!?]$/.test(line);
/** Lines an address block reaches on each side of its name or street. */
const BLOCK_REACH = 5;

/**
 * The lines a name or an address reaches: its own line, and when that line is short, the short lines next to it
 * (one blank line may sit between them), since a name heads the lines of its own postal address.
 */
function blockAround(text: string, f: Finding): [number, number] {
  let [from, to] = lineAround(text, f.start, f.end);
  if (!blockLine(text.slice(from, to).trim())) return [from, to];
  for (let i = 0, blank = 0; i < BLOCK_REACH && from > 0; i++) {
    const [a] = lineAround(text, from - 1, from - 1);
    const line = text.slice(a, from - 1).trim();
    if (line === '' ? ++blank > 1 : !blockLine(line)) break;
    from = a;
  }
  for (let i = 0, blank = 0; i < BLOCK_REACH && to < text.length; i++) {
    const [, b] = lineAround(text, to + 1, to + 1);
    const line = text.slice(to + 1, b).trim();
    if (line === '' ? ++blank > 1 : !blockLine(line)) break;
    to = b;
  }
  return [from, to];
}

/**
 * A journey's noun just before the place on its line ("trip to", "del viaje a", "de vacaciones en", "Arrival:",
 * "route via", "Quito → Cuenca"): the place is where someone goes, a destination the prompt sets leave unmarked, not
 * where they live ("moved to" and "relocating to" name the new home; nor is a holiday home or flat in a town). The
 * verbs of travel ("flew to", "travelling to") stay read as the traveller's own place: the shared sets mark them.
 */
const JOURNEY_BEFORE =
  /(?:(?<![\p{L}])(?:trips?|holidays?|vacation|vacaciones|viajes?|route|arrival|destination|destino|tour)(?![\p{L}])(?:(?!home|house|casa|flat|cottage|apartment|piso|let)[^\n.;()]){0,10}?(?:(?<![\p{L}])(?:to|in|a|en|via|hacia)|:)[ \t]*|(?:→|->)[ \t]*)$/iu;

function journeyDestination(text: string, f: Finding): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  return JOURNEY_BEFORE.test(text.slice(Math.max(lineStart, f.start - 40), f.start));
}

/** Whether the place's own sentence (`sentence`, its bounds) says whose it is. */
function ownedInSentence(text: string, f: Finding, sentence: [number, number], personal: readonly Finding[]): boolean {
  const [from, to] = sentence;
  // The sentence without the place itself, so a place name cannot cue itself.
  const rest = `${text.slice(from, f.start)} ${text.slice(f.end, to)}`;
  if (OWNER_CUE.test(rest)) return true;
  if (!MOVE_CUE.test(rest)) return false;
  return MOVER.test(rest) || personal.some((p) => p.label === 'PERSON' && p.start < to && p.end > from);
}

/** A year as a sentence dates things: after "in", "en", "de", "since" or a month ("12 May 1820", "en 1805"). */
const DATED_YEAR =
  /(?<![\p{L}\p{N}])(?:in|en|de|of|since|desde|born|died|nació|murió|(?:jan|feb|mar|apr|abr|may|jun|jul|aug|ago|sep|oct|nov|dec|dic)\p{L}*\.?)\s+((?:1[0-9]|20)\d{2})(?!\p{N})/giu;

/** Anchors that say nothing about the living in a sentence about the past: its dates and the people it names. */
const PAST_ANCHORS: ReadonlySet<Label> = new Set<Label>(['DATE', 'PERSON']);

/** A sentence whose years all come before 1900: nobody it names is alive. */
function historical(sentence: string): boolean {
  if (!/(?<!\d)1[0-8]\d{2}(?!\d)/.test(sentence)) return false;
  const years = [...sentence.matchAll(DATED_YEAR)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < 1900) && !/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(sentence);
}

/** A place with digits in its span carries a postcode or a house number: part of an address, never bare. */
const isBarePlace = (f: Finding, text: string) =>
  f.label === 'LOCATION' && BARE_PLACE_TYPES.has(f.type) && !/\d/.test(text.slice(f.start, f.end));

const overlaps = (f: Finding, [from, to]: [number, number]) => f.start < to && f.end > from;

/** Findings without the bare places that nothing personal reaches. */
export function dropPlacesWithoutPerson(text: string, findings: Finding[]): Finding[] {
  const bare = findings.filter((f) => isBarePlace(f, text));
  if (bare.length === 0) return findings;
  const bareSet = new Set(bare);
  const anchors = findings.filter(
    (f) =>
      (TEXT_WIDE_LABELS.has(f.label) || LINE_LABELS.has(f.label) || f.label === 'DATE') &&
      !bareSet.has(f) &&
      !FIRM_ID_TYPES.has(f.type),
  );
  const textWide =
    anchors.some((f) => TEXT_WIDE_LABELS.has(f.label)) ||
    (anchors.some((f) => LINE_LABELS.has(f.label)) && personalRole(text));
  const blocks = textWide ? [] : anchors.filter((a) => LINE_LABELS.has(a.label)).map((a) => blockAround(text, a));

  const reached = (f: Finding): boolean => {
    // The town of the writer's own work in the request's framing is an organisation's (writers-workplace.ts), and so
    // is an establishment's or a public body's (place-establishments.ts); a record's birthplace, a death's place and
    // an ID card's issuing town are events, not homes (place-life-events.ts).
    if (writersWorkplace(text, f) || establishmentTown(text, f.start, f.end)) return false;
    // A journey's destination: a trip's, a holiday's, a route's.
    if (journeyDestination(text, f)) return false;
    // A country of birth is left to the country's own reading below ("nacida en Malí" names an origin).
    if (!isCountry(text, f) && lifeEventPlace(text, f.start)) return false;
    const sentence = sentenceAround(text, f.start, f.end);
    // "born in 1820 in Florence, died in 1910 in London": a sentence dated only by years long past is history; its
    // birth and death words and its dates tie the place to nobody living.
    const past = historical(text.slice(sentence[0], sentence[1]));
    const inSentence = anchors.filter((a) => overlaps(a, sentence) && !(past && PAST_ANCHORS.has(a.label)));
    if (past) return textWide || inSentence.length > 0;
    if (ownedInSentence(text, f, sentence, anchors)) return true;
    if (textWide || inSentence.length > 0) return true;
    // Three or more bare places in a sentence with nothing personal in it: a list of markets, sites or cities.
    if (bare.filter((b) => overlaps(b, sentence)).length >= 3) return false;
    return blocks.some((block) => overlaps(f, block));
  };
  const kept = findings.filter((f) => !bareSet.has(f) || reached(f));
  // A country on its own is someone's only with a cue or as an address's tail (place-countries.ts), read against the
  // places kept above so that a dropped town does not hold its country.
  // A sentence that says whose it is ("I'm glad to be back in Peru", "Chile was fun to visit") keeps it, unless the
  // country only qualifies a word in brackets.
  return kept.filter(
    (f) =>
      !bareSet.has(f) ||
      f.type !== 'PLACE' ||
      !untiedCountry(text, f, kept) ||
      (!bracketed(text, f) && ownedInSentence(text, f, sentenceAround(text, f.start, f.end), kept)),
  );
}
