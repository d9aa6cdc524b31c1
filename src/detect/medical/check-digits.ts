/**
 * Check digits of health identifiers, so a cue followed by a number that cannot be one is not reported, and the
 * shapes rare enough to stand alone are reported without a cue: DEA registration numbers (registrant letter, a
 * letter or 9, seven digits), National Provider Identifiers (ten digits, Luhn over the "80840" health-industry
 * prefix) and German health insurance numbers (KVNR: a letter and nine digits).
 */

// The second character is the registrant's initial, or 9 for a business whose name starts with a digit.
const DEA = /^[A-Z][A-Z9]\d{7}$/;
const NPI = /^\d{10}$/;

function deaValid(value: string): boolean {
  const d = [...value.slice(2)].map(Number);
  const sum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return sum % 10 === d[6];
}

function npiValid(digits: string): boolean {
  const all = `80840${digits}`;
  let sum = 0;
  for (let i = 0; i < all.length; i++) {
    let n = all.charCodeAt(all.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/**
 * False for a licence number whose shape promises a check digit that does not match: a DEA-shaped value, or a
 * ten-digit value after an NPI cue. Other shapes (Spanish collegiate numbers, state licences) carry none.
 */
export function plausibleLicense(value: string, npiCue: boolean): boolean {
  const compact = value.replace(/[\s.-]/g, '').toUpperCase();
  if (DEA.test(compact)) return deaValid(compact);
  if (npiCue && NPI.test(compact)) return npiValid(compact);
  return true;
}

/**
 * KVNR (Krankenversichertennummer): the letter as its alphabet position in two digits, then the first eight digits;
 * each digit weighted 1, 2, 1, 2, ..., products reduced to their digit sum; the total modulo 10 is the ninth digit.
 */
export function kvnrValid(value: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(value)) return false;
  const position = value.charCodeAt(0) - 64;
  const digits = `${position < 10 ? '0' : ''}${position}${value.slice(1, 9)}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === value.charCodeAt(9) - 48;
}

// DEA registrant types: practitioners, hospitals, pharmacies, researchers, distributors, mid-level practitioners.
const DEA_REGISTRANT = /^[ABCDEFGHJKLMPRSTUX]/;

/** A DEA registration number alone: a registrant type letter and a valid check digit. */
export function bareDeaValid(value: string): boolean {
  return DEA.test(value) && DEA_REGISTRANT.test(value) && deaValid(value);
}
