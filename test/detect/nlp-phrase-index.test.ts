import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../src/detect/nlp/phrase-index.js';
import { type Token, tokenize } from '../../src/detect/nlp/tokenize.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of every shape the index keys by: one letter, letters outside ASCII first or second, digits, long words
// (past 32 characters, where lengths share a bit), words that differ only in length or in their first letters.
const WORDS = [
  'a',
  'y',
  'de',
  'del',
  'san',
  'sant',
  'santa',
  'ñandú',
  'élan',
  'aérea',
  'øresund',
  'köln',
  'łódź',
  '2024',
  '7',
  'mount',
  'mountain',
  'port',
  'porto',
  'new',
  'news',
  'x'.repeat(33),
  'x',
  `b${'c'.repeat(40)}`,
  'bc',
  'my',
  'name',
  'is',
];

/** The longest phrase at `index` by trying every phrase: what matchAt must answer. */
function naiveMatchAt(phrases: Map<string, number>, tokens: readonly Token[], index: number) {
  let best: { length: number; value: number } | undefined;
  for (const [phrase, value] of phrases) {
    const keys = phrase.split(' ');
    if (index + keys.length > tokens.length) continue;
    if (keys.every((k, i) => tokens[index + i]!.key === k) && (!best || keys.length > best.length))
      best = { length: keys.length, value };
  }
  return best;
}

function naiveEndsBefore(phrases: Map<string, number>, tokens: readonly Token[], index: number, max: number) {
  for (let start = Math.max(0, index - max); start < index; start++) {
    const joined = tokens
      .slice(start, index)
      .map((t) => t.key)
      .join(' ');
    const value = phrases.get(joined);
    if (value !== undefined) return { length: index - start, value };
  }
  return undefined;
}

describe('PhraseIndex lookups', () => {
  it('answers as a search through every phrase, for words of any length and script', () => {
    const next = random(20261204);
    const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
    for (let round = 0; round < 20; round++) {
      const index = new PhraseIndex<number>();
      const phrases = new Map<string, number>();
      for (let p = 0; p < 1 + Math.floor(next() * 12); p++) {
        const phrase = Array.from({ length: 1 + Math.floor(next() * 4) }, pick).join(' ');
        const key = tokenize(phrase)
          .map((t) => t.key)
          .join(' ');
        if (!phrases.has(key)) phrases.set(key, p);
        index.add(phrase, p);
      }
      const text = Array.from({ length: 60 }, pick).join(' ');
      const tokens = tokenize(text);
      const firsts = new Set([...phrases.keys()].map((k) => k.split(' ')[0]!));
      for (let i = 0; i <= tokens.length; i++) {
        expect(index.matchAt(tokens, i)).toEqual(naiveMatchAt(phrases, tokens, i));
        expect(index.endsBefore(tokens, i, 3)).toEqual(naiveEndsBefore(phrases, tokens, i, 3));
      }
      for (const w of WORDS) expect(index.hasFirst(w)).toBe(firsts.has(w));
    }
  });

  it('finds phrases whose first words share their first letters and length bits with others', () => {
    const index = new PhraseIndex<string>();
    index.add('X'.repeat(33), 'long');
    index.add('xx', 'short');
    index.add('Sant Boi', 'town');
    const tokens = tokenize(`to ${'x'.repeat(33)} and x and xx and sant boi and san boi`);
    const found = tokens.map((_, i) => index.matchAt(tokens, i)?.value).filter((v) => v !== undefined);
    expect(found).toEqual(['long', 'short', 'town']);
    expect(index.hasFirst('x')).toBe(false);
    expect(index.hasFirst('x'.repeat(65))).toBe(false);
    expect(index.hasFirst('xx')).toBe(true);
  });

  it('finds longer phrases among others that open with the same first word, and skips pairs that open none', () => {
    const index = new PhraseIndex<string>();
    index.add('Porto Velho', 'two');
    index.add('Porto Velho Norte', 'three');
    index.add('porto vela', 'sail');
    index.add('Porto', 'one');
    index.add('de la', 'short pair');
    const tokens = tokenize('porto velho norte, porto velhos, porto vela y porto velho; de la porto; de lá; porto');
    const found = tokens.map((_, i) => index.matchAt(tokens, i)).filter((m) => m !== undefined);
    // Keys are folded: "de lá" is "de la".
    expect(found.map((m) => m.value)).toEqual([
      'three',
      'one',
      'sail',
      'two',
      'short pair',
      'one',
      'short pair',
      'one',
    ]);
    const at = tokens.findIndex((t) => t.key === 'norte');
    expect(index.endsBefore(tokens, at)).toEqual({ length: 2, value: 'two' });
    expect(index.endsBefore(tokens, tokens.length)).toEqual({ length: 1, value: 'one' });
  });
});
