import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { PersonSpan } from './person.js';
import { plainlyCapitalised } from './person-context.js';
import { cueWords, isUpperCase, type Token } from './tokenize.js';

/**
 * A relative or a household helper named right after the word for what they are, with or without a possessive:
 * "Mamá Solenne 611 ...", "la mamá de Garbiñe", "Son Yaw lands on Friday", "her cleaner Wiesia lets us in", "Oma
 * Sieglinde Oberholz holt ab", "abuela de Yerai". Notes, chats and handovers write the relation as a title, and the
 * name after it is often one the lists lack or hold only as a rarer given name.
 *
 * Not: a capitalised everyday word after the relation ("Mother Nature", "Dad Jokes", "Partner Portal"), a religious
 * title written as a kin word ("Sister Perpetua", "Padre Gerolamo" without a possessive), a business partner ("our
 * partner Telcoria": a partner, a friend, a tutor or a coach names only a listed given name).
 */

// Family words: any name-shaped word after them is the relative's name.
const FAMILY =
  'mum mom mam mummy mommy dad daddy son daughter grandma grandpa granny grandad granddad nana nanna ' +
  'auntie aunty aunt uncle cousin niece nephew stepson stepdaughter stepmum stepmom stepdad stepfather stepmother ' +
  'wife husband fiance fiancee ' +
  'mama mami papa papi hijo hija abuela abuelo abuelita abuelito yaya yayo tia tio prima primo sobrina sobrino ' +
  'nieta nieto esposa esposo marido cunada cunado suegra suegro madrina padrino ' +
  'oma opa';
// Household helpers and carers: the same, a name after them is theirs.
const HELPERS =
  'cleaner nanny childminder babysitter carer caregiver housekeeper ' +
  'limpiadora asistenta ninera canguro cuidadora cuidador';
// Religious titles when capitalised without a possessive ("Sister Perpetua", "Madre Teresa", "Hermano Rafael").
const CLERICAL = 'sister brother father mother madre padre hermana hermano';
// Roles that name businesses and teams as often as people: a listed given name only.
const LOOSE =
  'partner friend bestie boyfriend girlfriend neighbour neighbor flatmate housemate roommate tutor coach ' +
  'novio novia pareja amiga amigo vecina vecino compi profe monitora monitor entrenadora entrenador';

const FAMILY_KEYS = new Set(FAMILY.split(' '));
const HELPER_KEYS = new Set(HELPERS.split(' '));
const CLERICAL_KEYS = new Set(CLERICAL.split(' '));
const LOOSE_KEYS = new Set(LOOSE.split(' '));
const KIN_CUE = cueWords([...FAMILY_KEYS, ...HELPER_KEYS, ...CLERICAL_KEYS, ...LOOSE_KEYS]);

// Possessives and articles that make a capitalised clerical word a relation again ("su Madre Celeste" is rare; "her
// brother Anselm" is common).
const OWNERS = new Set('my her his our their your the mi mis su sus tu tus nuestra nuestro la el'.split(' '));
// Spanish kin words that name a person after "de" ("la mamá de Garbiñe", "abuela de Yerai").
const KIN_OF = new Set(
  'mama mami papa papi madre padre abuela abuelo hermana hermano hija hijo tia tio prima primo'.split(' '),
);

// Spanish words spelt like a kin word without its accent ("mama" a breast, "papa" a potato or a pope, "son" they are).
const AMBIGUOUS_KIN = new Set(['mama', 'papa', 'son', 'Papa']);

const NOT_A_NAME = WORD.COMMON | WORD.PLACE | WORD.ORG_SUFFIX | WORD.KNOWN_ORG_FIRST | WORD.PRODUCT | WORD.WORD_SHAPED;

/** A word shaped like a name: a capital, then small letters (a Mc/O' family name too), three letters at least. */
function nameShaped(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.cap && t.text.length >= 3 && plainlyCapitalised(t.text);
}

/** Whether tokens[i] may be the name after a kin word of the given strength. */
function nameAfter(tokens: readonly Token[], i: number, lex: NameLexicon, listedOnly: boolean): boolean {
  const t = tokens[i];
  if (!nameShaped(t) || t.lineStart || t.cellStart) return false;
  const bits = lex.infoAt(tokens, i);
  if (listedOnly) return (bits & GIVEN) !== 0 && (bits & (WORD.COMMON | WORD.AMBIGUOUS_NAME)) === 0;
  // A given name that is also a word ("Socorro", "Celeste") counts after a family word; a bare ordinary word does not.
  if ((bits & GIVEN) !== 0) return (bits & (WORD.PRODUCT | WORD.PUBLIC_FIGURE)) === 0;
  return (bits & NOT_A_NAME) === 0;
}

/** One more word of the same name: a listed family name, or an unlisted name-shaped word ("Oma Sieglinde Oberholz"). */
function familyNameAt(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i];
  if (!nameShaped(t) || t.lineStart || t.cellStart) return false;
  const bits = lex.infoAt(tokens, i);
  return (bits & WORD.SURNAME) !== 0 || (bits & (NOT_A_NAME | WORD.PLACE_FIRST | WORD.TOWN_FIRST)) === 0;
}

/** Names after a kin or helper word that no person span covers yet. */
export function kinNames(tokens: readonly Token[], persons: readonly PersonSpan[], lex: NameLexicon): PersonSpan[] {
  const out: PersonSpan[] = [];
  let taken: Uint8Array | undefined;
  for (let k = 0; k < tokens.length - 1; k++) {
    const kin = tokens[k]!;
    if ((kin.cues & KIN_CUE) === 0) continue;
    const key = kin.key;
    const owned = OWNERS.has(tokens[k - 1]?.key ?? '');
    if (CLERICAL_KEYS.has(key) && kin.cap && !owned) continue;
    // "cáncer de mama", "son Pedro y Ana": a breast, a potato and a verb, unless written as a title or owned.
    if (AMBIGUOUS_KIN.has(kin.text) && !owned) continue;
    // "NOMBRE DE LA MADRE", "Son: 2": a word in capitals or a field label is a form's heading, not a relation.
    if (kin.text.length > 1 && isUpperCase(kin.text)) continue;
    let name = k + 1;
    // "la mamá de Garbiñe": a Spanish relation, "de", the name.
    if (tokens[name]?.key === 'de' && KIN_OF.has(key) && !tokens[name]!.cap) name++;
    const listedOnly = LOOSE_KEYS.has(key) || (CLERICAL_KEYS.has(key) && name === k + 1 && !owned);
    if (!nameAfter(tokens, name, lex, listedOnly)) continue;
    if (!taken) {
      taken = new Uint8Array(tokens.length);
      for (const p of persons) taken.fill(1, p.first, p.last + 1);
    }
    if (taken[name]) continue;
    let last = name;
    if (familyNameAt(tokens, name + 1, lex) && !taken[name + 1]) last = name + 1;
    // "Son Yaw Mensah Group", "Mamá Luna Café": a third capitalised word makes the run a firm's or a place's name.
    const after = tokens[last + 1];
    if (after?.kind === 'word' && after.cap && !after.lineStart && !after.cellStart) continue;
    out.push({ first: name, last, score: 0.8, type: 'KIN_NAME' });
    taken.fill(1, name, last + 1);
  }
  return out;
}
