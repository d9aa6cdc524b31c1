import type { Label } from '../detect/types.js';

/**
 * Realistic fake values of the same kind (surrogate mode): a name for a name, a Luhn-valid card of the
 * same length and grouping for a card, an IBAN of the same country with valid check digits, addresses from
 * the documentation ranges. The model reads natural text instead of `<PERSON_1>`; the restorer swaps the
 * fakes back. Labels with no convincing fake (secrets, medical text, dates) return undefined and the caller
 * uses a placeholder instead.
 */
export type Random = () => number;

type Lang = 'en' | 'es' | 'de' | 'fr';

const FIRST: Record<Lang, string[]> = {
  en: ['James', 'Emma', 'Oliver', 'Grace', 'Henry', 'Chloe', 'Samuel', 'Ruby', 'Thomas', 'Alice', 'Daniel', 'Lucy'],
  es: ['Lucía', 'Javier', 'Carmen', 'Pablo', 'Elena', 'Sergio', 'Marta', 'Diego', 'Paula', 'Andrés', 'Nuria', 'Raúl'],
  de: ['Jonas', 'Lena', 'Lukas', 'Marie', 'Felix', 'Jana', 'Moritz', 'Katrin', 'Tobias', 'Anke', 'Jörg', 'Sünje'],
  fr: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Léa', 'Mathis', 'Manon', 'Théo', 'Inès', 'Jules', 'Céline', 'Rémi'],
};
const LAST: Record<Lang, string[]> = {
  en: ['Walker', 'Bennett', 'Hughes', 'Foster', 'Palmer', 'Reid', 'Carter', 'Ellis', 'Porter', 'Hayes', 'Lawson'],
  es: ['Navarro', 'Romero', 'Iglesias', 'Castillo', 'Ortega', 'Delgado', 'Herrera', 'Molina', 'Serrano', 'Núñez'],
  de: ['Becker', 'Hoffmann', 'Krüger', 'Schulte', 'Wagner', 'Zimmermann', 'Keller', 'Vogel', 'Brandt', 'Lange'],
  fr: ['Lefèvre', 'Moreau', 'Girard', 'Fournier', 'Mercier', 'Bonnet', 'Lambert', 'Rousseau', 'Faure', 'Chevalier'],
};
const CITIES: Record<Lang, string[]> = {
  en: ['Bristol', 'Leeds', 'Portland', 'Halifax', 'Dayton', 'Brighton', 'Albany'],
  es: ['Albacete', 'Logroño', 'Cáceres', 'Huesca', 'Teruel', 'Zamora', 'Lugo'],
  de: ['Göttingen', 'Kassel', 'Ulm', 'Bamberg', 'Jena', 'Rostock', 'Trier'],
  fr: ['Angers', 'Nîmes', 'Limoges', 'Brest', 'Poitiers', 'Annecy', 'Colmar'],
};
const ORGS = ['Northwind Traders', 'Contoso Ltd', 'Fabrikam Inc', 'Tailspin Toys', 'Litware Group', 'Adatum Corp'];

function pick<T>(list: readonly T[], random: Random): T {
  return list[Math.floor(random() * list.length)] as T;
}

const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Which list a known name belongs to, folded ("Lucia" finds "Lucía"). */
const KNOWN = new Map<string, Lang>();
for (const lang of ['en', 'es', 'de', 'fr'] as const) {
  for (const name of [...FIRST[lang], ...LAST[lang], ...CITIES[lang]]) KNOWN.set(fold(name), lang);
}

/** A guess good enough to keep a Spanish name Spanish: known names, then letters, then surname endings. */
function languageOf(text: string): Lang {
  for (const word of text.split(/[^\p{L}]+/u)) {
    const known = KNOWN.get(fold(word));
    if (known) return known;
  }
  if (/[ñ¿¡]|[áéíóú](?!.*[äöüß])/i.test(text)) return 'es';
  if (/[äöüß]/i.test(text)) return 'de';
  if (/[èêëçàâîôûœ]/i.test(text)) return 'fr';
  if (/\p{L}{2,}(ez|az|iz|oz)\b/iu.test(text)) return 'es';
  return 'en';
}

function digit(random: Random): string {
  return String(Math.floor(random() * 10));
}

/** Replaces each digit (after the first `keep`) by a random one and each letter by a random letter. */
function sameShape(value: string, random: Random, keep = 0): string {
  let seen = 0;
  let out = '';
  for (const ch of value) {
    if (/[0-9]/.test(ch)) out += seen++ < keep ? ch : digit(random);
    else if (/[A-Z]/.test(ch)) out += String.fromCharCode(65 + Math.floor(random() * 26));
    else if (/[a-z]/.test(ch)) out += String.fromCharCode(97 + Math.floor(random() * 26));
    else out += ch;
  }
  return out;
}

function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function fakeCard(value: string, random: Random): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 12) return sameShape(value, random, 1);
  let payload = digits[0] as string;
  while (payload.length < digits.length - 1) payload += digit(random);
  const fresh = payload + luhnCheckDigit(payload);
  let k = 0;
  return value.replace(/\d/g, () => fresh[k++] as string);
}

function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

function fakeIban(value: string, random: Random): string {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return sameShape(value, random);
  const country = compact.slice(0, 2);
  const bban = sameShape(compact.slice(4), random);
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - mod97(numeric)).padStart(2, '0');
  const fresh = `${country}${check}${bban}`;
  // Keep the grouping the user wrote (usually blocks of four).
  let k = 0;
  return value.replace(/[A-Za-z0-9]/g, () => fresh[k++] as string);
}

function fakePerson(value: string, random: Random): string {
  const lang = languageOf(value);
  const words = value.trim().split(/\s+/).length;
  const first = pick(FIRST[lang], random);
  if (words <= 1) return first;
  return `${first} ${pick(LAST[lang], random)}`;
}

function fakeEmail(value: string, random: Random): string {
  const lang = languageOf(value);
  const local = `${pick(FIRST[lang], random)}.${pick(LAST[lang], random)}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return `${local}${Math.floor(random() * 90) + 10}@${pick(['example.com', 'example.org', 'example.net'], random)}`;
}

function fakeIp(value: string, random: Random): string {
  if (value.includes(':')) return `2001:db8::${Math.floor(random() * 0xfffe + 1).toString(16)}`;
  const net = pick(['192.0.2', '198.51.100', '203.0.113'], random);
  return `${net}.${Math.floor(random() * 253) + 1}`;
}

export function surrogateFor(label: Label, value: string, random: Random): string | undefined {
  switch (label) {
    case 'PERSON':
      return fakePerson(value, random);
    case 'EMAIL':
      return fakeEmail(value, random);
    case 'PHONE':
      return sameShape(value, random, value.trim().startsWith('+') ? 2 : 1);
    case 'CREDIT_CARD':
      return fakeCard(value, random);
    case 'IBAN':
      return fakeIban(value, random);
    case 'BANK_ACCOUNT':
    case 'NATIONAL_ID':
      return sameShape(value, random);
    case 'IP_ADDRESS':
      return fakeIp(value, random);
    case 'LOCATION':
      return pick(CITIES[languageOf(value)], random);
    case 'ORGANIZATION':
      return pick(ORGS, random);
    case 'URL':
      return `https://www.example.com/${sameShape('aaaaaa', random)}`;
    default:
      return undefined;
  }
}

/** A deterministic generator from a 32-byte seed (mulberry32 over the first word), so retries are cheap. */
export function seededRandom(seed: Buffer): Random {
  let state = seed.readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
