import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('published test cards presented as test data', () => {
  it('are nobody in a QA plan, a sandbox README or a gateway guide', () => {
    const plan = [
      'Regression cases for the staging checkout:',
      '- approved: 5555 5555 5555 4444, any CVC',
      '- Discover approved: 6011 1111 1111 1117',
      '- Amex 3714 496353 98431 → captured',
    ].join('\n');
    expect(found(plan, 'CREDIT_CARD')).toEqual([]);
    const readme = '## Entorno de pruebas\nTarjeta Mastercard de la pasarela: 5105 1051 0510 5100 (caduca 11/31)';
    expect(found(readme, 'CREDIT_CARD')).toEqual([]);
    expect(
      found('Mock payment with 3566 0020 2036 0505 should return "authorised" (sample data).', 'CREDIT_CARD'),
    ).toEqual([]);
  });

  it('includes made-up numbers of the same shape in a test plan', () => {
    const plan = 'Sandbox cases\n1. expired card: 4000 0000 0000 0069\n2. processing error: 4000 0000 0000 0119';
    expect(found(plan, 'CREDIT_CARD')).toEqual([]);
  });

  it('stay cards without a test or example cue', () => {
    expect(found('Please charge my card 5555 5555 5555 4444 for the deposit.', 'CREDIT_CARD')).toEqual([
      '5555 5555 5555 4444',
    ]);
    expect(found('Cobrad la reserva a mi tarjeta 6011 1111 1111 1117, gracias.', 'CREDIT_CARD')).toEqual([
      '6011 1111 1111 1117',
    ]);
  });

  it('leave a real-looking card in a test plan as it was', () => {
    const plan = 'QA note: the customer complaint used card 4539 1488 0343 6467 at checkout.';
    expect(found(plan, 'CREDIT_CARD')).toEqual(['4539 1488 0343 6467']);
  });
});

describe('documentation example IBANs presented as examples', () => {
  it('are nobody in a manual or a test fixture', () => {
    expect(found('For a UK example use GB82 WEST 1234 5698 7654 32 in the sandbox.', 'IBAN')).toEqual([]);
    expect(found('IBAN de ejemplo (manual SEPA): FR14 2004 1010 0505 0001 3M02 606', 'IBAN')).toEqual([]);
    expect(found('Test fixture: iban = "NL91ABNA0417164300"', 'IBAN')).toEqual([]);
  });

  it('stay IBANs without a cue, and other IBANs stay with one', () => {
    expect(found('Pay the deposit into GB82 WEST 1234 5698 7654 32 by Friday.', 'IBAN')).toEqual([
      'GB82 WEST 1234 5698 7654 32',
    ]);
    expect(found('Test refund went to my IBAN DE44 5001 0517 5407 3249 31 yesterday', 'IBAN')).toEqual([
      'DE44 5001 0517 5407 3249 31',
    ]);
  });
});

describe('fictional 555-01xx numbers presented as sample data', () => {
  it('are nobody in a sample record or a test fixture', () => {
    expect(found('Sample contact for the demo account: (312) 555-0148, ext. 12', 'PHONE')).toEqual([]);
    expect(found('Dummy data for the merge test\nphone: 646-555-0127   city: Springfield', 'PHONE')).toEqual([]);
    expect(found('Datos de ejemplo: teléfono +1 415 555 0163', 'PHONE')).toEqual([]);
  });

  it('stay phones when someone gives them as theirs', () => {
    expect(found('Call me on (312) 555-0148 after six.', 'PHONE')).toEqual(['(312) 555-0148']);
    expect(found('Her mobile is 646-555-0127; the blood test is on Monday.', 'PHONE')).toEqual(['646-555-0127']);
  });
});

describe('a year, a month and a serial', () => {
  it('number a contract or a file, not a line', () => {
    for (const t of ['Contrato n.º 2031-04-0172 firmado', 'Policy 2029/11/00815 renewed', 'Vertrag Nr. 2027.03.4410'])
      expect(found(t, 'PHONE'), t).toEqual([]);
  });
});
