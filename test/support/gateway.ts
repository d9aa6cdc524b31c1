import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Gateway, type GatewayOptions, startGateway } from '../../src/gateway.js';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { type MockUpstream, startMockUpstream } from './mock-upstream.js';

export interface TestRig {
  gateway: Gateway;
  upstream: MockUpstream;
  /** A fresh gateway key for the team. */
  key: string;
  url(path: string): string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** A gateway on a free loopback port in front of a recording mock upstream, with its own temp database. */
export async function startRig(options: GatewayOptions & { team?: string } = {}): Promise<TestRig> {
  const upstream = await startMockUpstream();
  const dir = mkdtempSync(join(tmpdir(), 'veil-test-'));
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    dbPath: join(dir, 'veil.db'),
    // Dozens of rigs start per run; the warm-up only matters to a gateway's first real users.
    warmUp: false,
    ...options,
    // The shipped rules with a generous inspection budget unless a test brings its own: a cold engine's first
    // inspection on a loaded 2-core host can pass the 1 s default and fail closed with a 503, which is not what
    // these tests are about (tests of the budget pass their own rules).
    rulesDir: options.rulesDir ?? shippedRulesWithSlackTimeout(),
    env: {
      OPENAI_BASE_URL: upstream.url,
      OPENAI_API_KEY: 'sk-upstream-test',
      ANTHROPIC_BASE_URL: upstream.url,
      ANTHROPIC_API_KEY: 'sk-ant-upstream-test',
      ...options.env,
    },
  });
  const key = gateway.keys.create(options.team ?? 'default').key;
  return {
    gateway,
    upstream,
    key,
    url: (path) => `${gateway.url}${path}`,
    post: (path, body, headers = {}) =>
      fetch(`${gateway.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async close() {
      await gateway.close();
      await upstream.close();
    },
  };
}
