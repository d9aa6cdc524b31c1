import { alignedCells, type Delimiter, delimiterOf, splitCells } from '../table/cells.js';
import type { NameSpan } from './structured-names.js';

/**
 * People that an operational record names in a fixed place, whatever the name looks like:
 *
 * - Airline reservations (PNR dumps): "1.GARRIDO/ISMAEL MR", "SSR DOCS ... /F/12MAR31/GARRIDO/ISMAEL/P1",
 *   "(INFGARRIDO/LUNA/03JAN25)": SURNAME/GIVEN in capitals, with a title, a passenger number or a passenger tag.
 * - Directory and logon records: "sAMAccountName: jferrer", "uid: a.kowalczyk", a Windows event's
 *   "Account Name: l.mbatha": the login of a person (not a machine account "PC07$", a service or a built-in account).
 * - Screening and study logs whose header has an "Initials" column: the subject's initials ("J.P.", "K.L-M.").
 * - Social-listening exports with a handle column ("platform,handle,posted,text"): each poster's handle, except the
 *   account the posts are addressed to (the one that other rows mention with an "@").
 */

// --- PNR names ---------------------------------------------------------------------------------------------------

const PNR_TITLE = /^[ \t]?(?:MRS|MR|MS|MSTR|MISS|DR|PROF)(?=$|[\s(/*,;.])/;
// A passenger number just before the name: "1.", "2.1", " 3."
const PAX_NUMBER = /(?:^|[\s(])\d{1,2}\.\d{0,2}$/;
// Words of a booking record around its passenger lines: segment status, special service and ticketing lines.
const PNR_MARKER =
  /\b(?:SSR|OSI|TKT|TKTL|FQTV|RP\/[A-Z0-9]+|HK\d|PNR|record locator|booking ref(?:erence)?|localizador)\b/i;
const CAPS_PART = /^[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'-]*$/;
// Capital words that "X/Y" pairs of ordinary writing hold ("AND/OR", "YES/NO", "IN/OUT").
const NOT_NAMES = new Set(['AND', 'OR', 'Y', 'O', 'YES', 'NO', 'SI', 'ON', 'OFF', 'IN', 'OUT', 'TO', 'FROM', 'N', 'A']);

function isCap(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function capWordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isCap(c) || ((c === 39 || c === 45) && i > from && isCap(text.charCodeAt(i + 1)))) i++;
    else break;
  }
  return i;
}

function capWordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isCap(c) || ((c === 39 || c === 45) && i - 1 > 0 && isCap(text.charCodeAt(i - 2)))) i--;
    else break;
  }
  return i;
}

interface PnrPair {
  start: number;
  slash: number;
  end: number;
  surname: string;
}

/** "SURNAME/GIVEN[ MIDDLE]" pairs in capitals, each slash looked at alone (no regex over the text). */
function pnrPairs(text: string): PnrPair[] {
  const pairs: PnrPair[] = [];
  for (let slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', slash + 1)) {
    if (!isCap(text.charCodeAt(slash - 1)) || !isCap(text.charCodeAt(slash + 1))) continue;
    const start = capWordStart(text, slash);
    let end = capWordEnd(text, slash + 1);
    const after = text.charCodeAt(end);
    // "/MADJF21XX", "K72019384": letters glued to digits are codes, not names.
    if (after >= 48 && after <= 57) continue;
    // "1.1QUISPE/ROSARIO": a Sabre passenger number glued to the name; other letters or digits before are a code.
    if (start > 0 && /[0-9a-z]/.test(text[start - 1]!) && !/\d\.\d$/.test(text.slice(Math.max(0, start - 3), start)))
      continue;
    // More given names: "GARRIDO/ISMAEL JOSE MR" (a title or a date ends them).
    for (let k = 0; k < 2 && text[end] === ' ' && isCap(text.charCodeAt(end + 1)); k++) {
      const next = capWordEnd(text, end + 1);
      const word = text.slice(end + 1, next);
      if (PNR_TITLE.test(` ${word}`) || /[0-9a-z]/.test(text[next] ?? '') || word.length < 2) break;
      end = next;
    }
    const surname = text.slice(start, slash);
    const given = text.slice(slash + 1, end);
    if (!CAPS_PART.test(given) && !/^[A-Z\u00C0-\u00DE' -]+$/.test(given)) continue;
    if (NOT_NAMES.has(surname) || NOT_NAMES.has(given.split(' ')[0]!)) continue;
    pairs.push({ start, slash, end, surname });
  }
  return pairs;
}

function pnrNames(text: string, out: NameSpan[]): void {
  if (!text.includes('/')) return;
  const pairs = pnrPairs(text);
  if (pairs.length === 0) return;
  const surnames = new Set<string>();
  const numberedOnly: string[] = [];
  for (const p of pairs) {
    if (p.slash - p.start < 2) continue;
    // "TCP/IP MS": with a title alone, the given name has three letters or more.
    const titled = PNR_TITLE.test(text.slice(p.end, p.end + 6)) && p.end - p.slash > 3;
    const tagged = /^\/P\d/.test(text.slice(p.end, p.end + 3));
    if (titled || tagged) surnames.add(p.surname);
    else if (PAX_NUMBER.test(text.slice(Math.max(0, p.start - 7), p.start))) numberedOnly.push(p.surname);
  }
  // "see section 3.AUTH/LOGIN": a number before a pair is a passenger's only in a booking record, told by a titled
  // or tagged passenger, two numbered ones of one family, or the record's own words (searched for only when a
  // numbered pair waits on them).
  if (numberedOnly.length > 0) {
    const family = numberedOnly.some((surname, k) => numberedOnly.indexOf(surname) !== k);
    if (family || surnames.size > 0 || PNR_MARKER.test(text)) for (const surname of numberedOnly) surnames.add(surname);
  }
  if (surnames.size === 0) return;
  for (const p of pairs) {
    let start = p.start;
    if (!surnames.has(p.surname)) {
      // "(INFGARRIDO/LUNA/...)": an infant's name glued to its tag.
      const known = [...surnames].find((s) => p.surname.length > s.length && p.surname.endsWith(s));
      if (known === undefined) continue;
      start = p.slash - known.length;
    }
    out.push({ start, end: p.end, type: 'PNR_NAME' });
  }
}

// --- Directory and logon accounts ----------------------------------------------------------------------------------

// The key of an account line; the line is read only where one is found at a line's start.
const ACCOUNT_KEY = /(?:sAMAccountName|uid|Account Name|TargetUserName|Nombre de cuenta)[ \t]*:[ \t]*/gi;
const ACCOUNT_VALUE = /^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,2}$/;
// Built-in and shared accounts, and the prefixes of service accounts: no one person.
const BUILT_IN = new Set([
  'system',
  'administrator',
  'administrador',
  'admin',
  'guest',
  'invitado',
  'krbtgt',
  'anonymous',
  'root',
  'nobody',
  'defaultaccount',
  'wdagutilityaccount',
  'iusr',
]);
const SERVICE_PREFIX = /^(?:svc|srv|sa|service|app|sql|backup|scan|test|adm|admin|ops|sys)(?:[._-]|$)/;

function accountNames(text: string, out: NameSpan[], isWord: (word: string) => boolean): void {
  ACCOUNT_KEY.lastIndex = 0;
  for (let m = ACCOUNT_KEY.exec(text); m; m = ACCOUNT_KEY.exec(text)) {
    let lineStart = m.index;
    while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
    if (lineStart > 0 && text[lineStart - 1] !== '\n') continue;
    const from = ACCOUNT_KEY.lastIndex;
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const value = text.slice(from, to).trimEnd();
    if (!ACCOUNT_VALUE.test(value)) continue;
    const field = m[0];
    const key = value.toLowerCase();
    if (key.length < 3 || key.length > 32 || BUILT_IN.has(key) || SERVICE_PREFIX.test(key)) continue;
    // A bank form's "Account Name: Savings": an ordinary word or a capitalised one is no login.
    if (/^\S+ \S/.test(field) && (value !== key || isWord(value)) && !/[._]/.test(value)) continue;
    if (/^\d|\d{5}/.test(value)) continue;
    out.push({ start: from, end: from + value.length, type: 'ACCOUNT_NAME' });
  }
}

// --- Subject initials in a study log --------------------------------------------------------------------------------

const INITIALS_HEADER = /^.*\b(?:[Ii]nitials|INITIALS|[Ii]niciales|INICIALES)\b.*$/gmu;
// "J.P.", "K.L-M.", "JPR": two to four capitals, with dots or a hyphen between.
const INITIALS = /^\p{Lu}\.?(?:-?\p{Lu}\.?){1,3}$/u;
const DOTTED_INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.?){1,3}$/u;
const COMMON_ABBREVIATIONS = new Set(['US', 'UK', 'EU', 'NB', 'PS', 'AM', 'PM', 'ID', 'OK', 'NA', 'ND', 'NR', 'NK']);

/** Cells of a line split by the header's delimiter (blanks around each trimmed), or aligned cells when it has none. */
function cellsOf(line: string, delimiter: Delimiter | undefined): Array<[number, number]> {
  if (delimiter === undefined) return alignedCells(line, 0, line.length).map((c) => [c.start, c.end]);
  return splitCells(line, 0, line.length, delimiter).map(({ start, end }) => {
    while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
    while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    return [start, end];
  });
}

function initialsColumn(text: string, out: NameSpan[]): void {
  INITIALS_HEADER.lastIndex = 0;
  for (let h = INITIALS_HEADER.exec(text); h; h = INITIALS_HEADER.exec(text)) {
    const header = h[0];
    if (header.length === 0) INITIALS_HEADER.lastIndex++;
    const delimiter = delimiterOf(header, 0, header.length);
    const cells = cellsOf(header, delimiter);
    const column = cells.findIndex(([s, e]) =>
      /^(?:subject |pt |patient )?(?:initials|iniciales)$/i.test(header.slice(s, e)),
    );
    if (column < 0 || cells.length < 2) continue;
    let from = h.index + header.length + 1;
    while (from < text.length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const line = text.slice(from, to);
      if (line.trim() === '' || /^[ \t|:+-]+$/.test(line)) {
        if (line.trim() === '') break;
        from = to + 1;
        continue;
      }
      const row = cellsOf(line, delimiter);
      const pick = (s: number, e: number, strict: boolean) => {
        const v = line.slice(s, e).replace(/\s+$/, '');
        if (!(strict ? DOTTED_INITIALS : INITIALS).test(v) || COMMON_ABBREVIATIONS.has(v.replace(/[.-]/g, '')))
          return false;
        out.push({ start: from + s, end: from + s + v.length, type: 'SUBJECT_INITIALS' });
        return true;
      };
      const cell = row.length === cells.length ? row[column] : undefined;
      // Rows whose cells do not line up with the header: dotted initials anywhere in the row.
      if (cell === undefined || !pick(cell[0], cell[1], false)) {
        if (row.length !== cells.length) for (const [s, e] of row) if (pick(s, e, true)) break;
      }
      from = to + 1;
    }
    // The rows read are no header of another table.
    INITIALS_HEADER.lastIndex = Math.max(INITIALS_HEADER.lastIndex, from);
  }
}

// --- Handles of a social-listening export ---------------------------------------------------------------------------

const HANDLE_HEADERS = new Set([
  'handle',
  'user',
  'username',
  'user_name',
  'author',
  'autor',
  'usuario',
  'usuaria',
  'cuenta',
  'screen_name',
]);
const HANDLE_CELL = /^(@|u\/)?([A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){1,29})$/;

// A handle column's header cell, at a line's start or after a delimiter; its line is then read as a header.
const HANDLE_HEADER_CELL =
  /(?:^|[,|\t;])[ \t]*(?:handle|user|username|user_name|author|autor|usuario|usuaria|cuenta|screen_name)[ \t]*(?=[,|\t;]|$)/gim;

/** Where each "@handle" of the text starts (after its "@"), by the handle in lower case. */
function indexMentions(text: string): Map<string, number[]> {
  const byHandle = new Map<string, number[]>();
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let end = at + 1;
    while (end < text.length && /[A-Za-z0-9_.]/.test(text[end]!)) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    if (end === at + 1) continue;
    const key = text.slice(at + 1, end).toLowerCase();
    const list = byHandle.get(key);
    if (list) list.push(at + 1);
    else byHandle.set(key, [at + 1]);
  }
  return byHandle;
}

function handleColumn(text: string, out: NameSpan[]): void {
  if (!text.includes('@') && !text.includes('u/')) return;
  let mentionsByHandle: Map<string, number[]> | undefined;
  HANDLE_HEADER_CELL.lastIndex = 0;
  for (let c = HANDLE_HEADER_CELL.exec(text); c; c = HANDLE_HEADER_CELL.exec(text)) {
    const lineStart = text.lastIndexOf('\n', c.index) + 1;
    let lineEnd = text.indexOf('\n', c.index + 1);
    if (lineEnd < 0) lineEnd = text.length;
    HANDLE_HEADER_CELL.lastIndex = lineEnd;
    const header = text.slice(lineStart, lineEnd);
    const h = { index: lineStart };
    const delimiter = [',', '|', '\t', ';'].find((d) => header.includes(d));
    if (delimiter === undefined || header.length > 200) continue;
    const names = header.split(delimiter).map((c) => c.trim().toLowerCase());
    const column = names.findIndex((c) => HANDLE_HEADERS.has(c));
    if (column < 0 || names.length < 3) continue;
    const found: NameSpan[] = [];
    let row = h.index + header.length + 1;
    while (row < text.length) {
      let rowEnd = text.indexOf('\n', row);
      if (rowEnd < 0) rowEnd = text.length;
      const line = text.slice(row, rowEnd);
      if (!line.includes(delimiter)) break;
      let at = 0;
      for (let k = 0; k < column && at >= 0; k++) at = line.indexOf(delimiter, at) + 1 || -1;
      const cellEnd = line.indexOf(delimiter, at);
      const quote = line.indexOf('"');
      if (at >= 0 && cellEnd > at && (quote < 0 || quote > cellEnd)) {
        const raw = line.slice(at, cellEnd);
        const s = at + raw.length - raw.trimStart().length;
        const m = HANDLE_CELL.exec(raw.trim());
        if (m && /[A-Za-z]/.test(m[2]!)) {
          const start = row + s + (m[1]?.length ?? 0);
          found.push({ start, end: start + m[2]!.length, type: 'HANDLE_COLUMN' });
        }
      }
      row = rowEnd + 1;
    }
    // The account the posts are addressed to: other rows mention it with an "@" (a brand answering its mentions), and
    // it is written with capitals ("@SwiftBoxUK"); a poster that another poster answers ("@lottie_b_92 same") stays.
    // A poster's handle mentioned in another row ("@jo_wren same here") is that person too. Mentions are indexed once.
    mentionsByHandle ??= indexMentions(text);
    const cellStarts = new Set(found.map((f) => f.start));
    const isPerson = new Map<string, boolean>();
    for (const f of found) {
      const key = text.slice(f.start, f.end).toLowerCase();
      let person = isPerson.get(key);
      if (person === undefined) {
        const mentions = (mentionsByHandle.get(key) ?? []).filter((at) => !cellStarts.has(at));
        person = mentions.length === 0 || !/[A-Z]/.test(text.slice(f.start, f.end));
        isPerson.set(key, person);
        if (person) for (const at of mentions) out.push({ start: at, end: at + key.length, type: f.type });
      }
      if (person) out.push(f);
    }
    // The rows read are no header of another table.
    HANDLE_HEADER_CELL.lastIndex = Math.max(HANDLE_HEADER_CELL.lastIndex, row);
  }
}

// --- A full name that the person's own address or login spells ---------------------------------------------------

// "j.vermeulen@", "joost_vermeulen@": a given name or its initial, a dot, "_" or "-", and a family name.
const LOCAL_PART = /^([A-Za-z]+)[._-]([A-Za-z]{3,})$/;

const MAX_ADDRESS_NAMES = 24;
const ARTICLES = new Set(['the', 'a', 'an', 'our', 'el', 'la', 'los', 'las', 'un', 'una', 'del']);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/**
 * "The user (Joost Vermeulen, accounts payable)" beside "To: j.vermeulen@...", or beside a logon record's
 * "Account Name: j.vermeulen": a capitalised given name and family name that the address or the login of the same text
 * spells (the whole given name or its initial, then the family name) are that person, however rare the name.
 */
function spelledByAddress(text: string, out: NameSpan[], logins: readonly NameSpan[], isWord: (w: string) => boolean) {
  const parts: Array<[string, string]> = [];
  for (let at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && /[A-Za-z0-9._%+-]/.test(text[start - 1]!)) start--;
    const m = LOCAL_PART.exec(text.slice(start, at));
    if (m) parts.push([m[1]!.toLowerCase(), m[2]!.toLowerCase()]);
  }
  for (const l of logins) {
    const m = LOCAL_PART.exec(text.slice(l.start, l.end));
    if (m) parts.push([m[1]!.toLowerCase(), m[2]!.toLowerCase()]);
  }
  if (parts.length === 0) return;
  const seen = new Set<string>();
  for (const [given, family] of parts) {
    // Each distinct address costs a scan of the text: a mailing list's hundreds of addresses stop at a bound.
    if (seen.has(`${given}.${family}`) || isWord(family) || seen.size >= MAX_ADDRESS_NAMES) continue;
    seen.add(`${given}.${family}`);
    // The family name capitalised, a whole word, after a capitalised given name and one space.
    const written = family[0]!.toUpperCase() + family.slice(1);
    for (let at = text.indexOf(written); at > 1; at = text.indexOf(written, at + 1)) {
      const end = at + family.length;
      if (isLetter(text.charCodeAt(end)) || text[at - 1] !== ' ') continue;
      let start = at - 1;
      while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
      const word = text.slice(start, at - 1);
      const c = word.charCodeAt(0);
      if (word.length < 2 || c < 65 || c > 90 || word.slice(1) !== word.slice(1).toLowerCase()) continue;
      const key = word.toLowerCase();
      // "the Harbour Vanleeuwen depot": an ordinary word after an article is no given name.
      if (given.length === 1 ? key[0] !== given : key !== given) continue;
      // A given name that is also a word ("Blessing", "Grace") counts unless an article makes it a noun.
      if (
        isWord(key) &&
        ARTICLES.has(
          text
            .slice(Math.max(0, start - 5), Math.max(0, start - 1))
            .toLowerCase()
            .split(/[^a-z]/)
            .pop()!,
        )
      )
        continue;
      out.push({ start, end, type: 'NAME_BY_ADDRESS' });
    }
  }
}

// The cues of the three line readers: an "Initials" header, an account key, a handle column's header cell. Each
// reader runs only where its cue is found. The first two are plain words, looked for as such; the handle reader
// needs an "@" or a "u/" too, so its header cell is searched for only in a text that holds one.
const INITIALS_HINTS = ['nitials', 'niciales', 'NITIALS', 'NICIALES'];
const ACCOUNT_HINTS = ['AccountName', 'ccount Name', 'uid', 'UserName', 'de cuenta'];
const HANDLE_HEADER_WORD =
  '[ \\t]*(?:[Hh]andle|HANDLE|[Uu]ser(?:_?name)?|USER(?:_?NAME)?|[Aa]uthor|AUTHOR|[Aa]utor|AUTOR|[Uu]suari[oa]|USUARI[OA]|[Cc]uenta|CUENTA|screen_name)[ \\t]*(?=[,|\\t;\\r\\n]|$)';
// The cell after a delimiter or a line break (a search led by a character class, cheaper than one led by "^|"),
// and at the text's start.
const HANDLE_HINT = new RegExp(`[,|\\t;\\n\\r\\u2028\\u2029]${HANDLE_HEADER_WORD}`, 'm');
const HANDLE_HINT_AT_START = new RegExp(HANDLE_HEADER_WORD, 'my');

function hasHandleHeader(text: string): boolean {
  if (!text.includes('@') && !text.includes('u/')) return false;
  HANDLE_HINT_AT_START.lastIndex = 0;
  return HANDLE_HINT_AT_START.test(text) || HANDLE_HINT.test(text);
}

/** People named in the fixed places of reservations, directory and logon records, study logs and social exports. */
export function findRecordNames(text: string, out: NameSpan[], isWord: (word: string) => boolean): void {
  pnrNames(text, out);
  const initials = INITIALS_HINTS.some((w) => text.includes(w));
  const account = ACCOUNT_HINTS.some((w) => text.includes(w));
  const handle = hasHandleHeader(text);
  const before = out.length;
  if (account) accountNames(text, out, isWord);
  spelledByAddress(text, out, out.slice(before), isWord);
  if (initials) initialsColumn(text, out);
  if (handle) handleColumn(text, out);
}
