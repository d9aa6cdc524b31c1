import { luhnValid, weightedSum } from './checksums.js';
import { alnumUpper, digitsOf, isTrivialDigits, type Validated } from './types.js';

const isDate = (mm: number, dd: number) => mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;

/** China resident identity number: region (6), YYYYMMDD, sequence (3), ISO 7064 mod 11-2 check (0-9 or X). */
export function cnResidentId(value: string): Validated | null {
  const code = alnumUpper(value);
  if (!/^[1-8]\d{16}[\dX]$/.test(code)) return null;
  const year = Number(code.slice(6, 10));
  if (year < 1900 || year > 2099 || !isDate(Number(code.slice(10, 12)), Number(code.slice(12, 14)))) return null;
  const r = weightedSum(code.slice(0, 17), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11;
  return '10X98765432'[r] === code[17] ? { type: 'CN_RESIDENT_ID', normalized: code } : null;
}

/** Remainder of a decimal string by a small divisor, digit by digit (no precision limit on the length). */
function mod(digits: string, divisor: number): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i++) rest = (rest * 10 + digits.charCodeAt(i) - 48) % divisor;
  return rest;
}

/**
 * French social-security number (NIR): sex, YYMM, department (Corsica 2A/2B), commune, order, and a key
 * 97 - (the thirteen digits mod 97); Corsica counts as 19 (2A) and 18 (2B) in the key.
 */
export function frNir(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([1-478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{6})(\d{2})$/.exec(code);
  if (!m) return null;
  const month = Number(m[3]);
  // Months 20-42 and 50+ are given to people whose birth month is unknown.
  if (month === 0 || (month > 12 && month < 20)) return null;
  const dept = m[4] === '2A' ? '19' : m[4] === '2B' ? '18' : (m[4] ?? '');
  const body = `${m[1]}${m[2]}${m[3]}${dept}${m[5]}`;
  if (isTrivialDigits(body.slice(5))) return null;
  return 97 - mod(body, 97) === Number(m[6]) ? { type: 'FR_NIR', normalized: code } : null;
}

/** Swiss AHV/AVS number: 756, nine digits, an EAN-13 check digit. */
export function chAhv(value: string): Validated | null {
  const d = digitsOf(value);
  if (!/^756\d{10}$/.test(d) || isTrivialDigits(d.slice(3, 12))) return null;
  const sum = weightedSum(d.slice(0, 12), [1, 3]);
  return (10 - (sum % 10)) % 10 === Number(d[12]) ? { type: 'CH_AHV', normalized: d } : null;
}

/** United Arab Emirates identity number: 784, birth year, seven digits, a Luhn check digit. */
export function aeEmiratesId(value: string): Validated | null {
  const d = digitsOf(value);
  if (!/^784(?:19|20)\d{10}$/.test(d) || isTrivialDigits(d.slice(7, 14))) return null;
  return luhnValid(d) ? { type: 'AE_EMIRATES_ID', normalized: d } : null;
}

/**
 * Belgian national register number: YYMMDD (month +20/+40 for bis numbers, 00 when unknown), a serial and
 * a key 97 - (the first nine digits mod 97); for people born since 2000 a 2 is put before the nine digits.
 */
export function beNationalNumber(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || isTrivialDigits(d)) return null;
  const month = Number(d.slice(2, 4)) % 20;
  if (month > 12 || Number(d.slice(4, 6)) > 31) return null;
  const key = Number(d.slice(9));
  const ok = 97 - mod(d.slice(0, 9), 97) === key || 97 - mod(`2${d.slice(0, 9)}`, 97) === key;
  return ok ? { type: 'BE_NATIONAL_NUMBER', normalized: d } : null;
}

/**
 * Hong Kong identity card: one or two letters, six digits, a check character in brackets (0-9 or A). Letters
 * count 10..35 and a missing first letter 36; weights 9..2 over the eight places; the total with the check
 * divides by 11.
 */
export function hkId(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([A-Z]{1,2})(\d{6})([\dA])$/.exec(code);
  if (!m) return null;
  const letters = (m[1] ?? '').padStart(2, ' ');
  const values = [...letters].map((c) => (c === ' ' ? 36 : c.charCodeAt(0) - 55));
  let sum = (values[0] ?? 0) * 9 + (values[1] ?? 0) * 8;
  sum += weightedSum(m[2] ?? '', [7, 6, 5, 4, 3, 2]);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'A' : String(check)) === m[3] ? { type: 'HK_ID', normalized: code } : null;
}

/**
 * Malaysian MyKad number YYMMDD-PB-###G: a birth date and a place-of-birth code (states 01-16, 21-59 for
 * Malaysian states again, 60-99 for countries except a few unused). No check digit: the layout carries it.
 */
export function myMyKad(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 12 || !isDate(Number(d.slice(2, 4)), Number(d.slice(4, 6)))) return null;
  const place = Number(d.slice(6, 8));
  if (place === 0 || (place >= 17 && place <= 20) || place === 69 || place === 70 || place === 73 || place === 80)
    return null;
  if (place === 81 || place === 94 || place === 95 || place === 96 || place === 97) return null;
  return isTrivialDigits(d.slice(8)) ? null : { type: 'MY_MYKAD', normalized: d };
}

/**
 * Norwegian fødselsnummer: DDMMYY (+40 on the day for D-numbers, +40 on the month for H-numbers), three
 * individual digits and two mod-11 check digits.
 */
export function noFodselsnummer(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || isTrivialDigits(d)) return null;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  if (!isDate(month > 40 ? month - 40 : month, day > 40 ? day - 40 : day)) return null;
  const k = (body: string, w: number[]) => {
    const c = 11 - (weightedSum(body, w) % 11);
    return c === 11 ? 0 : c;
  };
  const k1 = k(d.slice(0, 9), [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = k(d.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 === Number(d[9]) && k2 === Number(d[10]) ? { type: 'NO_FODSELSNUMMER', normalized: d } : null;
}

/**
 * Estonian and Lithuanian personal codes: century/sex digit 1-6, YYMMDD, serial (3), check: weights 1..9,1
 * mod 11, and when that gives 10, weights 3..9,1,2,3 mod 11 (10 again becomes 0).
 */
export function balticPersonalCode(value: string): Validated | null {
  const d = digitsOf(value);
  if (!/^[1-6]\d{10}$/.test(d) || !isDate(Number(d.slice(3, 5)), Number(d.slice(5, 7)))) return null;
  let c = weightedSum(d.slice(0, 10), [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (c === 10) c = weightedSum(d.slice(0, 10), [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  if (c === 10) c = 0;
  return c === Number(d[10]) ? { type: 'EE_LT_PERSONAL_CODE', normalized: d } : null;
}

/**
 * Romanian CNP: sex/century digit 1-8, YYMMDD, county code (01-52), serial (3), check: weights
 * 2,7,9,1,4,6,3,5,8,2,7,9 mod 11, 10 written 1.
 */
export function roCnp(value: string): Validated | null {
  const d = digitsOf(value);
  if (!/^[1-8]\d{12}$/.test(d) || !isDate(Number(d.slice(3, 5)), Number(d.slice(5, 7)))) return null;
  const county = Number(d.slice(7, 9));
  if (county < 1 || county > 52) return null;
  const r = weightedSum(d.slice(0, 12), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (r === 10 ? 1 : r) === Number(d[12]) ? { type: 'RO_CNP', normalized: d } : null;
}

/**
 * Ireland's Personal Public Service number: seven digits, a check letter and, on numbers issued since 2013, a
 * second letter (A to I, or W for none). The digits weigh 8 down to 2, the second letter (A = 1 ... I = 9) weighs
 * 9; the sum modulo 23 gives the check letter (0 = W, 1 = A, ... 22 = V).
 */
export function iePps(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(code);
  if (!m) return null;
  const digits = m[1]!;
  if (/^(\d)\1{6}$/.test(digits)) return null;
  const second = m[3] && m[3] !== 'W' ? m[3].charCodeAt(0) - 64 : 0;
  const r = (weightedSum(digits, [8, 7, 6, 5, 4, 3, 2]) + second * 9) % 23;
  return String.fromCharCode(r === 0 ? 87 : 64 + r) === m[2] ? { type: 'IE_PPS', normalized: code } : null;
}

/**
 * Identifiers whose printed layout and check both set them apart, so they count without a cue: read by
 * shape (see the rule national-id-checked).
 */
export function checkedNationalId(value: string): Validated | null {
  const code = alnumUpper(value);
  if (/^[A-Z]/.test(code)) return hkId(value);
  if (code.startsWith('756') && code.length === 13) return chAhv(value);
  if (code.startsWith('784') && code.length === 15) return aeEmiratesId(value);
  if (code.length === 18) return cnResidentId(value);
  if (code.length === 15) return frNir(value);
  if (code.length === 11) return beNationalNumber(value);
  if (code.length === 12) return myMyKad(value);
  return null;
}

/**
 * Uruguayan cédula de identidad: six or seven digits and a check digit (1.234.567-2): the digits, padded to seven,
 * weighted 2,9,8,7,6,3,4; the check is 10 minus the sum mod 10 (0 for 10).
 */
export function uyCedula(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length < 7 || d.length > 8) return null;
  const body = d.slice(0, -1).padStart(7, '0');
  if (isTrivialDigits(body.replace(/^0+/, ''))) return null;
  return (10 - (weightedSum(body, [2, 9, 8, 7, 6, 3, 4]) % 10)) % 10 === Number(d[d.length - 1])
    ? { type: 'UY_CEDULA', normalized: d }
    : null;
}

/**
 * Ecuadorian cédula: ten digits, a province 01-24 (30 for those registered abroad), a third digit under 6 for
 * natural persons, and a check digit: the first nine weighted 2,1,2,... (products above 9 less 9), 10 minus the
 * sum mod 10.
 */
export function ecCedula(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || isTrivialDigits(d)) return null;
  const province = Number(d.slice(0, 2));
  if (!((province >= 1 && province <= 24) || province === 30) || Number(d[2]) > 5) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(d[i]) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return (10 - (sum % 10)) % 10 === Number(d[9]) ? { type: 'EC_CEDULA', normalized: d } : null;
}

/**
 * Brazilian RG as São Paulo issues it (12.345.678-9): eight digits weighted 2 to 9, the check 11 minus the sum mod 11
 * (10 written X, 11 as 0). Other states number theirs without a check; only the checked layout is read here.
 */
export function brRgSp(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^(\d{8})([\dX])$/.exec(code);
  if (!m) return null;
  const r = 11 - (weightedSum(m[1]!, [2, 3, 4, 5, 6, 7, 8, 9]) % 11);
  const check = r === 10 ? 'X' : r === 11 ? '0' : String(r);
  return check === m[2] ? { type: 'BR_RG', normalized: code } : null;
}

/** El Salvador DUI (01234567-8): eight digits weighted 9 to 2, the check 10 minus the sum mod 10 (0 for 10). */
export function svDui(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 9 || isTrivialDigits(d.slice(0, 8))) return null;
  return (10 - (weightedSum(d.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) % 10)) % 10 === Number(d[8])
    ? { type: 'SV_DUI', normalized: d }
    : null;
}
