import type { Finding } from '../types.js';
import { foldKey } from './fold.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { withRepeatedLogins } from './person-logins.js';

/**
 * Logins of people where no "user=" field names them, read from the fixed wording of logs, audit trails and review
 * lines:
 *
 * - OpenSSH and PAM lines: "Accepted publickey for tkowalczyk from ...", "Failed password for amaia.urkiza from ...",
 *   "session opened for user rmaldonado(uid=1004)", "sudo:  ojansen : TTY=pts/1 ; ...". A name sshd calls an
 *   "invalid user" is a guess of whoever knocked, nobody's account.
 * - A login's outcome: "Login failed: vhalvorsen (Remote IP ...)", "login attempt for user e_mwangi".
 * - "the user tkowalczyk", "el usuario mtorres_gdl": a lower-case login right after the word user/usuario in prose;
 *   "her Discord handle is bjorn_kv", "username: kasia_m": after a handle's or a user name's word.
 * - "merged by jlindqvist", "editado por k_osei", and "@dnakamura-corp" in a list of code owners: a login after "by",
 *   "por" or an "@" that decomposes into an initial (or a given name) and a family name the lists hold.
 *
 * Every value must still be a person's login by isLogin (person-logins.ts: no machine or shared account, a listed name
 * among its pieces); after "by" and "@", where any word may stand, only the stricter name shapes count. The same login
 * said again elsewhere in the text is the same person. Each reading is gated by a plain substring test.
 */

const SCORE = 0.7;
const TYPE = 'LOGIN_FIELD';

const LOGIN = '([A-Za-z_][A-Za-z0-9._-]{1,39})';
const SSH_AUTH = new RegExp(
  String.raw`\b(?:Accepted|Failed|Postponed) (?:password|publickey|keyboard-interactive(?:/pam)?|hostbased|gssapi-with-mic|none) for (?!invalid user )${LOGIN} from `,
  'gd',
);
const PAM_SESSION = new RegExp(String.raw`\bsession (?:opened|closed) for user ${LOGIN}`, 'gd');
const SUDO = new RegExp(String.raw`\bsudo(?:\[\d+\])?:[ \t]+${LOGIN} : `, 'gd');
const LOGIN_OUTCOME = new RegExp(
  String.raw`\b(?:log[ -]?in|logon|sign[ -]?in|authentication) (?:failed|failure|succeeded|successful|success|attempt|denied|error)(?:[ \t]+for(?:[ \t]+user)?[ \t]+|[ \t]*:[ \t]*)["'“]?${LOGIN}`,
  'gid',
);
const USER_WORD = new RegExp(String.raw`\b(?:user|usuario|usuaria)[ \t]+["'“]?${LOGIN}`, 'gid');
// "her Discord handle is bjorn_kv", "username: kasia_m", "mi nick es @leo.quispe": a handle a sentence or a field names.
const HANDLE_WORD = new RegExp(
  String.raw`\b(?:handle|user ?name|nick(?:name)?|gamertag|screen name|display name)(?:[ \t]+(?:is|was|es|era))?[ \t]*:?[ \t]+["'“]?@?${LOGIN}`,
  'gid',
);
const BY_WORD = new RegExp(String.raw`(?<![\p{L}\d_-])(?:by|por)[ \t]+@?${LOGIN}`, 'gidu');
const AT_HANDLE = new RegExp(String.raw`(?<![\p{L}\d_.@-])@${LOGIN}`, 'gdu');

// "ana.ruiz@" (a tailscale or a chat list cuts the domain), "owner ana.ruiz", "'ana.ruiz'": a dotted login standing alone.
const DOTTED_AT = /(?<![\p{L}\d_.@/\\:-])([a-z]{2,20}\.[a-z]{3,24})@?(?![\p{L}\d_./\\(-]|@[\p{L}\d])/duy;
const lowerAscii = (c: number) => c >= 0x61 && c <= 0x7a;

/** What a login may not end on after a dot: a file's or a host's suffix ("by notes.txt", "@ruiz.com"). */
const SUFFIXES = new Set(
  'txt csv json yaml yml xml html htm md pdf doc docx xls xlsx log conf cfg ini sh py js ts java rb go php sql zip gz tar png jpg jpeg gif svg com org net edu gov io dev app local internal lan es mx ar co uk de fr'.split(
    ' ',
  ),
);

const NOT_NAME = WORD.COMMON | WORD.PLACE | WORD.PRODUCT | WORD.WORD_SHAPED | WORD.ORG_SUFFIX;

function nameWord(lex: NameLexicon, key: string, min = 3): boolean {
  if (key.length < min) return false;
  const bits = lex.wordInfo(key);
  return (bits & (GIVEN | WORD.SURNAME)) !== 0 && (bits & NOT_NAME) === 0;
}

function familyWord(lex: NameLexicon, key: string): boolean {
  if (key.length < 4) return false;
  const bits = lex.wordInfo(key);
  return (bits & WORD.SURNAME) !== 0 && (bits & (NOT_NAME | WORD.FIRST_NAME)) === 0;
}

/** "jlindqvist", "jpgarcia", "annakowalski": one or two initials and a family name, or a given and a family name. */
function oneWordName(p: string, lex: NameLexicon): boolean {
  if (p.length < 6 || (lex.wordInfo(p) & (NOT_NAME | WORD.SPANISH)) !== 0) return false;
  // "agentes", "defectos": the plural of an ordinary word.
  if (p.endsWith('s') && (lex.isWord(WORD.COMMON, p.slice(0, -1)) || lex.isWord(WORD.COMMON, p.slice(0, -2))))
    return false;
  if (familyWord(lex, p.slice(1)) && p.length >= 6) return true;
  if (familyWord(lex, p.slice(2)) && p.length >= 8) return true;
  for (let cut = 3; cut <= p.length - 4; cut++) {
    const given = p.slice(0, cut);
    if ((lex.wordInfo(given) & GIVEN) !== 0 && (lex.wordInfo(given) & NOT_NAME) === 0 && familyWord(lex, p.slice(cut)))
      return true;
  }
  return false;
}

/**
 * "ana.ruiz", "tomasz.wrobel@": a given name the lists hold as nothing else, a dot and a family name, alone between
 * spaces, quotes or brackets: no file ("notes.txt"), host ("ruiz.com") or code member ("grace.period") is spelt so.
 */
function dottedLogins(text: string, lex: NameLexicon, found: Finding[]): void {
  // A match opens where the run of a-z letters right before its dot does (a letter before that run fails the
  // look-behind) and holds one dot: the regex is tried at each such run, from the dots, instead of at every position.
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!lowerAscii(text.charCodeAt(dot + 1))) continue;
    let from = dot;
    while (from > 0 && lowerAscii(text.charCodeAt(from - 1))) from--;
    if (dot - from < 2 || dot - from > 20) continue;
    DOTTED_AT.lastIndex = from;
    const m = DOTTED_AT.exec(text);
    if (m === null) continue;
    const [given, family] = m[1]!.split('.') as [string, string];
    if (SUFFIXES.has(family)) continue;
    const g = lex.wordInfo(given);
    if ((g & WORD.FIRST_NAME) === 0 || (g & (NOT_NAME | WORD.AMBIGUOUS_NAME | WORD.SPANISH)) !== 0) continue;
    if (!familyWord(lex, family)) continue;
    const start = m.indices![1]![0];
    found.push({ start, end: start + m[1]!.length, label: 'PERSON', type: TYPE, score: SCORE, detector: 'nlp' });
  }
}

/** "k.mensah", "ana_ruiz", "sigrid-aas", "ruiz.a": an initial or a name, then a name or an initial. */
function twoPartName(a: string, b: string, lex: NameLexicon): boolean {
  if (a.length <= 2 && /^\p{L}+$/u.test(a)) return nameWord(lex, b, 4);
  if (!nameWord(lex, a)) return false;
  return b.length === 1 || nameWord(lex, b);
}

/**
 * Whether a login is built from a person's name in one of the usual shapes (first.last, f.last, flast, firstl,
 * first_last, first-last), with a trailing number or a short tag a directory adds ("dnakamura-corp", "mtorres_gdl").
 */
export function nameShapedLogin(value: string, lex: NameLexicon): boolean {
  return nameCore(value, lex) !== undefined;
}

/** The name part of a name-shaped login, its pieces joined ("a.moreau" -> "amoreau", "dnakamura-corp" -> "dnakamura"). */
function nameCore(value: string, lex: NameLexicon): string | undefined {
  const v = foldKey(value.replace(/^@/, '')).replace(/\d+$/, '');
  const pieces = v.split(/[._-]+/).filter((p) => p.length > 0);
  if (pieces.length === 0 || pieces.length > 3) return undefined;
  // "notes.txt", "ruiz.mx": a file or a host after a dot ("agarrido_mx" keeps its tag).
  const dotted = /\.([a-z0-9]+)$/.exec(v);
  if (dotted && SUFFIXES.has(dotted[1]!)) return undefined;
  if (!pieces.every((p) => /^\p{L}+$/u.test(p))) return undefined;
  const shaped = (ps: string[]) =>
    ps.length === 1 ? oneWordName(ps[0]!, lex) : ps.length === 2 && twoPartName(ps[0]!, ps[1]!, lex);
  if (shaped(pieces)) return pieces.join('');
  // A directory's tag after the name: a short piece that names nothing by itself.
  const tag = pieces[pieces.length - 1]!;
  if (pieces.length >= 2 && tag.length <= 6 && !nameWord(lex, tag) && shaped(pieces.slice(0, -1)))
    return pieces.slice(0, -1).join('');
  return undefined;
}

const LOWER_LOGIN = /^[a-z][a-z0-9._-]*$/;
/** An issue or pull request a changelog line credits ("(#812)", "in #812", ".../pull/812"). */
const CREDIT_LINE = /(?:^|[\s(])#\d{2,}\b|\/(?:pull|issues|merge_requests)\/\d+/;

/** The line around `at`, at most 200 characters either side (a long single-line text is not read whole per match). */
function lineAround(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 200), at + 200);
  const here = Math.min(at, 200);
  const from = window.lastIndexOf('\n', here) + 1;
  const to = window.indexOf('\n', here);
  return window.slice(from, to < 0 ? window.length : to);
}
const CAPS_LOGIN = /^[A-Z][A-Z0-9]*[._-][A-Z0-9._-]*$/;

/**
 * People's logins read from log wording, "user"/"usuario", "by"/"por" and "@" (none overlapping `taken`). isLogin is
 * person-logins' test of a person's login.
 */
export function cuedLogins(
  text: string,
  taken: readonly Finding[],
  lex: NameLexicon,
  isLogin: (value: string, column?: boolean) => boolean,
): Finding[] {
  const found: Finding[] = [];
  // `fixed`: the log's own wording says the value is an account (sshd, PAM, sudo), as a user column's header does, so
  // the login needs no listed name in it ("okonkwo", "tuulikki"); machine and shared accounts are still nobody.
  const read = (re: RegExp, strict: boolean, anyCase = false, fixed = false) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const raw = m[1]!;
      const value = raw.replace(/[._-]+$/, '');
      const start = m.indices![1]![0];
      const after = text[start + raw.length] ?? ' ';
      // The local part of an address, a path or a host name: the address's own finding, or no one's.
      if (after === '@' || after === '/' || (after === '.' && /[\p{L}\d]/u.test(text[start + raw.length + 1] ?? '')))
        continue;
      if (!(LOWER_LOGIN.test(value) || (anyCase && CAPS_LOGIN.test(value)))) continue;
      // "by the", "user group": an ordinary word, the usual case, costs one look-up.
      if (value.length < 4 || (lex.wordInfo(value.toLowerCase()) & (NOT_NAME | WORD.SPANISH)) !== 0) continue;
      // "fix: token race (#4398) by @x, thanks @y": a release note's public credit to a contributor.
      if (strict && CREDIT_LINE.test(lineAround(text, start))) continue;
      // After "by" and "@" the name part must be a person's login by itself ("a.moreau" as "amoreau": no placeholder
      // like "jsmith", no machine account).
      const core = strict ? nameCore(value, lex) : value.toLowerCase();
      if (core === undefined || !isLogin(core, fixed)) continue;
      found.push({ start, end: start + value.length, label: 'PERSON', type: TYPE, score: SCORE, detector: 'nlp' });
    }
  };
  if (text.includes(' for ')) {
    if (text.includes('Accepted ') || text.includes('Failed ') || text.includes('Postponed '))
      read(SSH_AUTH, false, false, true);
    if (text.includes('session ')) read(PAM_SESSION, false, false, true);
  }
  if (text.includes('sudo')) read(SUDO, false, false, true);
  if (/log[ -]?in|logon|sign[ -]?in|authentication/i.test(text)) read(LOGIN_OUTCOME, false);
  if (/user|usuari/i.test(text)) read(USER_WORD, false, true);
  if (/handle|name|nick|gamertag/i.test(text)) read(HANDLE_WORD, false, true);
  if (/\b(?:by|por)[ \t]/i.test(text)) read(BY_WORD, true);
  if (text.includes('@')) read(AT_HANDLE, true);
  if (text.includes('.')) dottedLogins(text, lex, found);
  if (found.length === 0) return [];
  return withRepeatedLogins(text, found, taken, lex);
}
