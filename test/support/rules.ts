import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_RULES = resolve(import.meta.dirname, '..', '..', 'rules');

/** A copy of the repository's rules/ in a temp dir, with some files replaced, for tests that vary config. */
export function rulesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'veil-rules-'));
  cpSync(REPO_RULES, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
