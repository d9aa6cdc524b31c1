import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Where an accident happened is a spot on a road, nobody's home: "junction of Mill Rd / Kay St", "intersección Av.
 * Libertad con Calle Prat", "Lugar: ciclovía Av. Los Robles con ...". A street without a house number on a line that tells an
 * accident names that spot. A store or business premises where a claimant fell ("the defendant's store no. 12, 80 W
 * Lake St") is the business's address, not the claimant's. A home address keeps its house number and its cue
 * ("Domicilio:", "resides at"), so it stays.
 */

/** Words of an accident, a collision or a fall, English and Spanish, folded. */
const INCIDENT_WORDS = new Set([
  'incident',
  'accident',
  'collision',
  'crash',
  'junction',
  'intersection',
  'roundabout',
  'slipped',
  'tripped',
  'siniestro',
  'accidente',
  'choque',
  'colision',
  'atropello',
  'atropellado',
  'atropellada',
  'interseccion',
  'cruce',
  'rotonda',
  'ciclovia',
]);

/** Nouns of a business's premises right before its address ("store no. 0447, 1200 W ..."). */
const PREMISES_WORDS = new Set([
  'store',
  'shop',
  'premises',
  'supermarket',
  'restaurant',
  'branch',
  'outlet',
  'tienda',
  'local',
  'sucursal',
  'supermercado',
  'restaurante',
]);

/** Words that tie a street to a person's home on the same line ("resides at", "Domicilio:"). */
const HOME_WORDS = new Set([
  'live',
  'living',
  'vivo',
  'vivimos',
  'flat',
  'house',
  'apartment',
  'piso',
  'resides',
  'reside',
  'lives',
  'home',
  'address',
  'domicilio',
  'direccion',
  'vive',
  'residence',
  'casa',
  'domiciliado',
  'domiciliada',
  'resides',
  'resident',
  'residente',
]);

/** Tokens either side searched on the street's line; tokens back searched for a premises noun. */
const LINE_REACH = 40;
const PREMISES_REACH = 6;

export function incidentStreet(tokens: readonly Token[], span: TokenSpan): boolean {
  if (span.type !== 'STREET_ADDRESS') return false;
  let numbered = false;
  for (let k = span.first; k <= span.last; k++) if (tokens[k]!.kind === 'number') numbered = true;
  let incident = false;
  let fine = false;
  for (let k = span.first; k >= 0 && k >= span.first - LINE_REACH; k--) {
    const t = tokens[k]!;
    if (HOME_WORDS.has(t.key)) return false;
    incident ||= INCIDENT_WORDS.has(t.key) || WITNESS_WORDS.has(t.key);
    fine ||= FINE_WORDS.has(t.key);
    if (t.lineStart) break;
  }
  // "Avda. del Puerto con C/ Olmo": a crossing of two streets is a spot, where nobody's home is.
  incident ||= crossing(tokens, span);
  // A numbered street is a business's premises, or the spot a parking or traffic fine was written ("Boletín de
  // denuncia n.º ..., calle X 18, 10/10 a las 9:15"); any other numbered street may be a home.
  if (numbered && !fine && !premisesBefore(tokens, span.first)) return false;
  if (fine) return true;
  for (let k = span.last + 1; k < tokens.length && k <= span.last + LINE_REACH; k++) {
    const t = tokens[k]!;
    if (t.lineStart) break;
    incident ||= INCIDENT_WORDS.has(t.key) || WITNESS_WORDS.has(t.key);
  }
  return incident;
}

/**
 * What a witness saw or did on a street without a house number: "I was driving the 42 bus on Moor Lane when I saw",
 * "iba caminando por la calle Olmo cuando vi": the spot of an event, as an accident's street is.
 */
const WITNESS_WORDS = new Set([
  'driving',
  'walking',
  'cycling',
  'riding',
  'saw',
  'seen',
  'witnessed',
  'assault',
  'assaulted',
  'robbery',
  'robbed',
  'mugged',
  'vandalism',
  'fight',
  'conduciendo',
  'manejando',
  'caminando',
  'vi',
  'presencie',
  'robo',
  'asalto',
  'pelea',
]);

/** Words of a parking or traffic fine: its street is where the car stood, not anyone's home (folded). */
const FINE_WORDS = new Set([
  'denuncia',
  'multa',
  'boletin',
  'infraccion',
  'estacionamiento',
  'aparcamiento',
  'contravention',
  'pcn',
]);

/** "store no. 0447, 1200 W ...", "la tienda de Av. ...": a premises noun a few tokens before, on the same line. */
function premisesBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - PREMISES_REACH; k--) {
    if (PREMISES_WORDS.has(tokens[k]!.key)) return true;
    if (tokens[k + 1]!.lineStart) return false;
  }
  return false;
}

/** Prepositions and marks before the town of an accident ("..., Lugo", "crash in Leeds", "choque en Soria"). */
const INCIDENT_TOWN_BEFORE = new Set([',', 'in', 'en', 'near', 'cerca']);

/**
 * "Choque en la Av. Norte con Calle 9, Lugo, 28/11", "the crash in Leeds on 3 May": a town on a road accident's
 * line, after its street or a preposition, is where the accident happened. A home word on the line ("resides", "Domicilio")
 * ties the town to a person instead, and it stays.
 */
export function incidentPlace(tokens: readonly Token[], span: TokenSpan): boolean {
  if (!INCIDENT_TOWN_BEFORE.has(tokens[span.first - 1]?.key ?? '') || tokens[span.first]!.lineStart) return false;
  let incident = false;
  for (let k = span.first - 1; k >= 0 && k >= span.first - LINE_REACH; k--) {
    const t = tokens[k]!;
    if (HOME_WORDS.has(t.key)) return false;
    incident ||= ROAD_INCIDENT_WORDS.has(t.key);
    if (t.lineStart) break;
  }
  return incident;
}

/**
 * Words of a road accident and of the spot it happened at, on the town's line: the incident words without those
 * that also tell a fall, a claim or a stroke ("accidente isquémico transitorio" is a stroke, and the hospital town
 * that follows is no road's).
 */
const ROAD_INCIDENT_WORDS: ReadonlySet<string> = new Set(
  [...INCIDENT_WORDS].filter(
    (w) => !['incident', 'accident', 'slipped', 'tripped', 'siniestro', 'accidente', 'ciclovia'].includes(w),
  ),
);

/** Words joining two streets of a crossing: "Avda. X con C/ Y", "X esquina Y", "X at Y". */
const CROSSING_WORDS = new Set(['con', 'esquina', 'y']);

/** A street named with another at a crossing: "con" (or "esquina") and a capitalised street right before or after. */
function crossing(tokens: readonly Token[], span: TokenSpan): boolean {
  const after = tokens[span.last + 1];
  if (after !== undefined && CROSSING_WORDS.has(after.key) && !after.lineStart) {
    const other = tokens[span.last + 2];
    if (other?.cap && !other.lineStart) return true;
  }
  const before = tokens[span.first - 1];
  if (before === undefined || !CROSSING_WORDS.has(before.key) || tokens[span.first]!.lineStart) return false;
  const other = tokens[span.first - 2];
  return other?.kind === 'word' && other.cap;
}
