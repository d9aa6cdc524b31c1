import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Stops of a lane or a haul are places goods pass through, not anyone's whereabouts: "Valladolid -> Murcia",
 * "ruta Bilbao – Cádiz", "el camión sale de Teruel". A route near a trip, a flight, a hotel or a transfer is someone's
 * journey and stays (place-operations.ts says why).
 */

/** Arrows between two stops of a route; "->" and "=>" are read from their two characters. */
const ARROWS = new Set(['→', '⇒', '➔', '➝', '⟶', '➡', '↦', '⟹']);

export const DASHES = new Set(['-', '–', '—']);

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

/** Tokens walked back over lines by the checks that look a few lines up: long lines stop them early. */
export const MAX_WALK = 200;

/** "Valladolid -> Murcia", "ruta Bilbao – Cádiz": a stop of a route, unless the route is someone's trip. */
export function routeStop(tokens: readonly Token[], span: TokenSpan): boolean {
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

export function vehicleStop(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first - 1; k >= 0 && k >= span.first - VEHICLE_REACH; k--) {
    if (FREIGHT_VEHICLES.has(tokens[k]!.key)) return true;
    if (tokens[k]!.lineStart) return false;
  }
  return false;
}
