import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { leanOf } from '../../src/detect/packs/load.js';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('lean twins of patterns with far look-behinds', () => {
  const source = '(?<![\\w])(?<!(?<![A-Za-z])(?:[Mm]eter|[Tt]ariff)(?![a-z])[\\s\\S]{0,300})\\d{6,10}(?![\\w])';
  const lean = leanOf(source, 'g');

  it('takes out the far negative look-behind and tests for its words', () => {
    expect(lean).toBeDefined();
    expect(lean!.lean.source).toBe('(?<![\\w])\\d{6,10}(?![\\w])');
    expect(lean!.absent.map((a) => a.source)).toEqual(['(?:[Mm]eter|[Tt]ariff)(?![a-z])']);
  });

  it('finds what the pattern finds in texts without those words', () => {
    const full = new RegExp(source, 'g');
    for (const text of ['account 12345678 and 99887766', 'ref 4455667 x 1234567890 y', 'nothing 12 here 123']) {
      expect(lean!.absent.some((a) => a.test(text))).toBe(false);
      expect(all(lean!.lean, text)).toEqual(all(full, text));
    }
  });

  it('is told apart from texts with the words, where the full pattern differs', () => {
    for (const text of ['meter 12345678', 'your tariff: 55667788', 'Meter reading 11223344 today']) {
      expect(lean!.absent.some((a) => a.test(text))).toBe(true);
      expect(all(new RegExp(source, 'g'), text)).toEqual([]);
    }
  });

  it('leaves short look-behinds, quantified groups and back-references alone', () => {
    expect(leanOf('(?<!abc[\\s\\S]{0,20})\\d+', 'g')).toBeUndefined();
    expect(leanOf('(?<!(a)[\\s\\S]{0,200})\\1\\d+', 'g')).toBeUndefined();
    expect(leanOf('\\d+', 'g')).toBeUndefined();
  });

  it('keeps a telecom account out and a bank account in (bank-account-context)', () => {
    const engine = createDetector({ extras: [] });
    const labels = (text: string) => engine.detect(text).map((f) => f.label);
    expect(labels('Your broadband service. Account number 55102938 for the router.')).not.toContain('BANK_ACCOUNT');
    expect(labels('Fibre bill paid. Account number 55102938')).not.toContain('BANK_ACCOUNT');
    expect(labels('Please pay into my account number 55102938, thanks.')).toContain('BANK_ACCOUNT');
  });
});
