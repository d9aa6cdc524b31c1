import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('Open Banking account objects', () => {
  it('finds the sort code + account under the SortCodeAccountNumber scheme, in either key order', () => {
    const json = `{"Data":{"Transaction":[{"TransactionId":"tx-1187","Amount":{"Amount":"42.10","Currency":"GBP"},
 "CreditorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"40112260281437"}},
 {"TransactionId":"tx-1188","DebtorAccount":{"Identification": "09012873302918", "SchemeName": "UK.OBIE.SortCodeAccountNumber"}}]}}`;
    expect(spansOf(detector, `Summarise these transactions:\n${json}`, ['BANK_ACCOUNT'])).toEqual([
      '40112260281437',
      '09012873302918',
    ]);
  });

  it('finds it in a Spanish request too, and leaves ids under other schemes or keys alone', () => {
    expect(
      spansOf(
        detector,
        'Explícame este JSON: {"SchemeName":"SortCodeAccountNumber","Identification":"60837112345678","Name":"L Perez"}',
        ['BANK_ACCOUNT'],
      ),
    ).toEqual(['60837112345678']);
    expect(
      spansOf(detector, '{"TransactionId":"40112260281437","Status":"Booked","MerchantCode":"60837112345678"}', [
        'BANK_ACCOUNT',
      ]),
    ).toEqual([]);
  });
});
