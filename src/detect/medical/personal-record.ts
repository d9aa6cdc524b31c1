import { foldKey } from '../nlp/fold.js';
import { PhraseIndex } from '../nlp/phrase-index.js';
import { type Token, tokenizePhrase } from '../nlp/tokenize.js';
import { type BedWords, hasBedLine } from './bed-lines.js';

/**
 * Field names of a record or a form about one person (rules/medical/cues.yaml): a birth date's ("DOB", "Fecha de
 * nacimiento", a JSON "dateOfBirth"), an id number's ("NHS no", "DNI", "passport"), a person's name ("Name",
 * "Applicant", "Paciente"), and the titles written before a name ("Mrs", "Doña").
 */
export interface RecordFields {
  birth: PhraseIndex<true>;
  ids: PhraseIndex<true>;
  names: PhraseIndex<true>;
  titles: Set<string>;
  /** A ward list's bed and room words (bed-lines.ts): a line a bed number opens is about its patient. */
  beds?: BedWords;
  /**
   * Every word a field opens with (folded: a title, a key id, the first word of a field's name), as the OPENS_ bits of
   * what it opens: one lookup per word says which fields can start there (at most words, none).
   */
  opens: ReadonlyMap<string, number>;
}

const OPENS_BIRTH = 1;
const OPENS_ID = 2;
const OPENS_NAME = 4;
const OPENS_TITLE = 8;
const OPENS_KEY_ID = 16;

/** The record fields of the lists of field names (rules/medical/cues.yaml) and of titles. */
export function recordFieldsOf(
  lists: {
    birth: readonly string[];
    ids: readonly string[];
    names: readonly string[];
    titles: readonly string[];
  },
  beds?: BedWords,
): RecordFields {
  const opens = new Map<string, number>();
  const open = (key: string, bit: number) => opens.set(key, (opens.get(key) ?? 0) | bit);
  const index = (phrases: readonly string[], bit: number): PhraseIndex<true> => {
    const fields = new PhraseIndex<true>();
    for (const phrase of phrases) {
      fields.add(phrase, true);
      // The first token's key, as the index keeps it.
      const first = tokenizePhrase(phrase)[0]?.key;
      if (first !== undefined) open(first, bit);
    }
    return fields;
  };
  const titles = new Set(lists.titles.map(foldKey));
  for (const title of titles) open(title, OPENS_TITLE);
  for (const key of KEY_IDS) open(key, OPENS_KEY_ID);
  return {
    birth: index(lists.birth, OPENS_BIRTH),
    ids: index(lists.ids, OPENS_ID),
    names: index(lists.names, OPENS_NAME),
    titles,
    beds,
    opens,
  };
}

/** Punctuation between a field's name and its value: "DOB: ", "nhs=\"", "\"dateOfBirth\": \"", "Nº ", "CC #". */
const SEPARATORS = new Set([':', '=', '"', "'", '-', '–', '—', '.', '#', 'º', '°', '|', '(']);
/** How many separators may stand between a field's name and its value. */
const SEPARATORS_MAX = 3;
/** How many tokens of an id's value are read for its digits ("QQ 12 34 56 C", "08 12345678 90"). */
const ID_TOKENS = 4;
/** Digits an id number holds at least: "Ref 12" or "CC 2 copies" is no one's id. */
const ID_DIGITS_MIN = 5;
/** A name field's value: two capitalised words ("Nombre: Ainara Etxeberri", "\"name\": \"Bram Veldhuis\""). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
/** "nhs=\"...\"": a short key before "=" names an id in a log line or a query. */
const KEY_IDS = new Set(['nhs', 'ni', 'ssn', 'dni', 'nie', 'rut', 'curp', 'cpf']);

/**
 * Whether the text identifies one private person the way a record or a form does: a birth date written after its
 * field, an id number after its cue, a title before a name, or a name field holding a first and a last name. Such a
 * text is about that person, so its health words are theirs even far from any "I have" or "patient" ("Medical:
 * emphysema, on oxygen at night" in an insurance form; "warfarin 3 mg" in an app log that holds the user's name and
 * NHS number). A blank template ("DOB: __/__/____", "Name: [full name]") has no value after its fields and identifies
 * nobody; nor does a pseudonymous case ("Mr A") or a field name inside a sentence ("the product name: Ibuprofen Gel").
 * One pass over the tokens with a map lookup per word (RecordFields.opens), asked only once a term needs it.
 */
export function identifiesSomeone(
  tokens: readonly Token[],
  fields: RecordFields,
  /** Whether the word tokens[i] is a key of fields.opens, when the caller knows it already: only those are looked up. */
  opensAt = (i: number): boolean => fields.opens.has(tokens[i]!.key),
): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !opensAt(i)) continue;
    const opens = fields.opens.get(t.key) ?? 0;
    if (opens === 0) continue;
    if (opens & OPENS_TITLE && titleBeforeName(tokens, i)) return true;
    const birth = opens & OPENS_BIRTH ? fields.birth.matchAt(tokens, i) : undefined;
    if (birth && dateAfter(tokens, i + birth.length)) return true;
    const id = opens & OPENS_ID ? fields.ids.matchAt(tokens, i) : undefined;
    if (id && idAfter(tokens, i + id.length)) return true;
    if (opens & OPENS_KEY_ID && tokens[i + 1]?.text === '=' && idAfter(tokens, i + 1)) return true;
    const name = opens & OPENS_NAME && opensAField(tokens, i) ? fields.names.matchAt(tokens, i) : undefined;
    if (name && nameAfter(tokens, i + name.length)) return true;
  }
  // "Bed 4: pneumonia, IV antibiotics": a ward's list names each patient by their bed.
  return fields.beds !== undefined && hasBedLine(tokens, fields.beds);
}

/** Index of the first token of a field's value after its separators on the same line, or -1. */
function valueStart(tokens: readonly Token[], from: number): number {
  let j = from;
  for (let n = 0; j < tokens.length && n <= SEPARATORS_MAX; j++, n++) {
    const t = tokens[j]!;
    if (t.lineStart) return -1;
    if (t.kind === 'word' || t.kind === 'number') return j;
    if (!SEPARATORS.has(t.text)) return -1;
  }
  return -1;
}

const DIGIT = /\d/;

/** "DOB 03/05/1971", "Fecha de nacimiento: 3 de mayo de 1971", "\"dateOfBirth\": \"1971-05-03\"". */
function dateAfter(tokens: readonly Token[], from: number): boolean {
  const j = valueStart(tokens, from);
  return j >= 0 && DIGIT.test(tokens[j]!.text);
}

/**
 * "NHS no 485 777 3456", "NI number: QQ 12 34 56 C", "DNI: 12345678Z": five digits or more in its first tokens. An
 * id written with dots or dashes between its groups ("Cédula: 4.812.339-2", "RUT 17.204.551-K") is one run of
 * glued tokens, read to its end.
 */
function idAfter(tokens: readonly Token[], from: number): boolean {
  const j = valueStart(tokens, from);
  if (j < 0) return false;
  let digits = 0;
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > j && (t.lineStart || (k >= j + ID_TOKENS && t.start !== tokens[k - 1]!.end))) break;
    if (k >= j + ID_TOKENS * 3) break;
    for (const c of t.text) if (c >= '0' && c <= '9') digits++;
  }
  return digits >= ID_DIGITS_MIN;
}

/** Tokens before a field's name that open a field of JSON, a query or a log line ("{\"name\"", "&name="). */
const FIELD_OPENERS = new Set(['"', "'", '{', ',', '&', '?']);

/**
 * Whether a field's name at tokens[i] opens its line or a field ("\n  Name:", "{\"name\"", "&name="), or is a key
 * before "=" ("profile name=\"Ana Ruiz\""): not a word inside a sentence ("the product name: Ibuprofen Gel").
 */
function opensAField(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lineStart) return true;
  const prev = tokens[i - 1];
  return (prev !== undefined && FIELD_OPENERS.has(prev.text)) || tokens[i + 1]?.text === '=';
}

/** A name field's value: a separator, then a first and a last name on the same line. */
function nameAfter(tokens: readonly Token[], from: number): boolean {
  const sep = tokens[from];
  if (sep === undefined || (sep.text !== ':' && sep.text !== '=' && sep.text !== '"')) return false;
  const j = valueStart(tokens, from);
  if (j < 0) return false;
  const first = tokens[j]!;
  const second = tokens[j + 1];
  return (
    NAME_WORD.test(first.text) &&
    second !== undefined &&
    !second.lineStart &&
    second.kind === 'word' &&
    NAME_WORD.test(second.text)
  );
}

/** "Mrs Veldhuis", "Doña Remedios", "Sr. Arrizabalaga": a title (not in capitals, as "MS Word" is) before a capitalised name. */
function titleBeforeName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.cap || t.text === t.text.toUpperCase()) return false;
  let j = i + 1;
  if (tokens[j]?.text === '.') j++;
  const next = tokens[j];
  return next !== undefined && !next.lineStart && next.kind === 'word' && NAME_WORD.test(next.text);
}
