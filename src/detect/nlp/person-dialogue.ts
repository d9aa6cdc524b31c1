import { opensLine } from './line-prefix.js';
import type { PersonSpan } from './person.js';
import type { Token } from './tokenize.js';

/** The run is one word opening its line and followed by a colon and words on the same line: 'Ubul: What a day.' */
function speakerShape(tokens: readonly Token[], words: readonly number[]): boolean {
  if (words.length !== 1) return false;
  const w = words[0]!;
  const colon = tokens[w + 1];
  const said = tokens[w + 2];
  return colon?.text === ':' && said !== undefined && !said.lineStart && opensLine(tokens, w);
}

/**
 * "Ubul: What a day.\nNicole: Remember me?": in a transcript, the speakers of its lines are all people once one of
 * them is. A word counts only when `mayBeName` allows it (not an ordinary word, a form field or an acronym), so
 * "Note:" or "Name:" lines never join, and at least two speaker lines are needed. `decided` is updated.
 */
export function spreadOverSpeakers(
  tokens: readonly Token[],
  runs: readonly number[][],
  decided: Array<PersonSpan | undefined>,
  mayBeName: (index: number) => boolean,
): void {
  const speakers: number[] = [];
  for (let r = 0; r < runs.length; r++) if (speakerShape(tokens, runs[r]!)) speakers.push(r);
  if (speakers.length < 2 || !speakers.some((r) => decided[r] !== undefined)) return;
  for (const r of speakers) {
    const w = runs[r]![0]!;
    if (!decided[r] && mayBeName(w)) decided[r] = { first: w, last: w, score: 0.7, type: 'SPEAKER' };
  }
}
