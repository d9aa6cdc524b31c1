import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/audit/verify.js';
import { KeyStore } from '../../src/auth/key-store.js';
import { openDb } from '../../src/store/db.js';
import { startMockUpstream } from '../support/mock-upstream.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`veil serve did not start: ${seen.slice(-500)}`)), 90_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /Veil listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`veil serve exited with ${code}: ${seen.slice(-500)}`)));
  });
}

describe('veil serve and SIGTERM', () => {
  it('flushes one audit record per answered request when the process is told to stop', {
    timeout: 150_000,
  }, async () => {
    const upstream = await startMockUpstream();
    upstream.set({ delayMs: 60 });
    const dbPath = join(mkdtempSync(join(tmpdir(), 'veil-sigterm-')), 'veil.db');
    const setup = openDb(dbPath);
    const key = new KeyStore(setup).create('default').key;
    setup.close();

    // node --import tsx: one process, so SIGTERM reaches the gateway itself rather than a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        VITEST: '',
        VEIL_LOG_LEVEL: 'info',
        PORT: '0',
        HOST: '127.0.0.1',
        VEIL_DB: dbPath,
        VEIL_RULES: join(ROOT, 'rules'),
        OPENAI_BASE_URL: upstream.url,
        OPENAI_API_KEY: 'sk-upstream-test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const url = await listeningUrl(child);

    let answered = 0;
    let stop = false;
    const client = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              model: 'gpt-4o-mini',
              messages: [{ role: 'user', content: 'Mail ana@example.com' }],
            }),
          });
          answered += 1;
          await res.arrayBuffer().catch(() => undefined);
        } catch {
          return;
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    for (let waited = 0; answered < 8 && waited < 60_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    stop = true;
    child.kill('SIGTERM');
    await Promise.all(clients);
    expect(await exited).toBe(0);
    await upstream.close();

    const db = openDb(dbPath);
    const stored = db.prepare('SELECT COUNT(*) AS n FROM audit_records').get() as { n: number };
    expect(answered).toBeGreaterThanOrEqual(8);
    expect(stored.n).toBe(answered);
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: answered });
    db.close();
  });
});
