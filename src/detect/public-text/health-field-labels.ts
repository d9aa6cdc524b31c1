import type { Finding } from '../types.js';

/**
 * A health word that is a form's field label: "Tinnitus: yes, left ear", "Last tetanus: booster 2025", "Alergias:
 * penicilina". The label names the question and the value after its colon is the answer; the prompt sets mark the
 * value (no tuning set marks a line's label alone), while an abstract's title ("Hereditary haemochromatosis: linkage
 * to ...") is marked on the label. Either way label and value are one health fact: masking the label alone leaves
 * the answer readable ("Tinnitus" masked, "yes, left ear" not), masking the value alone the question. So the label's
 * finding reaches over its value to the line's end or a column's gap, taking in the health findings there. A blank
 * to fill in ("Allergies: ____") has no value to reach; a value holding a finding of another kind (a date, a name)
 * is left as it is.
 */

/**
 * What may stand before the health word in a label: the line's blanks and a bullet ("- ", "* ", "• ", "| "), and
 * up to three words ("Last tetanus", "History of asthma"; "Fecha última vacuna de tétanos" is four: not a label).
 */
const LABEL_OPENING = /^[ \t]*(?:[-*•|][ \t]*)?(?:[\p{L}'’/-]+[ \t]+){0,3}$/u;
/** The colon that closes a label, with the blanks around it. */
const LABEL_CLOSING = /^[ \t]*[:：][ \t]*(?=\S)/;
/** A value's end: a column's gap (a tab, two spaces, a cell's bar) or the line's end. */
const VALUE_END = /\t| {2,}| \| |\n|$/;
/** How far a label's finding may reach over its value. */
const VALUE_REACH = 100;

/** The label's finding reaching over its value, with the health findings it takes in; undefined when it is none. */
function overValue(
  text: string,
  f: Finding,
  findings: readonly Finding[],
): { merged: Finding; taken: Finding[] } | undefined {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  if (!LABEL_OPENING.test(text.slice(lineStart, f.start))) return undefined;
  const closing = LABEL_CLOSING.exec(text.slice(f.end, f.end + 8));
  if (closing === null) return undefined;
  const valueStart = f.end + closing[0].length;
  const rest = text.slice(valueStart, valueStart + VALUE_REACH);
  // The value without its closing punctuation; none with no letter or digit (a blank: "____", "...").
  const value = /^(.*?)[ \t.,;]*$/u.exec(rest.slice(0, VALUE_END.exec(rest)?.index ?? rest.length))?.[1] ?? '';
  if (!/[\p{L}\p{N}]/u.test(value)) return undefined;
  const valueEnd = valueStart + value.length;
  const inValue = findings.filter((v) => v !== f && v.start >= valueStart && v.start < valueEnd);
  if (inValue.some((v) => v.label !== 'MEDICAL')) return undefined;
  const end = Math.max(valueEnd, ...inValue.map((v) => v.end));
  return { merged: { ...f, end }, taken: inValue };
}

/** Findings with each health label of a field reaching over its value. */
export function readHealthFieldLabels(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.label === 'MEDICAL')) return findings;
  const merged = new Map<Finding, Finding>();
  const taken = new Set<Finding>();
  for (const f of findings) {
    if (f.label !== 'MEDICAL' || taken.has(f)) continue;
    const read = overValue(text, f, findings);
    if (read === undefined) continue;
    merged.set(f, read.merged);
    for (const v of read.taken) taken.add(v);
  }
  if (merged.size === 0) return findings;
  return findings.filter((f) => !taken.has(f)).map((f) => merged.get(f) ?? f);
}
