import { describe, expect, it } from 'vitest';
import { paymentCard } from '../../src/detect/validators/financial.js';

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
