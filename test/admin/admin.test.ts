import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { adminDashboardNotice, createAdminApp } from '../../src/admin/app.js';
import { createAuditLog } from '../../src/audit/log.js';
import { KeyStore } from '../../src/auth/key-store.js';
import { policySchema } from '../../src/config/schema.js';
import { makeEvent } from '../audit/events.js';
import { tempDb } from '../audit/temp-db.js';

const TOKEN = 'admin-token-for-tests-0123456789';
const ORIGIN = 'http://localhost';

async function setup() {
  const { db } = tempDb();
  const keys = new KeyStore(db);
  const policies = new Map([
    ['default', policySchema.parse({ team: 'default' })],
    ['claims', policySchema.parse({ team: 'claims', actions: { CREDIT_CARD: 'block', EMAIL: 'pseudonymize' } })],
  ]);
  const audit = createAuditLog(db, { flushIntervalMs: 60_000 });
  audit.record(
    makeEvent({
      requestId: 'with-card',
      team: 'claims',
      route: 'blocked',
      status: 403,
      findings: [{ label: 'CREDIT_CARD', type: 'VISA', count: 1, detectors: ['luhn'], action: 'block' }],
    }),
  );
  audit.record(makeEvent({ requestId: 'with-email', team: '<script>alert(1)</script>' }));
  await audit.flush();
  const app = new Hono();
  app.route(
    '/admin',
    createAdminApp({
      db,
      keys,
      policies,
      adminToken: TOKEN,
      audit,
      health: () => ({ ready: false, checks: { audit: 'ok', 'openai:openai': 'set OPENAI_API_KEY' } }),
    }),
  );
  const request = (path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init);
  return { app, db, keys, audit, request };
}

async function login(request: (path: string, init?: RequestInit) => Response | Promise<Response>) {
  const res = await request('/admin/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    body: new URLSearchParams({ token: TOKEN }).toString(),
  });
  expect(res.status).toBe(303);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const overview = await request('/admin', { headers: { cookie } });
  const csrf = /name="csrf" value="([^"]+)"/.exec(await overview.text())?.[1] ?? '';
  return { cookie, csrf, setCookie: res.headers.get('set-cookie') ?? '' };
}

function form(cookie: string, fields: Record<string, string>, origin: string | null = ORIGIN): RequestInit {
  const headers: Record<string, string> = { cookie, 'content-type': 'application/x-www-form-urlencoded' };
  if (origin) headers.origin = origin;
  return { method: 'POST', headers, body: new URLSearchParams(fields).toString() };
}

describe('admin dashboard', () => {
  it('is off without a strong enough VEIL_ADMIN_TOKEN and says why', async () => {
    expect(adminDashboardNotice(undefined)).toMatch(/set VEIL_ADMIN_TOKEN/);
    expect(adminDashboardNotice('short')).toMatch(/shorter than 16/);
    expect(adminDashboardNotice(TOKEN)).toBeUndefined();
    const { db } = tempDb();
    const app = new Hono();
    app.route(
      '/admin',
      createAdminApp({
        db,
        keys: new KeyStore(db),
        policies: new Map(),
        adminToken: undefined,
        health: () => ({ ready: true, checks: {} }),
      }),
    );
    expect((await app.request('/admin/login')).status).toBe(404);
  });

  it('renders every page of an empty log', async () => {
    const { db } = tempDb();
    const app = new Hono();
    app.route(
      '/admin',
      createAdminApp({
        db,
        keys: new KeyStore(db),
        policies: new Map([['default', policySchema.parse({ team: 'default' })]]),
        adminToken: TOKEN,
        health: () => ({ ready: true, checks: {} }),
      }),
    );
    const request = (path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init);
    const { cookie } = await login(request);
    for (const path of [
      '/admin',
      '/admin?range=30d',
      '/admin/requests',
      '/admin/policies',
      '/admin/keys',
      '/admin/health?verify=1',
    ]) {
      const res = await request(path, { headers: { cookie } });
      expect(res.status, path).toBe(200);
    }
    expect(await (await request('/admin', { headers: { cookie } })).text()).toContain('No findings in this period.');
  });

  it('logs in with the token into an HttpOnly SameSite=Strict session and refuses a wrong one', async () => {
    const { request } = await setup();
    const first = await request('/admin');
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/admin/login');
    const wrong = await request('/admin/login', form('', { token: 'nope' }));
    expect(wrong.status).toBe(401);
    const { setCookie } = await login(request);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/admin/);
    expect(setCookie).not.toContain(TOKEN);
  });

  it('slows down token guessing', async () => {
    const { request } = await setup();
    for (let i = 0; i < 10; i++)
      expect((await request('/admin/login', form('', { token: `guess-${i}` }))).status).toBe(401);
    expect((await request('/admin/login', form('', { token: TOKEN }))).status).toBe(429);
  });

  it('sends secure headers and never caches pages', async () => {
    const { request } = await setup();
    const res = await request('/admin/login');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('shows the overview, filters the request log by label and opens a detail view', async () => {
    const { request } = await setup();
    const { cookie } = await login(request);
    const overview = await (await request('/admin', { headers: { cookie } })).text();
    expect(overview).toContain('Requests over time by route');
    expect(overview).toMatch(/CREDIT_CARD/);
    const filtered = await (await request('/admin/requests?label=CREDIT_CARD', { headers: { cookie } })).text();
    expect(filtered).toContain('data-request-id="with-card"');
    expect(filtered).not.toContain('data-request-id="with-email"');
    const all = await (await request('/admin/requests', { headers: { cookie } })).text();
    expect(all).toContain('&lt;script&gt;');
    expect(all).not.toContain('<script>');
    const detail = await (await request('/admin/requests/1', { headers: { cookie } })).text();
    expect(detail).toContain('Request with-card');
    expect(detail).toMatch(/<td>VISA<\/td>/);
    expect((await request('/admin/requests/999', { headers: { cookie } })).status).toBe(404);
    const bad = await request('/admin/requests?from=yesterday', { headers: { cookie } });
    expect(bad.status).toBe(400);
  });

  it('filters the request log by image findings, offered in the label list', async () => {
    const { request, audit } = await setup();
    audit.record(
      makeEvent({
        requestId: 'with-images',
        team: 'claims',
        route: 'local',
        findings: [{ label: 'IMAGE', type: 'IMAGE', count: 2, detectors: ['parser'], action: 'local' }],
      }),
    );
    await audit.flush();
    const { cookie } = await login(request);
    const page = await (await request('/admin/requests', { headers: { cookie } })).text();
    expect(page).toContain('<option value="IMAGE">IMAGE</option>');
    const images = await (await request('/admin/requests?label=IMAGE', { headers: { cookie } })).text();
    expect(images).toContain('data-request-id="with-images"');
    expect(images).not.toContain('data-request-id="with-card"');
    expect(images).not.toContain('data-request-id="with-email"');
    expect(images).toContain('<option value="IMAGE" selected="">IMAGE</option>');
  });

  it('shows each policy in words and the health of the gateway', async () => {
    const { request } = await setup();
    const { cookie } = await login(request);
    const policies = await (await request('/admin/policies', { headers: { cookie } })).text();
    expect(policies).toContain('id="policy-claims"');
    expect(policies).toMatch(/enforce mode/);
    const health = await (await request('/admin/health?verify=1', { headers: { cookie } })).text();
    expect(health).toContain('set OPENAI_API_KEY');
    expect(health).toMatch(/Chain intact: 2 records verified/);
  });

  it('creates and revokes keys only with the CSRF token and a same-origin request', async () => {
    const { request, keys } = await setup();
    const { cookie, csrf } = await login(request);
    expect(csrf).not.toBe('');
    const noOrigin = await request('/admin/keys', form(cookie, { csrf, team: 'claims' }, null));
    expect(noOrigin.status).toBe(403);
    const otherSite = await request('/admin/keys', form(cookie, { csrf, team: 'claims' }, 'http://evil.example'));
    expect(otherSite.status).toBe(403);
    const noToken = await request('/admin/keys', form(cookie, { team: 'claims' }));
    expect(noToken.status).toBe(403);
    expect(keys.list()).toHaveLength(0);

    const created = await request('/admin/keys', form(cookie, { csrf, team: 'claims', label: 'laptop' }));
    expect(created.status).toBe(201);
    const key = /(veil_[a-z0-9]{12}_[A-Za-z0-9_-]{43})/.exec(await created.text())?.[1] ?? '';
    expect(keys.verify(key)?.team).toBe('claims');
    const id = keys.list()[0]?.id ?? '';
    const listed = await (await request('/admin/keys', { headers: { cookie } })).text();
    expect(listed).toContain(`data-key-id="${id}"`);
    expect(listed).not.toContain(key);

    const unknownTeam = await request('/admin/keys', form(cookie, { csrf, team: 'nobody' }));
    expect(unknownTeam.status).toBe(400);
    expect((await request(`/admin/keys/${id}/revoke`, form(cookie, { csrf }))).status).toBe(200);
    expect(keys.verify(key)).toBeUndefined();
    expect((await request(`/admin/keys/${id}/revoke`, form(cookie, { csrf }))).status).toBe(404);
  });

  it('logs out on a POST with the CSRF token', async () => {
    const { request } = await setup();
    const { cookie, csrf } = await login(request);
    expect((await request('/admin/logout', form(cookie, { csrf }))).status).toBe(303);
    expect((await request('/admin', { headers: { cookie } })).status).toBe(302);
  });

  it('serves the audit JSON API to a session or the bearer token, with filters and pages', async () => {
    const { request } = await setup();
    expect((await request('/admin/api/audit')).status).toBe(401);
    expect((await request('/admin/api/audit', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const auth = { headers: { authorization: `Bearer ${TOKEN}` } };
    const page = (await (await request('/admin/api/audit?limit=1', auth)).json()) as {
      records: { requestId: string }[];
      nextCursor?: string;
    };
    expect(page.records.map((r) => r.requestId)).toEqual(['with-email']);
    const next = (await (await request(`/admin/api/audit?limit=1&cursor=${page.nextCursor}`, auth)).json()) as {
      records: { requestId: string }[];
    };
    expect(next.records.map((r) => r.requestId)).toEqual(['with-card']);
    const blocked = (await (await request('/admin/api/audit?route=blocked&status=4xx&team=claims', auth)).json()) as {
      records: unknown[];
    };
    expect(blocked.records).toHaveLength(1);
    const bad = await request('/admin/api/audit?limit=0', auth);
    expect(bad.status).toBe(400);
    expect(((await (await request('/admin/api/audit/1', auth)).json()) as { requestId: string }).requestId).toBe(
      'with-card',
    );
    const overview = (await (await request('/admin/api/overview?range=7d', auth)).json()) as { total: number };
    expect(overview.total).toBe(2);
    const { cookie } = await login(request);
    expect((await request('/admin/api/health', { headers: { cookie } })).status).toBe(200);
    const csv = await request('/admin/api/export?format=csv&label=CREDIT_CARD', { headers: { cookie } });
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="veil-audit-.*\.csv"/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('with-card');
  });
});
