import { PhraseIndex } from './phrase-index.js';

/** Where a party to a deed, a ruling or a notice lives: formal phrases that name nothing but a home town. */
const RESIDENCE_PHRASES = [
  'vecino de',
  'vecina de',
  'vecinos de',
  'vecinas de',
  'domiciliado en',
  'domiciliada en',
  'domiciliados en',
  'domiciliadas en',
  'con domicilio en',
  'residing in',
  'residing at',
  'ordinarily resident in',
];

/** The key of the word before the last of a deed's residence cue ("vecino" de, "domiciliada" en, "residing" in). */
export const RESIDENCE_CUE_HEADS: ReadonlySet<string> = new Set(RESIDENCE_PHRASES.map((c) => c.split(' ').at(-2)!));

/**
 * English phrases after which an unknown capitalised name is a place, besides cues.yaml's place_before_strong: verbs
 * of arriving, returning and settling, a street's town ("Elm Road in Kessling") and note shorthand ("lives Fitzroy"). Kept here so the location
 * finder can grow its cues without touching the shared cue file.
 */
const STRONG_PLACE_CUES = [
  'arrived at',
  'arrived in',
  'arriving in',
  'arrives in',
  'returned to',
  'returning to',
  'coming to',
  'relocated to',
  'relocating to',
  'moved back to',
  'headquartered in',
  'settled in',
  'stationed in',
  'hails from',
  'native of',
  'resident of',
  'holiday in',
  'vacation in',
  'street in',
  'road in',
  'avenue in',
  'lane in',
  'we are from',
  'i am from',
  "i'm from",
  'born and raised in',
  // Shorthand of clinical and case notes without the preposition: "pt 34F, lives Fitzroy", "vive Quilmes".
  'lives',
  'resides',
  'vive',
  // Deeds, rulings and notices: "vecino de Alzira", "domiciliada en Getafe", "residing in Naas".
  ...RESIDENCE_PHRASES,
];

export const extraStrongPlaceCues: PhraseIndex<'CUE'> = new PhraseIndex();
for (const cue of STRONG_PLACE_CUES) extraStrongPlaceCues.add(cue, 'CUE');

/** The last word of every cue above: one set probe spares the phrase lookup for almost every word. */
export const EXTRA_CUE_ENDS: ReadonlySet<string> = new Set(STRONG_PLACE_CUES.map((c) => c.split(' ').pop()!));
