import { describe, expect, it } from 'vitest';
import { contextLevel, contextWindow } from '../../src/detect/context.js';
import { createDetector } from '../../src/detect/engine.js';
import { normalizeForDetection } from '../../src/detect/normalize.js';
import { compileRule } from '../../src/detect/packs/load.js';
import { ruleSchema } from '../../src/detect/packs/schema.js';
import { runRule } from '../../src/detect/run-rule.js';
import { TextFacts } from '../../src/detect/text-facts.js';
import { taggedSpansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const labelsIn = (text: string) => taggedSpansOf(engine, text);

function cueRule(words: Record<string, string[]>) {
  const spec = ruleSchema.parse({
    id: 'cue-test',
    label: 'NATIONAL_ID',
    type: 'TEST',
    patterns: ['\\d{6}'],
    score: 0.5,
    context: { required: true, side: 'before', window: 4, words },
    examples: { match: ['x'] },
  });
  return compileRule(spec, 'test.yaml');
}

describe('cue words written with combining marks', () => {
  it('keeps Thai and Devanagari words whole in the context window', () => {
    const thai = 'เลขที่บัตร 482913';
    expect(contextWindow(thai, 11, 17, 4, true).trim().split(' ')).toHaveLength(2);
    const hindi = 'पहचान संख्या 482913';
    expect(contextWindow(hindi, 13, 19, 4, true).trim().split(' ')).toHaveLength(3);
  });

  it('matches a Thai cue whose vowel sign NFKC splits (ำ) and a Devanagari cue with vowel signs', () => {
    const rule = cueRule({ th: ['หมายเลขประจำตัว'], hi: ['पहचान संख्या'] });
    const ctx = rule.context!;
    for (const text of ['หมายเลขประจำตัว 482913', 'मेरी पहचान संख्या 482913']) {
      const view = normalizeForDetection(text);
      const at = view.text.indexOf('482913');
      expect(contextLevel(view.cueText, at, at + 6, ctx)).toBe('cue');
    }
    const other = normalizeForDetection('เลขที่ห้อง 482913');
    const at = other.text.indexOf('482913');
    expect(contextLevel(other.cueText, at, at + 6, ctx)).toBe('none');
  });

  it('finds Thai and Hindi cued identifiers end to end', () => {
    expect(labelsIn('เลขประจำตัวประชาชน 1101706909427')).toEqual(['NATIONAL_ID:1101706909427']);
    expect(labelsIn('मेरा आधार नंबर 482111310756 है')).toEqual(['NATIONAL_ID:482111310756']);
    expect(labelsIn('ห้อง 1101706909427')).toEqual([]);
  });
});

describe('Cyrillic and Greek in the normalised view', () => {
  it('keeps words written wholly in Cyrillic for cues, folds them for values', () => {
    const view = normalizeForDetection('ИНН 500100732259, СНИЛС');
    expect(view.cueText).toBe('ИНН 500100732259, СНИЛС');
    expect(view.text.startsWith('ИHH')).toBe(true);
    expect(view.cueText.length).toBe(view.text.length);
  });

  it('folds a word that mixes scripts in both views: a disguise, not a language', () => {
    const view = normalizeForDetection('pаssword: Kx9tQ2mWz');
    expect(view.text.slice(0, 8)).toBe('password');
    expect(view.cueText.slice(0, 8)).toBe('password');
  });

  it('matches Cyrillic cue words, and still sees Latin look-alikes in values', () => {
    expect(labelsIn('мой ИНН 500100732259')).toEqual(['NATIONAL_ID:500100732259']);
    expect(labelsIn('номер паспорта 752019384')).toEqual(['NATIONAL_ID:752019384']);
    expect(labelsIn('номер заказа 752019384')).toEqual([]);
    // A Greek capital alpha and Cyrillic capitals disguising an IBAN's country code.
    expect(labelsIn('IBAN: ЕS91 2100 0418 4502 0005 1332')[0]).toMatch(/^IBAN:/);
  });
});

describe('key names in JSON and code', () => {
  it('reads camelCase keys as their words, in windows and in the shared cue scan', () => {
    const text = '{"customerTaxId": "T7R20K9153"}';
    expect(contextWindow(text, 19, 29, 4, true)).toContain(' tax id ');
    expect(contextWindow('iPhone 2021', 7, 11, 4, true)).toContain(' iphone ');
    expect(labelsIn('{"nationalId": "T7R20K9153"}')).toEqual(['NATIONAL_ID:T7R20K9153']);
    expect(labelsIn('{"orderNumber": "10075381-2"}')).toEqual([]);
    expect(labelsIn('{"rut": "10075381-2"}')).toEqual(['NATIONAL_ID:10075381-2']);
  });
});

describe('spacing accents', () => {
  it('keeps ´ and ¨ as they are instead of a space and a mark, so words and values stay whole', () => {
    expect(normalizeForDetection('it´s').text).toBe('it´s');
    expect(labelsIn('db_password = "Rk¨7´qZ!2"')).toEqual(['SECRET:Rk¨7´qZ!2']);
  });
});

describe('document cues and veto words', () => {
  const spec = ruleSchema.parse({
    id: 'doc-test',
    label: 'DATE',
    type: 'DATE',
    patterns: ['\\b(?:19|20)\\d\\d\\b'],
    score: 0.6,
    context: {
      required: true,
      window: 3,
      words: { en: ['diagnosed'] },
      document: { min: 2, words: { en: ['patient', 'biopsy', 'hospital'], es: ['hospital', 'paciente'] } },
      veto: { window: 2, words: { en: ['version', 'release'] } },
    },
    examples: { match: ['x'] },
  });
  const rule = compileRule(spec, 'test.yaml');
  const engineOf = (text: string) => {
    const view = normalizeForDetection(text);
    return runRule(rule, view.text, undefined, new TextFacts(view.text, undefined, view.cueText)).map((f) =>
      text.slice(f.start, f.end),
    );
  };

  it('counts a year as cued when two different clinical words occur anywhere in the text', () => {
    expect(engineOf('The patient had a biopsy. Back in 2004 things were different.')).toEqual(['2004']);
    expect(engineOf('Back in 2004 the patient moved.')).toEqual([]);
  });

  it('counts a word listed under two languages once', () => {
    expect(engineOf('The hospital opened in 2004.')).toEqual([]);
  });

  it('drops a match right after a veto word, unless a cue stands beside it', () => {
    expect(engineOf('patient biopsy notes, release 2004')).toEqual([]);
    expect(engineOf('release diagnosed 2004')).toEqual(['2004']);
    expect(engineOf('diagnosed in 2004')).toEqual(['2004']);
  });

  it('lets the nearer of a veto and a cue decide, and skips digit groups when counting the veto window', () => {
    expect(engineOf('diagnosed, release 2004')).toEqual([]);
    expect(engineOf('release 7 A1 2004')).toEqual([]);
    expect(engineOf('release notes, diagnosed 2004')).toEqual(['2004']);
  });
});

describe('context windows read by the word scanner', () => {
  it('give the words the word regex gives, folded, for any slice of mixed scripts', () => {
    const regex = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
    const fold = (w: string) =>
      /^[\x00-\x7f]*$/.test(w)
        ? w.replace(/(?<=[a-z]{2})(?=[A-Z])/g, ' ').toLowerCase()
        : w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const text = 'Teléfono: 612 345 678, nationalId X1234567L; 𝒜𝒷c ก่อน नमस्ते ſtar ÑANDÚ \ud835 end_of 42ab';
    for (let start = 0; start < text.length; start += 3) {
      for (const width of [0, 5]) {
        const end = Math.min(text.length, start + width);
        const before = (text.slice(Math.max(0, start - 96), start).match(regex) ?? []).slice(-4);
        const after = (text.slice(end, end + 96).match(regex) ?? []).slice(0, 4);
        const expected = ` ${[...before, '|', ...after].map((w) => (w === '|' ? w : fold(w))).join(' ')} `;
        expect(contextWindow(text, start, end, 4)).toBe(expected);
      }
    }
  });
});
