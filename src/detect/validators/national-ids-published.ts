/**
 * Identity and tax numbers read by their published specifications (python-stdnum's module docs and the issuing
 * authorities' pages): Israeli Teudat Zehut, Ghana Card PIN, UK Unique Taxpayer Reference, Guatemalan CUI.
 */
import { luhnValid, weightedSum } from './checksums.js';
import { digitsOf, isTrivialDigits, type Validated } from './types.js';

/**
 * Israeli identity number (Mispar Zehut, on the Teudat Zehut): up to eight digits and a check digit, Luhn over the
 * number padded with zeros to nine digits (stdnum il.idnr). Printed as nine digits or with a dash before the check.
 */
export function ilIdNumber(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length < 5 || d.length > 9) return null;
  const nine = d.padStart(9, '0');
  if (isTrivialDigits(nine.slice(0, 8).replace(/^0+/, '')) || /^0+$/.test(nine)) return null;
  return luhnValid(nine) ? { type: 'IL_ID', normalized: nine } : null;
}

/**
 * Ghana Card personal identification number: the country code GHA, nine digits and one more digit, written
 * GHA-XXXXXXXXX-X (National Identification Authority). No check-digit algorithm is published, so only the layout
 * counts; the sequences verification services print as samples (GHA-123456789-0) are nobody's.
 */
export function ghanaCard(value: string): Validated | null {
  const m = /^GHA-?(\d{9})-?(\d)$/i.exec(value.replace(/\s+/g, ''));
  if (!m) return null;
  const body = m[1] ?? '';
  if (/^(\d)\1+$/.test(body) || '0123456789'.includes(body) || '9876543210'.includes(body)) return null;
  return { type: 'GH_CARD', normalized: `GHA-${body}-${m[2]}` };
}

/**
 * UK Unique Taxpayer Reference: ten digits whose first is a check digit over the other nine, weights 6 7 8 9 10 5
 * 4 3 2, the sum mod 11 read in 2 1 9 8 7 6 5 4 3 2 1 (stdnum gb.utr, after HMRC's specification).
 */
export function ukUtr(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 10 || isTrivialDigits(d)) return null;
  const sum = weightedSum(d.slice(1), [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11;
  return '21987654321'[sum] === d[0] ? { type: 'UK_UTR', normalized: d } : null;
}

/**
 * Municipalities per department of Guatemala (departments 01-22 in RENAP's order), the last four digits of a CUI.
 * Escuintla's and Huehuetenango's counts include the municipalities created since 2014 (Sipacate, Petatán).
 */
const GT_MUNICIPALITIES = [17, 8, 16, 16, 14, 14, 19, 8, 24, 21, 9, 30, 33, 21, 8, 17, 14, 5, 11, 11, 7, 17];

/**
 * Guatemalan Código Único de Identificación (the DPI's number): eight digits, a check digit, then the department
 * and the municipality of registration, printed 4-5-4. The check is the sum of the eight digits weighted 2..9 mod
 * 11; the department must exist and the municipality be one of its own, so about one random number in 300 passes.
 */
export function gtCui(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 13 || isTrivialDigits(d.slice(0, 8))) return null;
  const department = Number(d.slice(9, 11));
  const municipality = Number(d.slice(11, 13));
  const count = GT_MUNICIPALITIES[department - 1];
  if (count === undefined || municipality < 1 || municipality > count) return null;
  return weightedSum(d.slice(0, 8), [2, 3, 4, 5, 6, 7, 8, 9]) % 11 === Number(d[8])
    ? { type: 'GT_CUI', normalized: d }
    : null;
}
