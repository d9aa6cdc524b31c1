import { describe, expect, it } from 'vitest';
import { obfuscateRecord, obfuscateValue, VARIANTS } from '../../bench/lib/obfuscate.js';

/** The accuracy benchmark's obfuscated pass is only as good as these rewrites and their offsets. */
describe('obfuscation variants of the accuracy benchmark', () => {
  it('rewrites values the way point 4 of issue 3 describes', () => {
    expect(obfuscateValue('4111 1111', 'CREDIT_CARD', 'fullwidth', 0)).toBe('４１１１ １１１１');
    expect(obfuscateValue('Ana Ruiz', 'PERSON', 'zero-width', 0)).toBe('Ana\u200b Ru\u200biz');
    expect(obfuscateValue('diabetes', 'MEDICAL', 'soft-hyphen', 0)).toBe('diab\u00adetes');
    expect(obfuscateValue('Maria Lopez', 'PERSON', 'homoglyph', 0)).toBe('\u041car\u0456a L\u043ep\u0435z');
    expect(obfuscateValue('4111-1111-1111-1111', 'CREDIT_CARD', 'regrouped', 1)).toBe('4111.1111.1111.1111');
    expect(obfuscateValue('ES91 2100 0418 4502 0005 1332', 'IBAN', 'regrouped', 3)).toBe(
      'ES91\n2100\n0418\n4502\n0005\n1332',
    );
    expect(obfuscateValue('536-22-1234', 'NATIONAL_ID', 'regrouped', 0)).toBe('536 22 1234');
    expect(obfuscateValue('536 22 1234', 'NATIONAL_ID', 'regrouped', 0)).toBe('536.22.1234');
    expect(obfuscateValue('4111111111111111', 'CREDIT_CARD', 'regrouped', 2)).toBe('4111-1111-1111-1111');
    expect(obfuscateValue('+34612345678', 'PHONE', 'regrouped', 0)).toBe('+346 123 456 78');
    expect(obfuscateValue('ana.ruiz@mail.example.com', 'EMAIL', 'spelled-email', 0)).toBe(
      'ana.ruiz at mail dot example dot com',
    );
  });

  it('says when a variant does not apply, so the value is not counted for it', () => {
    expect(obfuscateValue('Ana', 'PERSON', 'regrouped', 0)).toBeUndefined();
    expect(obfuscateValue('12345678', 'DATE', 'regrouped', 0)).toBeUndefined();
    expect(obfuscateValue('12345678Z', 'NATIONAL_ID', 'regrouped', 0)).toBeUndefined();
    expect(obfuscateValue('4111', 'CREDIT_CARD', 'homoglyph', 0)).toBeUndefined();
    expect(obfuscateValue('a', 'PERSON', 'zero-width', 0)).toBeUndefined();
    expect(obfuscateValue('Ana Ruiz', 'PERSON', 'spelled-email', 0)).toBeUndefined();
  });

  it('moves every span to its value in the rewritten text, and drops overlapping and unchanged ones', () => {
    const text = 'Call Ana Ruiz on 612 345 678, born in Soria. Card 4111111111111111.';
    const spans = [
      { start: 5, end: 13, label: 'PERSON' },
      { start: 9, end: 13, label: 'PERSON' }, // overlaps the first
      { start: 17, end: 28, label: 'PHONE' },
      { start: 38, end: 43, label: 'LOCATION' },
      { start: 50, end: 66, label: 'CREDIT_CARD' },
      { start: 0, end: 4, label: 'OTHER' },
    ];
    for (const variant of VARIANTS) {
      const out = obfuscateRecord(text, spans, variant);
      for (const s of out.spans) {
        const original = spans.find((o) => o.label === s.label && o.start !== 9) as { start: number; end: number };
        expect(out.text.slice(s.start, s.end)).toBe(
          obfuscateValue(text.slice(original.start, original.end), s.label, variant, spans.indexOf(original as never)),
        );
      }
      expect(out.spans.every((s) => s.label !== 'OTHER')).toBe(true);
      expect(out.text.endsWith('.')).toBe(true);
    }
    const regrouped = obfuscateRecord(text, spans, 'regrouped');
    expect(regrouped.spans.map((s) => s.label)).toEqual(['PHONE', 'CREDIT_CARD']);
    expect(regrouped.text).toContain('born in Soria');
  });
});
