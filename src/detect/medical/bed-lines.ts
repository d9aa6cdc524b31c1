import type { PhraseIndex } from '../nlp/phrase-index.js';
import type { Token } from '../nlp/tokenize.js';

/**
 * A ward's or a care home's list where each line is one patient: "Bed 4: pneumonia, IV co-amoxiclav", "Cama 12 -
 * EPOC reagudizado", "Hab. 203: ictus, disfagia". The bed stands for the person a nurse does not name, so a line a
 * bed number opens is about someone as much as one a name opens. A bed word is a bed everywhere; a room's number
 * ("Room 3: asthma workshop") only in a text about care (a ward, a handover, a care home, patients or residents).
 */
export interface BedWords {
  /** Words for a patient's bed (folded): "bed", "cama", "leito", "lit", "letto", "yatak". */
  beds: ReadonlySet<string>;
  /** Words for a room (folded): "room", "hab", "habitación", "chambre", "stanza", "quarto", "oda". */
  rooms: ReadonlySet<string>;
  /** Words of a place of care, for a room's line: "ward", "handover", "planta", "residencia", "patients". */
  care: PhraseIndex<true>;
}

/** Between the bed word and its number: "Hab. 203", "Bed no. 4", "Cama nº 12", "Bed #7". */
const BEFORE_NUMBER = new Set(['.', '#', 'no', 'nº', 'n', 'º', '°', 'num', 'number', 'numero', 'número']);
/** After the number, what opens the line's content: "Bed 4: ...", "Cama 12 - ...", "Hab. 203 | ...". */
const AFTER_NUMBER = new Set([':', '-', '–', '—', '|', ')', '.', ',', '=', '>']);

/** The kind of bed line tokens[i] opens: 'bed', 'room' or undefined. */
function bedLineAt(tokens: readonly Token[], i: number, words: BedWords): 'bed' | 'room' | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  // The line's first word, or after a list's bullet ("- Bed 4: ...", "* Cama 3"): told before the word is looked up,
  // since hasBedLine asks at every word of the text and most open no line.
  const prev = tokens[i - 1];
  if (!t.lineStart && !(prev?.lineStart && prev.kind === 'punct' && '-*•·>'.includes(prev.text))) return undefined;
  const kind = words.beds.has(t.key) ? 'bed' : words.rooms.has(t.key) ? 'room' : undefined;
  if (kind === undefined) return undefined;
  let j = i + 1;
  for (let n = 0; n < 2 && tokens[j] !== undefined && BEFORE_NUMBER.has(tokens[j]!.key.toLowerCase()); n++) j++;
  const number = tokens[j];
  if (number === undefined || number.kind !== 'number' || number.lineStart || number.text.length > 4) return undefined;
  // "Bed 12A", "Cama 3B": a letter glued to the number is the bed's side of the bay.
  let k = j + 1;
  if (tokens[k]?.kind === 'word' && tokens[k]!.start === number.end && tokens[k]!.text.length === 1) k++;
  const after = tokens[k];
  if (after === undefined || after.lineStart) return undefined;
  // Content follows on the line: after a mark, or straight away ("Bed 4 pneumonia").
  const content = AFTER_NUMBER.has(after.text) ? tokens[k + 1] : after;
  return content !== undefined && !content.lineStart && content.kind === 'word' ? kind : undefined;
}

/** Whether a line of tokens is opened by a patient's bed (or, in a text about care, a room) and its number. */
export function hasBedLine(tokens: readonly Token[], words: BedWords): boolean {
  let room = false;
  for (let i = 0; i < tokens.length; i++) {
    const kind = bedLineAt(tokens, i, words);
    if (kind === 'bed') return true;
    if (kind === 'room') room = true;
  }
  if (!room) return false;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'word' && words.care.matchAt(tokens, i)) return true;
  return false;
}
