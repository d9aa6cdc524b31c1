import { gs1Valid, luhnValid, mod97 } from './checksums.js';
import { isPublishedExampleIban, isPublishedTestCard, looksLikeTestCard } from './documented-samples.js';
import { spelledDigits } from './phone.js';
import { alnumUpper, digitsOf, isTrivialDigits, type Validated } from './types.js';

interface Brand {
  type: string;
  prefix: RegExp;
  lengths: readonly number[];
}

/** Issuer prefixes and lengths; a Luhn-valid number with no known issuer is more likely an order number. */
const BRANDS: readonly Brand[] = [
  { type: 'AMEX', prefix: /^3[47]/, lengths: [15] },
  { type: 'VISA', prefix: /^4/, lengths: [13, 16, 19] },
  { type: 'MASTERCARD', prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  {
    type: 'DISCOVER',
    prefix: /^(?:6011|65|64[4-9]|622(?:12[6-9]|1[3-9]\d|[2-8]\d\d|9[01]\d|92[0-5]))/,
    lengths: [16, 17, 18, 19],
  },
  { type: 'DINERS', prefix: /^(?:30[0-5]|309|36|3[89])/, lengths: [14, 15, 16, 17, 18, 19] },
  { type: 'JCB', prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  // The rest of the 35 range is reserved for travel and entertainment issuers and printed like JCB cards.
  { type: 'JCB', prefix: /^35/, lengths: [16] },
  // UATP airline cards: 15 digits starting with 1.
  { type: 'UATP', prefix: /^1/, lengths: [15] },
  // Early JCB and enRoute-era issuers still printed on 15-digit cards.
  { type: 'JCB', prefix: /^(?:2131|1800)/, lengths: [15] },
  { type: 'UNIONPAY', prefix: /^62/, lengths: [16, 17, 18, 19] },
  { type: 'MAESTRO', prefix: /^(?:5[06-9]|6\d)/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { type: 'MIR', prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] },
];

export function paymentCard(value: string): Validated | null {
  const digits = digitsOf(value);
  if (digits.length < 12 || digits.length > 19 || isTrivialDigits(digits) || !luhnValid(digits)) return null;
  // A 12- or 13-digit number that is also a valid barcode is far more often a product code than one of the
  // few short Maestro or old Visa cards.
  if (digits.length <= 13 && gs1Valid(digits)) return null;
  const brand = BRANDS.find((b) => b.prefix.test(digits) && b.lengths.includes(digits.length));
  if (!brand) return null;
  // A short card (12-13 digits: old Maestro and Visa ranges) looks like the barcodes and article numbers of a
  // catalogue or a stock list: below the report score alone, it needs a card word nearby (the rule's boost).
  // A published sandbox card is also read in code (documented-samples.ts 'test-card'); a test-shaped one only
  // where the text says it is test data.
  const sample = isPublishedTestCard(digits) ? 'test-card' : looksLikeTestCard(digits) ? 'documented' : undefined;
  if (digits.length <= 13) return { type: brand.type, normalized: digits, score: 0.45, ...(sample && { sample }) };
  return { type: brand.type, normalized: digits, ...(sample && { sample }) };
}

/**
 * A card number read out digit by digit in a call transcript ("five four one two, nine four ..."): the words become
 * digits and are checked like a written card (issuer prefix, length, Luhn); the rule reads them only after a card
 * word, which also lifts a short (12-13 digit) card over the threshold as it does for a written one.
 */
export function spelledCard(value: string): Validated | null {
  const read = spelledDigits(value);
  if (!read || read.plus) return null;
  const card = paymentCard(read.digits);
  return card ? { ...card, type: 'CARD_SPELLED', normalized: read.digits } : null;
}

/** IBAN length per country code: the SWIFT registry plus the experimental (partner) countries. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
  // Countries using IBAN-like formats outside the official registry (French and other partner banks).
  AO: 25,
  BF: 28,
  BJ: 28,
  CF: 27,
  CG: 27,
  CI: 28,
  CM: 27,
  CV: 25,
  DZ: 26,
  GA: 27,
  GQ: 27,
  GW: 25,
  IR: 26,
  KM: 27,
  MA: 28,
  MG: 27,
  ML: 28,
  MZ: 25,
  NE: 28,
  SN: 28,
  TD: 27,
  TG: 28,
};

/** Countries whose account part (BBAN) is digits only. */
const NUMERIC_BBAN = new Set(
  'AT BA BE CZ DE DK EE ES FI FO GL HR HU IL IS LT ME NO PL PT RS SE SI SK TN AE'.split(' '),
);

/**
 * Account-part layouts of the IBAN registry where letters have a fixed place: a bank code of four letters
 * (GB, IE, NL, ...), a national check letter (IT, SM), digits around an alphanumeric account (FR, MC, CH, ...).
 */
const BBAN_LAYOUT: Record<string, RegExp> = {
  GB: /^[A-Z]{4}\d{14}$/,
  IE: /^[A-Z]{4}\d{14}$/,
  NL: /^[A-Z]{4}\d{10}$/,
  BG: /^[A-Z]{4}\d{6}[A-Z0-9]{8}$/,
  LV: /^[A-Z]{4}[A-Z0-9]{13}$/,
  RO: /^[A-Z]{4}[A-Z0-9]{16}$/,
  GI: /^[A-Z]{4}[A-Z0-9]{15}$/,
  FR: /^\d{10}[A-Z0-9]{11}\d{2}$/,
  MC: /^\d{10}[A-Z0-9]{11}\d{2}$/,
  IT: /^[A-Z]\d{10}[A-Z0-9]{12}$/,
  SM: /^[A-Z]\d{10}[A-Z0-9]{12}$/,
  CH: /^\d{5}[A-Z0-9]{12}$/,
  LI: /^\d{5}[A-Z0-9]{12}$/,
  LU: /^\d{3}[A-Z0-9]{13}$/,
  GR: /^\d{7}[A-Z0-9]{16}$/,
  CY: /^\d{8}[A-Z0-9]{16}$/,
};

/** An ASCII letter (either case), by character code. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function iban(value: string): Validated | null {
  // Every IBAN opens with its two-letter country code, written together: the sub-ranges a shrinking rule offers
  // that begin with a digit group (most of them, in a long run of groups) are rejected before any copy is made.
  if (!isAsciiLetter(value.charCodeAt(0)) || !isAsciiLetter(value.charCodeAt(1))) return null;
  const compact = alnumUpper(value);
  const country = compact.slice(0, 2);
  const expected = IBAN_LENGTHS[country];
  if (expected === undefined || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return null;
  // Words of prose that happen to pass mod 97 ("de 10 mm aproximadamente") fail the country's layout.
  const bban = compact.slice(4);
  // The country's length is part of the check: stdnum's invalid-length cases pass mod 97 on purpose.
  if (compact.length !== expected) return null;
  if (NUMERIC_BBAN.has(country) ? !/^\d+$/.test(bban) : BBAN_LAYOUT[country] && !BBAN_LAYOUT[country].test(bban))
    return null;
  if (mod97(compact.slice(4) + compact.slice(0, 4)) !== 1) return null;
  const type = `IBAN_${compact.slice(0, 2)}`;
  return isPublishedExampleIban(compact)
    ? { type, normalized: compact, sample: 'documented' }
    : { type, normalized: compact };
}

/** Country codes a BIC's 5th-6th letters must name; without this, every 8-letter capitalised word is a BIC. */
const ISO_COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AR AS AT AU AW AZ BA BB BD BE BF BG BH BI BJ BM BN BO BR BS BT BW BY BZ CA CD CF CG CH CI ' +
    'CK CL CM CN CO CR CU CV CW CY CZ DE DJ DK DM DO DZ EC EE EG ES ET FI FJ FK FM FO FR GA GB GD GE GH GI GL GM GN GQ ' +
    'GR GT GU GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR ' +
    'LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MR MS MT MU MV MW MX MY MZ NA NC NE NG NI NL NO NP NR NZ OM PA PE ' +
    'PF PG PH PK PL PR PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH ' +
    'TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WS XK YE ZA ZM ZW'
  ).split(' '),
);

export function bic(value: string): Validated | null {
  const code = value.toUpperCase();
  if (!/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(code) || !ISO_COUNTRIES.has(code.slice(4, 6))) return null;
  return { normalized: code };
}

/** Account numbers only come from context rules; the value must still look like one (enough digits, not a run). */
export function bankAccount(value: string): Validated | null {
  const digits = digitsOf(value);
  if (digits.length < 6 || digits.length > 34 || isTrivialDigits(digits)) return null;
  // Thousands groups (1.234.567) are an amount next to the word account, not its number.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(value.trim())) return null;
  // A figure of up to four digits then four zeros or more, eight digits at most (250000, 1250000, 35000000): a
  // round sum of savings or a balance written without its thousands dots, not an account number.
  if (/^[1-9]\d{0,3}0{4,}$/.test(value.trim()) && digits.length <= 8) return null;
  // A date written after the cue ("Cuenta creada el 2021-03-14", "account opened 14/03/2021") is when, not which.
  if (
    /^(?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$/.test(value.trim()) ||
    /^(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d$/.test(value.trim())
  )
    return null;
  // Four dotted groups that each fit a byte (192.0.2.10, 10.40.7.221) are an IPv4 address: a gateway, not an account.
  const dotted = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value.trim());
  if (dotted?.slice(1).every((g) => Number(g) <= 255)) return null;
  // Every account may be an organisation's own, printed for all to pay into (the 'own-account' sample test).
  if (digits.length === 22) return { type: 'AR_CBU', normalized: digits, sample: 'own-account' };
  if (digits.length === 18) return { type: 'MX_CLABE', normalized: digits, sample: 'own-account' };
  return { normalized: digits, sample: 'own-account' };
}

/**
 * A UK sort code or an Australian BSB beside an account: six digits, not a form's stand-in of one repeated digit
 * (00-00-00); like the account, an organisation's own when the text says so (the 'own-account' sample test).
 */
export function sortCode(value: string): Validated | null {
  const digits = digitsOf(value);
  if (digits.length !== 6 || /^(\d)\1{5}$/.test(digits)) return null;
  return { sample: 'own-account' };
}

/**
 * A Canadian branch transit number (five digits) or financial institution number (three digits) written beside
 * an account number: half of a person's deposit details, like a sort code. Not one digit repeated (00000).
 */
export function caBranchCode(value: string): Validated | null {
  const digits = digitsOf(value);
  if ((digits.length !== 5 && digits.length !== 3) || /^(\d)\1+$/.test(digits)) return null;
  return { sample: 'own-account' };
}

/**
 * Words of a telecom or utility service (fibre, broadband, tariff, meter, supply, factura de luz) or of a debt
 * collection (creditor, acreedor): a customer account number under them is the provider's or the creditor's
 * reference, not a bank account. Kept in step with the lookbehind of
 * financial.yaml's bank-account-context rule, which decides the same in the ordinary pass.
 */
const SERVICE_WORDS =
  /(?<![A-Za-z])(?:[Bb]roadband|BROADBAND|[Ff]ib(?:re|er|ra)|FIB(?:RE|ER|RA)|FTT[HP]|ONT|[Rr]outer|ROUTER|[Mm][oó]dem|SIM|[Ll]andline|[Ll]ine rental|[Tt]elecoms?|TELECOMS?|[Tt]elef[oó]n[ií]a|[Mm]obile (?:plan|contract)|[Dd]ata plan|[Tt]ariff|TARIFF|[Tt]arifa|[Ee]lectricity|ELECTRICITY|[Ee]lectricidad|[Ee]nergy|ENERGY|[Cc]reditors?|CREDITORS?|[Aa]creedor(?:es)?|ACREEDOR(?:ES)?|[Dd]ebt [Cc]ollect(?:ion|ors?)|DEBT COLLECT(?:ION|ORS?)|[Cc]ollection [Aa]gency|[Aa]gencia de (?:cobro|recobro)|[Gg]as (?:supply|bill|meter)|[Mm]eter|METER|MPRN|MPAN|GPRN|kWh|[Ww]ater (?:bill|supply)|[Uu]tility|[Uu]tilities|UTILITY|[Bb]anda ancha|[Oo]peradora|[Ss]uministro|SUMINISTRO|[Ff]actura de (?:luz|gas|agua|tel[eé]fono)|[Mm]edidor|CUPS)(?![a-z])/;

/** Bank and payment words that keep an account a bank account in a service text (direct debit, sort code). */
const PAYMENT_WORDS =
  /(?<![A-Za-z])(?:[Bb]ank|BANK|[Bb]anco|BANCO|[Ss]ort[ -]?code|SORT CODE|[Rr]outing|ROUTING|IBAN|SWIFT|BIC|[Dd]irect [Dd]ebit|DIRECT DEBIT|[Dd]omiciliaci[oó]n|CBU|CLABE|[Cc]hecking|[Ss]avings|[Tt]ransfer|[Tt]ransferencia|[Dd]eposit|[Dd]ep[oó]sito|[Ww]ire|[Pp]ayee|[Ss]alary|[Nn][oó]mina|[Rr]efund|[Rr]eembolso|[Aa]horros?|[Cc]uenta corriente|[Cc]redit [Uu]nion|[Ss]parkasse|[Kk]onto)/;

/**
 * Whether an account number at `start` is a telecom or utility customer account: a service word in the 400
 * characters before it and no bank or payment word in the 200 before it.
 */
export function serviceAccountInContext(text: string, start: number): boolean {
  return (
    SERVICE_WORDS.test(text.slice(Math.max(0, start - 400), start)) &&
    !PAYMENT_WORDS.test(text.slice(Math.max(0, start - 200), start))
  );
}

/** Argentine CBU: 22 digits in two blocks, each with its own weighted check digit; safe to flag without context. */
export function arCbu(value: string): Validated | null {
  const digits = digitsOf(value);
  if (digits.length !== 22 || isTrivialDigits(digits)) return null;
  const check = (block: string, weights: number[]): boolean => {
    let sum = 0;
    for (let i = 0; i < block.length - 1; i++) sum += Number(block[i]) * (weights[i % weights.length] ?? 0);
    return (10 - (sum % 10)) % 10 === Number(block[block.length - 1]);
  };
  const first = digits.slice(0, 8);
  const second = digits.slice(8);
  if (!check(first, [7, 1, 3, 9, 7, 1, 3]) || !check(second, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3])) return null;
  return { type: 'AR_CBU', normalized: digits };
}

/**
 * Peruvian CCI (código de cuenta interbancario): bank (3), branch (3), account (12) and two check digits, the first
 * over bank and branch, the second over the account, each by weights 1 2 1 2 ... from the left, the digits of each
 * product summed, and the check the complement to ten (as the CCE publishes it; BCP, BBVA and Interbank CCIs pass).
 */
export function peCci(value: string): Validated | null {
  const digits = digitsOf(value);
  if (digits.length !== 20 || isTrivialDigits(digits) || /^0{6}/.test(digits) || /^0{12}$/.test(digits.slice(6, 18)))
    return null;
  const check = (group: string): number => {
    let sum = 0;
    for (let i = 0; i < group.length; i++) {
      const p = (group.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
      sum += p > 9 ? p - 9 : p;
    }
    return (10 - (sum % 10)) % 10;
  };
  if (check(digits.slice(0, 6)) !== Number(digits[18]) || check(digits.slice(6, 18)) !== Number(digits[19]))
    return null;
  return { type: 'PE_CCI', normalized: digits, sample: 'own-account' };
}

/**
 * A Brazilian branch (agência, three to five digits, maybe a check digit) or account (conta, up to twelve digits and
 * its check digit or X): each bank computes the check its own way, so only the shape counts, after its cue.
 */
export function brBankAccount(value: string): Validated | null {
  const digits = digitsOf(value);
  if (digits.length < 3 || digits.length > 13 || /^(\d)\1+$/.test(digits)) return null;
  if (digits.length >= 6 && isTrivialDigits(digits)) return null;
  return { type: 'BR_BANK_ACCOUNT', normalized: value.trim().toUpperCase(), sample: 'own-account' };
}

/** Mexican CLABE: 18 digits, weights 3,7,1 mod 10. */
export function mxClabe(value: string): Validated | null {
  const digits = digitsOf(value);
  if (digits.length !== 18 || isTrivialDigits(digits)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(digits[i]) * ([3, 7, 1][i % 3] ?? 0)) % 10;
  if ((10 - (sum % 10)) % 10 !== Number(digits[17])) return null;
  return { type: 'MX_CLABE', normalized: digits };
}

/** Czech account weights, right-aligned: the number part has ten digits, the optional prefix six. */
const CZ_WEIGHTS = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

/** Czech bank account (prefix-number/bank code): prefix and number each pass mod 11 with the CNB weights. */
export function czBankAccount(value: string): Validated | null {
  const m = /^(?:(\d{1,6})-)?(\d{6,10})\/(\d{4})$/.exec(value.replace(/\s+/g, ''));
  if (!m) return null;
  const [, prefix = '', number = '', bank = ''] = m;
  const valid = (digits: string) => {
    const padded = digits.padStart(10, '0');
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (padded.charCodeAt(i) - 48) * (CZ_WEIGHTS[i] ?? 0);
    return sum % 11 === 0;
  };
  // Codes 19xx and 2021-2059 are years (a reference "4827351/2023"), not Czech bank codes.
  if (/^(?:19\d\d|202[1-9]|20[3-5]\d)$/.test(bank)) return null;
  if (isTrivialDigits(number) || !valid(number) || (prefix && !valid(prefix))) return null;
  return { type: 'CZ_BANK_ACCOUNT', normalized: `${prefix ? `${prefix}-` : ''}${number}/${bank}` };
}
