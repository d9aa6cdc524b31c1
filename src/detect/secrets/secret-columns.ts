import type { NamedDetector } from '../registry.js';
import {
  alignedCells,
  type CellSpan,
  countAlignedCells,
  countCells,
  type Delimiter,
  headerWords,
  lineAfter,
  lineAt,
  splitCells,
  trimCell,
} from '../table/cells.js';
import { copyBlocks } from '../table/copy-blocks.js';
import { ID_HEADER_HINT, type IdKind, idCellVerdict, idHeaderKind } from '../table/id-columns.js';
import { jsonKeyFindings } from '../table/json-keys.js';
import { sqlInserts } from '../table/sql-insert.js';
import type { Finding } from '../types.js';
import { accessCode, assignedCredential, cardSecurityCode, columnPassword, pin } from '../validators/secrets.js';
import type { Validated } from '../validators/types.js';

/**
 * Secrets in the columns of a pasted table (a password manager's CSV export, a care rota's key-safe codes, a card
 * list's CVVs, a sheet of Wi-Fi keys): under a header that names a secret every cell of the column holds one, with
 * no cue beside it in the row, and whatever its shape (a plain word is a password too when the header says so).
 * Tables are delimited lines (tab, pipe and Markdown, semicolon, comma) whose header is the top line of its block.
 * A header that names something about the secret (password hint, PIN length, token type, secret name, "password
 * changed") holds no secret; nor does a cell that holds a placeholder, a mask, a switch or a note.
 */

type Kind = 'password' | 'pin' | 'cvv' | 'access' | 'token';

/** Header words that name a password column on their own (folded: no accents, lower case). */
const PASSWORD_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'pwd',
  'pw',
  'passcode',
  'passphrase',
  'contrasena',
  'contrasenas',
  'passwort',
  'kennwort',
  'senha',
  'wachtwoord',
  'losenord',
  'adgangskode',
  'passord',
  'haslo',
  'salasana',
  'psk',
]);
/** Two-word headers that name a password or an answer that opens an account. */
const PASSWORD_PAIRS = new Set([
  'mot de',
  'de passe',
  'memorable word',
  'memorable information',
  'security answer',
  'secret answer',
  'wifi key',
  'wpa key',
  'wlan key',
  'network key',
  'pass phrase',
]);
const CVV_WORDS = new Set(['cvv', 'cvc', 'cv2', 'cvv2', 'cvc2', 'csc']);
const ACCESS_WORDS = new Set(['keysafe', 'lockbox', 'keybox', 'keycode']);
const ACCESS_PAIRS = new Set([
  'access code',
  'door code',
  'gate code',
  'alarm code',
  'entry code',
  'keypad code',
  'key safe',
  'lock box',
  'key box',
  'codigo acceso',
  'codigo alarma',
  'codigo puerta',
  'codigo portal',
  'clave portal',
]);
// LoRaWAN devices are provisioned with root and session keys (AppKey, NwkKey, AppSKey, NwkSKey): whoever holds
// them can join or impersonate the device.
const TOKEN_WORDS = new Set([
  'secret',
  'token',
  'apikey',
  'totp',
  'mfa',
  '2fa',
  'otp',
  'appkey',
  'nwkkey',
  'appskey',
  'nwkskey',
]);
const TOKEN_PAIRS = new Set([
  'api key',
  'secret key',
  'private key',
  'access key',
  'access token',
  'auth token',
  'app key',
  'nwk key',
  // "AppSKey" splits as "app skey"
  'app skey',
  'nwk skey',
]);
/**
 * Header words that describe the secret or its use instead of holding it: a hint, a policy, a length, a date, a
 * name or an id, a state.
 */
const ABOUT_WORDS = new Set([
  'hint',
  'hints',
  'policy',
  'length',
  'len',
  'strength',
  'expiry',
  'expires',
  'expiration',
  'expired',
  'changed',
  'change',
  'last',
  'reset',
  'age',
  'required',
  'requirement',
  'requirements',
  'manager',
  'status',
  'type',
  'updated',
  'rotation',
  'rotated',
  'count',
  'attempts',
  'id',
  'ids',
  'name',
  'names',
  'field',
  'label',
  'format',
  'min',
  'max',
  'minimum',
  'maximum',
  'rule',
  'rules',
  'complexity',
  'score',
  'date',
  'created',
  'protected',
  'enabled',
  'used',
  'question',
  'questions',
  'location',
  'url',
  'link',
  'path',
  'file',
  'vault',
  'ref',
  'mode',
  'method',
  'version',
  'santa',
  'fecha',
  'longitud',
  'caducidad',
  'politica',
  'tipo',
  'nombre',
  'estado',
  'pista',
  'cambio',
]);
/** Words that make a "clave" header a password's: the access, the user's, the Wi-Fi's, the secret one. */
const CLAVE_PASSWORD = new Set(['acceso', 'secreta', 'wifi', 'usuario', 'entrada', 'red', 'login']);
/** Headers of a row that make a bare "pass" column a password (and not a test's pass/fail). */
const USER_WORDS = new Set(['user', 'username', 'login', 'email', 'usuario', 'account', 'userid', 'uid']);

/** Header words a secret column holds: tested only on lines that pass the cheap table gates. */
const HEADER_HINT =
  /pass|pwd|\bpw\b|\bpin\b|cvv|cvc|\bcv2|\bcsc\b|secret|token|api.?key|private.?key|access.?key|totp|\botp\b|\b[2m]fa\b|contrase|clave|kennwort|senha|wachtwoord|l[oö]senord|adgangskode|has[lł]o|salasana|memorable|security answer|wi-?fi key|wpa|wlan|network key|\bpsk\b|key.?safe|lock.?box|key.?box|key.?code|(?:app|nwk)s?.?key|(?:access|door|gate|alarm|entry|keypad) code|c[oó]digo/i;

/** A header cell of a table lined up with spaces is a label: words, digits and a few joiners, no "=" or quotes. */
const HEADER_LABEL = /^[\p{L}\p{N}_ .#/()-]+$/u;

/** A header line is short: longer lines are prose or data, and are not searched for header words. */
const MAX_HEADER_LINE = 1000;
const MAX_HEADER_CELL = 40;
/** Any header cell longer than this is a sentence's stretch between commas, not a label. */
const MAX_SEPARATED_HEADER_CELL = 48;
const MAX_HEADER_WORDS = 4;
const MAX_ROWS = 2000;
const MAX_CELL = 200;
/**
 * A cell that holds a pair or a bracket of code, not a label: a JSON or YAML flow object's member ({"key":"API_KEY",
 * "value":"..."} as a CI variables export or a Postman file writes one per line), an assignment (name=value), a
 * brace. Such a line is a record whose commas part its members, and the line under it is the next record: no header.
 */
const CODE_CELL = /[{}[\]=]|["']\s*:/;
/** A Markdown rule row under the header (|---|:---:|). */
const RULE_ROW = /^[\s|:+-]*$/;
const SCORE = 0.85;
/**
 * A header that names an id or an account outweighs what a rule reads in the cell alone (a health number a
 * record-number rule took, a bank account's first groups a phone rule took). A phone column's cell scores below
 * a row's address read across cells, which may run over the phone beside it: one span for both keeps both.
 */
const ID_SCORES: Record<IdKind, number> = { national_id: 0.96, cedula: 0.9, account: 0.9, phone: 0.8 };

/** The kind of secret a header cell names, or undefined. */
export function secretHeaderKind(header: string, rowWords: ReadonlySet<string>): Kind | undefined {
  if (header.length > MAX_HEADER_CELL) return undefined;
  const words = headerWords(header);
  if (words.length === 0 || words.length > MAX_HEADER_WORDS) return undefined;
  if (words.some((w) => ABOUT_WORDS.has(w))) return undefined;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]} ${words[i + 1]}`);
  // "código de acceso", "clave del portal": the joining word left out.
  const content = words.filter((w) => w !== 'de' && w !== 'del' && w !== 'la' && w !== 'of' && w !== 'the');
  for (let i = 0; i + 1 < content.length; i++) pairs.push(`${content[i]} ${content[i + 1]}`);
  if (words.some((w) => CVV_WORDS.has(w)) || pairs.includes('security code') || pairs.includes('codigo seguridad'))
    return 'cvv';
  if (words.some((w) => ACCESS_WORDS.has(w)) || pairs.some((p) => ACCESS_PAIRS.has(p))) return 'access';
  if (words.includes('pin')) return 'pin';
  if (words.some((w) => PASSWORD_WORDS.has(w)) || pairs.some((p) => PASSWORD_PAIRS.has(p))) return 'password';
  // Spanish "clave" is any key or code (clave_inegi, clave de elector, clave de producto): a password alone or with
  // a word that says which one opens.
  if (words.includes('clave') && (words.length === 1 || words.some((w) => CLAVE_PASSWORD.has(w)))) return 'password';
  if (words.includes('pass') && [...rowWords].some((w) => USER_WORDS.has(w))) return 'password';
  if (words.some((w) => TOKEN_WORDS.has(w)) || pairs.some((p) => TOKEN_PAIRS.has(p))) return 'token';
  return undefined;
}

/** The verdict on a cell of a column of the given kind. */
function judge(kind: Kind, value: string): Validated | null {
  switch (kind) {
    case 'password':
      return columnPassword(value);
    case 'cvv':
      return cardSecurityCode(value);
    case 'pin': {
      const v = pin(value.replace(/[-. ]/g, ''));
      return v && /^\d(?:[-. ]?\d){3,7}$/.test(value) ? v : null;
    }
    case 'access':
      return accessCode(value);
    case 'token':
      return assignedCredential(value);
  }
}

/** The cell without blanks, quotes and Markdown code ticks around it. */
function cellValue(text: string, cell: CellSpan): CellSpan {
  let { start, end } = trimCell(text, cell);
  if (end - start >= 2 && text[start] === '`' && text[end - 1] === '`') {
    start++;
    end--;
  }
  return { start, end };
}

/** Whether the line that ends just before lineStart is a row of the same table (same delimiter, same cells). */
function rowAbove(text: string, lineStart: number, delimiter: Delimiter, cells: number): boolean {
  if (lineStart === 0) return false;
  const [from, to] = lineAt(text, lineStart - 1);
  if (to <= from) return false;
  return countCells(text, from, to, delimiter) === cells;
}

/** The delimiter a line is read by (cells.ts DELIMITERS order: tab, pipe, semicolon, comma), in one pass. */
function lineDelimiter(text: string, from: number, to: number): Delimiter | undefined {
  let found = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) return '\t';
    if (c === 124) found |= 4;
    else if (c === 59) found |= 2;
    else if (c === 44) found |= 1;
  }
  return found & 4 ? '|' : found & 2 ? ';' : found & 1 ? ',' : undefined;
}

/** Whether every cell of text[from, to) split by the delimiter is short enough to be a header's label. */
function shortCells(text: string, from: number, to: number, delimiter: string): boolean {
  let cellStart = from;
  for (let at = text.indexOf(delimiter, from); at >= 0 && at < to; at = text.indexOf(delimiter, at + 1)) {
    if (at - cellStart > MAX_SEPARATED_HEADER_CELL) return false;
    cellStart = at + 1;
  }
  return to - cellStart <= MAX_SEPARATED_HEADER_CELL;
}

/**
 * The secrets in the columns of every table of the text whose header names one. Lines are screened cheaply first
 * (short, a delimiter, the next line holding it too, short cells), and only those are searched for header words:
 * a scan of the whole text for them cost more than the rest of the reader.
 */
export function secretColumnFindings(text: string): Finding[] {
  const out: Finding[] = [];
  if (text.includes('FROM stdin') || text.includes('from stdin')) readCopyBlocks(text, out);
  if (text.includes('INSERT') || text.includes('insert')) readInserts(text, out);
  // A table lined up with spaces has double blanks: most prose has none at all.
  const aligned = text.includes('  ');
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) break; // the last line has no row below it
    const after = to + 1;
    if (to > from && text[to - 1] === '\r') to--;
    const line = to - from;
    if (line < 3 || line > MAX_HEADER_LINE) {
      from = after;
      continue;
    }
    const delimiter = lineDelimiter(text, from, to);
    if (delimiter === undefined) {
      from = aligned && text.slice(from, to).includes('  ') ? readAligned(text, from, to, out) : after;
      continue;
    }
    let below = text.indexOf('\n', after);
    if (below < 0) below = text.length;
    const belowHas = text.indexOf(delimiter, after);
    if (belowHas < 0 || belowHas >= below || !shortCells(text, from, to, delimiter) || !hinted(text.slice(from, to))) {
      from = after;
      continue;
    }
    from = readTable(text, from, to, delimiter, out);
  }
  return out;
}

/**
 * Whether a header line names a secret, an id, an account or a phone somewhere. A line with a run of three digits
 * is a row (a header's labels hold no such run): the id words, many, are tested only on the other lines.
 */
function hinted(line: string): boolean {
  return HEADER_HINT.test(line) || (!hasDigitRun(line) && ID_HEADER_HINT.test(line));
}

/** Whether the line holds three digits in a row. */
function hasDigitRun(line: string): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run === 3) return true;
  }
  return false;
}

/** The header's columns that name an id, an account or a phone (table/id-columns.ts), each with its kind. */
function idColumns(names: readonly string[]): Array<{ k: number; kind: IdKind }> {
  const columns: Array<{ k: number; kind: IdKind }> = [];
  names.forEach((n, k) => {
    if (n.length > MAX_HEADER_CELL || !ID_HEADER_HINT.test(n)) return;
    const kind = idHeaderKind(n, headerWords(n));
    if (kind) columns.push({ k, kind });
  });
  // A sort code names the bank's branch: it is the account holder's only beside an account column of its table
  // (a branch list's sort codes are the bank's, as a routing number is).
  const sortCode = (k: number) => /^sort[\s_.-]?code$/i.test(names[k]!.trim());
  if (!columns.some((c) => c.kind === 'account' && !sortCode(c.k)))
    return columns.filter((c) => !(c.kind === 'account' && sortCode(c.k)));
  return columns;
}

/**
 * The id column's cell in a row: the header's column, or, where the row has one cell more than the header (a
 * name written as two cells, a comma left unquoted before the column), the one after it when only that one holds
 * a value of the column's shape.
 */
function pushId(text: string, row: readonly CellSpan[], k: number, shift: number, kind: IdKind, out: Finding[]): void {
  const at = (i: number) => {
    const raw = row[i];
    if (!raw) return undefined;
    const cell = cellValue(text, raw);
    if (cell.end <= cell.start || cell.end - cell.start > MAX_CELL) return undefined;
    const verdict = idCellVerdict(kind, text.slice(cell.start, cell.end));
    return verdict ? { cell, verdict } : undefined;
  };
  let hit = at(k);
  if (shift === 1) {
    const next = at(k + 1);
    if (hit && next) return;
    hit ??= next;
  }
  if (!hit) return;
  out.push({
    start: hit.cell.start,
    end: hit.cell.end,
    label: hit.verdict.label,
    type: hit.verdict.type,
    score: ID_SCORES[kind],
    detector: 'id-columns',
  });
}

/** The header's columns that name a secret, each with its kind; the header's other words say which kind. */
function secretColumns(names: readonly string[]): Array<{ k: number; kind: Kind }> {
  const rowWords = new Set(names.flatMap((n) => (n.length <= MAX_HEADER_CELL ? headerWords(n) : [])));
  const columns: Array<{ k: number; kind: Kind }> = [];
  names.forEach((n, k) => {
    const kind = secretHeaderKind(n, rowWords);
    if (kind) columns.push({ k, kind });
  });
  return columns;
}

/** INSERT statements with a column list: the list names each value of every tuple (NULL is no value). */
function readInserts(text: string, out: Finding[]): void {
  for (const insert of sqlInserts(text)) {
    const names = insert.columns.map((c) => text.slice(c.start, c.end));
    const columns = secretColumns(names);
    const ids = idColumns(names);
    if (columns.length === 0 && ids.length === 0) continue;
    for (const row of insert.rows) {
      if (row.length !== names.length) continue;
      for (const { k, kind } of columns)
        if (!/^null$/i.test(text.slice(row[k]!.start, row[k]!.end).trim())) push(text, row[k]!, kind, out);
      for (const { k, kind } of ids) pushId(text, row, k, 0, kind, out);
    }
  }
}

/** pg_dump's COPY blocks (table/copy-blocks.ts): the column list names each cell of the rows below it. */
function readCopyBlocks(text: string, out: Finding[]): void {
  for (const { names, rows } of copyBlocks(text)) {
    const columns = secretColumns(names);
    const ids = idColumns(names);
    if (columns.length === 0 && ids.length === 0) continue;
    for (const row of rows) {
      for (const { k, kind } of columns) push(text, row[k]!, kind, out);
      for (const { k, kind } of ids) pushId(text, row, k, 0, kind, out);
    }
  }
}

/**
 * Reads the table whose header line is text[from, to) when its header names a secret column; returns where the scan
 * goes on (after the rows read, or the line after the header).
 */
function readTable(text: string, from: number, to: number, delimiter: Delimiter, out: Finding[]): number {
  const next = lineAfter(text, to);
  const header = splitCells(text, from, to, delimiter);
  const separated = delimiter === ',' || delimiter === ';';
  if (header.length < (separated ? 3 : 2)) return next;
  if (rowAbove(text, from, delimiter, header.length)) return next;
  const names = header.map((c) => text.slice(c.start, c.end).trim());
  if (names.some((n) => CODE_CELL.test(n))) return next;
  const columns = secretColumns(names);
  const ids = idColumns(names);
  if (columns.length === 0 && ids.length === 0) return next;
  let rowStart = next;
  for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
    const [rf, rt] = lineAt(text, rowStart);
    if (rt <= rf || !text.slice(rf, rt).includes(delimiter)) break;
    rowStart = lineAfter(text, rt);
    if (RULE_ROW.test(text.slice(rf, rt))) continue;
    const row = splitCells(text, rf, rt, delimiter);
    const shift = row.length - header.length;
    if (shift === 0 || shift === 1) for (const { k, kind } of ids) pushId(text, row, k, shift, kind, out);
    if (shift !== 0) continue;
    for (const { k, kind } of columns) push(text, row[k]!, kind, out);
  }
  return rowStart;
}

/**
 * Reads a table lined up with spaces (a data frame's or a query's print: cells parted by two blanks or more) whose
 * header line is text[from, to): the rows are the lines below with as many cells. Returns where the scan goes on.
 */
function readAligned(text: string, from: number, to: number, out: Finding[]): number {
  const next = lineAfter(text, to);
  if (next >= text.length) return next;
  // The cheap tests first: a row lined up below, then cells on this line, then the header words.
  const [bf, bt] = lineAt(text, next);
  const below = text.slice(bf, bt);
  if (!below.includes('  ')) return next;
  const line = text.slice(from, to);
  const count = countAlignedCells(line);
  if (count < 2 || !hinted(line)) return next;
  const firstRow = countAlignedCells(below);
  // A data frame prints its index before each row under no header: one cell more than the header, read past.
  const shift = firstRow - count;
  if (shift !== 0 && shift !== 1) return next;
  // The header is the block's top line: a line above with as many cells makes this one a row (a config file's
  // "key   = value" lines line up too).
  if (from > 0) {
    const [af, at] = lineAt(text, from - 1);
    if (at > af && countAlignedCells(text.slice(af, at)) === count) return next;
  }
  const header = alignedCells(text, from, to);
  const names = header.map((c) => text.slice(c.start, c.end));
  if (names.some((n) => n.length > MAX_SEPARATED_HEADER_CELL || !HEADER_LABEL.test(n))) return next;
  const columns = secretColumns(names);
  const ids = idColumns(names);
  if (columns.length === 0 && ids.length === 0) return next;
  let rowStart = next;
  for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
    const [rf, rt] = lineAt(text, rowStart);
    const row = alignedCells(text, rf, rt);
    if (row.length !== count + shift) break;
    rowStart = lineAfter(text, rt);
    for (const { k, kind } of columns) push(text, row[k + shift]!, kind, out);
    for (const { k, kind } of ids) pushId(text, row, k + shift, 0, kind, out);
  }
  return rowStart;
}

/** The cell as a finding when the verdict on its value for the column's kind says it holds a secret. */
function push(text: string, raw: CellSpan, kind: Kind, out: Finding[]): void {
  const cell = cellValue(text, raw);
  if (cell.end <= cell.start || cell.end - cell.start > MAX_CELL) return;
  // pg_dump's null.
  if (cell.end - cell.start === 2 && text.startsWith('\\N', cell.start)) return;
  const verdict = judge(kind, text.slice(cell.start, cell.end));
  if (verdict === null) return;
  out.push({
    start: cell.start,
    end: cell.end,
    label: 'SECRET',
    type: verdict.type ?? 'PASSWORD',
    score: SCORE,
    detector: 'secret-columns',
  });
}

/** The column reader as one of the engine's extra detectors. */
export class SecretColumnDetector implements NamedDetector {
  readonly id = 'secret-columns';
  detect(text: string): Finding[] {
    const found = secretColumnFindings(text);
    const keyed = jsonKeyFindings(text);
    return keyed.length === 0 ? found : found.concat(keyed);
  }
}
