import { STREET_ABBREVIATIONS, UNIT_WORDS } from './address-words.js';
import { labelEnd, personFieldAfterGap, roleOfSomething } from './field-labels.js';
import { type FieldKind, type NameLexicon, WORD } from './lexicon.js';
import type { Token } from './tokenize.js';

/** "Dr. Pérez", "Sra Gómez", "Mr Smith": an honorific (with or without its dot) right before tokens[index]. */
export function honorificBefore(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  let i = index - 1;
  const dotted = tokens[i]?.text === '.';
  if (dotted) i--;
  const t = tokens[i];
  // A title ends with its line or its table cell ("MX<tab>CURP ...": a country code, then a document).
  if (t === undefined || t.kind !== 'word' || !lex.honorifics.has(t.key)) return false;
  if (tokens[index]?.lineStart || tokens[index]?.cellStart) return false;
  // "Hospital de la Princesa. Departamento ...": after a whole word the dot ends a sentence; abbreviations are short.
  if (dotted && t.text.length > 5) return false;
  if (namesAPlace(tokens, i, lex)) return false;
  // A one-letter title ("D." for Don) only counts with its dot.
  return dotted || t.text.length > 1;
}

/** "Plaza Dr. Robert, 5", "c/ Dr. Joan Soler 1-3": a title right before tokens[index] that is part of a street name. */
export function titleOfPlaceBefore(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  const i = tokens[index - 1]?.text === '.' ? index - 2 : index - 1;
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && lex.honorifics.has(t.key) && namesAPlace(tokens, i, lex);
}

const OF = new Set(['de', 'del', 'du', 'des', 'of', 'di']);
// Words before the number of a room, a bed, a seat or a table.
const NUMBERED_UNITS = new Set('rm room hab habitacion bed cama seat asiento cabin table mesa'.split(' '));
const ARTICLES = new Set(['la', 'el', 'le', 'the', 'los', 'las']);

// Words before the number of a day ("el día 2 Dña. ...", "on the 3rd").
const DAY_WORDS = new Set(['dia', 'día', 'day']);

/**
 * "El 22/11/2026 Dña. ...", "el día 2 Sra. ...": the number at tokens[i] ends a date (after a glued '/', '-' or '.'
 * and a number, or after "día"), which is no house number of the title after it.
 */
function endsDate(tokens: readonly Token[], i: number): boolean {
  const sep = tokens[i - 1];
  if (sep === undefined) return false;
  if (DAY_WORDS.has(sep.key)) return true;
  return (
    (sep.text === '/' || sep.text === '-' || sep.text === '.') &&
    sep.end === tokens[i]!.start &&
    tokens[i - 2]?.kind === 'number' &&
    tokens[i - 2]!.end === sep.start
  );
}

/**
 * "Hospital de la Princesa", "rue du Président Roosevelt", "C/ Alcalde Martínez", "167 King Alexander": a title after
 * "of", a street type or a house number is part of the name of a street or a building, not a person's title.
 */
function namesAPlace(tokens: readonly Token[], title: number, lex: NameLexicon): boolean {
  let i = title - 1;
  if (ARTICLES.has(tokens[i]?.key ?? '')) i--;
  while (tokens[i]?.text === '.' || tokens[i]?.text === '/') i--;
  const before = tokens[i];
  if (before === undefined) return false;
  // A number ending the line before ("Negociado: 3" above "D.ª ...") is no house number of this title.
  // "Rm 118 Herr X", "hab. 214 Sra. Y": a room's, a bed's or a seat's number is no house number either.
  if (before.kind === 'number')
    return (
      i === title - 1 &&
      !endsDate(tokens, i) &&
      !tokens[title]!.lineStart &&
      !NUMBERED_UNITS.has(tokens[tokens[i - 1]?.text === '.' ? i - 2 : i - 1]?.key ?? '')
    );
  if (lex.streetTypesEs.has(before.key) || lex.streetTypesEn.has(before.key)) return true;
  if (namesakeInstitution(tokens, i)) return true;
  // "a favor de D. Luis", "a nombre de Dña. Ana", "the office of Dr Quintero": after a lower-case word that heads no
  // street or institution, "de" or "of" leads to a person.
  const head = tokens[i - 1];
  const personOf =
    (before.key === 'de' || before.key === 'of') &&
    head?.kind === 'word' &&
    !head.cap &&
    !OF.has(head.key) &&
    !lex.streetTypesEs.has(head.key) &&
    !lex.isWord(WORD.ORG_HEAD_FIRST, head.key);
  return OF.has(before.key) && !personOf;
}

// Institutions named after someone long gone ("Hospital Dr. Peset", "Instituto Prof. Novoa", "Colegio Dr. Fleming"):
// the title and name after one of these words name the building. A clinic or a practice is left out: "Clínica Dra.
// Soto" is usually the doctor's own.
const NAMESAKE_HEADS = new Set(
  'hospital hospitales policlínico policlinico sanatorio instituto universidad facultad colegio liceo escuela fundación fundacion'.split(
    ' ',
  ),
);

/** "Hospital Dr.", "Hospital Militar Dr.": tokens[at] (or the capitalised word before it) heads an institution. */
function namesakeInstitution(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined || t.kind !== 'word' || !t.cap) return false;
  if (NAMESAKE_HEADS.has(t.key)) return true;
  const head = tokens[at - 1];
  return !t.lineStart && head !== undefined && head.kind === 'word' && head.cap && NAMESAKE_HEADS.has(head.key);
}

/** A phrase such as "my name is" or "atendido por" right before tokens[index], a comma or colon allowed between. */
export function personCueBefore(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  if (tokens[index]?.lineStart && !isSignOff(tokens, index, lex)) return false;
  let i = index;
  // "What's your last name? Okafor": the answer follows the question mark.
  if (tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === ':' || tokens[i - 1]?.text === '?') i--;
  return lex.personCues.endsBefore(tokens, i) !== undefined;
}

// "Regards,\nJohn": sign-offs put the name on the next line.
function isSignOff(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  const prev = tokens[index - 1];
  return prev?.text === ',' && lex.personCues.endsBefore(tokens, index - 1) !== undefined;
}

export function placeCueBefore(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  return lex.placeCues.endsBefore(tokens, index, 3) !== undefined;
}

// First words of the labels of a part of a person's name ("First name", "Forename(s)", "Preferred name", "Apellidos").
const NAME_PART_LABELS = new Set(
  'first last surname surnames forename forenames given middle family preferred known nombre nombres apellido apellidos primer segundo'.split(
    ' ',
  ),
);

/**
 * "Nombre: ...", "Address: ...": a form label that opens a line (or follows a full stop) and ends in a colon right
 * before tokens[index]. Returns what the value is.
 */
export function fieldBefore(tokens: readonly Token[], index: number, lex: NameLexicon): FieldKind | undefined {
  let colon = index - 1;
  if (tokens[colon]?.text === '.') colon--; // "C.P.: 28016"
  if (tokens[colon]?.text !== ':') return undefined;
  // The person, place and organisation finders ask about the same value after a colon about twice each per text:
  // the label is read once per token list (tokens are never mutated) and lexicon.
  if (tokens !== fieldsOf || lex !== fieldsLex) {
    fieldsOf = tokens;
    fieldsLex = lex;
    if (fieldCodes.length < tokens.length) fieldCodes = new Int8Array(tokens.length * 2);
    else fieldCodes.fill(0, 0, tokens.length);
  }
  const code = fieldCodes[index]!;
  if (code !== 0) return FIELD_OF_CODE[code];
  const field = labelBefore(tokens, colon, lex);
  fieldCodes[index] = field === undefined ? 1 : FIELD_OF_CODE.indexOf(field);
  return field;
}

// fieldBefore's answers for the last token list asked about: 0 not read yet, else an index of FIELD_OF_CODE.
const FIELD_OF_CODE = [undefined, undefined, 'PERSON', 'LOCATION', 'ORGANIZATION'] as const;
let fieldsOf: readonly Token[] | undefined;
let fieldsLex: NameLexicon | undefined;
let fieldCodes = new Int8Array(1024);

/** The field a label names that ends with the colon at tokens[colon] (see fieldBefore). */
function labelBefore(tokens: readonly Token[], colon: number, lex: NameLexicon): FieldKind | undefined {
  // "Insured (lead applicant): ...", "Contacto (urgencias): ...": a bracket between the label and its colon.
  const end = labelEnd(tokens, colon);
  for (let start = Math.max(0, end - 5); start < end; start++) {
    const hit = lex.fields.matchAt(tokens, start);
    if (!hit) continue;
    const whole = start + hit.length === colon || start + hit.length === end;
    if (!whole && !roleOfSomething(tokens, start, hit, end)) continue;
    const before = tokens[start - 1];
    if (tokens[start]!.lineStart || !before || '.;,|(-•*?!/'.includes(before.text)) return hit.value;
    // "Batch: 7 08:40  Technician: ...", "Chófer: ...  Supervisora: ...": a person's field after a wide gap, on a
    // log or a form that sets several fields on one line.
    if (hit.value === 'PERSON' && personFieldAfterGap(tokens, start)) return hit.value;
    // "Ms  1.2 First name: ...", "Surname: Okonjo   Forename(s): ...": a field of a part of a person's name, numbered
    // or after a wide gap, on a form that sets several fields on one line.
    if (hit.value !== 'PERSON' || !NAME_PART_LABELS.has(tokens[start]!.key)) continue;
    if (tokens[start]!.start - before.end >= 3) return hit.value;
    const dot = tokens[start - 2];
    if (
      before.kind === 'number' &&
      dot?.text === '.' &&
      dot.end === before.start &&
      tokens[start - 3]?.kind === 'number'
    )
      return hit.value;
  }
  return undefined;
}

/**
 * Short words that a dot abbreviates inside a form value rather than ends it: street types, unit and number words,
 * titles ("12 St. Mary's Road", "Av. Corrientes", "Dpto. 4", "No. 7", "Jr."), keys folded to lower case.
 */
const ABBREVIATED = new Set(
  `st av ave avda rd blvd mt ft pl pza pje ctra cra urb col fracc prol dpto depto dept apt apto ste bldg no nº
  num nro int ext esq mz lt esc prov jr sr sra srta dr dra mr mrs ms sta sto gral pres co bros`.split(/\s+/),
);
/** Words that go on with an address after a dot ("Calle Sol 3. Piso 2", "4 Mill Lane. Flat 2"), besides UNIT_WORDS. */
const GOES_ON = new Set(['portal', 'bloque', 'escalera', 'local', 'oficina', 'interior', 'dpto', 'depto', 'apto']);

/**
 * Whether the dot at tokens[i] ends a sentence inside a form value: a space and a capitalised word follow it, and the
 * word before it is neither an initial ("J. Smith") nor an abbreviation ("St. Mary's", "Dpto. B").
 */
function sentenceEndAt(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || next.lineStart) return true;
  if (next.start === dot.end || next.kind !== 'word' || !next.cap) return false;
  if (UNIT_WORDS.has(next.key) || GOES_ON.has(next.key)) return false;
  const before = tokens[i - 1];
  if (before === undefined || before.end !== dot.start) return false;
  if (before.kind !== 'word') return true;
  // "NE46 2PL. Please": letters glued to a number are a code's, whatever they spell, and end the value like it.
  const glued = tokens[i - 2];
  if (glued?.kind === 'number' && glued.end === before.start) return true;
  return !(before.text.length === 1 || ABBREVIATED.has(before.key) || STREET_ABBREVIATIONS.has(before.key));
}

/** Tokens of a form value: from index to the end of its line or sentence, at most maxTokens. */
export function fieldValueEnd(tokens: readonly Token[], index: number, maxTokens = 12): number {
  let end = index;
  for (let i = index; i < tokens.length && i - index < maxTokens; i++) {
    const t = tokens[i]!;
    if (i > index && t.lineStart) break;
    if (t.text === ';' || t.text === '|') break;
    // "Address: 4 Kelby Road, Leeds LS2 7QT. Thanks for ...": the value ends with its sentence.
    if (t.text === '.' && sentenceEndAt(tokens, i)) break;
    if (t.text === ':') break;
    end = i;
  }
  // Never end on punctuation.
  while (end > index && tokens[end]!.kind === 'punct') end--;
  return end;
}
