import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string) => spansOf(engine, text, ['PERSON', 'IP_ADDRESS']);

/** Citations of classical, legal and scriptural sources: an author, a work's abbreviation, a locus. */
const CITATIONS: Record<string, string> = {
  'apuntes de derecho romano': `Esquema del tema 4: la posesión.
- Concepto: Paulo, D. 41.2.3.1; Ulpiano, D. 43.16.1.
- Clases de posesión según Gayo, Inst. 4.148.
- Interdictos: D. 43.17.1 pr. (Ulpiano).`,
  'lecture notes on Stoic ethics': `Lecture notes: Stoic ethics.
- Seneca, Ep. 47.1 on the treatment of slaves.
- Epictetus, Ench. 1.1: what is up to us.`,
  'lecturas de la misa': 'Lecturas para el domingo: Juan 3:16-21; Mateo 5:1-12; Lucas 15:11.',
  'a sermon outline': `Sermon outline for Sunday
1. The lost sheep: Luke 15:4-7.
2. The good shepherd: John 10:11.
3. Closing prayer.`,
};

describe('classical, legal and scriptural citations', () => {
  for (const [name, text] of Object.entries(CITATIONS))
    it(`leaves the authors, works and loci of ${name}`, () => {
      expect(found(text)).toEqual([]);
    });

  it('keeps a name before a time', () => {
    expect(found('Quedamos con Juan 3:15 en la puerta del cine.')).toContain('Juan');
  });

  it("keeps an address that follows no section's or source's mark", () => {
    expect(found('login from 41.2.3.1 at 02:10')).toEqual(['41.2.3.1']);
  });
});
