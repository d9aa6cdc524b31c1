import { GIVEN, type NameLexicon, WORD } from '../nlp/lexicon.js';
import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';

/**
 * A clinical note, a report, a handover or a message about one person names that person where it opens what it says
 * about them: "Podiatry note for Osric Tamblyn:", "Informe de logopedia de Telmo Arregi (6 años):", "Hospice
 * handover: Perpetua Sallow, PPS 30%", "Wilhelmina Crouch, 67." The name heads the record, so the health words after it
 * are that person's even where no "patient", "DOB" or "has" stands near them.
 *
 * A name is a listed given name then one to three capitalised words of a name (a surname, or a word that is no
 * ordinary word); it heads the record when it stands
 * - after a word of the record's subject ("for", "about", "re", "de", "para", "sobre") and ends at a colon, a line's
 *   end, a bracket or a possessive ("for Ambrose Kettering's plan"), or at a comma before an age;
 * - as a field's value on a line of its own ("Client: Thaddeus Wimbury", "Dietitian review: Philomena Dredge,"),
 *   unless the field names the sender, the author, a contact or a clinician ("From:", "Contact:", "Ponente:");
 * - at a line's start before a colon or a comma and an age ("Rosario Ibarguren, 81 años").
 * A historical or public figure ("Frida Kahlo:") is a topic's, not a record's.
 */
export interface SubjectWords {
  /** Words before the name of the record's subject ("for", "de"), folded. */
  before: ReadonlySet<string>;
  /** Field names whose value is someone else than the subject ("from", "author", "contact"), folded. */
  notSubject: ReadonlySet<string>;
  /** Places and firms a person's name may be part of ("Clínica dental de Ana Gómez"), folded. */
  notAfter: ReadonlySet<string>;
  /** Clinicians named by craft ("nurse", "dentista"): a field of theirs names who wrote, not whom. */
  clinicians: ReadonlySet<string>;
  /** People named by role ("resident", "baby", "la pareja"): their name may follow. */
  roles: PhraseIndex<true>;
  /** Historical and public figures named in full. */
  publicFigures: PhraseIndex<true>;
}

/** Capitalised words a name may have after its given name. */
const NAME_WORDS_MAX = 3;
/** Words a field's name may have before its colon ("Tissue viability review:"). */
const FIELD_WORDS_MAX = 4;
/** The oldest age a comma after a name may give. */
const AGE_MAX = 120;
/** A name's word as written: title case (not in capitals, as a heading or an acronym is). */
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
/** A possessive's ending glued to the name's last word ("Kettering's"). */
const POSSESSIVE = /['’]s$/u;

/** Whether the text names the one person it is about where a record, a note or a handover opens on them. */
export function namesItsSubject(tokens: readonly Token[], names: NameLexicon, words: SubjectWords): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap || !TITLE_CASE.test(t.text) || !names.isWord(GIVEN, t.key)) continue;
    const last = nameEnd(tokens, i, names);
    // A given name alone heads a record only after the person's role ("for baby Ione:", "del niño Telmo:").
    if (last === i && !(i > 0 && words.roles.matchAt(tokens, i - 1) !== undefined && tokens[i + 1]?.text === ':')) {
      continue;
    }
    if (words.publicFigures.matchAt(tokens, i) !== undefined) continue;
    if (headsTheRecord(tokens, i, last, names, words)) return true;
  }
  return false;
}

/** Index of the name's last word (i when no capitalised word of a name follows the given name on its line). */
function nameEnd(tokens: readonly Token[], i: number, names: NameLexicon): number {
  let last = i;
  for (let k = i + 1; k < tokens.length && k <= i + NAME_WORDS_MAX; k++) {
    const w = tokens[k]!;
    if (w.lineStart || w.kind !== 'word' || !w.cap || !TITLE_CASE.test(w.text) || w.start > tokens[k - 1]!.end + 1) {
      break;
    }
    const key = POSSESSIVE.test(w.key) ? w.key.slice(0, -2) : w.key;
    // "for Faith Healing:" or "de Ana Clínica:": an ordinary word after a given name is no family name.
    const info = names.wordInfo(key);
    if (info & WORD.COMMON && !(info & WORD.SURNAME)) break;
    last = k;
    if (POSSESSIVE.test(w.key)) break;
  }
  return last;
}

/** Whether the name at tokens[first..last] heads what the text says, by the words around it. */
function headsTheRecord(
  tokens: readonly Token[],
  first: number,
  last: number,
  names: NameLexicon,
  words: SubjectWords,
): boolean {
  const possessive = POSSESSIVE.test(tokens[last]!.key);
  // "la pareja Fermina Oyarbide y Casimiro Lastra:": two people named together end where the second name does.
  const link = tokens[last + 1];
  if (link !== undefined && !link.lineStart && AND.has(link.key) && startsAName(tokens, last + 2, names)) {
    last = nameEnd(tokens, last + 2, names);
  }
  const after = tokens[last + 1];
  const lineEnd = after === undefined || after.lineStart;
  const colon = !lineEnd && after.text === ':';
  const bracket = !lineEnd && after.text === '(';
  const age = !lineEnd && after.text === ',' && ageAt(tokens, last + 2);
  const prev = tokens[first - 1];
  // "Rosario Ibarguren, 81 años:", "Horatio Plumley:" opening a line.
  if (tokens[first]!.lineStart) return colon || age;
  if (prev === undefined) return false;
  // "... for Samuel Okoye going to Accra:", "de Eustaquio Vallejo para el expediente:": a heading line ending in a colon.
  const closed = colon || lineEnd || bracket || age || headingAfter(tokens, last);
  // "for resident Ottilie Brackwell:", "para la pareja Fermina Oyarbide y Casimiro Lastra:", "Resident Ottilie Brackwell:": the
  // person's role between the subject's word (or the line's start) and the name.
  if (closed && prev.kind === 'word' && words.roles.matchAt(tokens, first - 1) !== undefined) {
    if (prev.lineStart) return true;
    let j = first - 2;
    if (tokens[j] !== undefined && ARTICLES.has(tokens[j]!.key)) j--;
    const word = tokens[j];
    return word !== undefined && word.kind === 'word' && words.before.has(word.key);
  }
  // "... for Horatio Plumley:", "Informe de Telmo Arregi (6 años):", "for Ambrose Kettering's orthodontic plan".
  if (prev.kind === 'word' && words.before.has(prev.key)) {
    return (closed || possessive) && !namesAPlace(tokens, first - 1, words);
  }
  // "Client: Thaddeus Wimbury", "Hospice handover: Perpetua Sallow, PPS 30%".
  if (prev.text === ':') {
    const ends = closed || (after !== undefined && (after.text === ',' || after.text === '.'));
    return ends && subjectField(tokens, first - 1, words);
  }
  // "Tissue viability note, Barnaby Quilter:": a heading's comma before the name, the name's colon after it.
  if (prev.text === ',') return colon && subjectField(tokens, first - 1, words);
  // "el seguro de mi padre (Ramiro Villalba)": a relative or a role, then their name in brackets.
  if (prev.text === '(' && after?.text === ')' && first >= 2 && words.roles.matchAt(tokens, first - 2) !== undefined) {
    return true;
  }
  return false;
}

/** Words after a name, on its line, up to the colon that ends a heading. */
const HEADING_AFTER = 8;

/** Whether a colon closes, a few words on, the heading that the name ending at tokens[last] stands in. */
function headingAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + HEADING_AFTER; k++) {
    const t = tokens[k]!;
    if (t.lineStart || SENTENCE_END.has(t.text) || t.text === ',') return false;
    if (t.text === ':') return true;
  }
  return false;
}

/** Articles between a subject's word and a role ("para la pareja", "de la niña", "for the resident"). */
const ARTICLES = new Set(['the', 'la', 'el', 'los', 'las', 'del']);
/** Words that join two people named together. */
const AND = new Set(['and', 'y', 'e', '&']);
/** Punctuation that ends a sentence before a field opens on the same line ("... plain words. Name on the report:"). */
const SENTENCE_END = new Set(['.', '!', '?']);

/** Whether a listed given name in title case stands at tokens[i]. */
function startsAName(tokens: readonly Token[], i: number, names: NameLexicon): boolean {
  const t = tokens[i];
  return t !== undefined && !t.lineStart && t.kind === 'word' && TITLE_CASE.test(t.text) && names.isWord(GIVEN, t.key);
}

/** Subject's words that follow their noun's adjective in Spanish ("Clínica dental de", "Farmacia central de"). */
const AFTER_ADJECTIVE = new Set(['de', 'del', 'para', 'sobre']);

/**
 * Whether the subject's word at tokens[at] follows a place's or a firm's noun ("Clinic of", "Clínica dental de"): the
 * name after it is the business's.
 */
function namesAPlace(tokens: readonly Token[], at: number, words: SubjectWords): boolean {
  const before = tokens[at - 1];
  if (before === undefined || tokens[at]!.lineStart) return false;
  if (words.notAfter.has(before.key)) return true;
  const noun = tokens[at - 2];
  return (
    noun !== undefined && !before.lineStart && AFTER_ADJECTIVE.has(tokens[at]!.key) && words.notAfter.has(noun.key)
  );
}

/** Whether tokens[at] is an age: a whole number up to AGE_MAX ("67", "81 años", "8 y"). */
function ageAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined || t.kind !== 'number' || t.lineStart) return false;
  const next = tokens[at + 1];
  // "Osric Tamblyn, 12.5 kg" or "Ana Ruiz, 3/4": a measure, a fraction, no age.
  if (next !== undefined && !next.lineStart && next.start === t.end && next.text !== '.' && next.text !== ',') {
    return false;
  }
  if (next?.text === '.' && tokens[at + 2]?.kind === 'number' && tokens[at + 2]!.start === next.end) return false;
  const n = Number(t.text);
  return n > 0 && n <= AGE_MAX;
}

/**
 * Whether the colon at tokens[colon] closes a field, opening its line or its sentence, whose value is the record's
 * subject: not the sender's, the author's, a contact's or a clinician's field ("From:", "Prepared by:", "Nurse:").
 */
function subjectField(tokens: readonly Token[], colon: number, words: SubjectWords): boolean {
  let j = colon - 1;
  for (let n = 0; j >= 0 && n < FIELD_WORDS_MAX; j--, n++) {
    const w = tokens[j]!;
    if (w.kind !== 'word') return false;
    // "Nurse:", "Referring GP:" name who writes; "Dietitian review:", "Physio notes:" name the service.
    if (words.notSubject.has(w.key) || (j === colon - 1 && words.clinicians.has(w.key))) return false;
    if (w.lineStart || (j > 0 && SENTENCE_END.has(tokens[j - 1]!.text))) return true;
  }
  return false;
}
