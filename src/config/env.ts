/**
 * Replaces `${NAME}` and `${NAME:-default}` in a config string from the environment. Done on parsed YAML
 * values, never on the YAML text, so a variable's content can never change the document's structure.
 * Returns undefined when a referenced variable is unset and has no default: the caller decides whether
 * that makes the setting unavailable.
 */
export function expandEnv(value: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let missing = false;
  const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_m, name: string, fallback?: string) => {
    const v = env[name];
    if (v !== undefined && v !== '') return v;
    if (fallback !== undefined) return fallback;
    missing = true;
    return '';
  });
  return missing ? undefined : out;
}

/** The names of the variables a config string refers to, for messages that say what to set. */
export function referencedVars(value: string): string[] {
  return [...value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string);
}

export interface RuntimeEnv {
  port: number;
  host: string;
  dbPath: string;
  rulesDir: string;
  modelsDir: string;
  /** Texts whose findings the detection cache remembers (VEIL_DETECT_CACHE; 0 turns it off). */
  detectCacheEntries: number;
}

export function readRuntimeEnv(env: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  // Empty is unset, as for HOST and the paths (`PORT=${PORT}` in a compose file): not port 0, a random port.
  const port = env.PORT === undefined || env.PORT.trim() === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const detectCacheEntries = Number(env.VEIL_DETECT_CACHE ?? 20_000);
  if (!Number.isInteger(detectCacheEntries) || detectCacheEntries < 0)
    throw new Error(`VEIL_DETECT_CACHE must be a whole number of entries (0: off), got "${env.VEIL_DETECT_CACHE}"`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dbPath: env.VEIL_DB || './data/veil.db',
    rulesDir: env.VEIL_RULES || './rules',
    modelsDir: env.VEIL_MODELS || './models',
    detectCacheEntries,
  };
}
