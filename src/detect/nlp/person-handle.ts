import { foldKey } from './fold.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { cuesIn, cueWords, type Token } from './tokenize.js';

/**
 * "@MaryKayCabot", "@jaketapper", "@zoe_clark": social handles built from a person's own name identify that person as
 * well as the name does. A handle counts when it opens with a listed given name and the rest is a family name
 * (listed, or for camel case any capitalised word that is no ordinary word), or, split by an underscore, when its
 * first part is a listed given name. Brand handles ("@WholeFoods", "@nytimes") open with no given name.
 */
const CAMEL_PARTS = /\p{Lu}\p{Ll}+|\p{Lu}(?!\p{Ll})|\p{Ll}+/gu;
const MIN_SURNAME = 3;
const MIN_GIVEN = 3;

export interface HandleSpan {
  first: number;
  last: number;
}

function givenName(lex: NameLexicon, key: string): boolean {
  return key.length >= MIN_GIVEN && lex.isWord(GIVEN, key) && !lex.isWord(WORD.COMMON, key);
}

function familyName(lex: NameLexicon, key: string, unknownAllowed: boolean): boolean {
  if (key.length < MIN_SURNAME || lex.isWord(WORD.COMMON | WORD.WORD_SHAPED, key)) return false;
  return lex.isWord(WORD.SURNAME, key) || (unknownAllowed && !lex.isWord(WORD.PLACE | WORD.ORG_SUFFIX, key));
}

/** "MaryKayCabot", "TonyTGoodman": camel-case parts, a given name first and a family name last. */
function camelName(text: string, lex: NameLexicon): boolean {
  const parts = text.match(CAMEL_PARTS);
  if (!parts || parts.length < 2 || parts.length > 4 || parts.join('') !== text) return false;
  if (!/^\p{Lu}/u.test(parts[1]!)) return false;
  const keys = parts.map((p) => p.toLowerCase());
  return givenName(lex, keys[0]!) && familyName(lex, keys[keys.length - 1]!, true);
}

/** "jaketapper", "sallykohn": one lower-case word that splits into a listed given name and a listed family name. */
function joinedName(key: string, lex: NameLexicon): boolean {
  for (let cut = MIN_GIVEN; cut <= key.length - MIN_SURNAME - 1; cut++) {
    if (givenName(lex, key.slice(0, cut)) && familyName(lex, key.slice(cut), false)) return true;
  }
  return false;
}

/**
 * "jkowalski", "mnakamura": the value of a user-name key of one lower-case word, an initial and then a listed family
 * name of five letters or more that is no word, place or given name (the usual login of a staff directory).
 */
function initialAndFamily(key: string, lex: NameLexicon): boolean {
  if (key.length < 6 || !/^\p{Ll}+$/u.test(key)) return false;
  const family = key.slice(1);
  return (
    lex.isWord(WORD.SURNAME, family) &&
    !lex.isWord(WORD.COMMON | WORD.WORD_SHAPED | WORD.PLACE | WORD.ORG_SUFFIX | WORD.FIRST_NAME | WORD.PRODUCT, family)
  );
}

/**
 * "sara-lindgren", "j-mensah", "ana-maria-ruiz": a handle of words joined by hyphens (as GitHub and GitLab users
 * write theirs), a listed given name (or an initial) first and a family name last, listed or no word the lists know.
 */
function hyphenatedName(key: string, lex: NameLexicon): boolean {
  const parts = key.split('-');
  // "amara-nwosu-dev", "lena-fischer-gh", "ana-ruiz92": a suffix or a number a user adds to a taken name.
  if (parts.length >= 3 && HANDLE_SUFFIXES.has(parts[parts.length - 1]!)) parts.pop();
  parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\d+$/, '');
  if (parts.length < 2 || parts.length > 3) return false;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const opens = givenName(lex, first) || (first.length === 1 && lex.isWord(WORD.SURNAME, last));
  return opens && familyName(lex, last, parts.length === 2 && first.length > 1);
}

const HANDLE_SUFFIXES = new Set([
  'dev',
  'gh',
  'git',
  'code',
  'codes',
  'eng',
  'io',
  'official',
  'real',
  'hq',
  'me',
  'x',
]);

/** The last part of a public figure's or a brand's own account: "@name_official". */
const PUBLIC_ACCOUNT = new Set(['official', 'oficial', 'officiel', 'ufficiale']);
/** Public roles a brand's post gives the people it tags: "our ambassador @...", "ft. @...". */
const PUBLIC_ROLES = new Set(
  'ambassador ambassadors embajador embajadora embajadores athlete athletes atleta atletas artist artista ft feat featuring'.split(
    ' ',
  ),
);

/** A public role within three words before the '@' at `at`. */
function publicRoleBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) if (PUBLIC_ROLES.has(tokens[k]!.key)) return true;
  return false;
}

// Keys of a JSON, YAML or log field whose value is someone's user name ("username": "...", user_name: ...).
const USER_KEY = cueWords(['username', 'user_name', 'login', 'screen_name', 'screenname', 'handle', 'nickname']);

/** The key of a person's name, for building the user names it yields. */
export interface NamePair {
  given: string;
  family: string;
}

/**
 * "sigrunhaug", "shaugland", "haugland.s", "sigrun_h": a user name built from a person named in the same text, a part of
 * the given name (an initial at least) and a part of the family name (three letters at least), either way round.
 */
function builtFromName(handle: string, pairs: readonly NamePair[]): boolean {
  const h = foldKey(handle.replace(/[._-]/g, '').replace(/\d+$/, ''));
  const parted = /[._-]/.test(handle);
  if (h.length < 4) return false;
  const fits = (a: string, b: string, minA: number, minB: number) => {
    for (let cut = minA; cut <= Math.min(a.length, h.length - (parted ? 1 : 2)); cut++) {
      if (h.slice(0, cut) !== a.slice(0, cut)) return false;
      const rest = h.slice(cut);
      // "tobiaskr": two letters of the family name after the whole given name.
      // "rosa.m": the whole given name and the family name's initial, when the user name parts them.
      const enough = rest.length >= minB || (cut === a.length && cut >= 4 && rest.length >= (parted ? 1 : 2));
      if (enough && b.startsWith(rest)) return true;
      // "valeriosc": the whole family name and up to two letters more (the initial of a second family name).
      if (rest.length > b.length && rest.length - b.length <= 2 && b.length >= 4 && rest.startsWith(b)) return true;
    }
    return false;
  };
  return pairs.some(
    (p) =>
      p.given.length >= 2 && p.family.length >= 3 && (fits(p.given, p.family, 1, 3) || fits(p.family, p.given, 3, 1)),
  );
}

/**
 * "kike.arrieta", "txema_goikoetxea": a user name of two parts whose last is a listed family name (no word, no place)
 * and whose first is a word of three letters or more the lists do not hold as ordinary vocabulary: a nickname.
 */
function dottedFamily(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  if (last !== first + 2) return false;
  const head = tokens[first]!.key;
  const tail = tokens[last]!.key;
  return (
    head.length >= MIN_GIVEN &&
    !lex.isWord(WORD.COMMON | WORD.WORD_SHAPED | WORD.PLACE | WORD.ORG_SUFFIX, head) &&
    lex.isWord(WORD.SURNAME, tail) &&
    familyName(lex, tail, false)
  );
}

/** '"username": "sigrunhaug"', "login: ana.ruiz": the value of a user-name key, as glued word parts [first, last]. */
function userNameValue(tokens: readonly Token[], i: number): [number, number] | undefined {
  let k = i + 1;
  const cues = tokens[i]!.cues;
  if ((cues & USER_KEY) === 0) {
    // "user_name", "display_name", "screen_name": a key the tokenizer split at its underscore.
    const joint = tokens[k];
    const tail = tokens[k + 1];
    if ((cues & SPLIT_KEY_HEAD) === 0 || joint?.text !== '_' || tail?.key !== 'name') return undefined;
    if (joint.start !== tokens[i]!.end || tail.start !== joint.end) return undefined;
    k += 2;
  }
  if (QUOTES.has(tokens[k]?.text ?? '')) k++;
  // "username: x", '"username": "x"', and an XML or HTML attribute 'username="x"'.
  if (tokens[k]?.text !== ':' && tokens[k]?.text !== '=') return undefined;
  k++;
  if (QUOTES.has(tokens[k]?.text ?? '')) k++;
  const first = tokens[k];
  if (first === undefined || first.kind !== 'word' || (first.lineStart !== tokens[i]!.lineStart && first.lineStart))
    return undefined;
  return [k, handleEnd(tokens, k)];
}
const QUOTES = new Set(['"', "'"]);

/**
 * The last token of a user name opening at tokens[at]: words glued by '.', '_' or '-' ("ana.ruiz", "tomas_h"), and
 * numbers too when `withNumbers` (a login in machine output: "jdoe.2", "ana-01").
 */
export function handleEnd(tokens: readonly Token[], at: number, withNumbers = false): number {
  let last = at;
  for (;;) {
    const joint = tokens[last + 1];
    const part = tokens[last + 2];
    if (joint === undefined || part === undefined || !'._-'.includes(joint.text)) break;
    if (withNumbers ? part.kind === 'punct' : part.kind !== 'word') break;
    if (joint.start !== tokens[last]!.end || part.start !== joint.end) break;
    last += 2;
  }
  return last;
}
// First words of user-name keys written with an underscore ("user_name", "display_name", "screen_name").
const SPLIT_KEY_HEAD = cueWords(['user', 'display', 'screen']);

// What stands before a user name written without its "@" in a review, a ticket or a CODEOWNERS-like list.
const USER_BEFORE = new Set([':', ',', 'by', 'to', 'and', 'a', 'por', 'y']);

/**
 * "reviewer: sara-lindgren", "asignado a yusuf-demir": a lower-case hyphenated user name without its "@", after a
 * colon, a comma or "by"/"to"/"a"/"por", whose parts are a listed given name and a listed family name (neither a word), and
 * not glued to a path, a file name or an address.
 */
function userNameAfterField(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.cap || !t.text.includes('-') || t.text !== t.key) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || !USER_BEFORE.has(prev.key) || prev.end === t.start) return false;
  if (next !== undefined && next.start === t.end && !',;)'.includes(next.text)) return false;
  const parts = t.key.split('-');
  return parts.length === 2 && givenName(lex, parts[0]!) && familyName(lex, parts[1]!, false);
}

// Field labels of a ticket, a log or an export whose value is the person concerned ("Caller: ana.ruiz").
const ROLE_FIELDS = new Set([
  'caller',
  'requester',
  'requestor',
  'reporter',
  'user',
  'employee',
  'assignee',
  'solicitante',
  'usuario',
  'usuaria',
  'empleado',
  'empleada',
  // Whoever handled the case: "Analyst: k.marsh", "Agente: l.quiroga".
  'analyst',
  'investigator',
  'handler',
  'analista',
  'investigador',
  'investigadora',
  'gestor',
  'gestora',
]);

/**
 * "Caller: dorota.nowak", "reported by ana_ruiz", "Solicitante: pepe.larrea": a lower-case user name of a listed given
 * name (no ordinary word), a dot or an underscore and a second part of two letters or more that is no word or place,
 * after a person's field label or "by"/"por", and not the local part of an e-mail address. Last token, or -1.
 */
function dottedUserAfterRole(tokens: readonly Token[], i: number, lex: NameLexicon): number {
  const t = tokens[i]!;
  const joint = tokens[i + 1];
  const part = tokens[i + 2];
  if (t.kind !== 'word' || t.cap || joint === undefined || (joint.text !== '.' && joint.text !== '_')) return -1;
  if (part?.kind !== 'word' || part.cap || joint.start !== t.end || part.start !== joint.end) return -1;
  const prev = tokens[i - 1];
  if (prev === undefined || prev.end === t.start) return -1;
  const label = prev.text === ':' ? tokens[i - 2] : prev;
  if (
    label === undefined ||
    !(ROLE_FIELDS.has(label.key) || (prev.text !== ':' && (label.key === 'by' || label.key === 'por')))
  )
    return -1;
  const next = tokens[i + 3];
  // A full stop may end the sentence ("Analyst: k.vasquez. Risk ..."), not a longer dotted name or a file name.
  const stop = next?.text === '.' && (tokens[i + 4] === undefined || tokens[i + 4]!.start > next.end);
  if (next !== undefined && next.start === part.end && !',;)'.includes(next.text) && !stop) return -1;
  if (t.key.length === 1 && joint.text === '.') {
    if (FILE_EXTENSIONS.has(part.key)) return -1;
    // "k.marsh": an initial and a family name, listed or no word the lists know, of four letters or more.
    return familyName(lex, part.key, true) && part.key.length >= 4 && /^\p{L}+$/u.test(part.key) ? i + 2 : -1;
  }
  if (!givenName(lex, t.key) || lex.isWord(WORD.AMBIGUOUS_NAME, t.key)) return -1;
  if (part.key.length < 2 || lex.isWord(WORD.COMMON | WORD.WORD_SHAPED | WORD.PLACE | WORD.ORG_SUFFIX, part.key))
    return -1;
  return i + 2;
}

/** What follows a one-letter file name: "a.json", "x.csv". */
const FILE_EXTENSIONS = new Set('json yaml toml html xlsx docx pptx jpeg tiff conf java rust bash'.split(' '));

/**
 * "arn:aws:iam::123456789012:user/ana.ruiz", "/users/tomas_h/": a user name of two parts or more after "user/" or
 * "users/", the first part a listed given name. Its last token, or -1 (tokens[i] is the word "user").
 */
const PATH_USER = cueWords(['user', 'users']);

function userInPath(tokens: readonly Token[], i: number, lex: NameLexicon): number {
  const t = tokens[i]!;
  if ((t.key !== 'user' && t.key !== 'users') || tokens[i + 1]?.text !== '/') return -1;
  const first = tokens[i + 2];
  if (
    first === undefined ||
    first.kind !== 'word' ||
    tokens[i + 1]!.end !== first.start ||
    tokens[i + 1]!.start !== t.end
  )
    return -1;
  const last = handleEnd(tokens, i + 2);
  return last > i + 2 && givenName(lex, first.key) ? last : -1;
}

/** Roles that label the lines of a chat, whose user name may follow in brackets: "patient (tobi.k):". */
const CHAT_ROLES = new Set(
  'patient customer client user member caller guest paciente cliente usuario usuaria miembro huesped'.split(' '),
);
const CHAT_ROLE = cueWords([...CHAT_ROLES]);

/**
 * "[09:12] patient (tomas.h): ...", "cliente (lu_ferrandez): ...": a user name in brackets between a chat role and the
 * colon of its line, opening with a listed given name (three letters or more, no ordinary word). Last token, or -1.
 */
function handleOfSpeaker(tokens: readonly Token[], i: number, lex: NameLexicon): number {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.cap || tokens[i - 1]?.text !== '(' || !CHAT_ROLES.has(tokens[i - 2]?.key ?? '')) return -1;
  const last = handleEnd(tokens, i);
  if (tokens[last + 1]?.text !== ')' || tokens[last + 2]?.text !== ':') return -1;
  return givenName(lex, t.key) ? last : -1;
}

// Titles that open a clinician's or a teacher's user name ("dr.mbeki", "prof.lindqvist").
const HANDLE_TITLE = cueWords(['dr', 'dra', 'prof', 'profa', 'mr', 'mrs', 'ms']);

/**
 * "dr.mbeki", "prof.lindqvist": a user name of a title, a dot and a family name (listed, or unknown to the lists;
 * not an ordinary word or a product: "dr.web"), not part of an e-mail address or a host name. Last token, or -1.
 */
function titledHandle(tokens: readonly Token[], i: number, lex: NameLexicon): number {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.cap || (t.cues & HANDLE_TITLE) === 0) return -1;
  const dot = tokens[i + 1];
  const family = tokens[i + 2];
  if (dot?.text !== '.' || dot.start !== t.end || family?.kind !== 'word' || family.start !== dot.end) return -1;
  if (family.cap || family.text.length < 3) return -1;
  const prev = tokens[i - 1];
  if (prev !== undefined && prev.end === t.start && prev.kind === 'word') return -1;
  const next = tokens[i + 3];
  if (next !== undefined && next.start === family.end && (next.text === '@' || next.text === '.' || next.text === '_'))
    if (tokens[i + 4]?.start === next.end && tokens[i + 4]!.kind !== 'punct') return -1;
  const bits = lex.wordInfo(family.key);
  if (bits !== 0 && ((bits & WORD.SURNAME) === 0 || (bits & (WORD.COMMON | WORD.PRODUCT)) !== 0)) return -1;
  return i + 2;
}

/** Handles after '@' (not e-mail addresses) that spell a person's name, as token spans without the '@'. */
export function findNameHandles(
  tokens: readonly Token[],
  lex: NameLexicon,
  pairs: readonly NamePair[] = [],
): HandleSpan[] {
  const out: HandleSpan[] = [];
  const handleText = (first: number, last: number) =>
    tokens
      .slice(first, last + 1)
      .map((t) => t.key)
      .join('');
  // The readers below that open on a word of a list are asked only when the text holds one (cuesIn): the same
  // answers, with no look at each token for most texts.
  const cues = cuesIn(tokens);
  const keyed = (cues & (USER_KEY | SPLIT_KEY_HEAD)) !== 0;
  const paths = (cues & PATH_USER) !== 0;
  const speakers = (cues & CHAT_ROLE) !== 0;
  const titles = (cues & HANDLE_TITLE) !== 0;
  for (let i = 0; i < tokens.length; i++) {
    const user = keyed ? userNameValue(tokens, i) : undefined;
    if (user !== undefined) {
      const [first, last] = user;
      const key = handleText(first, last);
      const named =
        builtFromName(key, pairs) ||
        hyphenatedName(key, lex) ||
        (first === last && (joinedName(key, lex) || initialAndFamily(key, lex))) ||
        (last > first && (givenName(lex, tokens[first]!.key) || dottedFamily(tokens, first, last, lex)));
      if (named) out.push({ first, last });
      i = last;
      continue;
    }
    if (userNameAfterField(tokens, i, lex)) {
      out.push({ first: i, last: i });
      continue;
    }
    const iamUser = paths ? userInPath(tokens, i, lex) : -1;
    if (iamUser > i) {
      out.push({ first: i + 2, last: iamUser });
      i = iamUser;
      continue;
    }
    const speaker = speakers ? handleOfSpeaker(tokens, i, lex) : -1;
    if (speaker > i) {
      out.push({ first: i, last: speaker });
      i = speaker;
      continue;
    }
    const titled = titles ? titledHandle(tokens, i, lex) : -1;
    if (titled > i) {
      out.push({ first: i, last: titled });
      i = titled;
      continue;
    }
    const dotted = dottedUserAfterRole(tokens, i, lex);
    if (dotted > i) {
      out.push({ first: i, last: dotted });
      i = dotted;
      continue;
    }
    if (tokens[i]!.text !== '@' || i + 1 >= tokens.length) continue;
    const at = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev !== undefined && prev.end === at.start && prev.kind !== 'punct') continue; // an e-mail address
    const word = tokens[i + 1]!;
    if (word.kind !== 'word') continue;
    // "@zoe_clark" (or "@ zoe _ clark" once split), "@dev.sharma": the parts joined by underscores or dots (not a
    // sentence's full stop: the part after it is glued) belong to the handle.
    let last = i + 1;
    for (;;) {
      const joint = tokens[last + 1];
      const part = tokens[last + 2];
      if (joint === undefined || part?.kind !== 'word') break;
      const glued = joint.start === tokens[last]!.end && part.start === joint.end;
      if (joint.text !== '_' && !(joint.text === '.' && glued)) break;
      // "@inesmg_ ayer": an underscore that ends the handle, with a space after it.
      if (joint.start === tokens[last]!.end && part.start !== joint.end) break;
      last += 2;
    }
    // "our ambassador @ana_ruiz_official": the public account of someone a brand presents in a public role (a user
    // reported as "@jay_official" in a moderation ticket stays).
    if (last > i + 1 && PUBLIC_ACCOUNT.has(tokens[last]!.key) && publicRoleBefore(tokens, i)) {
      i = last;
      continue;
    }
    const named =
      (last > i + 1 && givenName(lex, word.key)) ||
      builtFromName(handleText(i + 1, last), pairs) ||
      camelName(word.text, lex) ||
      hyphenatedName(word.key, lex) ||
      (word.text === word.key && joinedName(word.key, lex));
    if (named) out.push({ first: i + 1, last });
    i = last;
  }
  return out;
}
