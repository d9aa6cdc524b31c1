import type { Finding } from '../types.js';
import { luhnValid } from './checksums.js';
import { iban, mxClabe } from './financial.js';
import { esCif, esDniNie, mxCurp, mxRfc, usSsn } from './national-ids.js';

/**
 * Fixed-width records: lines of one layout whose fields are glued with no separator (a bank's payment file, a
 * mainframe dump, a tax authority's return file). No pattern written for a value with its own boundaries finds
 * one there, so the layout decides:
 * - a COBOL copybook in the text (05 CUST-SSN PIC 9(9).) gives each field's columns and, by its name, its kind;
 *   the records below it that have the copybook's length are cut by it (a validator still judges the value);
 * - a UK BACS (Standard 18) payment line: destination sort code and account, account type, transaction code
 *   (99 credit, 17 debit, 01, 18, 19, Z4, Z5), then originating sort code and account, both at fixed columns;
 * - a US ACH (NACHA) entry detail record: the receiver's account after the routing number that passes its check;
 * - a checksum-valid Spanish NIF / NIE / CIF at the same column of several records, where the ids that pass
 *   their check make most of the id-shaped values in that column (the evidence counted per column, not per line:
 *   one lucky check letter in a product code is no layout);
 * - values with their own check glued inside a long run (a Mexican payroll dispersion layout: name, CURP, CLABE,
 *   amount, date; a SEPA or Norma 34 legacy record: IBAN after the creditor's fields): a CURP (letters, birth date,
 *   sex, state, consonants and check digit) and an IBAN (country length and mod 97) stand on their own; a CLABE,
 *   a person's RFC with its check character or an IMSS social security number (NSS, Luhn) only at the column of
 *   two records or more where they all pass, or glued right against a CURP or IBAN that does (the field next to it
 *   in the layout).
 * Gated by glued digit runs: a text without at least two runs of eight or more digits glued to other letters or
 * digits (or fourteen digits alone) is left at once.
 */

export interface FixedWidthFinding extends Finding {
  specificity: number;
}

const MIN_GLUED_LINES = 2;

/** Start offsets of lines holding a glued run of digits (8+ digits touching a letter or digit run, or 14+). */
function recordLineStarts(text: string, digits: readonly number[]): number[] {
  const starts: number[] = [];
  let lastLine = -1;
  for (let i = 0; i < digits.length; ) {
    let j = i;
    while (j + 1 < digits.length && digits[j + 1] === digits[j]! + 1) j++;
    const from = digits[i]!;
    const to = digits[j]! + 1;
    const len = to - from;
    if (len >= 8) {
      const before = from > 0 ? text.charCodeAt(from - 1) : 32;
      const after = to < text.length ? text.charCodeAt(to) : 32;
      if (len >= 14 || isAlnum(before) || isAlnum(after)) {
        const lineStart = text.lastIndexOf('\n', from - 1) + 1;
        if (lineStart !== lastLine) {
          starts.push(lineStart);
          lastLine = lineStart;
        }
      }
    }
    i = j + 1;
  }
  return starts;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

function finding(
  start: number,
  end: number,
  label: Finding['label'],
  type: string,
  normalized?: string,
): FixedWidthFinding {
  return {
    start,
    end,
    label,
    type,
    score: 0.9,
    detector: 'fixed-width',
    specificity: 2,
    ...(normalized && { normalized }),
  };
}

// ---- COBOL copybook -------------------------------------------------------------------------------------------

const PIC_LINE = /^[ \t]*(\d{1,2})[ \t]+([A-Z][A-Z0-9-]*)[ \t]+PIC(?:TURE)?[ \t]+(?:IS[ \t]+)?(\S+?)\.?[ \t]*$/gim;

/** Characters a PICTURE string takes in a record (S and V take none; COMP and friends are not read). */
function picWidth(pic: string): number | undefined {
  let width = 0;
  const re = /([9XANZ*$+\-.,B0/])(?:\((\d{1,4})\))?|[SVP]/gi;
  let consumed = 0;
  for (const m of pic.matchAll(re)) {
    consumed += m[0].length;
    if (m[1] === undefined) continue;
    width += m[2] ? Number(m[2]) : 1;
  }
  return consumed === pic.length && width > 0 ? width : undefined;
}

type FieldKind = 'NATIONAL_ID' | 'DATE' | 'BANK_ACCOUNT' | 'PHONE';

function kindOfField(name: string): FieldKind | undefined {
  const n = `-${name.toUpperCase()}-`;
  if (
    /-(?:SSN|SOC-?SEC\w*|SOCSEC|TAX-?ID|TIN|NIF|NIE|DNI|NINO|NI-NO|SIN|RUT|CURP|RFC|CPF|NATL?-ID|NATIONAL-ID)-/.test(n)
  )
    return 'NATIONAL_ID';
  if (/-(?:DOB|BIRTH\w*|BIRTHDATE|BDATE|BIRTH-DT|FEC-?NAC\w*|NACIM\w*|F-NAC)-/.test(n)) return 'DATE';
  if (/-(?:ACCT\w*|ACCOUNT\w*|ACC-NO|ACCNO|IBAN|CUENTA|CTA|CCC|SORT-?CODE)-/.test(n)) return 'BANK_ACCOUNT';
  if (/-(?:PHONE\w*|TEL\w*|MOBILE|CELL|MOVIL|TELEFONO)-/.test(n)) return 'PHONE';
  return undefined;
}

function validYmd(s: string): boolean {
  if (!/^(?:19|20)\d{6}$/.test(s)) return false;
  const m = Number(s.slice(4, 6));
  const d = Number(s.slice(6, 8));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function fieldValue(kind: FieldKind, value: string): string | undefined {
  const v = value.trim();
  if (!/\d/.test(v) || /^0+$/.test(v)) return undefined;
  if (kind === 'DATE')
    return validYmd(v) || /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d$/.test(v) ? 'DOB' : undefined;
  if (kind === 'NATIONAL_ID') {
    if (/^\d{9}$/.test(v)) return usSsn(v) ? 'US_SSN' : undefined;
    const es = esDniNie(v) ?? esCif(v);
    if (es) return es.type;
    return /^[A-Z0-9]{6,18}$/.test(v) ? 'NATIONAL_ID' : undefined;
  }
  if (kind === 'BANK_ACCOUNT') return /^\d{6,20}$/.test(v) ? 'ACCOUNT_NUMBER' : undefined;
  return /^\+?\d{7,15}$/.test(v) ? 'PHONE_NUMBER' : undefined;
}

interface Field {
  from: number;
  to: number;
  kind?: FieldKind;
  /** A numeric PICTURE (9, S9...): its columns hold digits only. */
  numeric: boolean;
  /** After a text field: a record typed by hand or trimmed may have that text one or two columns off. */
  movable: boolean;
}

/** Columns a record's fields start at may be off by this many after a text field (a name one blank short). */
const SHIFTS = [0, -1, 1, -2, 2];

function copybookFindings(text: string, lines: readonly number[], out: FixedWidthFinding[]): void {
  const fields: Field[] = [];
  let at = 0;
  let lastEnd = -1;
  let afterText = false;
  for (const m of text.matchAll(PIC_LINE)) {
    // One copybook: consecutive PIC lines (a blank or level line between them is fine, prose is not).
    if (lastEnd >= 0 && /[a-z]{3}/.test(text.slice(lastEnd, m.index))) break;
    const width = picWidth(m[3]!);
    if (width === undefined || /\b(?:COMP|BINARY|PACKED|REDEFINES|OCCURS)\b/i.test(m[0])) return;
    const numeric = /^S?9/i.test(m[3]!);
    fields.push({ from: at, to: at + width, kind: kindOfField(m[2]!), numeric, movable: afterText });
    if (!numeric) afterText = true;
    at += width;
    lastEnd = m.index + m[0].length;
  }
  if (!fields.some((f) => f.kind) || lastEnd < 0) return;
  for (const start of lines) {
    if (start < lastEnd) continue;
    const line = lineAt(text, start);
    // The record has about the copybook's length (trailing blanks of its last fields may be cut).
    if (line.length > at + 2 || line.length < at * 0.8) continue;
    // The shift that makes the record fit: each numeric field after a text field starts at a digit right after
    // a non-digit, and the most fields of a kind hold a valid value.
    let best: Array<[number, number, FieldKind, string]> = [];
    let bestScore = -1;
    for (const shift of SHIFTS) {
      const got: Array<[number, number, FieldKind, string]> = [];
      let score = 0;
      let fits = true;
      for (let i = 0; i < fields.length && fits; i++) {
        const f = fields[i]!;
        const from = f.from + (f.movable ? shift : 0);
        const to = Math.min(f.to + (f.movable ? shift : 0), line.length);
        if (from >= line.length) break;
        const raw = line.slice(from, to);
        if (
          f.numeric &&
          f.movable &&
          i > 0 &&
          !fields[i - 1]!.numeric &&
          (/\D/.test(raw[0] ?? '') || /\d/.test(line[from - 1] ?? ''))
        )
          fits = false;
        if (!f.kind) continue;
        const type = fieldValue(f.kind, raw);
        if (!type) continue;
        score++;
        const lead = raw.length - raw.trimStart().length;
        got.push([start + from + lead, start + from + lead + raw.trim().length, f.kind, type]);
      }
      if (fits && score > bestScore) {
        best = got;
        bestScore = score;
      }
    }
    for (const [s, e, kind, type] of best) out.push(finding(s, e, kind, type));
  }
}

// ---- UK BACS Standard 18 --------------------------------------------------------------------------------------

const BACS_LINE = /^(\d{6})(\d{8})[0-9](?:99|17|0[1-9]|1[89]|Z[45])(\d{6})(\d{8})(?=[ \d])/;

function bacsFindings(text: string, lines: readonly number[], out: FixedWidthFinding[]): void {
  const hits: number[] = [];
  for (const start of lines) if (BACS_LINE.test(lineAt(text, start))) hits.push(start);
  if (hits.length < 2 && !(hits.length === 1 && /^(?:VOL1|HDR1|UHL1)/m.test(text))) return;
  for (const s of hits) {
    const line = lineAt(text, s);
    out.push(finding(s, s + 14, 'BANK_ACCOUNT', 'UK_SORT_CODE_ACCOUNT', line.slice(0, 14)));
    out.push(finding(s + 17, s + 31, 'BANK_ACCOUNT', 'UK_SORT_CODE_ACCOUNT', line.slice(17, 31)));
  }
}

// ---- US ACH (NACHA) entry detail records -----------------------------------------------------------------------

/**
 * An entry detail record: record type 6, a transaction code (22-24/27-29 checking, 32-34/37-39 savings, 41-49
 * general ledger and loan codes are left out), the receiving bank's eight-digit routing number and its check digit,
 * then the receiver's account in a field of seventeen characters, left-justified and padded with spaces, then the
 * amount in ten digits. The routing number's ABA check (weights 3, 7, 1) must hold.
 */
const NACHA_ENTRY = /^6(?:2[234789]|3[234789])(\d{9})([0-9A-Za-z-]{4,17}) *(?<=^.{29})\d{10}/;

/** The ABA routing number check: 3, 7 and 1 times the digits in turn sum to a multiple of ten. */
function abaRoutingValid(routing: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (routing.charCodeAt(i) - 48) * [3, 7, 1][i % 3]!;
  return sum % 10 === 0;
}

function nachaFindings(text: string, lines: readonly number[], out: FixedWidthFinding[]): void {
  const hits: Array<[number, string]> = [];
  for (const start of lines) {
    const m = NACHA_ENTRY.exec(lineAt(text, start));
    if (m && abaRoutingValid(m[1]!)) hits.push([start, m[2]!]);
  }
  // One entry alone may be any number that happens to start with 6; two, or one in a file that names ACH, are a file.
  if (hits.length < 2 && !(hits.length === 1 && /\b(?:ACH|NACHA|PPD|CCD|WEB)\b/.test(text))) return;
  for (const [s, account] of hits) out.push(finding(s + 12, s + 12 + account.length, 'BANK_ACCOUNT', 'US_ACH_ACCOUNT'));
}

// ---- checksum ids by column -----------------------------------------------------------------------------------

/** A Spanish id's shape: DNI 8 digits + letter, NIE X/Y/Z + 7 digits + letter, CIF letter + 7 digits + control. */
const ES_ID_SHAPE = /^(?:\d{8}[A-Z]|[XYZ]\d{7}[A-Z]|[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J])$/;

function columnIdFindings(text: string, lines: readonly number[], out: FixedWidthFinding[]): void {
  const shaped = new Map<number, number>();
  const valid = new Map<number, Array<[number, string]>>();
  for (const start of lines) {
    const line = lineAt(text, start);
    if (line.length < 18) continue;
    // Windows of nine characters inside a glued token of at least twelve (an id standing alone is the rules' job).
    for (const tok of line.matchAll(/[A-Z0-9]{12,}/g)) {
      const t = tok[0];
      for (let i = 0; i + 9 <= t.length; i++) {
        const w = t.slice(i, i + 9);
        if (!ES_ID_SHAPE.test(w)) continue;
        const col = tok.index + i;
        shaped.set(col, (shaped.get(col) ?? 0) + 1);
        const v = esDniNie(w) ?? esCif(w);
        if (v && !v.sample) {
          const list = valid.get(col) ?? [];
          list.push([start + col, v.type ?? 'NATIONAL_ID']);
          valid.set(col, list);
        }
      }
    }
  }
  for (const [col, list] of valid) {
    if (list.length < MIN_GLUED_LINES || list.length < 0.8 * (shaped.get(col) ?? 0)) continue;
    for (const [s, type] of list) out.push(finding(s, s + 9, 'NATIONAL_ID', type));
  }
}

// ---- checksum values glued in a record ------------------------------------------------------------------------

/** A window a validator confirmed: where it stands in the text, its column in the line, its label and type. */
interface GluedValue {
  start: number;
  end: number;
  col: number;
  label: Finding['label'];
  type: string;
}

/** IMSS social security number: 11 digits (subdelegation, registration year, birth year, sequence), Luhn. */
function imssNss(d: string): boolean {
  return /^\d{11}$/.test(d) && !/^(\d)\1+$/.test(d) && luhnValid(d);
}

/** The bank codes of CLABEs: commercial and development banks (002-168), brokers and others (600-729), 901-902. */
const CLABE_BANK = /^(?!000)(?:0\d\d|1[0-6]\d|6\d\d|7[0-2]\d|90[12])/;

const IBAN_MIN = 15;
const IBAN_MAX = 34;

/** Whether the code at i is an ASCII capital letter. */
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function gluedChecksumFindings(text: string, lines: readonly number[], out: FixedWidthFinding[]): void {
  const strong: GluedValue[] = [];
  const weak: GluedValue[] = [];
  // Per reading and column: the records whose characters there have the value's shape.
  const shaped = new Map<string, number>();
  for (const start of lines) {
    const line = lineAt(text, start);
    if (line.length < 30) continue;
    for (const tok of line.matchAll(/[A-Z0-9\u00d1]{24,}/g)) {
      const t = tok[0];
      const base = tok.index;
      const taken: Array<[number, number]> = [];
      // A CURP: four letters, six digits, H/M/X: the shape read by character codes before the validator runs.
      for (let i = 0; i + 18 <= t.length; i++) {
        if (!isUpper(t.charCodeAt(i)) || !isDigit(t.charCodeAt(i + 4)) || !isDigit(t.charCodeAt(i + 9))) continue;
        const sex = t[i + 10];
        if (sex !== 'H' && sex !== 'M' && sex !== 'X') continue;
        if (!mxCurp(t.slice(i, i + 18))) continue;
        strong.push({
          start: start + base + i,
          end: start + base + i + 18,
          col: base + i,
          label: 'NATIONAL_ID',
          type: 'MX_CURP',
        });
        taken.push([i, i + 18]);
        i += 17;
      }
      // An IBAN: two capitals and two digits, at the length of that country.
      for (let i = 0; i + IBAN_MIN <= t.length; i++) {
        if (!isUpper(t.charCodeAt(i)) || !isUpper(t.charCodeAt(i + 1))) continue;
        if (!isDigit(t.charCodeAt(i + 2)) || !isDigit(t.charCodeAt(i + 3))) continue;
        if (taken.some(([a, b]) => i < b && i + IBAN_MIN > a)) continue;
        for (let len = IBAN_MIN; len <= IBAN_MAX && i + len <= t.length; len++) {
          const v = iban(t.slice(i, i + len));
          if (!v || v.sample) continue;
          strong.push({
            start: start + base + i,
            end: start + base + i + len,
            col: base + i,
            label: 'IBAN',
            type: v.type ?? 'IBAN',
          });
          taken.push([i, i + len]);
          i += len - 1;
          break;
        }
      }
      const free = (i: number, len: number) => !taken.some(([a, b]) => i < b && i + len > a);
      // CLABE (18 digits, a bank code Banxico assigns) and NSS (11 digits) inside digit runs.
      for (const run of t.matchAll(/\d{11,}/g)) {
        const runEnd = run.index + run[0].length;
        for (let i = run.index; i + 11 <= runEnd; i++) {
          const col = base + i;
          if (i + 18 <= runEnd) {
            shaped.set(`MX_CLABE@${col}`, (shaped.get(`MX_CLABE@${col}`) ?? 0) + 1);
            const d = t.slice(i, i + 18);
            if (free(i, 18) && CLABE_BANK.test(d) && mxClabe(d))
              weak.push({ start: start + col, end: start + col + 18, col, label: 'BANK_ACCOUNT', type: 'MX_CLABE' });
          }
          shaped.set(`MX_NSS@${col}`, (shaped.get(`MX_NSS@${col}`) ?? 0) + 1);
          if (free(i, 11) && imssNss(t.slice(i, i + 11)))
            weak.push({ start: start + col, end: start + col + 11, col, label: 'NATIONAL_ID', type: 'MX_NSS' });
        }
      }
      // A person's RFC (13: four letters, a date, a homonym key whose last character checks the rest).
      for (let i = 0; i + 13 <= t.length; i++) {
        if (!isUpper(t.charCodeAt(i)) || !isDigit(t.charCodeAt(i + 4)) || isDigit(t.charCodeAt(i + 3))) continue;
        if (!free(i, 13)) continue;
        const col = base + i;
        const v = mxRfc(t.slice(i, i + 13));
        if (!v) continue;
        shaped.set(`MX_RFC@${col}`, (shaped.get(`MX_RFC@${col}`) ?? 0) + 1);
        if (v.score === undefined && v.type === 'MX_RFC')
          weak.push({ start: start + col, end: start + col + 13, col, label: 'NATIONAL_ID', type: 'MX_RFC' });
      }
    }
  }
  if (strong.length === 0 && weak.length === 0) return;
  for (const v of strong) out.push(finding(v.start, v.end, v.label, v.type));
  // A weak value stands where its column holds it on three records or more (two for an RFC, whose letters and date
  // already leave few strings of its shape) and passes on most records whose column has that shape; a CLABE
  // also where it touches a CURP or an IBAN that passed (the next field of the layout).
  // Counted once per distinct value: a code repeated on every record (a branch, an item, a batch) is one value
  // that passed its check once, not a column of ids.
  const passedValues = new Map<string, Set<string>>();
  for (const v of weak) {
    const key = `${v.type}@${v.col}`;
    const set = passedValues.get(key) ?? new Set<string>();
    set.add(text.slice(v.start, v.end));
    passedValues.set(key, set);
  }
  const touching = new Set<number>();
  for (const v of strong) {
    touching.add(v.start);
    touching.add(v.end);
  }
  const kept: GluedValue[] = [];
  for (const v of weak) {
    const key = `${v.type}@${v.col}`;
    const n = passedValues.get(key)?.size ?? 0;
    const column = n >= (v.type === 'MX_RFC' ? 2 : 3) && n >= 0.8 * (shaped.get(key) ?? 0);
    const glued = v.type === 'MX_CLABE' && (touching.has(v.end) || touching.has(v.start));
    if (!column && !glued) continue;
    // Two weak readings of one stretch (an NSS inside a CLABE): the one found first.
    if (kept.some((k) => v.start < k.end && v.end > k.start)) continue;
    kept.push(v);
  }
  for (const v of kept) out.push(finding(v.start, v.end, v.label, v.type));
}

export function fixedWidthFindings(text: string, digits: readonly number[]): FixedWidthFinding[] {
  const out: FixedWidthFinding[] = [];
  const lines = recordLineStarts(text, digits);
  if (lines.length === 0) return out;
  if (text.includes('PIC')) copybookFindings(text, lines, out);
  gluedChecksumFindings(text, lines, out);
  if (lines.length < MIN_GLUED_LINES) return out;
  bacsFindings(text, lines, out);
  nachaFindings(text, lines, out);
  columnIdFindings(text, lines, out);
  return out;
}
