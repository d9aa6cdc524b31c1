import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { PersonSpan } from './person.js';
import { atSentenceStart, isLowerCase, isUpperCase, type Token } from './tokenize.js';

/** Key of a word without its possessive ending: "Delaney's" -> "delaney" (the tokenizer's Token.base). */
function nameKey(t: Token): string {
  return t.base;
}

// Kinds of single-word person spans decided by the layout around them (a list of attendees, a speaker label, an
// e-mail address after the name), not by the word.
const STRUCTURAL = new Set(['ATTENDEE', 'SPEAKER', 'NAME_EMAIL', 'NAME_FIELD', 'CHAT_AUTHOR', 'HONORIFIC', 'COUPLE']);

// Words that join a name to a longer one ("Centro de Transfusión", "Anestesiología y Reanimación").
const NAME_LINKS = new Set(['de', 'del', 'la', 'y', 'e', 'of', 'and', '&']);
// Particles inside one person's name ("Gómez de la Riva", "van der Berg").
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le']);

export const MONTHS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'
  ).split(' '),
);

/** "20 January", "3 de abril": a day's number of one or two digits right before (perhaps with "de"). */
export function dayBefore(tokens: readonly Token[], index: number): boolean {
  const prev = tokens[index - 1]?.key === 'de' ? tokens[index - 2] : tokens[index - 1];
  return prev !== undefined && prev.kind === 'number' && prev.text.length <= 2;
}

// Prepositions before a town's name ("flies to Sofia", "vive en Florencia").
const PLACE_BEFORE = new Set(
  'in to from at near via into towards toward en a de desde hacia para por cerca'.split(' '),
);

// What ends the clause of a name said to someone ("Tadhg, if you read this...", "thanks, Tadhg!").
const VOCATIVE_END = new Set([',', '.', '!', '?', ';', ':']);

function capWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/**
 * "after that Delaney signs", not "Centro de Transfusión", "Hospital La Paz", "Colón, 28": the word is not part of a
 * longer capitalised name (an institution, a street) nor followed by a house number.
 */
function standsAlone(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i]!;
  if (!t.lineStart && capWord(tokens[i - 1]) && !tokens[i - 1]!.lineStart) return false;
  let j = last + 1;
  if (tokens[j]?.text === ',') j++;
  const next = tokens[j];
  if (!next || next.lineStart) return true;
  if (next.kind === 'number' || (j === last + 1 && capWord(next))) return false;
  return !(NAME_LINKS.has(next.key) && capWord(tokens[j + 1]));
}

// Acronyms of forms and records that a name's initials may spell ("Dana Okoro-Bell" and "DOB: ..."): the field's.
const FORM_ACRONYMS = new Set(['DOB', 'SSN', 'NHS', 'NIE', 'DNI', 'NIF', 'CIF', 'RFC', 'CEO', 'CFO', 'GP', 'ID']);

// Marks around a nickname inside a full name ('Terence "Terry" Oduya', 'Rosa (Rosi) Gil').
const OPENING = new Set(['"', '“', '(', '«', "'", '‘']);
const CLOSING = new Set(['"', '”', ')', '»', "'", '’']);

/**
 * The initials of a full name of two to four capitalised words, each half of a hyphenated word giving one, when they
 * come to three or four letters ("Mara Quist-Lindell" -> "MQL"); a nickname in quotes inside the span is skipped.
 */
function initialsOfName(tokens: readonly Token[], p: PersonSpan, lex: NameLexicon): string | undefined {
  let out = '';
  let words = 0;
  for (let w = p.first; w <= p.last; w++) {
    const t = tokens[w]!;
    if (t.kind !== 'word') continue;
    if (w > p.first && t.lineStart) return undefined;
    if (w > p.first && OPENING.has(tokens[w - 1]?.text ?? '') && CLOSING.has(tokens[w + 1]?.text ?? '')) continue;
    if (!t.cap || lex.honorifics.has(t.key)) continue;
    const halves = t.text.split('-');
    if (!halves.every((h) => /^\p{Lu}\p{Ll}/u.test(h))) return undefined;
    for (const h of halves) out += h[0];
    words++;
  }
  return words >= 2 && words <= 4 && out.length >= 3 && out.length <= 4 ? out : undefined;
}

// Verbs a person named earlier in full does when the given name alone opens a sentence ("Rosario says", "Paloma cumple 9
// años", "Grace wants"): "Will you ...", "Mark the box" read on as the word.
const PERSON_ACTS = new Set(
  (
    "says said told asked wants wanted needs needed prefers thinks thought agreed refused cannot can’t can't " +
    'dice dijo quiere quería necesita prefiere piensa cumple cumplió llamó pidió'
  ).split(' '),
);

function personActsAfter(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word' || next.cap || next.lineStart) return false;
  return PERSON_ACTS.has(next.key) || lex.personVerbsAfter.matchAt(tokens, i + 1) !== undefined;
}

/** A word with a full stop glued to it and more text on the line: "Pand. 4.2.1", "Cap. 4". */
function abbreviated(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i + 1];
  const next = tokens[i + 2];
  return dot?.text === '.' && dot.start === tokens[i]!.end && next !== undefined && !next.lineStart;
}

/**
 * "Anne-Marie Okafor ... anne-marie asked for Fridays off": in notes typed in a hurry the same person comes back in
 * lower case. Only a given name of the core lists, or a compound one of any list, that is nothing but a name (no
 * ordinary word, place, town or product) counts: family names and the rarer lists hold too many words of some
 * language ("pata", "salud").
 */
function nameInLowerCase(t: Token, lex: NameLexicon): boolean {
  const key = nameKey(t);
  const notOnlyName = WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST | WORD.TOWN_FIRST | WORD.PRODUCT;
  if (t.text.length < 4 || !isLowerCase(t.text) || lex.isWord(notOnlyName, key)) return false;
  return lex.isWord(WORD.FIRST_NAME, key) || (key.includes('-') && lex.isWord(WORD.MORE_GIVEN, key));
}

/**
 * "Mark Delaney will send it ... ask Delaney first": once a text names a person in full, a later bare part of that
 * name is the same person, and leaving it unmasked would undo the masking of the full name. Only parts of full names
 * (two words or more, decided with some confidence) count, or a lone given name that is nothing else decided with the
 * same confidence, and only capitalised occurrences; a part that is also an
 * ordinary word ("Mark", "Hunt") must sit inside a sentence, where its capital is not the sentence's.
 */
export function repeatedNameParts(
  tokens: readonly Token[],
  persons: readonly PersonSpan[],
  lex: NameLexicon,
): PersonSpan[] {
  const parts = new Set<string>();
  const initials = new Set<string>();
  const townGivens = new Set<string>();
  // Given names taken in prose with less confidence: the same person again only where a clause ends after them.
  const vocative = new Set<string>();
  for (const p of persons) {
    // "first met Tadhg at a gig ... Tadhg, if you read this": a listed given name in prose (0.6) comes back as a vocative.
    if (p.score < 0.7 && p.score >= 0.6 && p.type === 'GIVEN_NAME' && p.last === p.first) {
      const key = nameKey(tokens[p.first]!);
      const notOnlyName = WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST | WORD.PRODUCT | WORD.PUBLIC_FIGURE;
      if (lex.isWord(GIVEN, key) && !lex.isWord(notOnlyName, key)) vocative.add(key);
      continue;
    }
    if (p.score < 0.7) continue;
    if (p.last === p.first) {
      // "Present: Ana Ruiz, Sunil\n- Sunil to fix ...": a given name taken as a person with confidence (in a list of
      // people, as a speaker, after a cue) is that person again, if it is no ordinary word, place or product.
      const key = nameKey(tokens[p.first]!);
      const text = tokens[p.first]!.text;
      const notOnlyName = WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST | WORD.PRODUCT | WORD.PUBLIC_FIGURE;
      if (text.length >= 3 && !isUpperCase(text) && lex.isWord(GIVEN, key))
        if (!lex.isWord(notOnlyName, key)) parts.add(key);
      // "Present: Joost, ...", "AGENT (Priya):": a word the lists do not know at all, taken as a person by the
      // structure around it, is that person again.
      if (text.length >= 3 && !isUpperCase(text) && STRUCTURAL.has(p.type) && lex.wordInfo(key) === 0) parts.add(key);
      // "Attendees: Fiona, Tariq, Quirijn": the same for a word read as one of a list of names, unless the list wrote it
      // as an abbreviation ("Ulpiano, Pand. 4.2.1").
      if (p.type === 'LIST_OF_NAMES' && text.length >= 3 && lex.wordInfo(key) === 0 && !abbreviated(tokens, p.first))
        parts.add(key);
      // "Agnieszka Nowak (Aga) ... Aga has asthma": the short name in brackets after a full name, whatever else the
      // word may be (a town), unless it is an ordinary word.
      if (p.type === 'NAME_IN_BRACKETS' && text.length >= 2 && !isUpperCase(text))
        if (!lex.isWord(WORD.COMMON | WORD.WORD_SHAPED | WORD.PRODUCT, key) || p.score >= 0.8) parts.add(key);
      continue;
    }
    // "marek.d  10:42" heading a chat message, '"user_name": "pepe.larrea"': the given name that opens the handle is
    // the same person when said alone.
    if ((p.type === 'CHAT_AUTHOR' || p.type === 'NAME_HANDLE') && !tokens[p.first]!.cap) {
      const key = nameKey(tokens[p.first]!);
      const notOnlyName = WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST | WORD.PRODUCT;
      if (lex.isWord(GIVEN, key) && !lex.isWord(notOnlyName, key)) parts.add(key);
      continue;
    }
    // "Kai-Ryan Hollingworth ... KR said": the initials of a compound given name are its nickname.
    const head = tokens[p.first]!;
    if (head.cap && head.text.includes('-')) {
      const halves = head.text.split('-');
      if (halves.length <= 3 && halves.every((h) => /^\p{Lu}\p{Ll}/u.test(h)))
        initials.add(halves.map((h) => h[0]).join(''));
    }
    // "Mara Quist-Lindell ... MQL replied": three or four initials of a full name's words (each half of a hyphenated
    // one) are that person's initials.
    const spelled = initialsOfName(tokens, p, lex);
    if (spelled !== undefined && !FORM_ACRONYMS.has(spelled)) initials.add(spelled);
    // The family name of a known given name counts even if unlisted ("Ayna Khadzhiyev"); other parts must be listed
    // names, so a service or a culture medium taken for a name ("Agar Columbia") does not spread.
    let givenSeen = false;
    for (let w = p.first; w <= p.last; w++) {
      const t = tokens[w]!;
      // Spans that run on past the name ("Dr. Ana Ruiz\nServicio de Cirugía") end their name at a line break or at a
      // lower-case or ordinary word.
      if (w > p.first && t.lineStart) break;
      if (t.kind === 'word' && !t.cap) {
        if (NAME_PARTICLES.has(t.key)) continue;
        break;
      }
      if (t.kind !== 'word' || !t.cap || t.text.length < 3 || isUpperCase(t.text)) continue;
      const key = nameKey(t);
      const bits = lex.wordInfo(key);
      if (givenSeen && bits & WORD.COMMON && !(bits & (WORD.FIRST_NAME | WORD.SURNAME))) break;
      // "Sofía Marín ... Sofía empieza el lunes": the listed given name opening a full name, though a town has it too,
      // is that person again, except after a preposition of place ("vuela a Sofía").
      const townGiven =
        w === p.first &&
        (bits & WORD.FIRST_NAME) !== 0 &&
        (bits & (WORD.PRODUCT | WORD.ORG_SUFFIX | WORD.WORD_SHAPED | WORD.COMMON)) === 0;
      if (townGiven && bits & WORD.PLACE_FIRST) {
        parts.add(key);
        townGivens.add(key);
        givenSeen = true;
        continue;
      }
      if (lex.honorifics.has(key) || bits & (WORD.PRODUCT | WORD.PLACE_FIRST | WORD.ORG_SUFFIX | WORD.WORD_SHAPED))
        continue;
      const listed = (bits & (GIVEN | WORD.SURNAME)) !== 0;
      if (listed || (givenSeen && (bits & WORD.COMMON) === 0)) parts.add(key);
      givenSeen ||= (bits & GIVEN) !== 0;
    }
  }
  for (const key of parts) vocative.delete(key);
  if (parts.size === 0 && initials.size === 0 && vocative.size === 0) return [];
  const taken = new Uint8Array(tokens.length);
  for (const p of persons) taken.fill(1, p.first, p.last + 1);
  const out: PersonSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || t.kind !== 'word') continue;
    const key = nameKey(t);
    if (vocative.has(key) && t.cap && VOCATIVE_END.has(tokens[i + 1]?.text ?? '.') && !taken[i]) {
      out.push({ first: i, last: i, score: 0.7, type: 'NAME_REPEATED' });
      continue;
    }
    if (!parts.has(key)) {
      // Initials ("KR", "KR's"): short words in capitals, looked at only when a compound given name spells some.
      if (initials.size === 0 || t.text.length > 5 || !t.cap) continue;
      const prev = tokens[i - 1];
      const glued = prev !== undefined && prev.end === t.start && prev.kind !== 'word';
      if (initials.has(t.text.replace(/['’]s$/, '')) && !glued && standsAlone(tokens, i, i))
        out.push({ first: i, last: i, score: 0.7, type: 'NAME_REPEATED' });
      continue;
    }
    if (!t.cap && !nameInLowerCase(t, lex)) continue;
    // "@Delaney" is a handle, "Delaney.pdf", "Delaney_2" or "Delaney@example.com" part of an identifier.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && prev.end === t.start && '@._/-#'.includes(prev.text)) continue;
    if (
      next &&
      next.start === t.end &&
      ('_@'.includes(next.text) || (next.text === '.' && tokens[i + 2]?.start === next.end))
    )
      continue;
    // "Ángel Muñoz Morente" again, "Gómez de la Riva": the other parts of the same name go with it.
    let last = i;
    for (;;) {
      let j = last + 1;
      while (j < tokens.length && j - last <= 2 && NAME_PARTICLES.has(tokens[j]!.key) && !tokens[j]!.cap) j++;
      const u = tokens[j];
      if (!u || u.lineStart || !u.cap || u.kind !== 'word' || !parts.has(nameKey(u)) || taken[j]) break;
      last = j;
    }
    if (last === i && townGivens.has(key) && PLACE_BEFORE.has(tokens[i - 1]?.key ?? '')) continue;
    // A part that is also an ordinary word ("Mark", "Hunt") opening a sentence is the word, unless more parts follow.
    // "Rosario says ...", "- Paloma cumple 9 años": not when what a person does follows.
    if (last === i && !townGivens.has(key) && lex.isWord(WORD.COMMON | WORD.AMBIGUOUS_NAME, key))
      if (atSentenceStart(tokens, i) && !personActsAfter(tokens, i, lex)) continue;
    if (!standsAlone(tokens, i, last)) continue;
    // "June Okafor ... on 12 June": the month of a date.
    if (last === i && MONTHS.has(key) && dayBefore(tokens, i)) continue;
    out.push({ first: i, last, score: 0.7, type: 'NAME_REPEATED' });
    i = last;
  }
  return out;
}
