import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { REPO_RULES } from '../support/rules.js';

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Luhn-valid 16-digit Visa numbers, written plain, in groups of four, or with dashes. */
export const card = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }), fc.constantFrom('', ' ', '-'))
  .map(([digits, sep]) => {
    const body = `4${digits.join('')}`;
    const all = body + luhnDigit(body);
    return sep === '' ? all : (all.match(/.{4}/g) ?? []).join(sep);
  });

function ibanCheck(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of rearranged) rem = (rem * 10 + Number(ch)) % 97;
  return String(98 - rem).padStart(2, '0');
}

/** Checksum-valid Spanish and German IBANs. */
export const iban = fc
  .tuple(
    fc.constantFrom(['ES', 20], ['DE', 18]) as fc.Arbitrary<[string, number]>,
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 20, maxLength: 20 }),
  )
  .map(([[country, len], digits]) => {
    const bban = digits.slice(0, len).join('');
    return `${country}${ibanCheck(country, bban)}${bban}`;
  });

export const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{2,10}$/),
    fc.constantFrom('.', '_', ''),
    fc.stringMatching(/^[a-z]{2,8}$/),
    fc.stringMatching(/^[a-z]{3,10}$/),
    fc.constantFrom('com', 'es', 'org', 'net'),
  )
  .map(([a, sep, b, domain, tld]) => `${a}${sep}${b}@${domain}.${tld}`);

function names(file: string): string[] {
  return readFileSync(join(REPO_RULES, 'names', file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
const FIRST = names('first-names-es.txt');
const LAST = names('surnames-es.txt');

export const person = fc
  .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST))
  .map(([first, last]) => `${first} ${last}`);

export type Planted = { kind: 'card' | 'iban' | 'email' | 'person'; value: string };

const planted: fc.Arbitrary<Planted> = fc.oneof(
  card.map((value) => ({ kind: 'card' as const, value })),
  iban.map((value) => ({ kind: 'iban' as const, value })),
  email.map((value) => ({ kind: 'email' as const, value })),
  person.map((value) => ({ kind: 'person' as const, value })),
);

const FILLER = [
  'Please summarise the following for the team:',
  'Customer',
  'paid with card',
  'and wrote from',
  'Transfer the refund to',
  'Hola, me llamo',
  'mi tarjeta es la',
  'y mi correo',
  'Thanks!',
  '\n',
  '—',
  'ünïcödé',
];

/** A prompt of filler text with sensitive values planted in it. */
export const prompt = fc
  .array(fc.tuple(fc.constantFrom(...FILLER), planted), { minLength: 1, maxLength: 4 })
  .map((pairs) => ({
    text: pairs.map(([f, p]) => `${f} ${p.value}`).join(' '),
    planted: pairs.map(([, p]) => p),
  }));
