// The real gateway as a process of its own: a temp database, a key made with keys.create, OPENAI_BASE_URL at
// the mock. Argument 1: the upstream base URL; argument 2: `dist` (built JS, plain node) or `src` (TypeScript,
// started with `node --import tsx`); argument 3: `plumbing` swaps the detection engine for one that finds
// nothing, so the gateway's own cost (auth, parsing, policy, relay, audit, logs, metrics) is measured alone.
// Plain JavaScript so that the dist run has no loader in the process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { profileOnSignal } from './signal-profiler.mjs';

const upstreamUrl = process.argv[2] ?? '';
const from = process.argv[3] === 'dist' ? 'dist/gateway.js' : 'src/gateway.ts';
const plumbingOnly = process.argv[4] === 'plumbing';
const root = resolve(import.meta.dirname, '..', '..');
const { startGateway } = await import(pathToFileURL(join(root, from)).href);

const dir = mkdtempSync(join(tmpdir(), 'veil-bench-'));
const gateway = await startGateway({
  port: 0,
  host: '127.0.0.1',
  rulesDir: join(root, 'rules'),
  dbPath: join(dir, 'veil.db'),
  env: { OPENAI_BASE_URL: upstreamUrl, OPENAI_API_KEY: 'sk-bench-upstream' },
  detector: plumbingOnly ? { detect: () => [] } : undefined,
});
const key = gateway.keys.create('bench').key;
process.stdout.write(`BENCH_READY ${JSON.stringify({ url: gateway.url, key })}\n`);
// BENCH_PROFILE=<file>: SIGUSR2 starts the V8 sampling profiler, SIGTERM writes the profile.
const stopProfile = await profileOnSignal();

process.on('SIGTERM', async () => {
  await stopProfile();
  void gateway.close().finally(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
});
