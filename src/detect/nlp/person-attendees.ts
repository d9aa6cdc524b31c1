import type { PersonSpan } from './person.js';
import type { Token } from './tokenize.js';

/**
 * "Present: Hannah, Tariq, Wouter, Eva Lindahl (notes)", "Asistentes: Pilar, Iker y Nuria Sanz": the items of a
 * list after a field of minutes that names who attended, sent apologies or was copied are people, however rare their
 * names. An item is a capitalised run of one to three words, every one of which may be a name (`mayBeName`), right
 * after the field's colon or a list joiner (a bracketed note such as "(notes)" may stand before the joiner).
 */

// Fields of minutes, invitations and e-mail headers whose value is a list of people (folded, words joined by spaces).
const ATTENDEE_FIELDS = new Set([
  'present',
  'attendees',
  'attending',
  'in attendance',
  'participants',
  'invitees',
  'apologies',
  'absent',
  'cc',
  'bcc',
  'asistentes',
  'asisten',
  'presentes',
  'participantes',
  'invitados',
  'ausentes',
  'excusan',
  'excusan asistencia',
  'con copia',
]);
const JOINERS = new Set([',', ';', 'and', '&', 'y', 'e']);
const MAX_FIELD_WORDS = 2;
const MAX_ITEM_WORDS = 3;

/** Whether the line of tokens[index] opens with an attendee field and its colon, before index. */
function onAttendeeLine(tokens: readonly Token[], index: number): boolean {
  let start = index;
  while (start > 0 && !tokens[start]!.lineStart) start--;
  while (start < index && tokens[start]!.kind === 'punct' && tokens[start]!.text !== ':') start++;
  for (let n = 1; n <= MAX_FIELD_WORDS; n++) {
    const colon = tokens[start + n];
    if (colon?.text !== ':' || start + n > index) continue;
    const words = tokens.slice(start, start + n);
    if (words.every((t) => t.kind === 'word') && ATTENDEE_FIELDS.has(words.map((t) => t.key).join(' '))) return true;
  }
  return false;
}

export function spreadOverAttendees(
  tokens: readonly Token[],
  runs: readonly number[][],
  decided: Array<PersonSpan | undefined>,
  mayBeName: (index: number) => boolean,
): void {
  for (let r = 0; r < runs.length; r++) {
    const words = runs[r]!;
    if (decided[r] !== undefined || words.length === 0 || words.length > MAX_ITEM_WORDS) continue;
    const head = words[0]!;
    const last = words[words.length - 1]!;
    if (last - head + 1 !== words.length || tokens[head]!.lineStart) continue;
    // After a bracketed note the joiner still stands right before the item ("Bea (notes), Joost").
    const prev = tokens[head - 1];
    if (prev === undefined || (prev.text !== ':' && !JOINERS.has(prev.key))) continue;
    if (!words.every(mayBeName) || !onAttendeeLine(tokens, head)) continue;
    decided[r] = { first: head, last, score: 0.75, type: 'ATTENDEE' };
  }
}
