import { byFirstCharacter } from '../factor-alternatives.js';
import { countAtOrBelow, countBelow } from '../sorted.js';
import { alignedCells, type CellSpan, headerWords, splitCells } from '../table/cells.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * A reference list is a list or a table of many entities of one kind whose rows carry public statistics or roles
 * and nothing personal: an election count (candidate, party, votes), a product table (SKU, model, price), a gazetteer
 * of districts (colonia, municipality, postcode), a team's squad ("Forwards: A (Club), B (Club), ..."), a list of
 * public streets with no house number (a delivery zone, a closure notice). Its names and places are public.
 * It is decided from the rows' structure: a table's header must name a public column (and, where the rows hold
 * people, a public role or statistic of theirs) and no private one (an e-mail, a phone, a birth date, a diagnosis,
 * an allergy, a salary, a home, a debt); a list on one line must have four people in the same shape under a heading
 * that names a public line-up, or three streets with no house number. A CRM export, a patient list, a guest list,
 * an employee roster, a class list, a delivery route with house numbers, a debtors' list all fail one of these.
 */

/** A block of a reference list: its tokens [from, to), and whether its places with digits (postcodes) go too. */
export interface ReferenceBlock {
  from: number;
  to: number;
  /** The block holds no person: a gazetteer's or a zone's postcodes and codes are public too. */
  placesOnly: boolean;
}

/** Header words of public statistics or roles of people: a person column beside one of these is a public role. */
const ROLE_COLUMNS = new Set(
  (
    'votes vote votos party partido seats escanos caps goals goles club team equipo position posicion pos ' +
    'points pts puntos apps appearances minutes minutos assists asistencias ' +
    'elected electo electa nation country pais nationality nacionalidad'
  ).split(' '),
);
/** Header words of a public table of things or places (the rows' names are a product's or a place's). */
const PUBLIC_COLUMNS = new Set(
  (
    'price precio pvp sku ean upc isbn model modelo seats plazas magnitude mag colonia colonias alcaldia ' +
    'municipio municipality county condado province provincia region comarca district barrio population poblacion ' +
    'habitantes area superficie km2 inegi ine altitude altitud elevation capital dish plato'
  ).split(' '),
);
/** Header words of a personal column: a table holding one lists private people, whatever else it holds. */
const PRIVATE_COLUMNS = new Set(
  (
    'email mail correo phone tel telefono movil mobile whatsapp dob birth birthday nacimiento nac born age edad ' +
    'sex sexo gender genero mrn nhs nhi dni nie nif ssn passport pasaporte curp rut id diagnosis diagnostico ' +
    'allergy allergies alergia alergias dietary dieta salary salario sueldo wage pay nomina home hometown domicilio ' +
    'address direccion street calle house casa piso puerta flat apartment debt deuda debe owed arrears balance ' +
    'saldo pending pendiente customer cliente client patient paciente guest invitado invitados student alumno ' +
    'alumna pupil employee empleado empleada tenant inquilino owner propietario titular member socio vecino ' +
    'attendance asistencia present absent ausente grade nota notas score iban account cuenta'
  ).split(' '),
);

/** Words of a heading or a line label that say the list is a public line-up: a squad, a match's team sheet. */
const LINE_UP_WORDS = new Set(
  (
    'squad line-up lineup convocatoria convocados convocadas alineacion forwards backs defenders midfielders ' +
    'goalkeepers delanteros defensas centrocampistas porteros'
  ).split(' '),
);

/** A row of a table: its cells as offsets, and the line's tokens [from, to). */
interface Row {
  from: number;
  to: number;
  cells: CellSpan[];
}

/** Lines of the text as token ranges [from, to). */
function lineRanges(tokens: readonly Token[]): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k === tokens.length || tokens[k]!.lineStart) {
      lines.push([from, k]);
      from = k;
    }
  }
  return lines;
}

/** The cells of the line of tokens [from, to) as a table row: pipe or tab cells, else cells aligned with spaces. */
function rowCells(text: string, tokens: readonly Token[], from: number, to: number): CellSpan[] {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const line = text.slice(start, end);
  const delimiter = line.includes('|') ? '|' : line.includes('\t') ? '\t' : undefined;
  const cells = delimiter === undefined ? alignedCells(text, start, end) : splitCells(text, start, end, delimiter);
  return cells.filter((c) => /\S/.test(text.slice(c.start, c.end)));
}

/** What a table row's line holds between its cells. */
const CELL_MARK = /\||\t| {2}/;
/** A Markdown rule row (|---|:---:|). */
const RULE_ROW = /^[\s|:+-]*$/;

/**
 * Blocks of table rows: runs of three or more lines of three or more cells (the first the header), the header
 * holding no digit-only cell.
 */
function tableBlocks(text: string, tokens: readonly Token[], lines: Array<[number, number]>): Row[][] {
  const blocks: Row[][] = [];
  let run: Row[] = [];
  const close = () => {
    if (run.length >= 3) blocks.push(run);
    run = [];
  };
  for (const [from, to] of lines) {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const line = text.slice(start, end);
    // Most lines of prose have no pipe, tab or run of blanks: no cells to split.
    if (!CELL_MARK.test(line)) {
      close();
      continue;
    }
    if (RULE_ROW.test(line)) continue;
    const cells = rowCells(text, tokens, from, to);
    if (cells.length >= 3) run.push({ from, to, cells });
    else close();
  }
  close();
  return blocks;
}

/** The token range of the run of rows, and whether it is a reference table. */
function referenceTable(
  text: string,
  tokens: readonly Token[],
  rows: Row[],
  persons: readonly TokenSpan[],
  personFirsts: readonly number[],
  anchored: (from: number, to: number) => boolean,
): ReferenceBlock | undefined {
  const [header, ...body] = rows;
  const words = header!.cells.map((c) => headerWords(text.slice(c.start, c.end)));
  const all = words.flat();
  if (all.length === 0 || all.some((w) => PRIVATE_COLUMNS.has(w))) return undefined;
  // A header is labels, not data: no cell of it is a number.
  if (header!.cells.some((c) => /^\s*[\d.,]+\s*$/.test(text.slice(c.start, c.end)))) return undefined;
  const from = body[0]!.from;
  const to = body[body.length - 1]!.to;
  const role = all.some((w) => ROLE_COLUMNS.has(w));
  if (!role && !all.some((w) => PUBLIC_COLUMNS.has(w))) return undefined;
  if (anchored(header!.from, to)) return undefined;
  // People in rows need a public role or statistic beside them ("Candidate | Party | Votes"), unless their column is
  // a place's ("Borough": a borough named after someone) or, in a priced table, a product's ("Model").
  const priced = all.some((w) => PRICE_COLUMNS.has(w));
  const bodyFroms = body.map((r) => r.from);
  let people = 0;
  for (let i = countBelow(personFirsts, from); i < persons.length && persons[i]!.first < to; i++) {
    const p = persons[i]!;
    if (p.last >= to) continue;
    const head = columnWords(tokens, body, bodyFroms, words, p);
    if (head.some((w) => PLACE_COLUMNS.has(w)) || (priced && head.some((w) => PRODUCT_HEADS.has(w)))) continue;
    if (!role) return undefined;
    people++;
  }
  return { from: header!.from, to, placesOnly: people === 0 };
}

/** Header words of a column whose cells name a product. */
const PRODUCT_HEADS = new Set('model modelo product producto item articulo dish plato name nombre'.split(' '));
/** Header words of a column whose cells name a place. */
const PLACE_COLUMNS = new Set(
  (
    'colonia colonias alcaldia municipio municipality county condado province provincia region comarca district ' +
    'distrito barrio borough town city ciudad localidad capital constituency circunscripcion'
  ).split(' '),
);
/** Header words of a price or a product code: a table with one lists things for sale. */
const PRICE_COLUMNS = new Set('price precio pvp sku ean upc'.split(' '));

/** The header words of the column the span stands in. */
function columnWords(
  tokens: readonly Token[],
  body: Row[],
  bodyFroms: readonly number[],
  words: string[][],
  s: TokenSpan,
): string[] {
  const row = body[Math.max(0, countAtOrBelow(bodyFroms, s.first) - 1)]!;
  if (s.first < row.from || s.last >= row.to) return [];
  const at = tokens[s.first]!.start;
  const col = row.cells.findIndex((c) => c.start <= at && at < c.end);
  return col >= 0 ? (words[col] ?? []) : [];
}

/** Items of a list line after its label ("Forwards:", "Zona 1 (centro):"): token ranges parted at depth 0. */
function listItems(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  let start = from;
  // A label ends at the first colon at bracket depth 0 within the line's first twelve tokens.
  let depth = 0;
  for (let k = from; k < to && k < from + 12; k++) {
    const t = tokens[k]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (t === ':' && depth === 0) {
      start = k + 1;
      break;
    }
  }
  const items: Array<[number, number]> = [];
  depth = 0;
  let itemStart = start;
  for (let k = start; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (
      depth === 0 &&
      (ITEM_MARKS.has(t.text) || spacedDash(tokens, k) || ((t.key === 'and' || t.key === 'y') && !t.cap))
    ) {
      if (k > itemStart) items.push([itemStart, k]);
      itemStart = k + 1;
    }
  }
  let end = to;
  while (end > itemStart && (tokens[end - 1]!.text === '.' || tokens[end - 1]!.text === ';')) end--;
  if (end > itemStart) items.push([itemStart, end]);
  return items;
}
const ITEM_MARKS = new Set([',', ';', '·', '—', '–', '•']);
/** A dash with blanks either side parts items too ("Calle A, Calle B - CP 00000"). */
const DASHES = new Set(['-', '—', '–']);

function spacedDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return DASHES.has(t.text) && tokens[k - 1]!.end < t.start && (tokens[k + 1]?.start ?? t.end + 1) > t.end;
}

/** The span that fills the item [from, to), leaving only a bracket after it ("Ana Ruiz (Club)"); undefined if none. */
function spanOfItem(
  tokens: readonly Token[],
  byFirst: ReadonlyMap<number, TokenSpan>,
  from: number,
  to: number,
): TokenSpan | undefined {
  const s = byFirst.get(from);
  if (s === undefined || s.last >= to) return undefined;
  if (s.last === to - 1) return s;
  return tokens[s.last + 1]!.text === '(' && tokens[to - 1]!.text === ')' && to - s.last <= 8 ? s : undefined;
}

/** How far up from a list line its heading is looked for. */
const HEADING_LINES = 3;

/** The list lines of the text that are reference lists: a public line-up, or streets with no house number. */
function listBlocks(
  tokens: readonly Token[],
  lines: Array<[number, number]>,
  candidates: readonly number[],
  persons: readonly TokenSpan[],
  locations: readonly TokenSpan[],
  anchored: (from: number, to: number) => boolean,
): ReferenceBlock[] {
  const blocks: ReferenceBlock[] = [];
  const people = new Map<number, TokenSpan>();
  for (const p of persons) people.set(p.first, p);
  const streetSpans = new Map<number, TokenSpan>();
  // Tokens of a street: a person read inside one ("Calle Ana Ruiz") is the street's namesake, nobody on the line.
  const street = new Uint8Array(tokens.length);
  for (const l of locations) {
    if (l.type === 'PLACE') continue;
    for (let k = l.first; k <= l.last; k++) street[k] = 1;
    if (l.type !== 'POSTAL_CODE') streetSpans.set(l.first, l);
  }
  for (const i of candidates) {
    const [from, to] = lines[i]!;
    let commas = 0;
    for (let k = from; k < to; k++) if (tokens[k]!.text === ',' || MIDDOTS.has(tokens[k]!.text)) commas++;
    if (commas < 2) continue;
    const items = listItems(tokens, from, to);
    if (items.length < 3) continue;
    // "Estaciones de la línea 4: A · B (L2) · C · ...": a line of many bare names under a heading of their kind.
    const kind =
      items.length >= KIND_ITEMS && items.every(([a, b]) => bareName(tokens, a, b)) ? kindOf(tokens, lines, i) : 0;
    if (kind !== 0 && !anchored(from, to)) {
      blocks.push({ from, to, placesOnly: kind === PLACE_KIND });
      continue;
    }
    let named = 0;
    let streets = 0;
    for (const [a, b] of items) {
      if (spanOfItem(tokens, people, a, b) !== undefined) named++;
      if (spanOfItem(tokens, streetSpans, a, b) !== undefined && !hasNumber(tokens, a, b)) streets++;
    }
    // "Forwards: A (Club), B (Club), C (Club), D (Club)." under "X squad for the opener v Y".
    const lineUp = named >= 4 && named * 3 >= items.length * 2 && lineUpHeading(tokens, lines, i);
    // "Zona 2 (...): Calle A, Calle B, Plaza C - CP 00000": streets with no house number, nobody on the line.
    let streetList = !lineUp && streets >= 3 && streets * 2 >= items.length;
    for (let k = from; streetList && k < to; k++) {
      const p = people.get(k);
      if (p !== undefined && street[p.first] === 0 && street[p.last] === 0) streetList = false;
    }
    if ((lineUp || streetList) && !anchored(from, to)) blocks.push({ from, to, placesOnly: !lineUp });
  }
  return blocks;
}

/** Middle dots and bullets part a line's items like commas ("A · B · C"). */
const MIDDOTS = new Set(['·', '•']);
/** Items a list of one kind needs (on one line, or one a line). */
const KIND_ITEMS = 6;
const PLACE_KIND = 1;
const PEOPLE_KIND = 2;
/**
 * Words of a heading that say what a list of bare names is: the stations or stops of a line, the streets of a
 * route (places: namesakes of stations and streets are nobody on the list), saints, laureates, monarchs, popes
 * (public people). A guest list, a class, a team's members, a raffle's winners are none of these.
 */
const LIST_KINDS = new Map<string, number>([
  ...'estaciones estacion stations station paradas parada stops apeaderos calles streets'
    .split(' ')
    .map((w) => [w, PLACE_KIND] as [string, number]),
  ...'santos santas santoral saints laureates laureados laureadas galardonados galardonadas nobel monarchs monarcas popes papas'
    .split(' ')
    .map((w) => [w, PEOPLE_KIND] as [string, number]),
]);
/** Lower-case words a proper name may hold ("Plaza de la Villa", "Stratford upon Avon", "Isle of Dogs"). */
const NAME_PARTICLES = new Set(
  'de del la las los el y e i d l of the upon on in by da di do dos das van von der'.split(' '),
);
/** Words a bare name may hold at most, before a bracket of its own. */
const BARE_NAME_WORDS = 6;

/**
 * An item that is only a name: capitalised words (and particles) with no number, perhaps a short bracket after it
 * ("Sol (L1, L2)"). A contact, an id, a date or an attribute on an item makes it more than a name.
 */
function bareName(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  if (!tokens[k]!.cap || tokens[k]!.kind !== 'word') return false;
  for (; k < to && tokens[k]!.text !== '('; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' ? !t.cap && !NAME_PARTICLES.has(t.key) : t.text !== '.' && t.text !== "'" && t.text !== '’')
      return false;
  }
  if (k - from > BARE_NAME_WORDS) return false;
  if (k === to) return true;
  // A bracket of a few short codes that closes the item ("(L1, L9)", "(R)"), never an address or a date.
  if (tokens[to - 1]!.text !== ')' || to - k > 8) return false;
  for (let j = k + 1; j < to - 1; j++)
    if (tokens[j]!.text.length > 3 || !SHORT_CODE.test(tokens[j]!.text)) return false;
  return true;
}
/** What a bracket after a bare name may hold: line codes, numbers of a line, commas and slashes. */
const SHORT_CODE = /^(?:\p{Lu}{1,3}|\d{1,2}|[,/+])$/u;

/** The kind of a list line's names (PLACE_KIND, PEOPLE_KIND, 0: none) from its label or the lines above it. */
function kindOf(tokens: readonly Token[], lines: Array<[number, number]>, i: number): number {
  for (let j = i; j >= 0 && j >= i - HEADING_LINES; j--) {
    const [from, to] = lines[j]!;
    const kind = headingKind(tokens, from, j < i ? to : Math.min(to, from + 6));
    if (kind !== 0) return kind;
  }
  return 0;
}

/**
 * People who live, work or stay somewhere, or who are somebody's: a heading naming them lists them, not the
 * places ("Vecinos de las calles afectadas:", "Guests staying near these stations:").
 */
const HOLDERS = new Set(
  (
    'vecinos vecinas residents neighbours neighbors invitados invitadas guests alumnos alumnas pupils students ' +
    'socios socias members clientes customers clients pacientes patients empleados empleadas staff employees ' +
    'ninos ninas children kids familias families contactos contacts inquilinos tenants propietarios owners ' +
    'voluntarios volunteers participantes participants asistentes attendees conductores drivers repartidores'
  ).split(' '),
);

/** The kind a heading's tokens [from, to) name (0: none, or they name people who hold the places). */
function headingKind(tokens: readonly Token[], from: number, to: number): number {
  let kind = 0;
  for (let k = from; k < to; k++) {
    const key = tokens[k]!.key;
    if (HOLDERS.has(key)) return 0;
    if (kind === 0) kind = LIST_KINDS.get(key) ?? 0;
  }
  return kind;
}

/**
 * Lists of one kind written one item a line under their heading ("Paradas:\n- A\n- B"): runs of KIND_ITEMS lines
 * or more that each hold one bare name (after a bullet or an item number), right below a line naming their kind.
 */
function kindColumnBlocks(
  tokens: readonly Token[],
  lines: Array<[number, number]>,
  anchored: (from: number, to: number) => boolean,
): ReferenceBlock[] {
  const blocks: ReferenceBlock[] = [];
  for (let i = 0; i + KIND_ITEMS < lines.length; i++) {
    const [hFrom, hTo] = lines[i]!;
    const kind = headingKind(tokens, hFrom, hTo);
    if (kind === 0) continue;
    let j = i + 1;
    while (j < lines.length && bareName(tokens, itemStart(tokens, lines[j]![0], lines[j]![1]), lines[j]![1])) j++;
    if (j - i - 1 < KIND_ITEMS) continue;
    const from = lines[i + 1]![0];
    const to = lines[j - 1]![1];
    if (!anchored(from, to)) blocks.push({ from, to, placesOnly: kind === PLACE_KIND });
    i = j - 1;
  }
  return blocks;
}

/** Where a list line's item starts: after a bullet ("-", "•") or an item number ("3.", "3)"). */
function itemStart(tokens: readonly Token[], from: number, to: number): number {
  const t = tokens[from]!;
  if ((t.text === '-' || t.text === '*' || MIDDOTS.has(t.text)) && from + 1 < to) return from + 1;
  const n = tokens[from + 1];
  if (t.kind === 'number' && t.text.length <= 2 && (n?.text === '.' || n?.text === ')') && from + 2 < to)
    return from + 2;
  return from;
}

function hasNumber(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'number') return true;
  return false;
}

/** A line-up word on the list line's label or on one of the lines above it. */
function lineUpHeading(tokens: readonly Token[], lines: Array<[number, number]>, i: number): boolean {
  for (let j = i; j >= 0 && j >= i - HEADING_LINES; j--) {
    const [from, to] = lines[j]!;
    // On the list line itself only its label counts (the words before its colon).
    for (let k = from; k < to && (j < i || k < from + 4); k++) if (LINE_UP_WORDS.has(tokens[k]!.key)) return true;
  }
  return false;
}

/** Quick screen for kindColumnBlocks: a word of LIST_KINDS (folded: "estación" is written with its accent). */
const KIND_WORDS = byFirstCharacter(
  /estaci|stations?\b|paradas?\b|stops\b|apeaderos|calles|streets|sant[oa]s|santoral|saints|laurea|nobel|galardonad|monarc|popes|papas/i,
);

/** Digits of a phone: this many in number groups parted only by blanks, dashes, dots or brackets. */
const PHONE_DIGITS = 9;

/** A run of number groups parted by blanks, dashes, dots or brackets with nine digits or more ("07700 900561"). */
function phoneDigits(text: string, tokens: readonly Token[]): boolean {
  let digits = 0;
  let prev: Token | undefined;
  for (const t of tokens) {
    if (t.kind === 'word') {
      digits = 0;
    } else if (t.kind === 'number') {
      const gap = prev === undefined ? '' : text.slice(prev.end, t.start);
      digits =
        prev?.kind === 'number' && /^[\s().+-]*$/.test(gap) && !gap.includes('\n')
          ? digits + t.text.length
          : t.text.length;
      if (digits >= PHONE_DIGITS) return true;
      prev = t;
      continue;
    } else if (!/^[().+-]$/.test(t.text)) {
      digits = 0;
    }
    if (t.kind !== 'punct') prev = t;
  }
  return false;
}

/** The reference lists and tables of the text (see the comment at the top). */
export function referenceBlocks(
  text: string,
  tokens: readonly Token[],
  persons: readonly TokenSpan[],
  locations: readonly TokenSpan[],
  anchored: (from: number, to: number) => boolean,
): ReferenceBlock[] {
  if (tokens.length === 0 || persons.length + locations.length < 3) return [];
  const sorted = [...persons].sort((a, b) => a.first - b.first);
  const firsts = sorted.map((p) => p.first);
  const lines = lineRanges(tokens);
  const lineStarts = lines.map(([from]) => from);
  if (lines.length < 2) return [];
  // Names and streets per line: a list line needs three of them; a table is read only when a span stands on a line
  // with a pipe, a tab or a run of blanks.
  const perLine = new Map<number, number>();
  let tabled = false;
  for (const s of [...persons, ...locations]) {
    const i = countAtOrBelow(lineStarts, s.first) - 1;
    if (s.type !== 'PLACE' && s.type !== 'POSTAL_CODE') perLine.set(i, (perLine.get(i) ?? 0) + 1);
    if (!tabled) {
      const [from, to] = lines[i]!;
      tabled = CELL_MARK.test(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
    }
  }
  const blocks: ReferenceBlock[] = [];
  if (tabled) {
    for (const rows of tableBlocks(text, tokens, lines)) {
      const b = referenceTable(text, tokens, rows, sorted, firsts, anchored);
      if (b !== undefined) blocks.push(b);
    }
  }
  const candidates = [...perLine.keys()].filter((i) => perLine.get(i)! >= 3).sort((a, b) => a - b);
  if (candidates.length > 0) blocks.push(...listBlocks(tokens, lines, candidates, persons, locations, anchored));
  // One name a line under a heading of their kind: only where the text names such a kind at all.
  if (KIND_WORDS.test(text)) {
    for (const b of kindColumnBlocks(tokens, lines, anchored)) {
      if (!blocks.some((o) => o.from < b.to && b.from < o.to)) blocks.push(b);
    }
  }
  // A list of people is public only in a text with nothing personal anywhere: a club's own squad sent round with
  // the captain's phone, or a pub quiz's scores mailed to the players, are the members' data.
  blocks.sort((a, b) => a.from - b.from);
  if (blocks.some((b) => !b.placesOnly) && (anchored(0, tokens.length) || phoneDigits(text, tokens)))
    return blocks.filter((b) => b.placesOnly);
  return blocks;
}
