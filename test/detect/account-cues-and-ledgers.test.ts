import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('bank account numbers after their cue', () => {
  it('reads "acc no" after a UK sort code, and the sort code beside it as part of the account', () => {
    expect(spansOf(detector, 'Pay to: sort code 30-91-12, acc no 60281437, ref rent', ['BANK_ACCOUNT'])).toEqual([
      '30-91-12',
      '60281437',
    ]);
  });

  it('keeps a sort code with no account number near it, and a reference after the account cue, out', () => {
    expect(spansOf(detector, 'our sort code is 40-11-62 for the head office', ['BANK_ACCOUNT'])).toEqual([]);
    expect(spansOf(detector, 'Supplier account ref 5512-07 on the remittance', ['BANK_ACCOUNT'])).toEqual([]);
    expect(spansOf(detector, 'Salary account: sort code 09-01-28\nAccount number: 73302918', ['BANK_ACCOUNT'])).toEqual(
      ['09-01-28', '73302918'],
    );
  });

  it('reads the account cue of other languages', () => {
    expect(spansOf(detector, 'Kontonummer 0291847736 bei der Volksbank', ['BANK_ACCOUNT'])).toEqual(['0291847736']);
    expect(spansOf(detector, 'número da conta 88123-4 na agência 0412', ['BANK_ACCOUNT'])).toEqual(['88123-4']);
    expect(spansOf(detector, 'rekeningnummer 417790352 graag', ['BANK_ACCOUNT'])).toEqual(['417790352']);
  });
});

describe('ledger codes in bookkeeping text', () => {
  it('are no bank accounts', () => {
    const entry = 'Asiento 2025/118: cargo a la cuenta 6230001 (servicios), abono en la cuenta 4100003';
    expect(spansOf(detector, entry, ['BANK_ACCOUNT'])).toEqual([]);
    expect(spansOf(detector, 'Post the journal entry to account 72000015 by Friday', ['BANK_ACCOUNT'])).toEqual([]);
  });

  it('leave a real account in the same text, and the ledger shape without bookkeeping words', () => {
    const entry = 'Asiento 118: pago al proveedor, cuenta bancaria 0182 5566 4401 9987 2210';
    expect(spansOf(detector, entry, ['BANK_ACCOUNT'])).toEqual(['0182 5566 4401 9987 2210']);
    expect(spansOf(detector, 'my account number is 6230001', ['BANK_ACCOUNT'])).toEqual(['6230001']);
  });
});
