import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startGateway } from '../../src/gateway.js';
import { startMockUpstream } from '../support/mock-upstream.js';
import { rulesWith } from '../support/rules.js';

/**
 * Configuration at start, through the real `veil serve`: a YAML file that does not parse or does not validate
 * stops the start (exit 1, nothing listening) with a message naming the file, the field and the problem; and
 * `${ENV}` references in upstreams.yaml (key, base URL, headers) are filled from the environment, so the secret
 * reaches the upstream without ever being written in YAML. Invented variable names and values throughout.
 */
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');

async function serve(rulesDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve'],
      {
        cwd: ROOT,
        env: { ...process.env, VEIL_RULES: rulesDir, PORT: '0', VEIL_DB: ':memory:', OPENAI_API_KEY: 'sk-cfg-test' },
        timeout: 45_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const UPSTREAMS_HEAD =
  'upstreams:\n  openai:\n    format: openai\n    base_url: ${OPENAI_BASE_URL:-https://api.openai.com/v1}\n';

describe('`veil serve` with an invalid configuration file', () => {
  it('stops on each kind of problem, naming the file, the field and the problem', async () => {
    const cases: { name: string; files: Record<string, string>; expected: RegExp[] }[] = [
      {
        name: 'YAML that does not parse',
        files: { 'policies/default.yaml': 'team: default\nactions:\n  EMAIL: [pseudonymize\n  PHONE: block\n' },
        // js-yaml's message carries the line and column of the problem.
        expected: [/policies\/default\.yaml: invalid YAML/, /\(\d+:\d+\)/],
      },
      {
        name: 'a field of the wrong type',
        files: { 'upstreams.yaml': `${UPSTREAMS_HEAD}    api_key: \${OPENAI_API_KEY}\n    connections: many\n` },
        expected: [/upstreams\.yaml: invalid configuration/, /upstreams\.openai\.connections: .*expected number/i],
      },
      {
        name: 'a value out of range',
        files: {
          'upstreams.yaml': `${UPSTREAMS_HEAD}    api_key: \${OPENAI_API_KEY}\n    timeouts: { connect_ms: -3 }\n`,
        },
        expected: [/upstreams\.yaml: invalid configuration/, /upstreams\.openai\.timeouts\.connect_ms: .*too small/i],
      },
      {
        name: 'a field the schema does not know',
        files: { 'policies/default.yaml': 'team: default\nupstreams:\n  openai: openai\nprovider_keys: client\n' },
        expected: [/policies\/default\.yaml: invalid configuration/, /\(top level\): .*provider_keys/],
      },
      {
        name: 'a provider key written into YAML',
        files: { 'upstreams.yaml': `${UPSTREAMS_HEAD}    api_key: sk-written-in-yaml-0000\n` },
        expected: [/upstreams\.yaml/, /upstreams\.openai\.api_key: must be an environment reference/],
      },
    ];
    const results = await Promise.all(cases.map((c) => serve(rulesWith(c.files))));
    results.forEach((result, i) => {
      const c = cases[i]!;
      expect(result.code, c.name).toBe(1);
      expect(result.stderr, c.name).toContain('configuration error, not starting');
      for (const pattern of c.expected) expect(result.stderr, c.name).toMatch(pattern);
      expect(`${result.stdout}${result.stderr}`, c.name).not.toContain('Veil listening');
    });
    // The literal key is named as a problem, never echoed back.
    expect(results[4]!.stderr).not.toContain('sk-written-in-yaml-0000');
  }, 90_000);
});

describe('${ENV} references in upstreams.yaml', () => {
  it('fill the key, the base URL and a header from the environment; the client never holds the key', async () => {
    const rulesDir = rulesWith({
      'upstreams.yaml': `upstreams:
  openai:
    format: openai
    base_url: \${ACME_LLM_URL:-http://127.0.0.1:9/v1}
    api_key: \${ACME_LLM_TOKEN}
    headers:
      openai-organization: \${ACME_LLM_ORG}
  anthropic:
    format: anthropic
    base_url: \${ANTHROPIC_BASE_URL:-http://127.0.0.1:9/v1}
    api_key: \${ANTHROPIC_API_KEY}
`,
    });
    const upstream = await startMockUpstream();
    const gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      dbPath: ':memory:',
      rulesDir,
      warmUp: false,
      env: { ACME_LLM_URL: upstream.url, ACME_LLM_TOKEN: 'tok-from-env-5521', ACME_LLM_ORG: 'org-from-env-77' },
    });
    try {
      const key = gateway.keys.create('default').key;
      const res = await fetch(`${gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ content: 'ping', role: 'user' }], model: 'small-model' }),
      });
      expect(res.status).toBe(200);
      const text = await res.text();
      const sent = upstream.requests[0];
      expect(sent?.headers.authorization).toBe('Bearer tok-from-env-5521');
      expect(sent?.headers['openai-organization']).toBe('org-from-env-77');
      expect(sent?.body).not.toContain(key);
      expect(text).not.toContain('tok-from-env-5521');
      expect(res.headers.get('authorization')).toBeNull();
      // Unset, the reference makes the route unavailable and says what to set, instead of sending no key.
      expect(gateway.config.upstreams.get('anthropic')?.unavailable).toMatch(/set ANTHROPIC_API_KEY/);
    } finally {
      await gateway.close();
      await upstream.close();
    }
  });
});
