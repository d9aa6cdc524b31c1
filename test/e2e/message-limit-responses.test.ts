import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { responsesItem, responsesObject } from '../support/sdk-sse.js';

/** VEIL_LIMIT_MAX_MESSAGES bounds a Responses request's input items as it bounds chat messages. */
describe('message limit on /v1/responses', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig({ rulesDir: shippedRulesWithSlackTimeout(), env: { VEIL_LIMIT_MAX_MESSAGES: '3' } });
  });
  afterAll(async () => rig.close());
  beforeEach(() => rig.upstream.reset());

  const input = (n: number) => Array.from({ length: n }, (_, i) => ({ role: 'user', content: `step ${i}` }));

  it('refuses more input items than the limit with 400 too_many_messages and sends nothing', async () => {
    const res = await rig.post('/v1/responses', { model: 'gpt-4o-mini', input: input(4) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; param: string } };
    expect([body.error.code, body.error.param]).toEqual(['too_many_messages', 'input']);
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('forwards a request at the limit, and chat is still counted by its messages', async () => {
    rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['ok'] }, 0)])) });
    expect((await rig.post('/v1/responses', { model: 'gpt-4o-mini', input: input(3) })).status).toBe(200);
    expect(rig.upstream.requests).toHaveLength(1);
    rig.upstream.reset();
    const chat = await rig.post('/v1/chat/completions', { model: 'gpt-4o-mini', messages: input(4) });
    expect(chat.status).toBe(400);
    expect(rig.upstream.requests).toHaveLength(0);
  });
});
