import type { Finding } from '../types.js';
import { isFictionalPhone } from '../validators/documented-samples.js';

/**
 * Identity and account columns of a pasted table (a CSV export, a TSV sheet, a pg_dump COPY block, a data frame's
 * print): under a header that names a national id, a social security or health number, a bank account or a phone,
 * every cell of the column holds one, also where the value alone carries no check or cue a rule could read (an
 * NHS number whose check fails by a typo, a CLABE cut short, a national phone number without its prefix). The
 * header names the column; the cell must still have the value's shape (digits enough, no mask, no date, no word).
 * secret-columns.ts reads the tables and asks here which columns are such and what a cell holds.
 */

export type IdKind = 'national_id' | 'cedula' | 'account' | 'phone';

/** Header words that name an identity number on their own (folded: lower case, no accents). */
const ID_WORDS = new Set([
  'ssn',
  'nif',
  'nie',
  'dni',
  'curp',
  'nss',
  'nass',
  'nhs',
  'nino',
  'cpf',
  'rut',
  'cuil',
  'cuit',
  'nric',
  'aadhaar',
  'bsn',
  'ppsn',
  'pps',
  'tfn',
  'pesel',
  'amka',
  'cedula',
  'passport',
  'pasaporte',
  'passeport',
  'reisepass',
  'chi',
  'dui',
  'rfc',
  'nit',
  'ird',
  'socsec',
]);
/**
 * A Colombian identity document's abbreviation alone as a column's header: C.C. (cédula de ciudadanía), C.E.
 * (cédula de extranjería), T.I. (tarjeta de identidad). "CC" also heads an engine's capacity or a mail's copy
 * column, so its cells must read as a cédula (kind 'cedula'), never merely hold four digits.
 */
const CEDULA_HEADERS: readonly string[] = ['cc', 'c c', 'ce', 'c e', 'ti', 't i'];
/** Two-word headers that name an identity number. */
const ID_PAIRS = new Set([
  'national id',
  'sin number',
  'social insurance',
  'social security',
  'seguridad social',
  'seguro social',
  'ni number',
  'ni no',
  'insurance number',
  'tax id',
  'id number',
  'id card',
  'identity number',
  'documento identidad',
  'numero documento',
  'num documento',
  'nro documento',
  'n documento',
  'doc identidad',
  'id nacional',
  'identificacion nacional',
  'licence number',
  'license number',
  'driving licence',
  'drivers license',
  'driver license',
  'health number',
  'medicare number',
  'chi number',
  'clave elector',
  'numero afiliacion',
]);
/** Header words that name a bank account on their own. */
const ACCOUNT_WORDS = new Set(['iban', 'clabe', 'cbu', 'cci', 'ccc', 'acct', 'kontonummer', 'rekeningnummer']);
/** Two-word headers that name a bank account. */
const ACCOUNT_PAIRS = new Set([
  'account number',
  'account no',
  'account num',
  'acct no',
  'acct number',
  'bank account',
  'numero cuenta',
  'num cuenta',
  'nro cuenta',
  'n cuenta',
  'cuenta bancaria',
  'cuenta banco',
  'cuenta clabe',
  'cuenta destino',
  'cuenta abono',
  'cuenta cargo',
  'sort code',
  'conta bancaria',
]);
/** Header words that name a phone number on their own. */
const PHONE_WORDS = new Set([
  'phone',
  'telephone',
  'tel',
  'telefono',
  'tfno',
  'movil',
  'mobile',
  'cell',
  'celular',
  'cellphone',
  'whatsapp',
  'mob',
  'telefone',
]);
/** Header words that describe the id or the account instead of holding it (or name someone else's). */
const ABOUT_WORDS = new Set([
  'type',
  'tipo',
  'status',
  'estado',
  'verified',
  'valid',
  'validated',
  'check',
  'expiry',
  'expires',
  'expiration',
  'caducidad',
  'vencimiento',
  'issued',
  'issue',
  'expedicion',
  'country',
  'pais',
  'date',
  'fecha',
  'hash',
  'hashed',
  'masked',
  'last',
  'last4',
  'ultimos',
  'format',
  'formato',
  'length',
  'count',
  'provided',
  'on',
  'file',
  'name',
  'nombre',
  'holder',
  'titular',
  'bank',
  'banco',
  'branch',
  'sucursal',
  'office',
  'oficina',
  'routing',
  'swift',
  'bic',
  'currency',
  'moneda',
  'balance',
  'saldo',
  'helpline',
  'support',
  'soporte',
  'ext',
  'extension',
  'company',
  'empresa',
  'office',
  'fax',
]);

/** Header words that make a table worth asking about (tested on a header line before its cells are split). */
export const ID_HEADER_HINT =
  /ssn|\bni[fe]\b|dni|curp|\bna?ss\b|nhs|nino|\bsin\b|cpf|\brut\b|cui[lt]|nric|aadhaar|\bbsn\b|pps|tfn|pesel|amka|c[eé]dula|pass?[ae]?port|\bchi\b|\bdui\b|\brfc\b|\bnit\b|\bird\b|socsec|social.?(?:sec|ins)|seguridad.?social|seguro.?social|national.?id|tax.?id|\bid.?(?:number|no\b|card)|identity.?n|documento|^\s*[ct]\.?\s?[cie]\.?\s*$|licen[cs]e.?n|driv(?:ing|ers?).?licen|health.?n|medicare|elector|afiliaci|iban|clabe|\bcbu\b|\bcci\b|\bccc\b|acc(?:oun)?t.?(?:n|#)|\bacct\b|bank.?acc|kontonummer|rekening|cuenta|sort.?code|conta.?banc|phone|tel[eé]f|\btel\b|\btfno\b|m[oó]vil|mobile|\bcell|celular|whatsapp|\bmob\b/i;

/** The kind of value a header cell names, or undefined. */
export function idHeaderKind(header: string, words: readonly string[]): IdKind | undefined {
  if (header.length > 40 || words.length === 0 || words.length > 4) return undefined;
  if (words.some((w) => ABOUT_WORDS.has(w))) return undefined;
  if (words.length <= 2 && CEDULA_HEADERS.includes(words.join(' '))) return 'cedula';
  const pairs: string[] = [];
  const content = words.filter((w) => !['de', 'del', 'la', 'of', 'the', 'da', 'do', 'no', 'n', 'nr'].includes(w));
  for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]} ${words[i + 1]}`);
  for (let i = 0; i + 1 < content.length; i++) pairs.push(`${content[i]} ${content[i + 1]}`);
  // "no"/"n"/"nr" as a number word after the name ("acct no", "ni no") is kept in the plain pairs above.
  if (words.some((w) => ACCOUNT_WORDS.has(w)) || pairs.some((p) => ACCOUNT_PAIRS.has(p))) return 'account';
  if (words.length <= 3 && words.includes('cuenta') && !words.some((w) => w === 'correo' || w === 'usuario'))
    return 'account';
  if (words.some((w) => ID_WORDS.has(w)) || pairs.some((p) => ID_PAIRS.has(p))) return 'national_id';
  if (words.some((w) => PHONE_WORDS.has(w))) return 'phone';
  return undefined;
}

/** A cell that writes a date or a time, not an id. */
const DATE_CELL =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** A mask or a placeholder: stars, x runs, dots, bullets, "N/A", "unknown", "pending". */
const MASKED =
  /[*•·…]|x{3,}|X{3,}|#{3,}|\.{3}|^(?:n\/?a|none|null|nil|unknown|pending|tbc|tbd|desconocido|pendiente|-+)$/i;

/** What a cell under a header of this kind holds, or null when its value is not of that shape. */
export function idCellVerdict(kind: IdKind, value: string): { label: Finding['label']; type: string } | null {
  const v = value.trim();
  // A sort code (30-92-18) has a date's shape: an account column's cells are not read as dates.
  if (v.length < 5 || v.length > 34 || MASKED.test(v) || (kind !== 'account' && DATE_CELL.test(v))) return null;
  const digits = v.replace(/\D/g, '');
  if (digits.length === 0 || /^(\d)\1+$/.test(digits) || /^0?123456789/.test(digits)) return null;
  // A cédula as Colombia prints it: six to ten digits, plain or in thousands (52.801.374, 1.027.390.481).
  if (kind === 'cedula')
    return /^(?:\d{1,3}(?:\.\d{3}){1,3}|\d{6,10})$/.test(v) && digits.length >= 6
      ? { label: 'NATIONAL_ID', type: 'CO_CEDULA' }
      : null;
  if (kind === 'national_id') {
    if (!/^[A-Za-z0-9\u00d1\u00f1][A-Za-z0-9\u00d1\u00f1 ./-]*[A-Za-z0-9]$/.test(v) || digits.length < 4) return null;
    // A word with a number (a plan name, "Band 5") is no id: ids are mostly digits or capitals.
    if (/[a-z]{3}/.test(v) && !/^[a-z]{1,4}\d/i.test(v)) return null;
    return { label: 'NATIONAL_ID', type: 'NATIONAL_ID' };
  }
  if (kind === 'account') {
    const compact = v.replace(/[\s-]/g, '');
    if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return { label: 'IBAN', type: 'IBAN' };
    if (!/^\d[\d\s/-]*\d$/.test(v) || digits.length < 6 || digits.length > 24) return null;
    return { label: 'BANK_ACCOUNT', type: 'ACCOUNT_NUMBER' };
  }
  // A phone: digits with the blanks, dots, dashes, brackets and plus a number is written with; 7 to 15 digits.
  if (!/^\+?[\d\s().-]+$/.test(v) || digits.length < 7 || digits.length > 15) return null;
  if (/^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/.test(v)) return null;
  // The ranges set aside for fiction and documentation (555-01xx, Ofcom's drama numbers) are nobody's.
  if (isFictionalPhone(digits)) return null;
  return { label: 'PHONE', type: 'PHONE_NUMBER' };
}
