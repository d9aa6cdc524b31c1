import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';

/**
 * Through the real server: a request carrying an image is forwarded (the shipped images: allow), recorded with
 * IMAGE=1, and the security team finds it in the dashboard's request log by filtering on IMAGE.
 */
const TOKEN = 'dashboard-token-for-e2e-0123456789';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('dashboard: filtering the request log by image findings', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig({ rulesDir: shippedRulesWithSlackTimeout(), env: { VEIL_ADMIN_TOKEN: TOKEN } });
  });
  afterAll(async () => rig.close());

  it('lists the request with an image and not the one without', async () => {
    const withImage = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'what is on this receipt' },
            { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
          ],
        },
      ],
    });
    expect(withImage.status).toBe(200);
    expect(withImage.headers.get('x-veil-findings')).toBe('IMAGE=1');
    expect(rig.upstream.requests[0]?.body).toContain(PNG);
    const plain = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'and the total?' }],
    });
    expect(plain.status).toBe(200);
    await rig.gateway.audit.flush();

    const login = await fetch(rig.url('/admin/login'), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: rig.gateway.url },
      body: new URLSearchParams({ token: TOKEN }).toString(),
    });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = await (await fetch(rig.url('/admin/requests?label=IMAGE'), { headers: { cookie } })).text();
    expect(page).toContain(`data-request-id="${withImage.headers.get('x-veil-request-id')}"`);
    expect(page).not.toContain(`data-request-id="${plain.headers.get('x-veil-request-id')}"`);
    expect(page).not.toContain(PNG);
  });
});
