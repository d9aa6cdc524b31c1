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
]);

/** Tokens either side searched on the street's line; tokens back searched for a premises noun. */
const LINE_REACH = 40;
const PREMISES_REACH = 6;

export function incidentStreet(tokens: readonly Token[], span: TokenSpan): boolean {
  if (span.type !== 'STREET_ADDRESS') return false;
  let numbered = false;
  for (let k = span.first; k <= span.last; k++) if (tokens[k]!.kind === 'number') numbered = true;
  if (numbered && !premisesBefore(tokens, span.first)) return false;
  let incident = false;
  for (let k = span.first; k >= 0 && k >= span.first - LINE_REACH; k--) {
    const t = tokens[k]!;
    if (HOME_WORDS.has(t.key)) return false;
    incident ||= INCIDENT_WORDS.has(t.key);
    if (t.lineStart) break;
  }
  for (let k = span.last + 1; k < tokens.length && k <= span.last + LINE_REACH; k++) {
    const t = tokens[k]!;
    if (t.lineStart) break;
    incident ||= INCIDENT_WORDS.has(t.key);
  }
  return incident;
}

/** "store no. 0447, 1200 W ...", "la tienda de Av. ...": a premises noun a few tokens before, on the same line. */
function premisesBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - PREMISES_REACH; k--) {
    if (PREMISES_WORDS.has(tokens[k]!.key)) return true;
    if (tokens[k + 1]!.lineStart) return false;
  }
  return false;
}
