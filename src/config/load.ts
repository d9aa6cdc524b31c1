import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load as parseYaml, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { expandEnv, referencedVars } from './env.js';
import { type PolicyConfig, policySchema, type UpstreamConfig, upstreamsFileSchema } from './schema.js';

/** A configuration problem that stops the start; the message names the file, the field and the problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An upstream with its environment references resolved. */
export interface ResolvedUpstream extends Omit<UpstreamConfig, 'api_key'> {
  name: string;
  /** The provider key, or undefined when its variable is unset. */
  apiKey?: string;
  /** Set when the upstream cannot be used, with what to configure. */
  unavailable?: string;
}

export interface VeilConfig {
  rulesDir: string;
  upstreams: Map<string, ResolvedUpstream>;
  policies: Map<string, PolicyConfig>;
  /** Messages for the operator at start: routes that are unavailable and how to enable them. */
  warnings: string[];
}

export function readYamlFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const shown = relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    // The core schema keeps dates and other YAML 1.1 extras as plain strings; duplicate keys are an error.
    raw = parseYaml(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA, filename: shown });
  } catch (err) {
    if (err instanceof YAMLException) throw new ConfigError(`${shown}: invalid YAML: ${err.message}`);
    throw new ConfigError(`${shown}: cannot read: ${(err as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return `  ${field}: ${issue.message}`;
    });
    throw new ConfigError(`${shown}: invalid configuration\n${problems.join('\n')}`);
  }
  return result.data;
}

function resolveUpstream(name: string, config: UpstreamConfig, env: NodeJS.ProcessEnv): ResolvedUpstream {
  const baseUrl = expandEnv(config.base_url, env);
  const { api_key, ...rest } = config;
  const resolved: ResolvedUpstream = { ...rest, name, base_url: baseUrl ?? '' };
  if (baseUrl === undefined) {
    resolved.unavailable = `set ${referencedVars(config.base_url).join(', ')} to enable upstream "${name}"`;
  } else {
    try {
      const url = new URL(baseUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    } catch {
      throw new ConfigError(`upstreams.${name}.base_url: "${baseUrl}" is not an http(s) URL`);
    }
  }
  if (api_key !== undefined) {
    const key = expandEnv(api_key, env);
    if (key === undefined || key === '') {
      resolved.unavailable ??= `set ${referencedVars(api_key).join(', ')} to enable upstream "${name}"`;
    } else resolved.apiKey = key;
  }
  for (const [header, value] of Object.entries(config.headers)) {
    const v = expandEnv(value, env);
    if (v === undefined)
      resolved.unavailable ??= `set ${referencedVars(value).join(', ')} (header ${header} of "${name}")`;
    else resolved.headers[header] = v;
  }
  return resolved;
}

/** Loads rules/upstreams.yaml and rules/policies/*.yaml, validating every file. */
export function loadConfig(rulesDir: string, env: NodeJS.ProcessEnv = process.env): VeilConfig {
  const warnings: string[] = [];
  const upstreamsFile = readYamlFile(join(rulesDir, 'upstreams.yaml'), upstreamsFileSchema);
  const upstreams = new Map<string, ResolvedUpstream>();
  for (const [name, cfg] of Object.entries(upstreamsFile.upstreams)) {
    const resolved = resolveUpstream(name, cfg, env);
    upstreams.set(name, resolved);
  }

  const policies = new Map<string, PolicyConfig>();
  const policyDir = join(rulesDir, 'policies');
  const files = readdirSync(policyDir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  for (const file of files) {
    const path = join(policyDir, file);
    const policy = readYamlFile(path, policySchema);
    const shown = relative(process.cwd(), path) || path;
    if (policies.has(policy.team)) throw new ConfigError(`${shown}: team: "${policy.team}" is defined twice`);
    for (const [format, upstream] of Object.entries(policy.upstreams)) {
      if (upstream === undefined) continue;
      const target = upstreams.get(upstream);
      if (!target)
        throw new ConfigError(`${shown}: upstreams.${format}: no upstream named "${upstream}" in upstreams.yaml`);
      if (target.format !== format) {
        throw new ConfigError(`${shown}: upstreams.${format}: upstream "${upstream}" speaks ${target.format}`);
      }
    }
    policies.set(policy.team, policy);
  }
  if (!policies.has('default')) throw new ConfigError(`${policyDir}: no policy with team: default`);

  for (const policy of policies.values()) {
    for (const [format, upstream] of Object.entries(policy.upstreams)) {
      const target = upstream ? upstreams.get(upstream) : undefined;
      if (target?.unavailable && policy.provider_key === 'gateway') {
        warnings.push(`team "${policy.team}": ${format} route unavailable: ${target.unavailable}`);
      }
    }
  }
  return { rulesDir, upstreams, policies, warnings };
}
