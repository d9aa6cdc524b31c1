import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expandEnv } from '../../src/config/env.js';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { REPO_RULES, rulesWith } from '../support/rules.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');

describe('configuration', () => {
  it('loads the shipped rules and resolves ${ENV} references', () => {
    const config = loadConfig(REPO_RULES, { OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' });
    const openai = config.upstreams.get('openai');
    expect(openai?.apiKey).toBe('sk-x');
    expect(openai?.base_url).toBe('http://127.0.0.1:1/v1');
    expect(config.policies.get('default')?.actions.SECRET).toBe('block');
  });

  it('uses the default OpenAI URL and says what to set when the key is missing', () => {
    const config = loadConfig(REPO_RULES, {});
    expect(config.upstreams.get('openai')?.base_url).toBe('https://api.openai.com/v1');
    expect(config.upstreams.get('openai')?.unavailable).toContain('OPENAI_API_KEY');
    expect(config.warnings.some((w) => w.includes('OPENAI_API_KEY') && w.includes('openai route unavailable'))).toBe(
      true,
    );
  });

  it('names the file, the field and the problem of an invalid policy', () => {
    const dir = rulesWith({
      'policies/sales.yaml': 'team: sales\nactions:\n  EMAIL: obliterate\n',
    });
    let error: unknown;
    try {
      loadConfig(dir, {});
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(join('policies', 'sales.yaml'));
    expect(message).toContain('actions.EMAIL');
  });

  it('refuses a provider key written into YAML', () => {
    const dir = rulesWith({
      'upstreams.yaml':
        'upstreams:\n  openai:\n    format: openai\n    base_url: https://x.test/v1\n    api_key: sk-literal\n',
    });
    expect(() => loadConfig(dir, {})).toThrow(/upstreams\.openai\.api_key: must be an environment reference/);
  });

  it('refuses a policy that names an upstream that does not exist', () => {
    const dir = rulesWith({ 'policies/ops.yaml': 'team: ops\nupstreams:\n  openai: nowhere\n' });
    expect(() => loadConfig(dir, {})).toThrow(/ops\.yaml: upstreams\.openai: no upstream named "nowhere"/);
  });

  it('expands defaults and reports unset variables', () => {
    expect(expandEnv('${A:-x}/${B}', { B: 'b' })).toBe('x/b');
    expect(expandEnv('${MISSING}', {})).toBeUndefined();
  });

  it('`veil serve` stops with the configuration error instead of starting', async () => {
    const dir = rulesWith({ 'policies/default.yaml': 'team: default\nmode: sometimes\n' });
    const result = run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve'], {
      cwd: ROOT,
      env: { ...process.env, VEIL_RULES: dir, PORT: '0', VEIL_DB: ':memory:' },
    });
    await expect(result).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/default\.yaml[\s\S]*mode/) });
  });
});
