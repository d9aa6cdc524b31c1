import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string) => spansOf(engine, text, ['CREDIT_CARD', 'NATIONAL_ID', 'BANK_ACCOUNT']);

/** A gateway's published sandbox card written in code or config is a fixture (documented-samples.ts 'test-card'). */
describe('published test cards in code', () => {
  it('drops a sandbox card written as a literal or a config value in a script', () => {
    const script = `import requests
payload = {"amount": 1999, "card": "5555555555554444", "cvc": "321"}
resp = requests.post(BASE + "/charge", json=payload)
print(resp.status_code)`;
    const config = `checkout:
  retries: 3
  card_number: 4000056655665556
  expiry: 11/31`;
    expect(found(script)).toEqual([]);
    expect(found(config)).toEqual([]);
  });

  it("keeps a card someone calls theirs, and a form's label", () => {
    expect(found('Hi, my card 4111 1111 1111 1111 was charged twice.\nCan you refund it?\nThanks')).toEqual([
      '4111 1111 1111 1111',
    ]);
    expect(found('Payment form\nCard number: 5555 5555 5555 4444\nName on card: K. Osei')).toEqual([
      '5555 5555 5555 4444',
    ]);
  });

  it('keeps a card that is not published, even quoted in code', () => {
    const script = `payload = {
  "card": "4539578763621486",
}`;
    expect(found(script)).toEqual(['4539578763621486']);
  });
});
