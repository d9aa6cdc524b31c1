import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/load.js';
import { defaultThreads, loadModelsConfig, STREAM_INTERVAL_MS } from '../../src/providers/local/config.js';

const dirs: string[] = [];

function rulesWith(yaml: string | undefined): { rules: string; models: string } {
  const root = mkdtempSync(join(tmpdir(), 'veil-models-config-'));
  dirs.push(root);
  const rules = join(root, 'rules');
  const models = join(root, 'models');
  mkdirSync(rules);
  mkdirSync(models);
  if (yaml !== undefined) writeFileSync(join(rules, 'models.yaml'), yaml);
  return { rules, models };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadModelsConfig', () => {
  it('reads entries with defaults and resolves files against the models directory', () => {
    const { rules, models } = rulesWith('models:\n  local:\n    file: small.gguf\n    sequences: 3\n');
    writeFileSync(join(models, 'small.gguf'), 'x');
    const config = loadModelsConfig(rules, models);
    expect(config.warnings).toEqual([]);
    expect(config.models).toHaveLength(1);
    expect(config.models[0]).toMatchObject({
      name: 'local',
      path: join(models, 'small.gguf'),
      sequences: 3,
      contextSize: 4096,
      queueSize: 16,
      gpuLayers: 'auto',
      load: 'lazy',
      threads: defaultThreads(),
      streamIntervalMs: STREAM_INTERVAL_MS,
    });
  });

  it('reads stream_interval_ms, where 0 means every token as its own event', () => {
    const { rules, models } = rulesWith('models:\n  local:\n    file: small.gguf\n    stream_interval_ms: 0\n');
    expect(loadModelsConfig(rules, models).models[0]?.streamIntervalMs).toBe(0);
  });

  it('warns, without failing, about an entry whose file is missing', () => {
    const { rules, models } = rulesWith('models:\n  local:\n    file: absent.gguf\n');
    const config = loadModelsConfig(rules, models);
    expect(config.models).toHaveLength(1);
    expect(config.warnings[0]).toContain('file missing, see README');
  });

  it('treats a missing models.yaml as no local models', () => {
    const { rules, models } = rulesWith(undefined);
    expect(loadModelsConfig(rules, models)).toEqual({ models: [], warnings: [] });
  });

  it('accepts the models.yaml shipped in rules/', () => {
    const config = loadModelsConfig(join(import.meta.dirname, '../../rules'), '/nonexistent-models');
    expect(config.models.map((m) => m.name)).toContain('local');
  });

  it.each([
    ['an unknown field', 'models:\n  local:\n    file: a.gguf\n    colour: red\n', /colour/],
    ['a bad load mode', 'models:\n  local:\n    file: a.gguf\n    load: eager\n', /load/],
    [
      'an unknown chat template name',
      'models:\n  local:\n    file: a.gguf\n    chat_template: klingon\n',
      /chat_template/,
    ],
    ['too small a context', 'models:\n  local:\n    file: a.gguf\n    context_size: 64\n', /context_size/],
    [
      'a negative stream interval',
      'models:\n  local:\n    file: a.gguf\n    stream_interval_ms: -5\n',
      /stream_interval_ms/,
    ],
    ['broken YAML', 'models:\n  local: [\n', /invalid YAML/],
  ])('rejects %s with a message naming the field', (_name, yaml, message) => {
    const { rules, models } = rulesWith(yaml);
    expect(() => loadModelsConfig(rules, models)).toThrow(ConfigError);
    expect(() => loadModelsConfig(rules, models)).toThrow(message);
  });

  it('uses one thread on small machines and leaves a core free on larger ones', () => {
    expect(defaultThreads(1)).toBe(1);
    expect(defaultThreads(2)).toBe(1);
    expect(defaultThreads(8)).toBe(7);
  });
});
