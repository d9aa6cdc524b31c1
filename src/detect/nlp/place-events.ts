import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Places of a group's event, not anyone's whereabouts: the venues weighed for an offsite, an incentive trip or a
 * conference ("Option A: Lisbon, 9-11 Feb ... 260 people", "Propuesta 2: Cartagena ... 95 personas, 890 € por
 * persona", "grupo de 18 pax, autobús a Granada"). A paragraph that counts a group (ten people or more, per person
 * prices) or a line that opens with an option's label plans where a crowd goes; a person's own trip counts no group.
 */

/** Words after a head count that make it a group's size ("260 people", "18 pax", "95 personas", "40 rooms"). */
const GROUP_UNITS = new Set([
  'people',
  'persons',
  'pax',
  'attendees',
  'guests',
  'participants',
  'delegates',
  'employees',
  'staff',
  'rooms',
  'personas',
  'asistentes',
  'invitados',
  'participantes',
  'empleados',
  'habitaciones',
  'plazas',
]);

/** Smallest head count read as a group: a family of four is no event. */
const MIN_GROUP = 10;

/** "per person", "por persona", "per head", "pp": a price per head of a group. */
const PER_HEAD = /\b(?:per (?:person|head|attendee|delegate)|por (?:persona|cabeza|asistente|participante))\b/i;

/** Words that label one of the alternatives weighed ("Option A:", "Propuesta 2:", "Alternativa:", "Plan B:"). */
const OPTION_LABELS = new Set(['option', 'opcion', 'propuesta', 'alternativa', 'alternative', 'choice', 'plan']);

/** Characters either side of a place searched for the ends of its line and of the next one. */
const LINE_REACH = 600;

/**
 * A place on a line that opens with an option's label, or on a line that counts a group, or just above one (a
 * proposal's sentence wraps: "... vía Bogotá, Hotel Santa Clara,\nlas Islas del Rosario. 95 personas").
 */
export function groupEventPlace(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  if (optionLineAt(tokens, span.first)) return true;
  const at = tokens[span.first]!.start;
  const from = Math.max(0, at - LINE_REACH);
  const start = from + text.slice(from, at).lastIndexOf('\n') + 1;
  const after = text.slice(at, at + LINE_REACH);
  const firstBreak = after.indexOf('\n');
  const secondBreak = firstBreak < 0 ? -1 : after.indexOf('\n', firstBreak + 1);
  const lines = text.slice(start, secondBreak < 0 ? at + after.length : at + secondBreak);
  if (PER_HEAD.test(lines)) return true;
  for (const m of lines.matchAll(/(\d[\d.,]*)\s+(\p{L}+)/gu)) {
    const count = Number(m[1]!.replace(/[.,]/g, ''));
    if (count >= MIN_GROUP && GROUP_UNITS.has(m[2]!.toLowerCase())) return true;
  }
  return false;
}

/** Tokens back from the place to its line's start searched for an option's label. */
const OPTION_REACH = 30;

/** "Option A: Lisbon, ... from London", "Propuesta 1: Sevilla": the line opens with an option's label and a colon. */
function optionLineAt(tokens: readonly Token[], first: number): boolean {
  let k = first;
  while (k > 0 && k > first - OPTION_REACH && !tokens[k]!.lineStart) k--;
  const label = tokens[k];
  if (label === undefined || !label.lineStart || !OPTION_LABELS.has(label.key)) return false;
  const mark = tokens[k + 1];
  const colon = tokens[k + 2];
  return (
    mark !== undefined && (mark.kind === 'number' || mark.text.length === 1) && colon?.text === ':' && k + 2 < first
  );
}
