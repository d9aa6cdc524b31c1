import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import type { PersonSpan } from './person.js';
import { isUpperCase, type Token } from './tokenize.js';

/**
 * Inside a copied group chat (WhatsApp's "[03/12/26, 19:04] Sender: ..." lines, two or more), messages open with
 * the child, the player or the colleague they are about ("Yeray NO viene mañana", "Ottilie va 👍"), and members are
 * mentioned with "@" ("@Yeray que se mejore"). A listed given name there is a person: at the message's start when a
 * lower-case word, a word in capitals or a symbol follows, and after "@" when the text names that person elsewhere
 * or the word is a listed given name.
 *
 * Not: an ordinary word that is also a name opening a message ("Leo el PDF luego": I read it), a word before a
 * comma or a stop ("Perfecto, gracias": some given names are words), a handle glued to a domain ("@Yeray.dev"), a
 * message opening with a capitalised pair ("Feliz Navidad").
 */

const NOT_ONLY_NAME = WORD.COMMON | WORD.AMBIGUOUS_NAME | WORD.PLACE_FIRST | WORD.PRODUCT | WORD.PUBLIC_FIGURE;

/** Index of the first token of the message body on a stamped chat line opening at `start`, or -1. */
function bodyStart(tokens: readonly Token[], start: number): number {
  if (tokens[start]?.text !== '[') return -1;
  let i = start + 1;
  let clock = false;
  // "[03/12/26, 19:04]": digits and separators only, with a clock, closed on the same line.
  while (i < tokens.length && i - start < 16 && tokens[i]!.text !== ']') {
    const t = tokens[i]!;
    if (t.lineStart || (t.kind === 'word' && !/^(?:am|pm|a|p|m)$/i.test(t.text))) return -1;
    if (t.text === ':' && tokens[i - 1]?.kind === 'number' && tokens[i + 1]?.kind === 'number') clock = true;
    i++;
  }
  if (tokens[i]?.text !== ']' || !clock) return -1;
  // The sender: up to five tokens before a colon on the same line ("Mamá de Yeray:", "Soukaina Ferradj:").
  for (let j = i + 1; j < tokens.length && j - i <= 7; j++) {
    const t = tokens[j]!;
    if (t.lineStart) return -1;
    if (t.text === ':') return tokens[j + 1]?.lineStart ? -1 : j + 1;
  }
  return -1;
}

function listedGiven(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || !t.cap || t.text.length < 3 || isUpperCase(t.text)) return false;
  const bits = lex.infoAt(tokens, i);
  return (bits & GIVEN) !== 0 && (bits & NOT_ONLY_NAME) === 0;
}

/** Names opening chat messages and "@" mentions in a stamped chat, not covered by `persons`. */
export function chatBodyNames(
  text: string,
  tokens: readonly Token[],
  persons: readonly PersonSpan[],
  lex: NameLexicon,
): PersonSpan[] {
  // Every stamp opens with "[" at a line's start and holds a clock.
  if (!text.includes('[') || !text.includes(':')) return [];
  const bodies: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.lineStart || tokens[i]!.text !== '[') continue;
    const b = bodyStart(tokens, i);
    if (b >= 0) bodies.push(b);
  }
  if (bodies.length < 2) return [];
  const taken = new Uint8Array(tokens.length);
  for (const p of persons) taken.fill(1, p.first, p.last + 1);
  const known = new Set<string>();
  for (const p of persons) for (let w = p.first; w <= p.last; w++) known.add(tokens[w]!.key);
  const out: PersonSpan[] = [];
  const add = (i: number, type: string) => {
    if (taken[i]) return;
    taken[i] = 1;
    out.push({ first: i, last: i, score: 0.75, type });
  };
  for (const b of bodies) {
    const next = tokens[b + 1];
    if (!listedGiven(tokens, b, lex) || next === undefined || next.lineStart) continue;
    const lowerWord = next.kind === 'word' && !next.cap;
    const shouted = next.kind === 'word' && next.text.length >= 2 && isUpperCase(next.text);
    // An emoji or another symbol beyond ASCII ("Ottilie 👍"); a comma or a stop follows a greeting as often.
    const symbol = next.kind === 'punct' && next.text.charCodeAt(0) > 0x7f;
    if (lowerWord || shouted || symbol) add(b, 'CHAT_OPENER');
  }
  for (let i = 1; i < tokens.length; i++) {
    const at = tokens[i - 1]!;
    const t = tokens[i]!;
    if (at.text !== '@' || at.end !== t.start || t.kind !== 'word' || !t.cap) continue;
    const glued = tokens[i + 1];
    if (glued && glued.start === t.end && /^[._@-]$/.test(glued.text)) continue;
    if (known.has(t.key) || listedGiven(tokens, i, lex)) add(i, 'CHAT_MENTION');
  }
  return out;
}
