/**
 * Domestic bank account numbers whose national layout carries check digits (the part an IBAN wraps): a Spanish CCC,
 * a Norwegian kontonummer, a Belgian account. The check and the printed grouping together set them apart from
 * phone and order numbers, so they count without an account word. Like any account, each may be an organisation's
 * own, printed for all to pay into: the 'own-account' sample test drops it where the text says so.
 */
import { weightedSum } from './checksums.js';
import { digitsOf, isTrivialDigits, type Validated } from './types.js';

/** Spanish CCC check digit over ten digits: weights 1,2,4,8,5,10,9,7,3,6, 11 - sum mod 11 (10 is 1, 11 is 0). */
function cccDigit(ten: string): number {
  const r = 11 - (weightedSum(ten, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11);
  return r === 11 ? 0 : r === 10 ? 1 : r;
}

/**
 * Spanish CCC (código cuenta cliente) EEEE OOOO DC NNNNNNNNNN: bank, branch, two check digits (the first over 00 and
 * bank and branch, the second over the account) and the ten-digit account.
 */
export function esCcc(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 20 || isTrivialDigits(d.slice(10))) return null;
  const ok = cccDigit(`00${d.slice(0, 8)}`) === Number(d[8]) && cccDigit(d.slice(10)) === Number(d[9]);
  return ok ? { type: 'ES_CCC', normalized: d, sample: 'own-account' } : null;
}

/** Norwegian kontonummer 1234.56.78903: bank, account group, serial and a mod-11 check (weights 5,4,3,2,7,6,5,4,3,2). */
export function noKontonummer(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 11 || isTrivialDigits(d)) return null;
  const r = 11 - (weightedSum(d.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  if (r === 10) return null;
  return (r === 11 ? 0 : r) === Number(d[10]) ? { type: 'NO_KONTONUMMER', normalized: d, sample: 'own-account' } : null;
}

/** Belgian account 123-4567890-02: ten digits and their remainder mod 97 (97 when it is 0). */
export function beAccount(value: string): Validated | null {
  const d = digitsOf(value);
  if (d.length !== 12 || isTrivialDigits(d.slice(3, 10))) return null;
  const r = Number(d.slice(0, 10)) % 97;
  return (r === 0 ? 97 : r) === Number(d.slice(10))
    ? { type: 'BE_ACCOUNT', normalized: d, sample: 'own-account' }
    : null;
}
