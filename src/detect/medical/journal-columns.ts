import { trimCell } from '../table/cells.js';
import { columnRows, type TableReader } from '../table/column-rows.js';
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
/** The journal's columns: the mood rating's, and the tags' and notes' whose cells are read whole or by clause. */
interface JournalColumns {
  mood: number;
  free: number[];
  notes: Set<number>;
}

const JOURNAL_TABLE: TableReader<JournalColumns> = {
  hint: HINT,
  minColumns: 3,
  maxHeaderCell: Number.POSITIVE_INFINITY,
  maxRows: 400,
  aligned: false,
  extraCells: false,
  columns(words) {
    let mood = -1;
    let whoOrWhen = false;
    const free: number[] = [];
    const notes = new Set<number>();
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (w === undefined) continue;
      if (w.some((x) => MOOD.has(x))) mood = k;
      else if (w.some((x) => WHO_OR_WHEN.has(x))) whoOrWhen = true;
      else if (w.length === 1 && (TAGS.has(w[0]!) || NOTES.has(w[0]!))) {
        free.push(k);
        if (NOTES.has(w[0]!)) notes.add(k);
      }
    }
    return mood >= 0 && whoOrWhen ? { mood, free, notes } : undefined;
  },
};

/** MEDICAL findings for the mood, tag and note cells of a health app's journal rows. */
export function journalCells(text: string, detector: string): Finding[] {
  const out: Finding[] = [];
  columnRows(text, JOURNAL_TABLE, ({ mood, free, notes }, _header, row) => {
    const rating = trimCell(text, row[mood]!);
    // A row whose mood cell holds no rating is no journal entry (a second table, a total line).
    if (!RATING.test(text.slice(rating.start, rating.end))) return false;
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
    return true;
  });
  return out;
}

function noteSpan(start: number, end: number, detector: string): Finding {
  return { start, end, label: 'MEDICAL', type: 'CONDITION', score: 0.8, detector };
}
