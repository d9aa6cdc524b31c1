import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
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
/** Verbs a quoted name follows through "as"/"como": 'would only name as "X"', 'known as "Rafa"', 'conocido como "X"'. */
const NAMED_AS = new Map([
  ['name', 'as'],
  ['known', 'as'],
  ['conocido', 'como'],
  ['conocida', 'como'],
  ['identifico', 'como'],
]);
/** A greeting of a gift message or a card: "Happy 40th X!", "Happy birthday X", "Feliz cumple X". */
const GREETINGS = ['happy', 'feliz'];
/** Query-string and form keys whose value is a person's name: "?nombre=Ana%20Ruiz", "&last_name=Okafor". */
const NAME_PARAMS = ['nombre', 'nombres', 'apellido', 'apellidos', 'fullname', 'firstname', 'lastname', 'surname'];
const NAME_PARAM_SET = new Set(NAME_PARAMS);
/**
 * Query-string keys whose value is a person's name as often as anything else: "?name=Rosa%20Vidal",
 * "&cliente=Luis+Mora". Their value counts only as two to four capitalised words opening with a listed given name,
 * none an ordinary word, a place or a product ("name=Blue%20Widget", "guest=Grace%20Period" stay).
 */
const PERSON_PARAMS = (
  'name customer cliente guest huesped passenger pasajero pasajera holder titular patient paciente contact contacto ' +
  'recipient destinatario destinataria attendee student alumno alumna employee empleado empleada member socio socia'
).split(' ');
const PERSON_PARAM_SET = new Set(PERSON_PARAMS);
/** First parts of keys the tokenizer splits at "_": "full_name", "first_name", "last_name", "given_name". */
const NAME_PARAM_HEADS = new Set(['full', 'first', 'last', 'given', 'family']);
const CUE = cueWords([
  ...NICKNAME_VERBS,
  ...NICKNAME_CUES,
  ...RECEIPT_VERBS,
  ...STAFF,
  ...NAMED_AS.keys(),
  ...GREETINGS,
  ...NAME_PARAMS,
  ...NAME_PARAM_HEADS,
  ...PERSON_PARAMS,
]);
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
const ANY_NAME = GIVEN | WORD.AMBIGUOUS_NAME | WORD.SURNAME;

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
      if (PERSON_PARAM_SET.has(t.key) && (tokens[i - 1]?.text === '?' || tokens[i - 1]?.text === '&'))
        span = queryName(tokens, i, lex, true);
      if (span !== undefined) {
        // A person's name as a query value.
      } else if (NICKNAME_VERB_SET.has(t.key)) {
        if (NICKNAME_PRONOUNS.has(tokens[i - 1]?.key ?? '')) span = nicknameAfter(tokens, i + 1, lex);
      } else if (RECEIPT_SET.has(t.key)) span = receiver(tokens, i + 1, lex);
      else if (STAFF_SET.has(t.key)) span = staffName(tokens, i + 1, lex);
      else if (NAME_PARAM_SET.has(t.key) || NAME_PARAM_HEADS.has(t.key)) span = queryName(tokens, i, lex);
      else if (NAMED_AS.has(t.key)) {
        if (tokens[i + 1]?.key === NAMED_AS.get(t.key)) span = quotedNameAfter(tokens, i + 2, lex, t.key === 'name');
      } else if (t.key === 'happy' || t.key === 'feliz') span = greeted(tokens, i + 1, lex);
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
  return nameWord(tokens, i, lex) && lex.isWord(GIVEN, tokens[i]!.key);
}

/** 'le decían "el Flaco"', 'alias Chino', 'nicknamed "Boots"': one or two capitalised words, quoted or not. */
function nicknameAfter(tokens: readonly Token[], at: number, lex: NameLexicon): TokenSpan | undefined {
  let j = at;
  const quoted = OPEN_QUOTES.has(tokens[j]?.text ?? '');
  if (quoted) j++;
  if (ARTICLES.has(tokens[j]?.text ?? '')) j++;
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || !t.cap || t.lineStart) return undefined;
  // 'aka "JK"': initials in quotes are a nickname too.
  const initials = quoted && /^\p{Lu}{2,3}$/u.test(t.text) && CLOSE_QUOTES.has(tokens[j + 1]?.text ?? '');
  if (initials) return { first: j, last: j, score: 0.7, type: 'NICKNAME' };
  if (!plainlyCapitalised(t.text)) return undefined;
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

/**
 * 'would only name as "Deano"', 'conocido como "el Rubio"': a quoted word that may be a name (no ordinary word); after
 * "known as"/"conocido como", which are said of bands and products too, a listed name or a word after an article.
 */
function quotedNameAfter(
  tokens: readonly Token[],
  at: number,
  lex: NameLexicon,
  named: boolean,
): TokenSpan | undefined {
  if (!OPEN_QUOTES.has(tokens[at]?.text ?? '')) return undefined;
  let j = at + 1;
  const article = ARTICLES.has(tokens[j]?.text ?? '');
  if (article) j++;
  if (!nameWord(tokens, j, lex)) return undefined;
  if (!named && !article && !lex.isWord(ANY_NAME, tokens[j]!.key)) return undefined;
  let last = j;
  if (nameWord(tokens, j + 1, lex)) last++;
  return CLOSE_QUOTES.has(tokens[last + 1]?.text ?? '') ? { first: j, last, score: 0.7, type: 'NICKNAME' } : undefined;
}

/** What "Happy" or "Feliz" and an occasion name before the person greeted. */
const OCCASIONS = new Set(
  'birthday bday anniversary retirement cumple cumpleanos aniversario santo jubilacion'.split(' '),
);
/** Capitalised words after the occasion that are no one: "Happy Birthday Mum", "Happy 40th Birthday!". */
const NOT_GREETED = new Set(
  (
    'birthday bday anniversary retirement holidays christmas easter new year mum mom dad nan gran grandma grandpa ' +
    'sis bro babe darling love cumple cumpleanos aniversario mama papa abuela abuelo amor'
  ).split(' '),
);

/**
 * "Happy 50th Gwen!! love, Rafe", "Happy birthday Ros!", "Feliz cumple Maite": the person a card greets, one
 * capitalised word after the occasion (an ordinal or its word) closed by "!" or ",", not a kin word or a holiday.
 */
function greeted(tokens: readonly Token[], at: number, lex: NameLexicon): TokenSpan | undefined {
  let j = at;
  const occasion = tokens[j];
  if (occasion === undefined || occasion.lineStart) return undefined;
  if (
    occasion.kind === 'number' &&
    /^\d{1,3}$/.test(occasion.text) &&
    /^(?:st|nd|rd|th)$/.test(tokens[j + 1]?.key ?? '')
  ) {
    j += 2;
  } else if (/^\d{1,3}(?:st|nd|rd|th)$/.test(occasion.key) || OCCASIONS.has(occasion.key)) j++;
  else return undefined;
  if (OCCASIONS.has(tokens[j]?.key ?? '')) j++;
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || !t.cap || t.lineStart || t.text.length < 2) return undefined;
  if (!plainlyCapitalised(t.text) || NOT_GREETED.has(t.key) || lex.isWord(WORD.PLACE | WORD.PRODUCT, t.key))
    return undefined;
  const close = tokens[j + 1];
  return close === undefined || close.text === '!' || close.text === ','
    ? { first: j, last: j, score: 0.7, type: 'GREETED' }
    : undefined;
}

/**
 * "?nie=X1&nombre=Ana%20Mar%C3%ADa%20Ruiz&cp=2", "first_name=Tomasz+Nowak": the value of a name key in a query string
 * or a form body, its words joined by "%20" or "+", up to the next "&" or the end of the URL.
 */
function queryName(tokens: readonly Token[], i: number, lex: NameLexicon, strict = false): TokenSpan | undefined {
  let k = i;
  const glued = (a: number) =>
    tokens[a] !== undefined && tokens[a - 1] !== undefined && tokens[a]!.start === tokens[a - 1]!.end;
  if (NAME_PARAM_HEADS.has(tokens[k]!.key)) {
    if (tokens[k + 1]?.text !== '_' || tokens[k + 2]?.key !== 'name' || !glued(k + 1) || !glued(k + 2))
      return undefined;
    k += 2;
  }
  const prev = tokens[i - 1];
  if (!(prev !== undefined && (prev.text === '?' || prev.text === '&') && glued(i))) return undefined;
  if (tokens[k + 1]?.text !== '=' || !glued(k + 1) || !glued(k + 2)) return undefined;
  let first = -1;
  let last = -1;
  let words = 0;
  let listed = false;
  for (let j = k + 2; j < tokens.length && (j === k + 2 || glued(j)); j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && /^\p{L}{2,}$/u.test(t.text)) {
      if (strict && (!plainlyCapitalised(t.text) || lex.isWord(NOT_A_NAME | WORD.ORG_SUFFIX, t.key))) return undefined;
      if (strict && first < 0 && !lex.isWord(GIVEN, t.key)) return undefined;
      if (first < 0) first = j;
      last = j;
      words++;
      listed ||= lex.isWord(ANY_NAME, t.key);
    } else if (t.text === '&' || t.text === '"' || t.text === "'" || t.text === '#') break;
    else if (t.text !== '%' && t.text !== '+' && t.kind !== 'number' && !(t.kind === 'word' && t.text.length <= 2)) {
      return undefined;
    }
  }
  // One unlisted word ("nombre=test", "surname=null") may be anything; a listed name or two words are a name.
  if (first < 0 || (words < 2 && !listed) || words > 5) return undefined;
  if (strict && words > 4) return undefined;
  if (strict && words < 2) return undefined;
  return { first, last, score: 0.8, type: 'QUERY_NAME' };
}
