import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';
import { identifierAt } from './identifiers.js';

/**
 * A clinician's number in their professional register, whatever the register is called: "Orthodontist: Ada Rook,
 * GDC 271904", "Dra. Irune Zabala, RNPI 630417", "Examining physician: Ola Ness, HPR no. 7712093", "Tratante: Dr. Paz,
 * exequátur 2231-07". Each country's register has its own acronym and no list holds them all; what they share is the
 * line: a clinician's title or role (doctor_words), their name, then after a comma or a bracket a register's
 * acronym in capitals (or "exequátur") and a number of four digits or more. An acronym that is someone's identity
 * document (record_id_fields: "DNI", "RUT"), a postal code, a tax number or a contact's ("Tel", "Ext") is none.
 */

/** Capitals that open a value that is no register number on a clinician's line. */
const NOT_REGISTERS = new Set([
  'tel',
  'cel',
  'fax',
  'mob',
  'ext',
  'id',
  'cp',
  'zip',
  'cif',
  'nit',
  'ruc',
  'vat',
  'iva',
]);
/**
 * US states' and territories' and Canadian provinces' postal abbreviations: before five digits they end an address
 * ("Round Rock, TX 78701"), not a register's number.
 */
const POSTAL_STATES = new Set(
  (
    'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok ' +
    'or pa ri sc sd tn tx ut vt va wa wv wi wy pr gu vi as mp ab bc mb nb nl ns nt nu on pe qc sk yt'
  ).split(' '),
);
/** A US ZIP code, maybe with its four-digit extension. */
const ZIP = /^\d{5}(?:-\d{4})?$/;
/** Register words that are no acronym: the Dominican Republic's exequátur. */
const REGISTER_WORDS = new Set(['exequatur']);
/** Between the acronym and its number: "no.", "nº", "#", "ref", ":", "MSP practitioner no.". */
const FILLERS = new Set(['no', 'nº', 'n', 'º', '.', '#', ':', 'ref', 'reg', 'nr', 'nro', 'number', 'practitioner']);
/** Words of a register before its acronym: "colegiada COPIC 08-1234". */
const REGISTERED = new Set([
  'colegiado',
  'colegiada',
  'registered',
  'registrado',
  'registrada',
  'inscrito',
  'inscrita',
]);
/** A specialist's title by its ending: "cardiólogo", "Neurologist", "pediatra", "podiatrist". */
const SPECIALIST = /(?:olog(?:o|a|ist)|iatra|iatrist)$/;
/** SPECIALIST's test, asked of every word of a text with a digit: only a word ending as one of its endings is searched. */
function specialist(key: string): boolean {
  const last = key.charCodeAt(key.length - 1);
  // o, a, t: the last letters of SPECIALIST's endings.
  return (last === 0x6f || last === 0x61 || last === 0x74) && key.length >= 5 && SPECIALIST.test(key);
}
/** How far after the clinician's word the register may stand on the line. */
const REACH = 14;

/** Whether tokens[j] is a register's acronym: two to six capitals ("GDC", "RNPI"), or one spelled with dots. */
function acronymAt(tokens: readonly Token[], j: number, ids: PhraseIndex<true>): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'word') return false;
  if (REGISTER_WORDS.has(t.key)) return true;
  if (!/^\p{Lu}{2,6}$/u.test(t.text) || NOT_REGISTERS.has(t.key)) return false;
  return ids.matchAt(tokens, j) === undefined;
}

/** The token ranges of register numbers on lines where a clinician's word (doctorWords) is written. */
export function registerNumbers(
  tokens: readonly Token[],
  doctorWords: ReadonlySet<string>,
  ids: PhraseIndex<true>,
  /** Whether the word tokens[i] is one of doctorWords, when the caller knows it already (the medical detector does). */
  doctorAt = (i: number): boolean => doctorWords.has(tokens[i]!.key),
): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !(doctorAt(i) || specialist(t.key))) continue;
    for (let j = i + 1; j < tokens.length && j - i <= REACH; j++) {
      const a = tokens[j]!;
      if (a.lineStart) break;
      const opener = tokens[j - 1]!;
      // The register follows the name after a comma or in a bracket ("Ada Rook, GDC ...", "Ola Ness (HPR ...").
      if (!(opener.text === ',' || opener.text === '(' || REGISTERED.has(opener.key)) || !acronymAt(tokens, j, ids)) {
        continue;
      }
      let k = j + 1;
      for (let n = 0; n < 3 && tokens[k] !== undefined && FILLERS.has(tokens[k]!.key); n++) k++;
      const value = tokens[k];
      if (value === undefined || value.lineStart) break;
      const id = identifierAt(tokens, k);
      if (id === undefined) break;
      if (POSTAL_STATES.has(a.key) && k === j + 1 && ZIP.test(value.text)) break;
      // A number that runs on into words or a time is part of something else ("GDC 2024 guidance").
      const after = tokens[id.last + 1];
      if (after !== undefined && !after.lineStart && after.kind === 'word') break;
      out.push(id);
      i = id.last;
      break;
    }
  }
  return out;
}
