import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealisticPrompts, parseMarkup } from '../../bench/lib/realistic.js';
import { luhnValid as luhn } from '../../src/detect/validators/checksums.js';

describe("the accuracy benchmark's own realistic prompts", () => {
  it('reads [[LABEL|value]] markup into text and spans', () => {
    const { text, spans } = parseMarkup('Call [[PERSON|Ana Ruiz]] on [[PHONE|612 345 678]].');
    expect(text).toBe('Call Ana Ruiz on 612 345 678.');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Ana Ruiz', '612 345 678']);
    expect(() => parseMarkup('[[NAME|x]]')).toThrow(/unknown label/);
  });

  it.each(['realistic-prompts.yaml', 'realistic-prompts-holdout.yaml'])(
    '%s parses, and its card numbers are valid',
    (file) => {
      const records = loadRealisticPrompts(join(import.meta.dirname, '..', '..', 'bench', 'data', file));
      expect(records.length).toBeGreaterThan(20);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      for (const r of records) {
        expect(r.text).not.toContain('[[');
        for (const s of r.spans.filter((x) => x.label === 'CREDIT_CARD')) {
          expect(luhn(r.text.slice(s.start, s.end).replace(/\D/g, '')), r.id).toBe(true);
        }
      }
    },
  );
});
