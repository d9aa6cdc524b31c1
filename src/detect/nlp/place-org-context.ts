import { lineAt } from '../table/cells.js';
import { personalLink } from './place-firm-sites.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Places a text names as an organisation's, an event's or a posting's, decided by the words right around the place:
 * a firm's branch named with its code ("Oficina 0219 (Lugo centro)", "Sucursal Tepic"), a town inside a shop's or a
 * hospital's name ("Berg Apotek Uppsala", "St Luke's Hospital, Leeds"), an event named after a place ("the Kent
 * League", "Bath Half"), the towns a firm will open premises in ("abrirá tiendas en Lugo y Soria"), an assignment's
 * or a visa's destination ("staff on secondment to Oslo", "visa de trabajo para Canadá"), a stay counted in days
 * ("12 days in Doha"), the employer's or the shoot's town on a CV's job line ("Acme Ltd (Leeds) — 2019–present") and
 * an authority's own address ("ante la CNMC, C/ ...").
 * A person's home keeps its cue ("lives in", "vive en") or its house number and stays: placeOfNobody asks these only
 * after the strong-cue test, and none of them takes an address with a house number but the authority's.
 */

/** Words of a firm's branch or office followed by its code or its town ("Oficina 0219", "Sucursal Tepic"). */
const BRANCH_WORDS = new Set([
  'oficina',
  'sucursal',
  'agencia',
  'delegacion',
  'branch',
  'office',
  // A tax or state office's branch named by its town ("Intendencia Lima", "Jefatura Sevilla").
  'intendencia',
  'jefatura',
]);

/** "Oficina 0219 (Lugo centro)", "Sucursal Tepic", "Branch 42 (Leeds)": a branch of a firm named by its town. */
export function branchTown(tokens: readonly Token[], span: TokenSpan): boolean {
  const before = tokens[span.first - 1];
  if (before === undefined || tokens[span.first]!.lineStart) return false;
  let word = before;
  if (before.text === '(') {
    const code = tokens[span.first - 2];
    if (code?.kind !== 'number' || code.lineStart) return false;
    word = tokens[span.first - 3]!;
    if (word === undefined) return false;
  } else if (!before.cap) return false;
  return BRANCH_WORDS.has(word.key) && !personalLink(tokens, span.first);
}

/** Words of a residential building's name: the town closing it is the building's, unless someone says they live there. */
const BUILDING_WORDS = ['edificio', 'condominio'];

/** Words of someone's home before a building's name on its line: "I live in the Edificio ...", "mi depto en ...". */
const HOME_BEFORE = new Set(['i', 'my', 'live', 'lives', 'home', 'mi', 'vivo', 'vive', 'vivimos', 'casa', 'domicilio']);

function homeBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    if (HOME_BEFORE.has(tokens[j]!.key)) return true;
    if (tokens[j]!.lineStart) return false;
  }
  return false;
}

/**
 * Words of an organisation's name that a town may close ("Berg Apotek Uppsala", "Clínica Norte Lugo") or that, with a
 * comma, a town may follow ("St Luke's Hospital, Leeds", "Trinity College, Dublin"): the town is the organisation's.
 */
const ORG_WORDS = new Set([
  'apotek',
  'apoteket',
  'apotheke',
  'pharmacy',
  'farmacia',
  'hospital',
  'infirmary',
  'hospice',
  'clinic',
  'clinica',
  'university',
  'universidad',
  'college',
  'cathedral',
  'church',
  'chapel',
  'crematorium',
  'cemetery',
  'stadium',
  'museum',
  'gallery',
  'theatre',
  'theater',
  'airport',
  'aeropuerto',
  'hotel',
  'gym',
  'gimnasio',
  'stables',
  'club',
  'school',
  'academy',
  'nursery',
  // A building's or an estate's name ending in its town ("Edificio Parque Lugo"): the address is given apart.
  ...BUILDING_WORDS,
]);

/**
 * "Berg Apotek Uppsala", "Farmacia Ledesma Soria", "St Mary's Hospital, Leeds": a town closing or following an
 * organisation's name.
 */
export function orgTown(tokens: readonly Token[], span: TokenSpan): boolean {
  if (tokens[span.first]!.lineStart) return false;
  // Romance order: the organisation's word opens the name, then its name and the town ("en Farmacia Ledesma Soria").
  // A capitalised word before the organisation's word ("Dra. Ana Gil Hospital Universitario San Juan", a signature
  // run together) may be a person's name read as one run with it: the town is then left to the other readings.
  const named = tokens[span.first - 1];
  const head = tokens[span.first - 2];
  if (named?.kind === 'word' && named.cap && !named.lineStart && head?.cap && ORG_WORDS.has(head.key)) {
    if (BUILDING_WORDS.includes(head.key) && homeBefore(tokens, span.first - 2)) return false;
    return head.lineStart || !capitalWord(tokens[span.first - 3]);
  }
  let k = span.first - 1;
  const comma = tokens[k]?.text === ',';
  if (comma) k--;
  const word = tokens[k];
  if (word === undefined || !word.cap || !ORG_WORDS.has(word.key) || word.lineStart) return false;
  // Germanic order without a comma ("Berg Apotek Uppsala") is a shop's: "Ruiz Hospital Lugo" may close a person's name.
  if (!comma && !SHOP_WORDS.has(word.key)) return false;
  // The name has a word of its own before the organisation's word ("Berg Apotek", "St Mary's Hospital").
  const name = tokens[k - 1];
  if (name === undefined || name.kind !== 'word' || !name.cap || word.lineStart) return false;
  // "Flat 2, Old Chapel, Leeds", "4 Old School, Leeds": a house number before the building's name makes it a home.
  if (k === span.first - 1) return true;
  let j = k - 1;
  while (
    j > 0 &&
    j > k - ORG_NAME_WORDS &&
    tokens[j - 1]!.kind === 'word' &&
    tokens[j - 1]!.cap &&
    !tokens[j]!.lineStart
  )
    j--;
  let before = tokens[j - 1];
  if (before?.text === ',' && !tokens[j]!.lineStart) before = tokens[j - 2];
  return before?.kind !== 'number' || tokens[j]!.lineStart;
}

/** Shop words that follow their owner's name and precede the town ("Berg Apotek Uppsala", "Hale Pharmacy Leeds"). */
const SHOP_WORDS = new Set(['apotek', 'apoteket', 'apotheke', 'pharmacy']);

function capitalWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/** Words of an organisation's own name before its organisation word ("St Mary's", "Royal Free"). */
const ORG_NAME_WORDS = 4;

/** Words closing the name of a sports or event venue ("Danson Park", "Hylands Stadium", "Kempton Racecourse"). */
const VENUE_WORDS = new Set(['park', 'stadium', 'racecourse', 'ground', 'arena', 'showground', 'velodrome', 'common']);

/** A time of day on a line ("11:00", "7.30pm", "10am"). */
const TIME_OF_DAY = /\b\d{1,2}(?:[:.]\d\d\s?(?:am|pm|h)?|\s?(?:am|pm))\b/i;

/**
 * "Sat 6 Dec — Essex League XC, Hylands Park, Chelmsford CM2 8WQ (11:00)": the town and postcode after a named
 * venue (no house number before it) on a line that gives a start time are the venue's, for everyone who comes.
 */
export function venueAddress(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  const comma = tokens[span.first - 1];
  const venue = tokens[span.first - 2];
  if (comma?.text !== ',' || venue === undefined || !venue.cap || !VENUE_WORDS.has(venue.key)) return false;
  const name = tokens[span.first - 3];
  if (name === undefined || name.kind !== 'word' || !name.cap || venue.lineStart) return false;
  let j = span.first - 3;
  while (
    j > 0 &&
    j > span.first - 3 - ORG_NAME_WORDS &&
    tokens[j - 1]!.kind === 'word' &&
    tokens[j - 1]!.cap &&
    !tokens[j]!.lineStart
  )
    j--;
  if (!tokens[j]!.lineStart && tokens[j - 1]?.kind === 'number') return false;
  const at = tokens[span.first]!.start;
  const [lineFrom, lineTo] = lineAt(text, at);
  const line = text.slice(lineFrom, lineTo);
  return FIXTURE_OPENS.test(line) && TIME_OF_DAY.test(line) && !HOME_ON_LINE.test(text.slice(lineFrom, at));
}

/** A schedule's line opens with its day or date ("Sat 6 Dec —", "Sunday 14 Dec", "14/12 —", "Dom 7 dic"). */
const FIXTURE_OPENS =
  /^\s*[-*•]?\s*(?:\d{1,2}[/.]\d{1,2}\b|(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mi[ée]|jue|vie|s[áa]b|dom)[a-zé]*\.?\s+\d)/i;

/** Words that tie a venue's line to someone's home ("lives near Danson Park", "Address:", "vive junto a"). */
const HOME_ON_LINE = /\b(?:live[sd]?|living|home|address|resides?|near|vive|domicilio|direcci[óo]n)\b/i;

/** Words after a place that make it an event's name ("Kent League", "Bath Half", "Leeds 10K", "Ely Relays"). */
const EVENT_AFTER = new Set([
  'league',
  'half',
  '10k',
  'parkrun',
  'relays',
  'triathlon',
  'cup',
  'trophy',
  'open',
  'games',
  'festival',
  'regatta',
]);

/** "Kent League XC", "Bath Half": a place opening an event's capitalised name. */
export function eventName(tokens: readonly Token[], span: TokenSpan): boolean {
  const next = tokens[span.last + 1];
  return next?.cap === true && !next.lineStart && EVENT_AFTER.has(next.key);
}

/** Premises a firm opens, in the plural, before "in"/"en" and a list of towns. */
const OPENED_PREMISES = new Set([
  'hotels',
  'hoteles',
  'stores',
  'shops',
  'tiendas',
  'restaurants',
  'restaurantes',
  'offices',
  'oficinas',
  'branches',
  'sucursales',
  'clinics',
  'clinicas',
  'centres',
  'centers',
  'centros',
  'plants',
  'plantas',
  'factories',
  'fabricas',
  'warehouses',
  'almacenes',
  'sedes',
]);

/** Stems of verbs of opening or launching premises ("abrirá", "opens", "inaugura", "launching"). */
const OPENING_STEMS = ['abr', 'open', 'inaugur', 'launch', 'lanz', 'estren'];

/** Words that may stand inside a list of towns ("Lugo, Soria y Cartagena de Indias"). */
const LIST_WORDS = new Set([',', 'and', 'or', 'y', 'e', 'o', 'u', '&', 'de', 'del', 'la', 'el', 'upon', '(', ')']);

/** Tokens back from a listed town searched for the preposition that opens the list. */
const LIST_BACK = 16;

/** The preposition that opens the list of towns the place belongs to, or -1 ("... en Lugo, Soria y Vigo"). */
function listOpener(tokens: readonly Token[], first: number, preps: ReadonlySet<string>): number {
  for (let k = first - 1; k >= 0 && k >= first - LIST_BACK; k--) {
    const t = tokens[k]!;
    if (preps.has(t.key)) return k;
    if (!((t.kind === 'word' && t.cap) || LIST_WORDS.has(t.key))) return -1;
  }
  return -1;
}

const IN_WORDS = new Set(['in', 'en']);

/** Tokens back in the sentence searched for the verb of opening. */
const OPENING_REACH = 8;

/** "abrirá en 2027 hoteles en Lima, Quito y Oporto", "opens stores in Leeds and York": towns of a firm's openings. */
export function firmOpenings(tokens: readonly Token[], span: TokenSpan): boolean {
  const prep = listOpener(tokens, span.first, IN_WORDS);
  if (prep < 1 || !OPENED_PREMISES.has(tokens[prep - 1]!.key)) return false;
  for (let k = prep - 2; k >= 0 && k >= prep - 1 - OPENING_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';') return false;
    if (t.kind === 'word' && OPENING_STEMS.some((s) => t.key.startsWith(s))) return true;
    if (t.lineStart) return false;
  }
  return false;
}

/** Nouns of a posting or a permit whose destination follows ("assignment to", "secondment to", "visa for"). */
const POSTING_NOUNS = new Set([
  'assignment',
  'assignments',
  'secondment',
  'secondments',
  'posting',
  'deployment',
  'visa',
  'visas',
  'visado',
  'visados',
  'permit',
  'asignacion',
  'comision',
]);

const POSTING_PREPS = new Set(['to', 'for', 'in', 'a', 'para', 'en', 'hacia']);

/**
 * "staff on assignment to Oslo, Lima or Doha", "visa de trabajo para Canadá (Toronto)": where a posting or a visa
 * sends someone is the employer's or the state's destination, not where that person lives.
 */
export function postingDestination(tokens: readonly Token[], span: TokenSpan): boolean {
  const prep = listOpener(tokens, span.first, POSTING_PREPS);
  if (prep < 1) return false;
  const noun = tokens[prep - 1]!;
  if (POSTING_NOUNS.has(noun.key)) return true;
  // "visa de trabajo para", "visado de estudios para": the noun and its kind.
  return tokens[prep - 2]?.key === 'de' && POSTING_NOUNS.has(tokens[prep - 3]?.key ?? '');
}

/** Units of a short stay counted before "in"/"en" ("12 days in Doha", "3 noches en Lugo"). */
const STAY_UNITS = new Set(['days', 'nights', 'weeks', 'dias', 'noches', 'semanas']);

/** "absences: 94 days in Doha", "pasó 3 noches en Lugo": a stay counted in days is a trip, nobody's home. */
export function countedStay(tokens: readonly Token[], span: TokenSpan): boolean {
  const prep = tokens[span.first - 1];
  const unit = tokens[span.first - 2];
  return (
    prep !== undefined &&
    IN_WORDS.has(prep.key) &&
    unit !== undefined &&
    STAY_UNITS.has(unit.key) &&
    tokens[span.first - 3]?.kind === 'number'
  );
}

/** A CV or a credits list: its heading words, as people write them. */
const CV_TEXT =
  /\b(?:CV|C\.V\.|[Rr][ée]sum[ée]|[Cc]urr[íi]cul(?:um|o)|CREDITS|Credits|[Ff]ilmograph|EXPERIENCE|EXPERIENCIA|[Ww]ork experience|[Ee]xperiencia (?:laboral|profesional))\b/;

/** A job line's dates: a line opening with a year, or a range of years ("2019–present", "2015 - 2019"). */
const YEAR_OPENS = /^\s*(?:19|20)\d\d\b/;
const YEAR_RANGE =
  /\b(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|now|current|today|date|actualidad|presente|hoy)\b/i;

/**
 * "2024  "Harbour Lights" — 2nd AC, Wicklow", "Role, Acme Ltd (Leeds) — 2019–present": in a CV, a town set off by a
 * comma or a bracket on a job or credits line is the employer's or the shoot's. The CV's contact block carries no
 * years and stays.
 */
export function cvJobTown(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  const before = tokens[span.first - 1];
  if (before === undefined || (before.text !== ',' && before.text !== '(')) return false;
  const at = tokens[span.first]!.start;
  const [lineFrom, lineTo] = lineAt(text, at);
  const line = text.slice(lineFrom, lineTo);
  if (!YEAR_OPENS.test(line) && !YEAR_RANGE.test(line)) return false;
  if (text !== cvSeen.text) cvSeen = { text, cv: CV_TEXT.test(text) };
  return cvSeen.cv;
}

/** The last text asked about and whether it is a CV: its job lines ask once, not once per town. */
let cvSeen = { text: '', cv: false };

/** Words right before an authority's acronym ("ante la CNMC", "to the ICO", "de la AEPD"). */
const AUTHORITY_BEFORE = new Set(['la', 'el', 'the', 'ante', 'to', 'del', 'senor', 'senora', 'sr', 'sra']);

/**
 * "Puede reclamar ante la CNMC, C/ Mayor 5, 28013 Madrid", "complain to the ICO, Water Lane, Wilmslow": an address
 * set after an authority's acronym names its seat. A person's name is never preceded by an article.
 */
export function authorityAddress(tokens: readonly Token[], span: TokenSpan): boolean {
  const comma = tokens[span.first - 1];
  const acronym = tokens[span.first - 2];
  if (comma?.text !== ',' || acronym === undefined || acronym.kind !== 'word') return false;
  if (authorityNameBefore(tokens, span.first - 2)) return true;
  if (!/^\p{Lu}{2,6}$/u.test(acronym.text)) return false;
  return AUTHORITY_BEFORE.has(tokens[span.first - 3]?.key ?? '');
}

/** Words that open the name of a public authority or a state office (folded). */
const AUTHORITY_HEADS = new Set([
  'agencia',
  'agency',
  'ministerio',
  'ministry',
  'juzgado',
  'tribunal',
  'court',
  'ayuntamiento',
  'council',
  'delegacion',
  'subdelegacion',
  'intendencia',
  'jefatura',
  'defensor',
  'ombudsman',
  'comision',
  'commission',
  'autoridad',
  'authority',
  'superintendencia',
  'registro',
  'tesoreria',
  'consejeria',
  'fiscalia',
  'procuraduria',
  'embajada',
  'embassy',
  'consulado',
  'consulate',
  // A judge addressed by office ("Señor Juez Civil Municipal de Lugo"): the town is the court's district.
  'juez',
  'jueza',
  'judge',
  'municipio',
  'municipalidad',
]);
/** Lower-case words inside an authority's name ("Agencia Española de Protección de Datos", "Court of Appeal"). */
const AUTHORITY_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'of', 'the', 'for', 'and', 'en']);
/** Tokens back from the comma searched for the authority's first word. */
const AUTHORITY_REACH = 10;

/**
 * "Consultas: Agencia Española de Protección de Datos, C/ ...", "write to the Information Commission, 4 Quay St": an
 * address right after the full name of a public authority (a run of capitalised words opened by an authority's word)
 * is its seat. "Dña. Ana Gil, C/ ..." or "Clínica Sur, Av. ..." open with no such word and stay.
 */
function authorityNameBefore(tokens: readonly Token[], last: number): boolean {
  return nameOpenedBy(tokens, last, AUTHORITY_HEADS, AUTHORITY_JOINERS, AUTHORITY_REACH, AUTHORITY_BEFORE);
}

/**
 * Whether tokens[last] ends a name of capitalised words (and the joiners between them) that opens, within `reach`
 * tokens and on one line, with a capitalised head word at the start of a line, after punctuation or after one of the
 * words `after` allows ("la Agencia ...", "ante el Juzgado ...").
 */
function nameOpenedBy(
  tokens: readonly Token[],
  last: number,
  heads: ReadonlySet<string>,
  joiners: ReadonlySet<string>,
  reach: number,
  after?: ReadonlySet<string>,
): boolean {
  if (!tokens[last]?.cap) return false;
  for (let k = last; k >= 0 && k > last - reach; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !(t.cap || joiners.has(t.key))) return false;
    if (t.cap && heads.has(t.key)) {
      const before = tokens[k - 1];
      return t.lineStart || before === undefined || before.kind === 'punct' || after?.has(before.key) === true;
    }
    if (t.lineStart) return false;
  }
  return false;
}

/** A bare place (no street, no house number) that one of the readings above gives to an organisation or a trip. */
export function placeOfOrgContext(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  return (
    providerField(tokens, span) ||
    orgOfTown(tokens, span) ||
    eventName(tokens, span) ||
    branchTown(tokens, span) ||
    orgTown(tokens, span) ||
    countedStay(tokens, span) ||
    postingDestination(tokens, span) ||
    firmOpenings(tokens, span) ||
    cvJobTown(text, tokens, span) ||
    institutionTown(tokens, span) ||
    serviceTown(tokens, span) ||
    authorityRegion(tokens, span)
  );
}

/** Words that join an authority's name to the region or town it serves ("Delegación Especial de Andalucía"). */
const REGION_LINKS = new Set(['de', 'del', 'en', 'of', 'for']);

/**
 * "Delegación Especial de Andalucía", "Jefatura Provincial de Tráfico de Lugo", "Court of Appeal for Ontario": the
 * region or town an authority's name ends with is its district of office, nobody's home.
 */
function authorityRegion(tokens: readonly Token[], span: TokenSpan): boolean {
  const link = tokens[span.first - 1];
  if (link === undefined || !REGION_LINKS.has(link.key) || tokens[span.first]!.lineStart || span.first < 2)
    return false;
  return authorityNameBefore(tokens, span.first - 2);
}

/** Stems of verbs of appearing before an office (folded): "presentarse en", "comparecer en", "acudir a", "report to". */
const APPEAR_STEMS = ['present', 'compare', 'acud', 'persone', 'personar', 'appear', 'report'];
/** Tokens back from the street searched for the verb. */
const APPEAR_REACH = 4;

/**
 * "Se le solicita presentarse en la Av. X 1460 el día 16/12/2026 a las 10:00", "report to 4 Quay Street on 3 May at
 * 9:00": the address where someone is summoned to appear on a given day is an office's, not anyone's home.
 */
export function appointmentAddress(tokens: readonly Token[], span: TokenSpan): boolean {
  let verb = false;
  for (let k = span.first - 1; k >= 0 && k >= span.first - APPEAR_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && APPEAR_STEMS.some((s) => t.key.startsWith(s))) {
      verb = true;
      break;
    }
    if (t.kind !== 'word' || tokens[k + 1]!.lineStart) return false;
  }
  if (!verb) return false;
  let j = span.last + 1;
  if (tokens[j]?.key === 'el' || tokens[j]?.key === 'on') j++;
  if (tokens[j]?.key === 'dia' || tokens[j]?.key === 'day') j++;
  const day = tokens[j];
  return day !== undefined && day.kind === 'number' && !day.lineStart && day.text.length <= 2;
}

/** Words that open the name of a practice, a school or a centre (folded): "Centro Habla y Juego", "Clínica Sur". */
const INSTITUTION_HEADS = new Set([
  'centro',
  'clinica',
  'colegio',
  'instituto',
  'laboratorio',
  'fundacion',
  'asociacion',
  'academia',
  'escuela',
  'gabinete',
  'consultorio',
  'comunidad',
  'centre',
  'center',
  'clinic',
  'institute',
  'laboratory',
  'foundation',
  'association',
  'academy',
  'school',
  'granja',
  'farmacia',
  'pharmacy',
  'gym',
  'gimnasio',
  'stables',
]);
/** Lower-case words inside such a name ("Centro de Atención en Drogodependencias", "Centro Habla y Juego"). */
const INSTITUTION_JOINERS = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'e',
  'en',
  'para',
  'of',
  'the',
  'for',
  'and',
]);
/** Tokens back from the bracket or the dash searched for the name's first word. */
const INSTITUTION_REACH = 9;
/** Marks that set a town apart after a name on a heading line ("Centro X (Lugo)", "Centro X — Lugo —"). */
const TOWN_MARKS = new Set(['(', '—', '–', '-', '|', '·', ',']);

/**
 * "INFORME — Centro Habla y Juego (Zaragoza)", "Centro de Atención Primaria — Lugo — Historia 41": a town in brackets,
 * between dashes or after a comma right after the name of a centre, a clinic or a school is that institution's. A patient's town
 * comes with a cue or a field of its own ("vive en", "Domicilio:") and stays.
 */
function institutionTown(tokens: readonly Token[], span: TokenSpan): boolean {
  const mark = tokens[span.first - 1];
  if (mark === undefined || !TOWN_MARKS.has(mark.text) || tokens[span.first]!.lineStart) return false;
  if (mark.text === '(' && tokens[span.last + 1]?.text !== ')') return false;
  const last = mark.text === '(' && tokens[span.first - 2]?.end === mark.start ? -1 : span.first - 2;
  return (
    last >= 0 &&
    nameOpenedBy(tokens, last, INSTITUTION_HEADS, INSTITUTION_JOINERS, INSTITUTION_REACH, INSTITUTION_BEFORE)
  );
}

/** Words an institution's name may follow in a sentence ("atendida en la Clínica Sur (Lugo)", "at the Quarry Gym, Ripon"). */
const INSTITUTION_BEFORE = new Set(['la', 'el', 'del', 'al', 'the', 'en', 'in', 'at', 'a']);

/** Someone else's professional or a cash machine, whose town follows "in"/"en" (folded). */
const SERVICE_NOUNS = new Set([
  'cardiologist',
  'doctor',
  'gp',
  'consultant',
  'specialist',
  'surgeon',
  'physician',
  'oncologist',
  'neurologist',
  'dentist',
  'therapist',
  'psychologist',
  'psychiatrist',
  'lawyer',
  'solicitor',
  'attorney',
  'accountant',
  'cardiologo',
  'cardiologa',
  'medico',
  'medica',
  'especialista',
  'abogado',
  'abogada',
  'gestor',
  'gestora',
  'dentista',
  'psicologo',
  'psicologa',
  'atm',
  'atms',
  'cajero',
  'cajeros',
]);
/** "her GP at Chapeltown", "my dentist in Leeds", "su abogado en Vigo". */
const SERVICE_PREPS = new Set(['in', 'en', 'at']);
const POSSESSIVES = new Set([
  'my',
  'his',
  'her',
  'their',
  'our',
  'your',
  'mi',
  'su',
  'sus',
  'tu',
  'nuestro',
  'nuestra',
]);

/**
 * "the patient's cardiologist in Boston", "her GP at Headingley", "su abogado en Madrid", "cash withdrawn at ATMs in Leeds": the town of a
 * professional someone consults (a possessive before the profession) or of the cash machines used is where the
 * service is, not where the person lives. "a nurse in Leeds" (her own job) has no possessive and stays.
 */
function serviceTown(tokens: readonly Token[], span: TokenSpan): boolean {
  const prep = tokens[span.first - 1];
  const noun = tokens[span.first - 2];
  if (prep === undefined || !SERVICE_PREPS.has(prep.key) || noun === undefined || !SERVICE_NOUNS.has(noun.key))
    return false;
  if (noun.key.startsWith('atm') || noun.key.startsWith('cajero')) return prep.key !== 'at';
  const owner = tokens[span.first - 3];
  return owner !== undefined && (POSSESSIVES.has(owner.key) || /['’]s$/.test(owner.key));
}

/** Labels of a form's field whose value is a care provider or an institution (folded): "Practice:", "Prestador:". */
const PROVIDER_LABELS = new Set([
  'practice',
  'provider',
  'facility',
  'surgery',
  'clinic',
  'hospital',
  'pharmacy',
  'prestador',
  'centro',
  'clinica',
  'farmacia',
  'institucion',
  'ips',
  // A prison named by its town ("Centro Penitenciario: Lugo II").
  'penitenciario',
  'prison',
  // A health fund named as a member's provider ("Mutualista: Casa de Galicia", "Obra social: ...").
  'mutualista',
  'mutual',
  'prepaga',
  'eps',
]);

/**
 * "Practice: ClearView Opticians, Harrogate", "Prestador: Clínica Norte, Neiva", "Centro: C.S. San Blas, Cuenca": the
 * value of a provider's field names an institution, and a town in it is the institution's.
 */
function providerField(tokens: readonly Token[], span: TokenSpan): boolean {
  for (let k = span.first - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (t.text === ':') return PROVIDER_LABELS.has(tokens[k - 1]!.key);
    if (t.lineStart) return false;
  }
  return false;
}

/** Heads of an organisation's name that a town follows after "of" or "de" ("Associates of Tampa", "Policía Local de Lugo"). */
const ORG_OF_HEADS = new Set([
  'associates',
  'partners',
  'police',
  'constabulary',
  'council',
  'university',
  'policia',
  'guardia',
  'ayuntamiento',
  'diputacion',
  'universidad',
  'consorcio',
  'mancomunidad',
  // A race named after its town ("Media Maratón de Lugo", "Marathon of Hull"): the event's, not a runner's.
  'maraton',
  'marathon',
  'carrera',
]);

/** "Rheumatology Associates of Tampa", "Policía Local de Zamora": a town closing an organisation's name. */
function orgOfTown(tokens: readonly Token[], span: TokenSpan): boolean {
  const of = tokens[span.first - 1];
  if (of === undefined || (of.key !== 'of' && of.key !== 'de' && of.key !== 'del') || of.lineStart) return false;
  // The head may carry one capitalised word of its own after it ("Policía Local de").
  for (let k = span.first - 2; k >= 0 && k >= span.first - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap) return false;
    if (ORG_OF_HEADS.has(t.key)) return true;
    if (t.lineStart) return false;
  }
  return false;
}
