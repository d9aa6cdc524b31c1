import type { CapRun } from './cap-runs.js';
import { fieldBefore, fieldValueEnd } from './context.js';
import { type NameLexicon, WORD } from './lexicon.js';
import type { TokenSpan } from './location.js';
import type { Token } from './tokenize.js';

const JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'of', 'the', 'and', '&', 'for']);

/** "Hospital Universitario La Paz", "Universidad de Granada", "Bank of America": a head followed by its name. */
function headedOrganization(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  const head = tokens[i]!;
  if (!head.cap) return undefined;
  const hit = lex.orgHeads.matchAt(tokens, i);
  if (!hit) return undefined;
  let j = i + hit.length;
  let lastName = -1;
  while (j < tokens.length && !tokens[j]!.lineStart && j - i < 10) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.cap) lastName = j;
    else if (!(JOINERS.has(t.key) || t.text === '-')) break;
    j++;
  }
  if (lastName < 0) return undefined;
  return { first: i, last: lastName, score: 0.85, type: 'INSTITUTION' };
}

/** "Acme Corp.", "Construcciones Pérez S.L.", "Initech, Inc.": a capitalised run that ends in a company suffix. */
function suffixedOrganization(tokens: readonly Token[], run: CapRun, lex: NameLexicon): TokenSpan | undefined {
  const words = run.words;
  let suffixAt = -1;
  for (let k = words.length - 1; k >= 1; k--) {
    const info = lex.infoAt(tokens, words[k]!);
    // "Servicio de Nefrología, Hospital La Paz": a head word that opens the next name is not a suffix of this one.
    const opensNext = (info & WORD.ORG_HEAD_FIRST) !== 0 && tokens[words[k]! + 1]?.cap === true;
    if ((info & WORD.ORG_SUFFIX) !== 0 && !opensNext) {
      suffixAt = k;
      break;
    }
  }
  let last: number;
  let firstWord = 0;
  if (suffixAt >= 1) {
    last = words[suffixAt]!;
  } else {
    // "Initech, Inc." / "Pérez y Cía, S.L.": the suffix after a comma.
    const after = words[words.length - 1]! + 1;
    if (tokens[after]?.text !== ',' || !lex.isWord(WORD.ORG_SUFFIX, tokens[after + 1]?.key ?? '')) return undefined;
    if (!tokens[after + 1]!.cap && tokens[after + 1]!.text.length > 3) return undefined;
    // "Ballina, Co. Mayo": an Irish county after its town, no company.
    if (tokens[after + 1]!.key === 'co' && irishCounty(tokens, after + 2, lex)) return undefined;
    last = after + 1;
  }
  while (
    firstWord < words.length &&
    lex.isWord(WORD.COMMON, tokens[words[firstWord]!]!.key) &&
    words[firstWord]! < last
  ) {
    // Keep ordinary words inside a name ("General Motors"), drop only a leading article or pronoun.
    if (tokens[words[firstWord]!]!.text.length > 3) break;
    firstWord++;
  }
  const first = words[firstWord];
  if (first === undefined || first >= last) return undefined;
  if (tokens[last + 1]?.text === '.' && tokens[last]!.text.length <= 4) last++;
  return { first, last, score: 0.85, type: 'COMPANY' };
}

function isBareSurname(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    t.kind === 'word' &&
    t.cap &&
    (lex.infoAt(tokens, i) & (WORD.SURNAME | WORD.FIRST_NAME)) === WORD.SURNAME
  );
}

/**
 * "Davis, Reynolds and Williamson", "Jones, Mitchell & Co": three or more family names in a list, none with a given
 * name, is how law firms, agencies and bands are named. After a colon ("our founders: Kónya, Becker and Vasquez")
 * the same list names people, so it is left to the person finder.
 */
function firmAt(tokens: readonly Token[], i: number, lex: NameLexicon): TokenSpan | undefined {
  // A list goes on after its first name: checked before any (costly, large-table) lookup.
  const after = tokens[i + 1];
  if (after?.text !== ',' && after?.key !== 'and' && after?.text !== '&' && after?.key !== 'y') return undefined;
  if (!isBareSurname(tokens, i, lex) || tokens[i - 1]?.text === ':' || tokens[i - 1]?.text === ',') return undefined;
  if (tokens[i - 1]?.kind === 'word' && tokens[i - 1]!.cap && !lex.isWordAt(WORD.COMMON, tokens, i - 1))
    return undefined;
  let names = 1;
  let j = i + 1;
  while (tokens[j]?.text === ',' && isBareSurname(tokens, j + 1, lex)) {
    names++;
    j += 2;
  }
  const conj = tokens[j];
  if (!conj || !(conj.key === 'and' || conj.text === '&' || conj.key === 'y') || !isBareSurname(tokens, j + 1, lex))
    return undefined;
  if (names + 1 < 3) return undefined;
  return { first: i, last: j + 1, score: 0.8, type: 'FIRM' };
}

/**
 * "works at Northwind Traders", "spent a year at Zentrova": capitalised words right after an employment phrase name
 * the employer, unless they open with a given name (a person: "works for Ana Ruiz"), are one ordinary word, or are
 * a known place ("a year at Lisbon").
 */
function cuedOrganization(tokens: readonly Token[], run: CapRun, lex: NameLexicon): TokenSpan | undefined {
  const head = run.words[0]!;
  if (tokens[head]!.lineStart || lex.orgCues.endsBefore(tokens, head, 4) === undefined) return undefined;
  const key = tokens[head]!.key;
  if (lex.isWord(WORD.FIRST_NAME | WORD.MORE_GIVEN, key) && !lex.isWord(WORD.COMMON, key)) return undefined;
  if (run.words.length === 1 && lex.isWord(WORD.COMMON | WORD.PLACE, key)) return undefined;
  const place = lex.places.matchAt(tokens, head) ?? lex.towns.matchAt(tokens, head);
  const last = run.words[run.words.length - 1]!;
  if (place && head + place.length > last) return undefined;
  return { first: head, last, score: 0.75, type: 'EMPLOYER' };
}

/** Organisations from form fields, institution heads, company suffixes and compromise's list of known names. */
export function findOrganizations(tokens: readonly Token[], runs: readonly CapRun[], lex: NameLexicon): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const run of runs) {
    const found = suffixedOrganization(tokens, run, lex) ?? cuedOrganization(tokens, run, lex);
    if (found) out.push(found);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (fieldBefore(tokens, i, lex) === 'ORGANIZATION') {
      const last = fieldValueEnd(tokens, i);
      out.push({ first: i, last, score: 0.85, type: 'ORGANIZATION_FIELD' });
      i = last;
      continue;
    }
    const headed = headedOrganization(tokens, i, lex) ?? firmAt(tokens, i, lex);
    if (headed) {
      out.push(headed);
      i = headed.last;
      continue;
    }
    if (t.cap) {
      const known = lex.organizations.matchAt(tokens, i);
      // One short or generic word ("CO", "Inc") is too weak to call an organisation by itself.
      const weak =
        known !== undefined &&
        known.length === 1 &&
        (lex.isWord(WORD.COMMON, t.key) || t.text.length < 3 || lex.isWord(WORD.ORG_SUFFIX, t.key));
      if (known && !weak) {
        out.push({ first: i, last: i + known.length - 1, score: 0.7, type: 'KNOWN_ORGANIZATION' });
        i += known.length - 1;
      }
    }
  }
  return out;
}

/** "Co. Cork", "Co Kerry": the abbreviation (with or without its full stop) ends at k - 1, a county's name follows. */
function irishCounty(tokens: readonly Token[], k: number, lex: NameLexicon): boolean {
  const name = tokens[tokens[k]?.text === '.' ? k + 1 : k];
  return (
    name !== undefined && name.kind === 'word' && name.cap && !name.lineStart && !lex.isWord(WORD.ORG_SUFFIX, name.key)
  );
}
