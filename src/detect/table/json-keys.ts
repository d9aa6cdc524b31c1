import type { Finding } from '../types.js';
import { headerWords } from './cells.js';
import { ID_HEADER_HINT, idCellVerdict, idHeaderKind } from './id-columns.js';

/**
 * Ids, accounts and phones under a named key of a JSON record (JSON lines, an API response, a log line): the key
 * names the value as a CSV header names a column ("nhs_number": "...", "clabe": "...", "telefono": "..."), and
 * outweighs what a rule reads in the value alone (a record-number rule, a passport cue that reached past its own
 * key). The value must still have the shape of its kind (id-columns.ts).
 */

const PAIR = /"([A-Za-z_][\w .-]{0,38})"[ \t]*:[ \t]*(?:"([^"\\\n]{5,34})"|(\d[\d ]{4,33})(?=[\s,}\]]))/g;
const SCORES = { national_id: 0.97, account: 0.97, phone: 0.9 } as const;

export function jsonKeyFindings(text: string): Finding[] {
  if (!text.includes('":')) return [];
  const out: Finding[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
    const key = m[1]!;
    if (!ID_HEADER_HINT.test(key)) continue;
    const kind = idHeaderKind(key, headerWords(key));
    // "cc" as a key is a mail's copy list far more often than a cédula: the abbreviation counts in a table's header only.
    if (!kind || kind === 'cedula') continue;
    const value = m[2] ?? m[3]!;
    const verdict = idCellVerdict(kind, value);
    if (!verdict) continue;
    const start = m.index + m[0].length - value.length - (m[2] === undefined ? 0 : 1);
    out.push({
      start,
      end: start + value.length,
      label: verdict.label,
      type: verdict.type,
      score: SCORES[kind],
      detector: 'id-columns',
    });
  }
  return out;
}
