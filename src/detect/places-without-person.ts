import type { Finding, Label } from './types.js';

/**
 * A town, region or country named on its own is personal data only when the text ties it to someone: a travel
 * policy's per-diem cities, a flu bulletin's regions or a company's history name places about nobody. So a bare
 * place (not a street, a postcode or an address field) is kept when the text also holds a value that points at a
 * person, or when its own sentence says whose place it is ("I'm from", "she lives in", "nació en").
 */

/** Location types that name a place without pointing at an address (DISTRICT: "colonia X", "barrio X"). */
const BARE_PLACE_TYPES = new Set(['PLACE', 'DISTRICT', 'TABLE_PLACE', 'CONFIG_VALUE']);

/**
 * Labels that show the text is about someone. DATE counts because dates are reported only next to personal cues;
 * SECRET, URL and ORGANIZATION do not, since a config file or a firm's page names places about nobody.
 */
const PERSON_LABELS: ReadonlySet<Label> = new Set<Label>([
  'PERSON',
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'NATIONAL_ID',
  'IP_ADDRESS',
  'DATE',
  'MEDICAL',
]);

/**
 * Words that tie a place to the writer or to someone in its sentence. Singular first person only: "we" and "our"
 * are the voice of a company's own documents. Movement and residence verbs cover "moved here from", "was born in",
 * "visited"; the Spanish list mirrors them.
 */
const OWNER_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      "i|i'm|i’m|im|i've|i’ve|i'll|i’ll|me|my|mine|myself",
      'lives?|living|lived|born|grew|moved?|moving|relocat(?:e|ed|ing)|resid(?:e|es|ed|ing|ent|ence)',
      'hometown|originally|visit(?:s|ed|ing)?|trip|holidays?|vacation|staying|stayed|arrived|flew|honeymoon',
      'yo|mi|mis|conmigo|vivo|vives|vive|vivimos|viven|vivía|vivió|nací|naciste|nació|nacido|nacida|natural',
      'reside|residente|domicilio|domiciliad[oa]|vecin[oa]|mudé|mudó|mudamos|mudarme|visité|visitó|viajé|viajó',
      'vacaciones|estuve|estuvo|fui',
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);

/** Sentence bounds around a span: the nearest full stop, question or exclamation mark, or line break. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  return [from, to];
}

function ownedInSentence(text: string, f: Finding): boolean {
  const [from, to] = sentenceAround(text, f.start, f.end);
  return OWNER_CUE.test(text.slice(from, f.start)) || OWNER_CUE.test(text.slice(f.end, to));
}

/** A place with digits in its span carries a postcode or a house number: part of an address, never bare. */
const isBarePlace = (f: Finding, text: string) =>
  f.label === 'LOCATION' && BARE_PLACE_TYPES.has(f.type) && !/\d/.test(text.slice(f.start, f.end));

/** Findings without the bare places that nothing in the text ties to a person. */
export function dropPlacesWithoutPerson(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => isBarePlace(f, text))) return findings;
  const aboutSomeone = findings.some(
    (f) => PERSON_LABELS.has(f.label) || (f.label === 'LOCATION' && !isBarePlace(f, text)),
  );
  if (aboutSomeone) return findings;
  return findings.filter((f) => !isBarePlace(f, text) || ownedInSentence(text, f));
}
