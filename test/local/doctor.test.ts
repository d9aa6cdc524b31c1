import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/cli/doctor.js';
import { openDb } from '../../src/store/db.js';
import { type TempModels, tempModels } from './support.js';

let root: TempModels;
let upstream: Server;
let upstreamUrl: string;
let deadUrl: string;
const seenAuthorization: (string | undefined)[] = [];

async function closedPort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

function writeRules(dir: string, models: string): void {
  mkdirSync(join(dir, 'policies'), { recursive: true });
  writeFileSync(
    join(dir, 'upstreams.yaml'),
    `upstreams:\n  up:\n    format: openai\n    base_url: ${upstreamUrl}\n    api_key: \${DOCTOR_TEST_KEY}\n  down:\n    format: openai\n    base_url: ${deadUrl}\n`,
  );
  writeFileSync(join(dir, 'policies', 'default.yaml'), 'team: default\nupstreams:\n  openai: up\n');
  writeFileSync(join(dir, 'models.yaml'), models);
}

beforeAll(async () => {
  root = tempModels();
  upstream = createServer((req, res) => {
    seenAuthorization.push(req.headers.authorization);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as { port: number }).port}/v1`;
  deadUrl = `http://127.0.0.1:${await closedPort()}/v1`;
  root.write('tiny.gguf');
  const db = openDb(join(root.dir, 'veil.db'));
  db.close();
});

afterAll(async () => {
  await new Promise((r) => upstream.close(r));
  root?.remove();
});

describe('veil doctor', () => {
  it('passes config, database, a reachable upstream and a loadable model; fails an unreachable upstream', async () => {
    const rules = join(root.dir, 'rules-ok');
    writeRules(
      rules,
      'models:\n  local:\n    file: tiny.gguf\n    context_size: 512\n    threads: 1\n    gpu_layers: 0\n',
    );
    const checks = await runDoctor({
      rulesDir: rules,
      modelsDir: root.dir,
      dbPath: join(root.dir, 'veil.db'),
      env: { DOCTOR_TEST_KEY: 'sk-test-not-sent' },
      timeoutMs: 2_000,
    });
    const find = (name: string) => checks.find((c) => c.name === name);
    expect(find('config')?.status).toBe('ok');
    expect(find('database')).toMatchObject({ status: 'ok' });
    expect(find('upstream up')).toMatchObject({ status: 'ok' });
    expect(find('upstream up')?.detail).toContain('HTTP 404');
    expect(find('upstream down')).toMatchObject({ status: 'fail' });
    expect(find('upstream down')?.detail).toContain('unreachable');
    expect(find('local model local')).toMatchObject({ status: 'ok' });
    expect(find('local model local')?.detail).toMatch(/loaded in \d+ ms: llama/);
    // Reachability never sends the provider key.
    expect(seenAuthorization.every((a) => a === undefined)).toBe(true);
  });

  it('reports a missing model file, a missing database and an invalid config without throwing', async () => {
    const rules = join(root.dir, 'rules-bad');
    writeRules(rules, 'models:\n  local:\n    file: absent.gguf\n');
    writeFileSync(join(rules, 'policies', 'default.yaml'), 'team: default\nmode: chaos\n');
    const checks = await runDoctor({
      rulesDir: rules,
      modelsDir: root.dir,
      dbPath: join(root.dir, 'missing', 'veil.db'),
      timeoutMs: 1_000,
    });
    const find = (name: string) => checks.find((c) => c.name === name);
    expect(find('config')).toMatchObject({ status: 'fail' });
    expect(find('config')?.detail).toContain('mode');
    expect(find('database')).toMatchObject({ status: 'warn' });
    expect(find('local model local')).toMatchObject({ status: 'fail' });
    expect(find('local model local')?.detail).toContain('file missing, see README');
  });
});
