import { type NameLexicon, WORD } from './lexicon.js';
import { makerOrMachine } from './maker-models.js';
import type { Token } from './tokenize.js';

/**
 * "Jordan 4", "Claude 3.5", "Gemini 2": a name followed by a small model number (one or two digits, perhaps with a
 * point release) names a product. House numbers follow street words, not bare names, and years have four digits.
 */
function modelNumberAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next?.kind !== 'number' || next.lineStart || next.text.length > 2) return false;
  // "Jordan 4 sneakers" but not "Lucía 12:30" (a time) or "Ana, 34" (the comma already stops the run).
  const after = tokens[last + 2];
  if (after && after.start === next.end && after.text === ':') return false;
  // "I met Laura 2 times", "hablé con Marta 3 veces": the number counts what was done with a person.
  return !(after?.kind === 'word' && COUNTED.has(after.key));
}

const COUNTED = new Set(
  'times more days weeks months years hours minutes mins nights veces dias días semanas meses años horas minutos noches'.split(
    ' ',
  ),
);

/** "the Alexa app", "Jordan sneakers", "the Gemini API": a product noun right after one capitalised word. */
export function productNounAfter(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  // One word only: after a full name such nouns are as often the person's own ("the Ana Ruiz version").
  if (first !== last) return false;
  const next = tokens[last + 1];
  return (
    next !== undefined &&
    !next.lineStart &&
    next.kind === 'word' &&
    !next.cap &&
    lex.thingAfter.matchAt(tokens, last + 1) !== undefined
  );
}

/**
 * "Lila Marsh lipsticks on shelf 2", "Dr. Kellner puddings", "Rosa Albéniz sandals": goods in the plural right after a
 * name (a full one too) sell under it; a person's own things take a possessive ("Lila Marsh's lipsticks").
 */
export function goodsAfter(tokens: readonly Token[], last: number, title = false): boolean {
  if (/['’]s$/.test(tokens[last]!.text)) return false;
  let k = last + 1;
  // "the Lila Marsh and Harriet Vance gift sets": a brand listed before another that the goods follow.
  if (LIST_JOINERS.has(tokens[k]?.key ?? '')) {
    let j = k + 1;
    while (j <= k + 3 && tokens[j]?.kind === 'word' && tokens[j]!.cap && !tokens[j]!.lineStart) j++;
    if (j === k + 1) return false;
    k = j;
  }
  const next = tokens[k];
  if (next === undefined || next.lineStart || next.kind !== 'word' || next.cap) return false;
  if (GOODS.has(next.key) || (GOODS_HEADS.has(next.key) && GOODS_TAILS.has(tokens[k + 1]?.key ?? ''))) return true;
  // "Dr. Kellner pizza fridge": after a title a food or a cosmetic in the singular names the brand too ("Dr. Ruiz
  // pizza" is no doctor's).
  return title && GOODS.has(`${next.key}s`);
}

const LIST_JOINERS = new Set(['and', '&', 'y', 'e', 'or', 'o']);
// "gift sets", "travel kit", "party boxes": a packaging noun after a word that says it is sold.
const GOODS_HEADS = new Set(['gift', 'travel', 'party', 'starter', 'value', 'multi', 'mini']);
const GOODS_TAILS = new Set(['set', 'sets', 'kit', 'kits', 'box', 'boxes', 'pack', 'packs', 'hamper', 'hampers']);

// Goods sold under a brand, in the plural: nouns that are no verb in the third person ("releases", "models",
// "boots" and "scripts" are, after a person's name, what the person does).
const GOODS = new Set(
  (
    'lipsticks palettes mascaras eyeliners eyeshadows blushers bronzers concealers serums moisturisers moisturizers ' +
    'lotions shampoos conditioners perfumes fragrances colognes nail-polishes cosmetics pizzas puddings sauces ' +
    'cereals biscuits cookies crisps snacks yogurts yoghurts chocolates cakes desserts muffins noodles sneakers ' +
    'trainers sandals loafers handbags headphones earbuds sofas lamps candles mugs rugs cushions pillows duvets ' +
    'mattresses hoodies jeans armchairs wardrobes sideboards bookcases ' +
    'labiales paletas máscaras perfumes cremas champús salsas galletas postres bizcochos chocolates yogures ' +
    'zapatillas sandalias bolsos lámparas velas cojines almohadas'
  ).split(' '),
);

// Articles and possessives before a product's name: people are not "the Savannah" or "nuestra Aria".
const DETERMINERS = new Set(
  'the a an our your their this new el la los las un una nuestro nuestra nuestros nuestras nuevo nueva'.split(' '),
);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

function determinerAt(token: Token | undefined): boolean {
  return token?.kind === 'word' && DETERMINERS.has(token.key);
}

/**
 * `the "Savannah" lamp`, `our 'Aria'`, `el "Austin"`: one name in quotes right after an article or a possessive is
 * the name of a product, a model or a collection.
 */
function quotedAfterDeterminer(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last) return false;
  const open = tokens[first - 1];
  const close = tokens[last + 1];
  if (!open || !close || !QUOTES.has(open.text) || !QUOTES.has(close.text)) return false;
  return open.end === tokens[first]!.start && close.start === tokens[last]!.end && determinerAt(tokens[first - 2]);
}

/** Index of a product noun one to three lower-case words after tokens[last] on its line ("rattan lamp"), or -1. */
function productNounWithin(tokens: readonly Token[], last: number, lex: NameLexicon): number {
  for (let k = last + 1; k <= last + 3; k++) {
    const t = tokens[k];
    if (t === undefined || t.lineStart || t.kind !== 'word' || t.cap) return -1;
    if (lex.thingAfter.matchAt(tokens, k) !== undefined) return k;
  }
  return -1;
}

const CURRENCY = new Set(['$', '€', '£', '¥']);

/** A price within a few tokens after tokens[k]: "lamp, $149", "desk ($689)", "lámpara, 89 €". */
function priceAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 4; j++) {
    const t = tokens[j];
    if (t === undefined || t.lineStart || t.kind === 'word') return false;
    if (CURRENCY.has(t.text)) return true;
    if (t.kind === 'number' && CURRENCY.has(tokens[j + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * "the Savannah rattan lamp", "our Aria bookshelf speaker", "Savannah rattan lamp, $149": a product noun a word or
 * two after one name, with an article or a possessive before the name or a price after the noun.
 */
function productNounAfterDeterminer(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  if (first !== last) return false;
  const noun = productNounWithin(tokens, last, lex);
  return noun >= 0 && (determinerAt(tokens[first - 1]) || priceAfter(tokens, noun) || opensCell(tokens, first));
}

/**
 * "| Aurora floor lamp |", a catalogue line "Jasper side table  45x45": a name that opens a line or a table cell
 * and is followed by what product it is labels a catalogue row.
 */
function opensCell(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first]!;
  const prev = tokens[first - 1];
  // A comma glued to the name opens a CSV cell ("Paris,Ottilie floor lamp,1840").
  return t.lineStart || t.cellStart || prev?.text === '|' || (prev?.text === ',' && prev.end === t.start);
}

/** Labels of a product's code in a catalogue, folded: a stock-keeping unit, a barcode, a part or article number. */
const ITEM_CODE_LABELS = new Set(['sku', 'ean', 'upc', 'gtin', 'asin', 'mpn']);
/** What a code may be made of between its label and the name: "MX-4420", "#A12", ": 5060". */
const CODE_PUNCT = new Set(['-', '/', ':', '#', '.', '_']);
/** How many tokens an item's code may take ("MX", "-", "4420"). */
const CODE_REACH = 6;

/**
 * "SKU MX-4420 Aurora chartplotter", "EAN 5060312448209 Stella handheld": the words right after a catalogue's item code
 * on its line are the item's name, whatever it is called. Not a reference or an order number ("Ref 2231 Jane Smith").
 */
function afterItemCode(tokens: readonly Token[], first: number): boolean {
  if (tokens[first]!.lineStart) return false;
  let digits = false;
  for (let k = first - 1; k >= 0 && k >= first - CODE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && ITEM_CODE_LABELS.has(t.key)) return digits;
    if (t.lineStart) return false;
    if (t.kind === 'number') digits = true;
    else if (!(t.kind === 'word' && /^[\p{Lu}\d]+$/u.test(t.text)) && !CODE_PUNCT.has(t.text)) return false;
  }
  return false;
}

/**
 * "Aurora mobile 5.4.2", "Quentin scheduler v3.1", "Marlowe 2.0.1": one or two lower-case words and then a version
 * number (dotted, or after "v") follow the name of a release, an app or a component.
 */
function versionAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3; k++) {
    const t = tokens[k];
    if (t === undefined || t.lineStart) return false;
    const next = tokens[k + 1];
    // "v3", "V2": the tokeniser splits the letter from its number.
    if (t.key === 'v' && next?.kind === 'number' && next.start === t.end) return true;
    if (t.kind === 'number') {
      const minor = tokens[k + 2];
      return next?.text === '.' && next.start === t.end && minor?.kind === 'number' && minor.start === next.end;
    }
    if (t.kind !== 'word' || t.cap) return false;
  }
  return false;
}

// Units of a room's or a vehicle's capacity ("Ada (12 seats)", "sala Ochoa (8 plazas)").
const CAPACITY_UNITS = new Set([
  'seats',
  'seat',
  'seater',
  'people',
  'persons',
  'pax',
  'desks',
  'plazas',
  'personas',
  'puestos',
]);

/** "Ada (12 seats, VC)", "Hopper - 4 seats": a number of seats or people right after the name describes a room. */
function capacityAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === '(' || tokens[k]?.text === '-' || tokens[k]?.text === '–' || tokens[k]?.text === ',') k++;
  const n = tokens[k];
  const unit = tokens[k + 1];
  return n?.kind === 'number' && !n.lineStart && unit !== undefined && CAPACITY_UNITS.has(unit.key);
}

/**
 * "Lámpara de pie Valentina", "mesa de centro Olivia": a Spanish product noun and a "de" complement before the name
 * (thing_before lists the nouns).
 */
function productNounWithComplementBefore(tokens: readonly Token[], first: number, lex: NameLexicon): boolean {
  const complement = tokens[first - 1];
  if (first < 3 || tokens[first - 2]?.key !== 'de' || complement?.kind !== 'word' || complement.cap) return false;
  return lex.thingBefore.endsBefore(tokens, first - 2, 2) !== undefined;
}

/** "Meet Aria, our new bookshelf speaker", "Luna, a memory foam pillow": the name set beside what product it is. */
function productApposition(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  if (first !== last || tokens[last + 1]?.text !== ',' || !determinerAt(tokens[last + 2])) return false;
  return productNounWithin(tokens, last + 2, lex) >= 0;
}

/** Whether tokens[i] lies inside a listed brand of several words ("Estrella Galicia", "Banco Santander"). */
export function insideBrand(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  for (let k = Math.max(0, i - 3); k <= i; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    const hit = lex.brands.matchAt(tokens, k);
    if (hit && k + hit.length > i) return true;
  }
  return false;
}

/**
 * Whether the capitalised words tokens[first..last] name a thing (a product, an assistant, an AI model, software)
 * by their context: a product noun after them ("the Alexa app", "Jordan sneakers", "the Savannah rattan lamp"), quotes
 * after an article (`the "Aria"`), a model number after one word standing alone ("Jordan 4", "Claude 3"), or a
 * product phrase before them ("the voice assistant Alexa").
 */
export function thingByContext(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  if (productNounAfter(tokens, first, last, lex) || goodsAfter(tokens, last)) return true;
  if (quotedAfterDeterminer(tokens, first, last) || productNounAfterDeterminer(tokens, first, last, lex)) return true;
  if (productApposition(tokens, first, last, lex)) return true;
  // "Federico García Lorca 50" is a street and its number: only a word standing alone takes a model number.
  const prev = tokens[first - 1];
  const alone = first === last && !(prev?.kind === 'word' && prev.cap && !tokens[first]!.lineStart);
  if (alone && modelNumberAfter(tokens, last)) return true;
  if (alone && (versionAfter(tokens, last) || capacityAfter(tokens, last))) return true;
  if (afterItemCode(tokens, first)) return true;
  // A noun that ends the line before ("... the retry storm\nMei Tanaka 02:20") names nothing on the next one.
  if (tokens[first]!.lineStart) return false;
  // 'via barge "Wilhelmina"', 'el servicio «Marisol»': an opening quote may stand between the noun and the name.
  const open = tokens[first - 1];
  const quoted = open !== undefined && QUOTES.has(open.text) && open.end === tokens[first]!.start;
  return (
    lex.thingBefore.endsBefore(tokens, first, 4) !== undefined ||
    (quoted && lex.thingBefore.endsBefore(tokens, first - 1, 4) !== undefined) ||
    productNounWithComplementBefore(tokens, first, lex)
  );
}

/**
 * Whether the run tokens[first..last] names a product: a listed brand of several words ("Estrella Galicia"), a listed
 * product name ("Alexa", "Siri", "Claude") that no family name follows ("Claude Monet", "Alexa Chung" stay people),
 * or any name in a product context.
 */
export function namesAThing(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  if (insideBrand(tokens, first, lex)) return true;
  if (lex.isWord(WORD.PRODUCT, tokens[first]!.base) && !familyNameAfter(tokens, first, last, lex)) return true;
  return (
    thingByContext(tokens, first, last, lex) ||
    quotedGoods(tokens, first, last) ||
    makerOrMachine(tokens, first, last, lex)
  );
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
const GOODS_REACH = 5;

/**
 * '"Ilse" 2-seat sofa', '"Mabel" jute rug': one word in quotes that goods follow within a few words (singular or
 * plural) is a model's name in a catalogue, unless a word of the sentence leads to it ('customer "Greta" ordered 2
 * cushions', 'our nan "Mabel"').
 */
function quotedGoods(tokens: readonly Token[], first: number, last: number): boolean {
  if (
    first !== last ||
    !QUOTE_MARKS.has(tokens[first - 1]?.text ?? '') ||
    !QUOTE_MARKS.has(tokens[last + 1]?.text ?? '')
  )
    return false;
  const before = tokens[first - 2];
  if (before !== undefined && !tokens[first - 1]!.lineStart && before.kind === 'word' && !before.cap) return false;
  for (let k = last + 2; k <= last + 1 + GOODS_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lineStart) return false;
    if (t.kind === 'word' && (GOODS.has(t.key) || GOODS.has(`${t.key}s`))) return true;
  }
  return false;
}

// What a word after a product name must not be to be taken as a family name: "Claude Sonnet", "Gemini Flash",
// "Porsche Cayenne", "Copilot Studio" are models and editions.
const NOT_FAMILY = WORD.COMMON | WORD.PLACE_FIRST | WORD.PRODUCT | WORD.ORG_SUFFIX | WORD.WORD_SHAPED;

function familyNameAfter(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  const second = tokens[first + 1];
  if (first >= last || second === undefined || second.kind !== 'word') return false;
  const key = second.base;
  if (lex.isWord(WORD.PRODUCT, key)) return false;
  if (lex.isWord(WORD.SURNAME, key)) return true;
  return key.length >= 5 && !lex.isWord(NOT_FAMILY, key);
}
