import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir } from '../../src/detect/engine.js';
import { loadRulePacks, plainTwin } from '../../src/detect/packs/load.js';
import { patternsToRun } from '../../src/detect/run-rule.js';
import { TextFacts } from '../../src/detect/text-facts.js';

const rules = loadRulePacks(defaultRulesDir());
const filtered = rules.filter((r) => r.prefilter !== undefined);

describe('plainTwin', () => {
  it('drops the u flag of an ASCII pattern', () => {
    expect(plainTwin(/\bpin\b/iu)?.flags).toBe('i');
    expect(plainTwin(/a.b/gu)?.flags).toBe('g');
  });

  it('keeps nothing for patterns whose meaning needs the u flag', () => {
    expect(plainTwin(/\bpin\b/i)).toBeUndefined();
    expect(plainTwin(/\p{L}+/u)).toBeUndefined();
    expect(plainTwin(/\u{1F600}/u)).toBeUndefined();
    expect(plainTwin(/паспорт/iu)).toBeUndefined();
  });

  it('gives the u pattern answer on texts with ſ, K or characters outside the BMP', () => {
    const re = /\bpass\b/iu;
    const twin = plainTwin(re)!;
    // ſ folds onto s under iu only: the engine must not use the twin on such a text.
    expect(re.test('paſſ')).toBe(true);
    expect(twin.test('paſſ')).toBe(false);
    expect(new TextFacts('paſſ').oddFold).toBe(true);
    expect(new TextFacts('a 😀 b').astral).toBe(true);
    expect(new TextFacts('pass ñ word').astral).toBe(false);
  });
});

describe('rule prefilters', () => {
  it('some rules have a plain twin of their prefilter', () => {
    expect(filtered.some((r) => r.prefilterPlain !== undefined)).toBe(true);
  });

  it('decide as the u-flag prefilter does, on any text', () => {
    const words = 'pass PIN pin dot punto secret token clave pwd api key @ : 12 5 _ - x word'.split(' ');
    // ſ and K fold onto ASCII letters under iu, the emoji is a surrogate pair: texts where the twin is not used.
    const piece = fc.constantFrom(...words, ' ', '\n', 'ſ', 'K', 'é', 'ß', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const facts = new TextFacts(text);
        for (const rule of filtered) {
          const reference = { ...rule, prefilterPlain: undefined };
          expect(patternsToRun(rule, facts)).toBe(patternsToRun(reference, new TextFacts(text)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
