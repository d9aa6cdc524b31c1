import { type CellSpan, countCells, splitCells } from '../table/cells.js';
import type { Finding } from '../types.js';
import { foldKey } from './fold.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';

/**
 * The login of a person where logs, database listings and CI output put it: a user field ("user=mkovacs",
 * "assignee: dsoto", "\"owner\": \"lpetit\""), Jenkins' "Started by user mkovacs", a git line's author before the
 * address ("9f2c1e0 mkovacs <m.kovacs@...>"), and the cells under a user column of a listing ("usename", "owner",
 * "assignee" in a psql or CSV table). Machine and shared accounts (root, postgres, ci, a bot, svc-...) are nobody.
 */

const SCORE = 0.7;
const TYPE = 'LOGIN_FIELD';

/** A field's word a login follows ("user=", "assignee:", "Started by"), in any case. */
const FIELD_WORD =
  /user|usename|owner|author|assignee|reviewer|approver|committer|reporter|requester|login|usuario|started by|common name/i;
/**
 * Cheap test before anything else is read: a "<" (a git line's address) or a field's word. The "<" is looked for
 * apart: as one more alternative of the case-blind list it made V8's search over a text 60% slower.
 */
const hinted = (text: string) => text.includes('<') || FIELD_WORD.test(text);

/** Field names whose value is one person's login (folded: lower case, "_" and "-" dropped). */
const KEYS = new Set([
  'user',
  'username',
  'usename',
  'usuario',
  'login',
  'owner',
  'author',
  'assignee',
  'assignedto',
  'reviewer',
  'approver',
  'approvedby',
  'committer',
  'reporter',
  'requester',
  'requestedby',
  'createdby',
  'updatedby',
  'modifiedby',
  'triggeredby',
  'startedby',
  'authorlogin',
  'userlogin',
  'ownerlogin',
  // An OpenVPN status log's and a client certificate's "Common Name": the user the certificate was made for.
  'commonname',
]);
const keyOf = (s: string) => s.toLowerCase().replace(/[\s_\-"'`.]/g, '');

/** Accounts of machines, services and everybody: no one person. */
const SHARED = new Set([
  'root',
  'admin',
  'administrator',
  'administrador',
  'postgres',
  'mysql',
  'oracle',
  'system',
  'sys',
  'nobody',
  'anonymous',
  'guest',
  'jenkins',
  'gitlab',
  'github',
  'git',
  'deploy',
  'deployer',
  'ci',
  'cd',
  'build',
  'runner',
  'ubuntu',
  'ec2-user',
  'centos',
  'www-data',
  'apache',
  'nginx',
  'daemon',
  'rdsadmin',
  'replication',
  'replicator',
  'reporting',
  'readonly',
  'app',
  'api',
  'web',
  'service',
  'default',
  'unknown',
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'me',
  'you',
  'all',
  'any',
  'everyone',
  'team',
  'test',
  'tester',
  'demo',
  'user',
  'users',
  'owner',
  'timer',
  'scm',
  'cron',
  'scheduler',
  'automation',
  'dependabot',
  'renovate',
  'jdoe',
  'johndoe',
  'janedoe',
  'jsmith',
]);
const SERVICE =
  /^(?:svc|srv|sa|service|app|sql|backup|scan|test|adm|admin|ops|sys|bot|ci|etl|batch|job)(?:[._-]|\d|$)|bot$|\[bot\]|-bot\b|_bot\b|robot|system|service|noreply|no-reply/i;
/** A login: letters first, then letters, digits, dots, "_" or "-"; two to forty characters. */
const LOGIN = /^@?[A-Za-z][A-Za-z0-9._-]{1,39}$/;

export function isPersonLogin(value: string, lex: NameLexicon, column = false): boolean {
  const v = value.replace(/^@/, '').replace(/[.,;:]$/, '');
  if (!LOGIN.test(v) || /\.(?:com|org|net|io|local|internal)$/i.test(v)) return false;
  const key = v.toLowerCase();
  if (SHARED.has(key) || SERVICE.test(key)) return false;
  // "Marketing", "finance", "platform": an ordinary word names a team or a role, not a person's login. Under a user
  // column an initial and a listed family name still are one ("acortes", "jmoral": Spanish words too).
  const bits = lex.wordInfo(foldKey(v));
  if (column && initialAndFamilyName(key, lex)) return true;
  if (bits & (WORD.COMMON | WORD.PRODUCT | WORD.PLACE | WORD.WORD_SHAPED) && !(bits & WORD.FIRST_NAME)) return false;
  // "Radomir Wielgosz" is found as a name elsewhere; a capitalised word alone here is a team as often as a person.
  if (/^\p{Lu}/u.test(v) && !(bits & (WORD.FIRST_NAME | WORD.SURNAME | WORD.MORE_GIVEN))) return false;
  return /[a-z]/.test(v) && (v.match(/\d/g)?.length ?? 0) <= 4 && personLike(key, lex, column);
}

/** "acortes": one initial, then a listed family name of four letters or more, nothing else. */
function initialAndFamilyName(key: string, lex: NameLexicon): boolean {
  return /^[a-z]{5,}$/.test(key) && lex.isWord(WORD.SURNAME, key.slice(1)) && !lex.isWord(WORD.COMMON, key.slice(1));
}

/** Pieces of role and machine accounts that are also given names ("dev12", "art-build", "max_batch"). */
const ROLE_PIECES = new Set([
  'dev',
  'ops',
  'qa',
  'sre',
  'art',
  'max',
  'min',
  'pat',
  'prod',
  'stage',
  'db',
  'etl',
  'ci',
]);
/**
 * Functions of database roles and machine accounts ("prep_admin", "shop_readonly", "crm_api"): no name by themselves,
 * so the login needs a listed name among its other pieces ("kwabena_admin", a person's own admin account, still is).
 */
const FUNCTION_PIECES = new Set([
  'admin',
  'dba',
  'readonly',
  'svc',
  'app',
  'api',
  'deploy',
  'backup',
  'web',
  'ftp',
  'migrator',
  'reporting',
]);

const NAME_BITS = GIVEN | WORD.SURNAME;

/**
 * Whether a login is built from a person's name: no piece is an ordinary word ("invoices_app", "qa-squad"), and one
 * piece is a listed name, alone or after an initial or two ("mkovacs", "ana.ruiz", "dsoto2", "jpgarcia"), unless a
 * user column's header already says so.
 */
function personLike(login: string, lex: NameLexicon, column: boolean): boolean {
  const pieces = login.split(/[._\-\d]+/).filter((p) => p.length > 0);
  let named = false;
  for (const p of pieces) {
    if (ROLE_PIECES.has(p)) return false;
    if (FUNCTION_PIECES.has(p)) continue;
    const bits = lex.wordInfo(foldKey(p));
    if (bits & (WORD.COMMON | WORD.PRODUCT) && !(bits & WORD.FIRST_NAME)) return false;
    if (p.length < 3) continue;
    const isName = (x: string) => x.length >= 3 && (lex.wordInfo(foldKey(x)) & NAME_BITS) !== 0;
    if (isName(p) || isName(p.slice(1)) || isName(p.slice(2)) || isName(p.slice(0, -1))) named = true;
  }
  // Under a user column the header says what the cell is: no listed name needed.
  return named || column;
}

/** "user=mkovacs", "assignee: dsoto", '"owner": "lpetit"', "Started by user mkovacs", "--author=mkovacs". */
const KEY_VALUE =
  /(?<![\p{L}\d_-])((?:user(?:[_-]?name)?|usename|usuario|login|owner|author|assignee|assigned[_ -]to|reviewer|approver|approved[_ -]by|committer|reporter|requester|requested[_ -]by|created[_ -]by|updated[_ -]by|modified[_ -]by|triggered[_ -]by|started by user))["']?[ \t]*(?:[=:][ \t]*)?["']?(@?[A-Za-z][A-Za-z0-9._-]{1,39})/giu;
/** "9f2c1e0 mkovacs <m.kovacs@...>": a login alone before an address in angle brackets. */
const BEFORE_ADDRESS = /(?<=^|[\s(,;])([a-z][a-z0-9._-]{1,39}) <[^<>\s@]+@[^<>\s]+>/gm;

function push(start: number, value: string, out: Finding[]): void {
  const v = value.replace(/[.,;:]$/, '');
  const at = v.startsWith('@') ? start + 1 : start;
  const end = start + v.length;
  if (end > at) out.push({ start: at, end, label: 'PERSON', type: TYPE, score: SCORE, detector: 'nlp' });
}

function keyValues(text: string, lex: NameLexicon, out: Finding[]): void {
  KEY_VALUE.lastIndex = 0;
  for (let m = KEY_VALUE.exec(text); m; m = KEY_VALUE.exec(text)) {
    const key = m[1]!;
    const value = m[2]!;
    const between = m[0].slice(key.length, m[0].length - value.length);
    const started = /started by user$/i.test(key);
    // A field: "=" or ":" after the key, or a key in quotes ('"owner": "x"'); in prose "the user asked" is no field.
    if (!started && !/[=:]/.test(between)) continue;
    if (!started && !KEYS.has(keyOf(key))) continue;
    // The value ends the field: a line's end, punctuation, another field or a gap ("usuario: me bloquearon la tarjeta" is a
    // chat line, not a field).
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (!/^(?:$|\n|\r|[,;)"'|\]}>]|[ \t]*$|[ \t]*\n|[ \t]{2,}|\t|[ \t]+[<([]|[ \t]+[\w.-]+[=:])/.test(rest)) continue;
    // "user: Ana Ruiz" is a full name, found as a name elsewhere; "author: the finance team" is prose.
    const after = text[m.index + m[0].length];
    if (after === ' ' && /^\p{Lu}/u.test(text[m.index + m[0].length + 1] ?? '') && /^\p{Lu}/u.test(value)) continue;
    if (!isPersonLogin(value, lex)) continue;
    push(m.index + m[0].length - value.length, value, out);
  }
  BEFORE_ADDRESS.lastIndex = 0;
  for (let m = BEFORE_ADDRESS.exec(text); m; m = BEFORE_ADDRESS.exec(text)) {
    const value = m[1]!;
    if (/noreply|no-reply|bot/i.test(m[0]) || !isPersonLogin(value, lex)) continue;
    push(m.index, value, out);
  }
}

const COLUMN_HINT = /usename|user|owner|author|assignee|reviewer|login|usuario|common name/i;
const IPV4 = /(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])/;

/** Delimiters of a listing's header, in the order they are tried. */
const DELIMITERS = ['|', '\t', ';', ','] as const;

/** Cells under a user column ("usename", "owner", "assignee") of a psql, CSV or Markdown listing. */
function columns(text: string, lex: NameLexicon, out: Finding[]): void {
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (COLUMN_HINT.test(line)) {
      for (const d of DELIMITERS) {
        if (countCells(text, from, to, d) < 2) continue;
        const header = splitCells(text, from, to, d);
        const wanted = header.flatMap((c, k) => (KEYS.has(keyOf(text.slice(c.start, c.end))) ? [k] : []));
        if (wanted.length === 0) break;
        let row = to + 1;
        while (row < text.length) {
          let rowEnd = text.indexOf('\n', row);
          if (rowEnd < 0) rowEnd = text.length;
          if (rowEnd === row || text.slice(row, rowEnd).trim() === '') break;
          const cells = splitCells(text, row, rowEnd, d);
          if (cells.length !== header.length) {
            // "-----+-----" under a psql header, "|---|" in Markdown: read on; anything else ends the listing.
            if (/^[\s|+:=-]*$/.test(text.slice(row, rowEnd))) {
              row = rowEnd + 1;
              continue;
            }
            break;
          }
          for (const k of wanted) {
            // "Common Name" heads plants and birds as often: only a row holding an IP address is a VPN client's.
            const commonName = keyOf(text.slice(header[k]!.start, header[k]!.end)) === 'commonname';
            if (commonName && !IPV4.test(text.slice(row, rowEnd))) continue;
            cell(text, cells[k]!, lex, out);
          }
          row = rowEnd + 1;
        }
        break;
      }
    }
    from = to + 1;
  }
}

function cell(text: string, c: CellSpan, lex: NameLexicon, out: Finding[]): void {
  let s = c.start;
  let e = c.end;
  while (s < e && /[\s"'`]/.test(text[s]!)) s++;
  while (e > s && /[\s"'`]/.test(text[e - 1]!)) e--;
  const value = text.slice(s, e);
  if (isPersonLogin(value, lex, true)) push(s, value, out);
}

/** Logins of people in user fields, CI lines, git lines and user columns (none overlapping `taken`). */
export function loginNames(text: string, taken: readonly Finding[], lex: NameLexicon): Finding[] {
  if (!hinted(text)) return [];
  const found: Finding[] = [];
  keyValues(text, lex, found);
  if (COLUMN_HINT.test(text)) columns(text, lex, found);
  return withRepeatedLogins(text, found, taken, lex);
}

/**
 * `found` and every other stand-alone occurrence of its logins in the text ("mkovacs" in a later log line is the same
 * person), less the findings that overlap `taken` or an earlier one.
 */
export function withRepeatedLogins(
  text: string,
  found: Finding[],
  taken: readonly Finding[],
  lex: NameLexicon,
): Finding[] {
  const logins = new Set(found.map((f) => text.slice(f.start, f.end)));
  for (const login of logins)
    for (let i = text.indexOf(login); i >= 0; i = text.indexOf(login, i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + login.length] ?? ' ';
      // "/home/mkovacs", "C:\\Users\\mkovacs": the login's own home directory names it too.
      const home = /(?:\/home|\/Users|\\Users)[/\\]$/.test(text.slice(Math.max(0, i - 7), i));
      if ((/[\p{L}\d_.@/-]/u.test(before) && !home) || /[\p{L}\d_@/-]/u.test(after)) continue;
      if (after === '.' && /[\p{L}\d]/u.test(text[i + login.length + 1] ?? '')) continue;
      found.push({ start: i, end: i + login.length, label: 'PERSON', type: TYPE, score: SCORE, detector: 'nlp' });
    }
  for (const login of logins) if (/^[a-z]{5,}$/.test(login)) capitalisedLogin(text, login, lex, found);
  const out: Finding[] = [];
  for (const f of found) if (!overlapping(taken, f.start, f.end) && !overlapping(out, f.start, f.end)) out.push(f);
  return out;
}

/** Up to two capitalised words after a name, each captured ("Ezinne Adebayo-Reid"). */
const WORDS_AFTER = /^[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?:[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+))?/u;

/**
 * "ezinne ... Ezinne's laptop", "ezinne is Ezinne Adebayo": a login of one word of letters is the person's given or
 * family name, and written with a capital it is that person, with the capitalised words right after it (their name in
 * full) unless they are ordinary words, places or a firm's ("Ezinne Street", "Ezinne Ltd").
 */
function capitalisedLogin(text: string, login: string, lex: NameLexicon, found: Finding[]): void {
  const name = login[0]!.toUpperCase() + login.slice(1);
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (/[\p{L}\d_.@/-]/u.test(text[i - 1] ?? ' ') || /[\p{L}\d_@/-]/u.test(text[i + name.length] ?? ' ')) continue;
    let end = i + name.length;
    const more = WORDS_AFTER.exec(text.slice(end, end + 60));
    if (more) {
      for (const w of [more[1], more[2]]) {
        if (w === undefined || lex.isWord(NOT_PART, foldKey(w.replace(/['’]s$/, '')))) break;
        const at = text.indexOf(w, end);
        end = at + w.replace(/['’]s$/, '').length;
      }
    }
    found.push({ start: i, end, label: 'PERSON', type: TYPE, score: SCORE, detector: 'nlp' });
  }
}
const NOT_PART = WORD.COMMON | WORD.PLACE | WORD.ORG_SUFFIX | WORD.PRODUCT | WORD.WORD_SHAPED;

/** The first finding that overlaps [start, end), if any. */
export function overlapping(findings: readonly Finding[], start: number, end: number): Finding | undefined {
  for (const f of findings) if (f.start < end && start < f.end) return f;
  return undefined;
}
