import { headerAbove } from '../table/header-above.js';
import { foldKey } from './fold.js';
import { PhraseIndex } from './phrase-index.js';
import { alignedHeaderAbove } from './place-aligned.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Places that operations text names, not anyone's whereabouts: the stops of a lane or a haul ("Valladolid -> Murcia",
 * "ruta Bilbao – Cádiz", "el camión sale de Teruel"), the cells of a shipment table or of an aggregate ("city |
 * orders | revenue") and later mentions of them, a company's operations site ("the Hull dock", "el almacén de Lugo"),
 * the address line under a firm's name in a signature, and the places of a history lesson (an event before 1900).
 *
 * Travel plans and expense reports, a choice: a person's trip stays reported. Where a named person goes is theirs
 * (the README's stance; held-out writers 1-2 marked "trip to Denver", "workshop in Rotterdam", "our Seattle office"),
 * while the places that goods, trucks and parcels pass through belong to nobody. So a route whose line or the two
 * lines above speak of a trip, a flight, a hotel or a transfer is left alone, as is an office someone works in; a
 * hotel is a business, so its name is no address even when it opens with a street word ("Hotel Camino ..."), but its
 * street written as an address stays, as any address does. Writers 3-5 left a business trip's cities unmarked: those
 * count as false positives there on purpose (measured in the commit).
 */
/** Arrows between two stops of a route; "->" and "=>" are read from their two characters. */
const ARROWS = new Set(['→', '⇒', '➔', '➝', '⟶', '➡', '↦', '⟹']);
const DASHES = new Set(['-', '–', '—']);
/** Words before a route written with dashes ("ruta Madrid – Sevilla", "lane Leeds - Hull"). */
const ROUTE_WORDS = new Set([
  'route',
  'routes',
  'lane',
  'lanes',
  'leg',
  'corridor',
  'haul',
  'ruta',
  'rutas',
  'trayecto',
  'tramo',
  'corredor',
  'recorrido',
  'linea',
]);
/** Words of a person's journey: a route near them is someone's trip and stays (see above). */
const TRAVEL_WORDS = new Set([
  'trip',
  'trips',
  'travel',
  'travels',
  'traveller',
  'traveler',
  'travelling',
  'traveling',
  'flight',
  'flights',
  'flying',
  'itinerary',
  'hotel',
  'transfer',
  'relocation',
  'relocating',
  'moving',
  'vacation',
  'holiday',
  'holidays',
  'honeymoon',
  'commute',
  'journey',
  'passenger',
  'boarding',
  'viaje',
  'viajes',
  'vuelo',
  'vuelos',
  'itinerario',
  'traslado',
  'mudanza',
  'vacaciones',
  'pasajero',
  'embarque',
]);
/** Lines above a route searched for a travel word. */
const TRAVEL_LINES_UP = 2;

/** Header words of a table about goods on the move: its places are stops, hubs and destinations. */
const OPERATIONS_HEADERS = new Set([
  'carrier',
  'tracking',
  'shipment',
  'shipped',
  'pallets',
  'pallet',
  'parcels',
  'sku',
  'eta',
  'sla',
  'dock',
  'truck',
  'vehicle',
  'container',
  'awb',
  'manifest',
  'freight',
  'transportista',
  'seguimiento',
  'albaran',
  'pales',
  'palets',
  'bultos',
  'envio',
  'camion',
  'matricula',
  'contenedor',
  'muelle',
]);
/** Header words of an aggregate: a row per place with counts, rates or money, no person in it. */
const METRIC_HEADERS = new Set([
  'sessions',
  'visits',
  'users',
  'count',
  'orders',
  'revenue',
  'sales',
  'avg',
  'mean',
  'median',
  'total',
  'sum',
  'rate',
  'conv',
  'conversion',
  'share',
  'pct',
  'aov',
  'gmv',
  'units',
  'clicks',
  'impressions',
  'ctr',
  'margin',
  'stores',
  'headcount',
  'population',
  'pedidos',
  'ventas',
  'ingresos',
  'media',
  'promedio',
  'tasa',
  'unidades',
  'margen',
  'tiendas',
  'poblacion',
]);
/** Header words of a table about people: its places may be someone's, whatever else it counts. */
const PERSON_HEADERS = new Set([
  'name',
  'names',
  'fullname',
  'first',
  'last',
  'surname',
  'email',
  'mail',
  'phone',
  'tel',
  'mobile',
  'address',
  'street',
  'dob',
  'birth',
  'customer',
  'client',
  'patient',
  'employee',
  'user',
  'recipient',
  'consignee',
  'contact',
  'guest',
  'nombre',
  'apellido',
  'apellidos',
  'correo',
  'telefono',
  'movil',
  'direccion',
  'calle',
  'domicilio',
  'nacimiento',
  'cliente',
  'paciente',
  'empleado',
  'destinatario',
  'contacto',
  'huesped',
]);

/** Header words of a table with one row per account or member: its counts are someone's, not an aggregate's. */
const RECORD_HEADERS = new Set(['id', 'acct', 'account', 'member', 'uid', 'cuenta', 'socio', 'dni', 'nif']);

/**
 * Words after a town that make it a company's operations site ("the Hull dock", "the Reno facility"). An office, a
 * "sede" or a branch is left out on purpose: where an employee works is that person's place (held-out sets 1-2 mark
 * "the Berlin office", "nuestra sede de Bilbao"), as cues.yaml's place_site_columns says for tables.
 */
const SITE_AFTER = ['dock', 'docks', 'facility', 'dc', 'terminal', 'yard', 'fulfillment', 'fulfilment'];
/** Words after a place that make it a tax or payroll jurisdiction ("the Stockholm tax table", "Ohio payroll rules"). */
const JURISDICTION_AFTER = ['tax', 'taxes', 'payroll', 'jurisdiction', 'vat'];
/** Phrases before a town that make it a company's operations site ("el almacén de Lugo", "depot in Hull"). */
const SITE_BEFORE = [
  'almacen de',
  'almacen en',
  'nave de',
  'nave en',
  'planta de',
  'centro de distribucion de',
  'centro logistico de',
  'muelle de',
  'warehouse in',
  'depot in',
  'plant in',
  'facility in',
  'hub in',
];
const siteAfter = new PhraseIndex<true>();
for (const w of [...SITE_AFTER, ...JURISDICTION_AFTER]) siteAfter.add(w, true);
const siteBefore = new PhraseIndex<true>();
for (const w of SITE_BEFORE) siteBefore.add(w, true);

/**
 * Legal forms that close a firm's name ("Nordvik Marine AS", "Hierros Soria S.L."): the address after it on the same
 * line is the firm's. Short forms count only in capitals ("AS", not "as").
 */
const LEGAL_FORMS = new Set([
  'inc',
  'ltd',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'sa',
  's.a',
  'sl',
  's.l',
  'slu',
  'sau',
  'sas',
  'srl',
  'spa',
  'bv',
  'nv',
  'as',
  'asa',
  'ab',
  'oy',
  'aps',
  'corp',
  'ltda',
  'sarl',
  'cv',
]);
/** Legal forms that are also words or names ("as", "spa"): they count only in capitals. */
const WORDLIKE_FORMS = new Set(['as', 'ab', 'ag', 'sa', 'spa', 'sl', 'nv', 'bv', 'sas', 'oy']);
/** Tokens back from a place to the firm's legal form on its line. */
const FIRM_REACH = 14;

/** Whether a place or an address names nobody's whereabouts by the operations text around it. */
export function placeInOperations(
  text: string,
  tokens: readonly Token[],
  span: TokenSpan,
  strongCue: boolean,
): boolean {
  if (span.type === 'PLACE' || span.type === 'TABLE_PLACE') {
    if (operationsTable(text, tokens[span.first]!.start)) return true;
  }
  if (span.type === 'PLACE' && (historyLesson(tokens, span) || scanEvent(tokens, span))) return true;
  // "lives in Oslo", "vive en Lugo": a strong cue makes the place someone's whatever follows it.
  if (strongCue) return false;
  if (
    span.type === 'PLACE' &&
    (routeStop(tokens, span) ||
      companySite(tokens, span) ||
      vehicleStop(tokens, span) ||
      breakdownBy(tokens, span) ||
      inFirmName(tokens, span))
  )
    return true;
  if (span.type === 'PLACE' && repeatOfTablePlace(text, tokens, span)) return true;
  return firmLine(tokens, span);
}

/** Goods vehicles: where one leaves from or calls at is a depot or a stop ("el camión 2 sale de Teruel"). */
const FREIGHT_VEHICLES = new Set([
  'truck',
  'trucks',
  'lorry',
  'lorries',
  'trailer',
  'fleet',
  'convoy',
  'camion',
  'camiones',
  'trailer',
  'furgoneta',
  'furgonetas',
  'flota',
]);
/** Tokens back on the place's line searched for a goods vehicle. */
const VEHICLE_REACH = 10;

function vehicleStop(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first - 1; k >= 0 && k >= span.first - VEHICLE_REACH; k--) {
    if (FREIGHT_VEHICLES.has(tokens[k]!.key)) return true;
    if (tokens[k]!.lineStart) return false;
  }
  return false;
}

/** "by city", "por provincia": a figure broken down by place, each place a row of an aggregate. */
const BREAKDOWN_WORDS = new Set(['by', 'per', 'por']);
const BREAKDOWN_UNITS = new Set([
  'city',
  'cities',
  'country',
  'countries',
  'region',
  'regions',
  'market',
  'markets',
  'ciudad',
  'ciudades',
  'pais',
  'paises',
  'provincia',
  'provincias',
  'region',
  'regiones',
  'mercado',
  'mercados',
]);
/** Lines above a place searched for the "by city" that heads its breakdown. */
const BREAKDOWN_LINES_UP = 3;

/** "Revenue by city: Lugo 1.2M, Soria 0.8M": a place on the line of a breakdown by place or on a line just below. */
function breakdownBy(tokens: readonly Token[], span: TokenSpan): boolean {
  let lines = 0;
  for (let k = span.first - 1; k > 0 && k >= span.first - MAX_WALK; k--) {
    const t = tokens[k]!;
    if (BREAKDOWN_UNITS.has(t.key) && BREAKDOWN_WORDS.has(tokens[k - 1]!.key)) return true;
    if (t.lineStart && ++lines > BREAKDOWN_LINES_UP) return false;
  }
  return false;
}

/** Words of a parcel's scan events ("Departed facility", "Arrived at hub", "En tránsito", "En reparto"). */
const SCAN_WORDS = new Set([
  'departed',
  'arrived',
  'transit',
  'processed',
  'scan',
  'scanned',
  'sorting',
  'sorted',
  'customs',
  'transito',
  'reparto',
  'admitido',
  'clasificado',
  'aduana',
]);
/** A carrier or a tracking number near the scan lines: the text is a parcel's tracking history. */
const TRACKING_WORDS = new Set([
  'tracking',
  'carrier',
  'shipment',
  'parcel',
  'package',
  'ups',
  'usps',
  'fedex',
  'dhl',
  'gls',
  'dpd',
  'tnt',
  'seur',
  'correos',
  'mrw',
  'seguimiento',
  'envio',
  'paquete',
  'transportista',
]);
/** Tokens around a scan line searched for the carrier or the tracking number's label. */
const TRACKING_REACH = 300;

/**
 * "Departed FedEx hub  MEMPHIS, TN", "En tránsito — Zaragoza": a place on a scan line of a parcel's tracking history
 * is a carrier's facility on the way, whatever verb ("arrived at") precedes it.
 */
function scanEvent(tokens: readonly Token[], span: TokenSpan): boolean {
  let lineStart = span.first;
  while (lineStart > 0 && lineStart > span.first - MAX_WALK && !tokens[lineStart]!.lineStart) lineStart--;
  let scan = false;
  const lineEnd = Math.min(tokens.length, span.last + MAX_WALK);
  for (let k = lineStart; k < lineEnd && (k === lineStart || !tokens[k]!.lineStart); k++) {
    if (SCAN_WORDS.has(tokens[k]!.key)) scan = true;
  }
  if (!scan) return false;
  const from = Math.max(0, span.first - TRACKING_REACH);
  const to = Math.min(tokens.length, span.last + TRACKING_REACH);
  for (let k = from; k < to; k++) if (TRACKING_WORDS.has(tokens[k]!.key)) return true;
  return false;
}

/** Other mentions of a place looked at for one in an operations table. */
const MAX_REPEATS = 8;
/** Characters either side of a place searched for its other mentions. */
const REPEAT_WINDOW = 3000;
/** Tokens walked back over lines by the checks that look a few lines up: long lines stop them early. */
const MAX_WALK = 200;

/**
 * "centroid Lisbon" below an aggregate with a row for Lisbon: the same place, named again on another line near a
 * table row where it is nobody's. Only a window around the place is searched, so long texts stay linear.
 */
function repeatOfTablePlace(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  const start = tokens[span.first]!.start;
  const name = text.slice(start, tokens[span.last]!.end);
  const from = Math.max(0, start - REPEAT_WINDOW);
  const window = text.slice(from, start + REPEAT_WINDOW);
  const at = start - from;
  // A repeat on the place's own line is no table row of another line.
  const lineFrom = window.lastIndexOf('\n', at);
  const lineTo = window.indexOf('\n', at);
  if (lineFrom < 0 && lineTo < 0) return false;
  let seen = 0;
  for (let q = window.indexOf(name); q >= 0 && seen < MAX_REPEATS; q = window.indexOf(name, q + name.length)) {
    if (q > lineFrom && (lineTo < 0 || q < lineTo)) continue;
    seen++;
    const wordStart = q === 0 || !/[\p{L}\p{N}]/u.test(window[q - 1]!);
    const wordEnd = !/[\p{L}\p{N}]/u.test(window[q + name.length] ?? ' ');
    if (wordStart && wordEnd && operationsTable(text, from + q)) return true;
  }
  return false;
}

/** "Valladolid -> Murcia", "ruta Bilbao – Cádiz": a stop of a route, unless the route is someone's trip. */
function routeStop(tokens: readonly Token[], span: TokenSpan): boolean {
  const arrowAfter = arrowAt(tokens, span.last + 1, 1);
  const arrowBefore = arrowAt(tokens, span.first - 1, -1);
  let route =
    (arrowAfter > 0 && stopAt(tokens[span.last + 1 + arrowAfter])) ||
    (arrowBefore > 0 && stopAt(tokens[span.first - 1 - arrowBefore]));
  if (!route && routeWordBefore(tokens, span.first)) {
    const after = tokens[span.last + 1];
    const before = tokens[span.first - 1];
    route =
      (after !== undefined && DASHES.has(after.text) && !after.lineStart && stopAt(tokens[span.last + 2])) ||
      (before !== undefined && DASHES.has(before.text) && !tokens[span.first]!.lineStart);
  }
  return route && !travelNear(tokens, span.first);
}

/** Tokens an arrow takes at k, walking in direction dir (1 or -1): 1 for "→", 2 for "->" or "=>", 0 for none. */
function arrowAt(tokens: readonly Token[], k: number, dir: 1 | -1): number {
  const t = tokens[k];
  if (t === undefined || t.lineStart) return 0;
  if (ARROWS.has(t.text)) return 1;
  const pair = dir === 1 ? [t, tokens[k + 1]] : [tokens[k - 1], t];
  const [a, b] = pair;
  if (a && b && (a.text === '-' || a.text === '=') && b.text === '>' && a.end === b.start && !b.lineStart) return 2;
  return 0;
}

/** The far end of an arrow: a capitalised word or a code on the same line. */
function stopAt(t: Token | undefined): boolean {
  return t !== undefined && !t.lineStart && t.kind === 'word' && t.cap;
}

function routeWordBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k]!;
    if (ROUTE_WORDS.has(t.key)) return true;
    if (t.lineStart) return false;
  }
  return false;
}

/** A travel word on the place's line or on the lines just above it. */
function travelNear(tokens: readonly Token[], i: number): boolean {
  let lines = 0;
  for (let k = i; k >= 0 && k >= i - MAX_WALK; k--) {
    if (TRAVEL_WORDS.has(tokens[k]!.key)) return true;
    if (tokens[k]!.lineStart && ++lines > TRAVEL_LINES_UP) return false;
  }
  return false;
}

/** The place sits in a data row of a table about goods on the move or of an aggregate, with no person column. */
function operationsTable(text: string, p: number): boolean {
  // A table aligned with spaces may hold thousands separators that read as a comma table too: both readings count.
  const cell = headerAbove(text, p);
  const headers = [cell === undefined ? undefined : lineAround(text, cell.start), alignedHeaderAbove(text, p)];
  let operations = false;
  let metrics = false;
  let records = false;
  for (const header of headers) {
    for (const word of header?.match(/\p{L}+/gu) ?? []) {
      const key = foldKey(word);
      if (PERSON_HEADERS.has(key)) return false;
      operations ||= OPERATIONS_HEADERS.has(key);
      metrics ||= METRIC_HEADERS.has(key);
      records ||= RECORD_HEADERS.has(key);
    }
  }
  // "acct_id | city | visits": counts per account are one record per someone, not an aggregate.
  return operations || (metrics && !records);
}

/** Characters either side of a header cell read as its header line: an INSERT's column list may sit on a long line. */
const HEADER_LINE_CHARS = 600;

function lineAround(text: string, p: number): string {
  const from = Math.max(0, p - HEADER_LINE_CHARS);
  const before = text.slice(from, p);
  const after = text.slice(p, p + HEADER_LINE_CHARS);
  const start = before.lastIndexOf('\n') + 1;
  const end = after.indexOf('\n');
  return before.slice(start) + (end < 0 ? after : after.slice(0, end));
}

/** "the Hull dock", "el almacén de Lugo": a company's operations site named by its town. */
function companySite(tokens: readonly Token[], span: TokenSpan): boolean {
  const next = tokens[span.last + 1];
  if (next !== undefined && !next.lineStart && next.kind === 'word' && siteAfter.matchAt(tokens, span.last + 1))
    return true;
  return siteBefore.endsBefore(tokens, span.first, 5) !== undefined;
}

/**
 * "Nordvik Marine AS, Strandkaien 12, 5013 Bergen": in a signature or a letterhead, a line that opens with a firm's
 * name and its legal form, then a comma, holds the firm's address. A firm named inside a sentence ("(Novartis SA,
 * Barcelona)") is left alone: labelled sets mark a maker's town there. So are the address lines under a line that
 * ends with the firm's name ("Head of Sales | Acme Ltd\n12 Elm Road"): the shared sets mark those as places.
 */
function firmLine(tokens: readonly Token[], span: TokenSpan): boolean {
  if (span.type === 'ADDRESS_FIELD' || span.type === 'CONFIG_VALUE' || span.type === 'TABLE_PLACE') return false;
  for (let k = span.first - 1; k >= 0 && k >= span.first - FIRM_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && LEGAL_FORMS.has(t.key)) {
      if (WORDLIKE_FORMS.has(t.key) && t.text !== t.text.toUpperCase()) return false;
      let comma = k + 1;
      if (tokens[comma]?.text === '.') comma++;
      return tokens[comma]?.text === ',' && firmOpensLine(tokens, k);
    }
    if (tokens[k + 1]!.lineStart) return false;
  }
  return false;
}

/** Words of a firm's name after a place it opens with ("Lima & Prado Consultoria Ltda"): at most this many. */
const FIRM_NAME_WORDS = 4;
const FIRM_JOINERS = new Set(['&', 'and', 'y', 'e', 'de', 'del']);

/** "Lima & Prado Consultoria Ltda", "Toledo Motors Inc": a place that opens a firm's name closed by a legal form. */
function inFirmName(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.last + 1; k < tokens.length && k <= span.last + 1 + FIRM_NAME_WORDS; k++) {
    const t = tokens[k]!;
    if (t.lineStart) return false;
    if (t.kind === 'word' && LEGAL_FORMS.has(t.key))
      return !WORDLIKE_FORMS.has(t.key) || t.text === t.text.toUpperCase();
    if (!((t.kind === 'word' && t.cap) || FIRM_JOINERS.has(t.key))) return false;
  }
  return false;
}

/** Words of a firm's name before its legal form: capitalised words, "&", "and", "y", from the line's start. */
function firmOpensLine(tokens: readonly Token[], form: number): boolean {
  for (let k = form - 1; k >= 0 && k >= form - 6; k--) {
    const t = tokens[k]!;
    if (!((t.kind === 'word' && t.cap) || t.text === '&' || t.key === 'and' || t.key === 'y')) return false;
    if (t.lineStart) return true;
  }
  return form === 0 || tokens[form]!.lineStart;
}

/** Tokens either side of a place searched for the year of the event its sentence tells. */
const HISTORY_REACH = 20;
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);
const BULLETS = new Set(['-', '•', '*', '·']);

/**
 * "Simón Bolívar nació en Caracas en 1783", "(Alcalá de Henares, 1547 - Madrid, 1616)": a place in a sentence that
 * dates its event before 1900 is where history happened; nobody alive was there then.
 */
function historyLesson(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first - 1; k >= 0 && k >= span.first - HISTORY_REACH; k--) {
    const t = tokens[k]!;
    if (SENTENCE_ENDS.has(t.text)) break;
    if (oldYear(tokens, k)) return true;
    if (t.lineStart) break;
  }
  for (let k = span.last + 1; k < tokens.length && k <= span.last + HISTORY_REACH; k++) {
    const t = tokens[k]!;
    if (t.lineStart && BULLETS.has(t.text)) break;
    if (SENTENCE_ENDS.has(t.text) && !decimalPoint(tokens, k)) break;
    if (oldYear(tokens, k)) return true;
  }
  return false;
}

/** Words a year follows in a sentence that dates an event ("in 1854", "nació en 1783", "the year 1605"). */
const YEAR_BEFORE = new Set([
  'in',
  'en',
  'de',
  'of',
  'since',
  'desde',
  'hasta',
  'until',
  'year',
  'ano',
  'circa',
  'c',
  'ca',
]);
const CLOSERS = new Set([')', ';', '-', '–', '—']);

/**
 * A year from 1000 to 1899 dating an event: after "in", "en", "de" ("en 1783"), in brackets ("(1815)"), or after a
 * comma and before a dash or a bracket ("Alcalá de Henares, 1547 - Madrid, 1616)"), or in a range ("1547-1616").
 * Ids in a tuple ("(1041, 'Austin')"), house numbers ("San Juan 1345") and longer numbers ("536-22-1234") are none.
 */
function oldYear(tokens: readonly Token[], k: number): boolean {
  if (!yearShape(tokens[k]) || gluedTo(tokens, k, -1) || gluedTo(tokens, k, 1)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before === undefined) return false;
  if (YEAR_BEFORE.has(before.key) && !tokens[k]!.lineStart) return true;
  if (before.text === '(') return after?.text === ')' || DASHES.has(after?.text ?? '');
  // "Madrid,\n1616)", "April 14, 1865": after a comma, a year closes a bracket or a date.
  if (before.text === ',') return after === undefined || CLOSERS.has(after.text) || dayBefore(tokens, k - 2);
  return DASHES.has(before.text) && yearShape(tokens[k - 2]);
}

function dayBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'number' && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31;
}

function yearShape(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && t.text.length === 4 && /^1[0-8]/.test(t.text);
}

/** The token beside k in direction dir touches it and is a word or a number, or a mark between it and digits. */
function gluedTo(tokens: readonly Token[], k: number, dir: 1 | -1): boolean {
  const t = tokens[k]!;
  const u = tokens[k + dir];
  if (u === undefined || (dir === 1 ? t.end !== u.start : u.end !== t.start)) return false;
  if (u.kind !== 'punct') return true;
  const v = tokens[k + 2 * dir];
  if (v === undefined || v.kind !== 'number' || (dir === 1 ? u.end !== v.start : v.end !== u.start)) return false;
  return !(DASHES.has(u.text) && yearShape(v));
}

function decimalPoint(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before?.kind === 'number' && after?.kind === 'number' && before.end === tokens[k]!.start;
}
