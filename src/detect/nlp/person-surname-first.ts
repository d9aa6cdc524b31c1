import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { PersonSpan } from './person.js';
import { isCapitalised, type Token } from './tokenize.js';

/**
 * Registers, cause lists, rosters and medical headers write a person family name first: "NAKASHIMA, Reiko", "DE LA
 * TORRE, Iñigo Javier", "McGOWAN, Brid", and in a list's first column "Lindqvist, Maja". The family name and the given
 * names are one person: one span over both parts, also when the family name is in no list. The given name after the
 * comma must be a listed given name that is no ordinary word; a family name in capitals may stand anywhere on a line
 * (its capitals mark it), one written in plain capitalised form only where a record opens (a line, a cell, after a
 * colon, a time or a "v" of a case title) and only when it is a listed family name or unknown to the lists.
 */

// Particles inside a family name written in capitals ("DE LA TORRE", "VAN DER BERG").
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'dos']);
// A family name in capitals, perhaps with a prefix in mixed case ("McBRIDE", "MacLEOD", "O'NEILL", "D'ANGELO").
const CAPS_FAMILY = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Lu}'’-]*$/u;
const GIVEN_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** GIVEN_SHAPE.test(text) (a plain family name has the same shape); a word with no hyphen is read without the regex. */
const givenShape = (text: string) => (text.includes('-') ? GIVEN_SHAPE.test(text) : isCapitalised(text));
// Tokens after which a record opens: a colon, a time's digits, a case title's "v"/"vs", a bullet or a list number.
const OPENERS = new Set([':', '-', '–', '—', '•', '*', '|', 'v', 'vs', 'contra', 'c', ')']);

function spaced(a: Token, b: Token): boolean {
  return !b.lineStart && b.start - a.end === 1;
}

/** A given name that is nothing else: a core given name, or a rarer one that is no family name ("Nielsen"). */
function givenWord(lex: NameLexicon, t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !givenShape(t.text)) return false;
  const bits = lex.wordInfo(t.key);
  if ((bits & (WORD.COMMON | WORD.PRODUCT)) !== 0) return false;
  return (bits & WORD.FIRST_NAME) !== 0 || ((bits & WORD.MORE_GIVEN) !== 0 && (bits & WORD.SURNAME) === 0);
}

/** A second or third given name after the first ("Chidi Emmanuel", "Julieta Soledad"): listed, or unknown. */
function moreGiven(lex: NameLexicon, t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !givenShape(t.text)) return false;
  const bits = lex.wordInfo(t.key);
  if (bits === 0) return true;
  return (bits & (GIVEN | WORD.SURNAME)) !== 0 && (bits & WORD.PRODUCT) === 0;
}

function opensRecord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lineStart || t.cellStart) return true;
  const prev = tokens[i - 1];
  if (prev === undefined) return true;
  if (prev.kind === 'number') return true;
  return OPENERS.has(prev.key) && (prev.kind !== 'word' || !prev.cap);
}

/** Persons written "FAMILY, Given [Given]" in `tokens`, each as one span. */
export function surnameFirstNames(tokens: readonly Token[], lex: NameLexicon): PersonSpan[] {
  const out: PersonSpan[] = [];
  // "EZEAKU, Chinecherem" in a register whose other rows hold listed given names: a given name the lists do not know,
  // after a family name in capitals that opens a record, counts once two or more rows of the text are sure ones.
  const unsure: PersonSpan[] = [];
  let sureCaps = 0;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const comma = tokens[i + 1]!;
    if (comma.text !== ',') continue;
    const family = tokens[i]!;
    if (family.kind !== 'word' || comma.start !== family.end || family.text.length < 2) continue;
    const given = tokens[i + 2]!;
    if (given.lineStart || given.start - comma.end !== 1) continue;
    const unknownGiven =
      !givenWord(lex, given) &&
      given.kind === 'word' &&
      givenShape(given.text) &&
      given.text.length >= 4 &&
      lex.wordInfo(given.key) === 0 &&
      opensRecord(tokens, i) &&
      CAPS_FAMILY.test(family.text) &&
      /\p{Lu}{2}/u.test(family.text);
    if (!unknownGiven && !givenWord(lex, given)) continue;
    // "Heredia, Costa Rica": a town and its country.
    if ((lex.places.matchAt(tokens, i + 2)?.length ?? 0) > 1) continue;
    // "Present: Olu, Bettina, Kwame": a list of names, each its own person.
    if (tokens[i - 1]?.text === ',') continue;
    const bits = lex.wordInfo(family.key);
    let first = i;
    if (CAPS_FAMILY.test(family.text) && /\p{Lu}{2}/u.test(family.text)) {
      // "NOTE, Maria", "URGENT, Kevin": a word in capitals that is an ordinary word and no family name is a label.
      if ((bits & WORD.COMMON) !== 0 && (bits & WORD.SURNAME) === 0) continue;
      if ((bits & (WORD.PRODUCT | WORD.ORG_SUFFIX)) !== 0) continue;
      // "UCI, Sala", "RPR, Rosa": three capitals or fewer are an acronym, unless a listed family name ("NG", "LI").
      if (family.text.length <= 3 && (bits & WORD.SURNAME) === 0) continue;
      // "GARCÍA LÓPEZ, Ana", "DE LA TORRE, Iñigo": more of the family name in capitals before it.
      while (first > 0) {
        const prev = tokens[first - 1]!;
        if (prev.kind !== 'word' || !spaced(prev, tokens[first]!) || !CAPS_FAMILY.test(prev.text)) break;
        const prevBits = lex.wordInfo(prev.key);
        if (!PARTICLES.has(prev.key) && ((prevBits & WORD.SURNAME) === 0 || (prevBits & WORD.COMMON) !== 0)) break;
        first--;
      }
      // A particle does not open a family name alone ("DE, Ana" is nothing).
      if (first < i && PARTICLES.has(tokens[first]!.key) && first === i - 1 && PARTICLES.has(family.key)) continue;
    } else if (givenShape(family.text)) {
      if (family.text.length < 3 || !opensRecord(tokens, i)) continue;
      const known = (bits & WORD.SURNAME) !== 0 || bits === 0;
      if (!known || (bits & (WORD.COMMON | WORD.PLACE_FIRST | WORD.TOWN_FIRST | WORD.PRODUCT)) !== 0) continue;
      // "Maria, Sofia and Pilar": a given name first is a list of given names.
      if ((bits & GIVEN) !== 0) continue;
      // "Génova, Italia", "Tours, Francia": a town and its country, where the country is also a rarer given name.
      const givenBits = lex.wordInfo(given.key);
      if ((givenBits & WORD.PLACE) !== 0 && (givenBits & WORD.FIRST_NAME) === 0) continue;
    } else continue;
    let last = i + 2;
    while (last - i < 4 && spaced(tokens[last]!, tokens[last + 1] ?? tokens[last]!) && moreGiven(lex, tokens[last + 1]))
      last++;
    // "Olu, Bettina, Kwame": more names after a comma make a list.
    if (tokens[last + 1]?.text === ',' && givenWord(lex, tokens[last + 2])) continue;
    const span: PersonSpan = { first, last, score: 0.85, type: 'SURNAME_FIRST' };
    if (unknownGiven) unsure.push(span);
    else {
      out.push(span);
      if (CAPS_FAMILY.test(family.text) && /\p{Lu}{2}/u.test(family.text) && opensRecord(tokens, i)) sureCaps++;
    }
    i = last;
  }
  if (sureCaps >= 2) out.push(...unsure);
  return out;
}
