import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';

interface Row {
  request_id: string;
  status: number;
  route: string;
  error: string | null;
  team: string | null;
}

/** Every request under /v1 leaves one audit record, including those refused before inspection. */
describe('one audit record per request', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  it('records answered, refused and failed requests with their request id', async () => {
    const ids: string[] = [];
    const ok = await rig.post('/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: 'hi' }] });
    ids.push(ok.headers.get('x-veil-request-id') ?? '');
    const badJson = await rig.post('/v1/chat/completions', '{nope');
    ids.push(badJson.headers.get('x-veil-request-id') ?? '');
    const noKey = await fetch(rig.url('/v1/embeddings'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    ids.push(noKey.headers.get('x-veil-request-id') ?? '');
    expect([ok.status, badJson.status, noKey.status]).toEqual([200, 400, 401]);
    await rig.gateway.audit.flush();

    const rows = rig.gateway.db
      .prepare('SELECT request_id, status, route, error, team FROM audit_records ORDER BY seq')
      .all() as Row[];
    expect(rows.map((r) => r.request_id)).toEqual(ids);
    expect(rows[0]).toMatchObject({ status: 200, route: 'cloud', error: null, team: 'default' });
    expect(rows[1]).toMatchObject({ status: 400, route: 'error', error: 'invalid_json', team: 'default' });
    expect(rows[2]).toMatchObject({ status: 401, route: 'error', error: 'missing_api_key', team: null });
    // The client's address as the socket saw it (answered requests carry it).
    const ip = rig.gateway.db.prepare('SELECT client_ip FROM audit_records WHERE request_id = ?').get(ids[0]);
    expect(ip).toEqual({ client_ip: expect.stringMatching(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/) });
  });

  it('POST /v1/detect returns findings with offsets and forwards nothing', async () => {
    const text = 'Mail ana@example.org now';
    const res = await rig.post('/v1/detect', { text });
    expect(res.status).toBe(200);
    const { findings } = (await res.json()) as { findings: { start: number; end: number; label: string }[] };
    const email = findings.find((f) => f.label === 'EMAIL');
    expect(email && text.slice(email.start, email.end)).toBe('ana@example.org');
    expect(rig.upstream.requests.filter((r) => r.path.endsWith('/detect'))).toHaveLength(0);
    expect((await rig.post('/v1/detect', { text: 5 })).status).toBe(400);
  });
});
