import type { Finding } from '../types.js';

/**
 * A list of health statements written on one line is one health statement to mask: "Dx: asthma; reflux; migraine",
 * "Obs: BP 100/60, HR 112, SpO2 93%". The clause and item joins (clause-join.ts, item-join.ts) stop at a semicolon and
 * read a row of readings one reading each; here, last, two MEDICAL findings that stand apart only by "; " (a list's
 * separator) or two readings apart only by ", " (a row of vital signs or results) become one span. The gap holds no
 * word, so no non-medical text is swallowed; a record's or a policy's number is never joined (a lab export's
 * "sample id; result" row keeps its id apart).
 */

/** Results and vital signs: a row of them, comma-separated, is one reading of the patient. */
const MEASURES = new Set(['LAB_RESULT', 'VITAL_SIGN']);
/** Numbers that name a record, a policy, a licence or a code: no part of a list of statements. */
const IDENTIFIERS = new Set([
  'MEDICAL_RECORD_NUMBER',
  'HEALTH_INSURANCE_ID',
  'MEDICAL_LICENSE',
  'DIAGNOSIS_CODE',
  'ICD10',
]);

/** Whether the gap between two MEDICAL findings `a` and `b` is a list's separator that joins them. */
function listSeparator(text: string, a: Finding, b: Finding): boolean {
  const gap = b.start - a.end;
  if (gap !== 2 || text[a.end + 1] !== ' ') return false;
  const c = text[a.end];
  if (c === ';') return true;
  return c === ',' && MEASURES.has(a.type) && MEASURES.has(b.type);
}

/** Joins consecutive MEDICAL findings (sorted, not overlapping) of one listed line; the same array when none join. */
export function joinListedStatements(text: string, findings: Finding[]): Finding[] {
  let out: Finding[] | undefined;
  for (let k = 1; k < findings.length; k++) {
    const f = findings[k]!;
    const head = out ? out[out.length - 1]! : findings[k - 1]!;
    const joins =
      head.label === 'MEDICAL' &&
      f.label === 'MEDICAL' &&
      !IDENTIFIERS.has(head.type) &&
      !IDENTIFIERS.has(f.type) &&
      listSeparator(text, head, f);
    if (!joins) {
      out?.push(f);
      continue;
    }
    out ??= findings.slice(0, k);
    out[out.length - 1] = { ...head, end: f.end, score: Math.max(head.score, f.score) };
  }
  return out ?? findings;
}
