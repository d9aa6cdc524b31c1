import { describe, expect, it } from 'vitest';
import { readRuntimeEnv } from '../../src/config/env.js';

/** The environment issue 2 names: PORT, HOST, VEIL_DB, VEIL_RULES and their defaults. */
describe('runtime environment', () => {
  it('takes the documented defaults when nothing is set', () => {
    expect(readRuntimeEnv({})).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dbPath: './data/veil.db',
      rulesDir: './rules',
    });
  });

  it('reads each variable when set; PORT=0 asks for a free port', () => {
    const env = { PORT: '9311', HOST: '0.0.0.0', VEIL_DB: '/var/lib/veil/a.db', VEIL_RULES: '/etc/veil/rules' };
    expect(readRuntimeEnv(env)).toMatchObject({
      port: 9311,
      host: '0.0.0.0',
      dbPath: '/var/lib/veil/a.db',
      rulesDir: '/etc/veil/rules',
    });
    expect(readRuntimeEnv({ PORT: '0' }).port).toBe(0);
  });

  it('treats empty variables as unset (an empty PORT is 8080, not a random port)', () => {
    expect(readRuntimeEnv({ PORT: '', HOST: '', VEIL_DB: '', VEIL_RULES: '' })).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dbPath: './data/veil.db',
      rulesDir: './rules',
    });
  });

  it('refuses a PORT that is not a port number', () => {
    for (const bad of ['http', '80.5', '-1', '70000']) {
      expect(() => readRuntimeEnv({ PORT: bad }), bad).toThrow(/^PORT must be a port number/);
    }
  });
});
