import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_RULES, rulesWith } from '../support/rules.js';

/**
 * The shipped policies, changed only by `extra` YAML appended to each and a generous inspection budget:
 * the end-to-end tests check what leaves the gateway, and on a loaded 2-core machine the first inspection
 * (NLP models loading) can exceed the 1 s default, which rightly fails closed with a 503.
 */
export function shippedRulesWithSlackTimeout(extra: Record<string, (yaml: string) => string> = {}): string {
  const files: Record<string, string> = {};
  for (const file of ['default.yaml', 'engineering.yaml']) {
    const shipped = readFileSync(join(REPO_RULES, 'policies', file), 'utf8');
    const changed = extra[file]?.(shipped) ?? shipped;
    files[`policies/${file}`] = `${changed}\ninspection:\n  timeout_ms: 60000\n`;
  }
  return rulesWith(files);
}
