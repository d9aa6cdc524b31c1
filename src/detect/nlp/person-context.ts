import { type NameLexicon, WORD } from './lexicon.js';
import type { Token } from './tokenize.js';

/**
 * Context around one capitalised word that only a person's name fits, in any language of names: how people are
 * addressed ("Noor, can you ...", "see you soon, Noor!"), what belongs to people ("Noor's address"), who a possessive
 * pronoun points back to ("Noor lent me her car") and who speaks a line of dialogue ("Noor: \"...\"").
 */

// Words that, after "Name," open a request or a question put to that person.
const ADDRESSED = new Set(['can', 'could', 'would', 'will', 'please', 'do', 'did', 'have', 'are', 'thanks', 'thank']);
// What belongs to people, not to products or places ("Noor's wife", "la dirección de" is handled by cues).
const BELONGINGS = new Set([
  'address',
  'phone',
  'number',
  'email',
  'e-mail',
  'birthday',
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'brother',
  'sister',
  'boyfriend',
  'girlfriend',
  'parents',
  'kids',
  'children',
  'family',
  'surname',
  'maiden',
  'funeral',
  'wedding',
  'killers',
  'murder',
  'salary',
  'passport',
]);
// Possessive and reflexive pronouns of people (never of things: "its").
const PERSONAL_PRONOUNS = new Set(['his', 'her', 'him', 'himself', 'herself']);
const QUOTES = new Set(['"', '“', '«']);
const MAX_WORDS_TO_PRONOUN = 3;

/** "Noor, can you send it?": a name (ending at tokens[i]) then a comma and a request to the person addressed. */
export function addressedAtStart(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.text === ',' && ADDRESSED.has(tokens[i + 2]?.key ?? '');
}

const ASKING = new Set(['can', 'could', 'would', 'will', 'do', 'did', 'are', 'have']);
const PLEASE = new Set(['pls', 'plz', 'please', 'puedes', 'podrías', 'podrias', 'porfa', 'porfavor']);

/**
 * "Noor can you own the rotate?", "Noor pls check", "Noor puedes mirarlo": chat drops the comma of an address; a
 * request to "you" or a please in lower case right after a name.
 */
export function addressedWithoutComma(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i + 1];
  if (a === undefined || a.kind !== 'word' || a.cap || a.lineStart) return false;
  if (PLEASE.has(a.key)) return true;
  const b = tokens[i + 2];
  return ASKING.has(a.key) && b?.key === 'you' && !b.cap;
}

/** "Don't worry, Noor!": a name (ending at tokens[i], after a comma) that closes an exclamation or a question. */
export function addressedAtEnd(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.text;
  return next === '!' || next === '?';
}

/** "Noor's address", "Noor ' s wife": something that belongs to people follows the possessive. */
export function possessiveOfPerson(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/['’]s$/i.test(t.text)) return BELONGINGS.has(tokens[i + 1]?.key ?? '');
  // "Noor\'s wife": text copied out of a JSON string keeps the backslash before the apostrophe.
  const m = tokens[i + 1]?.text === '\\' ? i + 2 : i + 1;
  const mark = tokens[m]?.text;
  return (mark === "'" || mark === '’') && tokens[m + 1]?.key === 's' && BELONGINGS.has(tokens[m + 2]?.key ?? '');
}

/** "Noor lent me her car", "Kevin had given Noor his address": a personal pronoun a few lower-case words on. */
export function pronounRefersBack(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + MAX_WORDS_TO_PRONOUN + 1; j++) {
    const t = tokens[j]!;
    if (t.lineStart || t.kind !== 'word' || t.cap) return false;
    // "gave Noor his address": the pronoun may follow at once.
    if (PERSONAL_PRONOUNS.has(t.key)) return true;
  }
  return false;
}

const SENTENCE_ENDS = new Set(['.', '!', '?']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'himself', 'herself', 'él', 'ella']);
const MAX_WORDS_TO_NEXT_SENTENCE = 12;

/**
 * "Noor is very reliable. You can always count on her.": the name is the subject of its sentence (a copula right
 * after it) and the next sentence points back at a person with a personal pronoun.
 */
export function pronounInNextSentence(tokens: readonly Token[], i: number): boolean {
  if (!COPULAS.has(tokens[i + 1]?.key ?? '')) return false;
  let j = i + 2;
  while (j < tokens.length && j - i <= MAX_WORDS_TO_NEXT_SENTENCE && !SENTENCE_ENDS.has(tokens[j]!.text)) j++;
  if (!SENTENCE_ENDS.has(tokens[j]?.text ?? '')) return false;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_WORDS_TO_NEXT_SENTENCE; k++) {
    const t = tokens[k]!;
    if (SENTENCE_ENDS.has(t.text)) return false;
    if (SUBJECT_PRONOUNS.has(t.key)) return true;
  }
  return false;
}

/** 'Noor: "Who are you?"': a line of dialogue opened by the speaker's name. */
export function speakerOfLine(tokens: readonly Token[], i: number): boolean {
  const q = tokens[i + 2]?.text === '\\' ? i + 3 : i + 2;
  return tokens[i]!.lineStart && tokens[i + 1]?.text === ':' && QUOTES.has(tokens[q]?.text ?? '');
}

const SPEECH_VERBS = new Set([
  'said',
  'says',
  'asked',
  'asks',
  'replied',
  'replies',
  'added',
  'adds',
  'wrote',
  'writes',
]);
// What closes a quotation right before its inverted attribution ('"...," said Noor', '"Why?" asked Noor').
const QUOTE_ENDS = new Set(['"', '”', '»', "'", ',', '!', '?']);

/** '"We are ready," said Noor', 'I am so tired! said Noor': the speaker named right after a quotation and its verb. */
export function speakerAfterQuote(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1];
  if (verb === undefined || !SPEECH_VERBS.has(verb.key) || verb.cap) return false;
  let j = i - 2;
  if (tokens[j]?.text === '\\') j--;
  return QUOTE_ENDS.has(tokens[j]?.text ?? '');
}

// Works that carry their author's name before them ("the Dickens novel", "a Monet painting").
const WORKS = new Set([
  'novel',
  'novels',
  'biography',
  'memoir',
  'memoirs',
  'trilogy',
  'poem',
  'poems',
  'symphony',
  'concerto',
  'sonata',
  'painting',
  'paintings',
  'sculpture',
]);

/** "Unlike the Okonkwo novel", "a Monet painting": a single name between an article and a kind of work. */
export function authorOfWork(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.key;
  return (before === 'the' || before === 'a' || before === 'an') && WORKS.has(tokens[i + 1]?.key ?? '');
}

/** "McCarthy" is a name; "CalgaryNEXT" and "iPhone"-like mixed capitals are brands and tags. */
export function plainlyCapitalised(text: string): boolean {
  // Most words are ASCII with no capital after the first letter: answered without a copy or a regex.
  let plain = true;
  for (let i = 1; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c < 0x80 && (c < 0x41 || c > 0x5a);
  }
  if (plain) return true;
  return !/\p{Lu}/u.test(text.slice(1)) || /^(?:Mc|Mac|O['’]|D['’])\p{Lu}\p{Ll}+$/u.test(text);
}

const COPULAS = new Set(['is', 'was', 'seems', 'seemed', 'es', 'era', 'fue', 'parece', 'esta', 'estaba']);
const DEGREES = new Set([
  'very',
  'so',
  'really',
  'quite',
  'too',
  'always',
  'never',
  'extremely',
  'incredibly',
  'muy',
  'tan',
  'bastante',
  'siempre',
  'nunca',
]);

/** A trait of people right at tokens[i], after an optional degree word ("so", "muy"); returns whether it is one. */
function traitAt(tokens: readonly Token[], i: number, traits: ReadonlySet<string>): boolean {
  const j = DEGREES.has(tokens[i]?.key ?? '') ? i + 1 : i;
  return traits.has(tokens[j]?.key ?? '');
}

/**
 * "Yusra is very generous", "Why is Yusra so stubborn?", "Íñigo es muy amable": the name (tokens[first..last]) is the
 * subject of a trait that only people have.
 */
export function describedAsPerson(
  tokens: readonly Token[],
  first: number,
  last: number,
  traits: ReadonlySet<string>,
): boolean {
  if (COPULAS.has(tokens[last + 1]?.key ?? '') && traitAt(tokens, last + 2, traits)) return true;
  return COPULAS.has(tokens[first - 1]?.key ?? '') && traitAt(tokens, last + 1, traits);
}

/**
 * "Remedios Albarracín (DNI 48213577K)", "Rosario Valencia, NIE X1234567L": an identity document named right after
 * the words, in parentheses or after a comma, on the same line. Only people hold one.
 */
export function identityDocumentAfter(tokens: readonly Token[], last: number, lex: NameLexicon): boolean {
  const mark = tokens[last + 1];
  if (!mark || mark.lineStart || (mark.text !== '(' && mark.text !== ',')) return false;
  const next = tokens[last + 2];
  if (next === undefined || next.lineStart) return false;
  if (lex.idAfter.matchAt(tokens, last + 2) !== undefined) return true;
  // "Yassine Berrada, albañil, NIE ...", "Tova Sallow, 34, passport ...": a role or an age in lower case between commas;
  // "Maeve Kinsella, Irish, passport ...": or a nationality, which English writes with a capital.
  if (mark.text !== ',') return false;
  for (let i = last + 2, n = 0; i < tokens.length && n < 4; i++, n++) {
    const t = tokens[i]!;
    if (t.lineStart || (t.cap && !(n === 0 && nationalityWord(t, lex)))) return false;
    if (t.text === ',') return n > 0 && lex.idAfter.matchAt(tokens, i + 1) !== undefined && !tokens[i + 1]!.lineStart;
    if (t.kind === 'punct') return false;
  }
  return false;
}

// English nationality adjectives end so ("Irish", "Polish", "Chinese", "Peruvian", "Pakistani", "French", "Dutch"); the
// rest are compromise's demonyms ("Filipino", "Thai"). Only ordinary words: an unknown word so ending is a name.
const NATIONALITY_ENDING = /(?:ish|ese|ian|an|i|ch)$/;

function nationalityWord(t: Token, lex: NameLexicon): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  return lex.demonyms.has(t.key) || (NATIONALITY_ENDING.test(t.key) && lex.isWord(WORD.COMMON, t.key));
}

const BORN = new Set(['born', 'nacido', 'nacida', 'nascido', 'nascida', 'nato', 'nata', 'né', 'née', 'geboren']);

/**
 * "Ainhize, nacida el 3/5/2018", "Eilwen (born 2019)": a word set off by a comma or a bracket before "born"; not the
 * family name of a longer run cut short ("Ada Lovelace (born 1815)" is a biography's public figure).
 */
export function bornAfter(tokens: readonly Token[], last: number): boolean {
  const prev = tokens[last - 1];
  if (prev !== undefined && prev.kind === 'word' && prev.cap && !tokens[last]!.lineStart) return false;
  const mark = tokens[last + 1];
  if (!mark || (mark.text !== ',' && mark.text !== '(')) return false;
  const next = tokens[last + 2];
  return next !== undefined && !next.lineStart && !next.cap && BORN.has(next.key);
}

const STATED = new Set(['was', 'is', 'era', 'es', 'fue']);
const NAME_NOUNS = new Set(['name', 'nombre', 'nickname', 'apodo', 'alias', 'username']);
const NAME_OWNERS = new Set(['his', 'her', 'their', 'my', 'your', 'su', 'mi', 'tu', 'real', 'verdadero', 'whose']);

/**
 * "su nombre en la app era Brayan", "his name on the profile was Kai", "her real name is Oona": a person's name
 * stated after "name ... was", with a possessive (or "real") before "name" and only lower-case words between.
 */
export function nameStatedBefore(tokens: readonly Token[], head: number): boolean {
  const verb = tokens[head - 1];
  if (verb === undefined || !STATED.has(verb.key) || tokens[head]!.lineStart || verb.lineStart) return false;
  for (let i = head - 2, n = 0; i > 0 && n < 6; i--, n++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (NAME_NOUNS.has(t.key)) return NAME_OWNERS.has(tokens[i - 1]?.key ?? '');
    if (t.lineStart) return false;
  }
  return false;
}
