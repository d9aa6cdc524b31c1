import type { Finding } from '../types.js';

/**
 * An address that belongs to an establishment or a venue, not to anyone's home: the premises of a pharmacy, a hotel,
 * a museum, a library, a town hall or a sports centre named just before it on its line ("Farmacia del Olivar, C/ Olmo
 * 9, tel. ...", "B-07  Biblioteca Pública   Calle Hornos 2", "Teatro Principal (plaza Vieja 5)"), or an
 * address a venue's field gives ("Venue: Riverside Hall, 4 Quay Street", "Sede: ..."), or on a line that lists the
 * establishment ("Ayuntamiento (centralita): 925 ..., Plaza Mayor 1"). The prompt sets leave such
 * addresses unmarked (a venue, an organisation's office), and a public document that lists them (a duty rota, an
 * inventory of public buildings, a conference blurb) is no one's record for holding them.
 * A residence word between the establishment and the address ("lives above the Bar Sol, calle Real 3") keeps it
 * someone's; so does a person's field ("Domicilio:", "Home address:") before it.
 */

/** Nouns that name an establishment's premises, in English and Spanish (a closed list of kinds of premises). */
const PREMISES =
  // Words that are also surnames (Hall, Church, Bar, Sala, Port) only in phrases that cannot be a name.
  'farmacia|pharmacy|chemist|hotel|hostal|hostel|albergue|museo|museum|art gallery|galer[ií]a de arte|biblioteca|' +
  'library|ayuntamiento|town hall|city hall|village hall|church hall|concert hall|sports hall|casa consistorial|' +
  'council offices|polideportivo|leisure centre|sports centre|estadio|stadium|auditorio|auditorium|teatro|theatre|' +
  'theater|cinema|iglesia|parish church|parroquia|catedral|cathedral|ermita|capilla|colegio|school|instituto|' +
  'escuela|universidad|university|hospital|cl[ií]nica|clinic|centro de salud|health centre|centro m[eé]dico|' +
  'medical cent(?:re|er)|consultorio|surgery|ambulatorio|mercado|restaurante|restaurant|caf[eé]|cafeter[ií]a|' +
  'tienda|supermercado|supermarket|centro c[ií]vico|centro cultural|community centre|centro de d[ií]a|day centre|' +
  'residencia de mayores|care home|oficina de turismo|tourist office|estaci[oó]n|railway station|aeropuerto|' +
  'airport|convention centre|conference centre|palacio de congresos|recinto ferial|exhibition centre|' +
  // Public services a council's notice or a bulletin's box lists with their addresses.
  'punto limpio|recycling cent(?:re|er)|cementerio|cemetery|tanatorio|funeral home|comisar[ií]a|police station|' +
  'polic[ií]a local|polic[ií]a municipal|guardia civil|parque de bomberos|fire station|juzgado|courthouse|' +
  'oficina de correos|post office|oficina de atenci[oó]n(?: ciudadana| al ciudadano)?|oficina municipal|' +
  'registro civil|citizens advice';

/** A venue's or a premises' field before the address: "Venue:", "Lugar:", "Sede:". */
const VENUE_FIELD = /(?:^|[.;|·]\s*)(?:venue|lugar|sede|emplazamiento)\s*:/iu;

/**
 * The premises' noun, then at most five words of its name, then the separator before the address (a comma, a dash,
 * an opening bracket, a tab or a column's run of spaces); or the noun opening the finding itself.
 */
const PREMISES_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PREMISES})(?![\\p{L}\\p{N}])[^\\n,;:()\\t]{0,60}?(?:,|[–—-]|\\(|\\t|  +)[ \\t]*$`,
  'iu',
);
const PREMISES_OPENING = new RegExp(`^(?:${PREMISES})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * A line that lists an establishment: it opens with the premises' noun and its label ends in a colon ("Ayuntamiento
 * (centralita): 925 ..., Plaza Mayor 1", "Punto limpio: sábados 10-13 h, Camino del Molino s/n"). What the line then
 * gives, a phone, hours, an address, is the establishment's.
 */
const LISTING_HEAD = new RegExp(`^[ \\t]*(?:[-*•·][ \\t]*)?(?:${PREMISES})(?![\\p{L}\\p{N}])[^\\n:]{0,50}:`, 'iu');

/** Words that make the address someone's home whatever premises precede it. */
const RESIDENCE =
  /(?<![\p{L}])(?:lives?|living|home|resides?|residing|vive|vivo|viven|reside|domicilio|domiciliad[oa]|direcci[oó]n particular|encima|above|over)(?![\p{L}])/iu;

/** Whether the address finding is an establishment's or a venue's premises. */
export function establishmentAddress(text: string, f: Pick<Finding, 'start' | 'end'>): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const before = text.slice(lineStart, f.start);
  if (RESIDENCE.test(before)) return false;
  if (PREMISES_OPENING.test(text.slice(f.start, f.end))) return true;
  return PREMISES_BEFORE.test(before) || VENUE_FIELD.test(before) || LISTING_HEAD.test(before);
}
