import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';

const detector = createDetector();

describe('SWIFT/BIC codes name a bank', () => {
  it('reports a BIC after its cue as the organisation it is, and the account beside it as an account', () => {
    const text =
      'Please pay the invoice to IBAN DE89 3704 0044 0532 0130 00, BIC: COBADEFFXXX, account holder Lena Ritter.';
    const found = detector.detect(text).map((f) => [text.slice(f.start, f.end), f.label, f.type]);
    expect(found).toContainEqual(['COBADEFFXXX', 'ORGANIZATION', 'SWIFT_BIC']);
    expect(found).toContainEqual(['DE89 3704 0044 0532 0130 00', 'IBAN', expect.any(String)]);
    expect(found.filter(([, label]) => label === 'BANK_ACCOUNT')).toEqual([]);
  });

  it('needs the SWIFT/BIC cue: the same code as an order reference is nothing', () => {
    const text = 'Order reference COBADEFFXXX shipped on Monday.';
    expect(detector.detect(text).filter((f) => f.type === 'SWIFT_BIC')).toEqual([]);
  });
});
