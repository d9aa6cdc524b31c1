import { shannonEntropy } from './checksums.js';
import { spelledDigits } from './phone.js';
import { isTrivialDigits, type Validated } from './types.js';

/**
 * Values people write where a secret would go but that are not one: references to variables or vaults,
 * template holes, masked or dummy values, and words that describe the field instead of filling it.
 */
const PLACEHOLDER =
  /^(?:\$\{?[\w.:-]*\}?|\{\{.*\}\}|<[^>]*>|%[\w(]+[)s]?|\[[^\]]*\]|[*x.•#_-]+|x{3,}.*|.*(?:xxxx|XXXX|\*\*\*|\.\.\.).*|(?:your|my|the|some|a|an|example|sample|dummy|fake|test|changeme|placeholder|redacted|hidden|secret|password|passwd|token|none|null|nil|undefined|true|false|empty|todo|tbd|n\/a|string|str|value|env|here|required|optional|pass|pwd|contraseña|clave|aqui|aquí|tu|su|mi|ejemplo|cambiame|cámbiame|cambiar|secreto|ninguna|vacio|vacío)(?:[-_ ]?(?:key|token|secret|password|pass|here|value|api[-_]?key|contraseña|clave|aqui|aquí))*)$/i;

/**
 * Code expressions: a call, a property path, an env lookup, a lookup by key (props["storePassword"], cfg['pwd'],
 * cut at the bracket when the rule stops at a quote); the secret lives elsewhere. A path counts only as a whole
 * value or before a call, an index or an assignment (the next line's key): "Tr3s.Tigres.78" starts like one but is
 * a password.
 */
const CODE_REFERENCE =
  /^(?:process\.env|os\.environ|os\.getenv|env\(|getenv|config\.|settings\.|self\.|this\.|[A-Za-z_]\w*\(|[A-Za-z_]\w*\[(?:["']|$)|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:$|[([=:]))/;

/** Words that mark a value as a stand-in wherever they occur in it (somefakekey, my-dummy-pass, cambiame123). */
const STAND_IN = /fake|dummy|example|sample|placeholder|changeme|redacted|your[_-]|c[aá]mbiame|ejemplo|ficticio/i;
const STAND_IN_ALL = new RegExp(STAND_IN.source, 'gi');

/** How many of lower case, upper case, digits and other characters the value uses. */
function charClasses(v: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
}

/**
 * A stand-in word makes the value a dummy unless what is left without it is itself a long random string: a
 * generated key can hold EXAMPLE or Fake by chance, or someone appended it to a real key (...bPxRfiCYEXAMPLEKEY),
 * and letting a real key through costs more than masking a documentation sample.
 */
function isStandIn(v: string): boolean {
  if (!STAND_IN.test(v)) return false;
  // The word three times over (a prefix, then EXAMPLEEXAMPLEEXAMPLE...) fills a template: nobody appends that to a key.
  if ((v.match(STAND_IN_ALL)?.length ?? 0) >= 3) return true;
  const rest = v.replace(STAND_IN_ALL, '');
  return !(rest.length >= 24 && charClasses(rest) >= 3 && shannonEntropy(rest) >= 4);
}

/**
 * A value that describes itself ("new-password", "old_pass", "nueva-contraseña", "strong password"): an adjective
 * before the field's own name, in docs and templates.
 */
const SELF_DESCRIBING =
  /^(?:new|old|current|temp|temporary|default|strong|secure|real|actual|initial|admin|user|db|database|root|nueva|nuevo|antigua|temporal|segura|tu|su)[-_ ]?(?:password|passwd|pass|pwd|secret|contraseña|contrasena|clave)$/i;

/**
 * Upper-case words joined by underscores and no digit ("CAMBIAR_ESTO", "CHANGE_ME", "SET_BY_ADMIN"): a constant's
 * name or a note to whoever fills the template, never a generated or chosen secret.
 */
const CAPS_PLACEHOLDER = /^\p{Lu}+(?:_\p{Lu}+)+$/u;

/**
 * A provider's key prefix, then such a note in capitals ("sk_test_REPLACE_ME", "pk_live_YOUR_KEY", "whsec_TU_CLAVE"):
 * the template shows the key's shape and leaves the key itself for whoever fills it in.
 */
const PREFIXED_CAPS_NOTE =
  /^[a-z]{2,8}(?:_[a-z]{2,8}){0,2}_(?:\p{Lu}{1,12}(?:_\p{Lu}{1,12}){1,3}|CHANGEME|PLACEHOLDER|REDACTED|TODO|SECRET|KEY|TOKEN)$/u;

/**
 * Keys a provider issues to be embedded in web pages and apps, public by design: Stripe's, Clerk's and Paystack's
 * publishable keys (pk_live_, pk_test_, Checkout.com's pk_sbox_), Mapbox public tokens (pk.eyJ; sk. is the secret
 * one), PostHog project keys (phc_), Razorpay key ids (rzp_live_; the key secret is separate), Flutterwave public
 * keys (FLWPUBK-) and Square application ids (sq0idp-). Each provider pairs it with a secret key that stays reported.
 */
const PUBLISHABLE_KEY =
  /^(?:pk_(?:live|test|sbox)_|pk\.eyJ|phc_|rzp_(?:live|test)_|FLWPUBK(?:_TEST)?-|(?:sandbox-)?sq0id[pb]-)/;

/**
 * Defaults shipped with software and printed in every manual ("changeme", "admin", "letmein", "toor"), and the
 * documented defaults of published images and devices a compose file or a lab sheet repeats (PostgreSQL's and MySQL's
 * images, MinIO's minioadmin, Neo4j's neo4j, Vagrant boxes, a Raspberry Pi's raspberry, Ubiquiti's ubnt, Cisco's).
 */
const WELL_KNOWN_DEFAULT =
  /^(?:changeme|change_me|change-me|admin|administrator|root|toor|guest|default|letmein|qwerty|password1?|pass123|secret123|123456|12345678|cambiame|cambiar|postgres|postgresql|mysql|mariadb|minioadmin|neo4j|vagrant|raspberry|ubnt|cisco)$/i;

/**
 * Keys a payment gateway publishes for its test environment, printed in every integration guide and manual: the
 * Redsys SHA-256 test merchant key and PayU Latam's sandbox API key. Nobody's secret.
 */
const PUBLISHED_TEST_SECRETS = new Set(['sq7HjrUOBfKmC576ILgskD5srU870gJ7', '4Vj8eK4rloUd272L48hsrarnUA']);

function looksLikePlaceholder(v: string): boolean {
  return (
    v.length === 0 ||
    PUBLISHED_TEST_SECRETS.has(v) ||
    PLACEHOLDER.test(v) ||
    SELF_DESCRIBING.test(v) ||
    CAPS_PLACEHOLDER.test(v) ||
    PREFIXED_CAPS_NOTE.test(v) ||
    WELL_KNOWN_DEFAULT.test(v) ||
    CODE_REFERENCE.test(v) ||
    isStandIn(v) ||
    /^(\w)\1+$/.test(v) ||
    // Punctuation only: a separator or a mask, never a credential worth hiding.
    !/[\p{L}\p{N}]/u.test(v)
  );
}

/** Six or more characters climbing the alphabet or the digits (abcdef, klmnop, 123456): typed, not generated. */
function hasKeyboardRun(value: string, length = 6): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const prev = value.charCodeAt(i - 1);
    const cur = value.charCodeAt(i);
    run = cur === prev + 1 && /[a-z0-9]/i.test(value[i] ?? '') ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/**
 * Provider tokens have a fixed shape (prefix, length, alphabet), so a value in that shape is masked even when it
 * looks made up: a gateway that lets a real key through costs more than one that masks a sample. Only what no
 * generator produces is let through: runs of x, zeros or asterisks, an ellipsis, a stand-in word (unless a long
 * random string remains without it), a typed sequence (abcdef, 123456: about one chance in a million per
 * position even in a hex key) or a body too uniform to have been generated (AKIAZZZZZZZZZZZZZZZZ).
 */
export function providerToken(value: string): Validated | null {
  if (/(?:x{5,}|X{5,}|0{8,}|\*{3,}|\.{3})/.test(value) || isStandIn(value) || hasKeyboardRun(value)) return null;
  if (/^eyJ[\w-]*\.(?!eyJ)/.test(value) && !isJoseHeader(value.slice(0, value.indexOf('.')))) return null;
  const tail = value.replace(/^[A-Za-z]+[_-]/, '');
  if (tail.length >= 12 && shannonEntropy(tail) < 2.5) return null;
  return documentationShaped(value) ? { sample: 'documented-near' } : {};
}

/**
 * Whether the first part of a dotted token decodes to a JOSE header: a JSON object naming its algorithm or type
 * ({"alg":"RS256"}, {"typ":"JWT","kid":...}). A JWT's payload is not always JSON (a nested or encrypted token, a
 * compact payload), so a token whose second part does not start as JSON still counts once its header does.
 */
function isJoseHeader(part: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && ('alg' in header || 'typ' in header);
  } catch {
    return false;
  }
}

/**
 * A test-mode key (sk_test_, pk_test_, rk_test_) or one that keeps a stand-in word after a long random body
 * (...EXAMPLEKEY): what API guides print. Still masked, unless a strict sample cue on its line or just before it
 * presents it as one ("the documented sandbox credentials", "Stripe's public sample key").
 */
function documentationShaped(value: string): boolean {
  return /^["'`]?[a-z]{2}_test_/.test(value) || STAND_IN.test(value);
}

/** A verdict on a value, marked as a possible documentation sample when the value is shaped as one. */
function asSample(value: string, verdict: Validated | null): Validated | null {
  return verdict && documentationShaped(value) ? { ...verdict, sample: 'documented-near' } : verdict;
}

/**
 * A chess move in algebraic notation, numbered or annotated ("23.Cxe6!", "17...Qxh2+", "31.Rd8#", "12.O-O"): piece
 * letters of English and Spanish notation (K Q R B N; R D T A C), a capture, a square, a promotion, check or mate
 * and the annotator's ! and ?. "Key move: 23.Cxe6!" (jugada clave) reads like a password after its cue.
 */
const CHESS_MOVE =
  /^(?:\d{1,3}\.{1,3} ?)?(?:[KQRBNDTCA]?[a-h]?[1-8]?x?[a-h][1-8](?:=?[QRBNDTCA])?|O-O(?:-O)?|0-0(?:-0)?)[+#]?[!?]{0,2}$/;

/**
 * A value after a password cue (password: X, contraseña es X, PIN 4821). In prose, the cue is often followed
 * by an ordinary word ("password is incorrect"), so a bare lower-case word is kept only when quoted.
 */
export function password(value: string): Validated | null {
  const v = value.replace(/^["'`]|["'`,;.]$/g, '');
  if (v.length < 3 || v.length > 200 || looksLikePlaceholder(v) || CHESS_MOVE.test(v)) return null;
  if (/^(?:yes|no|true|false|on|off)\)?$/i.test(v)) return null;
  const quoted = /^["'`]/.test(value);
  const hasSignal = /\d/.test(v) || /[^\p{L}\p{N}]/u.test(v) || /\p{Lu}/u.test(v.slice(1));
  if (!quoted && !hasSignal) return null;
  if (!quoted && closesAroundName(v)) return null;
  // An unquoted code identifier ending in a word that says where the value lives ("password: dbPasswordParam",
  // "password: secretRef"): a reference. Weak chosen passwords may end in Pass or Key, so only these endings count.
  if (
    !quoted &&
    /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(v) &&
    /(?:Param|Parameter|Ref|Reference|Var|Secret|Setting)$/.test(v)
  )
    return null;
  // Two lower-case words joined by a hyphen describe the password ("is case-sensitive", "was auto-generated");
  // passphrases of that kind run to three words or more (correct-horse-battery-staple).
  if (!quoted && /^\p{Ll}+-\p{Ll}+$/u.test(v)) return null;
  // A capital prefix, a hyphen and a number ("clave: 'RT-2093'", Spanish "clave" also naming an agent's, a
  // product's or a district's code) is a reference code: chosen passwords mix cases, words or symbols.
  if (/^[A-Z]{1,4}-\d{2,8}$/.test(v)) return null;
  // A figure with its unit or sign ("dato clave: 40%", "clave del trimestre: +12,5%", "€350"): a key point's number.
  if (/^(?:[+\-±~]?\d+(?:[.,]\d+)*\s?(?:%|€|\$|£|º|°|pp)|[+\-±~]?[$€£]\d+(?:[.,]\d+)*)$/i.test(v)) return null;
  return { type: 'PASSWORD' };
}

/** A value assigned to a password key in config or code (.env, YAML, JSON, INI): any non-placeholder counts. */
export function assignedPassword(value: string): Validated | null {
  const v = value.replace(/^["'`]|["'`,;]$/g, '');
  if (v.length < 3 || v.length > 200 || looksLikePlaceholder(v)) return null;
  if (isCredentialReference(v) || closesAroundName(v)) return null;
  // An absolute path is where a password is kept (password_file: /run/secrets/db) or, after a sudo log's PWD=, the
  // working directory (PWD=/home/ana): lower-case segments, as no generated or chosen password reads.
  if (FILE_PATH_VALUE.test(v)) return null;
  if (/^(?:int|bool|boolean|str|string|number|text|char|varchar|required|optional|null|none)$/i.test(v)) return null;
  // "using password: YES" (MySQL's access-denied message) and flags in config are switches, not passwords.
  if (/^(?:yes|no|true|false|on|off)\)?$/i.test(v)) return null;
  // A key that names a password's date (PasswordLastChanged, password_changed_at, pwdExpiry) holds a date or a
  // timestamp: the password's metadata, not the password.
  if (TIMESTAMP_VALUE.test(v)) return null;
  // "couldn't decrypt password: illegal base64 data": a lower-case word may be an error message's (proseWordInContext).
  if (/^[a-z]{3,14}$/.test(v)) return { type: 'PASSWORD', sample: 'prose-word' };
  return { type: 'PASSWORD' };
}

/**
 * A variable, parameter or property named for a credential, written where its value would go: Bicep's
 * "administratorLoginPassword: sqlAdminPassword", a module's "adminPassword: vmAdminPassword", a manifest's
 * "password: secretRef". A lowerCamelCase identifier (one lower-case run, then capitalised words) that names a
 * password, secret, key, token, credential, parameter or reference holds the value elsewhere; a generated password
 * mixes digits or signs, and a chosen one rarely reads as code.
 */
function isCredentialReference(v: string): boolean {
  return (
    /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(v) &&
    !LEET_WORD.test(v) &&
    /(?:Password|Passwd|Pwd|Pass|Secret|Key|Token|Credential|Creds?|Param|Parameter|Ref|Reference|Var|Value|Setting)\d?$|^(?:password|passwd|pwd|pass|secret|key|token|credential|param|var)[A-Z]/.test(
      v,
    )
  );
}

/**
 * A constant's or a variable's name closing the literal or the call it is written in ({"pass": CLAVE},
 * login(pwd=DB_PASS), [password: adminPass]): the value is held elsewhere. Constant case, snake_case or camelCase
 * only, so a chosen password that happens to end a parenthesis ("hunter2)") still counts.
 */
function closesAroundName(v: string): boolean {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)[)}\]]+$/.exec(v);
  if (!m) return false;
  const name = m[1]!;
  return /^[A-Z][A-Z0-9_]*$/.test(name) || name.includes('_') || /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(name);
}

/**
 * Digits standing for letters twice in one word (s3cr3t, p4ssw0rd, m4ng0): a chosen password's disguise, not
 * an identifier's (s3Bucket, k8sSecret, oauth2Token carry one digit in a name).
 */
const LEET_WORD = /[a-z]\d[a-z]+\d/;

/** An absolute Unix path of two or more lower-case segments (/home/ana, /etc/app/db.pass, /srv/app/releases/42). */
const FILE_PATH_VALUE = /^(?:~|\/[a-z0-9_.-]+)(?:\/[a-z0-9_.-]+)+\/?$/;

/** An age public key (the recipient an age file is encrypted to: age1 and 58 bech32 characters): public, no secret. */
const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/** An ISO date or date-time ("2026-03-14", "2026-03-14T08:15:02Z", "2026-03-14 08:15:02.123+01:00"). */
const TIMESTAMP_VALUE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A PIN after its cue: 4 to 8 digits, not a year-looking run of one digit. */
export function pin(value: string): Validated | null {
  return /^\d{4,8}$/.test(value) && !/^(\d)\1+$/.test(value) ? { type: 'PIN' } : null;
}

/**
 * A keypad code (a lockbox, an alarm, a door or a gate): four to eight digits, typed as a run or one digit at a time
 * ("6-2-0-5", "3 8 0 2"), maybe with the keypad's opening or closing # or *. A run of one digit or a climbing run is
 * a sample.
 */
export function accessCode(value: string): Validated | null {
  const v = value.replace(/^[#*]|[#*]$/g, '');
  // A keypad's # or * between digits (4#1906: a block's code, then the flat's) joins two parts of one code.
  if (!/^\d{4,8}$|^\d(?:[-. ]\d){3,7}$|^(?=(?:\D*\d){4,8}\D*$)\d{1,4}[#*]\d{2,7}$/.test(v)) return null;
  const digits = v.replace(/\D/g, '');
  // A padlock in a puzzle hunt or a safe on a stage's props is nobody's (made-up-code: the line says so).
  return isTrivialDigits(digits) ? null : { type: 'ACCESS_CODE', sample: 'made-up-code' };
}

const HEX_HASH = /^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64}|[A-F0-9]{32}|[A-F0-9]{40}|[A-F0-9]{64})$/;
/**
 * Package or artifact names ending in a version (jjwt-jackson-0.11.2, v1.4.0, 2.3.0-beta.1): build metadata, not a
 * key. A long random run after the version numbers (a bot-clearance cookie: random-epoch-1.2.1.1-random) is no
 * pre-release tag.
 */
const VERSIONED = /(?:^|[-_@:/])v?\d+\.\d+(?:\.\d+)*(?:-[\w.]{1,24})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A version 4 (random) UUID of the RFC 9562 variant: what a token generator mints. */
const RANDOM_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Version 4 UUIDs printed as examples and copied into tutorials (RFC 9562's, and the one in countless API docs). */
const EXAMPLE_UUIDS = new Set(['919108f7-52d1-4320-9bac-f847db4148a8', 'f47ac10b-58cc-4372-a567-0e02b2c3d479']);

/**
 * A value assigned to a key-like name (API_KEY=..., "client_secret": "...") that is random enough to be a
 * credential. Hashes, UUIDs, paths, URLs and identifiers made of words are not.
 */
/**
 * A constant's name (SOME_CONSTANT_V2, DEFAULT_API_KEY, TOKEN_2): capitalised words joined by underscores, each
 * maybe with a short number. Assigned to a key, it names where the value is kept; the value is not written here.
 */
function isConstantName(v: string): boolean {
  return /^[A-Z]{2,}\d{0,3}(?:_(?:[A-Z]{2,}\d{0,3}|V\d{1,3}|\d{1,3}))+$/.test(v);
}

export function assignedSecret(value: string): Validated | null {
  return asSample(value, assignedSecretVerdict(value));
}

function assignedSecretVerdict(value: string): Validated | null {
  // "aws_secret_access_key=AWS_SECRET_ACCESS_KEY)": a call's closing bracket or separator is not part of the value.
  const v = value.replace(/^["'`]|["'`]$/g, '').replace(/[),;]+$/, '');
  if (v.length < 8 || looksLikePlaceholder(v) || HEX_HASH.test(v) || UUID.test(v) || hasKeyboardRun(v)) return null;
  if (AGE_RECIPIENT.test(v) || PUBLISHABLE_KEY.test(v)) return null;
  if (/\s/.test(v) || VERSIONED.test(v)) return null;
  if (/^(?:https?:|\/|\.\/|~\/)/.test(v) || /^[a-z]+(?:[_-][a-z]+)*$/.test(v) || /^\d+$/.test(v)) return null;
  if (isConstantName(v)) return null;
  // A record's id, a short type prefix and a serial number ("key=cust_8812093", "usr-55102"): a message key or a
  // lookup key, which names a record; generated secrets mix letters and digits throughout.
  if (/^[a-z]{2,10}[_-]\d{3,}$/.test(v)) return null;
  const classes = charClasses(v);
  const entropy = shannonEntropy(v);
  if (v.length >= 16 && entropy >= 3.2 && classes >= 2) return { type: 'HIGH_ENTROPY' };
  if (classes >= 3 && entropy >= 2.8) return { type: 'PASSWORD' };
  return null;
}

/**
 * A value assigned to a name that can only hold a credential (client_secret, api_key, access_token,
 * secret_access_key): many providers issue plain hex keys (48 or 64 characters), so a hex run counts here,
 * and so does any long value that is not a placeholder, a reference, a UUID, a path or a word identifier.
 */
export function assignedCredential(value: string): Validated | null {
  return asSample(value, assignedCredentialVerdict(value));
}

function assignedCredentialVerdict(value: string): Validated | null {
  // "aws_secret_access_key=AWS_SECRET_ACCESS_KEY)": a call's closing bracket or separator is not part of the value.
  const v = value.replace(/^["'`]|["'`]$/g, '').replace(/[),;]+$/, '');
  if (v.length < 8 || v.length > 200 || looksLikePlaceholder(v) || /\s/.test(v) || VERSIONED.test(v)) return null;
  if (PUBLISHABLE_KEY.test(v)) return null;
  // A name that can only hold a credential ("token_obtained_at", "access_token_expires") may be the credential's
  // timestamp: metadata, not the secret.
  if (TIMESTAMP_VALUE.test(v)) return null;
  // Several services issue their API tokens as random UUIDs (Postmark's server token, Heroku's API key), so under a
  // credential's name a random (version 4) UUID is one; a time-based or name-based UUID there is an identifier.
  // Pseudonymized rather than blocked (HIGH_ENTROPY): the same shape names records everywhere.
  if (UUID.test(v)) return RANDOM_UUID.test(v) && !EXAMPLE_UUIDS.has(v.toLowerCase()) ? { type: 'HIGH_ENTROPY' } : null;
  if (/^(?:https?:|\/|\.\/|~\/)/.test(v) || /^[a-z]+(?:[_-][a-z]+)*$/i.test(v) || /^\d{1,12}$/.test(v)) return null;
  if (isConstantName(v)) return null;
  // Names of secrets in a vault or parameter store (prod/db/token, app.secrets.api_key) point to the credential.
  if (/^[a-z]+(?:[_-][a-z]+)*(?:[/.:][a-z]+(?:[_-][a-z]+)*)+$/.test(v)) return null;
  // Short values with a typed run (abcdef, 123456) are samples; long ones may hold a run by chance.
  if (v.length < 32 && hasKeyboardRun(v)) return null;
  const classes = charClasses(v);
  const entropy = shannonEntropy(v);
  if (v.length >= 20 && entropy >= 2.5 && classes >= 2) return { type: 'HIGH_ENTROPY' };
  if (v.length >= 10 && entropy >= 3 && classes >= 2) return { type: 'HIGH_ENTROPY' };
  if (classes >= 3 && entropy >= 2.8) return { type: 'PASSWORD' };
  return null;
}

/** A framework's own placeholder for a key it wants generated ("put your unique phrase here", "generateme"). */
const FRAMEWORK_PLACEHOLDER = /unique phrase|generate ?me|change ?(?:me|this)|your[ _-]|here$|aqu[ií]$/i;
/** Two words of three letters or more with a space between them: prose or a placeholder, not a generated key. */
const SPACED_WORDS = /\p{L}{3,}\s+\p{L}{3,}/u;

/**
 * A value of a key that a framework fills with a generated secret and names in its own way (WordPress's AUTH_KEY
 * and salts, PrestaShop's cookie key, Drupal's hash_salt, a pepper, ASP.NET's machineKey): whatever its alphabet,
 * spaces and punctuation included, since the generators draw from every printable character. Placeholders,
 * references and words are not; a generated key is 16 characters or more and mixes kinds of characters.
 */
export function frameworkSecret(value: string): Validated | null {
  const v = value.trim();
  if (v.length < 16 || v.length > 200 || looksLikePlaceholder(v) || FRAMEWORK_PLACEHOLDER.test(v)) return null;
  if (/^(?:https?:|\/|\.\/|~\/)/.test(v) || VERSIONED.test(v) || UUID.test(v)) return null;
  const classes = charClasses(v);
  if (classes < 2 || shannonEntropy(v) < 3.2) return null;
  // A generator that draws spaces draws symbols too: a value with a space must mix three kinds and hold no words.
  if (/\s/.test(v) && (classes < 3 || SPACED_WORDS.test(v))) return null;
  return { type: 'HIGH_ENTROPY' };
}

/** A Wi-Fi band, standard or security mode (5GHz, 802.11ax, WPA2-PSK): what the network is, not its key. */
const WIFI_SPEC = /\d\s?(?:[gm]hz|mbps|gbps)|^(?:802\.11|wpa|wep|wps)/i;

/**
 * The key of a Wi-Fi network named with it ("wifi: CafeNorte / Kx9-Lamp-22"): WPA keys run 8 to 63 characters,
 * so shorter values are something else (a band, a floor); otherwise checked like a password after its cue.
 */
export function wifiPassword(value: string): Validated | null {
  const v = value.replace(/^["'`]|["'`,;.]$/g, '');
  if (v.length < 8 || v.length > 63 || WIFI_SPEC.test(v)) return null;
  return password(value);
}

/**
 * A passphrase of words and digits joined by dashes, dots or underscores (amber-falcon-3390, Tres.Gatos.88), after
 * a cue with no verb or colon ("pw amber-falcon-3390", "the wifi is Tres.Gatos.88"). At least one part is a word
 * of three letters and one is a number: versions, dates, addresses and slugs are not.
 */
export function passphrase(value: string): Validated | null {
  const v = value.replace(/^["'`]|["'`]$/g, '');
  if (v.length < 8 || v.length > 63 || looksLikePlaceholder(v) || WIFI_SPEC.test(v)) return null;
  const parts = v.split(/[-._]/);
  if (parts.length < 3 || !parts.some((p) => /^\p{L}{3,}$/u.test(p)) || !parts.some((p) => /^\d{2,}$/.test(p)))
    return null;
  // Dates (2026-01-12), versions (v2.4.11) and codes made of a word and numbers only (INV-2026-0042) are labels.
  if (parts.filter((p) => /^\p{L}+$/u.test(p)).length < 2 && !/\p{Ll}\p{Lu}|\p{Lu}\p{Ll}/u.test(v)) return null;
  // Capitals in short parts and a number (FIN-PC-0412, HR-OPS-2291) are an asset tag or a team code.
  if (!/\p{Ll}/u.test(v) && parts.every((p) => !/^\p{L}{5,}$/u.test(p))) return null;
  return { type: 'PASSWORD' };
}

/** A file name (report_Q3-2026.pdf), a host or a URL: something a ticket names, not a password it gives. */
const NAMED_THING = /\.(?:[a-z]{2,4})$|^(?:https?:|www\.|\/|~\/|\\\\)|@[\w-]+\.[\w.-]+$/i;

/**
 * A value that stands on its own as a password, with no verb or key to say so ("issued temporary password
 * Kq7#vN2m!x", a line by itself after "I've reset it, here you go"): eight characters or more with lower-case
 * letters, digits and symbols or capitals inside (a typed "Otoño2025#Mar" or a generated "q7H*Lm2!9#xW"). Codes
 * with no lower-case letter (INC0419927, FIN-LT-0932), words with a capital only at the start (Windows11) and
 * typed runs are not.
 */
export function strongPassword(value: string): Validated | null {
  const v = value.replace(/^["'`]|["'`,;.]$/g, '');
  if (v.length < 8 || v.length > 64 || CHESS_MOVE.test(v)) return null;
  // The cheap tests first: most single tokens on a line of code or prose have no digit or no lower-case letter.
  const lower = /\p{Ll}/u.test(v);
  const digit = /\p{N}/u.test(v);
  if (!lower || !digit) return null;
  if (looksLikePlaceholder(v) || NAMED_THING.test(v) || hasKeyboardRun(v)) return null;
  // Identifiers a ticket quotes: a UUID, a hash, a hex run with dashes.
  if (UUID.test(v) || HEX_HASH.test(v) || /^[0-9a-f]+(?:-[0-9a-f]+)+$/i.test(v) || /\d\.\d+$/.test(v)) return null;
  const capital = /\p{Lu}/u.test(v);
  const innerCapital = /\p{Lu}/u.test(v.slice(1));
  // A symbol other than the dash, dot and underscore that join the words of names and codes.
  const strongSymbol = /[^\p{L}\p{N}._-]/u.test(v);
  const joiner = /[._-]/.test(v);
  if (strongSymbol && (capital || shannonEntropy(v) >= 3)) return { type: 'PASSWORD' };
  if (innerCapital && shannonEntropy(v) >= 3) return { type: 'PASSWORD' };
  if (joiner && capital && shannonEntropy(v) >= 3.2) return { type: 'PASSWORD' };
  return null;
}

/**
 * A password given in a reset conversation by reference to one named before ("the temporary one is X", "la
 * nueva es X", "I set it to X"): checked like a password after its cue, but a version or a number alone
 * (v2.4.1, 2026) is what "the new one" more often is.
 */
export function resetPassword(value: string): Validated | null {
  const v = value.replace(/^["'`]|["'`,;.]$/g, '');
  if (v.length < 6 || !/\p{L}/u.test(v) || /^v?\d+(?:\.\d+)+[a-z]?$/i.test(v) || NAMED_THING.test(v)) return null;
  return password(value);
}

/** Products and versions a ticket says someone tried (Windows11, Office365, iPhone15, Python3): not a password. */
const TRIED_PRODUCT =
  /^(?:windows|win|office|iphone|ipad|android|ios|macos|ubuntu|chrome|firefox|edge|safari|outlook|teams|excel|python|java|node|vpn|wifi|sap|oracle)\d/i;

/**
 * A value someone tried at a login ("tried Gardenia#2025 and the old one Brasov_1979, both rejected"): no cue but
 * the login nearby says it is a password, so it must look like one on its own: lower-case letters and digits with
 * capitals or symbols (a chosen password such as "Tulipan_2019"), not a code, a product, a version or a file.
 */
export function triedPassword(value: string): Validated | null {
  const v = value.replace(/^["'`]|["'`,;.]$/g, '');
  if (v.length < 6 || v.length > 64 || !/\p{Ll}/u.test(v) || !/\p{N}/u.test(v)) return null;
  if (!/\p{Lu}/u.test(v) && !/[^\p{L}\p{N}]/u.test(v)) return null;
  if (looksLikePlaceholder(v) || NAMED_THING.test(v) || hasKeyboardRun(v) || TRIED_PRODUCT.test(v)) return null;
  if (UUID.test(v) || HEX_HASH.test(v) || /\d\.\d+$/.test(v) || /^v?\d+(?:\.\d+)+/i.test(v)) return null;
  return { type: 'PASSWORD' };
}

/**
 * The credential part of a URL ("app:S3cr3t@db.internal:5432": account, password, host; "app:S3cr3t" when the
 * host is an address the IP rule reports) or a password alone (a Go
 * DSN's, a Sentry key): the password is checked like one assigned in config. The host after the last '@' holds
 * no '@', so that '@' ends the password even when the password has one of its own (p@ss#w0rd9).
 */
export function urlCredentials(value: string): Validated | null {
  const userEnd = value.indexOf(':');
  if (userEnd < 0 || /[@/]/.test(value.slice(0, userEnd))) return assignedPassword(value);
  const hostAt = value.lastIndexOf('@');
  const pass = value.slice(userEnd + 1, hostAt > userEnd ? hostAt : value.length);
  // The user name again as the password on the machine itself (postgres:postgres@localhost, root:root@127.0.0.1):
  // a container's or an installer's default, which opens nothing beyond the writer's own machine.
  if (
    hostAt > userEnd &&
    pass.toLowerCase() === value.slice(0, userEnd).toLowerCase() &&
    LOOPBACK.test(value.slice(hostAt + 1))
  )
    return null;
  return assignedPassword(pass);
}

/** The local machine as a host, with or without a port. */
const LOOPBACK = /^(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(?::\d{1,5})?$/i;

/**
 * A whole `Key=Value;` connection string (ADO.NET, ODBC, Azure storage and Service Bus) that carries a secret:
 * the string is kept when its Password/Pwd value is a real password or its AccountKey/SharedAccessKey a real key,
 * by the same checks the single-value rules apply.
 */
export function connectionString(value: string): Validated | null {
  const secret = /(?:^|;)\s*(password|pwd|accountkey|sharedaccesskey)\s*=\s*([^;]*)/i.exec(value);
  if (!secret) return null;
  const key = (secret[1] ?? '').toLowerCase();
  const v = (secret[2] ?? '').trim();
  const ok = key === 'password' || key === 'pwd' ? assignedPassword(v) : v.length >= 20 ? providerToken(v) : null;
  return ok ? { type: 'CONNECTION_STRING' } : null;
}

/** A decoded value that is a credential by its form: a URL with a password, a provider's key, a private key. */
const DECODED_CREDENTIAL =
  /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/]+@|^(?:sk|rk)_(?:live|test)_|^gh[pousr]_|^xox[abpr]-|^AKIA[0-9A-Z]{16}$|^-----BEGIN [A-Z ]*PRIVATE KEY|^eyJ[\w-]+\.|^SG\.|^AIza|^glpat-|(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey)\s*=\s*[^;\s]+/i;

/**
 * A base64 value (a Kubernetes Secret's data:, an encoded environment variable) that decodes to a credential: a
 * connection URL or string with its password, a provider's key, a private key, or a long random string. A
 * decoded user name, host, port or flag ("admin", "5432", "true") is no secret.
 */
export function encodedSecret(value: string): Validated | null {
  const v = value.trim();
  if (v.length < 16 || v.length % 4 !== 0) return null;
  let decoded: string;
  try {
    decoded = atob(v);
  } catch {
    return null;
  }
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return null;
  const d = decoded.trim();
  if (DECODED_CREDENTIAL.test(d)) return { type: 'ENCODED_SECRET' };
  // A random string: long, no blanks, three kinds of character, high entropy.
  const kinds =
    Number(/[a-z]/.test(d)) + Number(/[A-Z]/.test(d)) + Number(/\d/.test(d)) + Number(/[^A-Za-z0-9]/.test(d));
  return d.length >= 20 && !/\s/.test(d) && kinds >= 3 && shannonEntropy(d) >= 4 ? { type: 'ENCODED_SECRET' } : null;
}

/**
 * Password hashes in the crypt formats that user tables, /etc/shadow lines and framework dumps store (bcrypt,
 * argon2, scrypt, PBKDF2, SHA-crypt, yescrypt, MD5-crypt): a stolen hash is cracked offline, so it is a secret like
 * the password itself. The digest after the last "$" must look generated: a run of one character or a stand-in
 * word ("$2b$12$xxxxxxxx...", "...EXAMPLEHASH...") is a template's. The hashes the format references print
 * (bcrypt's in Wikipedia and the Spring guide) are the documentation's where the text presents them as examples.
 */
const PUBLISHED_EXAMPLE_HASHES = new Set([
  '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
  '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW',
]);

export function passwordHash(value: string): Validated | null {
  const digest = value.slice(value.lastIndexOf('$') + 1);
  if (digest.length < 20 || /(.)\1{5}/.test(digest) || isStandIn(value)) return null;
  if (new Set(digest).size < 12 || shannonEntropy(digest) < 3.2) return null;
  return { sample: PUBLISHED_EXAMPLE_HASHES.has(value) ? 'documented' : 'documented-near' };
}

/** Cells of a password column that say something about the password instead of holding it. */
const COLUMN_NOTE =
  /^(?:y|n|yes|no|si|sí|ok|x|✓|✔|✗|✘|-|—|sso|ldap|saml|oauth|okta|unknown|reset|expired|locked|disabled|blank|set|unset|not set|none set|same|same as (?:above|before|email|username)|see (?:above|below|vault|notes?|1password|bitwarden|keepass|lastpass)|in (?:vault|1password|bitwarden|keepass|lastpass)|on file|ask\b.*|pending|tbc|desconocida|caducada|bloqueada|ninguna)$/i;
/** A length or a count ("12 chars", "6 digits", "90 days"): a policy table's figure. */
const COLUMN_MEASURE =
  /^\d{1,3}\s*(?:\+|chars?|characters?|digits?|d[ií]gitos|caracteres|days?|d[ií]as|months?|meses)$/i;

/**
 * A cell under a column headed for a password (password, passwd, contraseña, passcode, memorable word, Wi-Fi key):
 * the header says what the cell holds, so any value counts, a plain word included, but a placeholder or a mask
 * (********, <password>, ${DB_PASS}, changeme), a switch (yes, no, ✓), a note ("see vault", "SSO", "reset") or a
 * policy figure ("12 chars") holds none.
 */
export function columnPassword(value: string): Validated | null {
  const v = value.replace(/^`|`$/g, '').trim();
  if (v.length < 3 || v.length > 200 || looksLikePlaceholder(v)) return null;
  if (COLUMN_NOTE.test(v) || COLUMN_MEASURE.test(v)) return null;
  if (/^(?:true|false|on|off|null|none|n\/a)$/i.test(v)) return null;
  return { type: 'PASSWORD' };
}

/** A card's security code (CVV, CVC, CV2, CID): three or four digits, maybe said one by one ("6 1 8"), not a run. */
export function cardSecurityCode(value: string): Validated | null {
  if (!/^\d{3,4}$|^\d(?:[-. ]\d){2,3}$/.test(value)) return null;
  const digits = value.replace(/\D/g, '');
  return isTrivialDigits(digits) ? null : { type: 'CARD_SECURITY_CODE' };
}

/**
 * A PIN, a card security code or a keypad code read out word by word in a call or a voice note ("four seven one
 * nine", "seis uno ocho"): three to eight digits once the words are read, not a run of one digit or a climbing run.
 */
export function spelledCode(value: string): Validated | null {
  const read = spelledDigits(value);
  if (!read || read.plus || read.digits.length < 3 || read.digits.length > 8) return null;
  return isTrivialDigits(read.digits) ? null : { type: 'SPOKEN_CODE', normalized: read.digits };
}

/** Words that follow a memorable-word or security-answer cue in prose about it, not as its value. */
const ANSWER_PROSE = new Set(
  (
    'case required incorrect wrong invalid not never needed used asked optional different the a an your my his her ' +
    'their our one two three four letters characters sensitive case-sensitive forgotten missing set correct right ' +
    'same changed stored checked hidden shown requested only also still for to of in on at and or if when that ' +
    'which what from with by as be been being was is are locked reset updated blank empty unknown ' +
    'obligatoria incorrecta distinta la el su mi tu una un de del para que es'
  ).split(' '),
);

/**
 * The answer to a security question or a memorable word (a bank's second factor, asked on the phone): any word
 * counts, a plain one included, as that is what people choose; words that carry on a sentence about the answer
 * ("the memorable word is case-sensitive", "security answer required") and placeholders do not.
 */
export function securityAnswer(value: string): Validated | null {
  const v = value.replace(/^["'`«]|["'`»]$/g, '').trim();
  if (v.length < 3 || v.length > 60 || looksLikePlaceholder(v)) return null;
  const first = (v.split(/\s+/)[0] ?? '').toLowerCase();
  if (ANSWER_PROSE.has(first)) return null;
  return { type: 'SECURITY_ANSWER' };
}
