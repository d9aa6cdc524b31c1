import { headerWords, lineAfter, lineAt, splitCells, trimCell } from '../table/cells.js';
import type { Finding } from '../types.js';

/**
 * A mood or symptom journal exported from a health app as delimited rows ("user_email,entry_ts,mood,tags,note"):
 * every row is one entry of the person who kept it, so the mood rating, the tags chosen for the day ("anxiety",
 * "insomnia", "meds") and the free note are that person's health record. Only a header with a mood column and a
 * column that says whose or when each entry is (user, email, name, date, timestamp) is read; a table of average
 * moods per region or a survey's summary has no such column.
 */

/** The column that rates the day's mood (folded header words). */
const MOOD = new Set(['mood', 'animo', 'humor']);
/** Columns holding the day's chosen tags or symptoms. */
const TAGS = new Set(['tags', 'tag', 'symptoms', 'sintomas', 'etiquetas', 'emotions', 'emociones', 'feelings']);
/** Columns holding the day's free note. */
const NOTES = new Set(['note', 'notes', 'nota', 'notas', 'journal', 'diario', 'comment', 'comments', 'comentario']);
/** Columns that say whose or when each entry is. */
const WHO_OR_WHEN = new Set([
  'user',
  'usuario',
  'email',
  'name',
  'nombre',
  'date',
  'fecha',
  'ts',
  'timestamp',
  'time',
  'day',
  'dia',
  'created',
  'logged',
]);
/** A mood rating as its cell holds it: a small number, perhaps out of 5 or 10. */
const RATING = /^\d{1,2}(?:[.,]\d)?(?:\s?\/\s?(?:5|10))?$/;
/** The mood header word, to find the header line without reading every line. */
const HINT = /(?:^|[^a-z])(?:mood|[aá]nimo)/gi;
/** A clause of a note: a run up to a comma, semicolon or quote. */
const CLAUSE = /[^,;"\s](?:[^,;"\n]*[^,;"\s])?/g;
/** A clause with a capitalised word after its first (a name or a place: "talked to Dana", "walk in Hyde Park"). */
const NAMED = /\s\p{Lu}\p{Ll}/u;
const MIN_COLUMNS = 3;
const MAX_ROWS = 400;

/** MEDICAL findings for the mood, tag and note cells of a health app's journal rows. */
export function journalCells(text: string, detector: string): Finding[] {
  const out: Finding[] = [];
  HINT.lastIndex = 0;
  for (let m = HINT.exec(text); m; m = HINT.exec(text)) {
    const [from, to] = lineAt(text, m.index);
    HINT.lastIndex = to + 1;
    const delimiter = /[|\t;,]/.exec(text.slice(from, to))?.[0];
    if (!delimiter) continue;
    const header = splitCells(text, from, to, delimiter);
    if (header.length < MIN_COLUMNS) continue;
    let mood = -1;
    let whoOrWhen = false;
    const free: number[] = [];
    const notes = new Set<number>();
    for (let k = 0; k < header.length; k++) {
      const cell = trimCell(text, header[k]!);
      const words = headerWords(text.slice(cell.start, cell.end));
      if (words.length === 0 || words.length > 4) continue;
      if (words.some((w) => MOOD.has(w))) mood = k;
      else if (words.some((w) => WHO_OR_WHEN.has(w))) whoOrWhen = true;
      else if (words.length === 1 && (TAGS.has(words[0]!) || NOTES.has(words[0]!))) {
        free.push(k);
        if (NOTES.has(words[0]!)) notes.add(k);
      }
    }
    if (mood < 0 || !whoOrWhen) continue;
    let rowStart = lineAfter(text, to);
    for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
      const [rf, rt] = lineAt(text, rowStart);
      if (rt <= rf) break;
      const row = splitCells(text, rf, rt, delimiter);
      if (row.length !== header.length) break;
      const rating = trimCell(text, row[mood]!);
      // A row whose mood cell holds no rating is no journal entry (a second table, a total line).
      if (!RATING.test(text.slice(rating.start, rating.end))) break;
      out.push({ start: rating.start, end: rating.end, label: 'MEDICAL', type: 'CONDITION', score: 0.8, detector });
      for (const k of free) {
        const value = trimCell(text, row[k]!);
        if (value.end <= value.start) continue;
        if (!notes.has(k)) {
          out.push({ start: value.start, end: value.end, label: 'MEDICAL', type: 'CONDITION', score: 0.8, detector });
          continue;
        }
        // A note clause by clause: "took my meds, lunch with Dana" masks the first; the clause that names someone
        // or somewhere after its first word is left to the name and place readers.
        // Clauses in a row without a name stay one span ("couldn't sleep, panic attack on the bus").
        let runStart = -1;
        let runEnd = -1;
        CLAUSE.lastIndex = value.start;
        for (let c = CLAUSE.exec(text); c && c.index < value.end; c = CLAUSE.exec(text)) {
          const end = Math.min(c.index + c[0].length, value.end);
          if (NAMED.test(text.slice(c.index, end))) {
            if (runStart >= 0) out.push(noteSpan(runStart, runEnd, detector));
            runStart = -1;
            continue;
          }
          if (runStart < 0) runStart = c.index;
          runEnd = end;
        }
        if (runStart >= 0) out.push(noteSpan(runStart, runEnd, detector));
      }
      rowStart = lineAfter(text, rt);
      HINT.lastIndex = rowStart;
    }
  }
  return out;
}

function noteSpan(start: number, end: number, detector: string): Finding {
  return { start, end, label: 'MEDICAL', type: 'CONDITION', score: 0.8, detector };
}
