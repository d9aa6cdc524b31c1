import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createAdminApp } from './admin/app.js';
import { adminDashboardNotice } from './admin/session.js';
import { createApp } from './app.js';
import type { AuditSink } from './audit/event.js';
import { KeyStore } from './auth/key-store.js';
import { readRuntimeEnv } from './config/env.js';
import { ConfigError, loadConfig, type VeilConfig } from './config/load.js';
import type { PolicyConfig } from './config/schema.js';
import { CachingDetector } from './detect/detection-cache.js';
import type { TextDetector } from './detect/types.js';
import { limitsFromEnv, teamLimits } from './limits/config.js';
import { Limiter } from './limits/limiter.js';
import type { ShapeLimits } from './limits/shape.js';
import { log } from './log.js';
import { createGatewayMetrics } from './metrics/gateway-metrics.js';
import { tapAuditSink } from './metrics/http.js';
import { createAuditSink } from './pipeline/audit-sink.js';
import { createPrivacyStages } from './pipeline/privacy-stages.js';
import { TargetRegistry } from './pipeline/targets.js';
import { describePolicy } from './policy/describe.js';
import { createHttpTarget } from './providers/http-target.js';
import { createLocalTargets } from './providers/local/index.js';
import type { Target } from './providers/types.js';
import { type Db, openDb } from './store/db.js';

export interface GatewayOptions {
  port?: number;
  host?: string;
  rulesDir?: string;
  dbPath?: string;
  /** Overrides process.env (config ${VAR} expansion, limits) — tests point OPENAI_BASE_URL at a mock this way. */
  env?: Record<string, string>;
  /**
   * Replaces the detection engine. For benchmarks and tests that measure or exercise everything around
   * detection; every request still goes through inspect, decide and the audit log with this detector.
   */
  detector?: TextDetector;
  /**
   * Runs the detection engine over built-in texts before serving (default on), so a fresh process does not
   * inspect its first prompts at a third of its speed; test rigs that start many gateways turn it off.
   */
  warmUp?: boolean;
}

export interface Gateway {
  url: string;
  port: number;
  keys: KeyStore;
  db: Db;
  config: VeilConfig;
  audit: AuditSink;
  /** Stops accepting, lets running requests finish, flushes the audit log, closes the database. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/**
 * A whole-number setting from the environment: unset or empty takes the default; anything else but a whole number
 * of at least `min` stops the start. Read as a bare Number(), `4MB` is NaN, and a NaN limit or timer is silently
 * no limit or no wait.
 */
function wholeNumberSetting(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) {
    throw new ConfigError(`${name}: must be a whole number of at least ${min} (default ${fallback}), got "${raw}"`);
  }
  return n;
}

/** VEIL_MAX_BODY_BYTES in bytes, above 0. */
export const bodyLimit = (raw: string | undefined): number =>
  wholeNumberSetting('VEIL_MAX_BODY_BYTES', raw, DEFAULT_MAX_BODY_BYTES, 1);

/** VEIL_SHUTDOWN_GRACE_MS: how long running requests and streams may finish on SIGTERM (0: close at once). */
export const shutdownGrace = (raw: string | undefined): number =>
  wholeNumberSetting('VEIL_SHUTDOWN_GRACE_MS', raw, DEFAULT_SHUTDOWN_GRACE_MS, 0);

export async function startGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const env = { ...process.env, ...options.env };
  const runtime = readRuntimeEnv(env);
  const rulesDir = options.rulesDir ?? runtime.rulesDir;
  const config = loadConfig(rulesDir, env);
  const maxBodyBytes = bodyLimit(env.VEIL_MAX_BODY_BYTES);
  const graceMs = shutdownGrace(env.VEIL_SHUTDOWN_GRACE_MS);
  const db = openDb(options.dbPath ?? runtime.dbPath);
  const keys = new KeyStore(db);
  const auditLog = createAuditSink(db, env);
  const limits = limitsFromEnv(env);
  const limiter = new Limiter({
    limitsFor: (team) => teamLimits(limits, config.policies.get(team)?.limits),
    maxTracked: limits.maxTracked,
  });

  const targets = new Map<string, Target>();
  for (const upstream of config.upstreams.values()) {
    targets.set(upstream.name, createHttpTarget(upstream, upstream.kind));
  }
  const localModels = createLocalTargets(rulesDir, runtime.modelsDir, (level, message) =>
    log[level]({ llama: message }),
  );
  for (const [name, target] of localModels.targets) {
    if (targets.has(name)) throw new ConfigError(`models.yaml: model "${name}" has the name of an upstream`);
    targets.set(name, target);
  }
  for (const warning of localModels.warnings) config.warnings.push(warning);
  for (const policy of config.policies.values()) {
    const name = policy.local.target;
    if (name && targets.get(name)?.kind !== 'local') {
      config.warnings.push(
        `team "${policy.team}": local target "${name}" is not a model in models.yaml nor an upstream with kind: local; requests its policy keeps local will get 503`,
      );
    }
  }
  const registry = new TargetRegistry(targets);
  // A replacement detector is the caller's own: only the built-in engine is warmed.
  const warm = (options.warmUp ?? true) && options.detector === undefined;
  const setupStarted = performance.now();
  const stages = createPrivacyStages(rulesDir, options.detector, runtime.detectCacheEntries, warm);
  const setupMs = Math.round(performance.now() - setupStarted);
  const detectCache = stages.detector instanceof CachingDetector ? stages.detector : undefined;
  const metrics = createGatewayMetrics({
    detectCache: detectCache && (() => detectCache.stats()),
    auditLagMs: () => auditLog.lagMs(),
    auditDropped: () => auditLog.counters().dropped,
    localQueues: () => [...localModels.targets].map(([target, t]) => ({ target, ...t.queueDepth() })),
  });
  const audit = tapAuditSink(auditLog, metrics.observeAuditEvent, (ev) => {
    if (ev.usage) limiter.observeUsage(ev.requestId, ev.usage.promptTokens + ev.usage.completionTokens);
  });
  // The first detection pays for lazy set-up (NLP lexicons, compiled patterns); pay it before serving.
  stages.detector.detect('Warm-up: Jane Doe, jane.doe@example.com, +34 600 000 000, paciente con diabetes.');
  const adminNotice = adminDashboardNotice(env.VEIL_ADMIN_TOKEN);
  if (adminNotice) config.warnings.push(adminNotice);

  let closing: Promise<void> | undefined;
  function readiness(): { ready: boolean; checks: Record<string, string> } {
    const checks: Record<string, string> = {};
    let ready = closing === undefined;
    if (!ready) checks.shutdown = 'draining';
    const auditFailure = audit.failure();
    checks.audit = auditFailure ?? `ok (lag ${Math.round(auditLog.lagMs())} ms)`;
    if (auditFailure) ready = false;
    for (const t of registry.all()) {
      const local = localModels.targets.get(t.name);
      const state = local?.state();
      checks[`${t.kind}:${t.name}`] =
        t.notReady?.() ??
        (state && state.state !== 'ready' ? `${state.state}${state.detail ? `: ${state.detail}` : ''}` : 'ok');
    }
    return { ready, checks };
  }

  const shapeByPolicy = new WeakMap<PolicyConfig, ShapeLimits>();
  const app = createApp({
    stages,
    targets: registry,
    audit,
    fingerprintKey: env.VEIL_FINGERPRINT_KEY || undefined,
    keys,
    policies: config.policies,
    maxBodyBytes,
    limiter,
    metrics,
    metricsToken: env.VEIL_METRICS_TOKEN || undefined,
    hsts: env.VEIL_HSTS === '1',
    shapeLimits: (policy) => {
      // Worked out once per policy, not per request.
      let shape = shapeByPolicy.get(policy);
      if (!shape) {
        shape = teamLimits(limits, policy.limits).shape;
        shapeByPolicy.set(policy, shape);
      }
      return shape;
    },
    mount(root) {
      if (adminNotice) return;
      root.route(
        '/admin',
        createAdminApp({
          db,
          keys,
          policies: config.policies,
          health: readiness,
          adminToken: env.VEIL_ADMIN_TOKEN,
          audit: auditLog,
          basePath: '/admin',
          describePolicy,
        }),
      );
    },
    readiness,
    draining: () => closing !== undefined,
  });

  log.info({ ms: setupMs }, warm ? 'detection engine loaded and warmed up' : 'detection engine loaded');
  for (const warning of config.warnings) log.warn(warning);
  const server = serve({
    fetch: app.fetch,
    port: options.port ?? runtime.port,
    hostname: options.host ?? runtime.host,
  });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    keys,
    db,
    config,
    audit,
    close() {
      closing ??= (async () => {
        const http = server as unknown as { closeIdleConnections(): void; closeAllConnections(): void };
        await new Promise<void>((resolve) => {
          // Stop accepting; running requests and streams finish, up to the grace period.
          const force = setTimeout(() => http.closeAllConnections(), graceMs);
          force.unref();
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          // Idle keep-alive connections would hold close() open.
          http.closeIdleConnections();
        });
        await audit.close();
        await Promise.all([...config.upstreams.keys()].map((name) => targets.get(name)?.close?.()));
        await localModels.close();
        db.close();
      })();
      return closing;
    },
  };
}
