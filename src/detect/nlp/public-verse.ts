import { byFirstCharacter } from '../factor-alternatives.js';
import type { Token } from './tokenize.js';

/**
 * Verse names nobody: a poem's or a song's lines (short lines, no digits, no contact, no "Name:" label of a chat or a
 * form) in a text that says it holds verse (poem, poema, stanza, estrofa, rhyme, lyrics...). Its given names and
 * places are the poem's. The caller keeps them when the text holds a personal anchor (a dedication to "my wife", an
 * address, a phone): a personal poem names someone real.
 */

/**
 * A word that says the text holds verse, read body first: the look-behind of the form with it in front
 * ("(?<![\p{L}])(?:poems?|...)") was tried at every position of every text; here only where a word of the list
 * matches is the character before it looked at (saysVerse), the same matches.
 */
const VERSE_WORDS =
  /poems?|poemas?|poes[ií]as?|poetry|poets?|poetas?|verses|versos|estrofas?|stanzas?|sonnets?|sonetos?|rhymes?|rimas?|lyrics|haikus?|limericks?|ballads?|baladas?|coplas?|villancicos?|figuras ret[oó]ricas|recursos literarios|literary devices/iu;
// The words grouped by their first letter: saysVerse reads only where a match starts, and a match of the grouped
// words followed by no letter starts exactly where one of the list does.
const VERSE_CUE = new RegExp(`(?:${byFirstCharacter(VERSE_WORDS).source})(?![\\p{L}])`, 'giu');
/** A letter ending right before a position (the code point before it, a surrogate pair read whole). */
const LETTER_BEFORE = /\p{L}$/u;

/** Whether the text says it holds verse: a word of VERSE_CUE with no letter right before it. */
function saysVerse(text: string): boolean {
  VERSE_CUE.lastIndex = 0;
  for (let m = VERSE_CUE.exec(text); m !== null; m = VERSE_CUE.exec(text)) {
    if (m.index === 0 || !LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) return true;
    VERSE_CUE.lastIndex = m.index + 1;
  }
  return false;
}

/** Lines a run of verse needs, and how long (in characters) a line of verse may be. */
const VERSE_LINES = 4;
const LINE_MIN = 8;
const LINE_MAX = 70;
/** A chat's or a form's label opening the line ("Lucía: voy", "Nombre: X"). */
const LABEL = /^[^:]{1,25}:\s/;

/** Token ranges [from, to) of the runs of verse lines in the text, or none when it does not say it holds verse. */
export function verseBlocks(text: string, tokens: readonly Token[]): Array<[number, number]> {
  if (!saysVerse(text)) return [];
  const blocks: Array<[number, number]> = [];
  let runFrom = -1;
  let runLines = 0;
  let runTo = 0;
  const close = () => {
    if (runLines >= VERSE_LINES) blocks.push([runFrom, runTo]);
    runFrom = -1;
    runLines = 0;
  };
  let from = 0;
  while (from < tokens.length) {
    let to = from + 1;
    while (to < tokens.length && !tokens[to]!.lineStart) to++;
    if (verseLine(text, tokens, from, to)) {
      // A stanza break (one blank line) keeps the run; two or more end it.
      if (
        runFrom >= 0 &&
        !/^[^\n]*\n[ \t]*(?:\n[ \t]*)?$/.test(text.slice(tokens[runTo - 1]!.end, tokens[from]!.start))
      )
        close();
      if (runFrom < 0) runFrom = from;
      runLines++;
      runTo = to;
    } else close();
    from = to;
  }
  close();
  return blocks;
}

/** A short line of words with no digit, no address sign and no label. */
function verseLine(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const line = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (line.length < LINE_MIN || line.length > LINE_MAX || LABEL.test(line)) return false;
  let words = 0;
  let lower = 0;
  let capital = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number' || NOT_VERSE.has(t.text)) return false;
    if (t.kind !== 'word') continue;
    words++;
    if (t.cap) capital++;
    else if (!PARTICLES.has(t.key)) lower++;
  }
  // A line of verse says something: two plain words at least, as many as its capitalised ones, unlike a name's or
  // an address's line ("Calle Real sin número", "Barrio de la Cruz").
  return words >= 3 && lower >= 2 && lower >= capital;
}
/** Signs of an address, a handle, a table or code ("x = f(y)", "{row['body']}"), never of a line of verse. */
const NOT_VERSE = new Set(['@', '/', '#', '=', '{', '}', '[', ']', '<', '>', '|', '\\', '_']);
/** Particles of names and addresses ("Barrio de la Cruz"), not counted as plain words. */
const PARTICLES = new Set('de del la las los el y e of the and'.split(' '));
