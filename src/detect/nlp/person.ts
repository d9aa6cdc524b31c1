import type { CapRun } from './cap-runs.js';
import { fieldBefore, honorificBefore, personCueBefore, titleOfPlaceBefore } from './context.js';
import { foldKey } from './fold.js';
import type { Language } from './language.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { opensLine, wordsOnLine } from './line-prefix.js';
import { namesSpelledByAddresses } from './person-address.js';
import { spreadOverAttendees } from './person-attendees.js';
import {
  bracketedNames,
  childrenBesideAge,
  coupledGivenNames,
  initialsBesideAge,
  initialsInField,
} from './person-beside.js';
import { headsContactBlock } from './person-block.js';
import { capsFamilyFirstRows, capsGivenFirstRows } from './person-caps-rows.js';
import { findChatHeaders } from './person-chat-headers.js';
import {
  addressedAtEnd,
  addressedAtStart,
  addressedWithoutComma,
  authorOfWork,
  bornAfter,
  describedAsPerson,
  identityDocumentAfter,
  nameStatedBefore,
  plainlyCapitalised,
  possessiveOfPerson,
  pronounInNextSentence,
  pronounRefersBack,
  speakerAfterQuote,
  speakerOfLine,
} from './person-context.js';
import { findCuedNames } from './person-cued.js';
import { afterTimeStamp, spreadOverSpeakers } from './person-dialogue.js';
import { eastAsianNames } from './person-east-asian.js';
import { findFixedWidthNames } from './person-fixed-width.js';
import { findNameHandles } from './person-handle.js';
import { inShoutedHeading } from './person-headings.js';
import { type NameKind, spreadOverLists } from './person-lists.js';
import { loginsOfNamedPeople } from './person-login-words.js';
import { addressNamePairs, findMachineNames, givenNamesOfAddresses, repeatedUserNames } from './person-machine.js';
import { findNicknamedNames } from './person-nickname.js';
import { dayBefore, MONTHS, repeatedNameParts } from './person-repeat.js';
import { signedName } from './person-signature.js';
import { findSpelledNames } from './person-spelled.js';
import { surnameFirstNames } from './person-surname-first.js';
import { trimLeading, trimTrailing } from './person-trim.js';
import { goodsAfter, namesAThing } from './product-names.js';
import { STAND_IN_NAMES } from './stand-in-names.js';
import { atSentenceStart, isUpperCase, type Token } from './tokenize.js';

/**
 * "Storm Ophelia will reach ... Ophelia brings gusts": a lone word named as a thing by the noun before it (a storm, a
 * project, a room) stays that thing when it comes back alone, unless something stronger than a bare given name (a
 * title, a cue, a surname) made it a person there. `decided` is updated.
 */
function forgetNamedThings(
  tokens: readonly Token[],
  runs: readonly number[][],
  decided: Array<PersonSpan | undefined>,
  lex: NameLexicon,
): void {
  const things = new Set<string>();
  runs.forEach((words, r) => {
    if (decided[r]) return;
    for (const w of words) {
      if (!tokens[w]!.lineStart && lex.thingBefore.endsBefore(tokens, w, 4) !== undefined)
        things.add(baseKey(tokens[w]!));
    }
  });
  if (things.size === 0) return;
  runs.forEach((words, r) => {
    const person = decided[r];
    if (words.length === 1 && person?.type === 'GIVEN_NAME' && things.has(baseKey(tokens[words[0]!]!)))
      decided[r] = undefined;
  });
}

/** A decided person span (token indexes, inclusive). */
export interface PersonSpan {
  first: number;
  last: number;
  score: number;
  type: string;
}

export interface PersonResult {
  persons: PersonSpan[];
  /** Runs with a capitalised word the lists do not know: only a parser can tell a name from a title or a brand. */
  undecided: CapRun[];
}

/** Key of a word without its possessive ending: "Karen's" -> "karen" (the tokenizer's Token.base). */
function baseKey(t: Token): string {
  return t.base;
}

/** "APO", "ANCA": a short word in capitals is an acronym before it is a name. */
function allCapsShort(tokens: readonly Token[], index: number): boolean {
  // "an AME's practice": the possessive is no letter of the acronym.
  const text = tokens[index]!.text;
  // Asked many times of each word of a run: the length, then ASCII letters, answer without a copy of the word.
  const n =
    text.length >= 2 && text.endsWith('s') && (text[text.length - 2] === "'" || text[text.length - 2] === '’')
      ? text.length - 2
      : text.length;
  if (n > 4) return false;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if (c >= 0x61 && c <= 0x7a) return false;
  }
  if (ascii) return true;
  const bare = text.slice(0, n);
  return isUpperCase(bare);
}

// Letters of Central European, Baltic, Nordic and Turkish names that English and Spanish words never have.
const NAME_LETTERS = /[šžčćřďťňěůőűłśźżńøåæðþğşıășțėąęųūēīņļķģŠŽČĆŘĎŤŇĚŮŐŰŁŚŹŻŃØÅÆÐÞĞŞİĂȘȚĖĄĘŲŪĒĪŅĻĶĢ]/;

// Endings that make a word a family name in the languages whose names English and Spanish text quotes most (Nordic
// -sson/-sen/-nen, Slavic -ski/-wicz/-vić/-ov/-ova, Ukrainian -enko, Romanian -escu, Greek -poulos, Georgian -shvili).
const FAMILY_NAME_ENDING =
  /(?:sson|dottir|sen|nen|ski|ska|sky|cki|cka|wicz|vic|ovic|evic|enko|chuk|escu|poulos|shvili|dze|oglu|ov|ev|ova|eva)$/;

const STYLE_SUFFIX = /-(?:style|styled|esque|like|inspired|type|themed|era)$/i;
const REGION_CODES = new Set(['LATAM', 'EMEA', 'APAC', 'AMER', 'NAM', 'DACH', 'EU', 'UK', 'US', 'USA', 'ANZ', 'MENA']);
// Kinds of work a credits list or a bibliography names in brackets after a quoted title. Folded.
const WORK_KINDS = new Set(
  (
    'feature film short documentary doc series miniseries season album single ep play musical novel book podcast ' +
    'largometraje cortometraje corto documental serie miniserie temporada disco novela obra libro pelicula'
  ).split(' '),
);
const QUOTES = new Set(['"', '“', '”', '«', '»']);

/** '"Lucía y el mar" (documental, 2024)': the run sits inside quotes that close before a bracketed kind of work. */
function workTitle(tokens: readonly Token[], head: number, last: number): boolean {
  let open = head - 1;
  while (open >= 0 && head - open <= 6 && !QUOTES.has(tokens[open]!.text)) {
    if (tokens[open]!.lineStart) return false;
    open--;
  }
  if (open < 0 || !QUOTES.has(tokens[open]!.text)) return false;
  let close = last + 1;
  while (close < tokens.length && close - last <= 6 && !QUOTES.has(tokens[close]!.text)) {
    if (tokens[close]!.lineStart) return false;
    close++;
  }
  if (!QUOTES.has(tokens[close]?.text ?? '')) return false;
  return tokens[close + 1]?.text === '(' && WORK_KINDS.has(tokens[close + 2]?.key ?? '');
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'every', 'each', 'no']);
const SPANISH_PREPOSITIONS = new Set(['de', 'a', 'con', 'para', 'por']);
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', ')']);
// What follows the owner of an action item in minutes ("Anil to update ...", "Ritesh owns the rota").
const OWNER_VERBS = new Set(['to', 'will', 'owns', 'leads', 'handles', 'chases', 'drafts', 'checks', 'sends']);

// Last words that make a run a site or a branch, not a person: a distribution centre or head office ("Reno NV DC"),
// and compass words that name a firm's regional branch or a district ("Kaffeewerk Nord", "Logística Norte").
const SITE_LAST = new Set(['dc', 'hq']);
const GROUNDS_LAST = new Set(['park', 'gardens']);
// Prepositions of place and motion that a person's name does not follow ("towards", "in", "near"; not "to", "with").
const PLACE_PREPOSITIONS = new Set(
  'in at towards toward into through across near around outside inside past behind'.split(' '),
);
// What follows "&" in a firm named after its founders ("Roldán & Asoc.", "Pike & Sons", "Vidal & Cía.").
const PARTNERS_AFTER = new Set(
  'asoc asociados asociadas associates sons hijos hnos hermanos cia cía co partners'.split(' '),
);
// "Jockey-like Plaza", "Ridgeway Mall", "Hollins Outlet": a run ending in one of these names a shopping centre; "Plaza"
// is also a family name, so it counts only after a word that is no clear given name.
const VENUE_LAST = new Set(['mall', 'plaza', 'outlet', 'outlets', 'centre', 'center', 'shopping']);
// Street words written before the street's name, which is often a person's ("calle Manuel Montt", "Av. Pedro Aguirre").
const STREET_BEFORE = new Set(
  'calle avenida avda av paseo pasaje psje pje jiron jirón jr camino carretera bulevar boulevard ronda travesia travesía glorieta diagonal prolongacion prolongación malecon malecón costanera'.split(
    ' ',
  ),
);

// Words of flights and airports: a name right after one of them (and a gate code or a preposition) is the airport.
const AVIATION = new Set(
  'gate terminal stand runway rwy diverted landed landing departed departing arrived arriving inbound outbound flight flights taxied puerta pista aterrizó aterrizo desviado vuelo'.split(
    ' ',
  ),
);
const TO_AIRPORT = new Set(['at', 'to', 'from', 'into', 'in', 'en', 'a', 'desde', 'hacia']);

/**
 * "met at gate B38 Logan", "diverted to Logan", "landed at Kingsford": one name after a flight word and its gate code
 * or a preposition names the airport (many are named after people) rather than someone there.
 */
function airportAfterFlightWord(tokens: readonly Token[], head: number): boolean {
  for (let k = head - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = tokens[k]!;
    if (AVIATION.has(t.key)) return n > 0;
    if (t.lineStart && k < head - 1) return false;
    // A gate or stand code: "B38" (a letter glued to its number), "12".
    const glued = tokens[k + 1] !== undefined && tokens[k + 1]!.start === t.end && tokens[k + 1]!.kind === 'number';
    const code = t.kind === 'number' || (t.kind === 'word' && t.text.length <= 2 && (glued || /\d/.test(t.text)));
    if (!code && !TO_AIRPORT.has(t.key)) return false;
  }
  return false;
}

// Street words written after the name ("Ellis Street"), for a crossing named after it.
const STREET_AFTER = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd']);
// What joins two streets of a crossing ("Av. Pocuro con Julio Prado", "Ellis Street and Mina Road").
const CROSSING = new Set(['con', 'y', 'and', '&', 'at']);
const CORNER = new Set(['esquina', 'esq', 'corner', 'intersección', 'interseccion', 'cruce']);

/**
 * "calle Manuel Montt", "Av. Pedro Aguirre Cerda", "Jr. Ramón Castilla": a street word (and its dot) before the run;
 * or the second street of a crossing, after "esquina" or after a street and "con"/"and" ("Av. Pocuro con Julio
 * Prado", "Ellis Street and Mina Road").
 */
function streetWordBefore(tokens: readonly Token[], head: number): boolean {
  const at = tokens[head - 1]?.text === '.' ? head - 2 : head - 1;
  const t = tokens[at];
  if (t === undefined || t.kind !== 'word') return false;
  if (STREET_BEFORE.has(t.key) || CORNER.has(t.key)) return true;
  if (!CROSSING.has(t.key) || t.cap) return false;
  // Back over the first street's capitalised words (and a dot) to its street word.
  for (let k = at - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const w = tokens[k]!;
    if (w.text === '.') continue;
    if (w.kind !== 'word' || !w.cap) return false;
    if (STREET_BEFORE.has(w.key) || STREET_AFTER.has(w.key)) return true;
    if (w.lineStart) return false;
  }
  return false;
}
// Verbs whose object is a room or a table, not a person: a list right after one names rooms ("book Noether or Hopper").
const PROVIDER_AT = new Set(['at', 'in']);
// A practice or a service whose site follows "at"/"in" ("GP at ...", "surgery in ...", "branch at ...").
const SERVICE_BEFORE_AT = new Set(
  'gp gps surgery practice clinic dentist dentists pharmacy chemist optician opticians branch depot library'.split(' '),
);
// Articles before a run that make it a place's or a thing's name rather than a person's ("the Jackson Anna Stadium").
const ARTICLES_BEFORE_THING = new Set(['the', 'el', 'la', 'los', 'las']);
const BOOKING_VERBS = new Set(['book', 'reserve', 'reservar', 'reserva', 'reservad']);
// Nouns after a capitalised word that make it the name of a group, a class or a ward, not a person.
/**
 * Values a tracker, a form or a workflow writes where no one is named yet ("Assignee: Unassigned", "Employee: TBD",
 * "Reporter: Jira Automation", "Asignado a: Sin asignar"): a run holding one of them names no person.
 */
const NO_ONE_VALUES = new Set([
  'unassigned',
  'tbd',
  'tba',
  'tbc',
  'unknown',
  'nobody',
  'anonymous',
  'automation',
  'vacant',
  'pending',
  'asignar',
  'asignado',
  'desconocido',
  'desconocida',
  'anonimo',
  'anonima',
  'vacante',
  'pendiente',
]);

const GROUP_NOUNS = new Set(
  'team teams department dept desk class ward group unit house squad crew equipo departamento clase grupo'.split(' '),
);

const lastWordOf = (words: readonly number[]) => words[words.length - 1]!;

/** "e.g. Jane", "(p. ej. Lucía)", "i.e. Tom": an abbreviation that introduces an example right before tokens[head]. */
function exampleBefore(tokens: readonly Token[], head: number): boolean {
  let text = '';
  // "(ej.: Nombre Apellido)", "e.g.: Jane": a colon may follow the abbreviation.
  const from = tokens[head - 1]?.text === ':' ? head - 2 : head - 1;
  // The text read ends with the key of tokens[from], and every abbreviation ends in "g", "e", "j" or a full stop:
  // most tokens before a run end otherwise, and need no text built.
  const end = tokens[from]?.key;
  if (end === undefined || !'gej.'.includes(end[end.length - 1] ?? '')) return false;
  for (let i = from; i >= 0 && i >= from - 5; i--) {
    const t = tokens[i]!;
    // Short words only: "e", "g", or "e.g" when the tokeniser keeps the inner dot.
    if (t.text !== '.' && !(t.kind === 'word' && t.text.length <= 3)) break;
    text = t.key + text;
    if (t.lineStart) break;
  }
  return /(?:^|[^a-z])(?:e\.g\.?|i\.e\.?|p\.ej\.?|ej\.)$/.test(text);
}

// Relatives and carers whose name a note gives in brackets ("Dad (Gurdeep Sandhu)", "su esposa (Yoli Marín)").
// Titles of a judge or a prosecutor, and the words of a court's name that follow them when the office is meant
// ("Juez Civil Municipal de Palmira", "Jueza Segunda de Familia", "Fiscal Delegado", "Judge Advocate").
const JUDGE_TITLES = new Set(['juez', 'jueza', 'judge', 'magistrado', 'magistrada', 'fiscal']);
/** A grade before a title makes it a post ("Lead Nurse", "Senior Pharmacist"): what follows may be its field. */
const POST_GRADES = new Set(
  'lead senior chief head specialist charge clinical deputy principal staff community district practice consultant advanced assistant associate junior'.split(
    ' ',
  ),
);
const COURT_WORDS = new Set(
  (
    'civil penal laboral municipal promiscuo administrativo administrativa familia circuito ejecucion instruccion ' +
    'menores mercantil contencioso superior supremo constitucional delegado delegada especializado especializada ' +
    'primero primera segundo segunda tercero tercera cuarto cuarta quinto quinta sexto sexta septimo septima octavo ' +
    'octava noveno novena decimo decima district county circuit family criminal advocate'
  ).split(' '),
);
const KIN_WORDS = new Set(
  (
    'dad mum mom father mother husband wife son daughter brother sister partner uncle aunt grandmother grandfather ' +
    'grandma grandpa granny nan carer guardian stepfather stepmother fiance fiancee ' +
    'padre madre papa mama hijo hija esposo esposa marido mujer hermano hermana pareja abuelo abuela tio tia novio novia'
  ).split(' '),
);
const COMPASS_LAST = new Set(['ost', 'nord', 'sud', 'sued', 'west', 'east', 'north', 'south', 'norte', 'sur', 'oeste']);
// Words that join the items of a list of places ("Madrid, Sevilla y Lugo").
const PLACE_JOINERS = new Set(['y', 'and', 'e', 'i']);

/** "new Alea()", "Alea.importState(", "[Json]": a word glued to brackets, calls or member access is an identifier. */
function inCode(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index]!;
  const next = tokens[index + 1];
  const prev = tokens[index - 1];
  if (next && next.start === t.end && '([=_'.includes(next.text)) return true;
  if (next?.text === '.' && next.start === t.end && tokens[index + 2]?.start === next.end) return true;
  if (prev && prev.end === t.start && '[._'.includes(prev.text)) return true;
  return prev?.key === 'new' || prev?.key === 'var' || prev?.key === 'const' || prev?.key === 'let';
}

/** The nearest word before (step -1) or after (step 1) tokens[index] on its line, if any, is written in lower case. */
function lowerCaseWordNear(tokens: readonly Token[], index: number, step: -1 | 1): boolean {
  for (let i = index + step; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i]!;
    if ((step === 1 && t.lineStart) || (step === -1 && tokens[i + 1]!.lineStart)) return true;
    if (t.kind === 'word') return !t.cap;
  }
  return true;
}

// What follows a name that heads a line of notes or a directory entry ("Lorena Quintabani — proveedora", "…, 41").
const ENTRY_SEPARATORS = new Set(['—', '–', '-', '|', ',', '(']);

/**
 * "Lorena Quintabani — diseño gráfico": the words open their line and a dash, a bar, a comma or a bracket follows,
 * so their capitals are a name's, not a sentence's.
 */
function headsEntryLine(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  return opensLine(tokens, first) && next !== undefined && !next.lineStart && ENTRY_SEPARATORS.has(next.text);
}

// Keys of JSON, YAML or code whose value is a person's name, spelt with "_", "-" or nothing between the words.
const NAME_KEYS = new Set([
  'givenname',
  'firstname',
  'middlename',
  'lastname',
  'familyname',
  'surname',
  'surnames',
  'fullname',
  'legalname',
  'holdername',
  'cardholdername',
  'accountholdername',
  'customername',
  'contactname',
  'patientname',
  'nombre',
  'apellido',
  'apellidos',
  'primerapellido',
  'segundoapellido',
  'nombrecompleto',
]);
const KEY_JOINERS = new Set(['_', '-']);
// Short keys of one part of a name, read only when quoted (JSON): bare, "First:" and "Last:" open steps and lists; a
// lone "family" is a font's or a product's as often (FHIR's given/family pairs are read in casual-names).
const NAME_PART_KEYS = new Set(['first', 'last', 'forename', 'prenom', 'vorname', 'nachname', 'cognome']);

/**
 * '"family_name": "Mensah-Boateng"', "last_name: Lindqvist", "'nombre': 'Araceli'": the value of a key that names a
 * person's name in JSON, YAML or code. The key's words and joiners are read back from the colon.
 */
function nameKeyBefore(tokens: readonly Token[], head: number): boolean {
  let i = head - 1;
  if (QUOTE_MARKS.has(tokens[i]?.text ?? '')) i--;
  if (tokens[i]?.text !== ':') return false;
  i--;
  const close = QUOTE_MARKS.has(tokens[i]?.text ?? '') ? tokens[i]!.text : undefined;
  if (close !== undefined) i--;
  let key = '';
  for (let n = 0; n < 7 && i >= 0; n++, i--) {
    const t = tokens[i]!;
    if (t.kind === 'word') key = t.key + key;
    else if (!KEY_JOINERS.has(t.text)) break;
    if (t.lineStart || (i > 0 && tokens[i - 1]!.end !== t.start)) break;
  }
  if (NAME_KEYS.has(key)) return true;
  // '"first": "Giedre", "last": "Okonjo"': a quoted key naming one part of a name, as exports and APIs write them.
  if (close !== undefined && NAME_PART_KEYS.has(key)) return true;
  // "billing_name", "shipping-name", "guestName", "nombre_titular": the name of a party to an order, a booking or a
  // payment (not "username", "hostname", "filename": a prefix of a person's role is needed).
  if (key.endsWith('name') && PARTY_KEY_PREFIXES.has(key.slice(0, -4))) return true;
  return key.startsWith('nombre') && PARTY_KEY_PREFIXES.has(key.slice(6));
}
const PARTY_KEY_PREFIXES = new Set(
  (
    'billing shipping delivery recipient sender payer payee beneficiary receiver owner guest passenger member ' +
    'employee client buyer seller driver holder student parent guardian insured applicant tenant traveler ' +
    'traveller cliente titular destinatario remitente pasajero huesped empleado comprador beneficiario'
  ).split(' '),
);
const QUOTE_MARKS = new Set(['"', "'", '`']);
/** Particles of Dutch and German family names ("van der Berg", "ter Horst", "von Arnim"), and the ones after them. */
const PARTICLE_OPENERS = new Set(['van', 'von', 'ter', 'ten']);
const PARTICLES_AFTER = new Set(['der', 'den', 'de', 'zu']);

// Roles that label the lines of a call or chat transcript, followed by the person's name in brackets.
const SPEAKER_ROLES = new Set(
  (
    'agent advisor adviser operator rep representative csr caller customer client support host moderator interviewer ' +
    'interviewee candidate recruiter doctor nurse patient receptionist engineer technician tech driver dispatcher ' +
    'agente asesor asesora operador operadora cliente llamante paciente doctora enfermera enfermero recepcionista ' +
    'tecnico tecnica conductor entrevistador entrevistadora candidato candidata soporte'
  ).split(' '),
);

// The roles of a support desk's side of a chat or call, whose lines are mostly what the agent says.
const DESK_ROLES = new Set(
  'agent agente advisor adviser asesor asesora operator operador operadora rep representative csr support soporte'.split(
    ' ',
  ),
);

// The roles among those that one member of staff holds, so that "Agent Nomvula:" names her (not "Support X:", a desk).
const STAFF_ROLES = new Set(
  (
    'agent advisor adviser operator rep representative csr nurse doctor receptionist engineer technician tech driver ' +
    'dispatcher interviewer moderator agente asesor asesora operador operadora doctora enfermera enfermero ' +
    'recepcionista tecnico tecnica conductor entrevistador entrevistadora'
  ).split(' '),
);

// A line that holds a stand-in name (STAND_IN_NAMES) fills a form with nobody's data, and the names beside it are
// stand-ins too.
// Stand-ins only after a given word: "Jane Roe" (a "Richard Roe III" can be a client), "John Citizen", and the
// doubled family name of Spanish specimen documents (a surname "Española" written twice).
const PLACEHOLDER_AFTER = new Map<string, readonly string[]>([
  ['roe', ['jane']],
  ['citizen', ['jane', 'john']],
  ['espanol', ['espanol']],
  ['espanola', ['espanola']],
  // "Jane Candidate", "Joe Customer": a template's stand-in is a common given name before the role it stands for.
  ...'candidate applicant customer employee student user sample patient client member tenant'
    .split(' ')
    .map((role): [string, readonly string[]] => [role, ['jane', 'john', 'joe', 'joan']]),
]);

/** A stand-in at tokens[i]. */
function standIn(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  return STAND_IN_NAMES.has(t.key) || (PLACEHOLDER_AFTER.get(t.key)?.includes(tokens[i - 1]?.key ?? '') ?? false);
}

/** Whether the line of tokens[first..last] holds a stand-in name (within 40 tokens either side). */
function onPlaceholderLine(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = last, n = first - last; i >= 0 && n < 40; i--, n++) {
    if (standIn(tokens, i)) return true;
    if (tokens[i]!.lineStart) break;
  }
  for (let i = last + 1, n = 0; i < tokens.length && n < 40 && !tokens[i]!.lineStart; i++, n++)
    if (standIn(tokens, i)) return true;
  return false;
}

/**
 * "Aoife (aoife.brennan@example.com)", "Joost Bakker <j.bakker@example.nl>": a name followed by an e-mail address in
 * brackets whose local part spells one of its words names the address's owner. Words of two letters or fewer
 * ("Al", initials) never count.
 */
function ownAddressAfter(
  tokens: readonly Token[],
  words: number[],
  keys: string[],
  nameLike: (key: string) => boolean,
): boolean {
  const last = words[words.length - 1]!;
  const open = tokens[last + 1]?.text;
  if (open !== '(' && open !== '<') return false;
  const close = open === '(' ? ')' : '>';
  const local: string[] = [];
  for (let i = last + 2; i < tokens.length && i < last + 10; i++) {
    const t = tokens[i]!;
    if (t.text === '@') {
      return keys.some((k) => k.length > 2 && !k.includes('-') && local.includes(k) && nameLike(k));
    }
    if (t.text === close || t.lineStart) return false;
    if (t.kind === 'word') local.push(t.key);
  }
  return false;
}

function isKnown(kind: NameKind | undefined): boolean {
  return kind === 'given' || kind === 'known';
}

export class PersonFinder {
  /** Whether the text being read is English (set by find): some weaker rules read English prose only. */
  private english = true;

  constructor(private readonly lex: NameLexicon) {}

  private unknownCap(key: string): boolean {
    return !this.lex.isWord(
      WORD.COMMON | WORD.PLACE_FIRST | WORD.ORG_SUFFIX | WORD.ORG_HEAD_FIRST | WORD.WORD_SHAPED,
      key,
    );
  }

  /** A word after a post ("Lead Nurse ...") that names its field: vocabulary, not in the name lists. */
  private postField(key: string): boolean {
    if (this.lex.isWord(WORD.FIRST_NAME | WORD.SURNAME, key)) return false;
    return this.lex.isWord(WORD.COMMON | WORD.WORD_SHAPED, key) || (key.length > 4 && key.endsWith('s'));
  }

  private nameWord(key: string): boolean {
    return this.lex.isWord(WORD.FIRST_NAME | WORD.SURNAME, key) || this.unknownCap(key);
  }

  private surnameLike(key: string): boolean {
    if (this.lex.isWord(WORD.SURNAME, key)) return true;
    return key.length > 4 && this.unknownCap(key) && this.lex.surnameEndings.some((e) => key.endsWith(e));
  }

  /**
   * The key a hyphenated word of a name of several words is read by when the lists do not hold it whole: as the first
   * word, "Jean-Baptiste", "Marie-Laure" (given names only) by their first part; after it, "Brandt-Yılmaz",
   * "Llewellyn-Price" (two family names, or a listed family name and a word the lists do not know) by that listed
   * family name. Anything else, a place ("Castilla-La Mancha") or a word ("follow-up"), keeps its own key; so does a
   * hyphenated word alone ("Thomas-James" names firms as often as people).
   */
  private nameKey(key: string, first: boolean): string {
    if (!key.includes('-') || this.lex.wordInfo(key) !== 0) return key;
    const parts = key.split('-').map((p) => p.replace(/ı/g, 'i'));
    if (parts.length > 3 || parts.some((p) => p.length < 2)) return key;
    const lex = this.lex;
    // "Rodríguez-Vale", "Okafor-Hill": beside a listed family name, the other half of a double family name may be a word.
    const wordHalf =
      !first && parts.length === 2 && parts.some((p) => lex.isWord(WORD.SURNAME, p) && !lex.isWord(WORD.COMMON, p));
    const notName = (wordHalf ? 0 : WORD.COMMON) | WORD.PLACE | WORD.PLACE_FIRST | WORD.ORG_SUFFIX | WORD.PRODUCT;
    if (parts.some((p) => lex.isWord(notName, p))) return key;
    if (first) {
      const given = (p: string) => lex.isWord(GIVEN, p) && !lex.isWord(WORD.AMBIGUOUS_NAME, p);
      return parts.every(given) ? parts[0]! : key;
    }
    const family = parts.find((p) => lex.isWord(WORD.SURNAME, p));
    if (family === undefined || parts.length > 2 || parts.some((p) => p.length < 3)) return key;
    return parts.every((p) => lex.isWord(WORD.SURNAME | GIVEN, p) || this.unknownCap(p) || wordHalf) ? family : key;
  }

  /** How a list item's word counts: a known name, a word that may be one, or neither. */
  private listName(tokens: readonly Token[], index: number): NameKind | undefined {
    const lex = this.lex;
    const key = baseKey(tokens[index]!);
    if (allCapsShort(tokens, index) || lex.isWord(WORD.PLACE | WORD.PRODUCT, key)) return undefined;
    // "... and Abt Associates": a word before an organisation suffix names the firm.
    const next = tokens[index + 1];
    if (next !== undefined && next.kind === 'word' && next.cap && lex.isWord(WORD.ORG_SUFFIX, next.key))
      return undefined;
    if (lex.isWord(WORD.COMMON, key)) {
      // "Bowman and Hill", "Park and Mann": a family name that is also a word may be one more name of the list.
      const surname = lex.isWord(WORD.SURNAME, key) && plainlyCapitalised(tokens[index]!.text);
      return surname && !atSentenceStart(tokens, index) ? 'possible' : undefined;
    }
    if (lex.isWord(GIVEN, key)) return 'given';
    if (lex.isWord(WORD.SURNAME, key)) return 'known';
    return this.unknownCap(key) ? 'possible' : undefined;
  }

  /**
   * "Halldór shouted at ...", "Kowalczyk lives in ...", a dialogue line "Ingrid: ...": one known given name or surname
   * (not an ordinary word, a place or an acronym) followed by something only people do, or opening a line of speech.
   */
  private knownNameAlone(tokens: readonly Token[], index: number): boolean {
    const lex = this.lex;
    const key = baseKey(tokens[index]!);
    if (lex.isWord(WORD.AMBIGUOUS_NAME, key) || !isKnown(this.listName(tokens, index))) return false;
    // "Konrad's address": things belong to people.
    if (key !== tokens[index]!.key || lex.personVerbsAfter.matchAt(tokens, index + 1) !== undefined) return true;
    // "País: España" is a form field, not a speaker.
    if (lex.fields.matchAt(tokens, index) !== undefined) return false;
    if (
      tokens[index + 1]?.text !== ':' ||
      !opensLine(tokens, index) ||
      tokens[index + 2]?.lineStart ||
      !wordsOnLine(tokens, index + 2)
    )
      return false;
    // A family name alone (no given name) before a colon is a transcript's speaker only when it speaks again: once, it is a form's
    // label that a surname list also holds ("Riesgo: bajo", "Familia: esposa y 3 hijos", "Guardia: <name>").
    return lex.isWord(GIVEN, key) || speaksAgain(tokens, index);
  }

  /**
   * A word that may be a name when the context says so: unknown to the lists, or a known name even if it is also a
   * place ("Leon", "Victoria"); never an ordinary word, an organisation word or a mixed-capitals brand.
   */
  private possibleName(tokens: readonly Token[], index: number): boolean {
    const lex = this.lex;
    const t = tokens[index]!;
    const key = baseKey(t);
    if (allCapsShort(tokens, index) || tokens[index - 1]?.text === '@' || !plainlyCapitalised(t.text)) return false;
    if (lex.isWord(GIVEN, key)) return true;
    // An unlisted word in -ly is an adverb ("Honestly, can we ..."); names in -ly (Emily, Kelly) are listed.
    if (key.endsWith('ly')) return false;
    return (
      this.unknownCap(key) ||
      (lex.isWord(WORD.SURNAME, key) && !lex.isWord(WORD.COMMON, key) && !lex.isWord(WORD.PLACE, key))
    );
  }

  /** "Dzhambek shouted at the waiter": a word that may be a name, followed by something only people do. */
  private unknownBeforeStrongVerb(tokens: readonly Token[], index: number): boolean {
    if (this.lex.strongPersonVerbsAfter.matchAt(tokens, index + 1) === undefined) return false;
    return this.possibleName(tokens, index);
  }

  /**
   * "Noor, can you ...", "Noor Haddad's address", "Noor lent me her car", 'Noor: "..."' (see person-context.ts): the
   * words tokens[first..last] may all be names and the context around them fits only a person.
   */
  private nameByContext(tokens: readonly Token[], first: number, last: number): boolean {
    // One word: the word first, now that possibleName costs a few character reads and list bits (most single
    // capitalised words are ordinary ones); the answer is the same in either order.
    if (first === last && !this.possibleName(tokens, first)) return false;
    // The context is checked before the words of a longer run: a few token comparisons that almost every run fails.
    const fits =
      possessiveOfPerson(tokens, last) ||
      (first === last && speakerOfLine(tokens, first)) ||
      (first === last && authorOfWork(tokens, first)) ||
      (first === last && bornAfter(tokens, last)) ||
      (addressedAtStart(tokens, last) && atSentenceStart(tokens, first)) ||
      (first === last && addressedWithoutComma(tokens, last) && this.lex.isWord(GIVEN, baseKey(tokens[first]!))) ||
      (tokens[first - 1]?.text === ',' && addressedAtEnd(tokens, last)) ||
      pronounRefersBack(tokens, last) ||
      pronounInNextSentence(tokens, last) ||
      describedAsPerson(tokens, first, last, this.lex.personTraits);
    if (!fits) return false;
    for (let w = first; w <= last; w++) {
      // "Frank Nolan listed his ...": a given name that is also a word counts before a family name.
      const ambiguousGiven =
        w === first &&
        last > first &&
        this.lex.isWord(WORD.AMBIGUOUS_NAME, baseKey(tokens[w]!)) &&
        !allCapsShort(tokens, w);
      if (!ambiguousGiven && !this.possibleName(tokens, w)) return false;
    }
    return true;
  }

  /**
   * "Esat Jeknić" alone on a line (a signature, the head of an address block): two or three capitalised words that
   * start with a known given name.
   */
  private nameLine(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const lex = this.lex;
    const head = words[0]!;
    const last = words[words.length - 1]!;
    if (words.length < 2 || words.length > 3 || last - head + 1 !== words.length) return false;
    if (!opensLine(tokens, head) || (tokens[last + 1] !== undefined && !tokens[last + 1]!.lineStart)) return false;
    const k0 = keys[0]!;
    const given =
      (lex.isWord(WORD.FIRST_NAME, k0) && !lex.isWord(WORD.AMBIGUOUS_NAME, k0)) || lex.isWord(WORD.MORE_GIVEN, k0);
    return (
      given &&
      !allCapsShort(tokens, head) &&
      keys.slice(1).every((k) => this.unknownCap(k) || lex.isWord(WORD.SURNAME, k))
    );
  }

  /**
   * "Gyala Antall" on its own line above a street or phone line (see person-block.ts): two to four words that may all
   * be names, none an ordinary word (unless a listed given name) and the whole not a known place.
   */
  private contactBlockName(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const lex = this.lex;
    const head = words[0]!;
    const last = words[words.length - 1]!;
    // The layout first: it rules out almost every run at the cost of a few token reads.
    if (words.length < 2 || words.length > 4 || !headsContactBlock(tokens, head, last)) return false;
    for (let n = 0; n < words.length; n++) {
      const k = keys[n]!;
      const text = tokens[words[n]!]!.text;
      if (allCapsShort(tokens, words[n]!) || !plainlyCapitalised(text)) return false;
      const given = lex.isWord(GIVEN, k);
      if (!given && !this.unknownCap(k) && !(lex.isWord(WORD.SURNAME, k) && !lex.isWord(WORD.COMMON, k))) return false;
    }
    const place = lex.places.matchAt(tokens, head) ?? lex.towns.matchAt(tokens, head);
    return !place || head + place.length <= last;
  }

  /**
   * "Hülya Bouwmeester", "Penny Cavalcanti": a given name of the longer lists (or, away from a sentence start, one
   * that is also a word) followed by one unknown capitalised word. Family names are far too many to list, but
   * an unknown word right after a given name is rarely anything else; ordinary words, places and organisation
   * words never count ("Florence Street", "Jordan River", "Georgia Tech").
   */
  private givenThenUnknown(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const lex = this.lex;
    const head = words[0]!;
    if (words.length !== 2 || words[1]! !== head + 1 || allCapsShort(tokens, head)) return false;
    const k0 = keys[0]!;
    const second = tokens[words[1]!]!;
    if (second.text.length < 3 || !plainlyCapitalised(second.text) || !plainlyCapitalised(tokens[head]!.text))
      return false;
    if (!this.unknownCap(keys[1]!) || lex.isWord(WORD.TOWN_FIRST | WORD.FIRST_NAME, keys[1]!)) return false;
    if (lex.isWord(WORD.MORE_GIVEN, k0) && !lex.isWord(WORD.COMMON | WORD.PLACE, k0)) return true;
    return (
      lex.isWord(WORD.FIRST_NAME, k0) &&
      !lex.isWord(WORD.COMMON, k0) &&
      (!atSentenceStart(tokens, head) || headsEntryLine(tokens, head, words[1]!))
    );
  }

  /**
   * "said Mikkel to her", "but Sunniva just left": a given name of the longer lists, capitalised inside a sentence of
   * lower-case English prose. Words that are also ordinary words, family names, places, towns or known organisations
   * never count, nor do words in title-case stretches (headings, names of works), where capitals say nothing.
   */
  private rarerGivenInProse(tokens: readonly Token[], head: number, key: string): boolean {
    const lex = this.lex;
    const t = tokens[head]!;
    if (!this.english || t.text.length < 4 || !lex.isWord(WORD.MORE_GIVEN, key) || !plainlyCapitalised(t.text))
      return false;
    // Family names alone are as often eponyms ("Evans syndrome", "the Coleman technique") or firms.
    const notName = WORD.COMMON | WORD.SURNAME | WORD.PLACE_FIRST | WORD.TOWN_FIRST | WORD.KNOWN_ORG_FIRST;
    if (lex.isWord(notName, key)) return false;
    if (atSentenceStart(tokens, head) || tokens[head - 1]?.text === '@' || tokens[head - 1]?.text === '#') return false;
    // "the Fermi level", "this Meta post", "in Hernani", "Estrela 57": a determiner, a place preposition or a house
    // number makes it a word, a place or a street.
    if (DETERMINERS.has(tokens[head - 1]?.key ?? '') || tokens[head + 1]?.kind === 'number') return false;
    if (inCode(tokens, head)) return false;
    if (lex.placeCues.endsBefore(tokens, head, 3) !== undefined) return false;
    return lowerCaseWordNear(tokens, head, -1) && lowerCaseWordNear(tokens, head, 1);
  }

  /** A word of a name before its owner's e-mail address: a listed name that is no ordinary word, or in a full name any unknown word. */
  private ownAddressWord(key: string, runLength: number): boolean {
    const lex = this.lex;
    if (lex.isWord(WORD.COMMON | WORD.PLACE | WORD.PRODUCT | WORD.ORG_SUFFIX, key)) return false;
    return lex.isWord(GIVEN | WORD.SURNAME, key) || (runLength > 1 && this.unknownCap(key));
  }

  /**
   * '"name": "Grace Ó Briain"', '"Name":"Ana Ruiz"', '"customer_name": "..."': the quoted value of a JSON key "name"
   * that is two or three capitalised words, one of them a listed name and none an ordinary word or a firm's suffix
   * ('"name": "cookie"', '"name": "Premium Plan"' are not).
   */
  private quotedNameValue(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const head = words[0]!;
    const last = words[words.length - 1]!;
    if (words.length < 2 || words.length > 3 || tokens[head - 1]?.text !== '"' || tokens[last + 1]?.text !== '"')
      return false;
    if (tokens[head - 2]?.text !== ':' || tokens[head - 3]?.text !== '"' || tokens[head - 4]?.key !== 'name')
      return false;
    const lex = this.lex;
    if (keys.some((k) => lex.isWord(WORD.COMMON | WORD.ORG_SUFFIX | WORD.PRODUCT, k) && !lex.isWord(WORD.SURNAME, k)))
      return false;
    return keys.some((k) => lex.isWord(GIVEN | WORD.SURNAME, k));
  }

  /**
   * "agente: Lamentamos lo ocurrido", "Agent: Perfect, thanks": after a desk's role that labels a transcript's lines
   * (not a form's "Patient: Name, personnummer ..."), words that the lists hold as no common given or family name and
   * that go on with lower-case words are what the agent says ("Agente: Nayeli", "Agente: Ramírez atiende" stay names).
   */
  private speechAfterRole(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const head = words[0]!;
    if (tokens[head - 1]?.text !== ':' || !DESK_ROLES.has(tokens[head - 2]?.key ?? '')) return false;
    if (keys.some((k) => this.lex.isWord(WORD.FIRST_NAME | WORD.SURNAME, k))) return false;
    let next = words[words.length - 1]! + 1;
    if (tokens[next]?.text === ',') next++;
    const t = tokens[next];
    return t !== undefined && t.kind === 'word' && !t.cap && !t.lineStart;
  }

  /**
   * "Bill van der Laan", "Rose ter Horst": a listed given name, even one that is also a word, joined to a family name
   * (listed, or a word the lists do not know) by a Dutch or German particle, which only names carry.
   */
  private particledName(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const head = words[0]!;
    const last = words[words.length - 1]!;
    // "Femke Van der Linden": the particle capitalised, as Belgian and some Dutch family names write it, is a word of
    // the run; it counts only with a small particle after it ("der", "den", "de").
    const capitalOpener =
      words.length === 3 && words[1] === head + 1 && tokens[head + 1]!.text !== tokens[head + 1]!.key;
    if (capitalOpener && (last - head < 3 || !PARTICLES_AFTER.has(tokens[head + 2]!.text))) return false;
    if (words.length !== (capitalOpener ? 3 : 2) || last - head < 2) return false;
    if (!PARTICLE_OPENERS.has(capitalOpener ? tokens[head + 1]!.key : tokens[head + 1]!.text)) return false;
    for (let k = head + 2; k < last; k++) if (!PARTICLES_AFTER.has(tokens[k]!.text)) return false;
    const lex = this.lex;
    if (!lex.isWord(GIVEN, keys[0]!) || lex.isWord(WORD.COMMON | WORD.PLACE, keys[0]!)) return false;
    const family = keys[keys.length - 1]!;
    return (lex.isWord(WORD.SURNAME, family) || this.unknownCap(family)) && !lex.isWord(WORD.PLACE, family);
  }

  /**
   * "AGENT (Priya): ...", "[10:02:11] Operadora (Ainhoa Ruiz): ...": the person behind a role in a transcript's
   * speaker label, one to three words that may all be names (no ordinary word) in brackets between the role, which
   * opens the line (after a time stamp), and the colon.
   */
  private namedRoleSpeaker(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const head = words[0]!;
    const last = words[words.length - 1]!;
    if (words.length > 3 || last - head + 1 !== words.length) return false;
    if (tokens[head - 1]?.text !== '(' || tokens[last + 1]?.text !== ')' || tokens[last + 2]?.text !== ':')
      return false;
    const role = head - 2;
    const r = tokens[role];
    if (r?.kind !== 'word' || !(opensLine(tokens, role) || afterTimeStamp(tokens, role))) return false;
    // The role of a transcript's speaker: one the list knows, or a word in capitals ("AGENT", "CSR").
    if (!SPEAKER_ROLES.has(r.key) && (r.text.length < 2 || !isUpperCase(r.text))) return false;
    return keys.every(
      (k, n) => !this.lex.isWord(WORD.COMMON, k) && !allCapsShort(tokens, words[n]!) && this.nameWord(k),
    );
  }

  /**
   * "Agent Nomvula: Hi Sipho, ...", "Operadora Garazi: ...": a transcript's or a ticket's speaker label written as the
   * role and the person's name (one or two words that may be names, no ordinary word) before the colon, the role
   * opening its line (after a time stamp).
   */
  private roleThenSpeaker(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const head = words[0]!;
    const last = words[words.length - 1]!;
    if (words.length > 2 || last - head + 1 !== words.length || tokens[last + 1]?.text !== ':') return false;
    const r = tokens[head - 1];
    if (r?.kind !== 'word' || !r.cap || !STAFF_ROLES.has(r.key)) return false;
    if (!(opensLine(tokens, head - 1) || afterTimeStamp(tokens, head - 1))) return false;
    // "Soporte Rapi-Envios:": a brand's desk, with an ordinary word among its parts.
    const ordinary = (k: string) => k.split('-').some((part) => this.lex.isWord(WORD.COMMON | WORD.ORG_SUFFIX, part));
    return keys.every((k, n) => !ordinary(k) && !allCapsShort(tokens, words[n]!) && this.nameWord(k));
  }

  /**
   * "- Anil to update the runbook", "Ritesh owns the rota": an action item of minutes opens with its owner. A listed
   * given name that is nothing else (no ordinary word, place, town, product or firm) opening its line, then "to",
   * "will" or an owner's verb and a lower-case word.
   */
  private actionOwner(tokens: readonly Token[], head: number, key: string): boolean {
    const lex = this.lex;
    const verb = tokens[head + 1];
    const then = tokens[head + 2];
    if (verb === undefined || !OWNER_VERBS.has(verb.key) || then?.kind !== 'word' || then.cap || then.lineStart)
      return false;
    if (!opensLine(tokens, head) || !plainlyCapitalised(tokens[head]!.text)) return false;
    const notOnlyName =
      WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST | WORD.TOWN_FIRST | WORD.PRODUCT | WORD.KNOWN_ORG_FIRST;
    return lex.isWord(GIVEN, key) && !lex.isWord(notOnlyName, key);
  }

  /**
   * "llamad al timbre de Rosario.", "se lo di a Consuelo,": in Spanish prose a given name that is also a word, right
   * after a preposition and closing its clause, is capitalised only because it is a name. Never a place, a town, a
   * family name or a known organisation ("de Mercedes"), nor after a capitalised word ("Recurso de Amparo").
   */
  private givenAfterPrepositionAtClauseEnd(tokens: readonly Token[], head: number, key: string): boolean {
    const lex = this.lex;
    const t = tokens[head]!;
    if (this.english || t.text.length < 4 || !plainlyCapitalised(t.text)) return false;
    if (!lex.isWord(WORD.FIRST_NAME, key)) return false;
    const notName = WORD.COMMON | WORD.SURNAME | WORD.PLACE_FIRST | WORD.TOWN_FIRST | WORD.KNOWN_ORG_FIRST;
    if (lex.isWord(notName, key) || !SPANISH_PREPOSITIONS.has(tokens[head - 1]?.key ?? '')) return false;
    const before = tokens[head - 2];
    if (before === undefined || before.kind !== 'word' || before.cap || tokens[head - 1]!.lineStart) return false;
    const next = tokens[head + 1];
    return next === undefined || next.lineStart || CLAUSE_ENDS.has(next.text);
  }

  /**
   * "Rubija Liberšar", "Rościsław Dudek", "Zargan Vedzizhev": two or three capitalised words none of the lists
   * knows as anything but a name, one of them spelt with letters of Central European, Baltic, Nordic or Turkish
   * names (š, ł, ø, ğ, ...), which English and Spanish words never have; even at a sentence start. Known towns
   * ("Łódź", "Brașov") are places.
   */
  private foreignFullName(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const lex = this.lex;
    const head = words[0]!;
    const last = words[words.length - 1]!;
    if (words.length < 2 || words.length > 3 || last - head + 1 !== words.length) return false;
    if (!words.some((w) => NAME_LETTERS.test(tokens[w]!.text))) return false;
    // "in Łódź Kaliska", "from Brașov Centru": after a place preposition the words are more likely a place.
    if (lex.placeCues.endsBefore(tokens, head, 3) !== undefined && tokens[head - 1]?.key !== 'to') return false;
    for (let n = 0; n < words.length; n++) {
      const text = tokens[words[n]!]!.text;
      if (text.length < 3 || !plainlyCapitalised(text)) return false;
      if (!this.nameWord(keys[n]!) || lex.isWord(WORD.COMMON | WORD.PLACE_FIRST | WORD.PRODUCT, keys[n]!)) return false;
    }
    const town = lex.towns.matchAt(tokens, head);
    return !town || head + town.length <= last;
  }

  /**
   * "than early Gairbekov?", "by ex-Zombie Ekmečić": one capitalised word inside a sentence that the lists know as no
   * ordinary word, place, town or organisation, spelt with letters of Central European, Baltic or Nordic names or
   * ending like a family name of those languages. Not after a determiner or a place preposition, nor before a number.
   */
  private foreignFamilyName(tokens: readonly Token[], head: number, key: string): boolean {
    const t = tokens[head]!;
    if (t.text.length < 5 || t.text.length > 15 || !plainlyCapitalised(t.text) || atSentenceStart(tokens, head))
      return false;
    if (!NAME_LETTERS.test(t.text) && !FAMILY_NAME_ENDING.test(key)) return false;
    const lex = this.lex;
    if (!this.unknownCap(key) || lex.isWord(WORD.TOWN_FIRST | WORD.PRODUCT | WORD.KNOWN_ORG_FIRST, key)) return false;
    const prev = tokens[head - 1];
    // "Smith & Wesson": an ampersand joins brands.
    if (prev !== undefined && (DETERMINERS.has(prev.key) || '@#&'.includes(prev.text))) return false;
    // "v Podkrkonoší": after a word the lists do not know, the sentence is in another language.
    if (prev?.kind === 'word' && !prev.cap && !this.lex.isWord(WORD.COMMON, prev.key)) return false;
    // The sentence goes on in English or Spanish words or punctuation: not "Gosposka ulica", "Popović Dam", "Minkowski
    // Space", and no house number follows.
    const next = tokens[head + 1];
    if (next !== undefined && next.kind !== 'punct' && (next.cap || !lex.isWord(WORD.COMMON, next.key))) return false;
    if (inCode(tokens, head) || this.endsInWord(key)) return false;
    return lex.placeCues.endsBefore(tokens, head, 3) === undefined;
  }

  /** "Betterlesson", "Nucivic": a brand built on an ordinary word of five letters or more. */
  private endsInWord(key: string): boolean {
    for (let cut = 2; cut <= key.length - 5; cut++) if (this.lex.isWord(WORD.COMMON, key.slice(cut))) return true;
    return false;
  }

  /**
   * "Trump said", "I like Messi": a public figure people name by one word, capitalised and not an ordinary word, unless
   * a capitalised word follows ("Trump Tower", "Messi Cup") or it is written as code.
   */
  private publicFigure(tokens: readonly Token[], head: number, key: string): boolean {
    const t = tokens[head]!;
    if (!this.lex.isWord(WORD.PUBLIC_FIGURE, key) || this.lex.isWord(WORD.COMMON, key) || !plainlyCapitalised(t.text))
      return false;
    const next = tokens[head + 1];
    if (next !== undefined && next.kind === 'word' && next.cap && !next.lineStart) return false;
    return !inCode(tokens, head) && tokens[head - 1]?.text !== '#';
  }

  /**
   * "Billing address: Tintin Forsberg\n 2437 Main St": an address field whose first line is two or three name words
   * (one of them a listed name, none an ordinary word) and whose next line opens with a house number names the
   * recipient first.
   */
  private recipientLine(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const head = words[0]!;
    const last = words[words.length - 1]!;
    if (words.length < 2 || words.length > 3 || last - head + 1 !== words.length) return false;
    if (tokens[last + 1]?.lineStart !== true || tokens[last + 1]?.kind !== 'number') return false;
    const lex = this.lex;
    if (tokens[head - 1]?.text !== ':' || lex.addressCues.endsBefore(tokens, head - 1) === undefined) return false;
    const listed = GIVEN | WORD.SURNAME;
    return (
      keys.some((k) => lex.isWord(listed, k) && !lex.isWord(WORD.COMMON, k)) &&
      keys.every((k) => this.unknownCap(k) || (lex.isWord(listed, k) && !lex.isWord(WORD.COMMON, k)))
    );
  }

  private isInitial(tokens: readonly Token[], index: number): boolean {
    const t = tokens[index]!;
    return t.text.length === 1 && t.cap;
  }

  /**
   * "Padaria Boa Vista Ltda.", "Abbey Green Dental Practice", "Harlow Webb, Inc.": a run that ends in an
   * organisation suffix, or is followed by one after a comma, names a firm, however much its words look like a name.
   */
  private namesAFirm(tokens: readonly Token[], words: readonly number[]): boolean {
    const last = words[words.length - 1]!;
    // "Farmacia Lozano Ibáñez": a chemist's named after its owners.
    if (words.length > 1 && tokens[words[0]!]!.key === 'farmacia') return true;
    // "Hospital Universitario Puerta del Mar": a run opened by an institution's head word names the institution; so
    // does one cut off at its length limit right after it ("... Urología Hospital | Comarcal de Laredo").
    const opening = tokens[words[0]!]!;
    if (words.length > 1 && this.lex.isWord(WORD.ORG_HEAD_FIRST, opening.key)) return true;
    const head = tokens[words[0]! - 1];
    if (
      head?.kind === 'word' &&
      head.cap &&
      head.end < opening.start &&
      !opening.lineStart &&
      this.lex.isWord(WORD.ORG_HEAD_FIRST, head.key)
    )
      return true;
    // Up to four words: a longer run has run on from a name into the next line's entity ("... Gómez Servicio de
    // Urología Hospital").
    if (words.length > 1 && words.length <= 4 && this.lex.isWordAt(WORD.ORG_SUFFIX, tokens, last)) return true;
    // "Roldán & Asoc.", "PIKE & SONS": partners or heirs joined by an ampersand name the firm they founded.
    if (tokens[last + 1]?.text === '&' && PARTNERS_AFTER.has(tokens[last + 2]?.key ?? '')) return true;
    // "Harlow Webb, Inc.": the suffix after a comma (a tab or a line break starts another cell instead).
    if (tokens[last + 1]?.text !== ',') return false;
    const next = tokens[last + 2];
    return (
      next !== undefined &&
      next.kind === 'word' &&
      next.cap &&
      !next.lineStart &&
      !next.cellStart &&
      next.key.length > 1 &&
      this.lex.isWord(WORD.ORG_SUFFIX, next.key) &&
      !this.lex.isWord(WORD.COMMON, next.key)
    );
  }

  /**
   * "Carlos y Marta", "Jordi Puig i Núria Soler": "y"/"i" joins two double family names ("Ortega y Gasset") but also
   * two people; when a listed given name that is no family name follows it, the run is two runs.
   */
  private splitAtAnd(tokens: readonly Token[], runs: readonly CapRun[]): readonly CapRun[] {
    let out: CapRun[] | undefined;
    runs.forEach((run, r) => {
      const w = run.words;
      for (let n = 1; n < w.length; n++) {
        const joint = tokens[w[n]! - 1]!;
        if (w[n]! - w[n - 1]! !== 2 || (joint.text !== 'y' && joint.text !== 'i')) continue;
        const key = baseKey(tokens[w[n]!]!);
        if (!this.lex.isWord(WORD.FIRST_NAME, key) || this.lex.isWord(WORD.SURNAME | WORD.PLACE_FIRST, key)) continue;
        out ??= runs.slice(0, r);
        out.push({ words: w.slice(0, n) }, { words: w.slice(n) });
        return;
      }
      out?.push(run);
    });
    return out ?? runs;
  }

  /**
   * "Thandeka Mokoena & Rhys Llywelyn" alone on a line (a couple signing a letter): two full names joined by "&", "and"
   * or "y" that make up the whole line are two people once one of them is; the other needs words that may be names.
   * `decided` is updated.
   */
  private pairedSignature(tokens: readonly Token[], runs: number[][], decided: Array<PersonSpan | undefined>): void {
    for (let r = 0; r + 1 < runs.length; r++) {
      const a = runs[r]!;
      const b = runs[r + 1]!;
      if (a.length < 2 || b.length < 2 || a.length > 3 || b.length > 3) continue;
      const aLast = a[a.length - 1]!;
      const bLast = b[b.length - 1]!;
      const joint = tokens[aLast + 1];
      if (b[0] !== aLast + 2 || joint === undefined || !['&', 'and', 'y'].includes(joint.key)) continue;
      if (!opensLine(tokens, a[0]!) || (tokens[bLast + 1] !== undefined && !tokens[bLast + 1]!.lineStart)) continue;
      if (aLast - a[0]! + 1 !== a.length || bLast - b[0]! + 1 !== b.length) continue;
      if ((decided[r] === undefined) === (decided[r + 1] === undefined)) continue;
      const other = decided[r] === undefined ? a : b;
      if (!other.every((w) => this.possibleName(tokens, w))) continue;
      decided[decided[r] === undefined ? r : r + 1] = {
        first: other[0]!,
        last: other[other.length - 1]!,
        score: 0.7,
        type: 'FULL_NAME',
      };
    }
  }

  /** Words that are each a place and no given name, with "y", "and", "e" or "i" between two of them. */
  private placesJoined(tokens: readonly Token[], words: readonly number[]): boolean {
    const lex = this.lex;
    if (
      !words.every(
        (w) => lex.isWord(WORD.PLACE | WORD.TOWN_FIRST, tokens[w]!.key) && !lex.isWord(WORD.FIRST_NAME, tokens[w]!.key),
      )
    )
      return false;
    for (let i = words[0]! + 1; i < words[words.length - 1]!; i++) if (PLACE_JOINERS.has(tokens[i]!.key)) return true;
    return false;
  }

  /** "asia-north", "lagos-ibadan": a hyphenated word of places and compass words, one place no given name. */
  private placeCompound(key: string): boolean {
    if (!key.includes('-')) return false;
    const parts = key.split('-');
    return (
      parts.some((p) => this.lex.isWord(WORD.PLACE, p) && !this.lex.isWord(WORD.FIRST_NAME, p)) &&
      parts.every((p) => COMPASS_LAST.has(p) || this.lex.isWord(WORD.PLACE, p))
    );
  }

  /** Decide, for each capitalised run, whether it names a person from context and the name lists alone. */
  find(tokens: readonly Token[], capRuns: readonly CapRun[], lang: Language = 'en'): PersonResult {
    this.english = lang === 'en';
    const runs = this.splitAtAnd(tokens, capRuns);
    // Arrays built by push, not map: V8's optimised map returns a holey array where its builtin returns a packed
    // one, and the readers optimised on one kind are thrown out (deoptimised, recompiled) when the other arrives.
    const trimmed: number[][] = [];
    const decided: Array<PersonSpan | undefined> = [];
    for (let r = 0; r < runs.length; r++) {
      const words = trimTrailing(trimLeading(runs[r]!.words, tokens, this.lex), tokens, this.lex);
      trimmed.push(words);
      decided.push(
        words.length > 0 && !this.namesAFirm(tokens, runs[r]!.words) ? this.decide(tokens, words) : undefined,
      );
    }
    forgetNamedThings(tokens, trimmed, decided, this.lex);
    spreadOverLists(
      tokens,
      trimmed,
      decided,
      (index) => this.listName(tokens, index),
      (index) => {
        // "Hunt and Thomas": beside people, a listed family name that is also a word is one more person.
        const bits = this.lex.wordInfo(baseKey(tokens[index]!));
        if ((bits & WORD.PRODUCT) !== 0) return false;
        if ((bits & (GIVEN | WORD.AMBIGUOUS_NAME)) !== 0) return true;
        return (
          (bits & WORD.SURNAME) !== 0 && !atSentenceStart(tokens, index) && plainlyCapitalised(tokens[index]!.text)
        );
      },
      (index) => {
        // "Meeting rooms: Lovelace, Turing": a colon may stand between the cue and the list.
        const at = tokens[index - 1]?.text === ':' ? index - 1 : index;
        return (
          this.lex.thingBefore.endsBefore(tokens, at, 4) !== undefined || BOOKING_VERBS.has(tokens[at - 1]?.key ?? '')
        );
      },
    );
    spreadOverAttendees(tokens, trimmed, decided, (index) => this.possibleName(tokens, index));
    spreadOverSpeakers(
      tokens,
      trimmed,
      decided,
      (index) => this.possibleName(tokens, index) && !this.lex.fields.matchAt(tokens, index),
      (index) => this.lex.isWordAt(WORD.FIRST_NAME, tokens, index),
    );
    this.pairedSignature(tokens, trimmed, decided);
    const persons: PersonSpan[] = [];
    const undecided: CapRun[] = [];
    trimmed.forEach((words, r) => {
      const person = decided[r];
      if (person) persons.push(person);
      else if (words.some((w) => this.unknownCap(tokens[w]!.key) || this.lex.isWordAt(WORD.FIRST_NAME, tokens, w))) {
        undecided.push({ words });
      }
    });
    for (const h of findChatHeaders(tokens, this.lex)) {
      if (!persons.some((p) => p.first <= h.last && h.first <= p.last))
        persons.push(personSpan(h.first, h.last, 0.7, 'CHAT_AUTHOR'));
    }
    // 'Tomasz "Tomek" Wiśniewski': one person over the given name, the nickname and the family name.
    for (const n of findNicknamedNames(tokens, this.lex)) {
      for (let p = persons.length - 1; p >= 0; p--) {
        if (persons[p]!.first <= n.last && n.first <= persons[p]!.last) persons.splice(p, 1);
      }
      persons.push(n);
    }
    // 'le decían "el Flaco"', 'signed "Chipo"', "la señora del counter (Mili)", "Agent Orla": names a cue gives away.
    for (const s of findCuedNames(tokens, this.lex)) {
      // "?guest=Eilidh%20Macaskill": a query value read whole replaces the given name found inside it.
      if (s.type === 'QUERY_NAME')
        for (let p = persons.length - 1; p >= 0; p--)
          if (persons[p]!.first >= s.first && persons[p]!.last <= s.last) persons.splice(p, 1);
      if (!persons.some((p) => p.first <= s.last && s.first <= p.last)) persons.push(s);
    }
    // "0000028471SURNAME A J      DEC26": a name in capitals between the fields of a fixed-width record.
    for (const s of findFixedWidthNames(tokens, this.lex)) {
      for (let p = persons.length - 1; p >= 0; p--)
        if (persons[p]!.first <= s.last && s.first <= persons[p]!.last) persons.splice(p, 1);
      persons.push(s);
    }
    // "Tash (Natasha Okereke-Hall)", "Kit & Imogen Hartigan", "Initials: R.T.M.": names beside a person, or in a field.
    const possible = (index: number) => this.possibleName(tokens, index);
    persons.push(...bracketedNames(tokens, persons, this.lex, possible));
    persons.push(...coupledGivenNames(tokens, persons, this.lex, possible));
    persons.push(...childrenBesideAge(tokens, persons, this.lex, possible));
    for (const s of initialsInField(tokens))
      if (!persons.some((p) => p.first <= s.last && s.first <= p.last)) persons.push(s);
    for (const s of initialsBesideAge(tokens))
      if (!persons.some((p) => p.first <= s.last && s.first <= p.last)) persons.push(s);
    // "OKONJO, Ada Ifeoma" in a register: the family name first, a comma, the given names; one person.
    // "DE LA FUENTE ROJAS ANA LUCIA" alone in a payroll row's field: the same, in capitals (person-caps-rows.ts).
    for (const s of [
      ...surnameFirstNames(tokens, this.lex),
      ...capsFamilyFirstRows(tokens, this.lex),
      ...capsGivenFirstRows(tokens, this.lex),
    ]) {
      // The span takes in any name found over its parts, whole ("PÉREZ, Ana María Luisa" read as a full name).
      absorbOverlapping(persons, s, false);
      persons.push(s);
    }
    // "Liang Hao-Ran", "Park Ji-hoon", "Nguyen Van Thanh", "Name: 周志明": names of a closed family-name set and a
    // syllable inventory (person-east-asian.ts), one span over any part another reading found.
    for (const s of eastAsianNames(tokens, this.lex)) {
      absorbOverlapping(persons, s, true);
      persons.push(s);
    }
    // "Rhona Tanner ... rtanner@example.com": a full name an address of the text spells, over any part found alone.
    for (const s of namesSpelledByAddresses(tokens, runs, this.lex, (k) => this.unknownCap(k))) {
      let inside = false;
      for (let p = persons.length - 1; p >= 0 && !inside; p--) {
        const o = persons[p]!;
        if (o.first > s.last || s.first > o.last) continue;
        if (o.first <= s.first && o.last >= s.last) inside = true;
        else {
          // One span over both, keeping a title the other finding took in ("Dr Efua Boakye").
          s.first = Math.min(s.first, o.first);
          s.score = Math.max(s.score, o.score);
          s.last = Math.max(s.last, o.last);
          persons.splice(p, 1);
        }
      }
      if (!inside) persons.push(s);
    }
    persons.push(...repeatedNameParts(tokens, persons, this.lex));
    // Given and family name of each full name found, for user names built from them ("sigrunhaug").
    const pairs = persons.flatMap((p) => {
      const given = tokens[p.first]!;
      if (p.last === p.first || given.kind !== 'word') return [];
      const out: Array<{ given: string; family: string }> = [];
      for (let w = p.first + 1; w <= p.last; w++)
        if (tokens[w]!.kind === 'word')
          out.push({ given: foldKey(baseKey(given)), family: foldKey(baseKey(tokens[w]!)) });
      return out;
    });
    // "chioma.eze@..." gives a pair too, and its given name said alone is that person.
    const addressPairs = addressNamePairs(tokens, this.lex);
    pairs.push(...addressPairs);
    for (const g of givenNamesOfAddresses(tokens, addressPairs, this.lex))
      if (!persons.some((p) => p.first <= g.last && g.first <= p.last)) persons.push(g);
    let handles = 0;
    for (const h of findNameHandles(tokens, this.lex, pairs))
      if (!persons.some((p) => p.first <= h.last && h.first <= p.last)) {
        persons.push(personSpan(h.first, h.last, 0.7, 'NAME_HANDLE'));
        handles++;
      }
    // "account isalcedo" beside "Irene Salcedo": a bare login built from a person named in full (person-login-words.ts).
    for (const h of loginsOfNamedPeople(tokens, pairs, this.lex))
      if (!persons.some((p) => p.first <= h.last && h.first <= p.last)) {
        persons.push(h);
        handles++;
      }
    // "ines@ines-laptop", a SAML givenName attribute's value: names in machine output (person-machine.ts).
    for (const m of findMachineNames(tokens, this.lex))
      if (!persons.some((p) => p.first <= m.last && m.first <= p.last)) persons.push(m);
    // A user name found once marks its other occurrences (a kubeconfig's users and contexts, an IAM user's ARN).
    for (const r of repeatedUserNames(
      tokens,
      persons.filter((p) => p.type === 'NAME_HANDLE' || p.type === 'LOGIN'),
    ))
      if (!persons.some((p) => p.first <= r.last && r.first <= p.last)) {
        persons.push(r);
        handles++;
      }
    // '"user_name": "pepe.larrea" ... lo cierra pepe': the given name of a user name, said alone.
    if (handles > 0) persons.push(...repeatedNameParts(tokens, persons, this.lex));
    const personKeys = new Set<string>();
    for (const p of persons) for (let w = p.first; w <= p.last; w++) personKeys.add(baseKey(tokens[w]!));
    for (const s of findSpelledNames(tokens, this.lex, personKeys)) {
      if (!persons.some((p) => p.first <= s.last && s.first <= p.last))
        persons.push(personSpan(s.first, s.last, 0.75, 'SPELLED'));
    }
    return { persons: persons.filter((p) => !onPlaceholderLine(tokens, p.first, p.last)), undecided };
  }

  /**
   * "Edison Fabricio Toapanta Chicaiza", "Wilson Octavio Quishpe": Andean and Caribbean first given names taken from
   * English family names (Wilson, Edison, Jefferson, Nelson) before a second given name that is nothing else, then one
   * or two family names (listed, or words the lists do not know). Three or four plainly capitalised words in a row.
   */
  private englishFamilyAsGiven(tokens: readonly Token[], words: number[], keys: string[]): boolean {
    const lex = this.lex;
    if (words.length < 3 || words.length > 4 || words[words.length - 1]! - words[0]! + 1 !== words.length) return false;
    // The first a family name that the lists also hold as a given name ("Familia Qian Jung" in a tweet opens on a
    // word no list gives anyone as a given name).
    const first = keys[0]!;
    const notGiven = WORD.COMMON | WORD.SPANISH | WORD.PLACE_FIRST | WORD.PRODUCT;
    if (!lex.isWord(WORD.SURNAME, first) || !lex.isWord(GIVEN, first) || lex.isWord(notGiven, first)) return false;
    if (!givenOnly(lex, keys[1]!) || lex.isWord(WORD.SURNAME, keys[1]!)) return false;
    // "the Jackson Anna Stadium": after an article the words name a place or a thing.
    if (ARTICLES_BEFORE_THING.has(tokens[words[0]! - 1]?.key ?? '')) return false;
    return (
      keys.slice(2).every((k) => this.surnameLike(k) || (this.unknownCap(k) && !lex.isWord(WORD.PLACE, k))) &&
      words.every((w) => plainlyCapitalised(tokens[w]!.text))
    );
  }

  /**
   * Whether a person read from the run is one. Two tests that only ever reject a run, and cost more than most, are
   * asked last and only of the runs read as a person (most runs are none): words of a multi-word place here, and a
   * product's name in decideRun; asked before or after the rest, they give the same answers.
   */
  private decide(tokens: readonly Token[], words: number[]): PersonSpan | undefined {
    const person = this.decideRun(tokens, words);
    if (person === undefined || this.inMultiWordPlace(tokens, words[0]!)) return undefined;
    // A heading in capitals capitalises every word: only a given name and a family name make a name there.
    if (inShoutedHeading(tokens, person.first, person.last) && !this.headingName(tokens, person)) return undefined;
    return person;
  }

  /**
   * Whether a span in a heading in capitals reads as a name all the same: a listed given name that is no ordinary word
   * and another word that is a listed name, a family name's shape or an initial ("ELENA DEL CARMEN VIDAL"); after a
   * title, one listed name that is no ordinary word ("CARE PLAN FOR MRS PATEL AT HOME"). "PUFFER WITH A SPACER" and
   * "PACIENTE HOSPITALIZADO ADULTO" hold neither.
   */
  private headingName(tokens: readonly Token[], s: PersonSpan): boolean {
    const lex = this.lex;
    let given = false;
    let listed = 0;
    let other = false;
    for (let k = s.first; k <= s.last; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      const key = baseKey(t);
      if (lex.isWord(WORD.COMMON, key)) continue;
      if (lex.isWord(GIVEN | WORD.SURNAME, key)) {
        listed++;
        if (!given && lex.isWord(GIVEN, key)) given = true;
        else other = true;
      } else if ((t.text.length === 1 && tokens[k + 1]?.text === '.') || this.surnameLike(key)) other = true;
    }
    return s.type === 'HONORIFIC' ? listed > 0 : given && other;
  }

  /** Words of a multi-word place ("Los Angeles", "Santa Cruz") are the place, not a given name. */
  private inMultiWordPlace(tokens: readonly Token[], head: number): boolean {
    for (let k = Math.max(0, head - 2); k <= head; k++) {
      if (tokens[k]!.kind !== 'word') continue;
      const place = this.lex.places.matchAt(tokens, k);
      if (place && place.length > 1 && k + place.length > head) return true;
    }
    return false;
  }

  private decideRun(tokens: readonly Token[], words: number[]): PersonSpan | undefined {
    const lex = this.lex;
    const head = words[0]!;
    const after = words[words.length - 1]! + 1;
    // "Don ' t" (split contractions) and "@ Harry _ Styles" (user handles) are not names written as names.
    if (tokens[after]?.text === "'" && tokens[after + 1]?.key === 't') return undefined;
    if (tokens[head - 1]?.text === '@') return undefined;
    // "...0032Z HEAD is now at": a letter glued to a number ends a time stamp or a code, not a name.
    const prev = tokens[head - 1];
    if (prev?.kind === 'number' && prev.end === tokens[head]!.start) return undefined;
    // "Preferred name: ____ (e.g. Jane)": a name given as an example of what to write is a placeholder; so is the
    // rest of the example when a cue word opens it ("(ej.: Nombre Apellido)").
    let opening = head;
    while (
      opening > 0 &&
      tokens[opening - 1]!.kind === 'word' &&
      tokens[opening - 1]!.cap &&
      !tokens[opening]!.lineStart
    )
      opening--;
    if (exampleBefore(tokens, head) || (opening < head && exampleBefore(tokens, opening))) return undefined;
    // "her GP at Moortown Grange", "the dentist in Oakwood": after a practice or a service and "at"/"in", capitalised
    // words name where it is (a district, a site), not a person.
    if (PROVIDER_AT.has(tokens[head - 1]?.key ?? '') && SERVICE_BEFORE_AT.has(tokens[head - 2]?.key ?? ''))
      if (!lex.honorifics.has(tokens[head]!.key)) return undefined;
    // "Hi Payroll team", "Willow class", "Room Ash ward": a word before "team", "class" or "ward" names a group.
    const groupNoun = tokens[lastWordOf(words) + 1];
    if (words.length === 1 && groupNoun?.kind === 'word' && !groupNoun.cap && GROUP_NOUNS.has(groupNoun.key))
      return undefined;
    // "the Asia-North Europe loop": a hyphenated word with a place for a part joins places, not names.
    if (words.some((w) => this.placeCompound(tokens[w]!.key))) return undefined;
    // "premiados en Madrid, Sevilla y Lugo": places joined by "y"/"and" are a list of places, when every word is a
    // place and none a given name ("Ortega y Gasset" and "Rosa y Lugo" stay names).
    if (words.length >= 2 && this.placesJoined(tokens, words)) return undefined;
    if (words.some((w) => NO_ONE_VALUES.has(tokens[w]!.key))) return undefined;
    // Spaced-out letters ("S A I L O R") are not a name.
    if (words.length > 1 && words.every((w) => tokens[w]!.text.length === 1)) return undefined;
    // "a Kubrick-style long take", "Almodóvar-esque": a name turned into an adjective of style.
    const tail = tokens[words[words.length - 1]!]!;
    if (tail.text.includes('-') && STYLE_SUFFIX.test(tail.text)) return undefined;
    // "Spotify LATAM", "Acme EMEA": a firm's market region in capitals, no family name.
    if (words.length === 2 && REGION_CODES.has(tail.text)) return undefined;
    // '"Beatriz" (cortometraje)', '"Mary Lou" (feature, 2023)': words of a work's quoted title.
    if (workTitle(tokens, head, words[words.length - 1]!)) return undefined;
    // "by 20 January", "el 3 de Abril": a month after a day's number is a date.
    if (words.length === 1 && MONTHS.has(tail.key) && dayBefore(tokens, head)) return undefined;
    // Pushed, not mapped: a packed array whether or not this function runs optimised (see find).
    const keys: string[] = [];
    for (let n = 0; n < words.length; n++) {
      const key = baseKey(tokens[words[n]!]!);
      keys.push(words.length > 1 ? this.nameKey(key, n === 0) : key);
    }
    const lastWord = words[words.length - 1]!;
    const hasNameWord = keys.some((k) => this.nameWord(k));

    if (hasNameWord && nameKeyBefore(tokens, head)) return personSpan(head, lastWord, 0.85, 'NAME_FIELD');
    if (this.namedRoleSpeaker(tokens, words, keys) || this.roleThenSpeaker(tokens, words, keys))
      return personSpan(head, lastWord, 0.8, 'SPEAKER');
    if (ownAddressAfter(tokens, words, keys, (k) => this.ownAddressWord(k, words.length)))
      return personSpan(head, lastWord, 0.8, 'NAME_EMAIL');
    const field = fieldBefore(tokens, head, lex);
    if ((field === 'LOCATION' || field === undefined) && this.recipientLine(tokens, words, keys))
      return personSpan(head, lastWord, 0.8, 'NAME_FIELD');
    // "Reviewed by: A. Kilbride": an initial and a word after a person's field are a name even when the lists read
    // the word as a place.
    const initialled = words.length === 2 && this.isInitial(tokens, head) && tokens[head + 1]?.text === '.';
    if (field === 'PERSON' && this.speechAfterRole(tokens, words, keys)) return undefined;
    if (field === undefined && this.quotedNameValue(tokens, words, keys))
      return personSpan(head, lastWord, 0.85, 'NAME_FIELD');
    // "EMPLOYER: Tan Mei Lin, NRIC ...": a name before a person's identity document, even in a firm's field (an
    // employer, a landlord may be a person).
    if (field === 'ORGANIZATION' && words.length > 1 && hasNameWord && identityDocumentAfter(tokens, lastWord, lex))
      return personSpan(head, lastWord, 0.85, 'ID_AFTER');
    if (field !== undefined)
      return field === 'PERSON' && (hasNameWord || initialled)
        ? personSpan(head, lastWord, 0.9, 'NAME_FIELD')
        : undefined;
    if (JUDGE_TITLES.has(keys[0]!) && words.length > 1 && COURT_WORDS.has(keys[1]!)) return undefined;
    // "Dr. Kellner puddings on shelf 3": a title and a name before goods in the plural is a brand.
    if (hasNameWord && honorificBefore(tokens, head, lex) && !goodsAfter(tokens, lastWord, true)) {
      // A short title ("Mr.", "Dra.") is masked with the name; a word such as "paciente" is not part of it.
      const title = tokens[head - 1]?.text === '.' ? head - 2 : head - 1;
      // Not a kin word used as a title ("Wife Rhiannon", "Aunty Bisi"): the relation stays readable.
      const short = (tokens[title]?.text.length ?? 9) <= 4 && !KIN_WORDS.has(tokens[title]?.key ?? '');
      // "Juez Civil Municipal de X", "Judge of the Family Court": a court's office, not a judge's name.
      if (JUDGE_TITLES.has(tokens[title]?.key ?? '') && COURT_WORDS.has(keys[0]!)) return undefined;
      // "Lead Nurse Falls Prevention", "Senior Nurse Tissue Viability": after a post, a word no name list holds that
      // reads as vocabulary (a common word, a derived shape, a plural) is its field, not a name.
      if (POST_GRADES.has(tokens[title - 1]?.key ?? '') && keys.some((k) => this.postField(k))) return undefined;
      return personSpan(short ? title : head, lastWord, 0.9, 'HONORIFIC');
    }
    if (titleOfPlaceBefore(tokens, head, lex) || streetWordBefore(tokens, head)) return undefined;
    if (airportAfterFlightWord(tokens, head)) return undefined;
    // "Remedios Albarracín (DNI ...)": a name of two or more words before an identity document; one word at least is
    // no ordinary word ("2º de Infantil A, nacida el ..." names a class).
    const named = keys.some((k) => k.length > 2 && this.nameWord(k));
    if (words.length > 1 && named && identityDocumentAfter(tokens, lastWord, lex))
      return personSpan(head, lastWord, 0.85, 'ID_AFTER');
    // "Jr. Ramón Castilla", "Calle Julio Prado": the street word may open the run itself.
    if (words.length > 1 && STREET_BEFORE.has(tokens[head]!.key)) return undefined;
    // "ask Alexa", "the Gemini API", "Jordan 4": assistants and products, which people talk to and about.
    const person = this.decideBeyondThings(tokens, words, keys, hasNameWord);
    return person !== undefined && !namesAThing(tokens, head, lastWord, lex) ? person : undefined;
  }

  /** The rest of decideRun, past the product names (asked after it: see decide). */
  private decideBeyondThings(
    tokens: readonly Token[],
    words: number[],
    keys: string[],
    hasNameWord: boolean,
  ): PersonSpan | undefined {
    const lex = this.lex;
    const head = words[0]!;
    const lastWord = words[words.length - 1]!;
    const after = lastWord + 1;
    // "the signed NDA", "thanks, IT": a short word in capitals alone that is no listed given name is an acronym,
    // whatever stands before it.
    const acronym = words.length === 1 && allCapsShort(tokens, head) && !lex.isWord(WORD.FIRST_NAME, keys[0]!);
    // "Last name   Spouse's SSN": a wide gap after a cue word parts two labels of a printed form's header line.
    const gapAfterWord = tokens[head - 1]?.kind === 'word' && tokens[head]!.start - tokens[head - 1]!.end >= 2;
    // The cue is looked for only where it could count: most runs hold no name word.
    if (
      hasNameWord &&
      !acronym &&
      !gapAfterWord &&
      (personCueBefore(tokens, head, lex) || nameStatedBefore(tokens, head))
    ) {
      // "labs named Turing, Hopper": the cue names a thing.
      return lex.thingBefore.endsBefore(tokens, head, 4) === undefined
        ? personSpan(head, lastWord, 0.8, 'CUE')
        : undefined;
    }
    if (!acronym && words.length <= 3 && signedName(tokens, head, lastWord, lex))
      return personSpan(head, lastWord, 0.75, 'SIGN_OFF');
    if (hasNameWord && !acronym && speakerAfterQuote(tokens, head)) return personSpan(head, lastWord, 0.75, 'CUE');

    const k0 = keys[0]!;
    const clearFirst = lex.isWord(WORD.FIRST_NAME, k0) && !lex.isWord(WORD.AMBIGUOUS_NAME, k0);
    const lastKey = keys[keys.length - 1]!;
    // "Tom West" is a person; "Kaffeehaus Nord", "Dayton OH DC" are a firm's branch and a depot.
    // "Dorchester Park", "Halifax Gardens": a park named after a town is a park ("Jin Park" stays a person).
    // "Preston Park", "Hyde Park": so is one named after a family name (even one that is also a given name).
    // (Asked only of a park's two words: the lists are not read for the other runs.)
    // "ran off towards Alexandra Park", "we met in Victoria Park": after a preposition of place, any of them is a park.
    const grounds =
      keys.length === 2 &&
      GROUNDS_LAST.has(lastKey) &&
      (lex.isWord(WORD.PLACE | WORD.TOWN_FIRST | WORD.SURNAME, k0) ||
        (!clearFirst && this.unknownCap(k0) && !lex.isWord(WORD.MORE_GIVEN, k0)) ||
        (PLACE_PREPOSITIONS.has(tokens[head - 1]?.key ?? '') && tokens[lastWord]!.key === lastKey));
    if (
      keys.length > 1 &&
      (SITE_LAST.has(lastKey) ||
        (COMPASS_LAST.has(lastKey) && !clearFirst) ||
        grounds ||
        (VENUE_LAST.has(lastKey) && (lastKey !== 'plaza' || !clearFirst)))
    )
      return undefined;
    if (keys.length === 1) {
      // Two-letter given names ("Ed", "Al") are too often abbreviations or words on their own. (Asked before the
      // animal: both only reject, and this one costs less.)
      if (tokens[head]!.text.length < 3 || allCapsShort(tokens, head)) return undefined;
      if (animalAfter(tokens, lastWord)) return undefined;
      // "His mum, Sofia, asked", "su madre, Lucía, llamó": a given name set off by commas after a kin word, even one
      // that is also a town.
      if (
        tokens[head - 1]?.text === ',' &&
        KIN_WORDS.has(tokens[head - 2]?.key ?? '') &&
        lex.isWord(GIVEN, k0) &&
        plainlyCapitalised(tokens[head]!.text)
      )
        return personSpan(head, lastWord, 0.75, 'GIVEN_NAME');
      // "a little Margarita Madness": a given name before a capitalised everyday word is part of a title or a brand.
      const next = tokens[head + 1];
      const titleWordAfter =
        next !== undefined &&
        next.kind === 'word' &&
        next.cap &&
        !next.lineStart &&
        /^[A-Za-z'’-]+$/.test(next.text) &&
        lex.wordInfo(next.key) & WORD.COMMON &&
        !lex.isWord(WORD.SURNAME, next.key);
      if (clearFirst && !titleWordAfter)
        return personSpan(head, lastWord, atSentenceStart(tokens, head) ? 0.55 : 0.65, 'GIVEN_NAME');
      if (this.publicFigure(tokens, head, k0)) return personSpan(head, lastWord, 0.65, 'PUBLIC_FIGURE');
      if (this.rarerGivenInProse(tokens, head, k0)) return personSpan(head, lastWord, 0.6, 'GIVEN_NAME');
      if (this.givenAfterPrepositionAtClauseEnd(tokens, head, k0)) return personSpan(head, lastWord, 0.6, 'GIVEN_NAME');
      if (this.actionOwner(tokens, head, k0)) return personSpan(head, lastWord, 0.65, 'GIVEN_NAME');
      if (this.foreignFamilyName(tokens, head, k0)) return personSpan(head, lastWord, 0.6, 'FAMILY_NAME');
      const alone = this.knownNameAlone(tokens, head) || this.unknownBeforeStrongVerb(tokens, head);
      if (alone) return personSpan(head, lastWord, 0.7, 'NAME_BEFORE_VERB');
      return this.nameByContext(tokens, head, head) ? personSpan(head, lastWord, 0.65, 'NAME_IN_CONTEXT') : undefined;
    }
    const rest = keys.slice(1);
    const second = rest[0]!;
    // "Dad (Gurdeep Sandhu) not reachable", "su madre (Nerea Olaizola)": a relative's name in brackets after the kin word.
    const kinBracket =
      words.length <= 3 &&
      tokens[head - 1]?.text === '(' &&
      tokens[lastWord + 1]?.text === ')' &&
      KIN_WORDS.has(tokens[head - 2]?.key ?? '');
    if (kinBracket && keys.every((k) => this.nameWord(k) && !lex.isWord(WORD.COMMON | WORD.PLACE, k)))
      return personSpan(head, lastWord, 0.75, 'FULL_NAME');
    // "Dennis K.", "Kevin M. says": a given name and the initial of the family name, with its dot, as support desks and
    // chat tools shorten people.
    const initialAfter =
      words.length === 2 &&
      words[1] === head + 1 &&
      this.isInitial(tokens, words[1]!) &&
      tokens[head + 2]?.text === '.' &&
      tokens[head + 2]!.start === tokens[head + 1]!.end;
    // "– Rosi T.: aseo" heads a log entry: there a given name that is also a word counts too.
    const author = tokens[head + 3]?.text === ':';
    // "Comentario de Quique B. (backend)", "Note from Tash W. (ops)": a short name and an initial before the writer's
    // team in brackets; the short name may be no listed given name (a nickname), if it is no ordinary word or place.
    const team =
      tokens[head + 3]?.text === '(' &&
      tokens[head + 4]?.kind === 'word' &&
      !tokens[head + 4]!.cap &&
      !lex.isWord(WORD.COMMON | WORD.PLACE_FIRST | WORD.PRODUCT | WORD.ORG_SUFFIX, k0) &&
      (this.unknownCap(k0) || lex.isWord(GIVEN | WORD.SURNAME, k0));
    if (
      initialAfter &&
      (givenOnly(lex, k0) || (author && secondGiven(lex, k0)) || team) &&
      plainlyCapitalised(tokens[head]!.text)
    )
      return personSpan(head, lastWord, 0.75, 'GIVEN_INITIAL');
    if (clearFirst && (lex.isWord(WORD.SURNAME | WORD.FIRST_NAME, second) || this.unknownCap(second))) {
      return personSpan(head, lastWord, 0.85, 'FULL_NAME');
    }
    if (this.particledName(tokens, words, keys)) return personSpan(head, lastWord, 0.8, 'FULL_NAME');
    // "Weronika Martinsen": a rarer given name counts next to a known family name.
    // "Imogen Boateng-Hughes": so does a double-barrelled family name with a listed family name for a half.
    if (lex.isWord(WORD.MORE_GIVEN, k0) && familyLike(lex, second) && !allCapsShort(tokens, head)) {
      return personSpan(head, lastWord, 0.75, 'FULL_NAME');
    }
    // "Rashida Ibrahim", "Idris Osman": a rarer given name before a given name that many carry as a family name.
    // Inside a sentence only: a table cell or a line opens with a product's name as often ("Silla Lola (pack de 2)").
    const inSentence = !tokens[head]!.cellStart && !opensLine(tokens, head);
    if (
      words.length === 2 &&
      inSentence &&
      moreGivenThenGiven(lex, k0, second) &&
      plainlyCapitalised(tokens[lastWord]!.text)
    ) {
      return personSpan(head, lastWord, 0.7, 'FULL_NAME');
    }
    if (this.givenThenUnknown(tokens, words, keys)) return personSpan(head, lastWord, 0.7, 'FULL_NAME');
    if (this.nameLine(tokens, words, keys)) return personSpan(head, lastWord, 0.75, 'NAME_LINE');
    if (this.contactBlockName(tokens, words, keys)) return personSpan(head, lastWord, 0.7, 'NAME_LINE');
    const last = keys[keys.length - 1]!;
    // "Faina D. Yefremova", "Szabina J Gelencsér": given name, initial, family name.
    if (
      words.length >= 3 &&
      words.slice(1, -1).some((w) => this.isInitial(tokens, w)) &&
      this.nameWord(k0) &&
      this.nameWord(last)
    ) {
      return personSpan(head, lastWord, 0.8, 'FULL_NAME');
    }
    // A given name that is also a word ("Ping Jordan if CI fails") opening a sentence is more likely the word, unless
    // only family names that are nothing else follow ("Rosario Echegaray").
    // "Ana Lucía Restrepo", "Rosa María Gil Pardo": a second given name may come between, if a family name follows.
    const onlyFamilyNames =
      rest.every((k) => familyOnly(lex, k)) ||
      (rest.length >= 2 && secondGiven(lex, rest[0]!) && rest.slice(1).every((k) => familyOnly(lex, k)));
    const wordFirst = lex.isWord(WORD.AMBIGUOUS_NAME, k0) && atSentenceStart(tokens, head) && !onlyFamilyNames;
    if (lex.isWord(WORD.FIRST_NAME, k0) && !wordFirst && rest.some((k) => lex.isWord(WORD.SURNAME, k)))
      return personSpan(head, lastWord, 0.75, 'FULL_NAME');
    // "Joy Okoye worked with us", "Hope Okonkwo-Reyes": a given name that is also a word, before family names that
    // are nothing else (no word, place or given name), wherever it stands.
    if (lex.isWord(WORD.AMBIGUOUS_NAME, k0) && rest.length <= 2 && rest.every((k) => familyOnly(lex, k)))
      if (plainlyCapitalised(tokens[head]!.text)) return personSpan(head, lastWord, 0.75, 'FULL_NAME');
    // "Nombre Apellido1 Apellido2", "Tilly Nicholson", "Weronika Martinsen": unknown given name, known-looking surname.
    // "Tomomi Nishiyama lives at ...": unknown capitalised words followed by something only people do.
    const nameOnly = keys.every((k) => this.unknownCap(k) || lex.isWord(WORD.FIRST_NAME | WORD.SURNAME, k));
    if (nameOnly && words.length <= 4 && lex.personVerbsAfter.matchAt(tokens, after) !== undefined) {
      return personSpan(head, lastWord, 0.7, 'NAME_BEFORE_VERB');
    }
    if (words.length <= 3 && lastWord - head + 1 === words.length && this.nameByContext(tokens, head, lastWord)) {
      return personSpan(head, lastWord, 0.7, 'NAME_IN_CONTEXT');
    }
    if (this.foreignFullName(tokens, words, keys)) return personSpan(head, lastWord, 0.7, 'FULL_NAME');
    // "Farkas Zsófia – born ...": Hungarian and East Asian order, and a register's, family name first. A family name
    // that is nothing else before a core given name that is nothing else, opening a line or a cell (mid-sentence the
    // readings above already take the pair; at a line's start they leave it as a sentence's opening word).
    if (
      words.length === 2 &&
      (tokens[head]!.lineStart || tokens[head]!.cellStart) &&
      lastWord === head + 1 &&
      familyOnly(lex, k0) &&
      lex.isWord(WORD.FIRST_NAME, last) &&
      !lex.isWord(WORD.SURNAME | WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST | WORD.PRODUCT, last) &&
      plainlyCapitalised(tokens[head]!.text) &&
      plainlyCapitalised(tokens[lastWord]!.text)
    )
      return personSpan(head, lastWord, 0.7, 'FAMILY_FIRST');
    // At the start of a sentence an unknown capitalised word is as likely a verb ("Ping Jordan if CI fails"),
    // unless a second known surname follows ("Xiomara Cabrera Ledesma").
    const opensSentence = atSentenceStart(tokens, head) && rest.filter((k) => lex.isWord(WORD.SURNAME, k)).length < 2;
    if (
      !opensSentence &&
      this.unknownCap(k0) &&
      !lex.isWord(WORD.SURNAME, k0) &&
      rest.every((k) => this.surnameLike(k) || lex.isWord(WORD.FIRST_NAME, k))
    ) {
      if (rest.some((k) => this.surnameLike(k))) return personSpan(head, lastWord, 0.7, 'FULL_NAME');
    }
    if (this.englishFamilyAsGiven(tokens, words, keys)) return personSpan(head, lastWord, 0.7, 'FULL_NAME');
    return undefined;
  }
}

// Module-level helpers of decide(), which runs once per capitalised run: closures made on each call cost more there.

// Species and breeds a vet's invoice, a kennel booking or a pet insurance claim writes after an animal's name.
const ANIMAL_WORDS = new Set(
  (
    'dog puppy cat kitten rabbit hamster ferret parrot budgie tortoise horse pony mare gelding stallion canine feline ' +
    'collie labrador retriever spaniel terrier poodle dachshund beagle bulldog husky pug chihuahua greyhound whippet ' +
    'lurcher schnauzer cockapoo labradoodle cavapoo rottweiler doberman dalmatian sheepdog springer yorkie westie ' +
    'dsh dlh moggy tabby perro perra gato gata cachorro cachorra mestizo mestiza caniche conejo yegua'
  ).split(' '),
);
const ANIMAL_TRADES = new Set(
  'walker walking groomer grooming sitter sitting trainer training owner handler breeder lover paseador paseadora'.split(
    ' ',
  ),
);
const PET_GAP = new Set(['"', '”', '“', "'", '’', ',', '-', '–', '—', '(', ':', '/']);

/** 'Patient: "Bramble", Border Collie', 'Toby (cocker spaniel)': a species or a breed within three words after. */
function animalAfter(tokens: readonly Token[], last: number): boolean {
  let words = 0;
  for (let j = last + 1; j < tokens.length && j <= last + 6; j++) {
    const t = tokens[j]!;
    if (t.lineStart) return false;
    if (t.kind !== 'word') {
      if (PET_GAP.has(t.text)) continue;
      return false;
    }
    // "Jess – dog walker", "Sam, cat sitter": a person's trade with animals.
    if (ANIMAL_WORDS.has(t.key)) return !ANIMAL_TRADES.has(tokens[j + 1]?.key ?? '');
    if (++words >= 3) return false;
  }
  return false;
}

/** Every person span is built here, so all have one object shape (a spread copy has another, and the readers of
 * spans slow down or are recompiled when a second shape reaches them). */
function personSpan(first: number, last: number, score: number, type: string): PersonSpan {
  return { first, last, score, type };
}

/** A rarer given name and a listed given name, neither a word, an ambiguous name nor a place. */
function moreGivenThenGiven(lex: NameLexicon, k0: string, k1: string): boolean {
  const not = WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE | WORD.PLACE_FIRST | WORD.TOWN_FIRST | WORD.PRODUCT;
  return (
    lex.isWord(WORD.MORE_GIVEN, k0) && lex.isWord(WORD.FIRST_NAME, k1) && !lex.isWord(not, k0) && !lex.isWord(not, k1)
  );
}

/** A listed given name that is nothing else: no word, no ambiguous name, no opening word of a place. */
function givenOnly(lex: NameLexicon, k: string): boolean {
  return lex.isWord(GIVEN, k) && !lex.isWord(WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST, k);
}

/** A listed family name, or a double-barrelled one of two parts one of which is a listed family name. */
function familyLike(lex: NameLexicon, k: string): boolean {
  if (lex.isWord(WORD.SURNAME, k)) return true;
  const dash = k.indexOf('-');
  if (dash <= 0 || k.indexOf('-', dash + 1) >= 0 || lex.wordInfo(k) !== 0) return false;
  const a = k.slice(0, dash);
  const b = k.slice(dash + 1);
  if (a.length < 2 || b.length < 2) return false;
  return lex.isWord(WORD.SURNAME, a) || lex.isWord(WORD.SURNAME, b);
}

/** A listed family name that is no word, no opening word of a place and no given name. */
function familyOnly(lex: NameLexicon, k: string): boolean {
  return lex.isWord(WORD.SURNAME, k) && !lex.isWord(WORD.COMMON | WORD.PLACE_FIRST | WORD.FIRST_NAME, k);
}

/** A listed given name that may stand second in a full name: no word, no opening word of a place. */
function secondGiven(lex: NameLexicon, k: string): boolean {
  return lex.isWord(GIVEN, k) && !lex.isWord(WORD.COMMON | WORD.PLACE_FIRST, k);
}

/**
 * Widens s over every span of persons it overlaps and removes those spans, so that one reading's name replaces the
 * parts others found of it; with takeScore, s keeps the best score among them.
 */
function absorbOverlapping(persons: PersonSpan[], s: PersonSpan, takeScore: boolean): void {
  for (let p = persons.length - 1; p >= 0; p--) {
    const o = persons[p]!;
    if (o.first > s.last || s.first > o.last) continue;
    s.first = Math.min(s.first, o.first);
    s.last = Math.max(s.last, o.last);
    if (takeScore) s.score = Math.max(s.score, o.score);
    persons.splice(p, 1);
  }
}

/** Whether the word at `index`, opening a line before a colon, opens another line before a colon too. */
function speaksAgain(tokens: readonly Token[], index: number): boolean {
  const key = tokens[index]!.key;
  for (let i = 0; i < tokens.length; i++) {
    if (i === index || tokens[i]!.key !== key || tokens[i + 1]?.text !== ':') continue;
    if (opensLine(tokens, i)) return true;
  }
  return false;
}
