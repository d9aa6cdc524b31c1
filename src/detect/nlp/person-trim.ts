import { fieldBefore, honorificBefore, personCueBefore, titleOfPlaceBefore } from './context.js';
import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { identityDocumentAfter } from './person-context.js';
import { afterTimeStamp } from './person-dialogue.js';
import { atSentenceStart, isCapitalised, isUpperCase, type Token } from './tokenize.js';

/**
 * Word tokens of the run after dropping leading ordinary words ("The", "Yesterday", "I'm") that are not names, and a
 * capitalised cue that opens a sentence ("Soy Rafael Ortega", "Contact Ana Ruiz"): the cue then stands before the name.
 */
export function trimLeading(words: number[], tokens: readonly Token[], lex: NameLexicon): number[] {
  const out = words.slice();
  while (out.length > 0) {
    const key = tokens[out[0]!]!.key;
    // What the lists say about the word, read once for the three tests below.
    const info = lex.infoAt(tokens, out[0]!);
    // "Dawn", "Crystal": given names that are also words stay alone (a list of people may take them) or after a
    // title or a cue ("Mrs. Dawn Jessen", "called Crystal Murdock"); elsewhere "Will", "Bill" open a sentence.
    const name =
      (info & (WORD.FIRST_NAME | WORD.SURNAME)) !== 0 ||
      ((info & WORD.AMBIGUOUS_NAME) !== 0 &&
        (out.length === 1 ||
          honorificBefore(tokens, out[0]!, lex) ||
          personCueBefore(tokens, out[0]!, lex) ||
          familyNamesAfter(out, tokens, lex))) ||
      givenAfterPersonField(out, tokens, lex);
    // "A. Kilbride", "I. Ortega": a capital letter with its dot before another word is an initial, not "a" or "I".
    const initial = out.length > 1 && key.length === 1 && !lex.honorifics.has(key) && tokens[out[0]! + 1]?.text === '.';
    if (initial) break;
    // "Depósito Eulalia (Teruel)", "el Certamen Brezo de Ayllón": a Spanish noun capitalised inside a sentence or a cell
    // heads the name of a thing; only where a sentence or a line opens is it a word to drop ("Confirmamos Ana ...").
    if ((info & WORD.SPANISH) !== 0 && !name && out.length > 1 && !atSentenceStart(tokens, out[0]!)) break;
    // "Dolor Lumbar Agudo", "Informe Preliminar Ruiz": after a Spanish noun or verb that opens a sentence, the words left
    // are a heading in title case unless a given name or a title comes next ("Confirmamos Ana Ruiz ...").
    if ((info & WORD.SPANISH) !== 0 && !name && out.length > 1) {
      const nextKey = tokens[out[1]!]!.key;
      if (!lex.isWordAt(GIVEN, tokens, out[1]!) && !lex.honorifics.has(nextKey)) return [];
    }
    if (((info & WORD.COMMON) !== 0 && !name) || (lex.honorifics.has(key) && out.length > 1)) out.shift();
    else if (out.length > 1 && statementCode(tokens, out[0]!, out[1]!)) out.shift();
    else if (out.length > 1 && out[1] === out[0]! + 1 && lex.personCues.hasExact(key)) out.shift();
    else if (roleAcronymBeforeName(out, tokens, info, lex)) out.shift();
    else break;
  }
  // "Defence Spokesman Colonel Rajesh Kalia": a title inside the run starts the name when the words before it are
  // ordinary or derived words (a role), never an organisation's ("Hospital Universitario Doctor Peset").
  const role = WORD.COMMON | WORD.WORD_SHAPED;
  const notRole = WORD.ORG_HEAD_FIRST | WORD.ORG_SUFFIX | WORD.KNOWN_ORG_FIRST | WORD.PLACE_FIRST;
  for (let n = 1; n < out.length - 1; n++) {
    if (lex.isWordAt(notRole, tokens, out[n - 1]!)) break;
    const key = tokens[out[n]!]!.key;
    // "la Procuradora D.ª Carmen Ruiz", "el Letrado D. Pau Serra": an abbreviated title (a dot or an ordinal mark)
    // starts the name after any role, even one the lists do not know, unless it names a street ("Calle Dr. Fleming").
    if (abbreviatedTitle(tokens, out[n]!, lex) && !titleOfPlaceBefore(tokens, out[n + 1]!, lex))
      return out.slice(n + 1);
    // "GP Dr Adebanjo", "RN Ms Keogh": a role written as a short acronym before a title the name follows.
    const acronym = tokens[out[n - 1]!]!.text;
    if (lex.honorifics.has(key) && /^\p{Lu}{2,4}$/u.test(acronym) && out[n] === out[n - 1]! + 1)
      return out.slice(n + 1);
    if (!lex.isWordAt(role, tokens, out[n - 1]!)) break;
    if (lex.honorifics.has(key) && key.length > 2) return out.slice(n + 1);
  }
  return out;
}

/**
 * "RN Moira Hendry", "PC Dafydd Rowlands", "SGT Ana Beltrán": a role or a rank written as a short acronym before a
 * listed given name and one more word is no part of the name.
 */
function roleAcronymBeforeName(out: number[], tokens: readonly Token[], info: number, lex: NameLexicon): boolean {
  if (out.length < 3 || out[1] !== out[0]! + 1 || !/^\p{Lu}{2,4}$/u.test(tokens[out[0]!]!.text)) return false;
  if ((info & (WORD.FIRST_NAME | WORD.SURNAME | WORD.MORE_GIVEN)) !== 0) return false;
  return lex.isWordAt(WORD.FIRST_NAME, tokens, out[1]!) && !lex.isWordAt(WORD.AMBIGUOUS_NAME, tokens, out[1]!);
}

// Transaction type codes of bank statements that open a payee who may be a person ("FPO TO ...", "BGC ...", "STO ...":
// faster payment out and in, bank giro credit, bill payment, standing order, transfer); not card, cash or debit codes.
const STATEMENT_CODES = new Set('fpo fpi fp bgc bp sto so tfr trf transf bacs'.split(' '));

/** "FPO TO AMRIT GILL": a statement's code in capitals before more words in capitals is no part of the name. */
function statementCode(tokens: readonly Token[], index: number, next: number): boolean {
  const t = tokens[index]!;
  if (!STATEMENT_CODES.has(t.key) || !isUpperCase(t.text)) return false;
  const after = tokens[next]!.text;
  return isUpperCase(after);
}

/**
 * "Guarantor: Efua Ansah", "Referee: Hope Danquah": right after a person's field (or before an identity document), a plainly capitalised word
 * before one or two family names (listed ones, or unknown to the lists) is the given name even when it is also an
 * ordinary word.
 */
function givenAfterPersonField(out: readonly number[], tokens: readonly Token[], lex: NameLexicon): boolean {
  if (out.length < 2 || out.length > 3 || out[out.length - 1]! - out[0]! !== out.length - 1) return false;
  if (!isCapitalised(tokens[out[0]!]!.text)) return false;
  // "BOWMAN: Bran Carrick, Irish, passport ...": a person's identity document after the run says the same.
  const last = out[out.length - 1]!;
  if (fieldBefore(tokens, out[0]!, lex) !== 'PERSON' && !identityDocumentAfter(tokens, last, lex)) return false;
  const other = WORD.COMMON | WORD.PLACE | WORD.PLACE_FIRST | WORD.ORG_SUFFIX | WORD.PRODUCT;
  for (let n = 1; n < out.length; n++) {
    const t = tokens[out[n]!]!;
    if (!isCapitalised(t.text) || lex.isWord(other, t.key)) return false;
  }
  return true;
}

/**
 * "Joy Okoye", "Hope Adeyinka-Cole": one or two family names that are nothing else (no word, place or given name)
 * after a given name that is also a word make it the given name.
 */
function familyNamesAfter(out: readonly number[], tokens: readonly Token[], lex: NameLexicon): boolean {
  if (out.length > 3) return false;
  const other = WORD.COMMON | WORD.PLACE_FIRST | GIVEN | WORD.AMBIGUOUS_NAME;
  for (let n = 1; n < out.length; n++) {
    const info = lex.infoAt(tokens, out[n]!);
    if ((info & WORD.SURNAME) === 0 || (info & other) !== 0) return false;
  }
  return true;
}

/** Drop trailing words that cannot belong to a name (an organisation suffix, a common word). */
export function trimTrailing(words: number[], tokens: readonly Token[], lex: NameLexicon): number[] {
  // The caller's list is copied only when a word is dropped.
  let out = words;
  // "[20:15] Amparo Lucena Gil: ...": a chat line's author before the colon is whole; no field label follows it.
  const author = tokens[words[words.length - 1]! + 1]?.text === ':' && afterTimeStamp(tokens, words[0]!);
  while (out.length > 1) {
    const lastIndex = out[out.length - 1]!;
    // "Kevin M.": a capital letter with its dot after a name is the family name's initial.
    const t = tokens[lastIndex]!;
    const dot = tokens[lastIndex + 1];
    if (t.text.length === 1 && t.cap && dot?.text === '.' && dot.start === t.end && out.length === 2) break;
    const name = lex.isWordAt(WORD.SURNAME | WORD.FIRST_NAME, tokens, lastIndex);
    // "MV Ardnish Bruma": a word that is ordinary only in Spanish ends a capitalised name (of a thing, as often as not)
    // instead of being cut off it; before a colon it is still the next field's label.
    if (tokens[lastIndex + 1]?.text !== ':' && lex.isWordAt(WORD.SPANISH, tokens, lastIndex)) break;
    // A word right before a colon is the next field's label ("... Cuéllar NºCol: 28 28 70973"), unless it is a
    // listed name that is no ordinary word: "Update on Mark Jennings: he is off sick", "lo de Julián Ortega: está de
    // baja" end the name there ("... Ward: 5B" still drops the ward).
    const nameBeforeColon = name && !lex.isWordAt(WORD.COMMON, tokens, lastIndex);
    if (
      (tokens[lastIndex + 1]?.text === ':' && !author && !nameBeforeColon) ||
      (!name && lex.isWordAt(WORD.COMMON | WORD.ORG_SUFFIX, tokens, lastIndex))
    ) {
      if (out === words) out = words.slice();
      out.pop();
    } else break;
  }
  return out;
}

/** "D.", "D.ª", "Dña.", "Sr.", "Dr.": a short title written as an abbreviation, with its dot or its ordinal mark. */
function abbreviatedTitle(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  const t = tokens[index]!;
  if (!lex.honorifics.has(t.key) || t.text.length > 4) return false;
  // "D.a" is "D.ª" once the ordinal mark is folded to its letter.
  if (/[ªº]|^\p{L}\.\p{L}$/u.test(t.text)) return true;
  return tokens[index + 1]?.text === '.' && tokens[index + 1]!.start === t.end;
}
