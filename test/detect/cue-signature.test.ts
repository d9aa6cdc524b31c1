import { describe, expect, it } from 'vitest';
import { normalizeForDetection } from '../../src/detect/normalize.js';
import { compileRule } from '../../src/detect/packs/load.js';
import { packSchema } from '../../src/detect/packs/schema.js';
import { mayMatch, runRule } from '../../src/detect/run-rule.js';
import { otherCharBits, TextFacts } from '../../src/detect/text-facts.js';

/** Facts as the engine builds them: over the normalised view, cue words looked up in its cue text. */
function factsOf(text: string): TextFacts {
  const view = normalizeForDetection(text);
  return new TextFacts(view.text, undefined, view.cueText);
}

// Cue words with letters outside ASCII, in several scripts (invented lists, not a rule pack's).
const words = [
  'número',
  'teléfono',
  'móvil',
  'паспорт',
  'номер',
  'ідентифікаційний',
  '주민등록번호',
  'führerschein',
  'cédula',
];

const texts = [
  'Plain English with no accents at all: call 555 0101.',
  'Mi número de móvil es 612 000 111, llámame.',
  'Паспорт серия 4509 номер 112233 выдан в 2014 году.',
  'Ідентифікаційний код 3012345678, телефон 044 000 1122.',
  'Führerschein Nr. B072RRE2I55 und die Cédula 8-123-456.',
  '주민등록번호 900101-1234567 입니다',
  'Résumé: naïve café, façade, ångström, ½ € ™ — all other letters.',
];

describe('signature of a cue word’s letters outside ASCII', () => {
  it('never rules out a cue word the text holds (the search decides)', () => {
    for (const text of texts) {
      const facts = factsOf(text);
      for (const w of words) {
        if (facts.hasCueWord(w)) expect(facts.mayHaveOtherChars(otherCharBits(w)), `${w} in ${text}`).toBe(true);
      }
    }
  });

  it('rules out words of another script in a text without their letters', () => {
    const latin = factsOf(texts[0]!);
    for (const w of ['паспорт', 'номер', '주민등록번호', 'número']) {
      expect(latin.mayHaveOtherChars(otherCharBits(w))).toBe(false);
    }
    const spanish = factsOf(texts[1]!);
    expect(spanish.mayHaveOtherChars(otherCharBits('número'))).toBe(true);
    expect(spanish.mayHaveOtherChars(otherCharBits('паспорт'))).toBe(false);
  });

  it('gives ASCII words no signature, so they always pass it', () => {
    expect(otherCharBits('passport')).toBe(0);
    expect(factsOf(texts[0]!).mayHaveOtherChars(0)).toBe(true);
  });
});

describe('a rule whose required cue has letters outside ASCII', () => {
  const spec = packSchema.parse({
    rules: [
      {
        id: 'test-cued-number',
        label: 'NATIONAL_ID',
        type: 'NATIONAL_ID',
        patterns: ['(?<![\\w])\\d{6,10}(?![\\w])'],
        score: 0.8,
        context: {
          window: 3,
          required: true,
          side: 'before',
          words: { ru: ['номер', 'паспорт'], es: ['cédula', 'número de afiliación'], de: ['führerschein'] },
        },
        examples: { match: ['паспорт 4509112233'], no_match: ['order 4509112233 shipped'] },
      },
    ],
  }).rules[0]!;
  const rule = compileRule(spec, 'test');
  const cases: Array<[string, string | undefined]> = [
    ['паспорт 4509112233', '4509112233'],
    ['Номер: 77120034', '77120034'],
    ['cédula 80123456 vigente', '80123456'],
    ['su número de afiliación 28100456 en la ficha', '28100456'],
    ['Führerschein 19283746', '19283746'],
    ['order 4509112233 shipped', undefined],
    ['pedido 80123456 enviado, número de serie aparte', undefined],
  ];

  it('runs where one of them occurs and finds the value after it', () => {
    for (const [text, value] of cases) {
      const view = normalizeForDetection(text);
      const facts = new TextFacts(view.text, undefined, view.cueText);
      const found = runRule(rule, view.text, undefined, facts).map((f) => view.text.slice(f.start, f.end));
      expect(found, text).toEqual(value === undefined ? [] : [value]);
      if (value !== undefined) expect(mayMatch(rule, facts), text).toBe(true);
    }
  });
});
