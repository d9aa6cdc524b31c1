import type { Finding, Label } from '../types.js';
import { gs1Valid } from '../validators/checksums.js';
import { wholeWords } from '../whole-words.js';

/**
 * A product's barcode read as someone's number: a stock list, a catalogue or a price file names its EAN / GTIN /
 * UPC column, and its 8-, 12-, 13- and 14-digit codes pass the GS1 check digit (weights 3 and 1 from the right),
 * while their first digits may also read as a birth date (a Korean registration number, a Thai id) or a phone.
 * In a text that names barcodes, such a value is dropped unless an identity word stands before it on its line.
 * About one random number in ten passes the GS1 check, so the text's barcode word is what carries the reading.
 */

/** Labels a barcode gets mistaken for. */
const BARCODE_LOOKALIKES: ReadonlySet<Label> = new Set<Label>(['NATIONAL_ID', 'PHONE', 'BANK_ACCOUNT']);

/** Words that name product barcodes (a column header or prose). */
const BARCODE_WORDS = wholeWords(
  'ean(?:-?(?:8|13|14))?|gtin(?:-?(?:8|12|13|14))?|upc(?:-a)?|barcodes?|bar codes?|c[oó]digos? de barras|' +
    'c[oó]digo ean|code-barres|strichcode',
);
/** Quick screen for BARCODE_WORDS. */
const BARCODE_SCREEN = /ean|gtin|upc|bar ?code|barras|strichcode/i;

/** Identity words that make the number on their line someone's after all. */
const ID_WORDS_ON_LINE = wholeWords(
  'id|ids|dni|nie|nif|ssn|rrn|frn|nric|cpf|curp|rut|run|cuil|cuit|c[eé]dula|passport|pasaporte|' +
    'national|nacional|identity|identidad|personnummer|pesel|tel|phone|tel[eé]fono|m[oó]vil|mobile|celular|account|cuenta',
);

/** Whether the digits (8, 12, 13 or 14 of them) pass the GS1 check digit. */
export function gs1CheckValid(digits: string): boolean {
  return /^\d+$/.test(digits) && [8, 12, 13, 14].includes(digits.length) && gs1Valid(digits);
}

/** Findings without the barcodes of a text that names them. */
export function dropProductBarcodes(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => BARCODE_LOOKALIKES.has(f.label)) || !BARCODE_SCREEN.test(text)) return findings;
  if (!BARCODE_WORDS.test(text)) return findings;
  return findings.filter((f) => !BARCODE_LOOKALIKES.has(f.label) || !productBarcode(text, f));
}

function productBarcode(text: string, f: Finding): boolean {
  if (!gs1CheckValid(text.slice(f.start, f.end))) return false;
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  return !ID_WORDS_ON_LINE.test(text.slice(lineStart, f.start));
}
