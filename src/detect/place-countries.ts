import { foldKey } from './nlp/fold.js';
import { clauseBefore, placeVocabulary } from './place-clause.js';
import type { Finding } from './types.js';

/**
 * A country named on its own locates nobody: millions live there, and a text names countries for a passport's
 * issuer, a remittance's destination, a client base, a tax jurisdiction or a trip ("Emergency contact (Kenya)",
 * "Móvil en Honduras", "our buyers are mostly in Belgium and Denmark", "the trust (Scotland)"). It is someone's only
 * where the words right before it say so: a home or an origin ("lives in", "I'm from", "vive en", "natural de",
 * "moved to", "travelling to" in a traveller's own words), a field of an address or a citizenship ("País:",
 * "Country:"), or the tail of an address ("Ripon, UK", "37185 Villamayor (España)"), which an address finding or another
 * place right before it shows.
 */

/** Residence, origin and travel words right before the country (folded text). */
const TIED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:` +
    [
      String.raw`live[sd]?|living|reside[sd]?|residing|resident|based|located|settled|born|raised|grew\s+up|originally`,
      String.raw`from|moved|moving|relocat\p{L}*|emigrat\p{L}*|immigrat\p{L}*|travel+ing|travel+ed|flew|flying|going|coming`,
      String.raw`i'?m|i\s+am|we'?re|we\s+are|here|back|visit\p{L}*|return\p{L}*|volv\p{L}*|regres\p{L}*`,
      'residencia|original|originari[oa]|nativ[oa]|native|oriundo',
      'vivo|vive|viven|vivimos|vivia|vivi|resido|reside|residente|radicad[oa]|afincad[oa]|natural|procedente',
      String.raw`oriund[oa]|nacid[oa]|naci|nacio|mude|mudo|mudamos|emigr\p{L}*|viaj\p{L}*|estoy|estamos|soy|es|somos`,
      'nacionalidad|nationality|citizenship|pais|country',
    ].join('|') +
    String.raw`)(?:\s+(?:in|en|to|a|al|from|de|del|the|el|la|back|out|over|up|down|here|there|permanently|now))*[\s:]*$`,
  'u',
);

/** Characters between an address or a town and the country that closes it: ", ", " (", ". (", " - ". */
const ADDRESS_GAP = /^[\s,.()\-–]*$/;

/** A form's field of a home, an origin or a citizenship right before the country ("País de nacimiento:", "Country of residence:"). */
const PLACE_FIELD =
  /(?:^|[^\p{L}])(?:pais|country|nacionalidad|nationality|citizenship|nacimiento|birth|domicilio|residencia|residence|address|direccion|lugar|origen|origin|procedencia)(?:[\s\p{L}/]{0,30}):\s*$/u;

/**
 * The end of an address or a maker's credit before the country: a capitalised word or a code, then a comma, a bracket,
 * a full stop or a dash ("Cartago, Costa Rica", "Zeiss K40, Germany", "Lugo. España"); a capitalised word before a
 * bracket ("Kassel (Alemania)"); an upper-case town and a space ("KETTERING United Kingdom"). A lower-case word or a
 * bare number before a bracket ("emergency contact (Kenya)", "passport 5617 (UK)") is a label's, not an address's.
 */
const ADDRESS_TAIL =
  /(?:(?:\p{Lu}[\p{L}'’.]*\)?|\p{L}+\p{N}[\p{L}\p{N}]*|\p{N}+\)?)[ \t]*[,.\-–][ \t]*\(?|\p{Lu}[\p{L}'’.]*[ \t]*\(|\p{Lu}{2,}[ \t]+)[ \t]*$/u;

/** A country in brackets qualifies what precedes it ("the trust (Scotland)"): its sentence does not own it. */
export function bracketed(text: string, f: Finding): boolean {
  return /\([ \t]*$/.test(text.slice(Math.max(0, f.start - 3), f.start));
}

/** A state's title before its name ("República", "Kingdom of the"). */
const STATE_TITLE =
  /(?:Rep[úu]blica(?:[ \t]+de)?|Republic[ \t]+of(?:[ \t]+the)?|Kingdom[ \t]+of(?:[ \t]+the)?|Reino[ \t]+de|Estado[ \t]+de|State[ \t]+of)[ \t]+$/u;

/** A sentence set in a country: "In Peru, ...", "En Chile se ...". */
const SETTING = /^\s*(?:in|en)\s+$/iu;

/** Whether the text of `f` is a country's name. */
export function isCountry(text: string, f: Finding): boolean {
  return placeVocabulary().countries.has(foldKey(text.slice(f.start, f.end)));
}

/** Whether `f`, a bare place, is a country that nothing ties to a person. */
export function untiedCountry(text: string, f: Finding, findings: readonly Finding[]): boolean {
  if (!isCountry(text, f)) return false;
  // "República Argentina", "Kingdom of the Netherlands": the state's title is read as part of its name.
  const title = STATE_TITLE.exec(text.slice(Math.max(0, f.start - 30), f.start));
  const start = f.start - (title?.[0].length ?? 0);
  const clause = foldKey(clauseBefore(text, start));
  if (TIED_BEFORE.test(clause) || PLACE_FIELD.test(clause) || SETTING.test(clause)) return false;
  const tail = ADDRESS_TAIL.exec(text.slice(Math.max(0, start - 40), start));
  // "Sr. Anselmo Quiroga Brito (Chile)": a name before the bracket makes it a nationality, not an address's end.
  if (tail !== null && !findings.some((o) => o.label === 'PERSON' && o.start < start && o.end > start - tail[0].length))
    return false;
  // The tail or the head of an address: another place or address finding right before or after it.
  return !findings.some(
    (o) =>
      o !== f &&
      o.label === 'LOCATION' &&
      ((o.end <= f.start && f.start - o.end <= 4 && ADDRESS_GAP.test(text.slice(o.end, f.start))) ||
        (o.start >= f.end && o.start - f.end <= 4 && ADDRESS_GAP.test(text.slice(f.end, o.start)))),
  );
}
