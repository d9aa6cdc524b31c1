import { Hono } from 'hono';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyParts } from '../../src/auth/key-store.js';
import { log } from '../../src/log.js';
import { accessLog } from '../../src/security/access-log.js';
import { startRig, type TestRig } from '../support/gateway.js';
import '../../src/http/context.js';

/** Everything written to the logger's destination, stdout, stderr and the console while `fn` runs. */
async function capture(fn: () => Promise<void>): Promise<string> {
  const out: string[] = [];
  const stream = (log as unknown as Record<symbol, { write: (s: string) => boolean }>)[pino.symbols.streamSym]!;
  const original = { write: stream.write, stdout: process.stdout.write, stderr: process.stderr.write };
  const level = log.level;
  const consoleError = console.error;
  const consoleLog = console.log;
  const consoleWarn = console.warn;
  const keep = (...args: unknown[]) => {
    out.push(args.map(String).join(' '));
    return true;
  };
  log.level = 'trace';
  stream.write = (s: string) => keep(s);
  process.stdout.write = keep as typeof process.stdout.write;
  process.stderr.write = keep as typeof process.stderr.write;
  console.error = keep;
  console.log = keep;
  console.warn = keep;
  try {
    await fn();
  } finally {
    log.level = level;
    stream.write = original.write;
    process.stdout.write = original.stdout;
    process.stderr.write = original.stderr;
    console.error = consoleError;
    console.log = consoleLog;
    console.warn = consoleWarn;
  }
  return out.join('\n');
}

const CARD = '4111 1111 1111 1111';
const EMAIL = 'maria.lopez@example.com';
const CLIENT_PROVIDER_KEY = 'sk-client-own-provider-key-0123456789';

describe('credentials and request content never reach the logs', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig({ env: { OPENAI_API_KEY: 'sk-upstream-secret-in-env-42' } });
  });
  afterAll(() => rig.close());

  it('logs nothing of keys, provider keys or prompts across answers, errors and upstream failures', async () => {
    const prompt = `Charge card ${CARD} and mail ${EMAIL}`;
    const body = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] };
    const text = await capture(async () => {
      const headers = { 'x-provider-key': CLIENT_PROVIDER_KEY, 'proxy-authorization': 'Basic c2VjcmV0' };
      await (await rig.post('/v1/chat/completions', body, headers)).text();
      await (await rig.post('/v1/chat/completions', { ...body, stream: true }, headers)).text();
      await (await rig.post('/v1/chat/completions', `{"model": "${CARD}", `)).text();
      await (await rig.post('/v1/chat/completions', { model: 'x', messages: [{ role: 'user', content: 5 }] })).text();
      const wrongKey = `${rig.key.slice(0, -4)}AAAA`;
      await (await rig.post('/v1/chat/completions', body, { authorization: `Bearer ${wrongKey}` })).text();
      rig.upstream.set({ status: 500 });
      await (await rig.post('/v1/chat/completions', body)).text();
      rig.upstream.set({ rawBody: `{"leak": "${EMAIL}"` });
      await (await rig.post('/v1/chat/completions', body)).text();
      rig.upstream.set({});
      await rig.gateway.audit.flush();
      // Control: the capture sees the logger, and its redaction covers a header object.
      log.info({ headers: { authorization: 'Bearer control-secret' } }, 'capture-control');
    });
    expect(text).toContain('capture-control');
    expect(text).not.toContain('control-secret');
    for (const secret of [
      rig.key,
      keyParts(rig.key)?.secret as string,
      'sk-upstream-secret-in-env-42',
      CLIENT_PROVIDER_KEY,
      'c2VjcmV0',
      CARD,
      CARD.replace(/ /g, ''),
      EMAIL,
      'Charge card',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('the access log line has the request id, status and team, and no header or body', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (s: string) => lines.push(s) });
    const app = new Hono();
    app.use(async (c, next) => {
      c.set('requestId', 'req-123');
      c.set('auth', { team: 'payments', keyId: 'abc123def456', policy: {} as never });
      await next();
    });
    app.use(accessLog({ logger }));
    app.post('/v1/chat/completions', async (c) => c.json({ echoed: (await c.req.text()).length }));
    await app.request('/v1/chat/completions?token=querysecret', {
      method: 'POST',
      headers: { authorization: 'Bearer veil_secretkey', cookie: 'sid=cookiesecret' },
      body: `{"content":"${EMAIL}"}`,
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      requestId: 'req-123',
      method: 'POST',
      path: '/v1/chat/completions',
      status: 200,
      team: 'payments',
      keyId: 'abc123def456',
    });
    for (const s of ['veil_secretkey', 'cookiesecret', 'querysecret', EMAIL]) expect(lines[0]).not.toContain(s);
  });
});
