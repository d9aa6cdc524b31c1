import type { TokenSpan } from './token-span.js';
import { isLowerCase, isUpperCase, type Token } from './tokenize.js';

/**
 * Places that a public or a working text names by its shape, not anyone's whereabouts: a chess game's [Site] tag, a
 * stock exchange ("Euronext Paris", "Bolsa de Madrid"), a publisher's city in a reference list ("(1998). Title.
 * London: Verso."), the areas of a weather warning ("Nivel naranja en: ...", "Amber warning for ..."), a market's
 * figures ("In Madrid, Acme (ACM.MC) rose", "Lima el 71 %"), a policy's nightly rate ("€150/night in Rome"), the
 * signing place of an agreement ("Signed at the offices of ..., Cork") and the place of a service, a team, a manager
 * the writer works with ("our payments service in Accra", "mi jefe de Bilbao").
 * A strong cue ("lives in", "vive en") is checked by the caller first.
 */
export function placeOfPublicList(tokens: readonly Token[], span: TokenSpan): boolean {
  const before = tokens[span.first - 1];
  if (before === undefined) return false;
  if (before.text === '"' && pgnTag(tokens, span.first - 1)) return true;
  if (exchangeBefore(tokens, span.first) || exchangeAfter(tokens, span.last)) return true;
  if (workRelation(tokens, span.first) || shopBranch(tokens, span.first)) return true;
  return lineKind(tokens, span) !== 0;
}

/** '[Site "Reykjavik ISL"]', '[Event "Tata Steel Wijk aan Zee"]': a PGN header tag opening its line. */
function pgnTag(tokens: readonly Token[], quote: number): boolean {
  const tag = tokens[quote - 1];
  const open = tokens[quote - 2];
  return tag?.kind === 'word' && tag.cap && open?.text === '[' && open.lineStart && open.end === tag.start;
}

/** Names of exchanges a city follows ("Euronext Amsterdam", "Nasdaq Helsinki", "Börse Frankfurt"). */
const EXCHANGES = new Set(['euronext', 'nasdaq', 'borse', 'boerse', 'borsa', 'bourse']);
/** Words of an exchange that a city comes after ("Bolsa de Madrid", "Bourse de Paris"). */
const EXCHANGE_HEADS = new Set(['bolsa', 'bourse', 'borsa']);

function exchangeBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]!;
  if (before.cap && EXCHANGES.has(before.key)) return true;
  return (before.key === 'de' || before.key === 'di') && EXCHANGE_HEADS.has(tokens[first - 2]?.key ?? '');
}

/** "the London Stock Exchange", "Madrid Stock Exchange". */
function exchangeAfter(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.key === 'stock' && tokens[last + 2]?.key === 'exchange';
}

/**
 * Nouns of a working relation before "in"/"en"/"de" and a place: the place is the service's, the team's or the
 * manager's, never the writer's home ("our payouts service in Lagos", "mi manager de Londres"). A client or a customer
 * may be a private person ("refund failing for a customer in Galway"): earlier sets mark their town, so they stay.
 */
const WORK_NOUNS = new Set([
  'service',
  'services',
  'team',
  'teams',
  'squad',
  'manager',
  'boss',
  'vendor',
  'supplier',
  'servicio',
  'servicios',
  'equipo',
  'equipos',
  'jefe',
  'jefa',
  'proveedor',
]);
const WORK_PREPS = new Set(['in', 'en', 'de', 'at', 'from']);

/** Rates per night or per day before "in"/"en": a policy's cap, nobody's stay ("max €180/night in Rome"). */
const RATE_UNITS = new Set(['night', 'day', 'noche', 'dia']);

function workRelation(tokens: readonly Token[], first: number): boolean {
  const prep = tokens[first - 1]!;
  if (!WORK_PREPS.has(prep.key) || tokens[first]!.lineStart) return false;
  const noun = tokens[first - 2];
  if (noun === undefined || prep.lineStart) return false;
  if (WORK_NOUNS.has(noun.key)) return true;
  // "€180/night in Paris", "150 € por noche en Roma", "per diem in Oslo".
  if (!RATE_UNITS.has(noun.key)) return false;
  const mark = tokens[first - 3];
  return mark?.text === '/' || mark?.key === 'per' || mark?.key === 'por' || mark?.key === 'a';
}

/** Nouns of a shop before its brand and town ("theft from a shop (Lidl, Chapeltown)", "la tienda Zara, Getafe"). */
const SHOP_NOUNS = new Set(['shop', 'store', 'supermarket', 'tienda', 'supermercado', 'comercio', 'establecimiento']);

/** "a shop (Lidl, Chapeltown, 3 March)", "robo en el supermercado Dia, Usera": the town of a shop's branch. */
function shopBranch(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]!.text !== ',' || tokens[first]!.lineStart) return false;
  const brand = tokens[first - 2];
  if (brand === undefined || brand.kind !== 'word' || !brand.cap || brand.lineStart) return false;
  for (let k = first - 3; k >= 0 && k >= first - 5; k--) {
    const t = tokens[k]!;
    if (SHOP_NOUNS.has(t.key)) return true;
    if (t.lineStart || !(t.text === '(' || t.text === ':' || t.key === 'a' || t.key === 'the' || t.key === 'el')) break;
  }
  return false;
}

// What a place's line is, as a bit (0 when nothing): read once per place, walking to the line's start.
const REFERENCE = 1;
const WARNING = 2;
const MARKET = 4;
const SIGNED = 8;
const STATEMENT = 16;

/** Tokens back to the start of a line searched for its kind. */
const LINE_REACH = 48;

/** Words of a publisher after its city ("London: Verso", "Madrid, Alianza Editorial"), folded. */
const PUBLISHER_WORDS = new Set([
  'press',
  'publishing',
  'publishers',
  'books',
  'editorial',
  'ediciones',
  'editores',
  'editions',
  'verlag',
  'edicions',
]);

/** Colours of a weather warning's level and its words ("Nivel naranja", "Amber warning", "aviso amarillo"). */
const WARNING_COLOURS = new Set(['amarillo', 'naranja', 'rojo', 'yellow', 'amber', 'orange', 'red']);
const WARNING_WORDS = new Set(['nivel', 'aviso', 'avisos', 'alerta', 'warning', 'warnings', 'alert']);

/** Verbs of signing before a place on its line ("Signed at the offices of X, Cork", "Firmado en ..."). */
const SIGNED_WORDS = new Set(['signed', 'executed', 'firmado', 'firmada', 'suscrito', 'suscrita']);

function lineKind(tokens: readonly Token[], span: TokenSpan): number {
  let kind = 0;
  let year = false;
  let lineFirst = -1;
  for (let k = span.first - 1; k >= 0 && k >= span.first - LINE_REACH; k--) {
    const t = tokens[k]!;
    if (t.lineStart) lineFirst = k;
    if (t.kind === 'number') {
      // "(1998)." or "(2009)," of a reference list.
      if (t.text.length === 4 && tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')') year = true;
    } else if (t.kind === 'word') {
      if (
        WARNING_COLOURS.has(t.key) &&
        (WARNING_WORDS.has(tokens[k - 1]?.key ?? '') || WARNING_WORDS.has(tokens[k + 1]?.key ?? ''))
      )
        kind |= WARNING;
      else if (SIGNED_WORDS.has(t.key) && k >= span.first - 12) kind |= SIGNED;
    } else if (t.text === '.' && ticker(tokens, k)) kind |= MARKET;
    if (t.lineStart) break;
  }
  if (year && publisherAfter(tokens, span.last)) kind |= REFERENCE;
  if ((kind & MARKET) === 0 && tickerAfter(tokens, span.last)) kind |= MARKET;
  if (shareAfter(tokens, span.last)) kind |= MARKET;
  if (lineFirst >= 0 && statementLine(tokens, lineFirst, span)) kind |= STATEMENT;
  return kind;
}

/**
 * "18/11   UBER LISBOA   €14.20", "03/02 Tesco Stores Leeds 23,10 GBP": a card statement's line opens with a date,
 * and a merchant's descriptor, its town and the amount follow. The town is the merchant's.
 */
function statementLine(tokens: readonly Token[], lineFirst: number, span: TokenSpan): boolean {
  const day = tokens[lineFirst]!;
  const mark = tokens[lineFirst + 1];
  const month = tokens[lineFirst + 2];
  if (day.kind !== 'number' || mark?.text !== '/' || mark.start !== day.end || month?.kind !== 'number') return false;
  const merchant = tokens[span.first - 1]!;
  if (merchant.kind !== 'word' || !merchant.cap || span.first - 1 <= lineFirst + 2) return false;
  for (let k = span.last + 1; k < tokens.length && k <= span.last + 6; k++) {
    const t = tokens[k]!;
    if (t.lineStart) return false;
    if (CURRENCY.has(t.key) && (tokens[k + 1]?.kind === 'number' || tokens[k - 1]?.kind === 'number')) return true;
  }
  return false;
}

/** Symbols and codes of an amount on a statement's line. */
const CURRENCY = new Set(['€', '£', '$', 'eur', 'gbp', 'usd']);

/** "ACM.MC", "NOVO-B.CO": capitals, a dot, a market's code of one to three capitals, glued (at the dot k). */
function ticker(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k + 1];
  return (
    a !== undefined &&
    b !== undefined &&
    a.kind === 'word' &&
    b.kind === 'word' &&
    a.end === tokens[k]!.start &&
    b.start === tokens[k]!.end &&
    b.text.length <= 3 &&
    isUpperCase(a.text) &&
    isUpperCase(b.text) &&
    !isLowerCase(a.text) &&
    tokens[k + 2]?.text === ')'
  );
}

/** A ticker within a few tokens after the place on its line ("In Madrid, Acme (ACM.MC) rose"). */
function tickerAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 8; k++) {
    if (tokens[k]!.lineStart) return false;
    if (tokens[k]!.text === '.' && ticker(tokens, k)) return true;
  }
  return false;
}

/** "Lima el 71 %", "Leeds with 12%": the place's share, right after it. */
function shareAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  const w = tokens[k];
  if (w?.key === 'el' || w?.key === 'with' || w?.key === 'con' || w?.text === ':') k++;
  if (tokens[k]?.kind !== 'number' || tokens[k]!.lineStart) return false;
  k++;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '.') k += 2;
  return tokens[k]?.text === '%';
}

/** "London: Verso.", "Madrid, Alianza Editorial.", "Cambridge: Cambridge University Press": a publisher follows. */
function publisherAfter(tokens: readonly Token[], last: number): boolean {
  const mark = tokens[last + 1];
  if (mark?.text !== ':' && mark?.text !== ',') return false;
  const first = tokens[last + 2];
  if (first === undefined || first.lineStart || first.kind !== 'word' || !first.cap) return false;
  if (mark.text === ':') {
    // "City: Publisher." closes the entry's clause with a full stop or a comma.
    for (let k = last + 2; k < tokens.length && k <= last + 6; k++) {
      const t = tokens[k]!;
      if (t.lineStart) return false;
      if (PUBLISHER_WORDS.has(t.key) || t.text === '.' || t.text === ',') return true;
      if (t.kind !== 'word' || !t.cap) return false;
    }
    return false;
  }
  for (let k = last + 2; k < tokens.length && k <= last + 5; k++) {
    const t = tokens[k]!;
    if (t.lineStart || t.kind !== 'word' || !t.cap) return false;
    if (PUBLISHER_WORDS.has(t.key)) return true;
  }
  return false;
}
