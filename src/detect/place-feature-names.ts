import { foldKey } from './nlp/fold.js';
import { GIVEN, type NameLexicon, WORD } from './nlp/lexicon.js';
import type { Finding } from './types.js';

/**
 * A feature of the land or the water before a capitalised word names a place, not a person, in any text: "Loch
 * Arkaig", "Cairn Toul", "Sgùrr nan Gillean", "Mount Kosciuszko", "Sierra de Gredos", "Pinar de Valsaín", "Pico
 * Almanzor", "Lago Enol", "Río Cares". The name finders read "Cairn Toul" as a given name and a surname, "Sierra de
 * Gredos" as a given name and a particle. A name found that opens on such a word, or right after one, becomes a bare
 * place (LOCATION/PLACE), which places-without-person.ts keeps only where a person reaches it (a hill is nobody's; a
 * home town by a name still is).
 * - Some feature words are also given names or surnames ("Ben", "Glen", "Rio", "Sierra", "Puig", "Valle", "Serra"):
 *   with a particle ("Sierra de", "Puig de") they name a place; alone, only in a text about the land (a height in
 *   metres or feet, a summit, a ridge, a route, a forecast, a river) and before a word that is no listed given name
 *   or surname: "Ben Lomas said" stays a person, and so do "Glen Hartley", "Puig Vidal" and "Sierra Whitcombe".
 * - A pine wood, a pass or a cape ("Pinar de", "Puerto de", "Cabo de") needs its particle: "Puerto" alone opens
 *   "Puerto Plata". A name in a record's field stays a person's whatever it opens on.
 */

/** Feature words that are no one's given name: the name they open is a place's. */
const FEATURE =
  'Mount|Mt\\.?|Loch|Lochan|Lough|Cairn|Carn|Càrn|Coire|Choire|Corrie|Sgurr|Sgùrr|Sgor|Beinn|Bheinn|Meall|Stob|Creag|Bidean|' +
  'Llyn|Cwm|Moel|Afon|Mynydd|Lake|Cape|Isle|Strath|' +
  'Pico|Picos|Lago|Laguna|Río|Cerro|Embalse|Puerto|Collado|Barranco|Cabo|Pinar|Estany';
/** Of those, the ones that need their particle before the name ("Pinar del", "Puerto de"). */
const WITH_PARTICLE = new Set(['Pinar', 'Puerto', 'Cabo', 'Collado']);
/** Feature words that are also given names or surnames: alone, a place only in a text about the land, before no listed name. */
const AMBIGUOUS = 'Ben|Glen|Rio|Monte|Sierra|Puig|Serra|Coll|Valle|Isla';
const AMBIGUOUS_WORDS = new Set(AMBIGUOUS.split('|'));

/** A feature word, a particle or none, then the capitalised name: group 1 the feature, group 2 the particle. */
const OPENS = new RegExp(
  `(${FEATURE}|${AMBIGUOUS})[ \\t]+((?:(?:de|del|d'|dels|de la|de las|de los|of|an|na|nan|a')[ \\t]+)?)(?=[\\p{Lu}])`,
  'uy',
);
/** The same, ending right before a name found: "Loch " before "Arkaig". */
const BEFORE = new RegExp(
  `(?<![\\p{L}])(${FEATURE}|${AMBIGUOUS})[ \\t]+((?:(?:de|del|d'|dels|de la|de las|de los|of|an|na|nan|a')[ \\t]+)?)$`,
  'u',
);

/** A text about the land: a height, a summit, a ridge, a route, a forecast, a river, a walk. */
const LANDSCAPE =
  /(?<![\p{L}\p{N}])(?:\d{3,4}[ \t]?(?:m|ft|metres|meters|feet|msnm)(?![\p{L}])|summits?|munros?|corbetts?|hills?|ridge|plateau|mountains?|peaks?|walk(?:ers|ing)?|bothy|bothies|huts?|refugios?|hik(?:e|ers|ing)|climb(?:ers|ing)?|routes?|trail|forecast|avalanche|river|loch|glen|cumbres?|cimas?|montañas?|picos?|sierras?|senderismo|ruta|excursi[oó]n|r[ií]o|embalse|pinares|hayedos?|valle|puerto de montaña|desnivel)(?![\p{L}])/iu;

/** Whether a word right after an ambiguous feature word is a listed given name or surname (so the pair is a person). */
function listedName(text: string, at: number, names: NameLexicon): boolean {
  const m = /[\p{L}'’-]+/uy;
  m.lastIndex = at;
  const word = m.exec(text)?.[0];
  if (word === undefined) return false;
  const info = names.wordInfo(foldKey(word));
  return (info & (GIVEN | WORD.SURNAME)) !== 0;
}

/** Findings with the names that open on (or follow) a feature of the land read as bare places. */
export function placeFeatureNames(text: string, findings: Finding[], names: () => NameLexicon): Finding[] {
  for (const f of findings) {
    if (f.label !== 'PERSON') continue;
    OPENS.lastIndex = f.start;
    let m = OPENS.exec(text);
    let nameAt = m === null ? -1 : f.start + m[0].length;
    if (m === null) {
      m = BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start));
      nameAt = f.start;
    }
    if (m === null) continue;
    const feature = m[1]!;
    // A name in a record's field ("Apellidos: Puig Vidal") is a person's whatever it opens on.
    if (f.type === 'NAME_FIELD') continue;
    const ambiguous = AMBIGUOUS_WORDS.has(feature);
    if (WITH_PARTICLE.has(feature) && m[2] === '' && !ambiguous) continue;
    if (ambiguous && m[2] === '') {
      // (The name itself is no cue: "Sierra" would make its own text about the land.)
      if (listedName(text, nameAt, names()) || !LANDSCAPE.test(text.slice(0, f.start) + text.slice(f.end))) continue;
    }
    f.label = 'LOCATION';
    f.type = 'PLACE';
  }
  return findings;
}
