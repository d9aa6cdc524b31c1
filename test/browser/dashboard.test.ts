import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'browser-test-admin-token-0123456789';
const OUTPUT = resolve(import.meta.dirname, '..', '..', 'test-output');
const available = existsSync(CHROMIUM);
// Outside CI a machine without Debian's Chromium skips, and says so in the test name; in CI it must run.
const skip = !available && !process.env.CI;
const title = skip
  ? `dashboard in Chromium (SKIPPED: ${CHROMIUM} is missing; apt-get install chromium)`
  : 'dashboard in Chromium';

describe.skipIf(skip)(title, () => {
  let rig: TestRig;
  let dashboard: string;
  let context: BrowserContext;
  let profile: string;
  const cardRequests: string[] = [];
  const otherRequests: string[] = [];

  beforeAll(async () => {
    rig = await startRig({ env: { VEIL_ADMIN_TOKEN: TOKEN } });
    const send = async (content: string) => {
      const res = await rig.post('/v1/chat/completions', {
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content }],
      });
      await res.arrayBuffer();
      return res.headers.get('x-veil-request-id') ?? '';
    };
    cardRequests.push(await send('Charge 4111 1111 1111 1111 for the order, please.'));
    cardRequests.push(await send('Refund card 5500 0055 5555 5559 today.'));
    otherRequests.push(await send('Write to ana.garcia@example.com about the invoice.'));
    otherRequests.push(await send('What is the capital of France?'));
    await rig.gateway.audit.flush();
    dashboard = `${rig.gateway.url}/admin`;
    profile = mkdtempSync(join(tmpdir(), 'veil-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await rig?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('logs in, sees the test requests, filters them by label and opens a detail view', async () => {
    expect(cardRequests.every((id) => id !== '')).toBe(true);
    const page = await context.newPage();
    await page.goto(dashboard);
    expect(page.url()).toMatch(/\/admin\/login$/);
    await page.fill('#token', TOKEN);
    await Promise.all([page.waitForURL(/\/admin$/), page.click('button[type=submit]')]);
    expect(await page.textContent('#total .value')).toBe('4');

    await Promise.all([page.waitForURL(/\/admin\/requests$/), page.click('header a:has-text("Requests")')]);
    await page.waitForSelector('#requests tbody');
    const listed = await page
      .locator('#requests tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-request-id')));
    expect(listed).toEqual(expect.arrayContaining([...cardRequests, ...otherRequests]));

    await page.selectOption('select[name=label]', 'CREDIT_CARD');
    await Promise.all([page.waitForURL(/label=CREDIT_CARD/), page.click('form.filters button[type=submit]')]);
    const shown = await page
      .locator('#requests tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-request-id')));
    expect(shown.sort()).toEqual([...cardRequests].sort());

    await page.click(`tr[data-request-id="${cardRequests[0]}"] a`);
    await page.waitForSelector('#detail');
    expect(await page.textContent('h1')).toContain(cardRequests[0]);
    expect(await page.textContent('#findings')).toContain('CREDIT_CARD');
    const html = await page.content();
    // The card in any written form; not the bare digits '4111', which the page's random hashes, CSRF token and
    // request ids hold by chance (a record hash '...a864111143...' failed this test once on a clean clone).
    for (const card of ['4111 1111 1111 1111', '4111111111111111', '4111-1111', '1111 1111 1111']) {
      expect(html).not.toContain(card);
    }

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'dashboard-detail.png'), fullPage: true });
    await page.goto(dashboard);
    await page.screenshot({ path: join(OUTPUT, 'dashboard-overview.png'), fullPage: true });
  }, 90_000);

  it('creates and revokes a key through the forms (the browser passes the CSRF checks)', async () => {
    const page = await context.newPage();
    await page.goto(`${dashboard}/keys`);
    const before = await page.locator('#keys tbody tr').count();
    await page.selectOption('select[name=team]', 'default');
    await page.fill('input[name=label]', 'browser test');
    await Promise.all([page.waitForSelector('#created-key'), page.click('button:has-text("Create key")')]);
    const key = ((await page.textContent('#created-key .secret')) ?? '').trim();
    expect(rig.gateway.keys.verify(key)?.team).toBe('default');
    expect(await page.locator('#keys tbody tr').count()).toBe(before + 1);
    const id = key.split('_')[1] ?? '';
    await Promise.all([
      page.waitForSelector('p.notice'),
      page.click(`tr[data-key-id="${id}"] button:has-text("Revoke")`),
    ]);
    expect(rig.gateway.keys.verify(key)).toBeUndefined();
    const res = await rig.post(
      '/v1/chat/completions',
      { model: 'gpt-4o-mini', messages: [] },
      { authorization: `Bearer ${key}` },
    );
    expect(res.status).toBe(401);
    await res.arrayBuffer();
  }, 60_000);
});
