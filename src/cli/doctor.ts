import { existsSync, readdirSync } from 'node:fs';
import { readRuntimeEnv } from '../config/env.js';
import { loadConfig, type VeilConfig } from '../config/load.js';
import { loadModelsConfig } from '../providers/local/config.js';
import { createLocalTargetsFromConfig, type LocalModelConfig } from '../providers/local/index.js';
import { MIGRATIONS_DIR, openDb } from '../store/db.js';
import { parseCommandArgs } from './args.js';

export const summary = 'check config, database, upstream reachability and local model loading';

const USAGE = 'veil doctor [--skip-models] [--timeout-ms N]';

export interface Check {
  status: 'ok' | 'warn' | 'fail';
  name: string;
  detail: string;
}

export interface DoctorOptions {
  rulesDir: string;
  modelsDir: string;
  dbPath: string;
  env?: NodeJS.ProcessEnv;
  /** Per upstream request. */
  timeoutMs?: number;
  skipModels?: boolean;
}

function checkConfig(options: DoctorOptions, checks: Check[]): VeilConfig | undefined {
  try {
    const config = loadConfig(options.rulesDir, options.env ?? process.env);
    checks.push({
      status: 'ok',
      name: 'config',
      detail: `${config.policies.size} team policies, ${config.upstreams.size} upstreams in ${options.rulesDir}`,
    });
    for (const warning of config.warnings) checks.push({ status: 'warn', name: 'config', detail: warning });
    return config;
  } catch (err) {
    checks.push({ status: 'fail', name: 'config', detail: (err as Error).message });
    return undefined;
  }
}

function checkDatabase(options: DoctorOptions, checks: Check[]): void {
  if (options.dbPath !== ':memory:' && !existsSync(options.dbPath)) {
    checks.push({ status: 'warn', name: 'database', detail: `${options.dbPath} does not exist yet; run veil migrate` });
    return;
  }
  try {
    const db = openDb(options.dbPath, { readonly: true });
    try {
      const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").get();
      const applied = new Set(
        hasTable
          ? (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version)
          : [],
      );
      const pending = readdirSync(MIGRATIONS_DIR)
        .map((f) => /^(\d+)_[\w-]+\.sql$/.exec(f))
        .filter((m): m is RegExpExecArray => m !== null && !applied.has(Number(m[1])))
        .map((m) => m[0]);
      if (pending.length > 0) {
        checks.push({
          status: 'fail',
          name: 'database',
          detail: `pending migrations ${pending.join(', ')}; run veil migrate`,
        });
      } else {
        checks.push({
          status: 'ok',
          name: 'database',
          detail: `${options.dbPath} opens, ${applied.size} migrations applied`,
        });
      }
    } finally {
      db.close();
    }
  } catch (err) {
    checks.push({ status: 'fail', name: 'database', detail: `${options.dbPath}: ${(err as Error).message}` });
  }
}

/** Any HTTP answer (even 401 or 404) proves the upstream is reachable; no key is sent. */
async function checkUpstreams(config: VeilConfig, timeoutMs: number, checks: Check[]): Promise<void> {
  await Promise.all(
    [...config.upstreams.values()].map(async (upstream) => {
      const name = `upstream ${upstream.name}`;
      if (upstream.base_url === '') {
        checks.push({ status: 'warn', name, detail: `skipped: ${upstream.unavailable ?? 'no base_url'}` });
        return;
      }
      const started = performance.now();
      try {
        const res = await fetch(upstream.base_url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
        await res.body?.cancel();
        const ms = Math.round(performance.now() - started);
        const note = upstream.unavailable ? `; not usable yet: ${upstream.unavailable}` : '';
        checks.push({
          status: upstream.unavailable ? 'warn' : 'ok',
          name,
          detail: `${upstream.base_url} answered HTTP ${res.status} in ${ms} ms${note}`,
        });
      } catch (err) {
        const { cause } = err as { cause?: { code?: string; message?: string } };
        const reason =
          (err as Error).name === 'TimeoutError'
            ? `no answer within ${timeoutMs} ms`
            : (cause?.code ?? cause?.message ?? (err as Error).message);
        checks.push({ status: 'fail', name, detail: `${upstream.base_url} unreachable: ${reason}` });
      }
    }),
  );
}

async function checkModels(options: DoctorOptions, checks: Check[]): Promise<void> {
  let models: LocalModelConfig[];
  try {
    // Missing files need no separate warning: their load below fails with "file missing, see README".
    models = loadModelsConfig(options.rulesDir, options.modelsDir).models;
  } catch (err) {
    checks.push({ status: 'fail', name: 'models.yaml', detail: (err as Error).message });
    return;
  }
  if (models.length === 0) {
    checks.push({ status: 'ok', name: 'local models', detail: 'none declared in models.yaml' });
    return;
  }
  if (options.skipModels) {
    for (const m of models) checks.push({ status: 'warn', name: `local model ${m.name}`, detail: 'load skipped' });
    return;
  }
  const local = createLocalTargetsFromConfig({ models, warnings: [] });
  try {
    for (const [name, target] of local.targets) {
      const started = performance.now();
      try {
        await target.load();
        const ms = Math.round(performance.now() - started);
        checks.push({
          status: 'ok',
          name: `local model ${name}`,
          detail: `loaded in ${ms} ms: ${target.state().detail}`,
        });
      } catch (err) {
        checks.push({ status: 'fail', name: `local model ${name}`, detail: (err as Error).message });
      }
    }
  } finally {
    await local.close();
  }
}

export async function runDoctor(options: DoctorOptions): Promise<Check[]> {
  const checks: Check[] = [];
  const config = checkConfig(options, checks);
  checkDatabase(options, checks);
  if (config) await checkUpstreams(config, options.timeoutMs ?? 3_000, checks);
  await checkModels(options, checks);
  return checks;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { 'skip-models': { type: 'boolean' }, 'timeout-ms': { type: 'string' } },
    USAGE,
  );
  const timeoutMs = values['timeout-ms'] === undefined ? 3_000 : Number(values['timeout-ms']);
  if (positionals.length > 0 || !Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    process.stderr.write(`usage: ${USAGE}\n`);
    return 2;
  }
  const runtime = readRuntimeEnv();
  const checks = await runDoctor({
    rulesDir: runtime.rulesDir,
    modelsDir: runtime.modelsDir,
    dbPath: runtime.dbPath,
    timeoutMs,
    skipModels: values['skip-models'] === true,
  });
  for (const c of checks) process.stdout.write(`${c.status.toUpperCase().padEnd(4)}  ${c.name}: ${c.detail}\n`);
  const failed = checks.filter((c) => c.status === 'fail').length;
  process.stdout.write(failed === 0 ? 'all checks passed\n' : `${failed} check(s) failed\n`);
  return failed === 0 ? 0 : 1;
}
