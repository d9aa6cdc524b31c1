import { luhnValid, verhoeffValid, weightedSum } from './checksums.js';
import { balticPersonalCode, beNationalNumber, noFodselsnummer, roCnp, uyCedula } from './national-ids-checked.js';
import { alnumUpper, digitsOf, isTrivialDigits, type Validated } from './types.js';

/** A firm's tax id (Spanish CIF, Brazilian CNPJ) is a NATIONAL_ID by convention but names no person. */
export const FIRM_ID_TYPES: ReadonlySet<string> = new Set(['ES_CIF', 'BR_CNPJ']);

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI/NIF (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = number mod 23. */
export function esDniNie(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(code);
  if (!m) return null;
  const [, prefix = '', digits = '', letter] = m;
  if (prefix && digits.length !== 7) return null;
  const number = Number((prefix ? String('XYZ'.indexOf(prefix)) : '') + digits);
  if (DNI_LETTERS[number % 23] !== letter) return null;
  const canonical = prefix ? prefix + digits + letter : digits.padStart(8, '0') + letter;
  // A number of one digit repeated or a climbing run (00000000T, 11111111H, 12345678Z) is the stand-in of forms
  // and brochures: dropped where the text presents it as an example or fictitious data (the 'documented' sample test).
  const standIn = !prefix && (isTrivialDigits(digits) || /^0+\d$/.test(digits));
  return { type: prefix ? 'ES_NIE' : 'ES_DNI', normalized: canonical, ...(standIn && { sample: 'documented' }) };
}

/** Letters that open a Spanish CIF, by the kind of entity (S.A., S.L., cooperative, association, public body...). */
const CIF_KINDS = 'ABCDEFGHJNPQRSUVW';

/**
 * Spanish CIF (a company's or an association's tax id, today its NIF): an entity letter, seven digits and a control
 * character, a digit or a letter of JABCDEFGHI from the digits (odd places doubled, digits summed). Entities of
 * kinds P, Q, R, S, W and foreign ones (N) take the letter; A, B, E and H the digit; the others either.
 */
export function esCif(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([A-Z])(\d{7})([0-9A-J])$/.exec(code);
  if (!m || !CIF_KINDS.includes(m[1]!)) return null;
  const [, kind = '', digits = '', control = ''] = m;
  if (isTrivialDigits(digits)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(digits[i]);
    if (i % 2 === 1) sum += d;
    else sum += Math.floor((d * 2) / 10) + ((d * 2) % 10);
  }
  const check = (10 - (sum % 10)) % 10;
  const letter = 'JABCDEFGHI'[check]!;
  const digitOnly = 'ABEH'.includes(kind);
  const letterOnly = 'PQRSNW'.includes(kind);
  const ok = /\d/.test(control) ? !letterOnly && Number(control) === check : !digitOnly && control === letter;
  return ok ? { type: 'ES_CIF', normalized: code } : null;
}

/** US SSN structure rules (no 000/666/9xx area, no 00 group, no 0000 serial, not the advertising numbers). */
export function usSsn(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 9 || isTrivialDigits(d)) return null;
  const area = d.slice(0, 3);
  if (area === '000' || area === '666' || d.slice(3, 5) === '00' || d.slice(5) === '0000') return null;
  if (area[0] === '9') {
    const group = Number(d.slice(3, 5));
    const itin = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 99);
    return itin && group !== 93 ? { type: 'US_ITIN', normalized: d } : null;
  }
  if (d === '078051120' || d === '219099999' || d === '123456789') return null;
  return { type: 'US_SSN', normalized: d };
}

function validDate(yy: number, mm: number, dd: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1] ?? 0;
  return dd <= days && yy >= 0;
}

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Mexican CURP: 18 characters with an embedded birth date and a final weighted check digit. */
export function mxCurp(value: string): Validated | null {
  const code = value.toUpperCase().replace(/[\s-]/g, '');
  const m = /^[A-Z][AEIOUX][A-Z]{2}(\d{2})(\d{2})(\d{2})[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d$/.exec(code);
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(code[i] ?? '') * (18 - i);
  if ((10 - (sum % 10)) % 10 !== Number(code[17])) return null;
  return { type: 'MX_CURP', normalized: code };
}

/**
 * Mexican voter card key (clave de elector, printed on the INE card): six letters from the surnames and the given
 * name, the birth date YYMMDD, the state of birth (01-32, 87-88 abroad), H or M, and a three-digit homonym key.
 * No check digit, but the date, state and sex fields leave few other strings of that shape.
 */
export function mxClaveElector(value: string): Validated | null {
  const code = value.toUpperCase().replace(/[\s-]/g, '');
  const m = /^[A-Z]{6}(\d{2})(\d{2})(\d{2})(\d{2})[HM]\d{3}$/.exec(code);
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const state = Number(m[4]);
  if (!((state >= 1 && state <= 32) || state === 87 || state === 88)) return null;
  return { type: 'MX_CLAVE_ELECTOR', normalized: code };
}

const RFC_CHARS = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/**
 * Mexican RFC (persons: 4 letters, companies: 3) with a valid date; the check digit raises the score. A company's
 * twelve characters with a failed check digit are also how devices and systems name messages, lots and batches
 * (three letters, then a number): below the report score alone, they need an RFC word beside them.
 */
export function mxRfc(value: string): Validated | null {
  const code = value.toUpperCase().replace(/[\s-]/g, '');
  if (SAT_GENERIC_RFCS.has(code)) return null;
  const m = /^([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z\d]{2}[A\d])$/.exec(code);
  if (!m || !validDate(Number(m[2]), Number(m[3]), Number(m[4]))) return null;
  const padded = code.length === 12 ? ` ${code}` : code;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Math.max(0, RFC_CHARS.indexOf(padded[i] ?? '')) * (13 - i);
  const r = 11 - (sum % 11);
  const check = r === 11 ? '0' : r === 10 ? 'A' : String(r);
  const type = code.length === 13 ? 'MX_RFC' : 'MX_RFC_COMPANY';
  if (check === code[code.length - 1]) return { type, normalized: code };
  return { type, normalized: code, score: type === 'MX_RFC_COMPANY' ? 0.45 : 0.6 };
}

/**
 * The SAT's generic RFCs, printed on an invoice in place of the buyer's own: XAXX010101000 for the general public,
 * XEXX010101000 for a foreign buyer. They name no one, whatever the document.
 */
const SAT_GENERIC_RFCS: ReadonlySet<string> = new Set(['XAXX010101000', 'XEXX010101000']);

/** Chile RUT/RUN: mod 11 with cycling weights 2..7, check 10 written as K. */
export function clRut(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^(\d{7,8})([\dK])$/.exec(code);
  if (!m) return null;
  const body = m[1] ?? '';
  const reversed = body.split('').reverse().join('');
  const r = 11 - (weightedSum(reversed, [2, 3, 4, 5, 6, 7]) % 11);
  const check = r === 11 ? '0' : r === 10 ? 'K' : String(r);
  if (check !== m[2] || /^(\d)\1+$/.test(body)) return null;
  // A climbing run (12.345.678-5) is the stand-in of forms and tutorials: dropped where the text presents it as an
  // example (the 'documented' sample test), someone's RUT elsewhere.
  const standIn = isTrivialDigits(body);
  return { type: 'CL_RUT', normalized: `${body}-${check}`, ...(standIn && { sample: 'documented' }) };
}

function brCheck(digits: string, weights: number[]): number {
  const r = weightedSum(digits, weights) % 11;
  return r < 2 ? 0 : 11 - r;
}

/** Brazil CPF: 11 digits, two mod-11 check digits. */
export function brCpf(value: string): Validated | null {
  const d = digitsOf(value);
  // One digit repeated, or a climbing run (012.345.678-90, 123.456.789-09): a form's stand-in, not an issued number.
  if (d.length !== 11 || /^(\d)\1+$/.test(d) || isTrivialDigits(d.slice(0, 9))) return null;
  const c1 = brCheck(d.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const c2 = brCheck(d.slice(0, 10), [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return c1 === Number(d[9]) && c2 === Number(d[10]) ? { type: 'BR_CPF', normalized: d } : null;
}

/** Brazil CNPJ: 14 digits, two mod-11 check digits. */
export function brCnpj(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 14 || /^(\d)\1+$/.test(d)) return null;
  const c1 = brCheck(d.slice(0, 12), [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const c2 = brCheck(d.slice(0, 13), [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return c1 === Number(d[12]) && c2 === Number(d[13]) ? { type: 'BR_CNPJ', normalized: d } : null;
}

/** Argentina CUIT/CUIL: 11 digits, type prefix 20/23/24/27/30/33/34, mod-11 check digit. */
export function arCuit(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || !/^(?:2[0347]|3[034])/.test(d)) return null;
  const r = 11 - (weightedSum(d.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  const check = r === 11 ? 0 : r === 10 ? 9 : r;
  return check === Number(d[10]) ? { type: 'AR_CUIT', normalized: d } : null;
}

/** Colombia NIT: prime weights from the right, mod 11. */
export function coNit(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length < 6 || d.length > 16 || isTrivialDigits(d)) return null;
  const body = d.slice(0, -1).split('').reverse().join('');
  const r = weightedSum(body, [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]) % 11;
  const check = r > 1 ? 11 - r : r;
  return check === Number(d[d.length - 1]) ? { type: 'CO_NIT', normalized: d } : null;
}

/** Peru CUI (DNI with its check character): weights 3,2,7,6,5,4,3,2, checked as digit or letter. */
export function peCui(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^(\d{8})([\dA-K])$/.exec(code);
  if (!m) return null;
  const r = weightedSum(m[1] ?? '', [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const ok = '65432110987'[r] === m[2] || 'KJIHGFEDCBA'[r] === m[2];
  return ok ? { type: 'PE_CUI', normalized: code } : null;
}

/** Paraguay RUC: weights 2..11 from the right, mod 11. */
export function pyRuc(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length < 6 || d.length > 9) return null;
  const body = d.slice(0, -1).split('').reverse().join('');
  const r = 11 - (weightedSum(body, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11);
  const check = r > 9 ? 0 : r;
  return check === Number(d[d.length - 1]) ? { type: 'PY_RUC', normalized: d } : null;
}

/** South African ID: YYMMDD birth date, 13 digits, Luhn. */
export function zaId(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13 || !validDate(Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6)))) return null;
  return luhnValid(d) ? { type: 'ZA_ID', normalized: d } : null;
}

/** Korean resident registration number: YYMMDD-GNNNNNC with a weighted mod-11 check. */
export function krRrn(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13 || !validDate(Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6)))) return null;
  // The seventh digit encodes sex and century: 1-8 for people born since 1900.
  if (d[6] === '0' || d[6] === '9') return null;
  const check = (11 - (weightedSum(d.slice(0, 12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return check === Number(d[12]) ? { type: 'KR_RRN', normalized: d } : null;
}

/** Thai personal id: 13 digits, descending weights 13..2, mod 11. */
export function thPin(value: string): Validated | null {
  const d = digitsOf(value);
  // The first digit is a person category 1-8; 978/979 thirteen-digit numbers are ISBNs.
  if (d.length !== 13 || d[0] === '0' || d[0] === '9' || isTrivialDigits(d)) return null;
  const check = (11 - (weightedSum(d.slice(0, 12), [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10;
  return check === Number(d[12]) ? { type: 'TH_PIN', normalized: d } : null;
}

/**
 * India Aadhaar: 12 digits not starting with 0 or 1, Verhoeff check. Grouped as the card prints them but failing
 * the check, under the engine's threshold: only the word Aadhaar beside them makes them one (a mistyped digit).
 */
export function inAadhaar(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 12 || /^[01]/.test(d) || isTrivialDigits(d)) return null;
  if (verhoeffValid(d)) return { type: 'IN_AADHAAR', normalized: d };
  return d.length < value.length ? { type: 'IN_AADHAAR', normalized: d, score: 0.3 } : null;
}

/** Greek AMKA: DDMMYY birth date + Luhn over 11 digits. */
export function grAmka(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || !validDate(Number(d.slice(4, 6)), Number(d.slice(2, 4)), Number(d.slice(0, 2)))) return null;
  return luhnValid(d) ? { type: 'GR_AMKA', normalized: d } : null;
}

/** UK National Insurance number: two prefix letters (not the unused ones), six digits, suffix A-D. */
export function ukNino(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$/.exec(code);
  if (!m || /^(?:BG|GB|NK|KN|TN|NT|ZZ)$/.test(m[1] ?? '')) return null;
  return { type: 'UK_NINO', normalized: code };
}

/**
 * A UK Police National Computer (PNC) id, yy/nnnnnnnL: the year the record was opened, a serial of up to seven
 * digits and a check letter, the year and the zero-padded serial read as one number mod 23 into ZABCDEFGHJKLMNPQRTUVWXY.
 */
export function ukPnc(value: string): Validated | null {
  const m = /^(\d{2})\/(\d{1,7})([A-Z])$/.exec(value.replace(/\s+/g, '').toUpperCase());
  if (!m) return null;
  const number = Number(m[1]! + m[2]!.padStart(7, '0'));
  if (Number(m[2]) === 0 || 'ZABCDEFGHJKLMNPQRTUVWXY'[number % 23] !== m[3]) return null;
  return { type: 'UK_PNC', normalized: `${m[1]}/${m[2]}${m[3]}` };
}

/** Turkish identity number: 11 digits with two arithmetic checks. */
export function trId(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || d[0] === '0') return null;
  const n = d.split('').map(Number);
  const odd = (n[0] ?? 0) + (n[2] ?? 0) + (n[4] ?? 0) + (n[6] ?? 0) + (n[8] ?? 0);
  const even = (n[1] ?? 0) + (n[3] ?? 0) + (n[5] ?? 0) + (n[7] ?? 0);
  const c10 = (((odd * 7 - even) % 10) + 10) % 10;
  const c11 = n.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return c10 === n[9] && c11 === n[10] ? { type: 'TR_ID', normalized: d } : null;
}

/** Identifiers that only a nearby cue makes personal (passports, licences, cédulas): enough characters, not a run. */
export function contextualId(value: string): Validated | null {
  const code = alnumUpper(value);
  if (code.length < 5 || code.length > 20 || !/\d{4}/.test(code) || isTrivialDigits(digitsOf(code))) return null;
  return { normalized: code };
}

/** Venezuela RIF: person/entity letter + 8 digits + mod-11 check digit. */
export function veRif(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^([VEJPG])(\d{8})(\d)$/.exec(code);
  if (!m) return null;
  const letter = { V: 1, E: 2, J: 3, P: 4, G: 5 }[m[1] as 'V' | 'E' | 'J' | 'P' | 'G'];
  const sum = letter * 4 + weightedSum(m[2] ?? '', [3, 2, 7, 6, 5, 4, 3, 2]);
  const r = 11 - (sum % 11);
  return (r > 9 ? 0 : r) === Number(m[3]) ? { type: 'VE_RIF', normalized: code } : null;
}

/** Indonesia NPWP: 15 digits whose first nine carry a Luhn check. */
export function idNpwp(value: string): Validated | null {
  const d = digitsOf(value);
  return d.length === 15 && luhnValid(d.slice(0, 9)) ? { type: 'ID_NPWP', normalized: d } : null;
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Finnish personal identity code: DDMMYY, century sign, individual number, mod-31 check character. */
export function fiHetu(value: string): Validated | null {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value.toUpperCase());
  if (!m || !validDate(Number(m[3]), Number(m[2]), Number(m[1]))) return null;
  const n = Number(`${m[1]}${m[2]}${m[3]}${m[5]}`);
  return HETU_CHECK[n % 31] === m[6] ? { type: 'FI_HETU', normalized: value.toUpperCase() } : null;
}

/** Swedish personnummer: (YY)YYMMDD-NNNC with a Luhn check over the ten-digit form. */
export function sePersonnummer(value: string): Validated | null {
  let d = digitsOf(value);
  if (d.length === 12) d = d.slice(2);
  if (d.length !== 10) return null;
  const day = Number(d.slice(4, 6));
  // Co-ordination numbers add 60 to the day.
  if (!validDate(Number(d.slice(0, 2)), Number(d.slice(2, 4)), day > 60 ? day - 60 : day)) return null;
  return luhnValid(d) ? { type: 'SE_PERSONNUMMER', normalized: d } : null;
}

/** Singapore NRIC/FIN: prefix letter, seven digits, weighted mod-11 check letter. */
export function sgNric(value: string): Validated | null {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(alnumUpper(value));
  if (!m) return null;
  const prefix = m[1] ?? '';
  const offset = prefix === 'T' || prefix === 'G' ? 4 : prefix === 'M' ? 3 : 0;
  const r = (weightedSum(m[2] ?? '', [2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK';
  const letter = prefix === 'M' ? table[10 - r] : table[r];
  return letter === m[3] ? { type: 'SG_NRIC', normalized: alnumUpper(value) } : null;
}

/** Polish PESEL: birth date with century folded into the month, weighted mod-10 check digit. */
export function plPesel(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || isTrivialDigits(d)) return null;
  const month = Number(d.slice(2, 4)) % 20;
  if (!validDate(Number(d.slice(0, 2)), month, Number(d.slice(4, 6)))) return null;
  const check = (10 - (weightedSum(d.slice(0, 10), [1, 3, 7, 9]) % 10)) % 10;
  return check === Number(d[10]) ? { type: 'PL_PESEL', normalized: d } : null;
}

/** Guatemala NIT: digits then a check character, weights 2.. from the right, mod 11 (10 written K). */
export function gtNit(value: string): Validated | null {
  const code = alnumUpper(value).replace(/^0+/, '');
  const m = /^(\d{1,11})([\dK])$/.exec(code);
  if (!m || (m[1] ?? '').length < 5) return null;
  const body = (m[1] ?? '').split('').reverse().join('');
  const sum = weightedSum(body, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  const c = (11 - (sum % 11)) % 11;
  return (c === 10 ? 'K' : String(c)) === m[2] ? { type: 'GT_NIT', normalized: code } : null;
}

/**
 * Latin-American tax and identity numbers written as digits, a dash and a check character (Chile RUT, Peru
 * CUI, Paraguay RUC, Guatemala and Colombia NIT): the first scheme whose check character fits names the type.
 */
export function latamTaxId(value: string): Validated | null {
  const d = digitsOf(value);
  if (isTrivialDigits(d.slice(0, -1))) return null;
  // Thousands dots are how Chile prints a RUT, Uruguay a cédula (1.234.567-2) and Colombia a NIT (860.517.392-2, a
  // person's 15.252.525-0); Peru, Paraguay and Guatemala print theirs undotted. Five schemes pass one random number
  // in three; these three about one in four.
  if (value.includes('.')) return d.length <= 9 ? (clRut(value) ?? uyCedula(value) ?? coNit(value)) : coNit(value);
  for (const check of [clRut, peCui, pyRuc, gtNit, coNit]) {
    const found = check(value);
    if (found) return found;
  }
  return null;
}

/** Dominican Republic cédula: 11 digits (000-0000000-0) with a Luhn check digit. */
export function doCedula(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || isTrivialDigits(d)) return null;
  return luhnValid(d) ? { type: 'DO_CEDULA', normalized: d } : null;
}

/** Costa Rica cédula de persona física: province 1-9, tomo and asiento (0P-TTTT-AAAA); no check digit. */
export function crCedula(value: string): Validated | null {
  const parts = value.split(/[\s-]+/);
  if (parts.length !== 3) return null;
  const [p = '', t = '', a = ''] = parts;
  const digits = p.padStart(2, '0') + t.padStart(4, '0') + a.padStart(4, '0');
  if (!/^0[1-9]\d{8}$/.test(digits) || isTrivialDigits(t + a)) return null;
  return { type: 'CR_CEDULA', normalized: digits };
}

const MU_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Mauritius national id: surname initial, DDMMYY birth date, six digits, a mod-17 check character. */
export function muNid(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^[A-Z](\d{2})(\d{2})(\d{2})\d{7}$|^[A-Z](\d{2})(\d{2})(\d{2})\d{6}[A-Z]$/.exec(code);
  if (!m) return null;
  const [dd, mm, yy] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  if (!validDate(Number(yy), Number(mm), Number(dd))) return null;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (14 - i) * MU_ALPHABET.indexOf(code[i] ?? '');
  return MU_ALPHABET[(((17 - sum) % 17) + 17) % 17] === code[13] ? { type: 'MU_NID', normalized: code } : null;
}

/** Values of odd positions (1st, 3rd, ...) in the codice fiscale check; digits count as the letters A-J. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const CF_MONTHS = 'ABCDEHLMPRST';

/** Italian codice fiscale: surname and name letters, birth year, month letter, day (+40 for women), place, check. */
export function itFiscalCode(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^[A-Z]{6}[\dLMNPQRSTUV]{2}([A-EHLMPR-T])([\dLMNPQRSTUV]{2})[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/.exec(code);
  if (!m || !CF_MONTHS.includes(m[1] ?? '')) return null;
  // Omocodia replaces digits by L-V when two people would share a code; undo it to read the day.
  const day = Number((m[2] ?? '').replace(/[LMNPQRSTUV]/g, (c) => String('LMNPQRSTUV'.indexOf(c))));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return null;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = code.charCodeAt(i);
    const n = ch <= 57 ? ch - 48 : ch - 65;
    sum += i % 2 === 0 ? (CF_ODD[n] ?? 0) : n;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15] ? { type: 'IT_FISCAL_CODE', normalized: code } : null;
}

/**
 * UK driving licence number: five surname characters (9-padded), decade digit, birth month (+50 for women),
 * day, year digit, two initials (9-padded), a digit and two check letters.
 */
export function ukDrivingLicence(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^[A-Z][A-Z9]{4}\d(\d{2})(\d{2})\d[A-Z][A-Z9]\d[A-Z\d]{2}$/.exec(code);
  if (!m) return null;
  const month = Number(m[1]) % 50;
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { type: 'UK_DRIVING_LICENCE', normalized: code } : null;
}

/**
 * Bulgarian EGN: YYMMDD (month +40 for births since 2000; the +20 of the 1800s is left out, nobody alive was
 * born then) and a weighted mod-11 check digit.
 */
export function bgEgn(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || isTrivialDigits(d)) return null;
  const month = Number(d.slice(2, 4));
  if (!validDate(Number(d.slice(0, 2)), month > 40 ? month - 40 : month, Number(d.slice(4, 6)))) return null;
  const check = (weightedSum(d.slice(0, 9), [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10;
  return check === Number(d[9]) ? { type: 'BG_EGN', normalized: d } : null;
}

/** Slovenian EMSO (also the former Yugoslav JMBG): DDMMYYY birth date, region, serial, mod-11 check. */
export function siEmso(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13) return null;
  const yyy = d.slice(4, 7);
  if (!/^[09]/.test(yyy) || !validDate(0, Number(d.slice(2, 4)), Number(d.slice(0, 2)))) return null;
  const r = 11 - (weightedSum(d.slice(0, 12), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  if (r === 10) return null;
  return (r === 11 ? 0 : r) === Number(d[12]) ? { type: 'SI_EMSO', normalized: d } : null;
}

/**
 * El Salvador NIT: municipality (4), DDMMYY birth or registration date, serial (3), check digit; numbers
 * issued after the serial passed 100 use a second weighting.
 */
export function svNit(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 14 || !/^[019]/.test(d) || isTrivialDigits(d)) return null;
  if (!validDate(Number(d.slice(8, 10)), Number(d.slice(6, 8)), Number(d.slice(4, 6)))) return null;
  const body = d.slice(0, 13);
  const check =
    Number(d.slice(10, 13)) <= 100
      ? (weightedSum(body, [14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11) % 10
      : ((11 - (weightedSum(body, [2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11) % 10;
  return check === Number(d[13]) ? { type: 'SV_NIT', normalized: d } : null;
}

const INN_W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** Russian INN: ten digits (organisations, one check digit) or twelve (persons, two check digits). */
export function ruInn(value: string): Validated | null {
  const d = digitsOf(value);
  if (isTrivialDigits(d)) return null;
  const check = (body: string, w: number[]) => (weightedSum(body, w) % 11) % 10;
  if (d.length === 10) return check(d.slice(0, 9), INN_W10) === Number(d[9]) ? { type: 'RU_INN', normalized: d } : null;
  if (d.length !== 12) return null;
  const ok = check(d.slice(0, 10), INN_W11) === Number(d[10]) && check(d.slice(0, 11), INN_W12) === Number(d[11]);
  return ok ? { type: 'RU_INN', normalized: d } : null;
}

/** Ukrainian RNTRC (individual tax number): days since 1899-12-31 to the birth date, serial, mod-11 check. */
export function uaRntrc(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || isTrivialDigits(d)) return null;
  const total = [-1, 5, 7, 9, 4, 6, 10, 5, 7].reduce((sum, w, i) => sum + w * Number(d[i]), 0);
  return (((total % 11) + 11) % 11) % 10 === Number(d[9]) ? { type: 'UA_RNTRC', normalized: d } : null;
}

/** Czech or Slovak birth number: YYMMDD (month +50 for women, +20 since 2004), serial; ten digits divide by 11. */
export function czRodneCislo(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || isTrivialDigits(d)) return null;
  const month = Number(d.slice(2, 4)) % 50;
  if (!validDate(0, month > 20 ? month - 20 : month, Number(d.slice(4, 6)))) return null;
  const r = Number(d.slice(0, 9)) % 11;
  return (r === 10 ? 0 : r) === Number(d[9]) ? { type: 'CZ_RODNE_CISLO', normalized: d } : null;
}

/**
 * Long bare numbers whose layout carries a birth date and a check (about one random number in a hundred or
 * fewer passes), read by length: ten digits a Bulgarian EGN, eleven a Polish PESEL born 1900-2099, a
 * Norwegian fødselsnummer (two checks), a Belgian national number (mod 97) or an Estonian/Lithuanian personal
 * code, twelve a Russian personal INN, thirteen a Slovenian EMSO or a Romanian CNP, fourteen a Salvadoran NIT,
 * fifteen an Indonesian NPWP. Ten-digit numbers from 15 to
 * 19 are left alone: they are Unix timestamps (2017-2033) far more often than EGNs of people born 1915-1919.
 */
export function datedNationalId(value: string): Validated | null {
  const d = digitsOf(value);
  switch (d.length) {
    case 10:
      return /^1[5-9]/.test(d) ? null : bgEgn(d);
    case 11: {
      const month = Number(d.slice(2, 4));
      const pesel = month <= 12 || (month > 20 && month <= 32) ? plPesel(d) : null;
      return pesel ?? noFodselsnummer(d) ?? beNationalNumber(d) ?? balticPersonalCode(d);
    }
    case 12:
      return ruInn(d);
    case 13:
      return siEmso(d) ?? roCnp(d);
    case 14:
      return svNit(d);
    case 15:
      // Indonesian NPWP: the Luhn check over nine digits, and a branch code 0xx (000 for the head office).
      return d[12] === '0' ? idNpwp(d) : null;
    default:
      return null;
  }
}
