import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';

/**
 * The whole rule engine (normalising, gates, every rule with its validator, shrink and context) on ~1 MB
 * inputs built to make it do the most work per character: digit groups with every separator, full-width and
 * zero-width obfuscation, repeated at-signs and dots, long words, white space. Each must come back with
 * findings inside the text; a quadratic step would make this test time out.
 */
const SIZE = 1 << 20;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

function randomDigitGroups(): string {
  let out = '';
  let seed = 7;
  while (out.length < SIZE) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += `${(seed >> 8) % 10}${' -.\n'[(seed >> 4) % 4]}`;
  }
  return out;
}

const INPUTS: Array<[string, () => string]> = [
  ['digits and spaces', () => repeat('1 ')],
  ['digits and line breaks', () => repeat('1\n')],
  ['digit pairs', () => repeat('12 ')],
  ['random digits, mixed separators', randomDigitGroups],
  ['full-width digits', () => repeat('１ ')],
  ['zero-width joined digits', () => repeat('1\u200b')],
  ['card-like groups', () => repeat('4111 ')],
  ['IBAN-like groups', () => repeat('ES91 ')],
  ['at-signs and dots', () => repeat('a@a.')],
  ['a.', () => repeat('a.')],
  ['a long word', () => repeat(`${'a'.repeat(4000)} `)],
  ['white space', () => repeat(' \t\n')],
];

describe('engine on adversarial input', () => {
  const engine = createDetector({ extras: [] });
  for (const [name, make] of INPUTS) {
    it(`returns on ~1 MB of ${name}`, () => {
      const text = make();
      const findings = engine.detect(text);
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
      }
    }, 120_000);
  }
});
