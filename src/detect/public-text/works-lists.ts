import type { Finding } from '../types.js';

/**
 * A list of works: a band's set list, an album's track list, a playlist, a choir's repertoire, a concert programme.
 * Its items are titles ("Jolene", "Layla", "Mr. Brightside", "Sweet Caroline") and the artists who made them famous:
 * names of songs and public performers, not anyone's data. Only the list's items lose their names; a line of prose
 * around the list ("Tom's on bass tonight", "call Marta if the van is late") is read as before.
 */

/** The list's heading: a word naming a list of works, alone or before a colon, a dash or a date on its line. */
const HEADING =
  /^[ \t#*_]*(?:[\p{L}'’]+\s+){0,2}(?:set\s?list|track\s?list(?:ing)?|play\s?list|repertoire|song list|lista de (?:canciones|temas|reproducci[oó]n)|repertorio|orden de (?:canciones|temas)|programa del concierto|concert program(?:me)?)\b/iu;
/** Cheap screen before the line walk. */
const SCREEN =
  /set\s?list|track\s?list|play\s?list|repertoire|repertorio|song list|lista de|orden de|programa del concierto|concert program/i;
/**
 * An item line: a track's number or a bullet first ("1.", "02 -", "#3", "•"), or a title and its artist set off by a
 * dash or in brackets ("Roxanne – The Police", "Valerie (Amy Winehouse version)"). An encore's label may open it.
 */
const ITEM =
  /^[ \t]*(?:(?:encore|bis|cierre|opener)\s*:\s*|(?:#?\d{1,2}[.):-]?|[-*•–])[ \t]+\S|[^\n:]{2,60}?[ \t][–—-][ \t]\S|[^\n:(]{2,60}\((?:[^)\n]*\b(?:cover|version|versi[oó]n|remix|live|en vivo|acoustic|ac[uú]stic[oa]|original|feat\.?|ft\.?)\b[^)\n]*)\))/i;
/** Items the list needs before its lines are read as titles: one numbered line is a step, not a list of works. */
const MIN_ITEMS = 3;

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    out.push({ start, end });
    if (next < 0) break;
    start = next + 1;
  }
  return out;
}

/** The item lines of each list of works in the text: from a heading to the first blank or non-item line after it. */
function itemLines(text: string): Line[] {
  const lines = linesOf(text);
  const items: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = text.slice(lines[i]!.start, lines[i]!.end);
    if (!HEADING.test(heading)) continue;
    const run: Line[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = text.slice(lines[j]!.start, lines[j]!.end);
      if (line.trim() === '') {
        if (run.length === 0) continue;
        break;
      }
      if (!ITEM.test(line)) break;
      run.push(lines[j]!);
    }
    if (run.length >= MIN_ITEMS) items.push(...run);
    i = j - 1;
  }
  return items;
}

/**
 * Findings without the names standing on the items of a list of works. The same word said again around the list
 * stays: "bring the capo for Roxanne" is the song, but "ask Rosana, the planner" is someone, and a leak costs more.
 */
export function dropWorksListItems(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.label === 'PERSON') || !SCREEN.test(text)) return findings;
  const items = itemLines(text);
  if (items.length === 0) return findings;
  return findings.filter(
    (f) => f.label !== 'PERSON' || !items.some((line) => f.start >= line.start && f.end <= line.end),
  );
}
