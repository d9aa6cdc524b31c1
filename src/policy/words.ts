import type { Label } from '../detect/types.js';

/** Plain words for each label, for messages a user or auditor reads. Never contains a value. */
const WORDS: Record<Label, string> = {
  PERSON: 'names of people',
  EMAIL: 'e-mail addresses',
  PHONE: 'phone numbers',
  CREDIT_CARD: 'card numbers',
  IBAN: 'IBANs',
  BANK_ACCOUNT: 'bank account numbers',
  NATIONAL_ID: 'national ID numbers',
  IP_ADDRESS: 'IP addresses',
  LOCATION: 'addresses and places',
  DATE: 'dates',
  ORGANIZATION: 'organization names',
  URL: 'URLs',
  SECRET: 'secrets (keys, tokens, passwords)',
  MEDICAL: 'medical information',
};

export function labelWords(label: Label): string {
  return `${WORDS[label]} (${label})`;
}

/** Short form without the label code, for lists such as "card numbers, IBANs". */
export function labelNoun(label: Label): string {
  return WORDS[label];
}
