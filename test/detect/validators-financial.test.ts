import { describe, expect, it } from 'vitest';
import { bankAccount, czBankAccount, iban, paymentCard } from '../../src/detect/validators/financial.js';

describe('paymentCard', () => {
  it('knows the whole 35 range on 16 digits and UATP on 15', () => {
    // Luhn check digits computed by hand for these bodies.
    expect(paymentCard('3512 7734 9021 6600')?.type).toBe('JCB');
    expect(paymentCard('3512 7734 9021 6601')).toBeNull();
    expect(paymentCard('1357 24680 135798')?.type).toBe('UATP');
  });
  it('leaves barcodes that also pass Luhn alone', () => {
    // 4053671435233 passes both the GS1 check (EAN-13) and Luhn; 4053671435241 passes Luhn only.
    expect(paymentCard('4053671435233')).toBeNull();
    expect(paymentCard('4053671435241')?.type).toBe('VISA');
  });
  it('still accepts ordinary cards', () => {
    expect(paymentCard('4111 1111 1111 1111')?.type).toBe('VISA');
    expect(paymentCard('5500-0000-0000-0004')?.type).toBe('MASTERCARD');
  });
});

describe('iban', () => {
  it('checks the account layout of the country, not only mod 97', () => {
    expect(iban('ES91 2100 0418 4502 0005 1332')?.type).toBe('IBAN_ES');
    expect(iban('GB82 WEST 1234 5698 7654 32')?.type).toBe('IBAN_GB');
    // DE takes digits only; a German-looking code followed by words is prose even when mod 97 happens to fit.
    const prose = 'de 10 mm aproximadamente y';
    expect(iban(prose)).toBeNull();
    // GB starts its account part with a four-letter bank code.
    expect(iban('GB82 1234 1234 5698 7654 32')).toBeNull();
  });
});

describe('czBankAccount', () => {
  it('checks prefix and number with the mod-11 weights', () => {
    // 0736194207: 7*3+3*7+6*9+1*10+9*5+4*8+2*4+7*1 = 198 = 18 * 11
    expect(czBankAccount('736194207/0800')?.type).toBe('CZ_BANK_ACCOUNT');
    expect(czBankAccount('19-48273518/0100')?.normalized).toBe('19-48273518/0100');
    expect(czBankAccount('736194208/0800')).toBeNull();
    expect(czBankAccount('18-48273518/0100')).toBeNull();
    expect(czBankAccount('736194207/2023')).toBeNull();
  });
});

describe('bankAccount (after an account cue)', () => {
  it('takes groups split by dots or line breaks but not an amount', () => {
    expect(bankAccount('2085.9742.0316.5581')?.normalized).toBe('2085974203165581');
    expect(bankAccount('2085\n9742\n0316')).not.toBeNull();
    expect(bankAccount('1.234.567')).toBeNull();
  });
});
