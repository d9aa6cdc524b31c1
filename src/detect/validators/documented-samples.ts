import { hasLines } from '../public-text/text-lines.js';

/**
 * Values that payment providers and standards bodies publish for testing and documentation: the sandbox card
 * numbers of the gateways' test guides (Stripe, Adyen, Braintree, PayPal, the card schemes) and the example IBANs
 * of the SWIFT registry and the banks' SEPA manuals. No one holds them, but unit tests and sample files use them as
 * stand-ins for a real value, so they count as sensitive unless the text itself presents them as test or example
 * data (a QA plan, a sandbox README, "IBAN de ejemplo"): see documentedSampleInContext.
 */
const PUBLISHED_TEST_CARDS = new Set(
  // Visa
  (
    '4242424242424242 4000056655665556 4012888888881881 4111111111111111 4000000000000002 4000000000009995 ' +
    '4000000000009987 4000000000009979 4000000000000069 4000000000000127 4000000000000119 4000000000000077 ' +
    '4000000000000093 4000000000000101 4000000000000341 4000000000003220 4000000000003063 4000002500003155 ' +
    '4000002760003184 4000008260003178 4000000000000259 4000000000001976 4000000000005126 4000000760000002 ' +
    '4000001240000000 4000000000000010 4000000000000028 4000000000000036 4000000000000044 4100000000000019 ' +
    '4222222222222 4917610000000000 4988438843884305 4166676667666746 4646464646464644 4000620000000007 ' +
    '4035501000000008 4360000001000005 4012000033330026 4005519200000004 4009348888881881 4217651111111119 ' +
    '4500600000000061 4000111111111115 4005550000000001 4444333322221111 4917300800000000 4035874000424977 ' +
    // Redsys's test guide (Spanish virtual POS terminals)
    '4548812049400004 4918019199883839 4918019160034602 ' +
    // Mastercard
    '5555555555554444 2223003122003222 5200828282828210 5105105105105100 5454545454545454 5425233430109903 ' +
    '2222400070000005 5555341244441115 5577000055770004 5136333333333335 5585558555855583 5555555555555557 ' +
    '2223000048410010 2221000000000009 5105105105105106 5431111111111111 5500000000000004 5204740000001002 ' +
    '5576441563045037 ' +
    // Amex
    '378282246310005 371449635398431 378734493671000 370000000000002 340000000000009 341111111111111 ' +
    '370000000000028 374245455400126 ' +
    // Discover, Diners, JCB, UnionPay, Maestro
    '6011111111111117 6011000990139424 6011000000000004 6011981111111113 6011601160116611 3056930009020004 ' +
    '36227206271667 30569309025904 38520000023237 3566002020360505 3566111111111113 3530111333300000 ' +
    '6200000000000005 6205500000000000004 6243030000000001 6759649826438453 6799990100000000019 6771798021000008'
  ).split(' '),
);

/** Example IBANs of the SWIFT IBAN registry, ECBS/EPC guides and national SEPA manuals, compact and upper-case. */
const PUBLISHED_EXAMPLE_IBANS = new Set(
  (
    'DE89370400440532013000 GB82WEST12345698765432 GB29NWBK60161331926819 GB33BUKB20201555555555 ' +
    'ES9121000418450200051332 ES7921000813610123456789 ES7620770024003102575766 FR1420041010050500013M02606 ' +
    'FR7630006000011234567890189 FR7630001007941234567890185 IT60X0542811101000000123456 NL91ABNA0417164300 ' +
    'NL02ABNA0123456789 BE68539007547034 BE71096123456769 AT611904300234573201 CH9300762011623852957 ' +
    'CH5604835012345678009 PT50000201231234567890154 IE29AIBK93115212345678 NO9386011117947 ' +
    'PL61109010140000071219812874 SE4550000000058398257466 LU280019400644750000 DK5000400440116243 ' +
    'FI2112345600000785 GR1601101250000000012300695 CZ6508000000192000145399 SK3112000000198742637541 ' +
    'HU42117730161111101800000000 RO49AAAA1B31007593840000 SI56263300012039086 HR1210010051863000160 ' +
    'LT121000011101001000 LV80BANK0000435195001 EE382200221020145685 MT84MALT011000012345MTLCAST001S ' +
    'CY17002001280000001200527600 BG80BNBG96611020345678 IS140159260076545510730339 LI21088100002324013AA ' +
    'MC5811222000010123456789030 SM86U0322509800000000270100 AD1200012030200359100100'
  ).split(' '),
);

/**
 * Bitcoin addresses printed as examples in the address format specifications (the BIP 173 and BIP 350 test
 * vectors), the Bitcoin wiki and wallet and exchange documentation, and the genesis block's address; compared
 * lower-case. They stand in for a customer's wallet in sample payloads and API guides.
 */
const PUBLISHED_EXAMPLE_WALLETS = new Set(
  (
    'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3 ' +
    'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y bc1sw50qgdz25j ' +
    'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj bc1sw50qa3jx3s ' +
    'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq ' +
    'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh 1bvbmseystwetqtfn5au4m4gfg7xjanvn2 ' +
    '3j98t1wpez73cnmqviecrnyiwrnqrhwnly 1a1zp1ep5qgefi2dmptftl5slmv7divfna'
  ).split(' '),
);

/** Whether a Bitcoin address is one of the published documentation examples. */
export function isPublishedExampleWallet(address: string): boolean {
  return PUBLISHED_EXAMPLE_WALLETS.has(address.toLowerCase());
}

/** Whether a card number (digits only) is a published sandbox number. */
export function isPublishedTestCard(digits: string): boolean {
  return PUBLISHED_TEST_CARDS.has(digits);
}

/** Whether an IBAN (compact, upper-case) is a published documentation example. */
export function isPublishedExampleIban(compact: string): boolean {
  return PUBLISHED_EXAMPLE_IBANS.has(compact);
}

/** Eight digits or more counting up or down by one (wrapping 9 to 0 upward, as "7890123" is typed). */
const SEQUENTIAL =
  /(?:0(?=1)|1(?=2)|2(?=3)|3(?=4)|4(?=5)|5(?=6)|6(?=7)|7(?=8)|8(?=9)|9(?=0)){7}\d|(?:9(?=8)|8(?=7)|7(?=6)|6(?=5)|5(?=4)|4(?=3)|3(?=2)|2(?=1)|1(?=0)){7}\d/;

/**
 * Made-up card numbers of a test plan that are not in the list: a run of seven zeros or more ("4000 0000 0000
 * 0036"), a run of eight counting digits ("5512 3456 7890 1234"), one group of four repeated ("5454 5454 5454 5454"), or a brand digit then one digit repeated to the
 * check digit ("4111 1111 1111 1111"). Issuers do not hand such numbers to people; test guides are full of them.
 */
export function looksLikeTestCard(digits: string): boolean {
  if (/0{7,}/.test(digits)) return true;
  // "5512 3456 7890 ...", "4400 9876 5432 ...": a run of eight counting digits is typed, not issued.
  if (SEQUENTIAL.test(digits)) return true;
  if (/^(\d{4})\1{3}$/.test(digits)) return true;
  return /^\d(\d)\1{10,}\d{0,2}$/.test(digits);
}

/**
 * Words that present a value as test or example data (not inside an address or a name: "@example.net",
 * "test-db.internal", "sample_rate"): QA plans, sandbox READMEs, manuals ("tarjeta de prueba",
 * "IBAN de ejemplo", "documentation IBAN", "public test number", "datos ficticios").
 */
const SAMPLE_CUE =
  /\be\.g\.|(?<![@.\-/_])\b(?:tests?|testing|tester|sandbox|qa|uat|staging|dummy|fake|mock|samples?|examples?|documentation|documented|docs|demo|placeholder|fictitious|pruebas?|ejemplos?|ficticios?|ficticias?|simulad[oa]s?|demostraci[oó]n|documentaci[oó]n|manuales?)\b(?![.\-/@_]\w)/i;

/**
 * The stricter cues for fictional phone numbers, which sit in clinical and everyday text too: "test" alone (a blood
 * test, "prueba de esfuerzo") does not count, test data does.
 */
const STRICT_SAMPLE_CUE =
  /(?<![@.\-/_])\b(?:examples?|samples?|dummy|fake|faker|mock|fictitious|fictional|placeholder|demo|template|testing|sandbox|fixtures?|seed data|not real|ofcom|drama (?:numbers?|range)|test (?:data|records?|accounts?|users?|fixtures?)|ejemplos?|ficticios?|ficticias?|no reales|plantilla|datos de prueba|de prueba)\b(?![.\-/@_]\w)/i;

/** How far back a heading or an intro line can present the values below it ("## Datos de prueba", "QA — sandbox"). */
const SAMPLE_LOOK_BACK = 700;

/**
 * Fictional phone numbers are common in films and letters too: only a strict cue (STRICT_SAMPLE_CUE) on their line
 * or the one before counts.
 */
const SAMPLE_LOOK_BACK_NEAR = 160;

/**
 * A freephone number (0800 in the UK, 900 in Spain, 1-800 in North America) is an organisation's public line, no
 * one's phone, when the words just before it or the rest of its line say so: a leaflet's "call 0800 ... (free)",
 * "línea gratuita 900 ...". Without such a word ("please call us at 1-800-...") it is reported like any number.
 */
const PUBLIC_LINE_LOOK_BACK = 80;

/**
 * A privacy notice gives the controller's number for requests about data ("to exercise your data protection rights
 * call 1-888-...", "derechos ARCO ... llamando al 800 ..."): a freephone there is the organisation's too.
 */
const FREE_LINE_CUE =
  /\b(?:free|freephone|freefone|toll[- ]free|no charge|helpline|hotline|advice line|information line|contact cent(?:re|er)|call cent(?:re|er)|customer (?:services?|care|support)|enquiries line|switchboard|gratuit[oa]s?|gratis|sin coste|sin cargo|l[ií]nea de (?:ayuda|atenci[oó]n)|atenci[oó]n (?:al|a) clientes?|servicio (?:al|a) clientes?|centralita|privacy|data protection|privacidad|protecci[oó]n de datos|derechos arco)\b/i;

/**
 * The label right before a number that names an organisation's desk rather than anyone's phone: a hotel's or a
 * firm's switchboard, reception or reservations line ("Centralita +34 ...", "Reception: 0161 ...", "Box office
 * 020 ...") and a meeting's dial-in bridge or conference id. Only the label itself counts, ending where the number starts, so a manager's mobile printed on the same
 * line after its own label ("móvil del gerente 612 ...") is still reported; "office" and "desk" alone are left out,
 * as a person's signature names their own office and desk lines.
 */
const DESK_LINE_LABEL =
  /\b(?:switchboard|centralita|conmutador|reception|recepci[oó]n|front desk|reservations?|reservas|box office|taquilla|main line|l[ií]nea (?:general|principal)|general enquiries|conserjer[ií]a|mesa (?:central|de (?:ayuda|partes|entradas))|dial[- ]?in(?: by phone| number)?|(?:phone |audio )?conference (?:id|line|number)|meeting (?:id|line)|n[uú]mero de (?:acceso|conferencia)|id de (?:la )?conferencia)(?:\s+(?:del|de la|of the)\s+(?:hotel|hostal|hospital|cl[ií]nica|clinic|empresa|company|ayuntamiento|centro|colegio|school|museo|museum|teatro|theatre))?(?:\s+(?:tel(?:[eé]fono|ephone)?|phone|no|number|n[º°o]))?\s*[.:#\-–—]?\s*$/i;
const DESK_LABEL_LOOK_BACK = 40;

/**
 * A line that gives an office's or a venue's hours or sells its tickets before the number ("Secretaría del club:
 * lunes a viernes, 9–13 h, tel. ...", "venta de entradas en el pabellón y en el ...", "Box office (Mon–Sat
 * 10am–6pm) ..."): the number is the desk's. A first-person word before it on the line ("llámame", "my mobile")
 * makes it someone's own again.
 */
const OPENING_HOURS =
  /(?<![\d:./-])(?:\d{1,2}[:.]\d{2}\s?[–—-]\s?\d{1,2}[:.]\d{2}|\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h)\s?[–—-]\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h)?|\d{1,2}\s?[–—-]\s?\d{1,2}\s?(?:am|pm|h))(?![\d:./-])/i;
const OFFICE_DAYS =
  /\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|laborables|festivos|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|weekdays|daily|despacho|oficina|secretar[ií]a|office|opening hours|horario)\b/i;
const TICKET_DESK = /\b(?:entradas|taquillas?|venta de entradas|tickets?|ticketing|box office|ticket office)\b/i;
const FIRST_PERSON = /\b(?:me|mi|mis|my|i|i'm|ll[aá]mame|escr[ií]beme|yo)\b/i;
const DESK_LINE_REACH = 120;
/** A device's serial or part number label right before the digits ("S/N 401-883-557"): no phone at all. */
const SERIAL_LABEL =
  /(?:\bs\/n|\bsn|\bserial(?: no\.?| number)?|\bn[ºo°]\.? de serie|\bn[uú]mero de serie|\bp\/n|\bpart (?:no\.?|number))\s*[:#.]?\s*$/i;

/** Whether the number at start closes a line that gives a desk's hours or sells tickets (see OPENING_HOURS). */
function deskHoursOnLine(text: string, start: number): boolean {
  // Only the reach is searched for the line's start: on one long line an unbounded lastIndexOf per number made
  // the scan quadratic (a megabyte of digit pairs took 20 s).
  const reach = text.slice(Math.max(0, start - DESK_LINE_REACH), start);
  const before = reach.slice(reach.lastIndexOf('\n') + 1);
  if (FIRST_PERSON.test(before)) return false;
  return (OPENING_HOURS.test(before) && OFFICE_DAYS.test(before)) || TICKET_DESK.test(before);
}

/**
 * A firm's letter giving its own line in the formal second person ("para aclaraciones, contacte con nosotros en el
 * 9..."; "póngase en contacto con nosotros llamando al ..."): "nosotros" is the writing organisation, as in a collection or a
 * service letter. "Llámenos", "llámanos" and "call us on" are left: parents and couples say them of their own
 * phones, to a school or a sitter as much as to a friend.
 */
const FORMAL_OWN_LINE =
  /\b(?:contact(?:ar|e|en)\s+con\s+nosotros|p[oó]ngase\s+en\s+contacto\s+con\s+nosotros|comun[ií]quese\s+con\s+nosotros)(?:\s+(?:en\s+el(?:\s+(?:tel[eé]fono|n[uú]mero))?|al(?:\s+(?:tel[eé]fono|n[uú]mero))?|llamando\s+al))?\s*[.:]?\s*$/i;

/**
 * A label that the text itself marks as a public or switchboard line, in brackets before its colon ("Ticket
 * desk (public): ...", "Night line for drivers (public switchboard):", "Información (línea pública):").
 */
const PUBLIC_MARK_BEFORE =
  /\((?:[^()\n]{0,30}[,;]\s*)?(?:public|p[uú]blic[oa]|publique|l[ií]nea p[uú]blica|public (?:line|number|switchboard)|switchboard|centralita|standard)\)\s*[:.\-–—]?\s*$/i;

/**
 * The same mark in brackets right after the number ("968 204 117 (club náutico, público)", "01 23 45 67 89
 * (standard)"): the text says the line is an organisation's, open to anyone.
 */
const PUBLIC_MARK_AFTER =
  /^[ \t]*\((?:[^()\n]{0,40}[,;]\s*)?(?:public|p[uú]blic[oa]|publique|public (?:line|number|switchboard)|switchboard|centralita|standard)\)/i;

/** Freephone ranges by country, on the E.164 form the phone validator gives ("+448001234567"). */
const FREEPHONE =
  /^\+(?:44(?:80[08]|500)|34[89]00|1(?:8(?:00|33|44|55|66|77|88))|49800|3380[0-5]|3980[03]|52800|54800|611800|3531800|351800|31800|32800)/;

/** Whether a phone number (E.164) is in a country's freephone range. */
export function isFreephone(e164: string): boolean {
  return FREEPHONE.test(e164);
}

/**
 * How far back, within the value's line and sentence, a cue can say that bank details are an organisation's own
 * (see organisationAccountInContext).
 */
const OWN_ACCOUNT_LOOK_BACK = 150;

/**
 * Words that say the account is the organisation's own: "pay subs to the club account", "our company account",
 * "la cuenta del club". A club, a school or a firm prints its bank details for everyone to pay into; they are no
 * one's personal data (the shared convention for an organisation's own account).
 */
const OWN_ACCOUNT_CUE =
  /\b(?:the|our|club|society|nuestra)\s+(?:club|society|association|school|pta|team|charity|church|parish|committee|company|firm|practice|nursery|league|trust|fund|band|choir|group|league)(?:['’]s)?\s+(?:own\s+)?(?:bank\s+)?(?:account|a\/c|acct|bank details)\b|\bcuenta\s+(?:bancaria\s+)?(?:del|de la|de nuestra|de nuestro)\s+(?:club|asociaci[oó]n|ampa|comunidad|colegio|escuela|empresa|parroquia|pe[ñn]a|cofrad[ií]a|federaci[oó]n|fundaci[oó]n|hermandad|coro|banda)\b/i;

/**
 * The payee named as an organisation ("pay Teddworth Harriers, sort code ...", "payable to Norbury Cricket Club",
 * "a nombre de Talleres Ruiz S.L."): capitalised words ending in a word that only organisations' names end in.
 */
const ORGANISATION_PAYEE =
  /(?:\b[Pp]ay(?:able)?(?:\s+(?:to|into))?|\b[Pp]ayee|\b[Aa]ccount name|\b[Bb]eneficiary|\b[Mm]ade out to|\ba nombre de|\b[Tt]itular|\b[Bb]eneficiario)\s*:?\s*(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d&'’.-]*\s+){0,5}(?:Runners|Harriers|Striders|Athletic|Athletics|Club|FC|RFC|CC|AC|Society|Association|Ltd|Limited|LLP|plc|PLC|Trust|Council|School|Academy|PTA|Foundation|Charity|Church|Parish|Federation|League|CIC|S\.?L\.?U?\.?|S\.?A\.?|Asociaci[oó]n|Fundaci[oó]n|AMPA|Propietarios)(?![\p{L}])/u;

/** A possessive that hands the account to a person after the cue ("the club account refunds him to his own ..."). */
const PERSONAL_OWNER = /\b(?:his|her|their|my|your|own|mine|su|mi|tu)\b/i;

/**
 * Whether bank details at [start, end) are an organisation's own: on the value's line, in its sentence, an
 * own-account cue or an organisation named as the payee before it (or in brackets right after it), with no
 * personal possessive between that cue and the value.
 */
export function organisationAccountInContext(text: string, start: number, end: number): boolean {
  let from = Math.max(0, start - OWN_ACCOUNT_LOOK_BACK, text.lastIndexOf('\n', start - 1) + 1);
  const before = text.slice(from, start);
  // Only the value's own sentence: a full stop and a space before it end an earlier one.
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  if (stop >= 0) from += stop + 2;
  const lineEnd = text.indexOf('\n', end);
  const stretch = text.slice(from, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 60));
  const at = start - from;
  for (const cue of [OWN_ACCOUNT_CUE, ORGANISATION_PAYEE]) {
    const m = cue.exec(stretch);
    if (m === null) continue;
    const cueEnd = m.index + m[0].length;
    // A cue after the value counts only in the brackets that close right after it ("... 71833005 (Acme Ltd)").
    if (m.index >= at && !/^[^()\n]{0,30}\(\s*$/.test(stretch.slice(at, m.index))) continue;
    if (cueEnd <= at && PERSONAL_OWNER.test(stretch.slice(cueEnd, at))) continue;
    return true;
  }
  return false;
}

/**
 * Which reading of the text around a validated value can show it to be nobody's (a validator's `sample`):
 * - `documented`: a sample cue on the value's line or up to SAMPLE_LOOK_BACK before it (a heading, the intro of a
 *   list of test cases);
 * - `documented-near`: a strict sample cue on its line or up to SAMPLE_LOOK_BACK_NEAR before it, or a word naming a
 *   file of made-up records up to SAMPLE_LOOK_BACK before it (fictional phones, test-mode and EXAMPLE keys);
 * - `public-line`: a free or public line's word up to PUBLIC_LINE_LOOK_BACK before it or on its line (freephone);
 * - `own-account`: an organisation named as the account's owner (organisationAccountInContext);
 * - `organisation-line`: none needed, the number is an organisation's whatever the text says (isOrganisationLine);
 * - `desk-line`: the label right before it names an organisation's desk (DESK_LINE_LABEL), or brackets by it mark
 *   the line as public (PUBLIC_MARK_BEFORE, PUBLIC_MARK_AFTER).
 */
export type SampleTest =
  | 'documented'
  | 'documented-near'
  | 'public-line'
  | 'own-account'
  | 'organisation-line'
  | 'desk-line'
  | 'documentation-address'
  | 'prose-word'
  | 'made-up-code'
  | 'test-card';

/**
 * A test card in code or configuration: written as a quoted literal ('4242...', "5555...") or as the value of a
 * lower-case or quoted key (card: ..., "number": ..., card_number=...), in a text of three lines or more (a script,
 * a fixture, a config). A payment form's label ("Card number: ...") or a sentence keeps it: there the number may be
 * someone's. Also a test-mode identifier near it (STRIPE_TEST_KEY, sk_test_..., sandbox_mode): the code runs against
 * a gateway's sandbox, which takes only its test cards.
 */
const LITERAL_KEY_BEFORE =
  /(?:^[ \t]*(?:-[ \t]+)?|[{,([][ \t]*)(?:["'][\w.-]{1,40}["']|[a-z_][\w.-]{0,40})[ \t]*(?::|=>|=)[ \t]*["'`]?$/;
const QUOTES = new Set(['"', "'", '`']);
const TEST_MODE_IDENTIFIER =
  /(?<![A-Za-z0-9])(?:[A-Za-z0-9]+[_-])*(?:test|TEST|Test|sandbox|SANDBOX|Sandbox|sbox)(?:[_-][A-Za-z0-9]+)+|\b[a-z]+(?:Test|Sandbox)[A-Z]\w*/;
const TEST_CARD_LINES = 3;

function testCardInCode(text: string, start: number, end: number): boolean {
  if (!hasLines(text, TEST_CARD_LINES)) return false;
  const before = text[start - 1] ?? '';
  if (QUOTES.has(before) && text[end] === before) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (LITERAL_KEY_BEFORE.test(text.slice(Math.max(lineStart, start - 200), start))) return true;
  return TEST_MODE_IDENTIFIER.test(text.slice(Math.max(0, start - SAMPLE_LOOK_BACK), start));
}

/** Words of an error or a log message before a key on its line ("couldn't decrypt password: ..."). */
const ERROR_BEFORE =
  /\b(?:error|errors|failed|failure|fail|couldn't|could not|can't|cannot|unable to|invalid|wrong|incorrect|denied|mismatch|fatal|warn(?:ing)?|exception)\b/i;
/** The message going on after the word as prose ("... illegal base64 data at input byte 24"). */
const PROSE_AFTER = /^[ \t]+[a-z][a-z0-9]*[ \t]+[a-z0-9]/;

/**
 * Whether a lower-case word after a password's key is a message's word, not a password: an error's or a log's word
 * before the key on its line, or more prose after it.
 */
function proseWordInContext(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return ERROR_BEFORE.test(text.slice(lineStart, start)) || PROSE_AFTER.test(text.slice(end, end + 40));
}

/**
 * A lab guide, a course's exercise, a tutorial or a reference text about networks: its addresses are the
 * documentation prefixes' stand-ins for any router ("LAB 7 — dual-stack BGP", "Topology:", "práctica de
 * laboratorio", "RFC 3849").
 */
const LAB_CUE =
  /\b(?:labs?|lab guide|lab manual|lab exercise|lab topology|topology|topolog[ií]a|tutorial|walkthrough|exercise|study group|ccna|ccnp|ccie|jncia|jncis|course|courseware|workbook|textbook|practice|laboratorio|ejercicio|pr[aá]ctica|maqueta|curso|rfc ?3849|rfc ?5737|documentation prefix|prefijo de documentaci[oó]n)\b/i;
/** An address of a documentation range: RFC 5737's three IPv4 blocks and RFC 3849's IPv6 prefix. */
const DOCUMENTATION_ADDRESS = /\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b|\b2001:0?db8:/gi;
/** How many documentation addresses make a text one that uses them throughout: a guide, not a log. */
const DOCUMENTATION_ADDRESSES = 4;

/**
 * Whether a documentation-range address stands in a text about networks in general: a lab's or a course's cue up
 * to SAMPLE_LOOK_BACK before it, or the text using documentation addresses throughout.
 */
function documentationAddressInContext(text: string, start: number): boolean {
  if (LAB_CUE.test(text.slice(Math.max(0, start - SAMPLE_LOOK_BACK * 3), start))) return true;
  return (text.match(DOCUMENTATION_ADDRESS)?.length ?? 0) >= DOCUMENTATION_ADDRESSES;
}

/** An AWS access key id in the shape AWS's guides print (a real prefix, then EXAMPLE at the end). */
const EXAMPLE_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{8,12}EXAMPLE\b/;

/** How far back a credentials block's key id stands from the secret paired with it. */
const KEY_PAIR_LOOK_BACK = 200;

/**
 * A secret key that itself ends in a stand-in word (...EXAMPLEKEY) in the same block as an access key id the
 * vendor's guide prints as its example (AKIA...EXAMPLE): the pair is the documentation's, whatever the prose says
 * around it. A real key id next to it, or no key id, leaves the secret to the cue readings.
 */
function isPairedWithExampleKeyId(text: string, start: number, end: number): boolean {
  if (!text.slice(start, end).includes('EXAMPLE')) return false;
  return EXAMPLE_KEY_ID.test(text.slice(Math.max(0, start - KEY_PAIR_LOOK_BACK), start));
}

/**
 * Words on a code's line that make it a game's or a story's: a padlock in a puzzle hunt or an escape room, a safe
 * printed on props, a code the text calls made up.
 */
const MADE_UP_CODE =
  /\b(?:fictional|fictitious|fictici[oa]s?|in-game|props?|atrezzo|escape room|sala de escape|puzzle hunt|made[- ]up|not real|no (?:es|son) reales?|inventad[oa]s?)\b/i;

/** Whether an access code's line says the code is a game's or a story's, not a real door's or alarm's. */
function madeUpCodeOnLine(text: string, start: number, end: number): boolean {
  const [from, to] = lineAround(text, start, end, MADE_UP_REACH);
  return MADE_UP_CODE.test(text.slice(from, to));
}

/** How far along its line a made-up code's words are looked for (a line of a puzzle or a props list is short). */
const MADE_UP_REACH = 200;

/**
 * The part of [start, end)'s line within `reach` characters of it. Bounded so that a text with no line breaks (a
 * pasted dump, an attack) costs the same per value as a short line, instead of a scan of the whole text per value.
 */
function lineAround(text: string, start: number, end: number, reach: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - reach);
  while (from > floor && text.charCodeAt(from - 1) !== 10) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + reach);
  while (to < ceiling && text.charCodeAt(to) !== 10) to++;
  return [from, to];
}

/** Two hex digits, then more pairs each after one space: bytes written out (a hex or ASCII code string). */
const BYTE_RUN = /(?<![0-9A-Za-z])[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2}){3,}(?![0-9A-Za-z])/g;
/** More pairs than a phone number writes in pairs (a French number is five). */
const BYTE_RUN_PAIRS = 7;

/**
 * Whether a number written in pairs of digits sits inside a longer run of byte pairs on its line: more pairs than
 * a phone has, or pairs with hex letters among them ("52 41 4D 53 47 41 54 45", a clue's ASCII codes).
 */
function inByteRun(text: string, start: number, end: number): boolean {
  if (!/^\d{2}(?: \d{2}){2,}$/.test(text.slice(start, end))) return false;
  // Pairs beyond BYTE_RUN_PAIRS on either side cannot change the answer (the run is long enough already), so the
  // line is read only that far around the number.
  const [lineStart, lineEnd] = lineAround(text, start, end, 3 * BYTE_RUN_PAIRS + 3);
  const line = text.slice(lineStart, lineEnd);
  BYTE_RUN.lastIndex = 0;
  for (let m = BYTE_RUN.exec(line); m !== null; m = BYTE_RUN.exec(line)) {
    const from = lineStart + m.index;
    if (from > start || from + m[0].length < end) continue;
    return m[0].split(' ').length >= BYTE_RUN_PAIRS || /[A-Fa-f]/.test(m[0]);
  }
  return false;
}

/** Whether the text around the value at [start, end) shows it to be nobody's, by the reading `test` names. */
export function documentedSampleInContext(
  text: string,
  start: number,
  end: number,
  test: SampleTest = 'documented',
): boolean {
  if (test === 'organisation-line') return true;
  if (test === 'prose-word') return proseWordInContext(text, start, end);
  if (test === 'made-up-code') return madeUpCodeOnLine(text, start, end);
  if (test === 'test-card')
    return documentedSampleInContext(text, start, end, 'documented') || testCardInCode(text, start, end);
  if (test === 'documentation-address') {
    return documentedSampleInContext(text, start, end, 'documented-near') || documentationAddressInContext(text, start);
  }
  if (test === 'own-account') return organisationAccountInContext(text, start, end);
  if (test === 'desk-line')
    return (
      DESK_LINE_LABEL.test(text.slice(Math.max(0, start - DESK_LABEL_LOOK_BACK), start)) ||
      FORMAL_OWN_LINE.test(text.slice(Math.max(0, start - DESK_LABEL_LOOK_BACK - 20), start)) ||
      PUBLIC_MARK_BEFORE.test(text.slice(Math.max(0, start - DESK_LABEL_LOOK_BACK), start)) ||
      PUBLIC_MARK_AFTER.test(text.slice(end, end + 60)) ||
      deskHoursOnLine(text, start) ||
      inByteRun(text, start, end) ||
      SERIAL_LABEL.test(text.slice(Math.max(0, start - DESK_LABEL_LOOK_BACK), start)) ||
      isBulkSender(text, start, end)
    );
  const reach =
    test === 'public-line'
      ? PUBLIC_LINE_LOOK_BACK
      : test === 'documented-near'
        ? SAMPLE_LOOK_BACK_NEAR
        : SAMPLE_LOOK_BACK;
  const lineEnd = text.indexOf('\n', end);
  const stretch = text.slice(Math.max(0, start - reach), lineEnd < 0 ? text.length : lineEnd);
  const cue = test === 'public-line' ? FREE_LINE_CUE : test === 'documented' ? SAMPLE_CUE : STRICT_SAMPLE_CUE;
  if (cue.test(stretch)) return true;
  if (test === 'documented-near' && isPairedWithExampleKeyId(text, start, end)) return true;
  // A file of generated records says so once, at its top or in its name (customers.synthetic.json): that word
  // reaches as far as a heading does.
  return test === 'documented-near' && DATASET_CUE.test(text.slice(Math.max(0, start - SAMPLE_LOOK_BACK), start));
}

/**
 * Words that name a whole file or list as made-up records ("synthetic test data", "seed_data.sql", "faker"),
 * also inside a file name, or the whole document as an API's reference, whose request and response bodies are
 * illustrations ("API reference", "OpenAPI spec"); only for values shaped as made up (fictional phones, test-mode
 * and EXAMPLE keys).
 */
const DATASET_CUE =
  /\b(?:synthetic|sint[eé]tic[oa]s?|faker|seed[ _-]?data|(?:test|mock|dummy|fake|generated)[ _-]?(?:data|records|customers|users)|datos[ _-](?:de[ _-]prueba|ficticios|sint[eé]ticos|falsos)|api (?:reference|docs|documentation|guide)|openapi|swagger|referencia de (?:la )?api|documentaci[oó]n de (?:la )?api)\b/i;

/**
 * The same test for a finding built outside the rule's own validation (a run of digit groups rejoined and checked
 * again): a card or IBAN finding whose value is a published or test-shaped sample, presented as one.
 */
export function sampleFinding(label: string, value: string, text: string, start: number, end: number): boolean {
  const compact = value.replace(/[^0-9A-Za-z]+/g, '').toUpperCase();
  if (label === 'PHONE')
    return isFictionalPhone(compact) && documentedSampleInContext(text, start, end, 'documented-near');
  const sample =
    label === 'CREDIT_CARD'
      ? isPublishedTestCard(compact) || looksLikeTestCard(compact)
      : label === 'IBAN' && isPublishedExampleIban(compact);
  return (
    sample &&
    documentedSampleInContext(
      text,
      start,
      end,
      label === 'CREDIT_CARD' && isPublishedTestCard(compact) ? 'test-card' : 'documented',
    )
  );
}

/**
 * 555-0100 to 555-0199 under any North American area code, or written without one as films and fixtures give
 * it ("555-0142", "+1 555-0199"), digits only: reserved for fiction and examples.
 */
export function isFictionalPhone(digits: string): boolean {
  return /^1?(?:[2-9]\d{2})?55501\d{2}$/.test(digits) || OFCOM_DRAMA.test(digits);
}

/**
 * The UK ranges Ofcom keeps for drama and examples, with the trunk 0 or the 44: 07700 900xxx, 01632 960xxx,
 * 020 7946 0xxx, 0113-0118 and 0121-0161 496 0xxx, 028 9018 0xxx, 029 2018 0xxx, 0306 999 0xxx, 0808 157 0xxx,
 * 0909 879 0xxx. Films, leaflets and templates print them; so do writers of realistic test data, so, like 555-01xx,
 * they are dropped only where the text says they are fictional.
 */
const OFCOM_DRAMA =
  /^(?:44|0)(?:7700900|1632960|2079460|11[3-8]4960|1[2-6]14960|2890180|2920180|3069990|8081570|9098790)\d{3}$/;

/**
 * Numbers no private person holds and no other country's number is read as: UK 0300 (public bodies' and charities'
 * lines), UK 0800 and Spanish 900 freephone (a German or an Argentine 0800 is freephone too). Whoever is called on
 * them, it is an organisation's line, as a helpline is (E.164 form). Other UK 03 numbers (0345, 0330, 0370) share
 * their digits with German and Argentine area codes read as UK (0345 Halle, 0341 Rosario): they are public lines
 * only where the text says so (isPublicLineRange).
 */
/**
 * An organisation's line (a phone validator answers it with the `organisation-line` sample test): dropped whatever
 * the context. A verdict rather than no verdict, so a rule that shrinks failed matches does not go on to read the
 * number's tail as another one.
 */
export function isOrganisationLine(e164: string, digits: string): boolean {
  return (
    (/^\+(?:44300\d{7}|44800\d{6,7}|34900\d{6})$/.test(e164) && writtenAsUkOrSpanish(e164, digits)) ||
    (SPANISH_PREMIUM.test(e164) && SPANISH_PREMIUM_DIGITS.test(digits)) ||
    SERVICE_RANGE.test(e164) ||
    PROVIDER_TEST_NUMBER.test(e164)
  );
}

/**
 * Spanish premium-rate and information lines (803, 806, 807, 905 and nine digits: a weather, horoscope or voting
 * line): a service charges the caller, no private person answers.
 */
const SPANISH_PREMIUM = /^\+34(?:80[3678]|905)\d{6}$/;
const SPANISH_PREMIUM_DIGITS = /^(?:0034|34)?(?:80[3678]|905)\d{6}$/;

/**
 * Ten digits opening with 600 are a Chilean shared-cost line (600 360 ...), which the validator reads as the North
 * American 600 range of non-geographic services; both are firms' and public services' lines, no one's phone. A
 * Spanish mobile opening with 600 has nine digits and is not read so.
 */
const SERVICE_RANGE = /^\+(?:1600\d{7}|56600\d{7})$/;

/**
 * Numbers an SMS and voice provider documents for its test credentials, which its API answers with a fixed result
 * and never rings: Twilio's "magic" numbers +1 500 555 0000 to 0009. A test log or a sandbox script sends to them;
 * no one holds them.
 */
const PROVIDER_TEST_NUMBER = /^\+1500555000\d$/;

/** UK 03 numbers other than 0300: an organisation's line where a helpline or contact-centre word says so. */
export function isPublicLineRange(e164: string, digits: string): boolean {
  return /^\+443\d{9}$/.test(e164) && writtenAsUkOrSpanish(e164, digits);
}

/**
 * Whether the digits as written carry the UK trunk 0 or country code (a Colombian mobile "300 555 ..." is read as
 * UK 0300 when no country comes first), or the Spanish 900 with or without 34.
 */
function writtenAsUkOrSpanish(e164: string, digits: string): boolean {
  return e164.startsWith('+44') ? digits.startsWith('0') || digits.startsWith('44') : /^(?:34)?900\d{6}$/.test(digits);
}

/** A sender field's key right before the value: "From=", "from: ", "\"sender\": \"". */
const SENDER_KEY =
  /(?:^|[^\p{L}\p{N}_])(?:from|sender|originator|caller_?id|from_number|src)["']?[ \t]*[=:][ \t]*["']?$/iu;
const SENDER_KEY_LOOK_BACK = 24;

/** A recipient field on a log line, with its number: "To=+44...", "\"to\": \"+1...\"", "recipient: 0161...". */
const RECIPIENT_FIELD =
  /(?:^|[^\p{L}\p{N}_])(?:to|recipient|destination|to_number|dst)["']?[ \t]*[=:][ \t]*["']?(\+?\d[\d ().-]{5,20}\d)/giu;

/** A message's delivery state on its log line (a gateway's status callback or event log). */
const DELIVERY_STATE =
  /\b(?:delivered|undelivered|failed|queued|sent|accepted|rejected|bounced|entregado|fallido|enviado)\b|\bstatus["']?\s*[=:]/i;

/** Lines of a delivery log read for one sender at most. */
const SENDER_LINES_READ = 200;

/**
 * A number that sends to several recipients across a message gateway's delivery log (From= on every event, a
 * different To= each time, a delivery status on the line) is the sending account's line, a business's, not a person's;
 * the recipients stay. A person's own number in a chat export has no delivery status beside it, and a customer who
 * texts one business again and again has a single recipient.
 */
function isBulkSender(text: string, start: number, end: number): boolean {
  if (!SENDER_KEY.test(text.slice(Math.max(0, start - SENDER_KEY_LOOK_BACK), start))) return false;
  const value = text.slice(start, end);
  const own = value.replace(/\D/g, '');
  const recipients = new Set<string>();
  let sends = 0;
  let lines = 0;
  for (
    let at = text.indexOf(value);
    at >= 0 && lines < SENDER_LINES_READ;
    at = text.indexOf(value, at + value.length)
  ) {
    lines++;
    if (!SENDER_KEY.test(text.slice(Math.max(0, at - SENDER_KEY_LOOK_BACK), at))) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (!DELIVERY_STATE.test(line)) continue;
    sends++;
    for (const m of line.matchAll(RECIPIENT_FIELD)) {
      const to = m[1]!.replace(/\D/g, '');
      if (to !== own) recipients.add(to);
    }
  }
  return sends >= 3 && recipients.size >= 2;
}
