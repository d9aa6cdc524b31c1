import type { TokenSpan } from './token-span.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * Places that name a public facility or a document's country rather than where someone is: "Cork Airport T1" (the
 * pick-up desk of a rental), "el Mall Plaza Norte" (a mall, where a blood drive was held), "Licence: BYRNE123 (UK)"
 * (the country that issued it). Someone's home tied to the facility ("I live near Cork Airport") keeps the place.
 */

/**
 * Words after a town that make it the name of a transport hub or a school (folded keys): "Cork Airport", "Thornbury
 * Primary", "Ashford Academy".
 */
const HUB_AFTER = new Set([
  'airport',
  'aeropuerto',
  'aeroporto',
  'aeroport',
  'flughafen',
  'primary',
  'secondary',
  'academy',
  'grammar',
  'infants',
  'juniors',
]);

/** Words before a name that make it a shopping centre's ("Mall Plaza Norte", "centro comercial Plaza Sur"). */
const MALL_BEFORE = new Set(['mall', 'shopping', 'comercial']);

/** Words of someone's home just before the place: "I live near", "vivo cerca del". */
const HOME_WORDS = new Set(['live', 'lives', 'living', 'home', 'house', 'vivo', 'vive', 'vivimos', 'casa']);

export function facilityPlace(tokens: readonly Token[], span: TokenSpan): boolean {
  const next = tokens[span.last + 1];
  if (
    span.type === 'PLACE' &&
    next !== undefined &&
    !next.lineStart &&
    (HUB_AFTER.has(next.key) || airportCode(tokens, span))
  )
    return !homeBefore(tokens, span.first);
  if (span.type === 'STREET_ADDRESS' && MALL_BEFORE.has(tokens[span.first - 1]?.key ?? '')) {
    for (let k = span.first; k <= span.last; k++) if (tokens[k]!.kind === 'number') return false;
    return !homeBefore(tokens, span.first - 1);
  }
  if (span.type === 'STREET_ADDRESS') return courtAddress(tokens, span);
  return span.type === 'PLACE' && (issuingCountry(tokens, span) || facilityTown(tokens, span));
}

/**
 * Capitalised words that open the name of a place of care or of a school (folded): "Hôpital de jour — Lyon", "Clínica
 * del Pilar | Zaragoza", "IPS Vida Sana — Cali —", "Escuela Básica Municipal de Osorno".
 */
const FACILITY_HEADS = new Set([
  'hospital',
  'hopital',
  'clinic',
  'clinica',
  'clinique',
  'policlinico',
  'sanatorio',
  'consultorio',
  'ambulatorio',
  'cesfam',
  'ips',
  'eps',
  'liceo',
  'colegio',
  'escuela',
  'instituto',
  'school',
  'academy',
  'college',
  'universidad',
  'university',
]);

/**
 * Marks that close the segment of a header line the facility's name stands in. A comma or a bracket is left out: an
 * author's affiliation ("Servicio de Nefrología, Hospital General, Segovia") names the town that the shared clinical
 * set marks.
 */
const SEGMENT_MARKS = new Set(['—', '–', '-', '|', '·']);

/** Words of a facility's name before its town, at most. */
const FACILITY_WORDS = 6;

/**
 * The town of a clinic, a hospital or a school named right before it in the same segment of its line ("IPS Vida Sana
 * — Cali", "Clínica Norte - Lugo", "Liceo Bicentenario de Temuco"): the facility's, not a patient's or a
 * pupil's home. A home word before the name on its line ("vive junto al Hospital ...") keeps it.
 */
function facilityTown(tokens: readonly Token[], span: TokenSpan): boolean {
  let k = span.first - 1;
  const mark = tokens[k];
  if (mark === undefined || tokens[span.first]!.lineStart) return false;
  if (SEGMENT_MARKS.has(mark.text) || mark.key === 'de' || mark.key === 'del') k--;
  else return false;
  for (let words = 0; k >= 0 && words < FACILITY_WORDS; k--, words++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.cap && FACILITY_HEADS.has(t.key)) return !homeBefore(tokens, k);
    if (t.lineStart) return false;
  }
  return false;
}

/** Words of a court in the heading above an address ("HIGH COURT OF JUSTICE", "Juzgado de lo Social nº 3"). */
const COURT_WORDS = new Set(['court', 'tribunal', 'juzgado', 'audiencia']);

/** Tokens of the line above searched for the court's word. */
const COURT_REACH = 40;

/**
 * "IN THE HIGH COURT ...\nRolls Building, 7 Fetter Lane, London": a street address opening its line (after a
 * building's name at most) under a court's heading is the court's, published on every judgment.
 */
function courtAddress(tokens: readonly Token[], span: TokenSpan): boolean {
  let k = span.first;
  while (!tokens[k]!.lineStart) {
    const t = tokens[k - 1]!;
    if (!(t.text === ',' || (t.kind === 'word' && t.cap))) return false;
    k--;
    if (span.first - k > 4) return false;
  }
  for (let j = k - 1, n = 0; j >= 0 && n < COURT_REACH; j--, n++) {
    if (COURT_WORDS.has(tokens[j]!.key) && tokens[j]!.cap) return true;
    if (tokens[j]!.lineStart) return false;
  }
  return false;
}

/**
 * "Devolución: Neiva NVA 02/05/2027 18:40", "Pick-up Leeds LBA 09:30": a town, a three-letter code in capitals and a
 * date or a time name an airport's desk on a booking's line. A state's code stands before a postcode instead ("Hobart
 * TAS 7000", "Sydney NSW 2000"), which nothing is glued to.
 */
function airportCode(tokens: readonly Token[], span: TokenSpan): boolean {
  const code = tokens[span.last + 1]!;
  if (code.kind !== 'word' || code.text.length !== 3 || !isUpperCase(code.text) || !code.cap) return false;
  const when = tokens[span.last + 2];
  const mark = tokens[span.last + 3];
  return (
    when?.kind === 'number' &&
    !when.lineStart &&
    when.text.length <= 2 &&
    mark !== undefined &&
    mark.start === when.end &&
    (mark.text === '/' || mark.text === ':' || mark.text === '.' || mark.text === '-')
  );
}

/** "BYRNE123 (UK)", "X1234567 (ESP)": one place in brackets right after an identifier that holds a digit. */
function issuingCountry(tokens: readonly Token[], span: TokenSpan): boolean {
  if (span.first !== span.last || tokens[span.first - 1]?.text !== '(' || tokens[span.last + 1]?.text !== ')')
    return false;
  // The tokenizer splits "BYRNE123" into its letters and its digits: read the glued run back from the bracket.
  let digits = false;
  let letters = false;
  let length = 0;
  for (let k = span.first - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'number') digits = true;
    else if (t.kind === 'word') letters = true;
    else break;
    length += t.text.length;
    if (t.lineStart || tokens[k - 1]?.end !== t.start) break;
  }
  return digits && letters && length >= 5;
}

function homeBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    if (HOME_WORDS.has(tokens[k]!.key)) return true;
    if (tokens[k + 1]!.lineStart) return false;
  }
  return false;
}
