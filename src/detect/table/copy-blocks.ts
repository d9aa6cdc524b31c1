import { type CellSpan, lineAfter, lineAt, splitCells } from './cells.js';

/**
 * pg_dump's data blocks: "COPY table (columns) FROM stdin;", then one tab-separated row a line until "\.". The
 * column list is the header of every row, as a CSV header is ("\N" is a null). Read once per text.
 */
export interface CopyBlock {
  /** The column names, quotes left out. */
  names: string[];
  /** The rows whose cell count is the column list's. */
  rows: CellSpan[][];
}

/** Sticky: tried only at the start of a line that holds "FROM stdin" (found by indexOf). */
const COPY_HEAD = /[ \t]*COPY[ \t]+[\w."]{1,120}[ \t]*\(([^()\n]{1,2000})\)[ \t]+FROM[ \t]+stdin;?[ \t]*\r?(?=\n|$)/iy;
const MAX_ROWS = 5000;

/** The last two texts read and their blocks: the engine asks several readers about one text. */
const recent: Array<[string, CopyBlock[]]> = [];

export function copyBlocks(text: string): CopyBlock[] {
  for (const [t, blocks] of recent) if (t === text) return blocks;
  const out: CopyBlock[] = [];
  if (text.includes('FROM stdin') || text.includes('from stdin')) {
    for (let at = 0; at < text.length; ) {
      const upper = text.indexOf('FROM stdin', at);
      const lower = text.indexOf('from stdin', at);
      const hit = upper < 0 ? lower : lower < 0 ? upper : Math.min(upper, lower);
      if (hit < 0) break;
      const [lf, lt] = lineAt(text, hit);
      COPY_HEAD.lastIndex = lf;
      const m = COPY_HEAD.exec(text);
      at = lt + 1;
      if (m === null) continue;
      const names = m[1]!.split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
      const rows: CellSpan[][] = [];
      let rowStart = lineAfter(text, m.index + m[0].length);
      for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
        const [rf, rt] = lineAt(text, rowStart);
        const line = text.slice(rf, rt).trim();
        if (line === '\\.' || line === '') break;
        rowStart = lineAfter(text, rt);
        const row = splitCells(text, rf, rt, '\t');
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
