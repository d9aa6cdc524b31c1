import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the data files live: an explicit directory, else $VEIL_RULES, else ./rules when it exists, else the rules/
 * folder of the package itself (so an installed CLI run from any directory still finds its lists).
 */
export function resolveRulesDir(explicit?: string): string {
  if (explicit) return resolve(explicit);
  const fromEnv = process.env.VEIL_RULES;
  if (fromEnv) return resolve(fromEnv);
  const local = resolve('./rules');
  if (existsSync(join(local, 'names')) || existsSync(join(local, 'medical'))) return local;
  // This file sits in src/detect/nlp/ (or dist/src/detect/nlp/ once built): walk up to the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'names'))) return candidate;
    dir = dirname(dir);
  }
  return local;
}
