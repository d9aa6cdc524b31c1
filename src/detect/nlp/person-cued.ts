import { type NameLexicon, WORD } from './lexicon.js';
import { plainlyCapitalised } from './person-context.js';
import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

/**
 * Short names and nicknames given away by a cue beside them, where nothing else reads them as a person (a care log, a
 * witness statement, a courier's proof of delivery, a support reply):
 *
 * - a nickname after "le decían", "le dicen", "alias", "apodado", "nicknamed", "aka" (article and quotes outside):
 *   'al otro le decían "el Flaco"', 'a guy nicknamed "Boots"';
 * - whoever signed for or received a parcel, a listed name in quotes or after "by": 'signed "Tomi"',
 *   'recibió "Maru"', 'received by Kelechi';
 * - a listed name in brackets after a person noun: "la señora de la caja (Mili)", "the lady at the desk (Roisin)";
 * - a social-media agent's sign-off glued to a caret: "... ^Lupe";
 * - a member of staff named by role before a listed given name: "Agent Orla", "la cajera Yesenia".
 */

const NICKNAME_VERBS = ['decian', 'dicen', 'llaman', 'decia', 'deciamos', 'llamaban'];
/** Pronouns before a naming verb: "le decían", "lo llaman". */
const NICKNAME_PRONOUNS = new Set(['le', 'les', 'lo', 'la']);
const NICKNAME_CUES = ['apodado', 'apodada', 'alias', 'nicknamed', 'aka', 'a.k.a'];
const RECEIPT_VERBS = ['signed', 'firmo', 'recibio', 'received', 'recibido', 'recibida', 'firmado', 'firmada'];
/** Words after a receipt verb that introduce its subject: "received by", "recibido por". */
const AGENT_WORDS = new Set(['by', 'por']);
const STAFF = [
  'agent',
  'agente',
  'operator',
  'operador',
  'operadora',
  'cashier',
  'cajero',
  'cajera',
  'courier',
  'repartidor',
  'repartidora',
  'nurse',
  'enfermera',
  'enfermero',
  'driver',
  'receptionist',
  'recepcionista',
  'clerk',
];
const STAFF_SET = new Set(STAFF);
const CUE = cueWords([...NICKNAME_VERBS, ...NICKNAME_CUES, ...RECEIPT_VERBS, ...STAFF]);
const NICKNAME_VERB_SET = new Set(NICKNAME_VERBS);
const RECEIPT_SET = new Set(RECEIPT_VERBS);

/** Nouns for a person that a name in brackets may follow within a few words: "la señora del mostrador (Yuli)". */
const PERSON_NOUNS = new Set(
  (
    'senora senor senorita vecino vecina chica chico muchacha muchacho mujer hombre encargado encargada cajero cajera ' +
    'recepcionista portero portera conserje repartidor repartidora mensajero chofer conductor conductora taxista ' +
    'cuidadora cuidador enfermera enfermero dependienta dependiente camarero camarera casero casera agente asesor ' +
    'asesora lady guy woman man girl boy neighbour neighbor receptionist cashier clerk guard doorman porter courier ' +
    'driver nurse carer caregiver agent waiter waitress landlord landlady'
  ).split(' '),
);
const PERSON_NOUN_REACH = 6;
/** What ends the phrase a person noun heads before the brackets. */
const PHRASE_ENDS = new Set([',', ';', ':', '(', ')', '!', '?']);

const OPEN_QUOTES = new Set(['"', '“', '«', "'", '‘']);
const CLOSE_QUOTES = new Set(['"', '”', '»', "'", '’']);
const ARTICLES = new Set(['el', 'la', 'the']);
const NOT_A_NAME = WORD.COMMON | WORD.PLACE | WORD.PRODUCT | WORD.WORD_SHAPED;
const ANY_NAME = WORD.FIRST_NAME | WORD.MORE_GIVEN | WORD.AMBIGUOUS_NAME | WORD.SURNAME;

export function findCuedNames(tokens: readonly Token[], lex: NameLexicon): TokenSpan[] {
  const out: TokenSpan[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    let span: TokenSpan | undefined;
    if (t.kind === 'punct') {
      if (t.text === '(') span = bracketedAfterPersonNoun(tokens, i, lex);
      else if (t.text === '^') span = caretSignOff(tokens, i, lex);
    } else if ((t.cues & CUE) !== 0) {
      if (NICKNAME_VERB_SET.has(t.key)) {
        if (NICKNAME_PRONOUNS.has(tokens[i - 1]?.key ?? '')) span = nicknameAfter(tokens, i + 1, lex);
      } else if (RECEIPT_SET.has(t.key)) span = receiver(tokens, i + 1, lex);
      else if (STAFF_SET.has(t.key)) span = staffName(tokens, i + 1, lex);
      else span = nicknameAfter(tokens, i + 1, lex);
    }
    if (span !== undefined) {
      out.push(span);
      i = span.last;
    }
  }
  return out;
}

/** A capitalised word on the cue's line that may be a name: not an ordinary word, a place or a product. */
function nameWord(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    t.kind === 'word' &&
    t.cap &&
    !t.lineStart &&
    t.text.length >= 2 &&
    plainlyCapitalised(t.text) &&
    !lex.isWord(NOT_A_NAME, t.key)
  );
}

function listedGiven(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  return nameWord(tokens, i, lex) && lex.isWord(WORD.FIRST_NAME | WORD.MORE_GIVEN, tokens[i]!.key);
}

/** 'le decían "el Flaco"', 'alias Chino', 'nicknamed "Boots"': one or two capitalised words, quoted or not. */
function nicknameAfter(tokens: readonly Token[], at: number, lex: NameLexicon): TokenSpan | undefined {
  let j = at;
  const quoted = OPEN_QUOTES.has(tokens[j]?.text ?? '');
  if (quoted) j++;
  if (ARTICLES.has(tokens[j]?.text ?? '')) j++;
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || !t.cap || t.lineStart || !plainlyCapitalised(t.text)) return undefined;
  // A quoted nickname may be any word ("el Flaco"); an unquoted one must be a listed name ("alias Checkout" is not).
  if (!quoted && !(nameWord(tokens, j, lex) && lex.isWord(ANY_NAME, t.key))) return undefined;
  let last = j;
  if (nameWord(tokens, j + 1, lex)) last++;
  if (quoted && !CLOSE_QUOTES.has(tokens[last + 1]?.text ?? '')) return undefined;
  return { first: j, last, score: 0.7, type: 'NICKNAME' };
}

/** 'signed "Chipo"', 'recibió "Maru"', 'received by Kelechi': a listed name quoted, or a given name after "by". */
function receiver(tokens: readonly Token[], at: number, lex: NameLexicon): TokenSpan | undefined {
  if (OPEN_QUOTES.has(tokens[at]?.text ?? '')) {
    if (!nameWord(tokens, at + 1, lex) || !lex.isWord(ANY_NAME, tokens[at + 1]!.key)) return undefined;
    let last = at + 1;
    if (nameWord(tokens, last + 1, lex)) last++;
    return CLOSE_QUOTES.has(tokens[last + 1]?.text ?? '')
      ? { first: at + 1, last, score: 0.7, type: 'RECEIVER' }
      : undefined;
  }
  const j = AGENT_WORDS.has(tokens[at]?.key ?? '') ? at + 1 : at;
  if (!listedGiven(tokens, j, lex)) return undefined;
  return { first: j, last: familyAfter(tokens, j, lex), score: 0.7, type: 'RECEIVER' };
}

/** "Agent Orla", "la cajera Yesenia Ríos": a role of staff, then a listed given name (and a family name). */
function staffName(tokens: readonly Token[], at: number, lex: NameLexicon): TokenSpan | undefined {
  if (!listedGiven(tokens, at, lex) || lex.isWord(WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST, tokens[at]!.key))
    return undefined;
  return { first: at, last: familyAfter(tokens, at, lex), score: 0.7, type: 'STAFF_NAME' };
}

function familyAfter(tokens: readonly Token[], at: number, lex: NameLexicon): number {
  return nameWord(tokens, at + 1, lex) && lex.isWord(WORD.SURNAME, tokens[at + 1]!.key) ? at + 1 : at;
}

/** "la señora del counter (Yuli)": one listed name in brackets, a person noun a few words before. */
function bracketedAfterPersonNoun(tokens: readonly Token[], open: number, lex: NameLexicon): TokenSpan | undefined {
  if (tokens[open + 2]?.text !== ')' || tokens[open]!.lineStart || !nameWord(tokens, open + 1, lex)) return undefined;
  if (!lex.isWord(ANY_NAME, tokens[open + 1]!.key)) return undefined;
  if (tokens[open + 1]!.text.length < 3) return undefined;
  for (let k = open - 1; k >= 0 && open - k <= PERSON_NOUN_REACH; k--) {
    const t = tokens[k]!;
    if (PHRASE_ENDS.has(t.text)) return undefined;
    if (t.kind === 'word' && !t.cap && PERSON_NOUNS.has(t.key))
      return { first: open + 1, last: open + 1, score: 0.7, type: 'BRACKETED_NAME' };
    if (t.lineStart) return undefined;
  }
  return undefined;
}

/** "... ya escalamos tu caso ^Lupe": a listed given name glued to a caret, ending its line. */
function caretSignOff(tokens: readonly Token[], caret: number, lex: NameLexicon): TokenSpan | undefined {
  const t = tokens[caret + 1];
  if (t === undefined || t.start !== tokens[caret]!.end || !listedGiven(tokens, caret + 1, lex)) return undefined;
  const after = tokens[caret + 2];
  if (after !== undefined && !after.lineStart) return undefined;
  return { first: caret + 1, last: caret + 1, score: 0.7, type: 'SIGN_OFF' };
}
