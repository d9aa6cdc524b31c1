import { luhnValid, weightedSum } from './checksums.js';
import { isPublishedTestCard } from './documented-samples.js';
import { arCuit, brCnpj, brCpf, esDniNie, itFiscalCode, latamTaxId, mxCurp, peCui, usSsn } from './national-ids.js';
import { brRgSp, ecCedula, iePps, svDui, uyCedula } from './national-ids-checked.js';
import { alnumUpper, digitsOf, isTrivialDigits, type Validated } from './types.js';

/**
 * Identifiers named by a cue word just before them ("passport number", "driver's license", "Steuer-ID"):
 * the cue carries the weight, so a value with letters the person calls their id is masked even when its
 * digits run (AB1234567). Digits alone that repeat or run (000000000, 123456789) stay placeholders. A value
 * written exactly like a US SSN must pass the SSN/ITIN rules, since that shape is what a reader takes it for.
 */
/** Day, month and a two- or four-digit year (or year first) with one separator throughout: a date, not an id. */
function isWrittenDate(v: string): boolean {
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(v);
  if (dmy) {
    const [a, b] = [Number(dmy[1]), Number(dmy[3])];
    return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
  }
  const ymd = /^(?:19|20)\d{2}([/.-])(\d{1,2})\1(\d{1,2})$/.exec(v);
  return ymd !== null && Number(ymd[2]) >= 1 && Number(ymd[2]) <= 12 && Number(ymd[3]) >= 1 && Number(ymd[3]) <= 31;
}

/**
 * A value printed in the layout of a document that carries a check character, where no such document's check fits:
 * a mistyped or made-up number, as the invalid rows of a test table or a form's placeholder. Read by layout only:
 * eight digits and a letter (Spanish DNI, a Peruvian DNI with its check letter, an Irish PPS number), X/Y/Z, seven
 * digits and a letter (NIE), digits, a dash and a check character (Chile RUT, Peru, Paraguay, Guatemala, Colombia,
 * Uruguay, Ecuador, a São Paulo RG, a Salvadoran DUI), 2-8-1 (Argentine CUIT/CUIL), 3.3.3-2 (Brazilian CPF), 2.3.3/4-2 (CNPJ), a CURP or a codice
 * fiscale. Bare digits of one length (an Argentine or Peruvian DNI, a Colombian cédula) carry no check: left alone.
 */
export function failsItsCheck(value: string): boolean {
  const v = value.trim();
  const code = alnumUpper(v);
  if (/^\d{7,8}[ -]?[A-Za-z]{1,2}$/.test(v)) return !esDniNie(v) && !peCui(v) && !iePps(v);
  if (/^[XYZxyz][ -]?\d{7}[ -]?[A-Za-z]$/.test(v)) return !esDniNie(v);
  // Groups are read by their lengths whatever separates them: the regrouped view (regrouped-view.ts) rewrites a
  // value's dashes and dots as spaces before the cue rules see it again.
  if (/^\d{2}[ .-]\d{8}[ .-]\d$/.test(v)) return !arCuit(v);
  if (/^\d{3}[ .-]\d{3}[ .-]\d{3}[ .-]\d{2}$/.test(v)) return !brCpf(v);
  if (/^\d{2}[ .-]\d{3}[ .-]\d{3}[ ./-]\d{4}[ .-]\d{2}$/.test(v)) return !brCnpj(v);
  if (/^(?:\d{1,3}(?:[. -]\d{3}){1,3}[ .-]|\d{6,10}[ -])[\dkK]$/.test(v))
    // A RG is printed dotted (12.345.678-2), a DUI undotted (04817263-9).
    return !latamTaxId(v) && !uyCedula(v) && !ecCedula(v) && !(/[. ]/.test(v) ? brRgSp(v) : svDui(v));
  if (/^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d$/.test(code)) return !mxCurp(code);
  if (/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(code)) return !itFiscalCode(code);
  return false;
}

/** A cued id (see cuedIdShape) that, printed in a checked document's layout, passes that document's check. */
export function cuedId(value: string): Validated | null {
  return failsItsCheck(value) ? null : cuedIdShape(value);
}

/** A value after an identity cue: five to twenty characters, four digits, not a run, a version or a date. */
function cuedIdShape(value: string): Validated | null {
  const code = alnumUpper(value);
  const digits = digitsOf(code);
  // Four digits, not necessarily in a row: German identity cards mix them with letters (L01X00T44).
  if (code.length < 5 || code.length > 20 || digits.length < 4) return null;
  if (/^(\d)\1*$/.test(digits) || (digits === code && isTrivialDigits(digits))) return null;
  // One digit then a single repeated one (600-000-000) is a round placeholder, not an issued number.
  if (/^\d(\d)\1+$/.test(digits) && digits.length >= 6) return null;
  // A payment gateway's published test card (4242 4242 4242 4242) is a card number wherever it is written.
  if (digits === code && isPublishedTestCard(digits)) return null;
  // Dotted numbers whose groups are not thousands (12.17.0, 4.2.1) are versions.
  if (/^\D*\d+(?:\.\d+){2,}$/.test(value.trim()) && !/^\D*\d{1,3}(?:\.\d{3})+$/.test(value.trim())) return null;
  if (/^\d{3}-\d{2}-\d{4}$/.test(value.trim()) && !usSsn(value)) return null;
  // A date written after the cue (a birth or issue date, 03/09/1981, 2019-11-03): no id is printed that way.
  if (isWrittenDate(value.trim())) return null;
  return { normalized: code };
}

/** A passport number after its cue: a cued id of eight to ten characters (nine under ICAO, a few add a letter). */
export function passportNumber(value: string): Validated | null {
  const code = alnumUpper(value);
  return code.length >= 8 && code.length <= 10 ? cuedIdShape(value) : null;
}

function validDayMonth(dd: number, mm: number): boolean {
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/**
 * German pension insurance number (Rentenversicherungsnummer, also the social-security number): area (2),
 * birth date DDMMYY (the day +50 once the serials of a date and initial run out), surname initial, serial (2),
 * check digit. The letter counts as its two-digit place in the
 * alphabet; the twelve digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1, the digit sums of the products added, mod 10.
 */
export function deRvnr(value: string): Validated | null {
  const code = alnumUpper(value);
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/.exec(code);
  if (!m || m[1] === '00' || !validDayMonth(Number(m[2]) % 50, Number(m[3]))) return null;
  const letter = String(code.charCodeAt(8) - 64).padStart(2, '0');
  const digits = code.slice(0, 8) + letter + (m[6] ?? '');
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(m[7]) ? { type: 'DE_RVNR', normalized: code } : null;
}

/**
 * Portuguese Cartão de Cidadão document number: civil id (8 digits), its check digit, two version letters and a
 * final check. Letters count 10..35; from the right every second value is doubled (less 9 above 9) and the
 * total divides by 10.
 */
export function ptCitizenCard(value: string): Validated | null {
  const code = alnumUpper(value);
  if (!/^\d{9}[A-Z]{2}\d$/.test(code)) return null;
  let sum = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code.charCodeAt(code.length - 1 - i);
    let v = ch >= 65 ? ch - 55 : ch - 48;
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0 ? { type: 'PT_CC', normalized: code } : null;
}

/**
 * Korean resident (RRN) and foreigner (FRN) registration numbers: YYMMDD, a sex/century digit (1-4 citizens,
 * 5-8 foreigners), six more digits; the last is a weighted mod-11 check, computed 11 - r for citizens, and
 * for foreigners 13 - r or, on numbers issued the citizens' way, 11 - r.
 */
export function krRegistration(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13 || !validDayMonth(Number(d.slice(4, 6)), Number(d.slice(2, 4)))) return null;
  const sex = Number(d[6]);
  if (sex < 1 || sex > 8) return null;
  const r = weightedSum(d.slice(0, 12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11;
  const last = Number(d[12]);
  if ((11 - r) % 10 !== last && (sex <= 4 || (13 - r) % 10 !== last)) return null;
  return { type: sex <= 4 ? 'KR_RRN' : 'KR_FRN', normalized: d };
}

/** Canadian social insurance number: nine digits, Luhn; 8 is never issued as a first digit. */
export function caSin(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 9 || d[0] === '8' || isTrivialDigits(d)) return null;
  return luhnValid(d) ? { type: 'CA_SIN', normalized: d } : null;
}

/**
 * Japanese Individual Number (My Number): eleven digits and a check digit. The body is weighted 6,5,4,3,2,7,6,5,4,3,2
 * from the left; the check is 11 minus the remainder mod 11, or 0 when the remainder is 0 or 1.
 */
export function jpMyNumber(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 12 || isTrivialDigits(d)) return null;
  const r = weightedSum(d.slice(0, 11), [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  return (r <= 1 ? 0 : 11 - r) === Number(d[11]) ? { type: 'JP_MY_NUMBER', normalized: d } : null;
}

/**
 * NHS number (England, Wales, Isle of Man) and the Scottish CHI number: ten digits, usually 3-3-4; the first nine
 * weighted 10..2, the check is 11 minus the sum mod 11 (11 becomes 0, 10 is never issued).
 */
export function nhsNumber(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || isTrivialDigits(d)) return null;
  const c = 11 - (weightedSum(d.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (c === 10) return null;
  return (c === 11 ? 0 : c) === Number(d[9]) ? { type: 'UK_NHS_NUMBER', normalized: d } : null;
}

/**
 * Australian Medicare card number: ten digits written 4-5-1, the first 2-6; the ninth is the first eight
 * weighted 1,3,7,9,1,3,7,9 mod 10 and the tenth the card issue. The person's position on the card (one digit,
 * often after a slash or a space) may follow.
 */
export function auMedicare(value: string): Validated | null {
  const d = digitsOf(value);
  const card = d.length === 11 ? d.slice(0, 10) : d;
  if (card.length !== 10 || !/^[2-6]/.test(card) || isTrivialDigits(card.slice(0, 8))) return null;
  return weightedSum(card.slice(0, 8), [1, 3, 7, 9]) % 10 === Number(card[8])
    ? { type: 'AU_MEDICARE', normalized: card }
    : null;
}

/** Check letters of the English Unique Pupil Number, indexed by the weighted sum mod 23 (no I, O or S). */
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * England's Unique Pupil Number: a check letter, then twelve characters (local authority, school, year, serial);
 * a temporary UPN ends in a letter. The check letter is the sum of the other characters weighted 2..13 (a final
 * letter counting as its index) mod 23.
 */
export function ukUpn(value: string): Validated | null {
  const v = alnumUpper(value);
  if (!/^[A-HJ-NP-Z]\d{11}[0-9A-HJ-NP-Z]$/.test(v)) return null;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const ch = v[i]!;
    const n = /\d/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch);
    if (n < 0) return null;
    sum += n * (i + 1);
  }
  return UPN_LETTERS[sum % 23] === v[0] ? { type: 'UK_UPN', normalized: v } : null;
}

/**
 * A Spanish health card's code (CIP autonómico, TSI, CIP-SNS) after its cue: two to four letters, then eight to
 * fourteen digits, maybe a closing letter; not a run of one digit or a climbing run (a form's stand-in).
 */
export function esHealthCard(value: string): Validated | null {
  const code = alnumUpper(value);
  // Some regions print the birth date, then a letter and a serial (letters, YYMMDD, a letter, 1-4 digits); the
  // date must be one, or the code is a reference that merely looks like it.
  const dated = /^[A-Z]{2,4}\d\d(\d\d)(\d\d)[A-Z]\d{1,4}$/.exec(code);
  if (dated) return validDayMonth(Number(dated[2]) % 40, Number(dated[1])) ? { normalized: code } : null;
  const m = /^[A-Z]{2,4}(\d{8,14})[A-Z]?$/.exec(code);
  if (!m) return null;
  const digits = m[1]!;
  if (/^(\d)\1*$/.test(digits) || isTrivialDigits(digits) || /^0+[1-9]?$/.test(digits)) return null;
  return { normalized: code };
}
