import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README's first command, `npm start`, as a user runs it: it builds, serves, and a SIGTERM sent to npm (what a
 * terminal, a process manager or a container runtime sends) reaches the gateway, which closes gracefully. npm runs
 * a script through `sh -c`, and sh does not pass a signal on to its child: without `exec` in the start script the
 * gateway was left running, orphaned, and its audit log was never flushed.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');

describe('npm start', () => {
  it('serves, and a SIGTERM to npm shuts the gateway down gracefully', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veil-npm-start-'));
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      // The gateway logs nothing under vitest unless told to; its log lines are what this test reads.
      env: {
        ...process.env,
        VEIL_LOG_LEVEL: 'info',
        PORT: '0',
        HOST: '127.0.0.1',
        VEIL_DB: join(dir, 'veil.db'),
        OPENAI_API_KEY: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    npm.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    npm.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const exited = new Promise<number | null>((done) => npm.on('exit', (code) => done(code)));
    try {
      const deadline = Date.now() + 150_000;
      let url: string | undefined;
      while (!url && Date.now() < deadline) {
        url = /Veil listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
        if (!url) await new Promise((r) => setTimeout(r, 200));
      }
      expect(url, out.slice(-2000)).toBeDefined();
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);

      npm.kill('SIGTERM');
      await exited;
      expect(out).toMatch(/"signal":"SIGTERM".*shutting down/);
      // The gateway itself is gone, not only npm: nothing answers on its port any more.
      await expect(fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
