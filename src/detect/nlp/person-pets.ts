import type { TokenSpan } from './token-span.js';
import { cueWords, type Token } from './tokenize.js';

/**
 * A pet sheet, a vet's or a dog walker's notes name the animals under a label of their own ("Dog: Tofu (beagle, 6)",
 * "Cats: Miso and Kira", "Perra: Nala"): those words name animals, and so do their later mentions in the same text
 * ("never walk Tofu with the others"). A name that only pets carry is nobody's personal data.
 *
 * Not: a person after the animal's name on the label's line ("Dog: Tofu, owner Ines Varga"): the value stops at the
 * first lower-case word; a full name that shares a pet's name as one of its words ("Max" the dog, "Max Dunmore").
 */

const PET_LABELS = new Set(
  (
    'dog dogs cat cats pet pets puppy kitten horse horses pony ponies rabbit rabbits ' +
    'perro perra perros gato gata gatos mascota mascotas caballo caballos yegua conejo'
  ).split(' '),
);
const PET_LABEL = cueWords([...PET_LABELS]);
// Words that join the names of several animals on one label's line.
const JOINS = new Set(['and', 'y', 'e', '&', ',', '/', '+']);
const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** Keys of the capitalised words written as the value of a pet's label, empty when the text has none. */
function petKeys(tokens: readonly Token[]): Set<string> {
  const keys = new Set<string>();
  for (let k = 0; k < tokens.length - 2; k++) {
    const label = tokens[k]!;
    if ((label.cues & PET_LABEL) === 0 || !PET_LABELS.has(label.key)) continue;
    // The label opens its line (perhaps after a bullet or "Client 2's").
    if (tokens[k + 1]!.text !== ':' || tokens[k + 1]!.start !== label.end) continue;
    if (!label.lineStart && !(tokens[k - 1]?.lineStart && tokens[k - 1]!.kind === 'punct')) continue;
    let depth = 0;
    for (let i = k + 2; i < tokens.length && !tokens[i]!.lineStart; i++) {
      const t = tokens[i]!;
      if (OPEN.has(t.text)) depth++;
      else if (CLOSE.has(t.text)) depth = Math.max(0, depth - 1);
      else if (depth > 0 || QUOTES.has(t.text)) continue;
      else if (t.kind === 'word' && t.cap) keys.add(t.key);
      else if (!JOINS.has(t.key)) break;
    }
  }
  return keys;
}

// Animals named right before their name ("the crane «Brisa»", "our cat Mochi", "la perra Kira"), folded.
const ANIMALS = new Set(
  (
    'dog puppy cat kitten horse pony mare foal parrot tortoise crane stork eagle falcon owl swan goose bear whale ' +
    'dolphin seal wolf lynx perro perra cachorro gato gata caballo yegua potro loro tortuga grulla ciguena aguila ' +
    'halcon buho lechuza cisne oca osa oso ballena delfin foca loba lobo lince'
  ).split(' '),
);

/** "la grulla «Brisa»", "our cat Mochi": a one-word span right after an animal's noun, perhaps in quotes. */
function afterAnimal(tokens: readonly Token[], p: TokenSpan): boolean {
  if (p.last !== p.first) return false;
  let i = p.first - 1;
  if (QUOTES.has(tokens[i]?.text ?? '')) i--;
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && !t.cap && ANIMALS.has(t.key);
}

/** Person spans whose every word is the name of a pet the text names under a label, or that follow an animal. */
export function petSpans<S extends TokenSpan>(tokens: readonly Token[], persons: readonly S[]): Set<S> {
  const out = new Set<S>();
  if (persons.length === 0) return out;
  for (const p of persons) if (afterAnimal(tokens, p)) out.add(p);
  const keys = petKeys(tokens);
  if (keys.size === 0) return out;
  for (const p of persons) {
    let all = true;
    for (let w = p.first; w <= p.last && all; w++) {
      const t = tokens[w]!;
      if (t.kind === 'word' && !keys.has(t.base)) all = false;
    }
    if (all) out.add(p);
  }
  return out;
}
