import { join } from 'node:path';
import { columnHeader } from '../context.js';
import { foldKey } from './fold.js';
import type { NameLexicon } from './lexicon.js';
import { MONTH_WORDS } from './month-words.js';
import { PhraseIndex } from './phrase-index.js';
import { facilityPlace } from './place-facilities.js';
import { firmOwnAddress } from './place-firm-address.js';
import { deskLineAddress, letterheadAddress } from './place-firm-voice.js';
import { incidentPlace, incidentStreet } from './place-incidents.js';
import { dialInPlace, timeZoneCity } from './place-meetings.js';
import { placeInOperations } from './place-operations.js';
import { appointmentAddress, authorityAddress, placeOfOrgContext, venueAddress } from './place-org-context.js';
import { placeOfPublicList } from './place-public-lists.js';
import { namedAfterPlace, sentenceTopic, topicBefore } from './place-topics.js';
import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token } from './tokenize.js';
import { readListsYaml } from './word-list.js';

/** Tokens after a dateline's place searched for the dash or bracket that closes it. */
const DATELINE_REACH = 12;
const DATELINE_MARKS = new Set(['–', '—', '-', '(']);

/**
 * A bare place that names nobody's whereabouts by the shape of the text around it: the dateline of a press release
 * or a wire story ("CAMBRIDGE, Mass., Nov. 30 –", "MADRID, 3 mar. (EFE) –"), an upper-case word inside an upper-case
 * name ("vessel MAERSK KENTUCKY") or before a code's digits ("DEN-27"), or a town that names a thing: a product, a
 * colour or a company site ("the Austin standing desk", "Jordan Red", "the Leeds warehouse").
 * Addresses are never asked, and a place after a place cue ("lives in", "vive en", "moving to") stays.
 */
export function placeOfNobody(
  tokens: readonly Token[],
  span: TokenSpan,
  lex: NameLexicon,
  cues: PlaceModifiers,
  text: string,
): boolean {
  // "nunca fui a Córdoba", "I've never been to Leeds": a place denied is nobody's whereabouts.
  if (span.type === 'PLACE' && negatedVisit(tokens, span.first)) return true;
  if (span.type === 'STREET_ADDRESS' && yearBeforeStreet(tokens, span)) return true;
  // Lanes, shipment and aggregate tables, a company's site, a firm's address line, a history lesson.
  const strongCue = lex.strongPlaceCues.endsBefore(tokens, span.first) !== undefined;
  if (placeInOperations(text, tokens, span, strongCue)) return true;
  if ((span.type === 'STREET_ADDRESS' || span.type === 'PLACE') && letterheadAddress(tokens, span, lex)) return true;
  // "Acme Ltd, 4 Dock Road, Hull", "Grupo X, S.A. de C.V., con domicilio en ...": the firm's own address.
  if (!strongCue && firmOwnAddress(tokens, span, lex)) return true;
  // "junction of Mill Rd / Kay St", "the defendant's store, 80 W Lake St": where an accident happened.
  if (!strongCue && incidentStreet(tokens, span)) return true;
  // "ante la CNMC, C/ Mayor 5, 28013 Madrid": an authority's own address.
  if (span.type === 'STREET_ADDRESS' && (authorityAddress(tokens, span) || appointmentAddress(tokens, span)))
    return true;
  // "Reservas: ... · Centralita +34 ... · Plaza X 1, Cáceres": an establishment's own contact line.
  if (span.type === 'STREET_ADDRESS' && !strongCue && deskLineAddress(tokens, span)) return true;
  // "..., Hylands Park, Chelmsford CM2 8WQ (11:00)": a fixture's venue.
  if (!strongCue && venueAddress(text, tokens, span)) return true;
  // "Cork Airport T1", "el Mall Plaza Norte", "Licence: X123 (UK)": a hub, a mall, a document's country.
  if (!strongCue && facilityPlace(tokens, span)) return true;
  if (span.type !== 'PLACE') return false;
  // A branch's, a shop's, an event's, an opening's, a posting's or a CV job's town; the town of an accident.
  if (!strongCue && (placeOfOrgContext(text, tokens, span) || incidentPlace(tokens, span))) return true;
  // "Domicilio en Chile: Av. ...", "Home address in Canada: ...": the place names the field, the value follows.
  if (placeInFieldLabel(tokens, span)) return true;
  // "FOB Rotterdam", "POL Rotterdam": a port in a trade term; "Almacén | Getafe": a column of company sites;
  // "banco | Santander": a column of banks, hotels or firms; "COURT OF ... COUNTY, OHIO": a court's jurisdiction.
  if (cues.tradeTerms.endsBefore(tokens, span.first) || siteColumn(text, tokens, span, cues)) return true;
  if (thingColumn(text, tokens, span) || thingJsonKey(text, tokens, span) || courtCaption(tokens, span)) return true;
  if (nationalityLabel(tokens, span) || computingField(tokens, span)) return true;
  // "En Sevilla, a 3 de mayo de 2027", "En Lugo, comparece": where a deed or a letter is signed.
  if (signingPlace(tokens, span) || closingPlaceDate(tokens, span)) return true;
  // "Bancos, c/c Sabadell": a bank's current account named by the bank.
  if (bankAccountBefore(tokens, span.first)) return true;
  // "across Europe", "our LATAM customers": a continent names nobody's whereabouts unless a strong cue says so.
  if (!strongCue && worldRegion(tokens, span)) return true;
  // "(UTC+02:00) Nairobi, Kampala", "Dial in: +44 20 ... United Kingdom": an invite's time zone and phone bridge.
  if (!strongCue && (timeZoneCity(tokens, span) || dialInPlace(tokens, span))) return true;
  // "login from 185.0.2.7 (Lithuania)", "colisión en la A-3, dirección Valencia": a geo-IP tag, a road's direction.
  if (!strongCue && (geoTag(text, tokens, span) || roadDirection(tokens, span))) return true;
  // "prices in Bristol rose 4%", "rain in Leeds", "9am London time", "Web Summit Lisbon", "the capital of Peru".
  if (!strongCue && (namedAfterPlace(text, tokens, span) || topicBefore(tokens, span) || sentenceTopic(tokens, span)))
    return true;
  // '[Site "Oslo NOR"]', "Euronext Paris", "London: Verso.", "Nivel naranja en: ...", "our team in Lagos".
  if (!strongCue && placeOfPublicList(tokens, span)) return true;
  if (strongCue || lex.placeCues.endsBefore(tokens, span.first)) return false;
  if (namesAThing(tokens, span, lex, cues)) return true;
  if (wireDateline(tokens, span)) return true;
  if (!allUpper(tokens, span.first, span.last)) return false;
  return (
    dateline(tokens, span) || insideUpperName(tokens, span) || codePrefix(tokens, span) || codeSuffix(tokens, span)
  );
}

/** Lists of rules/names/cues.yaml that make a town the name of a thing or a company's site. */
export interface PlaceModifiers {
  /** place_modifier_after: "the Austin standing desk", "Jordan Red", "the Leeds warehouse". */
  after: PhraseIndex<true>;
  /** place_trade_terms_before: "FOB Rotterdam", "port of loading Valencia". */
  tradeTerms: PhraseIndex<true>;
  /** place_site_columns: header words of a pasted table whose cells are company sites ("Almacén", "Warehouse"). */
  siteColumns: Set<string>;
}

/** A place in a table column whose header names a company site ("Warehouse", "Almacén", "Origin port"). */
function siteColumn(text: string, tokens: readonly Token[], span: TokenSpan, cues: PlaceModifiers): boolean {
  const header = columnHeader(text, tokens[span.first]!.start);
  if (header === undefined) return false;
  for (const word of header.split(' ')) if (word !== '' && cues.siteColumns.has(word)) return true;
  return false;
}

/** Labels of a computer's or a network's name in a log or a config ("Account Domain:", "Workgroup:"), folded. */
const COMPUTING_LABELS = new Set([
  'domain',
  'workgroup',
  'realm',
  'hostname',
  'host',
  'computer',
  'server',
  'dominio',
  'servidor',
  'equipo',
]);

/** "Account Domain:   SPRINGFIELD", "Workgroup: DENVER": the value names a Windows domain or a machine. */
function computingField(tokens: readonly Token[], span: TokenSpan): boolean {
  return tokens[span.first - 1]?.text === ':' && COMPUTING_LABELS.has(tokens[span.first - 2]?.key ?? '');
}

/** Labels of a citizenship before a colon ("Nationality: Spain", "Nacionalidad: Argentina"), folded. */
const NATIONALITY_LABELS = new Set([
  'nationality',
  'citizenship',
  'nacionalidad',
  'cittadinanza',
  'nazionalita',
  'nationalite',
  'staatsangehorigkeit',
]);

/**
 * Header words of a column whose cells name a thing that may share a town's name: a bank ("Santander"), a hotel, a
 * firm, a brand or a project. Its cells are no places, whoever the row is about.
 */
const THING_COLUMNS = new Set([
  'bank',
  'banco',
  'entidad',
  'issuer',
  'emisor',
  'hotel',
  'chain',
  'cadena',
  'company',
  'empresa',
  'employer',
  'supplier',
  'proveedor',
  'vendor',
  'brand',
  'marca',
  'product',
  'producto',
  'project',
  'proyecto',
  'codename',
  'release',
  'version',
  'model',
  'modelo',
  // A citizenship names a country a person belongs to, not where they live ("CITTADINANZA", "Nacionalidad").
  ...NATIONALITY_LABELS,
]);

/** "Nacionalidad: Argentina": a country as the value of a citizenship label on its line. */
function nationalityLabel(tokens: readonly Token[], span: TokenSpan): boolean {
  return tokens[span.first - 1]?.text === ':' && NATIONALITY_LABELS.has(tokens[span.first - 2]?.key ?? '');
}

/** The key of the JSON string value the place sits in ('"hotel": "Casa Lis, Salamanca"'), on the same line. */
const JSON_KEY_BEFORE = /"([\p{L}_ -]{2,40})"\s*:\s*"[^"\n]*$/u;

/** Characters back on the line searched for the key of the value the place sits in. */
const JSON_KEY_REACH = 120;

/** '"hotel": "Casa Lis, Salamanca"', '"bank": "Santander"': a place inside the value of a key naming a thing. */
function thingJsonKey(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  const at = tokens[span.first]!.start;
  const m = JSON_KEY_BEFORE.exec(text.slice(Math.max(0, at - JSON_KEY_REACH), at));
  if (m === null) return false;
  for (const word of m[1]!.toLowerCase().split(/[_ -]+/)) {
    if (THING_COLUMNS.has(word)) return true;
    // '"type": "passport", "country": "USA"': the country that issued an identity document.
    if ((word === 'country' || word === 'pais') && DOCUMENT_ON_LINE.test(lineBefore(text, at))) return true;
  }
  return false;
}

/** An identity document named on the line before a country ('"type": "passport"', "documento", "licence"). */
const DOCUMENT_ON_LINE = /passport|pasaporte|\bdocument|\bdocumento|licen[cs]e|\bvisa\b|issuing|expedici/i;

function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - JSON_KEY_REACH * 2);
  const chunk = text.slice(from, at);
  return chunk.slice(chunk.lastIndexOf('\n') + 1);
}

/** Words a deed or a letter opens with before its place of signing ("En Lugo, a 3 de mayo", "Signed at Leeds on"). */
const SIGNING_WORDS = new Set(['comparece', 'comparecen', 'ante', 'reunidos', 'siendo']);

/**
 * "En Sevilla, a 3 de mayo de 2027", "En Lugo, comparece D.ª ...", "En Vigo, 4 de junio de 2027": the place a deed,
 * a contract or a letter is signed in, opening its line, is the signing's, not anyone's home.
 */
function signingPlace(tokens: readonly Token[], span: TokenSpan): boolean {
  const at = signingEn(tokens, span.first);
  const en = tokens[at];
  if (en?.key === 'en' && issuedBefore(tokens, at))
    return dateAt(tokens, span.last + 2) || dateAt(tokens, span.last + 3);
  if (en?.key !== 'en' || !(at === 0 || en.lineStart) || tokens[span.last + 1]?.text !== ',') return false;
  const next = tokens[span.last + 2];
  if (next === undefined || next.lineStart) return false;
  if (SIGNING_WORDS.has(next.key)) return true;
  const k = next.key === 'a' ? span.last + 3 : span.last + 2;
  return dateAt(tokens, k) || daysOfMonth(tokens, k);
}

/** Verbs of a certificate's closing (folded): "se expide el presente en X a 2 de mayo", "firmo la presente en X, 3 de". */
const ISSUING_VERBS = new Set(['expide', 'expido', 'extiende', 'extiendo', 'firma', 'firmo', 'suscribe', 'suscribo']);

/** An issuing verb up to four words before the "en" on its line. */
function issuedBefore(tokens: readonly Token[], en: number): boolean {
  for (let k = en - 1; k >= 0 && k >= en - 4; k--) {
    if (ISSUING_VERBS.has(tokens[k]!.key)) return true;
    if (tokens[k]!.lineStart) return false;
  }
  return false;
}

/** Words of a deed's "En la ciudad de X", "En la Ciudad Autónoma de X", "En la villa de X" before the town (folded). */
const TOWN_HEADS = new Set(['ciudad', 'villa', 'localidad', 'municipio']);

/** The "en" of "En X," or of "En la ciudad (autónoma) de X,", as a token index (first - 1 when none of the longer). */
function signingEn(tokens: readonly Token[], first: number): number {
  if (tokens[first - 1]?.key !== 'de') return first - 1;
  let k = first - 2;
  if (tokens[k]?.key === 'autonoma') k--;
  if (!TOWN_HEADS.has(tokens[k]?.key ?? '') || tokens[k]!.lineStart) return first - 1;
  return tokens[k - 1]?.key === 'la' || tokens[k - 1]?.key === 'el' ? k - 2 : k - 1;
}

/** "a los 2 días del mes de diciembre": a deed's date by its day count (k at "los"). */
function daysOfMonth(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.key !== 'los' || tokens[k + 1]?.kind !== 'number') return false;
  const days = tokens[k + 2];
  return (days?.key === 'dias' || days?.key === 'dia') && !days.lineStart;
}

/**
 * "Madrid, 28 de noviembre de 2026. Firmado: ...", "Rosario, a 3 de marzo de 2027.": a letter's or a notice's place
 * and date on a line of their own, after the text (never after a label: "Nacimiento:\nGetafe, 2 de ..." stays).
 */
function closingPlaceDate(tokens: readonly Token[], span: TokenSpan): boolean {
  if (span.first === 0 || tokens[span.last + 1]?.text !== ',') return false;
  // "Notifíquese. Málaga, 23 de noviembre de 2026.": after a closing formula's full stop on the same line, the place
  // and date must end the line or the text.
  const afterStop = !tokens[span.first]!.lineStart && formulaStop(tokens, span.first - 1);
  if (!tokens[span.first]!.lineStart && !afterStop) return false;
  if (tokens[span.first - 1]!.text === ':') return false;
  let k = span.last + 2;
  if (tokens[k]?.key === 'a') k++;
  if (!dateAt(tokens, k)) return false;
  // The year closes the date: "de 2026", "2026".
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const t = tokens[j]!;
    if (t.lineStart) return false;
    if (t.kind === 'number' && t.text.length === 4) return !afterStop || lineClosesAt(tokens, j + 1);
  }
  return false;
}

/** The one-word closing formula of a court order or a notice before a full stop ("Notifíquese.", "Cúmplase."). */
function formulaStop(tokens: readonly Token[], stop: number): boolean {
  const word = tokens[stop - 1];
  return (
    tokens[stop]?.text === '.' &&
    word !== undefined &&
    word.kind === 'word' &&
    word.cap &&
    (word.lineStart || tokens[stop - 2]?.text === '.') &&
    /(?:ese|ase|ense|anse)$/.test(word.key)
  );
}

/** Nothing but a full stop between tokens[k] and the end of its line. */
function lineClosesAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text === '.') k++;
  return k >= tokens.length || tokens[k]!.lineStart;
}

/** "c/c Sabadell", "cta. Santander": a current account's bank. */
function bankAccountBefore(tokens: readonly Token[], first: number): boolean {
  const a = tokens[first - 3];
  const slash = tokens[first - 2];
  const b = tokens[first - 1];
  if (a?.key === 'c' && slash?.text === '/' && b?.key === 'c') return true;
  return b?.key === 'cta' || (b?.text === '.' && slash?.key === 'cta');
}

function thingColumn(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  const header = columnHeader(text, tokens[span.first]!.start);
  if (header === undefined) return false;
  for (const word of header.split(' ')) if (THING_COLUMNS.has(word)) return true;
  return false;
}

/** Words of a court's name: a place after one on its line is the court's seat or jurisdiction. */
const COURT_WORDS = new Set([
  'court',
  'courts',
  'tribunal',
  'juzgado',
  'juzgados',
  'audiencia',
  'magistrates',
  'chancery',
]);

/** Tokens back on the place's line searched for a court's name. */
const COURT_REACH = 12;

/**
 * "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS", "Juzgado de lo Social nº 2 de Lugo": a place in a court's name or
 * caption (only words, numbers and commas between) is the court's jurisdiction, not a party's address.
 */
function courtCaption(tokens: readonly Token[], span: TokenSpan): boolean {
  // The walk back stays on the place's line: a heading below a paragraph is read as one at the text's start.
  for (let k = span.first - 1; k >= 0 && k >= span.first - COURT_REACH && !tokens[k + 1]!.lineStart; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && COURT_WORDS.has(t.key)) return true;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== 'º' && t.text !== '.') return false;
  }
  return allUpper(tokens, span.first, span.last) && courtLater(tokens, span.last);
}

/**
 * "STATE OF ILLINOIS – CIRCUIT COURT OF ...", "COMMONWEALTH OF VIRGINIA, GENERAL DISTRICT COURT": a heading in
 * capitals whose own line names a court after the place: the place is the court's state.
 */
function courtLater(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + COURT_REACH; k++) {
    const t = tokens[k]!;
    if (t.lineStart) return false;
    if (t.kind !== 'word') continue;
    if (!isUpperCase(t.text)) return false;
    if (COURT_WORDS.has(t.key)) return true;
  }
  return false;
}

/** Continents and regions of the world, folded: too wide to place anyone, and named in every business text. */
const WORLD_REGIONS = new Set([
  'europe',
  'asia',
  'africa',
  'oceania',
  'antarctica',
  'north america',
  'south america',
  'latin america',
  'central america',
  'middle east',
  'southeast asia',
  'emea',
  'apac',
  'latam',
  'europa',
  'america',
  'oceania',
  'latinoamerica',
  'hispanoamerica',
  'sudamerica',
  'suramerica',
  'centroamerica',
  'norteamerica',
  'oriente medio',
  'oriente proximo',
]);

/** Sales regions: a firm's division of the world, never anyone's home. */
const SALES_REGIONS = new Set(['emea', 'apac', 'latam', 'amer', 'dach', 'nordics', 'benelux']);

/** Words before a continent that spread something over it ("across Europe", "throughout Asia", "en toda Europa"). */
const SPREAD_BEFORE = new Set(['across', 'throughout', 'into', 'over', 'toda', 'todo', 'hacia']);

/**
 * "hospitals across Europe", "the EMEA pipeline": a sales region, or a continent something spreads over, names
 * nobody's whereabouts. "in Europe" stays, as labelled sets mark it.
 */
function worldRegion(tokens: readonly Token[], span: TokenSpan): boolean {
  let name = '';
  for (let k = span.first; k <= span.last; k++) name += (k > span.first ? ' ' : '') + tokens[k]!.key;
  if (SALES_REGIONS.has(name)) return true;
  return WORLD_REGIONS.has(name) && SPREAD_BEFORE.has(tokens[span.first - 1]?.key ?? '');
}

/** An IP address just before a bracket: "185.0.2.7 (Lithuania)", "from 10.2.3.4 (ES)". */
const IP_BEFORE = /\d{1,3}(?:\.\d{1,3}){3}\s*\($/;

/** Characters of text searched for the same place tagging an IP address elsewhere. */
const TAG_WINDOW = 4000;

/** "... 185.0.2.7 (Lithuania) ... but never Lithuania": a later mention of a country an IP address was tagged with. */
function taggedElsewhere(text: string, name: string): boolean {
  const window = text.length > TAG_WINDOW ? text.slice(0, TAG_WINDOW) : text;
  for (let q = window.indexOf(`(${name})`); q >= 0; q = window.indexOf(`(${name})`, q + 1)) {
    if (IP_BEFORE.test(window.slice(Math.max(0, q - 23), q + 1))) return true;
  }
  return false;
}

/** Words whose place is where a login or a connection came from, not where anyone lives. */
const GEO_WORDS = new Set([
  'login',
  'logins',
  'sign-in',
  'signin',
  'geoip',
  'geolocation',
  'geo',
  'acceso',
  'conexion',
]);

/**
 * "Login from 185.0.2.7 (Lithuania)", "geo: Brazil": a place tagging an IP address, or named by a login's or a
 * connection's geolocation, is where a network address resolves to.
 */
function geoTag(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  const at = tokens[span.first]!.start;
  if (IP_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return true;
  if (taggedElsewhere(text, text.slice(at, tokens[span.last]!.end))) return true;
  for (let k = span.first - 1; k >= 0 && k >= span.first - 3; k--) {
    if (GEO_WORDS.has(tokens[k]!.key)) return !townOfAddress(text, text.slice(at, tokens[span.last]!.end), at);
    if (tokens[k + 1]!.lineStart) return false;
  }
  return false;
}

/**
 * "Ship to: 4 Elm Rd, Tralee, V92 X3F1 ... IP (geo matches Tralee)": a geolocation naming the town of an address
 * given elsewhere in the text says the person was at home, and the town stays as private as that address. The other
 * mention must close an address line's part: after a comma, before a number, a comma or the line's end.
 */
function townOfAddress(text: string, name: string, at: number): boolean {
  const window = text.length > TAG_WINDOW ? text.slice(0, TAG_WINDOW) : text;
  for (let q = window.indexOf(name); q >= 0; q = window.indexOf(name, q + 1)) {
    if (q === at) continue;
    if (!/,\s*$/.test(window.slice(Math.max(0, q - 3), q))) continue;
    if (/^(?:\s+[0-9A-Z]|\s*,|[ \t]*(?:\n|$))/.test(window.slice(q + name.length, q + name.length + 3))) return true;
  }
  return false;
}

/** Words before a town that give a road's direction of travel ("dirección Valencia", "towards Leeds"). */
const DIRECTION_WORDS = new Set(['direccion', 'sentido', 'direction', 'towards', 'northbound', 'southbound']);

/** A road's code on the place's line ("A-3", "M-30", "AP-7", "N-340", "M25", "I-95") or a kilometre point. */
const ROAD_CODE = /^(?:A|AP|M|N|E|I|C|CV|SE|MA|B|GR|NA|LU)$/;

/** Tokens back from the direction word searched for a road's code or "km". */
const ROAD_REACH = 12;

/** "en la A-3, km 14, dirección Valencia", "on the M6 towards Preston": the direction of a road, not an address. */
function roadDirection(tokens: readonly Token[], span: TokenSpan): boolean {
  const word = tokens[span.first - 1];
  if (word === undefined || !DIRECTION_WORDS.has(word.key) || tokens[span.first]!.lineStart) return false;
  for (let k = span.first - 2; k >= 0 && k >= span.first - ROAD_REACH; k--) {
    const t = tokens[k]!;
    if (t.key === 'km' || /^[AMN]\d{1,3}$/.test(t.text)) return true;
    if (ROAD_CODE.test(t.text) && tokens[k + 1]?.text === '-' && tokens[k + 2]?.kind === 'number') return true;
    if (tokens[k + 1]!.lineStart) return false;
  }
  return false;
}

/** Words after the place searched for the thing it names ("Austin standing desk": one word between). */
const THING_REACH = 2;

function namesAThing(tokens: readonly Token[], span: TokenSpan, lex: NameLexicon, cues: PlaceModifiers): boolean {
  if (codeNameBefore(tokens, span.first)) return true;
  const to = Math.min(tokens.length, span.last + 1 + THING_REACH);
  for (let k = span.last + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.lineStart) return false;
    if (cues.after.matchAt(tokens, k) || lex.thingAfter.matchAt(tokens, k) || SOFTWARE_PARTS.has(t.key)) return true;
  }
  return false;
}

/**
 * Parts of a software system or a project named after a town ("the Phoenix scheduler", "Oslo workers", "the Lima
 * sprint"): a code name, not a place.
 */
const SOFTWARE_PARTS = new Set([
  'scheduler',
  'worker',
  'workers',
  'job',
  'jobs',
  'queue',
  'queues',
  'cron',
  'daemon',
  'migration',
  'migrations',
  'build',
  'builds',
  'sprint',
  'milestone',
  'epic',
  'repo',
  'repository',
  'branch',
  'feature',
  'codename',
  'project',
  'parser',
  'importer',
  'exporter',
  'engine',
  'proxy',
  'gateway',
  'cache',
  'index',
]);

/** Words before a code name ("codename Phoenix", "Project Oslo", "proyecto Lima", "release Quito"). */
const CODE_NAME_BEFORE = new Set(['codename', 'project', 'proyecto', 'release', 'operation', 'operacion']);

function codeNameBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && !tokens[first]!.lineStart && CODE_NAME_BEFORE.has(before.key);
}

/** Articles before a year that reads like a building number ("the 1854 Broad Street outbreak"). */
const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las']);

/**
 * "the 1854 Broad Street cholera outbreak": an article, then a year (1000-2099) where the building number would be,
 * names an event in a street, not an address (nobody writes "the 12 Elm Road").
 */
function yearBeforeStreet(tokens: readonly Token[], span: TokenSpan): boolean {
  const first = tokens[span.first]!;
  if (first.kind !== 'number' || first.text.length !== 4 || !/^(?:1\d|20)/.test(first.text)) return false;
  return ARTICLES.has(tokens[span.first - 1]?.key ?? '');
}

/** "DEN-27", "LIS_04": an upper-case word joined to digits by a dash or an underscore is a code. */
function codePrefix(tokens: readonly Token[], span: TokenSpan): boolean {
  const mark = tokens[span.last + 1];
  const digits = tokens[span.last + 2];
  return (
    (mark?.text === '-' || mark?.text === '_') &&
    mark.start === tokens[span.last]!.end &&
    digits?.kind === 'number' &&
    digits.start === mark.end
  );
}

/**
 * "QX-40217-UK", "ORD_5521_ES", "AB123-UK": an upper-case word closing a code whose digits are glued to a part before
 * them is the code's country or site suffix. A postcode before a town ("28013-MADRID") has nothing glued before it.
 */
function codeSuffix(tokens: readonly Token[], span: TokenSpan): boolean {
  const mark = tokens[span.first - 1];
  const digits = tokens[span.first - 2];
  if ((mark?.text !== '-' && mark?.text !== '_') || mark.end !== tokens[span.first]!.start) return false;
  if (digits?.kind !== 'number' || digits.end !== mark.start || digits.lineStart) return false;
  const head = tokens[span.first - 3];
  return head !== undefined && head.end === digits.start && (head.kind === 'word' || head.text === mark.text);
}

function allUpper(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 2 || !isUpperCase(t.text)) return false;
  }
  return true;
}

/**
 * The place opens its line, a comma follows, and a dash or bracket closes the dateline on the same line, or a date
 * follows the comma ("MÁLAGA, 2 de diciembre de 2026. El nuevo ...", "LEEDS, March 4 -").
 */
function dateline(tokens: readonly Token[], span: TokenSpan): boolean {
  if (!(span.first === 0 || tokens[span.first]!.lineStart) || tokens[span.last + 1]?.text !== ',') return false;
  if (dateAt(tokens, span.last + 2)) return true;
  const to = Math.min(tokens.length, span.last + 2 + DATELINE_REACH);
  for (let k = span.last + 2; k < to; k++) {
    const t = tokens[k]!;
    if (t.lineStart) return false;
    if (DATELINE_MARKS.has(t.text)) return true;
  }
  return false;
}

/** A date opens at k: "2 de diciembre", "3 mar.", "March 4", "4 March". */
/** Days of the month in words, as deeds write them (folded keys). */
const SPELLED_DAYS = new Set(
  'primero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve treinta'.split(
    ' ',
  ),
);

function dateAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.lineStart) return false;
  if (t.kind === 'word') {
    // "a tres de diciembre de dos mil veintiséis": a deed writes the day in words.
    if (SPELLED_DAYS.has(t.key)) return tokens[k + 1]?.key === 'de' && MONTH_WORDS.has(tokens[k + 2]?.key ?? '');
    return MONTH_WORDS.has(t.key) && tokens[k + 1]?.kind === 'number';
  }
  if (t.kind !== 'number' || t.text.length > 2) return false;
  const month = tokens[k + 1]?.key === 'de' ? tokens[k + 2] : tokens[k + 1];
  return month !== undefined && !month.lineStart && MONTH_WORDS.has(month.key);
}

/**
 * "Sevilla, 3 de marzo (EFE).", "Leeds, 4 March (Reuters) -": a place opening its line, a comma, a date and a news
 * agency in brackets on the same line is a wire story's dateline, in any case.
 */
function wireDateline(tokens: readonly Token[], span: TokenSpan): boolean {
  if (!(span.first === 0 || tokens[span.first]!.lineStart) || tokens[span.last + 1]?.text !== ',') return false;
  if (!dateAt(tokens, span.last + 2)) return false;
  const to = Math.min(tokens.length, span.last + 2 + DATELINE_REACH);
  for (let k = span.last + 3; k < to; k++) {
    const t = tokens[k]!;
    if (t.lineStart) return false;
    if (t.text !== '(') continue;
    const agency = tokens[k + 1];
    return agency !== undefined && agency.kind === 'word' && agency.cap && agencyClosed(tokens, k + 1);
  }
  return false;
}

/** An agency's name in brackets: capitalised words up to the closing bracket ("EFE", "Europa Press", "AP"). */
function agencyClosed(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === ')') return j > k;
    if (t.kind !== 'word' || !t.cap || t.lineStart) return false;
  }
  return false;
}

/** An upper-case word of three letters or more right beside the place, on the same line, with no punctuation. */
function insideUpperName(tokens: readonly Token[], span: TokenSpan): boolean {
  const before = tokens[span.first - 1];
  const after = tokens[span.last + 1];
  const upperWord = (t: Token | undefined): boolean =>
    t !== undefined && t.kind === 'word' && t.text.length >= 3 && isUpperCase(t.text);
  return (upperWord(before) && !tokens[span.first]!.lineStart) || (upperWord(after) && !after!.lineStart);
}

/** place_modifier_after, place_trade_terms_before and place_site_columns of rules/names/cues.yaml. */
export function loadPlaceModifiers(namesDir: string): PlaceModifiers {
  const lists = readListsYaml(join(namesDir, 'cues.yaml'));
  const index = (key: string): PhraseIndex<true> => {
    const out = new PhraseIndex<true>();
    for (const phrase of lists.get(key) ?? []) out.add(phrase, true);
    return out;
  };
  return {
    after: index('place_modifier_after'),
    tradeTerms: index('place_trade_terms_before'),
    siteColumns: new Set((lists.get('place_site_columns') ?? []).map(foldKey)),
  };
}

/** Words that name an address field ("Address in Peru:", "Domicilio en Chile:", "Residencia en España:"). */
const ADDRESS_FIELD_WORDS = new Set([
  'address',
  'residence',
  'home',
  'domicilio',
  'direccion',
  'residencia',
  'vivienda',
  'domicile',
]);

/** A place closing a field label at the head of its line: "<address word> ... in/en <place>:". */
function placeInFieldLabel(tokens: readonly Token[], span: TokenSpan): boolean {
  if (tokens[span.last + 1]?.text !== ':') return false;
  // The value must be an address ("Residence in Ireland: yes" says where someone lives).
  const value = tokens[span.last + 2];
  if (value === undefined || value.lineStart || !(value.kind === 'number' || value.cap)) return false;
  if (['yes', 'no', 'si', 'sí'].includes(value.key)) return false;
  const prep = tokens[span.first - 1];
  if (prep === undefined || prep.lineStart || (prep.key !== 'in' && prep.key !== 'en')) return false;
  let field = false;
  for (let k = span.first - 2; k >= 0 && k >= span.first - 6; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (ADDRESS_FIELD_WORDS.has(t.key)) field = true;
    if (t.lineStart) return field;
  }
  return false;
}

/** Travel verbs and their place words ("been to", "fui a", "estuve en"), and the negations before them (folded). */
const VISIT_VERBS = new Set(['been', 'gone', 'visited', 'fui', 'estuve', 'estuvo', 'fue', 'viaje', 'viajo']);
const VISIT_LINKS = new Set(['to', 'in', 'a', 'en', 'al']);
const NEGATIONS = new Set(['never', 'not', "n't", 'nunca', 'jamas', 'no']);

/** "nunca fui a X", "never been to X", "I have not visited X": the place follows a negated travel verb. */
function negatedVisit(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (VISIT_LINKS.has(tokens[k]?.key ?? '')) k--;
  if (!VISIT_VERBS.has(tokens[k]?.key ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    if (NEGATIONS.has(tokens[j]!.key)) return true;
    if (tokens[j + 1]!.lineStart) return false;
  }
  return false;
}
