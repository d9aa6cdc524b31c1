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
  'registro civil|citizens advice|' +
  // Halls and centres that host sessions, clinics and shows, by kind (a bare "Hall" is a surname).
  'civic hall|memorial hall|community hall|parish hall|market hall|scout hall|drill hall|masonic hall|' +
  'assembly hall|welfare hall|guildhall|arts cent(?:re|er)|civic cent(?:re|er)|youth cent(?:re|er)|' +
  'visitor cent(?:re|er)|shopping cent(?:re|er)|garden cent(?:re|er)|business cent(?:re|er)|' +
  'enterprise cent(?:re|er)|family cent(?:re|er)|resource cent(?:re|er)|donor cent(?:re|er)|blood donor cent(?:re|er)';

/** A venue's or a premises' field before the address: "Venue:", "Lugar:", "Sede:". */
const VENUE_FIELD = /(?:^|[.;|·]\s*)(?:venue|lugar|sede|emplazamiento)\s*:/iu;

/**
 * A preposition that places premises on their street, right after their name: "the Centro Cívico de la Calle Real",
 * "the Mill Surgery on Elm Road" (not "the restaurant is at ...": a sentence about the place may be anyone's).
 */
const AT_STREET = '[ \\t]+(?:at|on|en|de la|de|del)[ \\t]+';

/**
 * The premises' noun, then at most five words of its name, then the separator before the address (a comma, a dash,
 * an opening bracket, a tab or a column's run of spaces); or the noun opening the finding itself.
 */
const PREMISES_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PREMISES})(?![\\p{L}\\p{N}])[^\\n,;:()\\t]{0,60}?(?:,|[–—-]|\\(|\\t|  +)[ \\t]*$`,
  'iu',
);
const PREMISES_OPENING = new RegExp(`^(?:${PREMISES})(?![\\p{L}\\p{N}])`, 'iu');

/** The premises' noun, the words of its name (group 1), then the preposition before the street. */
const PREMISES_AT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PREMISES})((?:[ \\t]+[\\p{L}'’-]+){0,4}?)${AT_STREET}$`, 'iu');
/** Whether the premises stand right before the street, their name's words capitalised (no verb between). */
function premisesAtStreet(before: string): boolean {
  const m = PREMISES_AT.exec(before);
  return m !== null && m[1]!.split(/[ \t]+/).every((w) => w === '' || /^\p{Lu}/u.test(w));
}

/**
 * A line that lists an establishment: it opens with the premises' noun and its label ends in a colon ("Ayuntamiento
 * (centralita): 925 ..., Plaza Mayor 1", "Punto limpio: sábados 10-13 h, Camino del Molino s/n"). What the line then
 * gives, a phone, hours, an address, is the establishment's.
 */
const LISTING_HEAD = new RegExp(`^[ \\t]*(?:[-*•·][ \\t]*)?(?:${PREMISES})(?![\\p{L}\\p{N}])[^\\n:]{0,50}:`, 'iu');

/**
 * Nouns that end an organisation's name in English order ("Dyfed Blood Service", "Fenmoor Community Trust",
 * "Paws & Suds Groomers"): a body, a service or a trade's premises, never a given name.
 */
const ORGANISATION_NOUNS =
  'service|services|trust|council|authority|agency|society|association|foundation|institute|federation|' +
  'partnership|kennels|boarding|cattery|groomers|dispensary|laboratories|laboratory|pharmaceuticals|distribution|' +
  'wholesale|electronics|engineering|solutions|supplies';

/** The nouns as a name's last word: capitalised ("Blood Service", not "the laundry service"). */
const NAME_NOUN = ORGANISATION_NOUNS.split('|')
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .join('|');
/** One to five words of a name before its noun: capitalised words, an ampersand, joining words. */
const NAME_WORDS = "(?:\\p{Lu}[\\p{L}'’.&-]*[ \\t]+|&[ \\t]+|(?:of|the|and|for|de|del|y)[ \\t]+)";

/** Such a name, then the separator before the address: "Paws & Suds Groomers, 27 ...". */
const NAMED_BODY_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])${NAME_WORDS}{1,5}(?:${NAME_NOUN})(?:[ \\t]*(?:,|[–—-]|\\(|\\t|  +)|${AT_STREET})[ \\t]*$`,
  'u',
);
/** The same name opening the finding itself, before its first comma: "Dyfed Blood Service, Tawe Park Road". */
const NAMED_BODY_OPENING = new RegExp(`^${NAME_WORDS}{1,5}(?:${NAME_NOUN})[ \\t]*,`, 'u');

/**
 * A firm's legal form just before the address ("Corvane Foods Ltd, Unit 4 ...", "Farmalia Norte S.L., Avenida ..."):
 * a company's seat. In its own case: "sa" and "sl" are words in lower case.
 */
const LEGAL_FORM_BEFORE =
  /(?<![\p{L}\p{N}])(?:Ltd|LTD|Limited|LLP|PLC|plc|Inc|INC|LLC|GmbH|AG|Pty|S\.\s?[AL]\.?(?:U\.?)?|S[AL]U?|S\.A\.S\.?|SAS|SARL|S\.r\.l\.?|Srl|B\.V\.?|BV|Ltda)\.?[ \t]*(?:,|[–—-]|\(|\t| {2,})[ \t]*$/u;

/**
 * Who issues, makes or distributes a product or a notice, then its name: the address after it is that firm's seat
 * ("Issued by X, ...", "Titular: Laboratorios X, ...", "distributor X Ltd, ...", "domicilio social: ...").
 */
const ISSUER_BEFORE = new RegExp(
  // Not a bare "titular" nor a supplier: an account's holder and a sole trader are people.
  `(?<![\\p{L}])(?:(?:issued|published|distributed|manufactured|marketed|produced) by|distributors?|manufacturers?|` +
    'marketing authori[sz]ation holder|registered office|head office|' +
    'titular de la autorizaci[oó]n(?: de comercializaci[oó]n)?|fabricante|responsable de la fabricaci[oó]n|' +
    `distribuid(?:or|ora|o por)|domicilio social|sede social|oficinas? centrales)(?![\\p{L}])[ \\t:]*[^\\n;]{0,80}?(?:,|[–—-]|\\(|\\t|  +|:)[ \\t]*$`,
  'iu',
);

/** Words that make the address someone's home whatever premises precede it ("domicilio social" is a firm's seat). */
const RESIDENCE =
  /(?<![\p{L}])(?:lives?|living|home|resides?|residing|vive|vivo|viven|reside|domicilio(?! social)|domiciliad[oa]|direcci[oó]n particular|encima|above|over)(?![\p{L}])/iu;

/** Whether the address finding is an establishment's, a venue's or a firm's premises. */
export function establishmentAddress(text: string, f: Pick<Finding, 'start' | 'end'>): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const before = text.slice(lineStart, f.start);
  if (RESIDENCE.test(before)) return false;
  const value = text.slice(f.start, f.end);
  if (PREMISES_OPENING.test(value) || NAMED_BODY_OPENING.test(value)) return true;
  // Only the last stretch of a long line can hold the name before the address.
  const near = before.length > 160 ? before.slice(-160) : before;
  return (
    PREMISES_BEFORE.test(near) ||
    premisesAtStreet(near) ||
    VENUE_FIELD.test(before) ||
    LISTING_HEAD.test(before) ||
    LEGAL_FORM_BEFORE.test(near) ||
    NAMED_BODY_BEFORE.test(near) ||
    ISSUER_BEFORE.test(near)
  );
}
