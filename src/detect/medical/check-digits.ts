/**
 * Check digits of US provider identifiers, so a cue followed by a number that cannot be one is not reported:
 * DEA registration numbers (two letters, seven digits) and National Provider Identifiers (ten digits, Luhn over the
 * "80840" health-industry prefix).
 */

const DEA = /^[A-Z]{2}\d{7}$/;
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
