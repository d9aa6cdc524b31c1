import { byFirstCharacter } from '../factor-alternatives.js';
import type { Finding, Label } from '../types.js';
import { WORD_END, WORD_START, wholeWords as words } from '../whole-words.js';
import { establishmentAddress } from './establishment-address.js';
import { type TextTest, wordWalk } from './word-walk.js';

/**
 * A document-level decision: "this text is about nobody private". Earlier genre readers each knew one kind of public
 * text (a plot, a league table, a wine list, a verse); a new kind (a saints' calendar, an opera's synopsis, a storm
 * names list, a syllabus, a stage result) got its characters, saints, riders and towns flagged. This reader asks the
 * opposite question from general evidence:
 * - for: the headings of public genres (programme, synopsis, syllabus, fixtures, catalogue entry, glossary, review,
 *   timeline, santoral, temario...), public roles (saint, composer, king, character, rider, storm, ship...),
 *   encyclopedic dates in brackets ("(1809–1847)", "(2019, 112 min)", "[1932]"), and an instruction to write or
 *   summarise for a public readership (a programme note, a newsletter, a quiz, a class, a book club);
 * - against, any one of which keeps every finding: a value only a person has (a personal e-mail or phone, an id, a
 *   card, an account, a secret, a recent birth date), a relation of the writer or reader to someone ("my son", "our
 *   patient", "your client", "mi hija"), a letter's greeting or signature, a record's person field ("Name:",
 *   "DOB:", "Paciente:"), the writer's own health ("I have", "tengo"), a house-numbered address, a person's age
 *   after their name ("Ana Ruiz, 34,").
 * When the evidence for is strong enough and none against is found, the names, places, health terms and dates of the
 * text are nobody's. Fail closed: two different families of evidence are needed, and any anchor keeps everything.
 */

/** A family of evidence: whether the text holds one of its phrases. */
interface Family {
  holds: TextTest;
}
/** Phrases as whole words, read at the word starts of the text (word-walk.ts) rather than at every position. */
const family = (body: string): Family => ({ holds: wordWalk(body) });
/** A cheap screen first, then the exact regex. */
const screened = (screen: RegExp, exact: RegExp): Family => ({
  holds: (text) => screen.test(text) && exact.test(text),
});

/** A word with its first letter in either case: "[Ss]treet". */
const eitherCase = (list: string) =>
  list
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');

/**
 * Headings and names of public genres. Deliberately not the words a private document is also called ("review" alone
 * is an appraisal, "notice" a dismissal, "calendar" someone's diary, "case study" a client's file): each needs the
 * public reading ("book review", "season review", "notice to mariners").
 */
const GENRE = family(
  'synopsis|sinopsis|plot summary|programme notes?|program notes?|concert programme|season programme|' +
    'fixtures?(?: list)?|fixture list|results table|' +
    "saints['’]? calendar|feast days?|santoral|syllabus|temario|glossary|glosario|" +
    'ficha de cat[aá]logo|catalogue entry|museum label|exhibition (?:panel|label|text)|cartela|' +
    'book review|film review|theatre review|season review|album review|rese[nñ]a|cr[ií]tica de (?:cine|teatro)|' +
    'timeline|cronolog[ií]a|show notes|podcast episode|episode description|episodio del p[oó]dcast|' +
    'descripci[oó]n del episodio|notas del episodio|tv listings?|programaci[oó]n de (?:tv|televisi[oó]n)|' +
    'character list|list of characters|dramatis personae|cast list|personajes|characters in|' +
    'storm names|nombres de (?:las )?borrascas|hurricane season|temporada de huracanes|notice to mariners|' +
    'aviso a los navegantes|pub quiz|quiz round|travel guide|gu[ií]a de viaje|' +
    'programa de (?:las )?fiestas|programa de mano|libretto|libreto|act (?:I|II|III|IV|V|one|two|three)|' +
    'acto (?:I|II|III|IV|V|primero|segundo|tercero)|chapter \\d{1,3}|cap[ií]tulo \\d{1,3}|' +
    'biography|biograf[ií]a|obituary of|encyclop(?:a)?edia|enciclopedia|wikipedia|' +
    'lecture \\d{1,2}|lecture (?:notes|handout)|apuntes de clase|jornada \\d{1,2}|matchday \\d{1,2}|gameweek \\d{1,2}|' +
    'calendario de (?:la )?liga|calendario de partidos|obra de teatro|tragedy|tragedia|comedy of|comedia de|' +
    'tasting menu|wine list|carta de vinos|men[uú] degustaci[oó]n|wine tasting|cata de vinos|' +
    'general classification|clasificaci[oó]n general|yellow jersey|maillot amarillo|' +
    // A heading line that is only the genre's name: "Programme", "Programme — Day 1", "Calendario:".
    '(?<=^|\\n)[ \\t]*(?:programme|program|programa|agenda|calendar|calendario|schedule|timetable|horario|notice|aviso|' +
    'catalogue|cat[aá]logo|review|rese[nñ]a|our history|nuestra historia|obituary|necrol[oó]gica|' +
    'transfer news|match report|cr[oó]nica del partido|lyrics|letra)(?:[ \\t]*[—–:-][^\\n]{0,40})?(?=[ \\t]*(?:\\n|$))|' +
    // Reference, news and leisure genres.
    // A text that says it is public: a council's published inventory, a public consultation.
    'informaci[oó]n p[uú]blica|public information|publicly available|inventario (?:de bienes|municipal|del patrimonio)|' +
    'patrimonio municipal|bienes (?:municipales|de dominio p[uú]blico)|(?:council|municipal) (?:asset|property) register|' +
    // A craft pattern, a geocache's listing, a puzzle hunt: published for whoever makes or solves them.
    'knitting pattern|crochet pattern|sewing pattern|patr[oó]n de (?:punto|ganchillo|costura)|cast on \\d{1,3} sts|' +
    'k2tog|ssk|stitch markers?|geocach(?:e|es|ing)|mystery cache|posted coordinates|coordenadas publicadas|' +
    'puzzle hunt|escape room|crossword|crucigrama|cryptic (?:clue|grid|crossword)|meta answer|feeder answers?|' +
    'market report|informe de mercado|press release|news release|nota de prensa|comunicado de prensa|' +
    'recipe|receta|serves \\d{1,2}|ingredients|ingredientes|company history|historia de (?:la empresa|nuestro pueblo|la ciudad)|' +
    'obituary|necrol[oó]gica|transfer news|song lyrics|letra de la canci[oó]n|track \\d{1,2} of|' +
    "best man['’]s speech|wedding speech|discurso de boda|encyclop(?:a)?edia entry|judgment summary|law report|" +
    'olympic games|juegos ol[ií]mpicos|world cup|copa del mundo|' +
    // A museum's or a festival's guide and programme, a season's preview, a drug's leaflet, a speech template.
    'audio ?guides?|audiogu[ií]as?|gallery guide|museum guide|exhibition guide|gu[ií]a (?:de sala|del museo)|hoja de sala|' +
    'film festival|festival de cine|festival programme|programa del festival|official selection|secci[oó]n oficial|' +
    'film screenings?|proyecci[oó]n de (?:la )?pel[ií]cula|cortometrajes|largometrajes|short films|' +
    'season preview|match preview|preview of the season|previa de la temporada|pretemporada|' +
    'package leaflet|patient information leaflet|prospecto|ficha t[eé]cnica|summary of product characteristics|' +
    'wedding toast|generic toast|birthday toast|retirement toast|leaving toast|raise (?:a|your) glass(?:es)?|brindis|template pack|speech templates?|email templates?|letter templates?|message templates?|plantillas? de (?:discurso|correo|carta|mensaje)|' +
    'centenary|centenario|bicentenary|bicentenario|anniversary (?:site|website|book|brochure|celebrations)|' +
    'next release|pr[oó]xima publicaci[oó]n|statistical (?:release|bulletin)|' +
    'this abstract|the abstract|an abstract|our abstract|my abstract|abstract submission|conference (?:abstract|submission)|poster abstract|' +
    'resumen (?:para el|del) congreso|este resumen cient[ií]fico|el resumen cient[ií]fico|' +
    // A naturalists' report: its species, where they were seen or ringed.
    'ringing (?:group|club|society|report|records?|survey)|bird (?:group|club|society|report|records?|survey)|birding (?:group|club|society|report|records?|survey)|wildlife (?:group|club|society|report|records?|survey)|nature (?:group|club|society|report|records?|survey)|natural history (?:group|club|society|report|records?|survey)|moth (?:group|club|society|report|records?|survey)|butterfly (?:group|club|society|report|records?|survey)|botanical (?:group|club|society|report|records?|survey)|' +
    'species list|checklist of|sightings? (?:log|report)|informe ornitol[oó]gico|anillamiento|censo de aves|' +
    // A bridge column's deal, a church's order of service, a weather forecast, a walking guide, a meetup's agenda.
    'bridge (?:column|hand|problem)|declarer|north dealt|south dealt|east dealt|west dealt|opening lead|' +
    'east-west vulnerable|north-south vulnerable|both sides vulnerable|neither side vulnerable|' +
    // (Not "order of service" or "hymns": a funeral's words too.)
    'service sheet|sermon|serm[oó]n|psalm|salmo|evensong|eucharist|eucarist[ií]a|' +
    'weather (?:forecast|report|outlook)|shipping (?:forecast|report|outlook)|marine (?:forecast|report|outlook)|pollen (?:forecast|report|outlook)|snow (?:forecast|report|outlook)|surf (?:forecast|report|outlook)|this forecast|' +
    'forecast for (?:tonight|tomorrow|the weekend)|previsi[oó]n (?:del tiempo|meteorol[oó]gica)|' +
    'parte meteorol[oó]gico|pron[oó]stico del tiempo|' +
    'yellow (?:weather )?warning|amber (?:weather )?warning|red (?:weather )?warning|aviso (?:amarillo|naranja|rojo)|' +
    'walking guide|trail (?:guide|leaflet|map)|walk(?:ing)? route|gu[ií]a de senderismo|ruta de senderismo|' +
    'waymark(?:ed|s)?|dificultad (?:baja|media|alta)|' +
    'meetup|doors open|call for (?:papers|proposals)|conference programme|' +
    // Tasting notes, a school essay, a radio station's schedule.
    'tasting notes?|notas? de cata|school essay|ensayo escolar|redacci[oó]n escolar|trabajo escolar|' +
    'programaci[oó]n de (?:la )?radio|radio (?:schedule|listings)|parrilla de (?:programaci[oó]n|la radio)|' +
    // A lesson's activity, a law school's problem.
    'class activity|classroom activity|actividad de clase|lesson plan|plan de clase|worksheet|ficha de (?:trabajo|ejercicios)|' +
    'fill in the blanks|rellena los huecos|completa (?:las|cada|la) frases?|moot (?:problem|court)|problem question|' +
    'caso pr[aá]ctico|supuesto pr[aá]ctico|' +
    // A transport operator's notice: works, lines closed, replacement buses.
    'engineering works|planned (?:works|closures?)|rail replacement|replacement bus(?:es)?|service (?:changes|disruption)|' +
    'trains? every \\d{1,2} min(?:utes)?|buses every \\d{1,2} min(?:utes)?|services every \\d{1,2} min(?:utes)?|trenes cada \\d{1,2} min(?:utos)?|autobuses cada \\d{1,2} min(?:utos)?|servicios? cada \\d{1,2} min(?:utos)?|' +
    'autobuses (?:alternativos|lanzadera)|sin servicio entre|estaciones? sin parada|timetable changes?|cambios de horario|' +
    // A shop's product list: its codes and prices.
    'product descriptions?|product (?:catalogue|catalog|listing)|price list|lista de precios|tarifa de precios|' +
    'cat[aá]logo (?:web|de productos|online)|descripci[oó]n(?:es)? (?:corta|de producto)s?|' +
    '(?<=^|\\n)[ \\t]*(?:our story|about us|qui[eé]nes somos|sobre nosotros)[ \\t]*(?=\\n)|' +
    // Commentary on a public work: a song's or a poem's lines, a record's sleeve, a painting or a film analysed.
    'coplas?|estrofas?|estribillo|stanzas?|chorus|refrain|lyrics|letras? de (?:la |las |sus )?canci[oó]n(?:es)?|' +
    'comentario de texto|an[aá]lisis (?:del|de la|de las|de los) (?:poema|canci[oó]n|letra|novela|obra|cuadro|pel[ií]cula|escena)|' +
    'literary analysis|close reading|song analysis|analy[sz]e (?:the|this|these) (?:lyrics|poem|song|painting|scene|novel)|' +
    'ficha del disco|liner notes|sleeve notes|discograf[ií]a|discography|recorded (?:it )?(?:by|in the)|grab[oó] (?:en|la|el)|' +
    'sung by|cantad[oa] por|versos? \\d|line \\d{1,2} of the (?:poem|song)|rima (?:asonante|consonante)|rhyme scheme|' +
    'iambic|endecas[ií]labos?|octos[ií]labos?|met[aá]foras?|metaphors?|juegos? de palabras|wordplay|pun on',
);

/** Roles only public, historical or fictional people hold (and the named things that are no one). */
const ROLE = family(
  'saints?|st|apostles?|martyrs?|bishops?|popes?|kings?|queens?|princes?|princess|emperors?|empress|pharaoh|' +
    'composers?|conductor|soloist|painters?|poets?|novelists?|playwrights?|physicists?|chemists?|explorers?|' +
    'prime minister|president|senators?|admiral|heroe?s?|heroine|gods?|goddess|characters?|protagonists?|' +
    'players?|strikers?|riders?|cyclists?|referee|actors?|actress|nobel|laureates?|storms?|hurricanes?|' +
    'HMS|RV|vessel|' +
    'santos?|santas?|san|ap[oó]stol|m[aá]rtir|obispos?|papa|reyes|rey|reinas?|pr[ií]ncipes?|princesas?|emperador|' +
    'compositor[a]?|director de orquesta|pintor[a]?|poetas?|poetisa|novelistas?|escritor[a]?|dramaturg[oa]|' +
    'cient[ií]fic[oa]|h[eé]roes?|hero[ií]na|dios(?:es|a)?|personajes?|protagonistas?|jugador(?:es)?|' +
    '[aá]rbitro|ciclistas?|actor|actriz|premio nobel|borrascas?|tormentas?|huracanes?|hurac[aá]n|buque|goleta|' +
    // Public works and performances, and who presents them.
    'novels|novel by|novelas?|operas?|[oó]peras?|symphon(?:y|ies)|sinfon[ií]as?|poems?|poemas?|sonnets?|sonetos?|concertos?|' +
    'overture|obertura|documentary|documental|presenter|presentador[a]?|keynote|ponente|rector[a]?|' +
    // Wine, whose estates are named after families.
    'vintages?|cosecha|bodegas?|domaine|ch[aâ]teau|winery|vineyards?|viñedos?|' +
    // An award's nominees and winners: a film's, a book's, a record's.
    'nominees?|nominated (?:for|as)|nominations?|shortlisted for|best (?:director|actor|actress|film|picture|novel|album|screenplay)|' +
    'nominad[oa]s?|nominaci[oó]n(?:es)?|mejor (?:direcci[oó]n|director[a]?|actor|actriz|pel[ií]cula|gui[oó]n|novela|[aá]lbum)|' +
    // A race's or a match's public facts.
    'peloton|pel[oó]t[oó]n|kick-?off|KO|' +
    // Public occupations and titles whose holders a public text names.
    'chef|soprano|tenor|baritone|ballerina|bailar[ií]n[a]?|cantante|singer|chief executive|CEO|founder of|co-?founder|' +
    'songwriter|lyricist|letrista|cantautor[a]?|cantaor[a]?|tonadillera|folkl[oó]rica|narrator|narrador[a]?|' +
    'fundador[a]? de|' +
    'mayor|alcalde(?:sa)?|ministers?|ministr[oa]|winger|midfielder|striker|goalkeeper|delantero|centrocampista|' +
    'CJ|judges?|jueces|magistrad[oa]|palaeontologist|paleont[oó]log[oa]|historian|historiador[a]?|curator|' +
    'comisari[oa]|comisariad[oa] por|duke|duchess|duque(?:sa)?|mariscal|marshal|medall?ists?|medallista|' +
    'gold medal|medalla de oro|Tour de France|Vuelta|Giro|Wimbledon|Grand Prix|Gran Premio|' +
    // A team's staff and a board's officers, as public texts name them.
    'coach|head coach|entrenador[a]?|captain|capit[aá]n[a]?|squad|' +
    'consejer[oa] delegad[oa]|chairman|chairwoman|managing director|presidente ejecutivo|founders|fundadores|' +
    'infant[ae]|infantas|' +
    // A service's clergy, a talk's speakers, a trail's codes and walkers.
    'revd|reverend|vicar|churchwarden|priest|sacerdote|p[aá]rroco|' +
    'panel(?:l)?ists?|moderador[a]? de la mesa|moderad[oa] por|presentad[oa] por|conducid[oa] por|hosted by|' +
    'presented by|en[oó]log[oa]|winemaker|walkers|hikers|senderistas|excursionistas|' +
    'GR-? ?\\d{1,3}|PR-? ?\\d{1,3}|' +
    // A network's named things: stations, lines, platforms.
    'stations?|estaci[oó]n(?:es)?|platforms?|and[eé]n(?:es)?|' +
    // The naturalists' and the shop's subjects: species and products, not people.
    'bird species|plant species|moth species|butterfly species|species (?:list|recorded|ringed|seen|trapped)|' +
    'especies (?:de aves|observadas|anilladas|registradas)|wardens?|ringers?|anilladores?|EAN(?:-?13)?|SKUs?|PVP|RRP|UPC|GTIN|ASIN|' +
    // Words said in public: at a summit, a conference, a results call.
    'at the (?:[\\p{L}-]+ ){0,3}(?:summit|conference|congress|forum|press conference|AGM)|' +
    'en la (?:[\\p{L}-]+ ){0,3}(?:conferencia|cumbre|rueda de prensa|junta de accionistas)(?: de resultados)?',
);

/** Dates as an encyclopedia writes them: a life's span, a work's year and length, a law report's year. */
const BRACKET_DATES =
  /\((?:[^()\n]{0,40}?,\s*)?(?:c\.\s*|b\.\s*|n\.\s*)?1\d{3}\s*[–—-]\s*(?:[^()\n]{0,40}?,\s*)?(?:1\d|20)\d\d\s*\)|\((?:c\.\s*|ca\.\s*|h\.\s*)?(?:1[0-9]|20)\d\d(?:,\s*\d{2,3}\s?min)?\)|\[(?:1[89]|20)\d\d\]|\([^()\n]{2,80}?,\s*(?:1[0-9]|20)\d\d\)/u;

/** An instruction to write or tidy the text for a public readership. */
const READERSHIP = family(
  'programme note|program note|for (?:the|our|my|a) (?:[\\p{L}-]+ )?(?:programme|sports page|journal|paper|program|newsletter|magazine|website|club|cinema club|' +
    'book club|film club|students|law students|class|exhibition|panel|parish|readers|audience|quiz|blog|podcast|' +
    'church|congregation|tourists|visitors|revision|notice ?board|noticeboard|radio|bulletin|broadcast)|for revision|book club|cinema club|film club|pub quiz|' +
    'reading group|grupo de lectura|revision notes|a short news item|a short recap|song lyrics|' +
    '(?:summari[sz]e|shorten|translate|a synopsis of|the plot of|resume|resumen de|sinopsis de|traduce) ' +
    '(?:this|the|esta|este|la|el) (?:novel|play|film|movie|opera|book|chapter|story|short story|poem|episode|' +
    'biography|passage|excerpt|extract|scene|obra|novela|pel[ií]cula|cuento|relato|poema|cap[ií]tulo|libro|[oó]pera|' +
    'biograf[ií]a|pasaje|fragmento|escena|programme|program|programa|programaci[oó]n|festival)|' +
    // The writer's own fiction.
    'my (?:novel|novella|short story|screenplay|manuscript)|mi (?:novela|relato|gui[oó]n|manuscrito)|' +
    'para una clase de|for (?:a|an|my|our) (?:literature|English|music|art|Spanish|film) (?:class|lesson|seminar)|' +
    'clase de (?:literatura|lengua|m[uú]sica|historia del arte|cine)|bachillerato|GCSE|A-level|' +
    // "para el grupo del club": a group of the readership named.
    'para (?:el|la|los|las|nuestr[oa]s?|mi|mis) (?:grupo (?:de|del) (?:la |los |las )?)?(?:bolet[ií]n|revista|web|cineclub|club|alumnos|estudiantes|clase|' +
    'exposici[oó]n|parroquia|programa|visitantes|turistas|blog|p[oó]dcast|tabl[oó]n(?: de anuncios)?|radio)|cineclub|club de lectura',
);

/** Families of evidence for; two different ones make the text public. */
/** A template's fields: its names are to be filled in, any given are examples. */
const TEMPLATE: Family = screened(
  /[[{<]/,
  new RegExp(
    String.raw`\[[\p{Lu}][\p{Lu}'’ _]{2,30}\]|\{\{ ?[\p{L}_]+ ?\}\}|<[\p{Lu}_]{3,30}>|` +
      // A placeholder in words: "[Your name]", "[Couple A]", "[Nombre del cliente]".
      String.raw`\[(?:[Yy]our |[Tt]u |[Ss]u )?(?:${eitherCase(
        'name|first name|full name|company|couple|partner|bride|groom|venue|nombre|empresa|lugar|novia|novio|pareja|recipient|destinatario|destinataria',
      )})(?: (?:name|nombre|del cliente|[A-Z0-9]))?\]|` +
      // A field to fill in, in title case: "[Organiser Name]", "[Event Date]", "[Nombre del Cliente]".
      String.raw`\[(?:\p{Lu}\p{Ll}+ ){1,3}(?:Name|Date|Address|Number|Title|Company|Email|Phone)\]|` +
      String.raw`\[(?:Nombre|Fecha|Direcci[oó]n|N[uú]mero|Empresa|Correo|Tel[eé]fono)(?: (?:del?|de la) \p{Lu}\p{Ll}+)\]`,
    'u',
  ),
);

/** A text that says its people are made up: "all names are fictional", "los personajes son ficticios". */
const NAMES_MADE_UP =
  '(?:names|characters|people|persons|events|parties|details)(?: [\\p{L}-]+){0,3} (?:are|were|is) (?:all )?' +
  '(?:fictional|fictitious|invented|made[- ]up|imaginary)|' +
  'fictional (?:characters?|story|case|scenario|persons?|patients?|company|town)|' +
  '(?:nombres|personajes|datos|hechos|personas)(?: [\\p{L}-]+){0,3} (?:son|est[aá]n) (?:tod[oa]s )?' +
  '(?:fictici[oa]s|inventad[oa]s|imaginari[oa]s)|personajes? ficticios?|caso ficticio';
const FICTION_CLAIM: Family = screened(
  byFirstCharacter(/fictio|fictit|fictic|invent|made[- ]up|imaginar/iu),
  words(NAMES_MADE_UP),
);
/**
 * That claim, or the writer's own fiction ("my novel", "mi novela"): a house number or an age in such a text belongs to
 * a character (an errand still is someone's: a book club reminds a member).
 */
const DECLARED_FICTION = words(
  `${NAMES_MADE_UP}|my (?:novel|novella|short story|screenplay|manuscript|play)|` +
    'mi (?:novela|relato|guion|gui[oó]n|manuscrito|obra de teatro)',
);

/**
 * A scholarly text's apparatus: a DOI, "et al.", a confidence interval, a registry or index number, an abstract's
 * methods then results. Its authors, institutes and cities are public; the diseases it studies are still reported
 * (a corpus of abstracts marks them), so this family never lets health terms go.
 */
const SCHOLARLY_BODY =
  'doi:? ?10\\.\\d{4,}|doi\\.org|et al\\.?|95 ?% CI|IC (?:del )?95 ?%|PMID:? ?\\d+|ISSN|NCT\\d{8}|ISRCTN\\d+|' +
  'peer[- ]reviewed|revisado por pares|' +
  '(?<=^|\\n)[ \\t]*(?:methods|m[eé]todos)[ \\t]*:(?=[^]*\\n[ \\t]*(?:results|resultados)[ \\t]*:)';
/** Screened by plain words: the heading's lookbehind would be tried at every position of every text. */
const SCHOLARLY: Family = screened(
  /doi|et al|95 ?%|PMID|ISSN|NCT\d|ISRCTN|peer[- ]reviewed|revisado por pares|methods|m[eé]todos/i,
  words(SCHOLARLY_BODY),
);

/** A news agency's or a press office's dateline: "SORIA, 9 de mayo de 2027. —", "LEEDS, 4 March —". */
const DATELINE: Family = screened(
  /\p{Lu}{3}[^\n]{0,30}\d/u,
  /(?:^|\n)[ \t]*\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2},? \d{1,2}(?: de)? \p{L}{3,10}\.?(?:,? (?:de )?\d{4})?\.?[ \t]*[—–]/u,
);

/**
 * Public instructions, rules and terms addressed to whoever reads them: a form's or a tax return's instructions
 * (its lines, boxes and conditions), a government guide's steps, a public call's or a contest's rules (entrants,
 * judges, prizes), terms and conditions. The places, agencies and desks they name are public; a value filled in
 * (an id, a phone, a birth date) or a record's field still ties the text to someone.
 */
export const INSTRUCTIONS_BODY =
  'form instructions|instructions for (?:form|completing|filling|schedule)|general instructions|specific instructions|' +
  'line \\d{1,2}[a-z]?\\.|boxe?s? \\d{1,2}[a-z]?|if you (?:checked|ticked|live|lived|received|paid|are filing|are claiming|file)|' +
  'you (?:must|should|may) (?:enter|attach|file|send|include|claim|apply|submit|complete)|do not (?:enter|include|attach|send)|' +
  'filing deadline|closing date for|how to apply|who can apply|who is eligible|eligibility (?:criteria|requirements)|' +
  'terms and conditions|terms of (?:use|service|entry)|conditions of entry|rules of entry|entry rules|competition rules|' +
  'guidance notes|notes for guidance|entrants|applicants must|the applicant must|judging|the judges|prizes|' +
  'instrucciones (?:para|de) (?:cumplimentar|rellenar|la declaraci[oó]n|el modelo|el formulario|la solicitud)|' +
  'instrucciones generales|casillas? \\d{1,3}|apartado \\d{1,2}|si (?:usted )?(?:marc[oó]|ha marcado|reside|percibi[oó])|' +
  'deber[aá] (?:indicar|adjuntar|presentar|aportar|cumplimentar)|no (?:indique|incluya|adjunte)|plazo de presentaci[oó]n|' +
  'c[oó]mo solicitar|qui[eé]n puede (?:solicitar|participar)|requisitos de (?:los|las) (?:solicitantes|participantes)|' +
  'bases (?:de la convocatoria|del concurso|del certamen|reguladoras)|t[eé]rminos y condiciones|condiciones generales|' +
  'condiciones de (?:uso|participaci[oó]n)|(?:los|las) participantes|el jurado|los solicitantes deber[aá]n|premios';
export const INSTRUCTIONS = family(INSTRUCTIONS_BODY);

/**
 * A contest's draw or results: two sides set against each other ("Name (3) v Name", "A vs B") and the rounds of a
 * competition (a quarter-final, the last 16, seeds, frames). Its players are public, as a fixture list's teams are.
 */
const MATCH =
  /\p{Lu}[\p{L}'’-]+(?:[ \t]+\(\d{1,2}\))?[ \t]+(?:v|vs|v\.|vs\.|versus)[ \t]+(?:\p{Lu}|qualifier|winner|tbc|tbd|clasificad)/u;
const ROUNDS = wordWalk(
  'quarter-?finals?|semi-?finals?|QF|SF|QFs|SFs|last (?:16|32|64|eight|four)|round of (?:16|32|64|128)|' +
    '(?:first|second|third|1st|2nd|3rd) round|rd \\d|round \\d|seeds?|seeded|top seed|qualifiers?|frames?|' +
    'tie-?breaks?|best of \\d{1,2}|knockout|walkover|byes?|cuartos de final|semifinal(?:es)?|octavos(?: de final)?|' +
    'dieciseisavos|cabezas? de serie|eliminatoria|ronda \\d|primera ronda|segunda ronda|al mejor de',
);
const CONTEST: Family = { holds: (text) => MATCH.test(text) && ROUNDS(text) };

/**
 * A writer's request about fiction: an edit of prose ("line edit", "copy-edit"), its plot, its scenes, chapters and
 * narrator. A true story told for a newsletter asks for none of these.
 */
const CRAFT = family(
  'line[- ]edit(?:ing)?|copy-?edit(?:ing)?|developmental edit|(?:the|my|this) plot|plot holes?|plot twists?|' +
    'short story|flash fiction|(?:my|draft|opening) (?:chapter|prologue|epilogue)|(?:my|this) manuscript|' +
    '(?:my|this) (?:scene|novel|novella)|point of view|POV|(?:the|an?) (?:narrator|unreliable narrator)|' +
    "narrative voice|dialogue tags|show,? don[’']t tell|protagonist|" +
    '(?:mi|este|el) (?:relato|cuento|cap[ií]tulo|manuscrito)|la trama|el argumento|correcci[oó]n de estilo|' +
    '(?:el|la) narrador[a]?',
);
/**
 * Prose told about others: third-person subjects ("she wound", "he heard") four times or more, or dialogue tags
 * twice ("she said", "dijo"). A letter, a form or a chat speaks in the first and second person.
 */
const THIRD_PERSON = /(?<![\p{L}])(?:she|he|ella|él)(?![\p{L}])/giu;
const DIALOGUE_TAGS =
  /(?<![\p{L}])(?:(?:she|he|they) (?:said|asked|whispered|replied|muttered|shouted|called)|dijo|respondi[oó]|susurr[oó]|murmur[oó]|pregunt[oó]|grit[oó])(?![\p{L}])/giu;
function narrative(text: string): boolean {
  return (text.match(THIRD_PERSON)?.length ?? 0) >= 4 || (text.match(DIALOGUE_TAGS)?.length ?? 0) >= 2;
}
/** Such a request over prose told about others: a second family, so a story's characters go even beside its health words. */
const FICTION_PROSE: Family = { holds: (text) => narrative(text) && CRAFT.holds(text) };

/**
 * A page of questions and answers for whoever asks them: three lines or more opened by "Q:", "Q1.", "P:" or
 * "Pregunta", or the page's own name. Its examples are made up for the reader.
 */
const FAQ_LINE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:Q|P|Pregunta|Question)[ \t]*\d{0,2}[ \t]*[:.)]/g;
const FAQ_NAME = family('FAQs?|frequently asked questions|preguntas frecuentes');
const FAQ: Family = {
  holds: (text) => FAQ_NAME.holds(text) || (text.match(FAQ_LINE)?.length ?? 0) >= 3,
};
/**
 * Animals as the text's subject: a kennel's, a cattery's, a groomer's or a dog walker's page. The names its examples
 * give are pets'; an owner's field, phone or relation still ties it to someone.
 */
const PETS = family(
  "dogs|cats|puppies|kittens|pets|your pet(?:[’']s)?|kennels?|cattery|catteries|dog (?:walking|walkers?|grooming|day ?care|boarding)|" +
    'groomers?|perros|gatos|cachorros|mascotas|residencia canina|guarder[ií]a canina|peluquer[ií]a canina',
);

const FOR_FAMILIES: readonly Family[] = [
  GENRE,
  FICTION_CLAIM,
  READERSHIP,
  screened(/[([]\s*(?:c\.|b\.|n\.|ca\.|h\.|[^()\n]{0,80}?,)?\s*(?:1\d|20)\d\d/u, BRACKET_DATES),
  TEMPLATE,
  ROLE,
  SCHOLARLY,
  DATELINE,
  INSTRUCTIONS,
  CONTEST,
  CRAFT,
  FICTION_PROSE,
  FAQ,
  PETS,
];
const FOR_FAMILIES_MIN = 2;

/** A relation of the writer or the reader to someone, the writer's own health, a letter's greeting. */
const RELATION = words(
  '(?:my|our|your) (?:own )?(?:patients?|clients?|sons?|daughters?|wife|husband|partner|mum|mom|mother|' +
    'dad|father|brothers?|sisters?|baby|child|children|kids?|grand\\p{L}+|aunt|uncle|cousin|niece|nephew|friends?|' +
    'boss|colleagues?|employees?|tenants?|customers?|neighbou?rs?|landlord|fianc[eé]e?|girlfriend|boyfriend|' +
    'GP|doctor|carer|pupil|student|staff member|team member|member of staff|direct report)|' +
    "I (?:have|had|was diagnosed|am on|take|suffer|live|was born)|I['’]ve (?:got|been|had)|I['’]m (?:on|pregnant)|" +
    '(?:mi|mis|tu|tus|nuestr[oa]s?|vuestr[oa]s?) (?:hij[oa]s?|madre|padre|marido|mujer|espos[oa]|herman[oa]s?|pareja|' +
    'abuel[oa]s?|beb[eé]|pacientes?|clientes?|amig[oa]s?|jef[ea]|compañer[oa]s?|emplead[oa]s?|inquilin[oa]s?|' +
    'vecin[oa]s?|suegr[oa]|t[ií][oa]|prim[oa]|sobrin[oa]|niet[oa]|novi[oa]|m[eé]dic[oa] de cabecera)|' +
    'tengo|padezco|me (?:diagnosticaron|han diagnosticado)|nac[ií] el|vivo en',
);
/** A letter's greeting or sign-off at the start of a line. */
const LETTER =
  /(?:^|\n)[ \t]*(?:dear|hi|hello|hey|hola|estimad[oa]s?|querid[oa]s?|buenos d[ií]as|buenas tardes)[ \t,]+\p{Lu}|(?:^|\n)[ \t]*(?:best|best wishes|kind regards|regards|many thanks|thanks|cheers|yours sincerely|yours faithfully|sincerely|un saludo|saludos|atentamente|un abrazo|gracias)[ \t]*,?[ \t]*\n[ \t]*\p{Lu}/iu;
/** A task about someone: "remind Laura Benítez", "ask Tomás to bring", "avisa a Rodrigo Peña". */
const TASK =
  /(?<![\p{L}])(?:[Rr]emind|[Aa]sk|[Tt]ell|[Ii]nvite|[Ee]-?mail|[Cc]all|[Rr]ing|[Tt]ext|[Mm]essage|[Pp]ing|[Tt]hank|[Cc]ontact|[Cc]hase|(?:[Aa]visa|[Rr]ecu[eé]rda(?:le)?|[Pp]regunta(?:le)?|[Dd]ile|[Ii]nvita|[Ll]lama|[Ee]scribe|[Ee]scr[ií]bele|[Cc]ontacta)(?: a)?)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?![\p{L}])/u;
/** A record's or a form's field about a person at the start of a line. */
const PERSON_FIELD =
  /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:name|full name|first name|surname|last name|nombre|apellidos?|patient(?: name)?|paciente|pt|client|cliente|employee|emplead[oa]|trabajador[a]?|candidate|candidat[oa]|applicant|solicitante|claimant|tenant|inquilin[oa]|member|socio|guest|passenger|pasajero|student|alumn[oa]|titular|dob|d\.o\.b\.?|date of birth|fecha de nacimiento|f\. ?nac\.?|birth ?date|age|edad|address|home address|direcci[oó]n|domicilio|mobile|m[oó]vil|tel(?:ephone|[eé]fono)?|phone|e-?mail|correo|nhs(?: no| number)?|mrn|nhc|dni|nie|nif|ssn|passport|pasaporte|referred by|next of kin|contacto de emergencia|emergency contact|owner|owner['’]s name|propietari[oa]|dueñ[oa])[ \t]*[:=]/iu;
/** A person's age after their name: "Ana Ruiz, 34,", "Tom Hale (42)". */
const AGE_AFTER_NAME =
  /(\p{Lu}\p{Ll}+),[ \t]*\d{1,2}[ \t]*(?:,|years|años|y\/o|yo\b)|(\p{Lu}\p{Ll}+)[ \t]+\(\d{1,2}\)/gu;
/** AGE_AFTER_NAME's first reading alone ("Ana Ruiz, 34,"), which needs no name found. */
const AGE_AFTER_WORD = /(\p{Lu}\p{Ll}+),[ \t]*\d{1,2}[ \t]*(?:,|years|años|y\/o|yo\b)/u;

/**
 * An age after a name found ("Ines Varga (42)"): a number in brackets after any other capitalised word is a level, a
 * grade or a count ("Considerable (3)", "Group (4)").
 */
function ageAfterName(text: string, findings: readonly Finding[]): boolean {
  // With no name found only the first reading counts, and a bracketed match never hides one: after its capital it
  // holds none, and at its capital the first reading was tried before it.
  if (!findings.some((f) => f.label === 'PERSON')) return AGE_AFTER_WORD.test(text);
  AGE_AFTER_NAME.lastIndex = 0;
  let contest: boolean | undefined;
  for (let m = AGE_AFTER_NAME.exec(text); m !== null; m = AGE_AFTER_NAME.exec(text)) {
    if (m[1] !== undefined) return true;
    // In a contest's draw a number in brackets after a name is a seed ("X (3) v Y", "X (3) has the easiest route").
    contest ??= CONTEST.holds(text);
    if (contest) continue;
    const end = m.index + m[2]!.length;
    if (findings.some((f) => f.label === 'PERSON' && f.start < end && f.end >= end)) return true;
  }
  return false;
}
/** A house-numbered street address: "18 Aldous Close", "calle Mayor 12, 3º"; someone's when a name shares its line. */
const HOUSE_ADDRESS = new RegExp(
  `${WORD_START}(?:\\d{1,4}[a-z]?,? (?:\\p{Lu}[\\p{L}'’-]+ ){1,3}(?:${eitherCase(
    'street|road|rd|avenue|ave|lane|close|drive|way|crescent|terrace|court|gardens|grove|mews|row|villas|place|' +
      'square|parade|rise|walk|hill|park|view|yard|wharf|quay|green',
  )})|(?:${eitherCase('calle|avenida|avda|plaza|paseo|camino|carrer|rua')}|c\\/)\\.? (?:(?:\\p{Lu}[\\p{L}'’.-]*|de|del|la|las|los|el|y) ){0,4}\\p{Lu}[\\p{L}'’.-]*,? (?:n[ºo°]\\.? ?)?\\d{1,3})${WORD_END}`,
  'gu',
);
/** Role mailboxes: an organisation's desk, not a person's. */
const ROLE_MAILBOX =
  /^(?:info|hello|contact|contacto|press|prensa|media|support|soporte|sales|ventas|admin|no-?reply|noreply|rrhh|hr|empleo|careers|jobs|talent|recruitment|privacy|privacidad|dpo|help|ayuda|team|office|hola|bookings?|reservas|tickets|boxoffice|taquilla|enquiries|events|eventos|newsletter|club|secretary|secretaria|webmaster|editor|redaccion|museum|museo|library|biblioteca|orders|order|pedidos|shop|tienda|store|compras|reservations|entradas|parroquia|despacho|administracion|oficina|actividades|activities|extraescolares|admisiones|admissions|matricula|comunicacion|communications|visitas|visits|programme|programa)[.@]/i;
/** Whether a mailbox is a role's, an organisation's desk (exported for unanchored.ts). */
export const roleMailbox = (address: string): boolean => ROLE_MAILBOX.test(address);

/** Labels whose any value is someone's: a card, an account, a secret, a personal id. */
export const ANCHOR_LABELS: ReadonlySet<Label> = new Set<Label>([
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'NATIONAL_ID',
  'SECRET',
  'PHONE',
  'IP_ADDRESS',
]);
/** A birth year this old is a historical figure's, not a living private person's. */
const HISTORICAL_BIRTH = /(?<!\d)1[0-8]\d\d(?!\d)|(?<!\d)19[01]\d(?!\d)/;

/** How far a life's span in brackets may reach around a date: "(born X, 7 May 1867, Town – 4 July 1934, Town)". */
const SPAN_REACH = 80;

/** A date of a historical life: its own year is old, or it stands in brackets with an old year. */
function historicalDate(text: string, f: Finding): boolean {
  if (HISTORICAL_BIRTH.test(text.slice(f.start, f.end))) return true;
  const open = text.lastIndexOf('(', f.start);
  if (open < 0 || f.start - open > SPAN_REACH) return false;
  const close = text.indexOf(')', f.end);
  if (close < 0 || close - f.end > SPAN_REACH) return false;
  const inside = text.slice(open + 1, close);
  return !/[()\n]/.test(inside) && HISTORICAL_BIRTH.test(inside);
}

/** Labels a text about nobody does not report. */
const NOBODYS: ReadonlySet<Label> = new Set<Label>(['PERSON', 'LOCATION', 'MEDICAL', 'DATE', 'EMAIL']);

/**
 * The readings of the text alone (no findings) that several steps after the detectors ask of one text in turn
 * (health-without-bearer.ts, historical-text.ts, public-instructions.ts, unanchored.ts and this reading): kept for
 * the last text asked about, so each whole-text scan runs once per text. Every reading kept is a pure function of
 * the text.
 */
let readText: string | undefined;
/** Per family of FOR_FAMILIES: 0 not read yet, 1 the text holds it, 2 it does not. */
const familyRead = new Int8Array(FOR_FAMILIES.length);
/** textAnchor's answer for readText; undefined while not read. */
let anchorRead: TextAnchor | undefined;

function readingsOf(text: string): void {
  if (text === readText) return;
  readText = text;
  familyRead.fill(0);
  anchorRead = undefined;
}

function holdsFamily(text: string, i: number): boolean {
  readingsOf(text);
  if (familyRead[i] === 0) familyRead[i] = FOR_FAMILIES[i]!.holds(text) ? 1 : 2;
  return familyRead[i] === 1;
}

/** Which families of evidence for the text holds (a bit per family), 0 when none; `enough` of them may stop the reading. */
export function publicEvidence(text: string, stopEarly = false, enough = FOR_FAMILIES_MIN): number {
  let families = 0;
  let found = 0;
  for (let i = 0; i < FOR_FAMILIES.length; i++) {
    // Stop once enough are found, or once the families left cannot make enough.
    if (stopEarly && (found >= enough || found + FOR_FAMILIES.length - i < enough)) break;
    if (holdsFamily(text, i)) {
      families |= 1 << i;
      found++;
    }
  }
  return families;
}

/** A birth date with its year ("3 March 1988", "03/03/88"): a day and month alone is a feast or a character's. */
const WITH_YEAR = /\d{4}|[/.\-'’]\s?\d{2}(?!\d)/;

/** An organisation as a field's value ("Titular: Laboratorios X, S.A."): the field is not a person's. */
const ORGANISATION_VALUE =
  /^[ \t]*(?:(?:Laboratori(?:os|es|o)|Laboratory|Banco|Bank|Grupo|Group|Fundaci[oó]n|Foundation|Universi\p{L}+|Ayuntamiento|Hospital|Instituto|Institute)(?![\p{L}])|[^\n]{0,60}(?<![\p{L}])(?:S\.\s?A\.?U?|S\.\s?L\.?U?|SAU|SLU|Ltd|Limited|Inc|GmbH|plc|LLC|PLC)(?![\p{L}]))/u;

/** A quotation, on one line or wrapped once: "…", “…”, «…». */
const QUOTED = /"[^"\n]*(?:\n[^"\n]*)?"|“[^”\n]*(?:\n[^”\n]*)?”|«[^»\n]*(?:\n[^»\n]*)?»/g;

/**
 * A work's title with its year in brackets, as a list of films, books or records gives it after a dash or a colon:
 * "– La casa de mi abuela (2003)", ": My Father's Garden (2014)". A relation word in it is the work's, no one's.
 */
const TITLE_WITH_YEAR = /(?<=(?:^|\n)[^\n]{0,40}?[–—:-][ \t]+)[^\n()–—:]{1,60}\((?:19|20)\d\d\)/g;

/**
 * Whether `re` matches the text outside its quotations and works' titles (an example sentence quoted in a lesson, a
 * film called after a mother, are no one's).
 */
function outsideQuotes(re: RegExp, text: string): boolean {
  if (!re.test(text)) return false;
  const unquoted = text
    .replace(QUOTED, (q) => ' '.repeat(q.length))
    .replace(TITLE_WITH_YEAR, (q) => ' '.repeat(q.length));
  return re.test(unquoted);
}

/** An address field's name: also a theatre's credit ("Dirección: X" is who directed). */
const ADDRESS_FIELD = /(?:address|direcci[oó]n)[ \t]*[:=]$/iu;
/** An address as a value: a digit or a street word. */
const ADDRESS_VALUE = new RegExp(
  `\\d|${WORD_START}(?:${eitherCase('street|road|lane|avenue|calle|avenida|avda|plaza|paseo|camino|carrer|rua')})${WORD_END}|c/`,
  'u',
);

/** A person field whose value is not an organisation (nor, for an address field, a name: a director's credit). */
function personField(text: string): boolean {
  const re = new RegExp(PERSON_FIELD.source, 'giu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const next = text.indexOf('\n', m.index + m[0].length);
    const value = text.slice(m.index + m[0].length, next < 0 ? text.length : next);
    if (ORGANISATION_VALUE.test(value)) continue;
    if (ADDRESS_FIELD.test(m[0]) && !ADDRESS_VALUE.test(value)) continue;
    return true;
  }
  return false;
}

/**
 * A synopsis of a published story (a novel's, a film's, an episode's: the synopsis and the work named together): its
 * houses, ages and numbers are its characters', as in a text that says its people are made up.
 */
const SYNOPSIS = words('synopsis|sinopsis|plot summary|resumen del argumento');
const PUBLISHED_WORK = words(
  'ISBN|chapters? \\d{1,3}|cap[ií]tulos? \\d{1,3}|novels?|novelas?|novella|reading group|book club|grupo de lectura|' +
    'club de lectura|films?|pel[ií]culas?|episodes?|episodios?|series|serie|screenplay|gui[oó]n|\\d{2,4} ?pp\\.|\\d{2,4} p[aá]ginas',
);
export const storySynopsis = (text: string): boolean => SYNOPSIS.test(text) && PUBLISHED_WORK.test(text);

/** The first personal anchor found in the text or its findings, or undefined (exported for tests and tuning). */
export function personalAnchor(text: string, findings: readonly Finding[]): string | undefined {
  for (const f of findings) {
    if (ANCHOR_LABELS.has(f.label)) return f.label;
    if (f.label === 'EMAIL' && !ROLE_MAILBOX.test(text.slice(f.start, f.end))) return 'EMAIL';
    if (
      f.label === 'DATE' &&
      f.type === 'DATE_OF_BIRTH' &&
      WITH_YEAR.test(text.slice(f.start, f.end)) &&
      !historicalDate(text, f)
    )
      return 'DATE_OF_BIRTH';
  }
  readingsOf(text);
  anchorRead ??= textAnchor(text);
  if (anchorRead === 'fiction') return undefined;
  if (anchorRead !== 'none') return anchorRead;
  if (ageAfterName(text, findings)) return 'age';
  if (homeAddress(text, findings)) return 'address';
  return undefined;
}

/** What the text alone says, in personalAnchor's order: an anchor, a declared fiction (no anchor then), or neither. */
type TextAnchor = 'relation' | 'letter' | 'field' | 'task' | 'fiction' | 'none';

function textAnchor(text: string): TextAnchor {
  if (outsideQuotes(RELATION, text)) return 'relation';
  if (LETTER.test(text)) return 'letter';
  if (PERSON_FIELD.test(text) && personField(text)) return 'field';
  // An errand is someone's even beside a book ("remind X that chapter 3 is due").
  if (TASK.test(text)) return 'task';
  // A character's house or age is no one's in a text that says its people are made up.
  if (DECLARED_FICTION.test(text) || storySynopsis(text)) return 'fiction';
  return 'none';
}

/** A house-numbered address on the line of a name ("Orla Pentreath, of 18 Aldous Close"): not a town hall's or a museum's. */
function homeAddress(text: string, findings: readonly Finding[]): boolean {
  // Only a name found makes an address someone's: with none, no scan.
  if (!findings.some((f) => f.label === 'PERSON')) return false;
  HOUSE_ADDRESS.lastIndex = 0;
  for (let m = HOUSE_ADDRESS.exec(text); m !== null; m = HOUSE_ADDRESS.exec(text)) {
    // A theatre's or a pharmacy's premises named before the address: not a home.
    if (establishmentAddress(text, { start: m.index, end: m.index + m[0].length })) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const next = text.indexOf('\n', m.index);
    const lineEnd = next < 0 ? text.length : next;
    if (findings.some((f) => f.label === 'PERSON' && f.start < lineEnd && f.end > lineStart)) return true;
  }
  return false;
}

/** Whether the text is about nobody private: public evidence of two families and no personal anchor. */
export function aboutNobody(text: string, findings: readonly Finding[]): boolean {
  // A value only a person has settles it before any regex reads the text.
  if (findings.some((f) => ANCHOR_LABELS.has(f.label))) return false;
  return bitCount(publicEvidence(text, true)) >= FOR_FAMILIES_MIN && personalAnchor(text, findings) === undefined;
}

/** What a scholarly text does not report: its authors, institutes and places, but not the diseases it studies. */
const SCHOLARS: ReadonlySet<Label> = new Set<Label>(['PERSON', 'LOCATION', 'EMAIL']);
/** The bit of publicEvidence that says the text is scholarly (exported for health-without-bearer.ts). */
export const SCHOLARLY_BIT = 1 << FOR_FAMILIES.indexOf(SCHOLARLY);

/** Findings without the names, places, health terms, dates and desk mailboxes of a text about nobody. */
export function dropAboutNobody(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => NOBODYS.has(f.label))) return findings;
  if (!aboutNobody(text, findings)) return findings;
  const dropped = (publicEvidence(text) & SCHOLARLY_BIT) === 0 ? NOBODYS : SCHOLARS;
  return findings.filter((f) => !dropped.has(f.label));
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}
