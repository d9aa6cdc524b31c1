import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

/**
 * Names, places and diagnoses are found by the extra detectors (NLP, medical vocabularies). They must see
 * through the same obfuscation as the patterns, and report offsets in the text as the user typed it.
 */
const engine = createDetector();

const labelled = (text: string, label: string) => spansOf(engine, text, [label]);

describe('extra detectors on obfuscated text', () => {
  const plain = 'The patient Laura Martínez was diagnosed with diabetes mellitus in Salamanca last spring.';

  it('finds a name, a place and a diagnosis written plainly', () => {
    expect(labelled(plain, 'PERSON')).toEqual(['Laura Martínez']);
    expect(labelled(plain, 'MEDICAL').join(' ')).toContain('diabetes');
  });

  it('through full-width letters, with offsets in the original text', () => {
    const wide = (s: string) => s.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const text = plain.replace('Laura', wide('Laura')).replace('diabetes', wide('diabetes'));
    expect(labelled(text, 'PERSON')).toEqual([`${wide('Laura')} Martínez`]);
    expect(labelled(text, 'MEDICAL').join(' ')).toContain(wide('diabetes'));
  });

  it('through zero-width characters and soft hyphens inside the words', () => {
    const text = plain
      .replace('Laura', 'La\u200bura')
      .replace('Salamanca', 'Sala\u00admanca')
      .replace('diabetes', 'dia\u200dbetes');
    expect(labelled(text, 'PERSON')).toEqual(['La\u200bura Martínez']);
    expect(labelled(text, 'LOCATION')).toEqual(['Sala\u00admanca']);
    expect(labelled(text, 'MEDICAL').join(' ')).toContain('dia\u200dbetes');
  });

  it('through Cyrillic look-alike letters mixed into Latin words', () => {
    const text = plain.replace('Laura', 'L\u0430ura').replace('diabetes', 'di\u0430b\u0435tes');
    expect(labelled(text, 'PERSON')).toEqual(['L\u0430ura Martínez']);
    expect(labelled(text, 'MEDICAL').join(' ')).toContain('di\u0430b\u0435tes');
  });
});
