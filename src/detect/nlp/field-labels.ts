import type { FieldKind } from './lexicon.js';
import type { Token } from './tokenize.js';

// How a form label reaches its colon when something stands between them, and a person's field in the middle of a
// line of fields (context.ts fieldBefore).

/** "Batch: 7 08:40  Technician: ...": a person's field label after a wide gap, with another field before it. */
export function personFieldAfterGap(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (before === undefined || tokens[start]!.start - before.end < 2) return false;
  return !FIRM_OR_PERSON.has(tokens[start]!.key) && fieldEarlierOnLine(tokens, start);
}

// Parties that are as often a firm ("Our ref: ...   Client: Harwick Energy"): only at the start of a line.
const FIRM_OR_PERSON = new Set(
  'client customer user owner contact recipient sender payer payee consignee buyer purchaser member cliente contacto remitente destinatario titular comprador'.split(
    ' ',
  ),
);

/** A colon earlier on the line of tokens[start], within twelve tokens: the line sets several fields. */
function fieldEarlierOnLine(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= start - 12 && i >= 0; i--) {
    if (tokens[i]!.text === ':') return true;
    if (tokens[i]!.lineStart) return false;
  }
  return false;
}

/** Index the label before the colon at tokens[colon] ends at: the colon, or a bracket of lower-case words before it. */
export function labelEnd(tokens: readonly Token[], colon: number): number {
  if (tokens[colon - 1]?.text !== ')') return colon;
  for (let i = colon - 2; i >= colon - 6 && i > 0; i--) {
    const t = tokens[i]!;
    if (t.text === '(') return i;
    // "(lead applicant)", "(if any)": a qualifier in lower case; "Host (Marisa Tolvanen):" names the speaker.
    if (t.lineStart || t.kind !== 'word' || t.cap) return colon;
  }
  return colon;
}

const OF_SOMETHING = new Set(['de', 'del', 'of']);

/**
 * "Encargada de nóminas: ...", "Técnico de guardia: ...", "Supervisor of works: ...": a person's role followed by
 * what it is in charge of, one or two lower-case words after "de" or "of" (not a name's label: "Nombre de la empresa").
 */
export function roleOfSomething(
  tokens: readonly Token[],
  start: number,
  hit: { length: number; value: FieldKind },
  end: number,
): boolean {
  const of = start + hit.length;
  // One word for the role: "Informe clínico del paciente" heads a report, not a person's field.
  if (hit.value !== 'PERSON' || hit.length !== 1 || !OF_SOMETHING.has(tokens[of]?.key ?? '')) return false;
  if (end - of < 2 || end - of > 3) return false;
  if (NAME_LABELS.has(tokens[start]!.key)) return false;
  for (let i = of + 1; i < end; i++) if (tokens[i]!.kind !== 'word' || tokens[i]!.cap) return false;
  return true;
}

// Labels of a name or a signature: "Nombre de la empresa", "Firma del banco" name no person.
// The parts of a name too: "Apellido de soltera" is read by the fields list itself.
const NAME_LABELS = new Set(
  (
    'name full nombre signature firma firmado signed contact contacto first last surname surnames forename ' +
    'forenames given middle family preferred known nombres apellido apellidos primer segundo'
  ).split(' '),
);
