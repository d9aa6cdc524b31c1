import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeMs, safeText } from '../../src/audit/safe-text.js';

describe('safeText', () => {
  it('keeps ordinary ids and reasons as they are', () => {
    for (const v of [
      'gpt-4o-mini-2024-07-18',
      'payments',
      '/v1/chat/completions',
      'cloud: policy "x" masked 2 EMAIL',
    ]) {
      expect(safeText(v)).toBe(v);
    }
  });

  it('replaces e-mail addresses, long numbers and blobs, and drops control characters', () => {
    expect(safeText('mail ana.garcia@example.com now')).toBe('mail [email] now');
    expect(safeText('card 4111-1111-1111-1111.')).toBe('card [number].');
    expect(safeText('iban ES91 2100 0418 4502 0005 1332')).toBe('iban ES[number]');
    expect(safeText(`token ${Buffer.from('a secret value that is long enough').toString('base64')}`)).toBe(
      'token [blob]',
    );
    expect(safeText('line\nbreak\u2028x')).toBe('line break x');
    expect(safeText('ab '.repeat(200), 10)).toHaveLength(10);
  });

  it('never lets a run of twelve digits through, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^\d{12,19}$/), fc.string(), (before, digits, after) => {
        expect(safeText(`${before}${digits}${after}`, 10_000)).not.toMatch(/\d{12}/);
      }),
    );
  });

  it('turns odd numbers into null instead of NaN or Infinity', () => {
    expect(safeMs(Number.NaN)).toBeNull();
    expect(safeMs(Number.POSITIVE_INFINITY)).toBeNull();
    expect(safeMs(-5)).toBe(0);
    expect(safeMs(1.23456)).toBe(1.235);
  });
});
