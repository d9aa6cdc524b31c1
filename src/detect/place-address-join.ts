import type { Finding } from './types.js';

/**
 * One address written on one line is one place: "Calle 12 # 4-30, barrio Las Acacias, Pereira", "Mill House, Lower
 * Brockton, Ludlow SY8 4QT", "Rua das Flores 12;4050-262;Porto". The readings find its street, its district, its town
 * and its postcode one by one, and each piece alone covers less than the address; masked as pieces the address also
 * shows its seams. So LOCATION findings on one line are joined into one span when only the address's own separators
 * lie between them (commas, semicolons, an opening bracket) and at most two short parts nothing was found in (a
 * hamlet, "apt 9", "piso 3 dpto C", "2.º"). A part is short: four words at most, one of them capitalised or a
 * number, and no sentence ends inside it. Another finding between two pieces (a name, a phone) keeps them apart.
 */

/** What may lie between two pieces, split into the parts between its separators. */
const SEPARATORS = /[,;(]/;
const GAP_CHARACTERS = /^[^\n\r]{0,80}$/;
/** A short part of an address nothing was found in. */
const PART_WORDS = 4;
const PART_LENGTH = 32;
const PART_ANCHOR = /(?:^|[\s/])[\p{Lu}\p{Nd}]/u;
/** A sentence ending inside a part: a stop, then a capitalised word of two letters or more. */
const SENTENCE_END = /[.!?:][ \t]+\p{Lu}\p{Ll}/u;
const MAX_PARTS = 2;

/** The more specific kind of the pieces': a street or a record's address field over a postcode over a place. */
const TYPE_RANK = ['STREET_ADDRESS', 'ADDRESS_FIELD', 'POSTAL_CODE'];

function addressGap(gap: string): boolean {
  if (!GAP_CHARACTERS.test(gap) || !SEPARATORS.test(gap)) return false;
  let parts = 0;
  for (const raw of gap.split(SEPARATORS)) {
    const part = raw.trim();
    if (part === '') continue;
    if (++parts > MAX_PARTS) return false;
    if (
      part.length > PART_LENGTH ||
      part.split(/\s+/).length > PART_WORDS ||
      !PART_ANCHOR.test(part) ||
      SENTENCE_END.test(part) ||
      part.includes(')')
    )
      return false;
  }
  return true;
}

function joinedType(pieces: Finding[]): string {
  for (const type of TYPE_RANK) if (pieces.some((p) => p.type === type)) return type;
  return pieces[0]!.type;
}

/** Findings with each run of one line's address pieces joined into one LOCATION span (sorted by start). */
export function joinAddressPieces(text: string, findings: Finding[]): Finding[] {
  let runs = 0;
  for (let i = 1; i < findings.length; i++)
    if (findings[i]!.label === 'LOCATION' && findings[i - 1]!.label === 'LOCATION') runs++;
  if (runs === 0) return findings;
  const out: Finding[] = [];
  let pieces: Finding[] = [];
  const flush = () => {
    if (pieces.length === 1) out.push(pieces[0]!);
    else if (pieces.length > 1) {
      const first = pieces[0]!;
      out.push({
        start: first.start,
        end: pieces[pieces.length - 1]!.end,
        label: 'LOCATION',
        type: joinedType(pieces),
        score: Math.max(...pieces.map((p) => p.score)),
        detector: first.detector,
      });
    }
    pieces = [];
  };
  for (const f of findings) {
    const last = pieces[pieces.length - 1];
    if (
      last !== undefined &&
      f.label === 'LOCATION' &&
      f.start >= last.end &&
      addressGap(text.slice(last.end, f.start))
    ) {
      pieces.push(f);
      continue;
    }
    flush();
    if (f.label === 'LOCATION') pieces.push(f);
    else out.push(f);
  }
  flush();
  return out;
}
