/** The coarse kinds of sensitive data. Policies, audit records and placeholders use exactly these. */
export const LABELS = [
  'PERSON',
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'NATIONAL_ID',
  'IP_ADDRESS',
  'LOCATION',
  'DATE',
  'ORGANIZATION',
  'URL',
  'SECRET',
  'MEDICAL',
] as const;

export type Label = (typeof LABELS)[number];

export function isLabel(value: string): value is Label {
  return (LABELS as readonly string[]).includes(value);
}

/**
 * One sensitive span in a text. Offsets are UTF-16 code units of the ORIGINAL text (not the
 * normalised view the detectors may have matched on), end exclusive.
 */
export interface Finding {
  start: number;
  end: number;
  label: Label;
  /** Fine kind: VISA, ES_DNI, AWS_ACCESS_KEY, ICD10, MEDICATION, ... */
  type: string;
  /** 0..1 confidence. */
  score: number;
  /** Id of the detector or rule that produced it. */
  detector: string;
  /**
   * Canonical form for validator-backed values (digits of a card, IBAN without spaces, lower-cased
   * e-mail), so equal values written differently share one pseudonym. Absent when the text is canonical.
   */
  normalized?: string;
}

/** Text in, findings out. Implementations must be pure with respect to the input and never throw on odd text. */
export interface TextDetector {
  detect(text: string): Finding[];
}

/**
 * Findings under this score are dropped: validators and rules use lower scores for values that only count
 * with a context word (a possible-but-unallocated phone number), and the boost lifts them over it.
 */
export const MIN_REPORT_SCORE = 0.5;
