import { type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * A firm's own address, given where the firm is named with its legal form: "Acme Widgets Ltd, 4 Dock Road, Hull HU1
 * 2AB", "Grupo Ribera, S.A. de C.V., con domicilio en Av. Juárez 120, Puebla", "Taller Sur S.R.L. – CUIT ... – Mitre
 * 980, Salta", "(company no. ..., registered office 3 Mill Yard, Bury BL9 0AA)". A privacy notice, an invoice's
 * issuer or client block, a contract's party that is a company: nobody lives there. A person named between the firm
 * and the address ("Acme Ltd, attn. Mary Hale, 4 Elm Road"), a word of someone's home ("vive", "home", "mi") or a
 * person's name before the firm ("Juan Pérez, de Acme S.L., con domicilio en ...") keeps the address.
 */

/** Legal forms that end a company's name (folded keys as the tokenizer writes them: "S.A." is "s.a" and "."). */
const LEGAL_FORMS = new Set([
  'ltd',
  'limited',
  'plc',
  'llc',
  'llp',
  'inc',
  'corp',
  'dac',
  'gmbh',
  'bv',
  'nv',
  's.a',
  'sa',
  's.l',
  'sl',
  's.l.u',
  'slu',
  's.a.u',
  'sau',
  's.r.l',
  'srl',
  's.a.s',
  'sas',
  'c.v',
  'spa',
  's.p.a',
  'ltda',
  'e.i.r.l',
  'eirl',
  's.a.c',
  'sac',
]);

/**
 * Heads that end the name of a public body or a mutual (folded), followed by a comma and its address: nobody lives at
 * a council's, a regulator's or a building society's address. "Agency" and "department" stay out: a ratings agency
 * or a store names a firm, whose address the shared sets mark where a meeting is held.
 */
const BODY_HEADS = new Set([
  'council',
  'office',
  'society',
  'commission',
  'authority',
  'ministry',
  'ayuntamiento',
  'ministerio',
  'consejeria',
  'diputacion',
]);

/** Words that tie the address to the firm named before it: "con domicilio en", "domiciliada en" (folded). */
const LINKS = new Set(['domicilio', 'domiciliada', 'domiciliado']);

/** A firm's tax or company number written between its name and its address ("– CUIT 30-... –", "company no."). */
const TAX_IDS = new Set(['cuit', 'cif', 'nif', 'rfc', 'vat', 'ein', 'fein', 'company', 'crn']);

/** Small words that may stand between: "con domicilio en", "S.A. de C.V.", "company no.", "reg. no". */
const JOINERS = new Set(['con', 'en', 'de', 'no', 'number', 'reg', 'nº', 'n']);

/** Words of a company's seat that no person has: "registered office", "domicilio social", "sede social". */
const SEAT_WORDS = new Set(['social']);

/** Words of someone's own home or person between the firm and the address: the address is that person's. */
const PERSONAL = new Set([
  'i',
  'me',
  'my',
  'mine',
  'home',
  'live',
  'lives',
  'lived',
  'living',
  'resides',
  'reside',
  'residing',
  'resident',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'attn',
  'fao',
  'tenant',
  'customer',
  'employee',
  'mi',
  'mis',
  'yo',
  'vivo',
  'vive',
  'vivia',
  'reside',
  'residente',
  'vecino',
  'vecina',
  'particular',
  'sr',
  'sra',
  'srta',
  'don',
  'dona',
  'd',
  'dna',
  'trabajador',
  'trabajadora',
  'empleado',
  'empleada',
  'inquilino',
  'inquilina',
  'arrendatario',
  'arrendataria',
  'att',
  'atte',
]);

/** Tokens looked at back from the address for the firm, and back from the firm for a person's name. */
const REACH = 30;
const NAME_REACH = 8;

export function firmOwnAddress(tokens: readonly Token[], span: TokenSpan, lex: NameLexicon): boolean {
  // "Quillmoor Europe DAC": a place followed by a legal form is part of the firm's name.
  if (span.type === 'PLACE' && LEGAL_FORMS.has(tokens[span.last + 1]?.key ?? '') && !tokens[span.last + 1]!.lineStart)
    return !personBefore(tokens, span.first, lex);
  // "Respondent: Harrow Freight Ltd, Park Royal (ACAS ...)": a bare town right after a firm's legal form and a comma
  // is the firm's; a person named before the firm ("Ana Gil, de Acme S.L., Lugo") keeps it.
  if (span.type === 'PLACE' && tokens[span.first - 1]?.text === ',' && !tokens[span.first]!.lineStart) {
    const form = tokens[span.first - 2];
    if (form !== undefined && LEGAL_FORMS.has(form.key) && legalFormAt(tokens, span.first - 2))
      return !personBefore(tokens, span.first - 2, lex);
  }
  // Between the firm and its address only a seat's words, a tax id and the address's earlier parts may stand, and
  // one of the first two must, or the firm be named in its own voice: "Acme S.A., Barcelona" in a list of suppliers
  // names a town the firm is in, no more.
  let linked = false;
  // The walk may cross a line break that wraps the address after a comma ("Marine Road,\nCo. Wicklow A63 X2F4").
  for (
    let k = span.first - 1;
    k >= 0 && k >= span.first - REACH && (!tokens[k + 1]!.lineStart || tokens[k]!.text === ',');
    k--
  ) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (LEGAL_FORMS.has(t.key) && legalFormAt(tokens, k))
      return (linked || firmVoice(tokens, k)) && !personBefore(tokens, k, lex);
    // "Leeds City Council, Civic Hall, ...", "Harbour Building Society, 5 Quay": a public body's or a society's own.
    if (BODY_HEADS.has(t.key) && legalFormAt(tokens, k) && tokens[k + 1]?.text === ',')
      return !personBefore(tokens, k, lex);
    // "Casa consistorial: Plaza Mayor 1": the town hall's address.
    if (t.key === 'consistorial' && tokens[k - 1]?.key === 'casa') return true;
    if (t.key === 'office' && tokens[k - 1]?.key === 'registered') return true;
    if (SEAT_WORDS.has(t.key) && (tokens[k - 1]?.key === 'domicilio' || tokens[k - 1]?.key === 'sede')) return true;
    if (PERSONAL.has(t.key)) return false;
    if (LINKS.has(t.key)) linked = true;
    else if (TAX_IDS.has(t.key)) linked = true;
    else if (!t.cap && !JOINERS.has(t.key)) return false;
    else if (t.cap && lex.isWord(WORD.FIRST_NAME, t.key) && !lex.isWord(WORD.COMMON, t.key)) return false;
  }
  return false;
}

/** Words of a firm's own voice: "Our EU representative is X DAC, 2 Dock Square", "nuestro proveedor, X S.L., ...". */
const OUR = new Set(['our', 'nuestro', 'nuestra', 'nuestros', 'nuestras']);

/**
 * A firm named in its own voice ("Our representative is ...") before the address or the town: the text is the
 * firm's, and what follows "X DAC," is that firm's seat.
 */
function firmVoice(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - NAME_REACH; j--) {
    const t = tokens[j]!;
    if (OUR.has(t.key)) return true;
    if (t.lineStart || t.text === '.' || t.text === ':') return false;
  }
  return false;
}

/**
 * "S.A" or "Ltd" in capitals or capitalised, after a capitalised name or a comma: a legal form, not the Spanish "sa"
 * or "sl" of a chat.
 */
function legalFormAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.cap) return false;
  const before = tokens[k - 1];
  if (before === undefined || t.lineStart) return false;
  return before.text === ',' || before.text === '&' || before.text === '.' || (before.kind === 'word' && before.cap);
}

/** A given name among the words before the firm on its line: the address follows a person's name and role. */
function personBefore(tokens: readonly Token[], k: number, lex: NameLexicon): boolean {
  for (let j = k - 1; j >= 0 && j >= k - NAME_REACH; j--) {
    const t = tokens[j]!;
    if (
      t.kind === 'word' &&
      (PERSONAL.has(t.key) || (t.cap && lex.isWord(WORD.FIRST_NAME, t.key) && !lex.isWord(WORD.COMMON, t.key)))
    )
      return true;
    if (t.lineStart || t.text === ':') return false;
  }
  return false;
}
