import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);

/** Keys a provider issues to be embedded in web pages are public by design; their secret twins stay reported. */
describe('publishable keys', () => {
  it('leaves publishable keys and keeps the secret key beside them', () => {
    const text = `payments:
  secret_key: sk_live_51Hx9QpLmZ2vR8tYc4NwKe7Ja3
  publishable_key: pk_live_51Hx9QpLmZ2vR8tYc4NwKe7Jb5Tz
STRIPE_PUBLISHABLE_KEY=pk_test_51Kq2Wn8RtY6uIo0PlMnBv3Cx
NEXT_PUBLIC_POSTHOG_KEY=phc_8Qw2Er4Ty6Ui8Op0AsDfGhJkLz
razorpay_key_id = "rzp_live_Kq2Wn8RtY6uIo0"
razorpay_key_secret = "Vb7Nm3Qw9Er1Ty5Ui8OpAs2D"`;
    expect(secrets(text)).toEqual(['sk_live_51Hx9QpLmZ2vR8tYc4NwKe7Ja3', 'Vb7Nm3Qw9Er1Ty5Ui8OpAs2D']);
  });
});
