import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';

/** Surrogate mode, a masking team and monitor mode, end to end through the real detector. */
const EMAIL = 'alice.smith@acme-corp.com';
const CARD = '4111 1111 1111 1111';
const IBAN = 'DE89 3704 0044 0532 0130 00';
const PROMPT = `Write to ${EMAIL} about card ${CARD} and IBAN ${IBAN}, then write to ${EMAIL} again.`;
const VALUES = [EMAIL, CARD, '4111111111111111', IBAN, 'DE89370400440532013000'];

const chat = (stream = false) => ({ model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content: PROMPT }] });

function firstMessage(json: unknown): string {
  const body = json as { messages?: { content?: string }[] } | undefined;
  return body?.messages?.[0]?.content ?? '';
}

function streamedContent(body: string): string {
  return body
    .split('\n\n')
    .filter((e) => e.startsWith('data: {'))
    .map((e) => (JSON.parse(e.slice(6)) as { choices: { delta?: { content?: string } }[] }).choices[0]?.delta?.content)
    .join('');
}

describe('surrogate mode', () => {
  let rig: TestRig;
  beforeAll(async () => {
    const rulesDir = shippedRulesWithSlackTimeout({
      'default.yaml': (yaml) => yaml.replace('pseudonyms: placeholders', 'pseudonyms: surrogates'),
    });
    rig = await startRig({ rulesDir });
  });
  afterAll(() => rig.close());

  it('sends realistic fakes upstream and restores them in JSON and streamed answers', async () => {
    const res = await rig.post('/v1/chat/completions', chat());
    const sent = rig.upstream.requests[0];
    for (const value of VALUES) expect(sent?.body.includes(value)).toBe(false);
    const forwarded = firstMessage(sent?.json);
    // Fakes, not placeholders: an e-mail address, a card-shaped number, an IBAN of the same country.
    expect(forwarded).not.toMatch(/<[A-Z_]+_\d+>/);
    expect(forwarded).toMatch(
      /Write to [a-z.]+\d+@example\.(com|org|net) about card \d{4} \d{4} \d{4} \d{4} and IBAN DE\d\d/,
    );
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toBe(PROMPT);

    rig.upstream.set({ chunkSize: 3 });
    const streamed = await rig.post('/v1/chat/completions', chat(true));
    expect(streamedContent(await streamed.text())).toBe(PROMPT);
  });
});

describe('a masking team (engineering)', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig({ team: 'engineering', rulesDir: shippedRulesWithSlackTimeout() });
  });
  afterAll(() => rig.close());

  it('masks cards and IBANs for good and pseudonymizes the e-mail', async () => {
    const res = await rig.post('/v1/chat/completions', chat());
    expect(res.headers.get('x-veil-policy')).toBe('engineering');
    const sent = rig.upstream.requests[0];
    for (const value of VALUES) expect(sent?.body.includes(value)).toBe(false);
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toBe(
      `Write to ${EMAIL} about card [CREDIT_CARD ****1111] and IBAN [IBAN ****3000], then write to ${EMAIL} again.`,
    );
  });
});

describe('monitor mode', () => {
  let rig: TestRig;
  beforeAll(async () => {
    const rulesDir = shippedRulesWithSlackTimeout({
      'default.yaml': (yaml) => yaml.replace('mode: enforce', 'mode: monitor'),
    });
    rig = await startRig({ rulesDir });
  });
  afterAll(() => rig.close());

  it('forwards unchanged, even a secret, and says what enforce would have done', async () => {
    const prompt = `${PROMPT} Key AKIAQ3EGUWD5RB7XK2NP.`;
    const res = await rig.post('/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: prompt }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    expect(res.headers.get('x-veil-findings')).toContain('SECRET');
    expect(firstMessage(rig.upstream.requests[0]?.json)).toBe(prompt);
  });
});
