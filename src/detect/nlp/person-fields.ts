import type { Finding } from '../types.js';
import { type KeyKind, keyKind } from './field-keys.js';
import { foldKey } from './fold.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { isPersonLogin, withRepeatedLogins } from './person-logins.js';
import { STAND_IN_DIMINUTIVES, STAND_IN_NAMES } from './stand-in-names.js';

/**
 * People a record names by its field, whatever the format: one reading of a text's (key, value) pairs, the key judged
 * by field-keys.ts and the value by its shape.
 *
 * Pairs read: "key=value", "key: value", "key => value" with the value quoted or not (config and .env lines, YAML and
 * JSON members, PowerShell @{First="..."; Last="..."}, an Apex or toString() dump "FirstName=..., LastName=...", XML
 * attributes, LDIF and vCard lines, log fields), a form's label at a line's start ("Passenger: ...", "Witnessed by: ..."),
 * XML elements ("<username>...</username>"), an MT940 :86: line's "/NAME/.../" and FreeRADIUS's
 * "Login incorrect (...): [login/...]".
 *
 * A value counts when its shape agrees with the key: a name's words (capitalised or in capitals, particles such as
 * "de", "van", "Mac" between them, initials), none a product's, a firm's or an ordinary word unless the lists know it
 * as a name too; a person's login by isPersonLogin (no service or shared account). A key that holds anything ("name",
 * a role such as "Client:", which is as often a firm) needs more: two words, one of them a listed name or an unknown
 * one. A bare "First"/"Last" needs its other half in the text, and template placeholders ("Jane Roe") are nobody.
 */

const SCORE = 0.7;
const TYPE = 'NAME_FIELD_VALUE';

/** Words between a name's parts: "Mac an tSaoi", "El Amrani", "van der Berg", "de la Cruz", "Ní Cheallaigh". */
const PARTICLES = new Set(
  'de del la las los le da das do dos di du van von der den ter ten y e mac mc bin binti ibn bint al el ni nic o ui zu ap abu'.split(
    ' ',
  ),
);
/** Names written in templates and examples for nobody in particular. Folded. */
const PLACEHOLDERS = new Set([
  'john doe',
  'jane doe',
  'john q public',
  'max mustermann',
  'erika mustermann',
  'fulano de tal',
  'fulano',
  'mengano',
  'zutano',
  'first last',
  'firstname lastname',
  'nombre apellido',
  'nombre apellidos',
  'your name',
  'tu nombre',
  'su nombre',
  'test user',
  'foo bar',
  'jane smith',
  'john smith',
  'nombre completo',
  'full name',
]);
/** Words of an account, a team or a role written where a person's name goes ("Support Team", "Admin User"). */
const NOT_PERSON_WORDS = new Set(
  (
    'team equipo group grupo support soporte admin administrator administrador service servicio dept department ' +
    'departamento office oficina desk helpdesk user usuario account cuenta system sistema bot test demo sample ' +
    'example ejemplo unknown desconocido none null undefined redacted anonymous anonimo tbd pending pendiente ' +
    'placeholder dummy fake ' +
    // A firm's words where a role key ("Titular:", "Client:") names a firm: "Laboratorios ...", "... Holdings" (a leaflet's "Titular:").
    'laboratorio laboratorios laboratory laboratories labs lab pharma farma pharmaceuticals farmaceutica industries ' +
    'industrias holdings solutions soluciones services servicios consulting partners associates asociados hermanos ' +
    'hnos company compania corporation corporacion foundation fundacion university universidad hospital clinic ' +
    'clinica school colegio bank banco insurance seguros motors transportes logistics logistica'
  ).split(' '),
);
/** A folded word that stands for nobody ("Fulano de Tal", "Zutanito Gil", "Joe Bloggs"); in a field, "Roe" alone too. */
const standIn = (key: string) => STAND_IN_NAMES.has(key) || STAND_IN_DIMINUTIVES.has(key) || key === 'roe';
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
// A login with a function among its pieces is an account for that function ("lmorrow_web", "ana-ftp"), here where the
// key alone says "user".
const FUNCTION_PIECE =
  /(?:^|[._-])(?:web|ftp|sftp|app|api|admin|adm|svc|deploy|backup|dev|test|prod|ops|bot|sync|mail)(?:$|[._\d-])/i;
const LOGIN_VALUE = /^[A-Za-z][A-Za-z0-9._-]{1,39}$/;
const NAME_BITS = GIVEN | WORD.SURNAME;
const ORDINARY = WORD.COMMON | WORD.PLACE | WORD.WORD_SHAPED | WORD.SPANISH;
const NEVER = WORD.PRODUCT | WORD.ORG_SUFFIX | WORD.PUBLIC_FIGURE;

interface Pair {
  kind: KeyKind;
  /** The key's folded text: a bare "first"/"last" needs its other half (see bareHalves). */
  key: string;
  start: number;
  end: number;
  /** Written between quotes or as an element's text: the whole value, nothing after it to cut off. */
  quoted: boolean;
  /** URL-encoded: "+" and "%20" part the words. */
  encoded?: boolean;
}

const isKeyChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x5f ||
  c === 0x2d ||
  c >= 0xc0;

/** Characters that end a value written without quotes. */
const ENDS_VALUE = new Set([...',;|}]&\n\r\t(<'].map((ch) => ch.charCodeAt(0)));
/** Characters that end a query string's value. */
const ENDS_QUERY = new Set([...'&#"\' \t\n\r<>)]}'].map((ch) => ch.charCodeAt(0)));
const BY_KEY = /^(?:by|por)$/i;
// Up to four words of a label before its colon, after a line's start, a sentence's end or another field.
const LABEL_BEFORE = /(?:^|\n|[.;|]\s+|\t|\s{2})[ \t>*•-]*(\p{L}+(?: \p{L}+){1,3})$/u;

/** The pairs whose key is a person's, at each "=" and ":" of the text. */
function separatorPairs(text: string, out: Pair[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3d && c !== 0x3a) continue;
    const next = text.charCodeAt(i + 1);
    // "==", "://", "::", "14:02": no field.
    if (next === c || next === 0x2f || (next >= 0x30 && next <= 0x39 && c === 0x3a)) continue;
    let keyEnd = i;
    while (keyEnd > 0 && (text[keyEnd - 1] === ' ' || text[keyEnd - 1] === '\t')) keyEnd--;
    let quote = '';
    if (text[keyEnd - 1] === '"' || text[keyEnd - 1] === "'") {
      quote = text[keyEnd - 1]!;
      keyEnd--;
    }
    let keyStart = keyEnd;
    while (keyStart > 0 && keyEnd - keyStart < 40 && isKeyChar(text.charCodeAt(keyStart - 1))) keyStart--;
    if (keyStart === keyEnd) continue;
    if (quote && text[keyStart - 1] !== quote) continue;
    let key = text.slice(keyStart, keyEnd);
    let kind = keyKind(key);
    // A form's label of a few words, at the line's start or after a sentence: "Fire warden:", "Witnessed by:". The
    // longest part of it the vocabulary reads decides; none ("Product name", "Vessel name") and the field is no
    // person's, whatever its last word says.
    if (!quote && c === 0x3a && text[keyStart - 1] === ' ' && (kind !== undefined || BY_KEY.test(key))) {
      const label = LABEL_BEFORE.exec(text.slice(Math.max(0, keyStart - 40), keyEnd));
      if (label) {
        const words = label[1]!.split(' ');
        kind = undefined;
        for (let n = words.length; n >= 2 && kind === undefined; n--) {
          key = words.slice(-n).join(' ');
          kind = keyKind(key);
        }
      }
    }
    if (kind === undefined) continue;
    let v = i + 1 + (c === 0x3d && next === 0x3e ? 1 : 0);
    while (text[v] === ' ' || text[v] === '\t') v++;
    const open = text[v];
    if (c === 0x3d && (text[keyStart - 1] === '?' || text[keyStart - 1] === '&')) {
      // A query string's or a form body's field ("?name=Ana%20Ruiz", "&last_name=Ruiz+Gil"): to the next "&".
      let e = v;
      while (e < text.length && e - v < 120 && !ENDS_QUERY.has(text.charCodeAt(e))) e++;
      out.push({ kind, key: foldKey(key), start: v, end: e, quoted: true, encoded: true });
    } else if (open === '"' || open === "'") {
      const close = text.indexOf(open, v + 1);
      const eol = text.indexOf('\n', v + 1);
      if (close < 0 || (eol >= 0 && eol < close) || close - v > 80) continue;
      out.push({ kind, key: foldKey(key), start: v + 1, end: close, quoted: true });
    } else {
      let e = v;
      while (e < text.length && e - v < 80 && !ENDS_VALUE.has(text.charCodeAt(e))) e++;
      out.push({ kind, key: foldKey(key), start: v, end: e, quoted: false });
    }
  }
}

const XML_ELEMENT = /<([A-Za-z][\w.:-]{0,39})(?:[ \t][^<>\n]*)?>([^<>\n]{1,80})<\/\1>/g;
const MT940_NAME = /\/NAME\/([^/\n]{2,70})/g;
const RADIUS_LOGIN = /\bLogin (?:OK|incorrect)[^[\n]{0,80}: \[([^/\]\s]{2,40})\//g;

function otherPairs(text: string, out: Pair[]): void {
  if (text.includes('</')) {
    for (const m of text.matchAll(XML_ELEMENT)) {
      const kind = keyKind(m[1]!.replace(/^.*:/, ''));
      if (kind === undefined) continue;
      const start = m.index! + m[0].indexOf('>') + 1;
      out.push({ kind, key: foldKey(m[1]!), start, end: start + m[2]!.length, quoted: true });
    }
  }
  if (text.includes(':86:')) {
    for (const m of text.matchAll(MT940_NAME)) {
      const start = m.index! + 6;
      out.push({ kind: 'full', key: 'name', start, end: start + m[1]!.length, quoted: true });
    }
  }
  if (text.includes('Login ')) {
    for (const m of text.matchAll(RADIUS_LOGIN)) {
      const start = m.index! + m[0].length - 1 - m[1]!.length;
      out.push({ kind: 'login', key: 'login', start, end: start + m[1]!.length, quoted: true });
    }
  }
}

/**
 * The name at the start of [start, end): its end, or -1 when the value holds no name of the shape `kind` needs. A quoted
 * value must be the name and nothing else; an unquoted one may go on after a delimiter ("Oona Ferlic (night shift)",
 * "P. Adeyemi-Lowe, Band 5").
 */
function nameEnd(text: string, pair: Pair, lex: NameLexicon): number {
  const value = text.slice(pair.start, pair.end);
  const strong = pair.kind === 'given' || pair.kind === 'family' || pair.kind === 'full';
  const re = /[^ ]+/g;
  let end = -1;
  let words = 0;
  let named = false;
  let unknown = false;
  let initial = false;
  let lastParticle = false;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    // Words are parted by one space.
    if (m.index > 0 && value[m.index - 1] === ' ' && value[m.index - 2] === ' ') break;
    let w = m[0];
    // "Adeyemi-Lowe," "Quiroga." at the value's end: a delimiter after the name.
    const trail = /[.,:;]$/.test(w) && !/^\p{Lu}\.$/u.test(w) ? 1 : 0;
    if (trail) w = w.slice(0, -1);
    const key = foldKey(w);
    if (standIn(key) || ROMAN.test(w)) return -1;
    if (PARTICLES.has(key) && (words > 0 || /^\p{Lu}/u.test(w))) {
      lastParticle = true;
    } else if (NAME_WORD.test(w)) {
      if (w.endsWith('.')) initial = true;
      else {
        const bits = lex.wordInfo(key);
        if (bits & NEVER || NOT_PERSON_WORDS.has(key) || keyKind(w) !== undefined) return -1;
        if (bits & NAME_BITS) named = true;
        // A given name that is also a word ("Joy", "Hope", "Will") opening the value: the next word decides.
        else if (words === 0 && bits & WORD.AMBIGUOUS_NAME) named = true;
        // Under a name part's own key an ordinary word may be part of the name ("Mac Con ...", "Ilse Del Bosque");
        // elsewhere it makes the value a phrase or a thing's name.
        else if (bits & ORDINARY) {
          if (!strong) return -1;
        } else unknown = true;
        words++;
      }
      lastParticle = false;
    } else break;
    end = pair.start + m.index + w.length;
    if (trail) break;
  }
  if (end < 0 || lastParticle || words === 0) return -1;
  // Anything after the name that is no delimiter: the value is a phrase, not a name ("Ana Ruiz said").
  const rest = text.slice(end, pair.end);
  if (pair.quoted ? rest.trim() !== '' : !/^(?:$|\s*$|[ \t]*[,.;:(|–—-]|[ \t]{2})/.test(rest)) return -1;
  const folded = foldKey(text.slice(pair.start, end).replace(/[.]/g, ''));
  if (PLACEHOLDERS.has(folded)) return -1;
  if (strong) return named || unknown ? end : -1;
  // "name", a role, a login key holding a name: two words (or an initial and a family name), one a listed name or one
  // no list knows.
  if (words + (initial ? 1 : 0) < 2) return -1;
  return named || unknown ? end : -1;
}

const BARE = /^(?:first|last|given|family)$/;

/** People a field's value may list. */
const MAX_LISTED = 6;
/** Between two people of a field's list: a role in brackets, then a comma, a semicolon, "and", "y", "&". */
/** The end of `from`'s line, at most a list's length ahead. */
function lineEnd(text: string, from: number): number {
  const eol = text.indexOf('\n', from);
  return Math.min(eol < 0 ? text.length : eol, from + 240);
}

/** Where a listed value that starts at `from` ends: the pairs' own rule, or before "and"/"y" joining the next. */
function valueEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && e - from < 80 && !ENDS_VALUE.has(text.charCodeAt(e))) e++;
  const joined = LIST_JOIN.exec(text.slice(from, e));
  return joined === null ? e : from + joined.index;
}

/** "and", "y", "e" between two listed people. */
const LIST_JOIN = /[ \t](?:and|y|e)[ \t]/;
/** One capitalised word opening a field's value. */
const LONE_WORD = /^\p{Lu}[\p{Ll}'’-]+/u;
const LIST_GAP = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[,;&]|[ \t](?:and|y|e)(?=[ \t]))[ \t]*/;

/** A URL-encoded value read as a name with its "+" and "%20" as spaces: the raw value's end when all of it is one. */
function encodedNameEnd(text: string, pair: Pair, lex: NameLexicon): number {
  const raw = text.slice(pair.start, pair.end);
  if (!/^[\p{L}.'’+-]+(?:(?:%20|\+)[\p{L}.'’-]+)*$/u.test(raw)) return -1;
  const decoded = raw.replace(/%20|\+/g, ' ');
  const end = nameEnd(decoded, { ...pair, start: 0, end: decoded.length }, lex);
  return end === decoded.length ? pair.end : -1;
}

/**
 * Pairs of a template's record: '"fname": "Jane", "lname": "Roe"'. Each pair within a line of a family-name value
 * that is a placeholder ("Doe", "Roe", "Mustermann") stands for nobody.
 */
function placeholderRecords(text: string, pairs: readonly Pair[]): (p: Pair) => boolean {
  const marks: number[] = [];
  for (const p of pairs) {
    const words = text.slice(p.start, p.end).trim().split(/\s+/);
    if (words.some((w) => standIn(foldKey(w.replace(/[.,;]$/, ''))))) marks.push(p.start);
  }
  if (marks.length === 0) return () => false;
  return (p) => marks.some((m) => Math.abs(m - p.start) < 160);
}

const HINT = /name|nombre|apellid|first|last|given|surname|famil|user|login|uid|usuario|<\/|:86:|by:|por:|[a-z]:[ \t]/i;

/** People named by the fields of the text's records (none overlapping `taken`). */
export function fieldNames(text: string, taken: readonly Finding[], lex: NameLexicon): Finding[] {
  if (!HINT.test(text)) return [];
  const pairs: Pair[] = [];
  separatorPairs(text, pairs);
  otherPairs(text, pairs);
  if (pairs.length === 0) return [];
  const dummy = placeholderRecords(text, pairs);
  const names: Finding[] = [];
  const logins: Finding[] = [];
  const kinds: KeyKind[] = [];
  const bare: boolean[] = [];
  for (const p of pairs) {
    if (dummy(p)) continue;
    let s = p.start;
    while (s < p.end && (text[s] === ' ' || text[s] === '@')) s++;
    const pair = { ...p, start: s };
    if (p.kind === 'login') {
      const v = text.slice(s, p.end).trim();
      if (LOGIN_VALUE.test(v) && /[a-z]/.test(v) && !FUNCTION_PIECE.test(v) && isPersonLogin(v, lex)) {
        if (p.quoted || /^\s*$|^[\s,;)|\]}]/.test(text.slice(s + v.length, p.end + 1)))
          logins.push(finding(s, s + v.length));
        continue;
      }
    }
    let end = pair.encoded ? encodedNameEnd(text, pair, lex) : nameEnd(text, pair, lex);
    let start = s;
    const listed = !p.quoted && !pair.encoded;
    // "Reported by: Shauna (senior carer), B. Adeyemi (nurse)": an unquoted value may list people on its line, each
    // after a comma, a semicolon or "and"/"y", a role in brackets allowed after each; the list may open with a given
    // name alone, which other readers judge.
    let lone = false;
    if (end <= start && listed) {
      const one = LONE_WORD.exec(text.slice(s, p.end));
      if (one) {
        end = s + one[0].length;
        lone = true;
      }
    }
    for (let n = 0; end > start && n < MAX_LISTED; n++) {
      if (!lone || n > 0) {
        names.push(finding(start, end));
        kinds.push(p.kind);
        bare.push(BARE.test(p.key));
      }
      if (!listed) break;
      const gap = LIST_GAP.exec(text.slice(end, lineEnd(text, end)));
      if (gap === null) break;
      start = end + gap[0].length;
      end = nameEnd(text, { ...pair, start, end: valueEnd(text, start) }, lex);
    }
  }
  // A bare "First"/"Last" key ("First=", "last:") counts only beside a name read under the other half's key.
  const has = new Set(kinds);
  for (let i = names.length - 1; i >= 0; i--)
    if (bare[i] && !has.has(kinds[i] === 'given' ? 'family' : 'given')) names.splice(i, 1);
  const out: Finding[] = [];
  for (const f of names) if (!overlaps(taken, f) && !overlaps(out, f)) out.push(f);
  if (logins.length > 0) out.push(...withRepeatedLogins(text, logins, [...taken, ...out], lex));
  return out;
}

function finding(start: number, end: number): Finding {
  return { start, end, label: 'PERSON', type: TYPE, score: SCORE, detector: 'nlp' };
}

function overlaps(list: readonly Finding[], f: Finding): boolean {
  for (const g of list) if (g.start < f.end && f.start < g.end) return true;
  return false;
}
