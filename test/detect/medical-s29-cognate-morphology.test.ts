import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { loadMedicalLexicon } from '../../src/detect/medical/medical-lexicon.js';
import { WordKind } from '../../src/detect/medical/morphology.js';
import { foldKey } from '../../src/detect/nlp/fold.js';
import { spansOf } from '../support/spans.js';

// Session 29: medicine's combining forms as Italian, Portuguese, French, German and Turkish write them, and the
// ordinary words of those languages with the same endings. Every example is invented.
const lex = loadMedicalLexicon();
const built = (word: string): number => lex.morphology.kindOf(foldKey(word)) & (WordKind.SHAPED | WordKind.PROCEDURE);
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('cognate endings of conditions and operations', () => {
  it('builds conditions and operations a clinic abroad writes', () => {
    const words = [
      'tendinite',
      'pancreatite',
      'uvéite',
      'Koxarthrose',
      'trombosi',
      'tubercolosi',
      'sklerose',
      'osteoporoz',
      'bronşit',
      'sinüzit',
      'Zervikalgie',
      'fibromiyalji',
      'Leukämie',
      'hiperkalemi',
      'Kardiomyopathie',
      'Tonsillektomie',
      'thyroïdectomie',
      'histerektomi',
      'gastroskopi',
      'angioplastie',
    ];
    expect(words.filter((w) => built(w) === 0)).toEqual([]);
  });

  it('leaves the ordinary words of those languages that end alike', () => {
    const words = [
      'leite',
      'noite',
      'convite',
      'limite',
      'appetite',
      'satellite',
      'Diagnose',
      'Prognose',
      'glicose',
      'Matrose',
      'nakit',
      'sabit',
      'kalemi',
      'nostalji',
      'Nostalgie',
      'Sympathie',
      'Akademie',
      'Dichotomie',
      'Mikroskopie',
      'hypocrisie',
    ];
    expect(words.filter((w) => built(w) !== 0)).toEqual([]);
  });

  it('reads them in a record about someone', () => {
    const tr = medical('Hasta: Selin Akbulut\nDoğum tarihi: 02.04.1979\nTanı: kronik gastrit; 2019 kolesistektomi');
    expect(tr.join(' | ')).toContain('gastrit');
    expect(tr.join(' | ')).toContain('kolesistektomi');
    const de = medical(
      'Patientin: Ute Brennecke, geb. 30.01.1950\nDiagnosen: Gonarthrose rechts, Z. n. Thyreoidektomie',
    );
    expect(de.join(' | ')).toContain('Gonarthrose');
  });
});
