import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { normalizeForDetection } from '../../src/detect/normalize.js';
import { LABELS } from '../../src/detect/types.js';

const engine = createDetector({ extras: [] });
const found = (text: string) =>
  engine.detect(text).map((f) => ({ value: text.slice(f.start, f.end), label: f.label, type: f.type }));

describe('normalised view', () => {
  it('maps every view range back to the characters that produced it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const view = normalizeForDetection(text);
        for (let s = 0; s <= view.text.length; s++) {
          const [os, oe] = view.toOriginal(s, view.text.length);
          expect(os).toBeGreaterThanOrEqual(0);
          expect(oe).toBeLessThanOrEqual(text.length);
          expect(oe).toBeGreaterThanOrEqual(os);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds values hidden by full-width digits, zero-width characters and soft hyphens, at original offsets', () => {
    const text = 'tarjeta ４１１１ １１１１ １１１１ １１１１ gracias';
    expect(found(text)).toContainEqual({
      value: '４１１１ １１１１ １１１１ １１１１',
      label: 'CREDIT_CARD',
      type: 'VISA',
    });
    const zw = 'mail: ana\u200b.perez@exa\u00admple.com!';
    expect(found(zw)).toContainEqual({ value: 'ana\u200b.perez@exa\u00admple.com', label: 'EMAIL', type: 'EMAIL' });
    const cyr = 'DNI 12345678\u0417'; // Cyrillic Ze is not a Latin Z: no match, but no crash either
    expect(() => engine.detect(cyr)).not.toThrow();
  });
});

describe('detection', () => {
  it('rejoins digit groups split by dots, dashes and line breaks when the checksum confirms them', () => {
    expect(found('card 4111.1111.1111.1111')[0]?.label).toBe('CREDIT_CARD');
    expect(found('IBAN ES91-2100-0418-4502-0005-1332')[0]?.label).toBe('IBAN');
    expect(found('card 4111 1111\n1111 1111')[0]?.label).toBe('CREDIT_CARD');
  });

  it('gives equal values written differently one canonical form', () => {
    const a = engine.detect('IBAN es91 2100 0418 4502 0005 1332')[0];
    const b = engine.detect('IBAN ES9121000418450200051332')[0];
    expect(a?.normalized).toBe('ES9121000418450200051332');
    expect(b?.normalized ?? 'ES9121000418450200051332').toBe(a?.normalized);
    expect(engine.detect('Ana.Perez@Mail.COM')[0]?.normalized).toBe('ana.perez@mail.com');
    expect(engine.detect('ana dot perez at mail dot com')[0]?.normalized).toBe('ana.perez@mail.com');
  });

  it('keeps one span per region, the most confident', () => {
    const findings = engine.detect('postgres://app:Str0ngPass!@db.internal:5432/x and card 4242 4242 4242 4242');
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    expect(findings.map((f) => f.label)).toEqual(['SECRET', 'CREDIT_CARD']);
  });

  it('leaves harmless look-alikes alone', () => {
    const harmless = [
      'Order #4111111111111112 shipped; tracking 1Z999AA10123456784.',
      'commit 3f786850e387550fdab836ed7e6dc881de23001b, uuid 123e4567-e89b-12d3-a456-426614174000',
      'Upgrade from 1.2.3 to 2.10.0 on 2024-05-01; build 20240501.3',
      'password: ${DB_PASSWORD}\napi_key: <your-api-key>\ntoken: xxxxxxxxxxxxxxxx',
      'the password is incorrect, please try again',
      'Call the function at line 1234 of main.ts',
    ];
    for (const text of harmless) expect(found(text)).toEqual([]);
  });

  it('finds secrets in prose and in config formats', () => {
    expect(found('my password is Tr0ub4dor&3').map((f) => f.value)).toEqual(['Tr0ub4dor&3']);
    expect(found('[db]\npassword = s3cr3t-Value').map((f) => f.value)).toEqual(['s3cr3t-Value']);
    expect(found('{"dbPassword": "k9!mQ2zx"}').map((f) => f.value)).toEqual(['k9!mQ2zx']);
    expect(found('SECRET_KEY=8fJ2kL9qPz3xW7vN4bR6tY1u').map((f) => f.type)).toEqual(['HIGH_ENTROPY']);
  });

  it('never throws on odd input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        for (const f of engine.detect(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThan(f.start);
          expect(LABELS).toContain(f.label);
        }
      }),
      { numRuns: 300 },
    );
    expect(engine.detect('')).toEqual([]);
    expect(engine.detect('\ud800\udfff\ud800')).toEqual([]);
  });

  it('lists its detectors', () => {
    expect(engine.detectorIds).toContain('payment-card');
    expect(new Set(engine.detectorIds).size).toBe(engine.detectorIds.length);
  });
});

describe('issuer and country formats', () => {
  it('accepts 15-digit JCB cards and IBANs with a space after the country code', () => {
    // 213100000000001 passes Luhn; 213100000000008 does not.
    expect(found('card 213100000000008')).toEqual([]);
    expect(found('card 213100000000001')).toEqual([{ value: '213100000000001', label: 'CREDIT_CARD', type: 'JCB' }]);
    expect(found('IBAN ME 25 5050 0001 2345 6789 51')[0]?.type).toBe('IBAN_ME');
  });
});

describe('dates', () => {
  it('reports dates of birth and personal dates, not every date', () => {
    expect(found('DOB: 03/14/1985')).toEqual([{ value: '03/14/1985', label: 'DATE', type: 'DATE_OF_BIRTH' }]);
    expect(found('Paciente ingresó el 12/12/2016 por dolor')[0]?.type).toBe('DATE');
    expect(found('Node 20 was released on 2023-04-18.')).toEqual([]);
  });
});

describe('dummy credentials', () => {
  it('skips typed sequences, EXAMPLE keys and loopback addresses', () => {
    expect(found('key: AIzaSyabcdefghijklmnopqrstuvwxyz1234567')).toEqual([]);
    expect(found('aws_access_key_id = AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(found('curl http://127.0.0.1:5000/health')).toEqual([]);
  });
});
