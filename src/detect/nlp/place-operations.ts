import { delimiterOf, lineAt, splitCells, trimCell } from '../table/cells.js';
import { headerAbove } from '../table/header-above.js';
import { foldKey } from './fold.js';
import { alignedHeaderAbove } from './place-aligned.js';
import { groupEventPlace } from './place-events.js';
import { companySite, estateAddress, firmLine, inFirmName, listedWithSite, ourPremises } from './place-firm-sites.js';
import { ourPremisesAddress } from './place-firm-voice.js';
import { historyLesson } from './place-history.js';
import { MAX_WALK, routeStop, vehicleStop } from './place-route.js';
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
 * hotel is a business, so its name is no address even when it opens with a street word ("Hotel Gran Vía ..."), but its
 * street written as an address stays, as any address does. Writers 3-5 left a business trip's cities unmarked: those
 * count as false positives there on purpose (measured in the commit).
 */

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
  // Rates and caps per place: a policy's per-diem table, a price list, a regional bulletin's counts.
  'diem',
  'allowance',
  'cap',
  'budget',
  'cost',
  'price',
  'fare',
  'tariff',
  'cases',
  'incidence',
  'growth',
  'target',
  'forecast',
  'dieta',
  'dietas',
  'tarifa',
  'precio',
  'coste',
  'importe',
  'presupuesto',
  'tope',
  'casos',
  'incidencia',
  'objetivo',
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
      listedWithSite(tokens, span) ||
      ourPremises(tokens, span) ||
      vehicleStop(tokens, span) ||
      breakdownBy(tokens, span) ||
      inFirmName(tokens, span))
  )
    return true;
  if (span.type === 'PLACE' && (repeatOfTablePlace(text, tokens, span) || groupEventPlace(text, tokens, span)))
    return true;
  // A town alone after "our office in" is companySite's and ourPremises' (with their own personal links).
  const addressPart = !['PLACE', 'DISTRICT', 'CONFIG_VALUE', 'TABLE_PLACE'].includes(span.type);
  if (addressPart && ourPremisesAddress(tokens, span)) return true;
  return firmLine(tokens, span) || (span.type !== 'CONFIG_VALUE' && estateAddress(tokens, span));
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
  return operations || (metrics && !records) || (cell !== undefined && !records && figuresRow(text, p));
}

/** Cells besides the place's that a row of figures must have ("| Lugo | EUR 75 | 12% |"). */
const MIN_FIGURE_CELLS = 2;

/** A figure cell: a number, an amount with a currency code or sign, a rate or a dash ("GBP 1,210", "-4.5%", "n/a"). */
const FIGURE_CELL = /^(?:[A-Z]{3}\s?|[$€£¥])?[-+−]?\d[\d.,\s]*(?:\s?(?:%|[kKmM]|[A-Z]{3}|[$€£]))?$|^(?:-|–|—|n\/a)?$/u;

/**
 * "| Lugo | EUR 75 | EUR 210 |": a row where every cell but the place's holds a figure is a row of an aggregate or a
 * rate table (per diems, prices, counts per city), whatever its header says; a person's row holds a name or an id.
 */
function figuresRow(text: string, p: number): boolean {
  const [from, to] = lineAt(text, p);
  const delimiter = delimiterOf(text, from, to);
  if (delimiter === undefined) return false;
  let figures = 0;
  for (const raw of splitCells(text, from, to, delimiter)) {
    const cell = trimCell(text, raw);
    if (cell.start <= p && p < cell.end) continue;
    const value = text.slice(cell.start, cell.end);
    if (!FIGURE_CELL.test(value)) return false;
    if (value !== '') figures++;
  }
  return figures >= MIN_FIGURE_CELLS;
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
