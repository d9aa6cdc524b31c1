import type { FieldKind, NameLexicon } from './lexicon.js';
import type { Token } from './tokenize.js';

/** "Dr. Pérez", "Sra Gómez", "Mr Smith": an honorific (with or without its dot) right before tokens[index]. */
export function honorificBefore(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  let i = index - 1;
  const dotted = tokens[i]?.text === '.';
  if (dotted) i--;
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || !lex.honorifics.has(t.key) || tokens[index]?.lineStart) return false;
  // A one-letter title ("D." for Don) only counts with its dot.
  return dotted || t.text.length > 1;
}

/** A phrase such as "my name is" or "atendido por" right before tokens[index], a comma or colon allowed between. */
export function personCueBefore(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  if (tokens[index]?.lineStart && !isSignOff(tokens, index, lex)) return false;
  let i = index;
  // "What's your last name? Okafor": the answer follows the question mark.
  if (tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === ':' || tokens[i - 1]?.text === '?') i--;
  return lex.personCues.endsBefore(tokens, i) !== undefined;
}

// "Regards,\nJohn": sign-offs put the name on the next line.
function isSignOff(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  const prev = tokens[index - 1];
  return prev?.text === ',' && lex.personCues.endsBefore(tokens, index - 1) !== undefined;
}

export function placeCueBefore(tokens: readonly Token[], index: number, lex: NameLexicon): boolean {
  return lex.placeCues.endsBefore(tokens, index, 3) !== undefined;
}

/**
 * "Nombre: ...", "Address: ...": a form label that opens a line (or follows a full stop) and ends in a colon right
 * before tokens[index]. Returns what the value is.
 */
export function fieldBefore(tokens: readonly Token[], index: number, lex: NameLexicon): FieldKind | undefined {
  let colon = index - 1;
  if (tokens[colon]?.text === '.') colon--; // "C.P.: 28016"
  if (tokens[colon]?.text !== ':') return undefined;
  for (let start = Math.max(0, colon - 4); start < colon; start++) {
    const hit = lex.fields.matchAt(tokens, start);
    if (!hit || start + hit.length !== colon) continue;
    const before = tokens[start - 1];
    if (tokens[start]!.lineStart || !before || '.;,|(-•*?!'.includes(before.text)) return hit.value;
  }
  return undefined;
}

/** Tokens of a form value: from index to the end of its line or sentence, at most maxTokens. */
export function fieldValueEnd(tokens: readonly Token[], index: number, maxTokens = 12): number {
  let end = index;
  for (let i = index; i < tokens.length && i - index < maxTokens; i++) {
    const t = tokens[i]!;
    if (i > index && t.lineStart) break;
    if (t.text === ';' || t.text === '|') break;
    if (t.text === '.' && (tokens[i + 1] === undefined || tokens[i + 1]!.lineStart)) break;
    if (t.text === ':') break;
    end = i;
  }
  // Never end on punctuation.
  while (end > index && tokens[end]!.kind === 'punct') end--;
  return end;
}
