import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { keyParts } from '../../src/auth/key-store.js';
import { startGateway } from '../../src/gateway.js';
import { startMockUpstream } from '../support/mock-upstream.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');

function veil(args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
}

describe('veil keys', () => {
  it('creates a key (last line alone), lists it without the secret, and revokes it', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'veil-keys-')), 'veil.db');
    const created = await veil(['keys', 'create', '--team', 'research'], { VEIL_DB: db });
    const lines = created.stdout.trim().split('\n');
    const key = lines[lines.length - 1] as string;
    expect(key).toMatch(/^veil_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const { id, secret } = keyParts(key) as { id: string; secret: string };

    const listed = await veil(['keys', 'list'], { VEIL_DB: db });
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('team=research');
    expect(listed.stdout).not.toContain(secret);

    const upstream = await startMockUpstream();
    const gateway = await startGateway({
      port: 0,
      dbPath: db,
      env: { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: 'sk-test' },
    });
    const ask = () =>
      fetch(`${gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
      });
    try {
      expect((await ask()).status).toBe(200);
      const revoked = await veil(['keys', 'revoke', id], { VEIL_DB: db });
      expect(revoked.stdout).toContain(`revoked ${id}`);
      // Another process revoked it: the gateway's verified-key cache trusts it for at most 5 s more.
      await expect.poll(async () => (await ask()).status, { timeout: 10_000, interval: 500 }).toBe(401);
      expect((await veil(['keys', 'list'], { VEIL_DB: db })).stdout).toMatch(/revoked \d{4}-/);
    } finally {
      await gateway.close();
      await upstream.close();
    }
    // Four CLI processes (each loads tsx) plus the 5 s key cache: 30 s was too tight on a loaded 2-core host.
  }, 60_000);

  it('refuses create without a team and revoke of an unknown id', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'veil-keys-')), 'veil.db');
    await expect(veil(['keys', 'create'], { VEIL_DB: db })).rejects.toMatchObject({ code: 2 });
    await expect(veil(['keys', 'revoke', 'nope'], { VEIL_DB: db })).rejects.toMatchObject({ code: 1 });
  });
});
