import { byFirstCharacter } from '../factor-alternatives.js';
import { openingCharacterClass } from '../regex-openings.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { historicalText, withoutRegnalI } from './public-history.js';
import { verseBlocks } from './public-verse.js';
import { referenceBlocks } from './reference-list.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

/**
 * Public text is not personal: a novel's or a film's plot (characters, the actors in brackets, the director), a
 * league table and its scorers, a company's filing or history (named executives, founders, its head office), the
 * story of a street's name (its namesake), a census table by town. Such a text is read from its genre cues; when it
 * also holds no personal anchor (an e-mail, a phone, an id, an account, a birth date, a home address, a form's name
 * field, a letter's greeting), its names and places are nobody's private data. When it does hold one (a fan writing
 * in with their phone, a CV listing employers), only the names in a public role go: a character with the actor
 * in brackets, a credited director, a scorer with goals, an executive with a title, a founder, a namesake.
 * Apart from genre, a name that is part of an eponym ("Jefferson curls", "ejercicios de Williams"), a venue
 * ("Ashcombe Hall"), a boat ("la lancha «Don Ramiro»") or a shop sign ("la Rosa Azul") names nobody.
 */

/**
 * What may not stand right before a cue: a letter or a digit. An ASCII one is told first with one code unit's test
 * (most positions lie inside a word); the Unicode look-behind, which that test implies, is then read only at the
 * other positions (same matches, a scan about a quarter faster).
 */
const CUE_START = '(?<![A-Za-z0-9])(?<![\\p{L}\\p{N}])';
/** Letter-bounded cue: a Unicode \b for the phrases below. */
const cue = (body: string, flags = 'iu') => new RegExp(`${CUE_START}(?:${body})(?![\\p{L}])`, flags);

/** Cues that alone say the text is public: a book's ISBN, a filing's form, a league table's header, a namesake. */
const STRONG_CUES: readonly RegExp[] = [
  cue('ISBN', 'u'),
  cue('proxy statement|named executive officers?|CNMV|SEC filing'),
  cue('DEF 14A|10-K|10-Q|8-K|20-F|CIK', 'u'),
  /\((?:NYSE|NASDAQ|Nasdaq|LSE|BME|TSX|Euronext)\s*:\s*[A-Z.]{1,6}\)/u,
  /(?<![\p{L}])Pos(?![\p{L}])[^\n]{0,160}(?<![\p{L}])(?:Pts|Ptos|Points|Puntos)(?![\p{L}])/u,
  cue('jornada \\d{1,2}|matchweek \\d{1,2}|match-week|matchday \\d{1,2}|gameweek \\d{1,2}|fecha \\d{1,2} del torneo'),
  cue('pichichi|top scorers?|máximos? goleador(?:es)?|goleadores|league table|tabla de (?:la )?liga'),
  cue('plot summary|plot of|resumen de (?:la )?(?:novela|película)|book club|club de lectura|film night|cinef[oó]rum'),
  cue(
    'named after|named for|named in hono(?:u)?r of|debe su nombre|deben su nombre|lleva el nombre de|en honor (?:a|de|del)',
  ),
  /\(\s*(?:1[89]|20)\d\d\s*,\s*\d{2,3}\s?min(?![\p{L}])/u,
  // A chess game's PGN players' tags: '[White "Surname, Given"]'.
  /\[(?:White|Black) "[^"\n]*"\]/u,
  // An open licence of a published work or data set: its records are public ("licence CC0", "dominio público").
  cue('CC0|CC[- ]BY(?:-SA|-NC|-ND)*|ODbL|public domain|dominio p[uú]blico'),
  // A crossword's solved clue: its answer length and the answer in capitals ("(6): ANSWER").
  /\(\d{1,2}\)\s?:\s?\p{Lu}{2,}(?![\p{L}])/u,
];

/**
 * Cues that count once each; three of them (or one strong cue) make the text public. Two are not enough: "a film
 * directed by X and starring Y" is a sentence about people as often as a review, and a clinical note has its
 * "episodio" and "película lagrimal".
 */
const WEAK_CUES: readonly RegExp[] = [
  cue('novel|novels|novela|novelas|novelist|novelista'),
  cue('film|films|movie|movies|pel[ií]cula|pel[ií]culas'),
  cue('plot|trama|argumento'),
  cue('chapter \\d+|cap[ií]tulo \\d+'),
  cue('characters?|personajes?|protagonists?|protagonistas?'),
  cue('episode|sequel|secuela|box office|taquilla|runtime|duración: \\d+'),
  /(?<![\p{L}])(?:dir\.|directed by|dirigida por|written by|escrita por|starring|protagonizada por)\s+\p{Lu}/u,
  cue('league|liga|premier league|laliga'),
  cue('goals?|goles|scored|marc[oó]|hat-trick|derby|derbi|penalty|penalti'),
  cue('season|temporada|fixtures?|standings|clasificaci[oó]n'),
  cue('att\\.|attendance|espectadores|asistencia de'),
  cue('CEO|CFO|COO|EVP|SVP|chief executive|consejer[oa] delegad[oa]|board of directors|consejo de administraci[oó]n'),
  cue('shareholders|accionistas|sale a bolsa|sali[oó] a bolsa|went public|IPO|ticker|fiscal year|ejercicio fiscal'),
  cue('headquarters|headquartered|sede social|la sede|revenue|facturaci[oó]n|stores|tiendas'),
  cue('founded in|founded by|was founded|co-?founded|fundad[ao] en|fund[oó]|fundan|fundaron|nace en \\d{4}'),
  cue('honou?rs|recalls|commemorates|conmemora|renamed|rebautizad[ao]|walking tour|local history|historia local'),
  cue('census|turnout|electorate|constituency|returning officer|censo|participaci[oó]n|escrutinio|candidatura'),
  cue('SKU|EAN|UPC|catalogue|catalog|cat[aá]logo'),
  // A company's annual report, but also an employee's ('the annual report feedback for X'): one weak cue, never alone.
  cue('annual report|informe anual|cuentas anuales'),
  // A press release: the kind of text, and its press office.
  cue('press release|news release|nota de prensa|comunicado de prensa|for immediate release'),
  cue('press contact|media contact|media enquiries|contacto de prensa|contacto para medios|gabinete de prensa'),
  cue('Prime Minister|king|queen|emperor|rey|reina|emperador|siglo [IVXL]+|century'),
  // The other tags of a PGN game record: its event, site, round, result, opening code, ratings.
  /\[(?:Event|Site|Round|Result|ECO|WhiteElo|BlackElo|TimeControl|Annotator) "/u,
  // A data set's card: what it is and its sample rows.
  cue('dataset|datasets|data set|conjunto de datos|sample rows|filas de ejemplo'),
  // A crossword: the kind of puzzle and its two lists of clues.
  cue('crossword|crucigrama|autodefinido|horizontales|verticales'),
  // An observing note: the sky's features, where they are seen from, a catalogue number, a magnitude. Features
  // are named after astronomers ("crater X", "X's Star", "the X Observatory"): their names name nobody's data.
  cue(
    'craters?|cr[aá]ter(?:es)?|nebula|nebulosa|galaxy|galaxia|constellation|constelaci[oó]n|exoplanets?|exoplanetas?',
  ),
  cue('observatory|observatorio|telescopes?|telescopios?'),
  /(?<![\p{L}])(?:NGC|IC|HD|HIP|Messier) ?\d{1,6}(?!\d)/u,
  /(?<![\p{L}])(?:mag\.?|magnitude|magnitud) ?[-+]?\d/u,
];

const GENRE_WEAK_CUES = 3;

/**
 * More weak cues, read from the tokens (their words carry a cue bit, so a text without one costs a bit test per
 * token): each phrase, as folded keys, counts for its family once. Transfer news (positions, the deal, its terms), a
 * match report (its moments, its officials), fiction (a passage, its parts), a song (lyrics, album, rhyme), an
 * institution's history (a year before 1900, an anniversary, pioneers and benefactors, its buildings), a job advert
 * (the kind of text, what it asks, the pay).
 */
const TOKEN_CUE_FAMILIES: readonly string[] = [
  'midfielder midfielders winger wingers striker strikers defender defenders goalkeeper goalkeepers centre-back ' +
    'centre-backs full-back full-backs centrocampista centrocampistas mediocampista mediocampistas delantero ' +
    'delanteros extremo extremos portero porteros arquero arqueros',
  'transfer_news transfer_fee transfer_target transfer_window new_signing signings loan_deal on_loan fichaje ' +
    'fichajes traspaso traspasos',
  'personal_terms release_clause shirt clausula_de_rescision dorsal camiseta',
  // A match report: its moments, and its officials and benches.
  'opener equaliser equalizer levelled leveled header corner free-kick stoppage half-time halftime cabezazo ' +
    'empate remontada',
  'referee referees linesman substitute substitutes arbitro arbitros suplente suplentes',
  // Fiction: a passage of a novel and its parts.
  'dialogue dialogo passage pasaje manuscript manuscrito narrator narradora narrador prologue prologo epilogue ' +
    'epilogo excerpt extracto',
  'song songs cancion canciones lyrics estribillo chorus',
  'album albums albumes discografica record_label tracklist',
  'rhyme rhymes rima rimas verse verses estrofa estrofas verso versos melodia melody',
  'in_1800s en_1800s since_1800s desde_1800s',
  'anniversary aniversario centenary centennial centenario bicentenary bicentenario jubilee',
  'pioneer pioneers pionera pioneras pionero pioneros benefactor benefactors benefactores benefactora ' +
    'philanthropist philanthropists filantropo filantropa filantropos',
  'designed_by disenado_por disenada_por built_in construido_en construida_en opened_in inaugurado_en ' +
    'inaugurada_en architect architects arquitecto arquitecta arquitectos',
  'job_advert job_ad job_description job_posting vacancy vacancies vacante vacantes oferta_de_empleo ' +
    "we_are_hiring we're_hiring now_hiring",
  'must_have nice_to_have requirements requisitos apply_by apply_now apply_via envia_tu_cv postulate',
  'salary salario sueldo_bruto banda_salarial',
  // A market wrap: the kind of assets, the indices, the bonds and futures, the securities' codes.
  'equities renta_variable stock_market bolsas_europeas',
  'stoxx dax ftse ibex nikkei dow_jones merval bovespa ipc_de_la_bmv',
  'bund bunds gilts treasuries futures futuros bond_yields',
  'isin ticker tickers market_cap capitalizacion_bursatil',
  'market_share cuota_de_mercado e-commerce ecommerce comercio_electronico market_report informe_de_mercado',
  'units_sold unidades_vendidas net_sales ventas_netas gmv year-on-year interanual',
  'inflation inflacion gdp pib',
  // A museum's catalogue entry: the medium, the sitter, its provenance, the attribution, the accession number.
  'oil_on_canvas oil_on_panel tempera_on watercolour_on oleo_sobre_lienzo oleo_sobre_tabla temple_sobre',
  'sitter sitters',
  'provenance procedencia',
  'attribution attributed_to atribucion atribuido_a atribuida_a',
  'accession_no accession_number inventory_no numero_de_inventario',
  // A botanical garden's labels or a herbarium's sheets: plants are named after their describers and patrons.
  'botanical botanic botanico botanica herbarium herbario cultivar cultivars taxon taxonomy taxonomia',
  // A bibliography: its name, its style, its references' parts.
  'bibliography bibliografia works_cited reference_list referencias_bibliograficas',
  'apa mla',
  'doi et_al',
  // A stage work's programme: the kind of work, its credits, its recordings.
  'zarzuela zarzuelas opera operas operetta opereta libretto libreto sainete premiere estreno estrenada estrenado',
  'music_by musica_de libretto_by libreto_de conducted_by dirigida_por director_musical direccion_musical',
  'recordings grabaciones discography discografia',
  // An auction catalogue of wine: the sale's terms, the wine's words.
  'auction auctions subasta subastas',
  "hammer_price buyer's_premium bid_increments prima_del_comprador precio_de_remate",
  'vintage vintages cosecha bottles botellas magnums domaine chateau',
  // A knitting or crochet pattern: its craft, its steps, its testers.
  'knitting crochet ganchillo yarn skeins purl',
  'cast_on bind_off bind-off garter stockinette k2tog',
  'ravelry test_knitted test_knitters testers',
];
/** Phrases by their first key: the rest of the phrase and its family. */
const TOKEN_CUES = new Map<string, Array<{ rest: readonly string[]; family: number }>>();
TOKEN_CUE_FAMILIES.forEach((words, family) => {
  for (const phrase of words.split(' ')) {
    const [head, ...rest] = phrase.split('_');
    const list = TOKEN_CUES.get(head!) ?? [];
    list.push({ rest, family });
    TOKEN_CUES.set(head!, list);
  }
});
const TOKEN_CUE = cueWords([...TOKEN_CUES.keys()]);
/** "in 1879": the year after such a head is read as a number token. */
const OLD_YEAR = /^1[0-8]\d\d$/;

/** How many token cue families appear in tokens[from, to) (counting stops at `enough`). */
function tokenCues(tokens: readonly Token[], from: number, to: number, enough: number): number {
  let families = 0;
  for (let i = from; i < to; i++) {
    if ((tokens[i]!.cues & TOKEN_CUE) === 0) continue;
    for (const { rest, family } of TOKEN_CUES.get(tokens[i]!.key)!) {
      if ((families & (1 << family)) !== 0 || !restAt(tokens, i + 1, rest)) continue;
      families |= 1 << family;
      if (bitCount(families) >= enough) return enough;
    }
  }
  return bitCount(families);
}

function restAt(tokens: readonly Token[], at: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const t = tokens[at + k];
    if (t === undefined) return false;
    if (rest[k] === '1800s' ? t.kind !== 'number' || !OLD_YEAR.test(t.text) : t.key !== rest[k]) return false;
  }
  return true;
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/** Quick screen: no word any cue starts with, no public genre (grouped by first letter: a screen of every text). */
const ANY_CUE = byFirstCharacter(
  /ISBN|proxy statement|named (?:after|for|executive|in)|annual report|informe anual|cuentas anuales|CNMV|DEF 14A|10-K|\bCIK\b|NYSE|NASDAQ|\((?:LSE|BME|TSX|Euronext)\s*:|jornada \d|match-?week|matchday|gameweek|pichichi|scorer|goleador|league|\bliga\b|\bplot\b|resumen de|club de lectura|book club|film|cinef|debe su nombre|lleva el nombre|en honor|honou?rs|novel|movie|pel[ií]cula|chapter|cap[ií]tulo|founded|fundan|fundaron|fund[oó]\b|nace en|recalls|commemorates|conmemora|renamed|census|turnout|electorate|escrutinio|\bSKU\b|\bEAN\b|catalog|cat[aá]logo|\bPos\b|\d-\d\s[A-Z]|press release|news release|nota de prensa|comunicado de prensa|immediate release|press contact|media contact|media enquiries|contacto de prensa|contacto para medios|gabinete de prensa|attendance|espectadores|\[(?:White|Black) "|CC0|CC[- ]BY|ODbL|public domain|dominio p[uú]blico|\(\d\d?\) ?:|dataset|data set|conjunto de datos|sample rows|filas de ejemplo|crossword|crucigrama|autodefinido|horizontales|verticales|crater|cr[aá]ter|nebul|galax|constella|constelaci|exoplanet|observator|telescop|\b(?:NGC|IC|HD|HIP|Messier) ?\d|\bmag(?:\.|nitude|nitud)? ?[-+]?\d/i,
);

/** Personal anchors: where one appears, the text is about someone, whatever its genre. */
const ANCHORS: readonly RegExp[] = [
  // An e-mail address, but not a desk's ("careers@", "prensa@"): an advert or a press release gives those.
  /(?<![^\s<>()[\]"',;:])(?!(?:careers|jobs|info|hello|contact|contacto|press|prensa|media|support|soporte|sales|ventas|admin|no-?reply|rrhh|hr|empleo|talent|recruitment|privacy|privacidad|dpo|help|ayuda|team|office|hola)@)[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/i,
  cue(
    // "basta con presentar su DNI en ventanilla": an id named for anyone, with no number after it, is no one's.
    '(?<!(?:su|sus|tu|tus|your|their) )(?:DNI|NIE)|(?:DNI|NIE)(?=[ \\t]*(?:n[ºo°]\\.?)?[ \\t]*[:\\d])|SSN|NHS (?:no|number)|passport|pasaporte|CURP|RUT|RFC|c[eé]dula|DOB|D\\.O\\.B|date of birth|fecha de nacimiento|' +
      'born on|nacid[oa] el|F\\. ?nac|IBAN|sort code|account (?:no|number)|n[ºo°] de cuenta|card number|tarjeta|' +
      'my name|me llamo|mi nombre|my address|mi direcci[oó]n|domicilio|I live at|vivo en|home address|' +
      'phone|tel|mobile|m[oó]vil|tel[eé]fono|whatsapp|call me|ll[aá]mame|' +
      'patient|paciente|employee|emplead[oa]|customer|cliente|client|tenant|inquilin[oa]|applicant|candidat[oa]|my (?:wife|husband|son|daughter|mother|father|partner|boss)|mi (?:mujer|marido|esposa?|hij[oa]|madre|padre|pareja|jef[ae])|' +
      // A family's own people: "my grandmother", "mi tía".
      'my (?:grand(?:mother|father|ma|pa|son|daughter)|gran|nan|aunt|uncle|cousin|niece|nephew|brother|sister|mum|mom|dad)|' +
      'mi (?:abuel[oa]|t[ií][oa]|prim[oa]|sobrin[oa]|niet[oa]|herman[oa]|mam[aá]|pap[aá]|suegr[oa]|cuñad[oa])',
  ),
  /(?:^|\n)[ \t]*(?:name|nombre|apellidos?|surname|full name|pt|client|cliente|paciente|patient)\s*:/iu,
  /(?:^|\n)[ \t]*(?:dear|hi|hello|hola|estimad[oa]|querid[oa])\s+\p{Lu}/iu,
  /(?<![\p{L}])(?:I'm|I am|soy)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
  // "I liked how X explains": a reader's own voice, whose names may be anyone's.
  /(?<![\p{L}'’])I\s+(?!\p{Lu})\p{Ll}{2,}/u,
  /[A-Z]{2}\d{2}[ ]?(?:[A-Z0-9]{4}[ ]?){3,}/,
];

/** A phone-shaped number: separated digit groups, eight digits or more, not inside an ISBN or a thousands figure. */
const PHONE =
  /(?<![\d\-.,/])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}[ .-]\d{3,4}(?:[ .-]\d{2,4})?(?![\d\-.,/]\d)/g;
const PHONE_DIGITS = 8;
/** Phone-shaped figures that are none: a span of years ("c. 1797-1800") and a count with thousands dots ("12.480.332"). */
const NOT_A_PHONE = /^(?:(?:1[0-9]|20)\d\d ?- ?(?:1[0-9]|20)\d\d|\d{1,2}(?:\.\d{3}){2,})$/;

/** A catalogue's, a herbarium's or a decree's number, not a phone: "Nº acceso 2003-0917", "Decreto 2025/118". */
const CATALOGUE_NUMBER_BEFORE =
  /(?<![\p{L}])(?:acceso|accession|inventario|inventory|cat[aá]logo|catalogue|registro|expediente|decreto|decree|lote|lot|ref\.?|referencia|reference)[ \t]*(?:n[ºo°o]\.?|no\.?|number|n[uú]mero)?[ \t:.#]*$/iu;
const CATALOGUE_REACH = 32;

/** Title words after "Name, " or "Name como" that make the name an officer's: "Ana Ruiz, CFO", "X como consejero". */
const TITLES = new Set(
  (
    'president presidente presidenta ceo cfo coo cto cio evp svp vp chair chairman chairwoman chairperson chief ' +
    'director directora founder cofounder co-founder fundador fundadora consejero consejera vicepresidente ' +
    'vicepresidenta secretary treasurer executive'
  ).split(' '),
);
/** Words right before a name that make its holder an officer: "presidida por X", "chaired by X", "CEO X". */
const OFFICER_BEFORE: readonly (readonly string[])[] = [
  ['presidida', 'por'],
  ['presidido', 'por'],
  ['dirigida', 'por'],
  ['dirigido', 'por'],
  ['chaired', 'by'],
  ['led', 'by'],
  ['ceo'],
  ['cfo'],
  ['chairman'],
  ['chairwoman'],
  // A press release's quotes: "said Chief Executive X", "added CTO X".
  ['chief', 'executive'],
  ['chief', 'executive', 'officer'],
  ['chief', 'technology', 'officer'],
  ['chief', 'financial', 'officer'],
  ['managing', 'director'],
  ['cto'],
  ['coo'],
  ['cio'],
  ['founder'],
  ['fundador'],
  ['fundadora'],
];
/** An appointment announced: "nombra a X nueva consejera delegada", "appoints X as chief executive". */
const APPOINTS: readonly (readonly string[])[] = [['nombra', 'a'], ['appoints'], ['appointed']];
/** Whom the appointed officer replaces: "en sustitución de X", "replacing X". */
const REPLACES: readonly (readonly string[])[] = [
  ['en', 'sustitucion', 'de'],
  ['sucede', 'a'],
  ['replacing'],
  ['succeeds'],
];
const TITLE_REACH = 4;

/** An officer's title within a few tokens after the name: "X nueva consejera delegada", "X as chief executive". */
function titleAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + TITLE_REACH && k < tokens.length; k++) {
    if (tokens[k]!.lineStart) return false;
    if (TITLES.has(tokens[k]!.key)) return true;
  }
  return false;
}

/**
 * "nombra a X nueva consejera delegada": the name after an appointment verb, a title after it, and no personal anchor
 * on its line (an internal mail giving the new director's mobile is about her).
 */
function appointed(text: string, tokens: readonly Token[], s: TokenSpan): boolean {
  if (!phraseBefore(tokens, s.first, APPOINTS) || !titleAfter(tokens, s.last)) return false;
  let from = s.first;
  while (from > 0 && !tokens[from]!.lineStart) from--;
  let to = s.last;
  while (to + 1 < tokens.length && !tokens[to + 1]!.lineStart) to++;
  return !personalAnchor(text.slice(tokens[from]!.start, tokens[to]!.end), tokens, []);
}
/** Credits of a film or a book: the name after them is public. */
const CREDIT_BEFORE: readonly (readonly string[])[] = [
  ['dir', '.'],
  ['directed', 'by'],
  ['dirigida', 'por'],
  ['written', 'by'],
  ['escrita', 'por'],
  ['starring'],
  ['protagonizada', 'por'],
  ['novel', 'by'],
  ['novela', 'de'],
];
/** A namesake follows these within a few words: "named after the admiral", "debe su nombre al político". */
const NAMESAKE_BEFORE: readonly (readonly string[])[] = [
  ['named', 'after'],
  ['named', 'for'],
  ['honours'],
  ['honors'],
  ['recalls'],
  ['commemorates'],
  ['debe', 'su', 'nombre'],
  ['deben', 'su', 'nombre'],
  ['lleva', 'el', 'nombre'],
  ['en', 'honor'],
  ['homenaje', 'a'],
  ['conmemora'],
];
const NAMESAKE_REACH = 6;
/** Founding verbs: names within a few tokens of them in the same sentence are founders. */
const FOUNDING = new Set(['founded', 'co-founded', 'cofounded', 'fundan', 'fundaron', 'fundo', 'fundaban']);
const FOUNDING_REACH = 8;

/** Nouns after a name that make it an eponym: exercises, manoeuvres, tests, methods named after someone or somewhere. */
const EPONYM_AFTER = new Set(
  (
    'plank planks curl curls exercise exercises stretch stretches squat squats lunge lunges raise drill drills ' +
    'manoeuvre manoeuvres maneuver maneuvers method technique protocol position criteria classification scale ' +
    'score procedure syndrome disease test tests sign stitch splint brace diet'
  ).split(' '),
);
/** Spanish nouns before an eponym: "ejercicios (de) McKenzie", "maniobra de Heimlich", "método Pilates". */
const EPONYM_BEFORE = new Set(
  (
    'ejercicio ejercicios metodo tecnica maniobra maniobras protocolo prueba test signo sindrome enfermedad escala ' +
    'criterios posicion plancha planchas sentadilla sentadillas estiramiento estiramientos dieta ferula clasificacion'
  ).split(' '),
);
/** Nouns after a name that make it a venue or a house: "Ashcombe Hall", "Pelham Manor". */
const VENUE_AFTER = new Set(
  'hall manor castle abbey priory lodge gardens barn estate hotel inn arms chapel pavilion'.split(' '),
);
/** Boats and ships: a name right after them (quoted or not) is the vessel's. */
const VESSEL_BEFORE = new Set(
  'boat yacht vessel ship sailboat dinghy barge ferry velero lancha yate barco embarcacion buque bote catamaran'.split(
    ' ',
  ),
);
/** Colours and common adjectives that end a shop's or a chain's sign, never a surname after an article: "la Rosa Azul". */
const SIGN_ADJECTIVES = new Set(
  'verde azul roja rojo dorada dorado nueva nuevo vieja viejo grande central amarilla amarillo celeste morada'.split(
    ' ',
  ),
);
const ARTICLES = new Set(['la', 'el', 'las', 'los']);
const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’']);

/** Spans of persons and locations that name nobody: public parts of a public-genre text, eponyms, venues, boats. */
export function publicSpans(
  text: string,
  tokens: readonly Token[],
  persons: readonly TokenSpan[],
  locations: readonly TokenSpan[],
  lex?: NameLexicon,
): Set<TokenSpan> {
  const drop = new Set<TokenSpan>();
  if (persons.length === 0 && locations.length === 0) return drop;
  for (const s of persons)
    if (namesAThingNotSomeone(tokens, s, lex) || placeAmongPlaces(tokens, s, persons, locations, lex)) drop.add(s);
  // A wine list's or a menu's priced lines: producers and dishes named after people.
  const priced = persons.length > 0 ? pricedMenuLines(text) : [];
  if (priced.length > 0 && !personalAnchor(text, tokens, locations)) {
    for (const s of persons) {
      const at = tokens[s.first]!.start;
      if (priced.some(([from, to]) => at >= from && at < to)) drop.add(s);
    }
  }
  // Streets named after someone, in a text with nothing personal (asked once, and only when one is found).
  const namesakes = persons.filter((s) => !drop.has(s) && streetNamesake(tokens, s));
  if (namesakes.length > 0 && !personalAnchor(text, tokens, locations)) for (const s of namesakes) drop.add(s);
  for (const s of locations) if (s.type === 'PLACE' && (eponymAround(tokens, s) || venueAfter(tokens, s))) drop.add(s);
  // Election counts, product tables, gazetteers, squads, lists of public streets (reference-list.ts).
  dropReferenceLists(text, tokens, persons, locations, drop);
  // A narrative about the past (public-history.ts) is read as a public genre too; its monarchs' "I" is no writer's.
  const genre = publicGenre(text, tokens);
  if (genre || historicalText(text, tokens, lex)) {
    if (personalAnchor(genre ? text : withoutRegnalI(text, tokens, lex), tokens, locations)) {
      dropPublicRoles(text, tokens, persons, drop);
      dropPublicLines(text, tokens, persons, locations, drop);
    } else {
      for (const s of persons) if (!addressed(tokens, s.first)) drop.add(s);
      for (const s of locations) if (!hasDigit(tokens, s)) drop.add(s);
    }
  }
  // The lines of a poem or a song (public-verse.ts), in a text with nothing personal.
  const verses = verseBlocks(text, tokens);
  if (verses.length > 0 && !personalAnchor(text, tokens, locations)) {
    const inVerse = (s: TokenSpan) => verses.some(([from, to]) => s.first >= from && s.last < to);
    for (const s of persons) if (inVerse(s)) drop.add(s);
    for (const s of locations) if (inVerse(s)) drop.add(s);
  }
  // A place inside a name that names nobody goes with it ("Corleone" of a character, "Ashcombe" of a hall).
  for (const l of locations) {
    if (l.type === 'PLACE' && persons.some((p) => drop.has(p) && p.first <= l.last && l.first <= p.last)) drop.add(l);
  }
  return drop;
}

/** A wine list or a menu: its headings and the words it is written with. */
const MENU_CUE = cue(
  'carta de (?:vinos|postres|cervezas|c[oó]cteles)|wine list|wines by the (?:glass|bottle)|vinos? por copas|tintos|' +
    'blancos|rosados|espumosos|generosos|' +
    'red wines|white wines|sparkling|maridaje|pairing|cosecha|vintage|bodegas?|winery|wineries|men[uú]|' +
    'entrantes|starters|postres|desserts|platos',
);
/** A price on a line: "42 €", "€42", "$18.50", "£9", "30 EUR". */
const PRICE = /(?:\d(?:[\d.,]*\d)?[ 	]?(?:€|EUR|euros?)(?![\p{L}])|[€$£][ 	]?\d)/u;
/** Priced lines a list needs before its names are read as products. */
const MENU_LINES = 3;

/**
 * The priced lines ([from, to) offsets) of a wine list or a menu: three or more lines with a price in a text that
 * says it is one. Empty otherwise. A list of members' fees has no menu word and keeps its names.
 */
function pricedMenuLines(text: string): Array<[number, number]> {
  if (!/[€$£]|EUR|euro/.test(text) || !MENU_CUE.test(text)) return [];
  const lines: Array<[number, number]> = [];
  for (let from = 0; from < text.length; ) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (PRICE.test(text.slice(from, to))) lines.push([from, to]);
    from = to + 1;
  }
  return lines.length >= MENU_LINES ? lines : [];
}

/** Place spans that are a bare code: a postcode, a table cell's code. */
const BARE_CODES = new Set(['POSTAL_CODE', 'TABLE_PLACE']);

/**
 * Names and places of the reference lists and tables of the text (reference-list.ts) go. When the rest of the text
 * holds no personal anchor either, so do those of the lines right above and below a list (its heading and its
 * caption: "X squad for the opener v Y (Stadium):", "Head coach Z said"), and a later mention of a listed name
 * ("Elected: Surname (count 2)").
 */
function dropReferenceLists(
  text: string,
  tokens: readonly Token[],
  persons: readonly TokenSpan[],
  locations: readonly TokenSpan[],
  drop: Set<TokenSpan>,
): void {
  const anchored = (from: number, to: number) =>
    personalAnchor(text.slice(tokens[from]!.start, tokens[to - 1]!.end), tokens, []);
  const blocks = referenceBlocks(text, tokens, persons, locations, anchored);
  if (blocks.length === 0) return;
  // Per token, 1 + the index of the list holding it (0: none); a span is in a list when both its ends are.
  const list = new Int32Array(tokens.length);
  for (let i = 0; i < blocks.length; i++) list.fill(i + 1, blocks[i]!.from, blocks[i]!.to);
  const blockOf = (s: TokenSpan) =>
    list[s.first] !== 0 && list[s.first] === list[s.last] ? blocks[list[s.first]! - 1] : undefined;
  const listed = new Set<string>();
  for (const s of persons) {
    if (blockOf(s) === undefined) continue;
    drop.add(s);
    for (let k = s.first; k <= s.last; k++) if (tokens[k]!.cap) listed.add(tokens[k]!.key);
  }
  const outside: TokenSpan[] = [];
  for (const s of locations) {
    const b = blockOf(s);
    // A bare code outside the lists (a postcode, a zone's number) is no home address.
    if (b === undefined) {
      if (!BARE_CODES.has(s.type)) outside.push(s);
    } else if (b.placesOnly || !hasDigit(tokens, s)) drop.add(s);
  }
  if (personalAnchor(text, tokens, outside)) return;
  // Tokens of the lines right above and below each list.
  const caption = new Uint8Array(tokens.length);
  for (const b of blocks) {
    for (const [from, to] of captionLines(text, tokens[b.from]!.start, tokens[b.to - 1]!.end)) {
      let k = b.from;
      if (from < tokens[b.from]!.start) while (k > 0 && tokens[k - 1]!.end > from) k--;
      else k = b.to;
      for (; k < tokens.length && tokens[k]!.start < to; k++) if (tokens[k]!.start >= from) caption[k] = 1;
    }
  }
  const inCaption = (s: TokenSpan) => caption[s.first] === 1 && caption[s.last] === 1;
  for (const s of persons) {
    if (drop.has(s) || addressed(tokens, s.first)) continue;
    let mention = true;
    for (let k = s.first; k <= s.last; k++) if (tokens[k]!.cap && !listed.has(tokens[k]!.key)) mention = false;
    if (mention || inCaption(s)) drop.add(s);
  }
  for (const s of locations) {
    if (!inCaption(s)) continue;
    if (!hasDigit(tokens, s) || (BARE_CODES.has(s.type) && s.first === s.last)) drop.add(s);
  }
}

/** The lines right above and right below text[start, end) with no blank line between, as [from, to) offsets. */
function captionLines(text: string, start: number, end: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  const top = text.lastIndexOf('\n', start - 1);
  if (top > 0) {
    const from = text.lastIndexOf('\n', top - 1) + 1;
    if (/\S/.test(text.slice(from, top))) lines.push([from, top]);
  }
  const bottom = text.indexOf('\n', end);
  if (bottom >= 0) {
    let to = text.indexOf('\n', bottom + 1);
    if (to < 0) to = text.length;
    if (/\S/.test(text.slice(bottom + 1, to))) lines.push([bottom + 1, to]);
  }
  return lines;
}

/** Verbs whose object is someone being contacted: "remind Laura that the book club...", "avisa a Laura". */
const CONTACT_VERBS = new Set(
  (
    'remind tell ask email invite thank call text message cc ping avisa avisale recuerdale dile pregunta ' +
    'preguntale invita llama escribe escribele'
  ).split(' '),
);

/** A name right after a contact verb (with "a" between in Spanish): a real person, whatever the genre. */
function addressed(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  if (tokens[i]?.key === 'a') i--;
  return CONTACT_VERBS.has(tokens[i]?.key ?? '');
}

/** Names in a public role, and the later shorter mentions of them ("Mr. Hill", "Vito's"). */
function dropPublicRoles(
  text: string,
  tokens: readonly Token[],
  persons: readonly TokenSpan[],
  drop: Set<TokenSpan>,
): void {
  const roles = new Set<TokenSpan>();
  for (const s of persons) if (publicRole(text, tokens, s, persons)) roles.add(s);
  const words = new Set<string>();
  for (const s of roles) {
    drop.add(s);
    for (let k = s.first; k <= s.last; k++) if (tokens[k]!.cap && tokens[k]!.text.length > 2) words.add(tokens[k]!.key);
  }
  // "Mr. Hill", "Vito's": a later, shorter mention of a name in a public role.
  for (const s of persons) {
    if (drop.has(s)) continue;
    const last = tokens[s.last]!;
    if (words.has(last.base) && (s.first === s.last || honorificOnly(tokens, s))) drop.add(s);
  }
}

/**
 * Where a public text wraps a personal part (a fan's letter with their phone around a match report), the lines
 * with a public cue or a name in a public role and no anchor of their own are the public parts: their names go.
 */
function dropPublicLines(
  text: string,
  tokens: readonly Token[],
  persons: readonly TokenSpan[],
  locations: readonly TokenSpan[],
  drop: Set<TokenSpan>,
): void {
  let from = 0;
  while (from < tokens.length) {
    let to = from + 1;
    while (to < tokens.length && !tokens[to]!.lineStart) to++;
    const inLine = (s: TokenSpan) => s.first >= from && s.last < to;
    const line = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    const cued = persons.some((p) => inLine(p) && drop.has(p)) || lineCue(line, tokenCues(tokens, from, to, 2));
    if (cued && !personalAnchor(line, tokens, locations.filter(inLine))) {
      for (const p of persons) if (inLine(p)) drop.add(p);
      for (const l of locations) if (inLine(l) && !hasDigit(tokens, l)) drop.add(l);
    }
    from = to;
  }
}

/** Whether a line has a strong cue, two weak ones (`extra` of them read from its tokens) or a match result. */
function lineCue(line: string, extra: number): boolean {
  if (!ANY_CUE.test(line)) return extra >= 2;
  const { strong, weak } = cuesOf(line, 2);
  return strong > 0 || weak + extra >= 2 || results(line) >= 1;
}

/**
 * Whether the text reads as public genre: a strong cue backed by a second cue of any kind, three weak ones, or match
 * results and a cue. A strong cue alone is not enough: "named after her great-aunt", "the book club farewell
 * of X", "plot of land" are said of private people too.
 */
export function publicGenre(text: string, tokens: readonly Token[]): boolean {
  const extra = tokenCues(tokens, 0, tokens.length, GENRE_WEAK_CUES);
  if (extra >= GENRE_WEAK_CUES) return true;
  if (!ANY_CUE.test(text)) return false;
  const found = cuesOf(text, GENRE_WEAK_CUES - extra);
  const strong = found.strong;
  const weak = found.weak + extra;
  if (weak >= GENRE_WEAK_CUES || (strong > 0 && strong + weak >= 2)) return true;
  // Match results back a strong cue or a weak one ("Top scorer" over "Harlow 3-1 Marsden").
  return strong + weak > 0 && results(text) >= 2;
}

/**
 * Every cue in two alternations (those read case-insensitively, and the rest), one capture group per cue: one scan
 * of the text each. `ids[g]` is the cue behind group g; ids below STRONG_CUES.length are strong.
 */
const CUE_SCANS = (() => {
  const all = [...STRONG_CUES, ...WEAK_CUES].map((re, id) => ({ re, id }));
  return [true, false].map((folded) => {
    const part = all.filter((c) => c.re.flags.includes('i') === folded);
    // When every cue opens on the same look-behind, it is read once per position for all of them rather than once
    // per cue (same matches, same groups: about five times faster on the case-insensitive scan).
    const shared = part.every((c) => c.re.source.startsWith(CUE_START));
    const bodies = part.map((c) => (shared ? c.re.source.slice(CUE_START.length) : c.re.source));
    const groups = bodies.map((body) => `(${body})`).join('|');
    // Most positions hold no letter a cue opens with: one class test there, before the look-behind and the groups.
    const letters = shared ? openingLetters(bodies) : undefined;
    const opening = letters === undefined ? '' : `(?=[${letters}])`;
    // The cues read with their case ("ISBN", "(NYSE: X)", "[White \"...\"]") open with a dozen characters: the same
    // class test before the groups, else every position tries each group's look-behind (as long as the other scan).
    const openers = shared || folded ? undefined : openingCharacterClass(bodies);
    const unshared = openers === undefined ? groups : `(?=[${openers}])(?:${groups})`;
    return {
      re: new RegExp(shared ? `${opening}${CUE_START}(?:${groups})` : unshared, folded ? 'giu' : 'gu'),
      ids: [-1, ...part.map((c) => c.id)],
    };
  });
})();

/**
 * The letters every alternative of the cue bodies ("(?:novel|novels|...)(?![\p{L}])") opens with, lower-cased (the
 * scan folds case), or undefined when one opens with anything but a plain letter.
 */
function openingLetters(bodies: readonly string[]): string | undefined {
  const letters = new Set<string>();
  for (const body of bodies) {
    if (!body.startsWith('(?:')) return undefined;
    let depth = 0;
    let opens = true;
    for (let i = 3; i < body.length; i++) {
      const c = body[i]!;
      if (opens) {
        if (!/^\p{L}$/u.test(c)) return undefined;
        letters.add(c.toLowerCase());
        opens = false;
      }
      if (c === '\\') i++;
      else if (c === '[') i = body.indexOf(']', i + 1);
      else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === '|' && depth === 0) opens = true;
    }
  }
  return [...letters].sort().join('');
}

/** How many distinct strong and weak cues appear (counting stops once `enough` weak or two cues with a strong one). */
function cuesOf(text: string, enough: number): { strong: number; weak: number } {
  const strong = new Set<number>();
  const weak = new Set<number>();
  for (const { re, ids } of CUE_SCANS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      let g = 1;
      while (m[g] === undefined) g++;
      const id = ids[g]!;
      (id < STRONG_CUES.length ? strong : weak).add(id);
      if (weak.size >= enough || (strong.size > 0 && strong.size + weak.size >= 2)) {
        return { strong: strong.size, weak: weak.size };
      }
    }
  }
  return { strong: strong.size, weak: weak.size };
}

/** The score inside every match result below. */
const SCORE = /\d\s?[-–/]\s?\d/;

/** Match results "Rovers 2-1 Athletic": two or more make a sports report. */
function results(text: string): number {
  // Every result holds a score ("2-1"): a text without one is answered by this plain scan alone.
  if (!SCORE.test(text)) return 0;
  const re = /\p{Lu}[\p{L}.]*\s\d{1,2}\s?[-–/]\s?\d{1,2}\s\p{Lu}/gu;
  let n = 0;
  while (re.exec(text) !== null) if (++n >= 2) break;
  return n;
}

/** Whether the text holds something that makes it about a private person. */
function personalAnchor(text: string, tokens: readonly Token[], locations: readonly TokenSpan[]): boolean {
  for (const re of ANCHORS) if (re.test(text)) return true;
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) {
    if (m[0].replace(/\D/g, '').length < PHONE_DIGITS || NOT_A_PHONE.test(m[0])) continue;
    if (!CATALOGUE_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - CATALOGUE_REACH), m.index))) return true;
  }
  // A street address with a number: somebody's home (a namesake street has none).
  return locations.some((l) => l.type !== 'PLACE' && hasDigit(tokens, l));
}

function hasDigit(tokens: readonly Token[], s: TokenSpan): boolean {
  for (let k = s.first; k <= s.last; k++) if (tokens[k]!.kind === 'number') return true;
  return false;
}

/** A name in a public role of a public text: character (actor), credit, scorer, officer, founder, namesake. */
function publicRole(text: string, tokens: readonly Token[], s: TokenSpan, persons: readonly TokenSpan[]): boolean {
  const next = tokens[s.last + 1];
  // "Vito Corleone (Marlon Brando)": a character and the actor who plays it.
  if (next?.text === '(' && bracketedName(tokens, s.last + 2) > 0) return true;
  if (next?.text === ')' && tokens[s.first - 1]?.text === '(') {
    if (persons.some((p) => p.last === s.first - 2)) return true;
  }
  if (phraseBefore(tokens, s.first, CREDIT_BEFORE) || phraseBefore(tokens, s.first, OFFICER_BEFORE)) return true;
  // An appointed officer, and the one they replace once the text announces such an appointment.
  if (appointed(text, tokens, s)) return true;
  if (phraseBefore(tokens, s.first, REPLACES) && persons.some((p) => p !== s && appointed(text, tokens, p)))
    return true;
  // "Watkins 54'", "Ruiz (13)", "Ruiz 2": a scorer with a minute or a tally.
  if (next?.kind === 'number') {
    const after = tokens[s.last + 2];
    if (after && (after.text === "'" || after.text === '’' || after.text === ',' || after.text === ')')) return true;
  }
  if (next?.text === '(' && tokens[s.last + 2]?.kind === 'number' && tokens[s.last + 3]?.text === ')') return true;
  // "Ana Ruiz, CFO", "X como consejero delegado".
  const title = next?.text === ',' || next?.key === 'como' || next?.key === 'as' ? tokens[s.last + 2] : undefined;
  if (title && TITLES.has(title.key)) return true;
  if (nearFounding(tokens, s)) return true;
  return namesakeBefore(tokens, s.first);
}

/** Capitalised words from i up to a closing bracket (two to four of them): the actor after a character; 0 if none. */
function bracketedName(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < 4 && tokens[k]!.kind === 'word' && tokens[k]!.cap) k++;
  return k - i >= 2 && tokens[k]?.text === ')' ? k - i : 0;
}

/** "Mr. Hill", "Sra. Ruiz": an honorific and one word. */
function honorificOnly(tokens: readonly Token[], s: TokenSpan): boolean {
  return s.last - s.first <= 2 && /^(?:mr|mrs|ms|dr|sr|sra|srta|don|dona)$/.test(tokens[s.first]!.key);
}

function phraseBefore(tokens: readonly Token[], first: number, phrases: readonly (readonly string[])[]): boolean {
  outer: for (const p of phrases) {
    const at = first - p.length;
    if (at < 0) continue;
    for (let k = 0; k < p.length; k++) if (tokens[at + k]!.key !== p[k]) continue outer;
    return true;
  }
  return false;
}

function namesakeBefore(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1, n = 0; i >= 0 && n < NAMESAKE_REACH; i--, n++) {
    const t = tokens[i]!;
    if (t.text === '.' || t.text === ';') return false;
    if (phraseBefore(tokens, i + 1, NAMESAKE_BEFORE)) return true;
  }
  return false;
}

function nearFounding(tokens: readonly Token[], s: TokenSpan): boolean {
  for (let i = s.first - 1, n = 0; i >= 0 && n < FOUNDING_REACH; i--, n++) {
    if (tokens[i]!.text === '.' || tokens[i]!.text === ';') break;
    if (FOUNDING.has(tokens[i]!.key)) return true;
  }
  for (let i = s.last + 1, n = 0; i < tokens.length && n < FOUNDING_REACH; i++, n++) {
    if (tokens[i]!.text === '.' || tokens[i]!.text === ';') break;
    if (FOUNDING.has(tokens[i]!.key)) return true;
  }
  return false;
}

/** An eponym, a venue, a boat or a shop sign: the span names a thing, not a person. */
function namesAThingNotSomeone(tokens: readonly Token[], s: TokenSpan, lex: NameLexicon | undefined): boolean {
  if (eponymAround(tokens, s)) return true;
  if (venueAfter(tokens, s)) return true;
  if (possessiveEponym(tokens, s) || possessiveBusiness(tokens, s) || namedUnit(tokens, s, lex)) return true;
  if (placeholderName(tokens, s) || toolNotPerson(tokens, s) || titledBrand(tokens, s)) return true;
  if (institutionNamed(tokens, s)) return true;
  // "The Glasshouse": a one-word name after a capitalised "The" is a place's or a thing's.
  if (s.first === s.last && tokens[s.first - 1]?.text === 'The') return true;
  let i = s.first - 1;
  if (QUOTES.has(tokens[i]?.text ?? '')) i--;
  if (VESSEL_BEFORE.has(tokens[i]?.key ?? '')) return true;
  // "me atendieron en la Cruz Azul": an article and a sign ending in a colour or a common adjective.
  return s.last > s.first && ARTICLES.has(tokens[s.first - 1]?.key ?? '') && SIGN_ADJECTIVES.has(tokens[s.last]!.key);
}

/**
 * Institutions and buildings named after someone or somewhere: "Parador de X", "Hotel X", "Colegio X", "Museo X".
 * The word opens the span ("Parador de Olmedo" read as one name) or stands right before it, capitalised.
 */
const INSTITUTION_BEFORE = new Set(
  (
    'parador hotel hostal hospital museo museum teatro theatre theater palacio palace castillo monasterio convento ' +
    'catedral cathedral basilica ermita colegio instituto escuela school college universidad university fundacion ' +
    'foundation estadio stadium auditorio auditorium polideportivo biblioteca library clinica pabellon residencia'
  ).split(' '),
);

/** Titles that make the name after an institution's word its doctor or its head: "Clínica Dra. X". */
const PERSON_TITLES = new Set(
  'dr dra doctor doctora mr mrs ms sr sra srta don dona prof profesor profesora'.split(' '),
);

function institutionNamed(tokens: readonly Token[], s: TokenSpan): boolean {
  const head = tokens[s.first]!;
  for (let k = s.first; k <= s.last; k++) if (PERSON_TITLES.has(tokens[k]!.key)) return false;
  if (s.last > s.first && head.cap && INSTITUTION_BEFORE.has(head.key)) return true;
  const prev = tokens[s.first - 1];
  return prev?.cap === true && !head.lineStart && INSTITUTION_BEFORE.has(prev.key);
}

/** Street words a namesake follows: "avenida de X", "paseo X", "plaza del X". */
const STREET_BEFORE = new Set(
  'calle c/ avenida avda avda. av paseo plaza glorieta ronda travesia camino pasaje bulevar rambla carrer'.split(' '),
);
const STREET_LINKS = new Set(['de', 'del', 'la', 'el', 'los', 'las']);

/**
 * "pasa a denominarse avenida de X", "la plaza X": a name right after a street word, with no house number after it,
 * is the street's namesake. Only in a text with no personal anchor: "vivo en la calle X" keeps the name.
 */
function streetNamesake(tokens: readonly Token[], s: TokenSpan): boolean {
  let i = s.first - 1;
  while (i >= 0 && i >= s.first - 2 && STREET_LINKS.has(tokens[i]!.key) && !tokens[i]!.cap) i--;
  if (i < 0 || !STREET_BEFORE.has(tokens[i]!.key) || tokens[s.first]!.lineStart) return false;
  const next = tokens[s.last + 1];
  const after = next?.text === ',' ? tokens[s.last + 2] : next;
  return !(after !== undefined && !after.lineStart && after.kind === 'number');
}

function venueAfter(tokens: readonly Token[], s: TokenSpan): boolean {
  const next = tokens[s.last + 1];
  return s.last - s.first <= 1 && next !== undefined && next.cap && !next.lineStart && VENUE_AFTER.has(next.key);
}

function eponymAround(tokens: readonly Token[], s: TokenSpan): boolean {
  if (s.last - s.first > 1) return false;
  const next = tokens[s.last + 1];
  if (next && !next.cap && EPONYM_AFTER.has(next.key)) return true;
  let i = s.first - 1;
  if (tokens[i]?.key === 'de' || tokens[i]?.key === 'del') i--;
  return EPONYM_BEFORE.has(tokens[i]?.key ?? '');
}

/** Words after "Gauss's", "Pearson's" that make the name a theorem's, a test's or a statistic's. */
const MATH_AFTER = new Set(
  (
    'approximation approximations theorem lemma equation equations formula inequality conjecture distribution ' +
    'coefficient correlation constant principle paradox transform criterion estimator identity algorithm'
  ).split(' '),
);
/** Letters a statistic is written as after its author: "Pearson's r", "Cohen's d", "Student's t", "Kendall's W". */
const STAT_LETTERS = new Set(['r', 'd', 't', 'w', 'f', 'u', 'h', 'k', 'rho', 'tau', 'kappa', 'alpha', 'chi']);

/** "Gauss's normal approximation", "Pearson's r", "Bayes' theorem": a possessive before maths names no one. */
function possessiveEponym(tokens: readonly Token[], s: TokenSpan): boolean {
  // "Kendall's W" read as one name: a possessive and a statistic's capital letter.
  const letter = tokens[s.last]!;
  if (s.last === s.first + 1 && letter.text.length === 1 && STAT_LETTERS.has(letter.key))
    return /['’]s?$/.test(tokens[s.first]!.text);
  // One word only: "Ellen Marsh's approximation of her hours" is hers.
  if (s.last !== s.first || !/['’]s?$/.test(tokens[s.last]!.text)) return false;
  const next = tokens[s.last + 1];
  if (next === undefined || next.kind !== 'word' || next.lineStart) return false;
  if (STAT_LETTERS.has(next.key) && tokens[s.last + 2]?.kind !== 'word') return true;
  if (STAT_LETTERS.has(next.key) && next.text.length === 1) return !tokens[s.last + 2]?.cap;
  if (next.cap) return false;
  if (MATH_AFTER.has(next.key)) return true;
  // One lower-case word between: "Gauss's normal approximation", "Euler's totient function" is not listed.
  const after = tokens[s.last + 2];
  return after !== undefined && after.kind === 'word' && !after.cap && !after.lineStart && MATH_AFTER.has(after.key);
}

/** A firm trading under its owner's name: "Stuart's Coaches", "Mario's Pizzeria", "Bev's Taxis". */
const BUSINESS_AFTER = new Set(
  (
    'coaches coach taxis taxi cabs garage bakery butchers barbers salon cafe café diner pizzeria deli motors ' +
    'removals plumbing builders kitchen grill tearoom tearooms florist florists launderette'
  ).split(' '),
);

function possessiveBusiness(tokens: readonly Token[], s: TokenSpan): boolean {
  // "Mario's Pizzeria" read as one name.
  if (s.last === s.first + 1 && /['’]s$/.test(tokens[s.first]!.text)) return BUSINESS_AFTER.has(tokens[s.last]!.key);
  if (s.first !== s.last || !/['’]s$/.test(tokens[s.last]!.text)) return false;
  const next = tokens[s.last + 1];
  return next?.cap === true && !next.lineStart && BUSINESS_AFTER.has(next.key);
}

/**
 * A hospital's ward or unit, a building's wing, a building or a hall of residence named after someone: "Edith Cavell
 * Ward", "Mary Seacole Unit", "Nye Bevan House", "Emmeline Pankhurst Hall".
 */
const UNIT_WORDS = new Set(['ward', 'unit', 'wing', 'suite', 'building', 'house', 'hall', 'tower', 'centre', 'center']);

function namedUnit(tokens: readonly Token[], s: TokenSpan, lex: NameLexicon | undefined): boolean {
  const next = tokens[s.last + 1];
  if (s.last - s.first <= 1 && next !== undefined && next.cap && !next.lineStart && UNIT_WORDS.has(next.key)) {
    // "Amelia Clarke Ward 4B": a ward's number after it makes the name a patient's beside where she lies.
    const after = tokens[s.last + 2];
    return !(after !== undefined && !after.lineStart && (after.kind === 'number' || /\d/.test(after.text)));
  }
  if (lex !== undefined && wardOfTheText(tokens, s, lex)) return true;
  if (lex === undefined || s.first === s.last || !UNIT_WORDS.has(tokens[s.last]!.key)) return false;
  // "Edith Cavell Ward" read as one name: a given name, a word that is none, and the unit word, no number after.
  if (s.last === s.first + 2) {
    const after = tokens[s.last + 1];
    const numbered = after !== undefined && !after.lineStart && (after.kind === 'number' || /\d/.test(after.text));
    return !numbered && lex.isWord(GIVEN, tokens[s.first]!.key) && !lex.isWord(GIVEN, tokens[s.first + 1]!.key);
  }
  // "Florence Nightingale Ward" read as a word "Florence" and a name "Nightingale Ward": a given name left before it.
  const prev = tokens[s.first - 1];
  return (
    prev !== undefined &&
    !tokens[s.first]!.lineStart &&
    prev.kind === 'word' &&
    prev.cap &&
    tokens[s.first]!.start - prev.end === 1 &&
    lex.isWord(GIVEN, prev.key) &&
    !lex.isWord(GIVEN, tokens[s.first]!.key)
  );
}

/** A hospital's units that wards and units are named like people: "Rowan Ward", "Kestrel Unit", "Cedar Wing". */
const HOSPITAL_UNITS = new Set(['ward', 'unit', 'wing']);

/** Words after a name that make it a person's whatever follows: a relation or a role ("Janet Ward (sister)"). */
const PERSON_AFTER = new Set(
  (
    'daughter son wife husband mother father mum mom dad sister brother partner niece nephew aunt uncle cousin ' +
    'grandson granddaughter friend neighbour neighbor carer guardian nok hija hijo madre padre hermana hermano ' +
    'esposa esposo pareja sobrina sobrino prima primo nieta nieto amiga amigo vecina vecino cuidadora cuidador'
  ).split(' '),
);

/**
 * "Rowan Ward (24 beds)", "Florence Ward borrows one HCA": a given name and a hospital's unit word, read as one name,
 * name a ward where the name opens its line (a rota's or a list's heading) or follows "on", "to" or "from", in a
 * text that speaks of its wards: the unit word again in small letters ("the ward manager", "on the unit") or another
 * unit named the same way ("Larch Ward"). Not after a title ("Mrs Janet Ward") nor before a relation, a role or
 * something only people do ("Janet Ward (sister)", "Ward shouted at"): that is someone whose family name is Ward;
 * nor mid-sentence ("Hazel Ward visited her on the ward").
 */
function wardOfTheText(tokens: readonly Token[], s: TokenSpan, lex: NameLexicon): boolean {
  const unit = tokens[s.last]!;
  // The unit word alone, found again after the name it followed elsewhere ("Florence Ward" after "Rowan Ward").
  const first = s.first === s.last ? s.first - 1 : s.first;
  const named = tokens[first];
  if (s.last !== first + 1 || !unit.cap || !HOSPITAL_UNITS.has(unit.key)) return false;
  if (named?.kind !== 'word' || !named.cap || unit.lineStart || unit.start - named.end !== 1) return false;
  if (lex.honorifics.has(tokens[first - 1]?.key ?? '')) return false;
  let k = s.last + 1;
  if (tokens[k]?.text === '(' || tokens[k]?.text === ',') k++;
  if (PERSON_AFTER.has(tokens[k]?.key ?? '') || lex.personVerbsAfter.matchAt(tokens, s.last + 1) !== undefined)
    return false;
  // Where a ward stands: opening its line (a rota's or a list's heading) or after "on", "to", "from".
  if (!named.lineStart && !UNIT_PREPOSITIONS.has(tokens[first - 1]?.key ?? '')) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.key !== unit.key || i === s.last) continue;
    if (!t.cap) return true;
    const before = tokens[i - 1];
    if (before?.kind === 'word' && before.cap && !t.lineStart && before.key !== named.key) return true;
  }
  return false;
}

/** Prepositions before a ward's name: "admitted to", "back on", "moved from". */
const UNIT_PREPOSITIONS = new Set(['on', 'onto', 'to', 'from', 'off', 'at', 'in', 'into']);

/** Stand-in names of forms, tests and examples: "Fulano de Tal", "Menganita", "Joe Bloggs", "Placeholder". */
const PLACEHOLDER_WORDS = new Set(
  (
    'fulano fulana fulanito fulanita mengano mengana menganito menganita zutano zutana zutanito zutanita ' +
    'perengano perengana placeholder bloggs'
  ).split(' '),
);

function placeholderName(tokens: readonly Token[], s: TokenSpan): boolean {
  for (let k = s.first; k <= s.last; k++) if (PLACEHOLDER_WORDS.has(tokens[k]!.key)) return true;
  return false;
}

/** What a bracket after a name may say it is: "Ada (the ETL tool)", "Marvin (our deploy bot)". */
const TOOL_WORDS = new Set(
  'tool bot app service script pipeline library model agent job robot herramienta aplicacion servicio'.split(' '),
);

const TOOL_DETERMINERS = new Set(['the', 'our', 'a', 'an', 'la', 'el', 'nuestra', 'nuestro', 'una', 'un']);
const TOOL_ENDS = new Set([')', ',', ';', 'de', 'of', 'for', 'that', 'que', 'del']);

/** "Ada (the ETL tool, not a person)", "Otto (our CI bot)": the bracket says the name is a thing's. */
function toolNotPerson(tokens: readonly Token[], s: TokenSpan): boolean {
  if (tokens[s.last + 1]?.text !== '(') return false;
  for (let k = s.last + 2; k <= s.last + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ')' || t.lineStart) return false;
    // "the ETL tool", "la herramienta de ETL", not "the tool shop owner".
    if (TOOL_WORDS.has(t.key)) {
      const det = TOOL_DETERMINERS.has(tokens[k - 1]!.key) || TOOL_DETERMINERS.has(tokens[k - 2]!.key);
      return det && TOOL_ENDS.has(tokens[k + 1]?.key ?? '');
    }
    if (t.key === 'not' && tokens[k + 1]?.key === 'a' && tokens[k + 2]?.key === 'person') return true;
  }
  return false;
}

/** Net quantities on a pack: "350 g", "1 kg", "500 ml". */
const PACK_UNITS = new Set(['g', 'gr', 'kg', 'ml', 'cl', 'l', 'oz', 'lb', 'uds', 'unidades']);
/** Shops whose sign is quoted after them: 'bodega "Doña Rosa"', 'tienda «Don Pepe»'. */
const SHOP_BEFORE = new Set(
  (
    'bodega tienda abarrotes minimarket restaurante restaurant bar cafeteria panaderia pasteleria ferreteria ' +
    'libreria polleria cevicheria marisqueria pizzeria botica bazar kiosco quiosco'
  ).split(' '),
);

/**
 * '"Crema de cacahuete Don Manolo 350 g"', 'BODEGA "DOÑA ROSA"': a "Don"/"Doña" name on a pack with its net
 * quantity, or quoted after a shop word, is a brand or a shop sign.
 */
function titledBrand(tokens: readonly Token[], s: TokenSpan): boolean {
  const title = tokens[s.first]!.key;
  if (title !== 'don' && title !== 'dona' && title !== 'doña') return false;
  const n = tokens[s.last + 1];
  if (n?.kind === 'number' && !n.lineStart && PACK_UNITS.has(tokens[s.last + 2]?.key ?? '')) return true;
  const open = tokens[s.first - 1];
  return open !== undefined && QUOTES.has(open.text) && SHOP_BEFORE.has(tokens[s.first - 2]?.key ?? '');
}

/** What parts the items of a list of places: "Jaca, X, Benasque", "Teruel (Albarracín) y X (Riaño)". */
const LIST_MARKS = new Set([',', ';', '(', 'y', 'and', 'e', '/']);
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el']);

/**
 * "(Jaca, Sallent de Gállego, Benasque)", "y Montaña de León (Villablino, Riaño)": a name joined by "de" that stands in
 * a list between other items, none a person and one a place (or the name holds a place's word), is a town's or a
 * district's. A person's name in a list beside places ("Jaca, Lucía Pérez, Benasque") has no "de"; one beside other
 * people ("Ana Ruiz, María de la Fuente, Jaca") stays a person.
 */
function placeAmongPlaces(
  tokens: readonly Token[],
  s: TokenSpan,
  persons: readonly TokenSpan[],
  locations: readonly TokenSpan[],
  lex: NameLexicon | undefined,
): boolean {
  if (lex === undefined || s.last - s.first < 2 || locations.length === 0) return false;
  // "Rosa de la Vega": a given name (that is no place) opens a person's name.
  const head = tokens[s.first]!.key;
  if (lex.isWord(GIVEN, head) && !lex.isWord(WORD.PLACE | WORD.PLACE_FIRST, head)) return false;
  let particle = false;
  for (let k = s.first + 1; k < s.last; k++) if (PARTICLES.has(tokens[k]!.key) && !tokens[k]!.cap) particle = true;
  if (!particle) return false;
  const sep = (t: Token | undefined) => t !== undefined && LIST_MARKS.has(t.key) && !t.cap;
  if (!sep(tokens[s.first - 1]) || !sep(tokens[s.last + 1])) return false;
  // The item before may end in a bracket of its own ("Teruel (Albarracín) y X").
  const before = tokens[s.first - 2]?.text === ')' ? s.first - 3 : s.first - 2;
  const after = s.last + 2;
  const capAt = (k: number) => tokens[k]?.kind === 'word' && tokens[k]!.cap;
  if (!capAt(before) || !capAt(after)) return false;
  if (persons.some((p) => p !== s && (p.last === before || p.first === after))) return false;
  const placeAt = (k: number) => locations.some((l) => l.type === 'PLACE' && l.first <= k && k <= l.last);
  if (placeAt(before) || placeAt(after)) return true;
  for (let k = s.first; k <= s.last; k++) if (placeAt(k)) return true;
  return false;
}
