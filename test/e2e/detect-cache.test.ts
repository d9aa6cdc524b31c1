import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';

/**
 * A chat resends its history every turn. The detection cache must answer those repeated messages with the same
 * findings, so the second turn forwards the same placeholders and never the values, and count its hits.
 */
const CARD = '4111 1111 1111 1111';
const FIRST = `Hello, I am Laura Gómez and my card ${CARD} was charged twice for the same order last week.`;
const SECOND = 'Could you also draft a short apology note that our support team can send with the refund?';

let rig: TestRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

async function cacheLookups(): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(rig.url('/metrics'))).text();
  const read = (result: string) =>
    Number(new RegExp(`^veil_detect_cache_lookups\\{result="${result}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { hit: read('hit'), miss: read('miss') };
}

describe('detection cache in the running gateway', () => {
  it('pseudonymizes a resent message the same way and counts it as a hit', async () => {
    const before = await cacheLookups();
    const turn1 = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: FIRST }] };
    expect((await rig.post('/v1/chat/completions', turn1)).status).toBe(200);
    const turn2 = {
      model: 'gpt-4o-mini',
      messages: [
        { role: 'user', content: FIRST },
        { role: 'assistant', content: 'I am sorry to hear that, Laura. I can help with the refund.' },
        { role: 'user', content: SECOND },
      ],
    };
    expect((await rig.post('/v1/chat/completions', turn2)).status).toBe(200);
    const [sent1, sent2] = rig.upstream.requests.map((r) => r.json as { messages: { content: string }[] });
    expect(sent1?.messages[0]?.content).not.toContain('4111');
    expect(sent1?.messages[0]?.content).toContain('<CREDIT_CARD_1>');
    expect(sent2?.messages[0]?.content).toBe(sent1?.messages[0]?.content);
    const after = await cacheLookups();
    expect(after.hit - before.hit).toBe(1);
    // turn 1's message and turn 2's new one; the assistant's short answer is under minChars and never cached
    expect(after.miss - before.miss).toBe(2);
  });
});
