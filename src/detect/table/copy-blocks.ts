import { type CellSpan, lineAfter, lineAt, splitCells } from './cells.js';

/**
 * pg_dump's data blocks: "COPY table (columns) FROM stdin;", then one tab-separated row a line until "\." (or a
 * blank line, or a line without a tab under a list of several columns: a paste cut short). The column list is the
 * header of every row, as a CSV header is ("\N" is a null). Read once per text, for the secret and id columns
 * (secrets/secret-columns.ts) and the name columns (nlp/person-copy-rows.ts).
 */
export interface CopyBlock {
  /** The column names, quotes left out. */
  names: string[];
  /** The rows whose cell count is the column list's. */
  rows: CellSpan[][];
}

/** Sticky: tried only at the start of a line that holds "stdin" or "STDIN" (found by indexOf). */
const COPY_HEAD = /[ \t]*COPY[ \t]+[\w."]{1,120}[ \t]*\(([^()\n]{1,2000})\)[ \t]+FROM[ \t]+stdin;?[ \t]*\r?(?=\n|$)/iy;
const MAX_ROWS = 5000;

/** The last two texts read and their blocks: the engine asks several readers about one text. */
const recent: Array<[string, CopyBlock[]]> = [];

export function copyBlocks(text: string): CopyBlock[] {
  for (const [t, blocks] of recent) if (t === text) return blocks;
  const out: CopyBlock[] = [];
  // pg_dump writes "FROM stdin"; by hand it may be "from stdin" or "FROM STDIN" (COPY_HEAD ignores case). The gate
  // asks for the longer "FROM stdin": a search for "stdin" alone costs two and a half times as much on every text.
  const lower = text.includes('FROM stdin') || text.includes('from stdin');
  const upper = text.includes('STDIN');
  if (lower || upper) {
    for (let at = 0; at < text.length; ) {
      const a = lower ? text.indexOf('stdin', at) : -1;
      const b = upper ? text.indexOf('STDIN', at) : -1;
      const hit = a < 0 ? b : b < 0 ? a : Math.min(a, b);
      if (hit < 0) break;
      const [lf, lt] = lineAt(text, hit);
      COPY_HEAD.lastIndex = lf;
      const m = COPY_HEAD.exec(text);
      at = lt + 1;
      if (m === null) continue;
      const names = m[1]!.split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
      // A dump pasted with an indent has it on every row: it is no part of a row's first cell.
      const indented = text[lf] === ' ' || text[lf] === '\t';
      const rows: CellSpan[][] = [];
      let rowStart = lineAfter(text, m.index + m[0].length);
      for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
        const [rf, rt] = lineAt(text, rowStart);
        const line = text.slice(rf, rt);
        const bare = line.trim();
        if (bare === '\\.' || bare === '') break;
        // A row of several columns holds tabs: a line without one (prose after a cut paste, "...") ends the block.
        if (names.length > 1 && !line.includes('\t')) break;
        rowStart = lineAfter(text, rt);
        let from = rf;
        if (indented) while (from < rt && (text[from] === ' ' || text[from] === '\t')) from++;
        const row = splitCells(text, from, rt, '\t');
        if (row.length === names.length) rows.push(row);
      }
      out.push({ names, rows });
      at = Math.max(at, rowStart);
    }
  }
  recent.unshift([text, out]);
  if (recent.length > 2) recent.pop();
  return out;
}
