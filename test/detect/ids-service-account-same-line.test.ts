import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('a telecom or utility account on its own line of a list that also holds bank accounts', () => {
  it('leaves the service account out and keeps the bank account of the line above', () => {
    const file = [
      'Accounts:',
      '  Current account  Sort code/Acc 20-44-91 61730258  Status: up to date',
      '  Mobile contract  Acct no. 4410982276 (Vodafone)  Status: settled',
      '  Broadband        Account 88120934 (fibre 500)  Status: closed',
    ].join('\n');
    expect(spansOf(detector, file, ['BANK_ACCOUNT'])).toEqual(['20-44-91 61730258']);
  });

  it('leaves a Spanish supply account out after a bank line', () => {
    const text =
      'Domiciliación en Banco Sabadell, cuenta 0081 0216 7300 0123 4567\nSuministro de luz: cuenta 660123987 (contrato 2024)';
    expect(spansOf(detector, text, ['BANK_ACCOUNT'])).not.toContain('660123987');
  });

  it('keeps a bank account named on a service line when a bank word stands between', () => {
    expect(spansOf(detector, 'Broadband refund paid to my bank account 73302918 last week', ['BANK_ACCOUNT'])).toEqual([
      '73302918',
    ]);
    expect(
      spansOf(detector, 'Mobile contract cancelled, refund by transfer to account 55108273 please', ['BANK_ACCOUNT']),
    ).toEqual(['55108273']);
  });
});
