import { opensLine, wordsOnLine } from './line-prefix.js';
import type { PersonSpan } from './person.js';
import type { Token } from './tokenize.js';

/** "[00:01:12] AGENT", "(14:02) Cliente": tokens[index] follows a bracketed time stamp that opens its line. */
export function afterTimeStamp(tokens: readonly Token[], index: number): boolean {
  const close = tokens[index - 1];
  if (close === undefined || (close.text !== ']' && close.text !== ')')) return false;
  for (let i = index - 2, n = 0; i >= 0 && n < 12; i--, n++) {
    const t = tokens[i]!;
    if (t.kind === 'word') return false;
    if (t.text === '[' || t.text === '(') return opensLine(tokens, i);
  }
  return false;
}

/**
 * "[19:05] Pepe 3ºA: ...", "Rafi (1ºB): ...", "Nacho 5D: ...": a neighbours' group chat signs each author with the flat's
 * floor and door. The index of the designation's last token after the name at w (one space, a floor number of one or
 * two digits and a glued door of up to four letters, "ºA", "B", "Izq"), or w itself when none follows.
 */
function flatAfter(tokens: readonly Token[], w: number): number {
  // "Rafi (3ºB):" in brackets.
  const bracket = tokens[w + 1]?.text === '(' ? 1 : 0;
  const floor = tokens[w + 1 + bracket];
  if (floor?.kind !== 'number' || floor.text.length > 2 || floor.lineStart) return w;
  if ((bracket ? tokens[w + 1]! : floor).start - tokens[w]!.end !== 1) return w;
  const door = tokens[w + 2 + bracket];
  if (door?.kind !== 'word' || door.start !== floor.end || door.text.length > 4) return w;
  if (bracket && tokens[w + 4]?.text !== ')') return w;
  return w + 2 + 2 * bracket;
}

/**
 * The run is one word opening its line (or following the line's time stamp) and followed by a colon and words on the
 * same line: 'Ubul: What a day.', '[10:02] Kez: on it'. Returns 'stamped' after a time stamp.
 */
function speakerShape(tokens: readonly Token[], words: readonly number[]): 'plain' | 'stamped' | undefined {
  if (words.length !== 1) return undefined;
  const w = words[0]!;
  const at = flatAfter(tokens, w);
  const colon = tokens[at + 1];
  const said = tokens[at + 2];
  if (colon?.text !== ':' || said === undefined || said.lineStart || !wordsOnLine(tokens, at + 2)) return undefined;
  if (opensLine(tokens, w)) return 'plain';
  return afterTimeStamp(tokens, w) ? 'stamped' : undefined;
}

/** Distinct line labels, each said once, that read as a form's rather than a conversation's. */
const MIN_FORM_LABELS = 3;

/**
 * "Ubul: What a day.\nNicole: Remember me?": in a transcript, the speakers of its lines are all people once one of
 * them is. A word counts only when `mayBeName` allows it (not an ordinary word, a form field or an acronym), so
 * "Note:" or "Name:" lines never join, and at least two speaker lines are needed; from three on, one speaker speaking
 * twice, one decided speaker with a listed given name (`firstName`) or time stamps. `decided` is updated.
 */
export function spreadOverSpeakers(
  tokens: readonly Token[],
  runs: readonly number[][],
  decided: Array<PersonSpan | undefined>,
  mayBeName: (index: number) => boolean,
  firstName: (index: number) => boolean,
): void {
  const speakers: number[] = [];
  let stamped = 0;
  for (let r = 0; r < runs.length; r++) {
    const shape = speakerShape(tokens, runs[r]!);
    if (shape !== undefined) speakers.push(r);
    if (shape === 'stamped') stamped++;
  }
  // A chat log of time-stamped lines ('[10:02] Kez: ...', '[10:05] Kez: ...') is a conversation of people by its
  // layout, even when none of its short nicknames is a listed name.
  if (speakers.length < 2 || (stamped < 2 && !speakers.some((r) => decided[r] !== undefined))) return;
  // In three lines or more, people in a conversation speak more than once, or one of them has a listed given name
  // ("Ella: ...\nDestiny: ...\nChristopher: ..."); a form's labels ("Giro:", "Riesgo:", "Propuesta:") are each said
  // once. Two lines, one each, are read as a conversation.
  const once = new Set(speakers.map((r) => tokens[runs[r]![0]!]!.key)).size === speakers.length;
  const seeded = speakers.some((r) => decided[r] !== undefined && firstName(runs[r]![0]!));
  if (stamped < 2 && once && speakers.length >= MIN_FORM_LABELS && !seeded) return;
  for (const r of speakers) {
    const w = runs[r]![0]!;
    if (!decided[r] && mayBeName(w)) decided[r] = { first: w, last: w, score: 0.7, type: 'SPEAKER' };
  }
}
