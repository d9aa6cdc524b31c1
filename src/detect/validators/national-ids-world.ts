/**
 * Personal, tax and social-security numbers of Europe, Asia and Latin America read by their published layouts and
 * check digits (python-stdnum's module notes and the issuing authorities' pages): each validator names the fields it
 * reads, so a value counts only when its date, region and check all fit.
 */
import { luhnValid, verhoeffValid, weightedSum } from './checksums.js';
import { ecCedula } from './national-ids-checked.js';
import { alnumUpper, digitsOf, isTrivialDigits, type Validated } from './types.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day and month that exist (29 February allowed: the century is often unknown). */
function isDayMonth(dd: number, mm: number): boolean {
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= (DAYS[mm - 1] ?? 0);
}

/** Mod-11 check over weighted digits: 11 - sum mod 11, 11 read as 0, 10 never issued (null). */
function mod11Check(body: string, weights: readonly number[]): number | null {
  const r = 11 - (weightedSum(body, weights) % 11);
  return r === 11 ? 0 : r === 10 ? null : r;
}

/**
 * Icelandic kennitala DDMMYY-RRCD: birth date, two serial digits, a check digit (weights 3,2,7,6,5,4,3,2, mod 11)
 * and the century (9 for the 1900s, 0 for the 2000s). Firms add 40 to the day: a person's reading leaves them.
 */
export function isKennitala(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || !isDayMonth(Number(d.slice(0, 2)), Number(d.slice(2, 4)))) return null;
  if (d[9] !== '9' && d[9] !== '0') return null;
  return mod11Check(d.slice(0, 8), [3, 2, 7, 6, 5, 4, 3, 2]) === Number(d[8])
    ? { type: 'IS_KENNITALA', normalized: d }
    : null;
}

/**
 * Latvian personas kods DDMMYY-CNNNX: birth date, century (0 for the 1800s, 1 and 2 after), serial, and a check:
 * 1 + the first ten digits weighted 10,5,8,4,2,1,6,3,7,9, mod 11, mod 10.
 */
export function lvPersonalCode(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || !/^\d{6}[012]/.test(d) || !isDayMonth(Number(d.slice(0, 2)), Number(d.slice(2, 4))))
    return null;
  const check = ((1 + weightedSum(d.slice(0, 10), [10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11) % 10;
  return check === Number(d[10]) ? { type: 'LV_PERSONAL_CODE', normalized: d } : null;
}

/** Polish NIP (tax id of a person or a firm): ten digits, weights 6,5,7,2,3,4,5,6,7 mod 11 (10 never issued). */
export function plNip(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || d[0] === '0' || isTrivialDigits(d)) return null;
  const r = weightedSum(d.slice(0, 9), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return r !== 10 && r === Number(d[9]) ? { type: 'PL_NIP', normalized: d } : null;
}

/** Greek AFM (tax number): nine digits, the first eight weighted 256 down to 2, mod 11, mod 10. */
export function grAfm(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 9 || isTrivialDigits(d)) return null;
  const check = (weightedSum(d.slice(0, 8), [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10;
  return check === Number(d[8]) ? { type: 'GR_AFM', normalized: d } : null;
}

/**
 * Austrian social-security number (Versicherungsnummer) NNNC DDMMYY: a serial that never starts with 0, a check
 * digit, the birth date. The check is the other nine digits weighted 3,7,9 and 5,8,4,2,1,6, mod 11 (10 never issued).
 */
export function atSvnr(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || d[0] === '0' || !isDayMonth(Number(d.slice(4, 6)), Number(d.slice(6, 8)))) return null;
  const r = (weightedSum(d.slice(0, 3), [3, 7, 9]) + weightedSum(d.slice(4), [5, 8, 4, 2, 1, 6])) % 11;
  return r !== 10 && r === Number(d[3]) ? { type: 'AT_SVNR', normalized: d } : null;
}

/**
 * Russian SNILS (insurance account number) 123-456-789 01: nine digits weighted 9 down to 1; the sum, taken mod 101
 * above 101, is the two-digit check, with 100 and 101 written 00.
 */
export function ruSnils(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || isTrivialDigits(d.slice(0, 9))) return null;
  let sum = weightedSum(d.slice(0, 9), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  if (sum > 101) sum %= 101;
  if (sum === 100 || sum === 101) sum = 0;
  return sum === Number(d.slice(9)) ? { type: 'RU_SNILS', normalized: d } : null;
}

/**
 * Kazakh IIN (individual identification number): YYMMDD, a century and sex digit 1-6, four serial digits and a
 * check: weights 1..11 mod 11, and when that gives 10, weights 3..11,1,2 mod 11 (10 again: never issued).
 */
export function kzIin(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 12 || !/^\d{6}[1-6]/.test(d) || !isDayMonth(Number(d.slice(4, 6)), Number(d.slice(2, 4))))
    return null;
  let c = weightedSum(d.slice(0, 11), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (c === 10) c = weightedSum(d.slice(0, 11), [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  return c !== 10 && c === Number(d[11]) ? { type: 'KZ_IIN', normalized: d } : null;
}

/** The number each first letter of a Taiwanese id stands for (the issuing city or county), A = 10 ... */
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/**
 * Taiwanese national identification number (and the resident certificate's since 2021): a region letter, a sex
 * digit (1 or 2; 8 or 9 for foreign residents), seven digits and a check. The letter's two digits weigh 1 and 9, the
 * next eight digits 8 down to 1, the check 1: the total divides by 10.
 */
export function twNationalId(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([A-Z])([1289])(\d{7})(\d)$/.exec(code);
  if (!m) return null;
  const n = TW_LETTERS.indexOf(m[1]!) + 10;
  const total = Math.floor(n / 10) + (n % 10) * 9 + weightedSum(m[2]! + m[3]!, [8, 7, 6, 5, 4, 3, 2, 1]) + Number(m[4]);
  // A climbing run (A123456789) is the sample every form, tutorial and test suite prints: nobody's.
  if (total % 10 !== 0 || isTrivialDigits(code.slice(1))) return null;
  return { type: 'TW_NATIONAL_ID', normalized: code };
}

/**
 * Pakistani CNIC 12345-1234567-1: a locality whose first digit is the province (1-7), a seven-digit serial and a
 * sex digit (odd for men, even for women, never 0). No check digit: the 5-7-1 layout carries it.
 */
export function pkCnic(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13 || !/^[1-7]/.test(d) || d[12] === '0' || isTrivialDigits(d.slice(5, 12))) return null;
  return { type: 'PK_CNIC', normalized: d };
}

/**
 * Sri Lankan NIC: the old YY DDD NNNN and V or X, the new YYYY DDD 0 NNNN; DDD is the day of the year of birth, plus
 * 500 for women (so 001-366 or 501-866).
 */
export function lkNic(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^(?:\d{2}(\d{3})\d{4}[VX]|(?:19|20)\d{2}(\d{3})0\d{4})$/.exec(code);
  if (!m) return null;
  const day = Number(m[1] ?? m[2]) % 500;
  if (day < 1 || day > 366) return null;
  // Nine digits and an X are also an ISBN-10 whose check is 10: a valid one is the book's number.
  if (code.endsWith('X') && (weightedSum(code.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) + 10) % 11 === 0) return null;
  return { type: 'LK_NIC', normalized: code };
}

/**
 * Brazilian CNS (Cartão Nacional de Saúde, the SUS card): fifteen digits, definitive numbers starting 1 or 2,
 * provisional ones 7, 8 or 9; every digit weighted 15 down to 1, the total divides by 11.
 */
export function brCns(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 15 || !/^[12789]/.test(d) || isTrivialDigits(d.slice(1))) return null;
  return weightedSum(d, [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0
    ? { type: 'BR_CNS', normalized: d }
    : null;
}

/** Brazilian PIS/PASEP/NIS/NIT (the worker's social number): ten digits weighted 3,2,9..2, 11 - sum mod 11. */
export function brPis(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || isTrivialDigits(d.slice(0, 10))) return null;
  const r = 11 - (weightedSum(d.slice(0, 10), [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (r >= 10 ? 0 : r) === Number(d[10]) ? { type: 'BR_PIS', normalized: d } : null;
}

/**
 * Spanish social-security affiliation number (NUSS/NAF) PP/NNNNNNNN/CC: the province (01-53, 66 for those
 * registered abroad), the number, and the number with its province mod 97 (province times 10^7 plus the number
 * when the number is under 10^7).
 */
export function esNuss(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 12) return null;
  const province = Number(d.slice(0, 2));
  if (province < 1 || (province > 53 && province !== 66)) return null;
  const n = Number(d.slice(2, 10));
  if (n === 0 || isTrivialDigits(d.slice(2, 10))) return null;
  const body = n < 10_000_000 ? n + province * 10_000_000 : Number(d.slice(0, 10));
  return body % 97 === Number(d.slice(10)) ? { type: 'ES_NUSS', normalized: d } : null;
}

/**
 * Nicaraguan cédula 001-DDMMYY-NNNNL: a municipality code, the birth date, a serial and a check letter. The letter
 * is printed, not recomputed here: the date inside the 3-6-4 layout and the closing letter carry it.
 */
export function niCedula(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^(\d{3})(\d{2})(\d{2})\d{2}(\d{4})[A-Y]$/.exec(code);
  if (!m || m[1] === '000' || !isDayMonth(Number(m[2]), Number(m[3])) || m[4] === '0000') return null;
  return { type: 'NI_CEDULA', normalized: code };
}

/**
 * Honduran DNI (tarjeta de identidad) DDMM-YYYY-NNNNN: department (01-18), municipality (01-28), the year of birth
 * or registration and a five-digit serial. No check digit: the fields carry it.
 */
export function hnDni(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13) return null;
  const dept = Number(d.slice(0, 2));
  const muni = Number(d.slice(2, 4));
  const year = Number(d.slice(4, 8));
  if (dept < 1 || dept > 18 || muni < 1 || muni > 28 || year < 1900 || year > 2030) return null;
  return Number(d.slice(8)) === 0 ? null : { type: 'HN_DNI', normalized: d };
}

/** Hungarian TAJ (social-security number): eight digits weighted 3 and 7 alternately, the sum mod 10 the ninth. */
export function huTaj(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 9 || isTrivialDigits(d)) return null;
  return weightedSum(d.slice(0, 8), [3, 7]) % 10 === Number(d[8]) ? { type: 'HU_TAJ', normalized: d } : null;
}

/** Hungarian adóazonosító jel (a person's tax id): 8, days since 1867, a serial, the first nine weighted 1..9 mod 11. */
export function huTaxId(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || d[0] !== '8') return null;
  const r = weightedSum(d.slice(0, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11;
  return r !== 10 && r === Number(d[9]) ? { type: 'HU_TAX_ID', normalized: d } : null;
}

/**
 * Portuguese NIF (número de contribuinte): nine digits, a first digit 1-3 for people (5-9 for firms and bodies),
 * the first eight weighted 9 down to 2, 11 - sum mod 11 (10 and 11 written 0).
 */
export function ptNif(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 9 || d[0] === '0' || d[0] === '4' || isTrivialDigits(d)) return null;
  const r = 11 - (weightedSum(d.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (r >= 10 ? 0 : r) === Number(d[8]) ? { type: 'PT_NIF', normalized: d } : null;
}

/** Portuguese NISS (social security): eleven digits from 1 or 2, weights 29,23,19,17,13,11,7,5,3,2, 9 - sum mod 10. */
export function ptNiss(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || !/^[12]/.test(d) || isTrivialDigits(d.slice(1))) return null;
  return 9 - (weightedSum(d.slice(0, 10), [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]) % 10) === Number(d[10])
    ? { type: 'PT_NISS', normalized: d }
    : null;
}

/**
 * Luxembourg national identification number (matricule): YYYYMMDD, three serial digits, a Luhn digit over the
 * first eleven and a Verhoeff digit over them too.
 */
export function luMatricule(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13 || !/^(?:19|20)/.test(d) || !isDayMonth(Number(d.slice(6, 8)), Number(d.slice(4, 6))))
    return null;
  const body = d.slice(0, 11);
  return luhnValid(body + d[11]) && verhoeffValid(body + d[12]) ? { type: 'LU_MATRICULE', normalized: d } : null;
}

/**
 * Cuban número de identidad permanente: YYMMDD, a century digit (0-5 for the 1900s and 2000s, 9 for the 1800s) and
 * four serial digits. No check digit, so only after its cue.
 */
export function cuNi(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || !/^\d{6}[0-59]/.test(d) || !isDayMonth(Number(d.slice(4, 6)), Number(d.slice(2, 4))))
    return null;
  return { type: 'CU_NI', normalized: d };
}

/**
 * German health insurance number (Krankenversichertennummer, on the eGK card): a letter, eight digits and a check.
 * The letter counts as its two-digit place in the alphabet (A = 01); the ten digits are weighted 1,2,1,2,..., the
 * digit sums of the products added, mod 10.
 */
export function deKvnr(value: string): Validated | null {
  const code = alnumUpper(value);
  if (!/^[A-Z]\d{9}$/.test(code) || isTrivialDigits(code.slice(1, 9))) return null;
  const digits = String(code.charCodeAt(0) - 64).padStart(2, '0') + code.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const p = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === Number(code[9]) ? { type: 'DE_KVNR', normalized: code } : null;
}

/** Letters of a New Zealand NHI number, without I and O, A = 1 ... Z = 24. */
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * New Zealand National Health Index number (HISO 10046): three letters, then three digits and a check digit (the
 * first six weighted 7..2, 11 - sum mod 11, 10 read as 0) or, since 2022, two digits, a letter and a check letter (the
 * sum mod 23, 23 - it). Numbers starting with Z are reserved for tests.
 */
export function nzNhi(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([A-HJ-NP-Z]{3})(\d{2})(\d|[A-HJ-NP-Z])(\d|[A-HJ-NP-Z])$/.exec(code);
  if (!m) return null;
  const isNew = /[A-Z]/.test(m[3]!);
  if (isNew !== /[A-Z]/.test(m[4]!)) return null;
  const value6 = (c: string) => (/\d/.test(c) ? Number(c) : NHI_LETTERS.indexOf(c) + 1);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += value6(code[i]!) * (7 - i);
  let ok: boolean;
  if (isNew) {
    const r = sum % 23;
    ok = r !== 0 && NHI_LETTERS[23 - r - 1] === m[4];
  } else {
    const r = sum % 11;
    ok = r !== 0 && (11 - r) % 10 === Number(m[4]);
  }
  return ok && !code.startsWith('Z') ? { type: 'NZ_NHI', normalized: code } : null;
}

/** British Columbia Personal Health Number: 9, eight digits, a check (weights 2,4,8,5,10,9,7,3, mod 11). */
export function caBcPhn(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || d[0] !== '9' || isTrivialDigits(d.slice(1, 9))) return null;
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (Number(d[i + 1]) * weights[i]!) % 11;
  return (11 - (sum % 11)) % 11 === Number(d[9]) ? { type: 'CA_BC_PHN', normalized: d } : null;
}

/**
 * Quebec health insurance number (RAMQ, on the carte soleil): three letters of the surname and one of the given name,
 * the birth date YYMMDD (the month plus 50 for women) and two digits. No published check: the date carries it.
 */
export function caRamq(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^[A-Z]{4}\d{2}(\d{2})(\d{2})\d{2}$/.exec(code);
  if (!m) return null;
  const month = Number(m[1]);
  return isDayMonth(Number(m[2]), month > 50 ? month - 50 : month) ? { type: 'CA_RAMQ', normalized: code } : null;
}

/**
 * Belarusian personal identification number: a sex and century digit (1-6), the birth date DDMMYY, a region letter
 * (A, B, C, H, K, E, M), three serial digits, a citizenship code (PB for citizens, BA or BI otherwise) and a digit.
 */
export function byPersonalNumber(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^[1-6](\d{2})(\d{2})\d{2}[ABCHKEM]\d{3}(?:PB|BA|BI)\d$/.exec(code);
  return m && isDayMonth(Number(m[1]), Number(m[2])) ? { type: 'BY_PERSONAL_NUMBER', normalized: code } : null;
}

/**
 * Ecuadorian RUC of a natural person: the holder's cédula (ten digits with its province and check, see ecCedula) and
 * 001, the establishment number.
 */
export function ecRucPerson(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13 || !d.endsWith('001')) return null;
  return ecCedula(d.slice(0, 10)) ? { type: 'EC_RUC', normalized: d } : null;
}

const GSTIN_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Indian GSTIN (a business's or a professional's GST registration): the state code (01-38, 97, 99), the holder's PAN,
 * an entity digit, Z and a check character: the first fourteen characters as base-36 values weighted 1 and 2 in turn,
 * each product's base-36 digits added, the check what brings the total to a multiple of 36.
 */
export function inGstin(value: string): Validated | null {
  const code = alnumUpper(value);
  if (!/^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(code)) return null;
  const state = Number(code.slice(0, 2));
  if (!((state >= 1 && state <= 38) || state === 97 || state === 99)) return null;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const p = GSTIN_CHARS.indexOf(code[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return GSTIN_CHARS[(36 - (sum % 36)) % 36] === code[14] ? { type: 'IN_GSTIN', normalized: code } : null;
}

/** Indian state and union-territory codes as driving licences and plates print them. */
const IN_STATES = new Set(
  'AN AP AR AS BR CG CH DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR PB PY RJ SK TN TR TS UK UP WB'.split(
    ' ',
  ),
);

/**
 * Indian driving licence number (the Sarathi layout): state code, the two-digit RTO, the year of issue and a
 * seven-digit serial: MH12 20110012345, written glued, spaced or dashed.
 */
export function inDrivingLicence(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([A-Z]{2})(\d{2})((?:19|20)\d{2})(\d{7})$/.exec(code);
  if (!m || !IN_STATES.has(m[1]!) || m[2] === '00' || Number(m[3]) > 2030 || /^0+$/.test(m[4]!)) return null;
  return { type: 'IN_DRIVING_LICENCE', normalized: code };
}

/** Tanzanian NIDA number YYYYMMDD-NNNNN-NNNNN-NN: the birth date, then three groups the layout carries. */
export function tzNida(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 20 || !/^(?:19|20)/.test(d) || !isDayMonth(Number(d.slice(6, 8)), Number(d.slice(4, 6))))
    return null;
  return isTrivialDigits(d.slice(8)) ? null : { type: 'TZ_NIDA', normalized: d };
}
