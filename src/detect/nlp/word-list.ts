import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { foldKey } from './fold.js';

/** Entries of a one-entry-per-line file; '#' starts a comment line. A missing file yields no entries. */
export function readLines(path: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const entry = line.trim();
    if (entry && !entry.startsWith('#')) out.push(entry);
  }
  return out;
}

export function readFoldedSet(path: string): Set<string> {
  return new Set(readLines(path).map(foldKey));
}

/**
 * A YAML mapping of lists of strings; anything else in the file is ignored rather than trusted. Parsed by js-yaml
 * with the YAML 1.2 core schema, as the rule packs are: the same data as the yaml package gives for these files,
 * in a fraction of the cold-start time. A missing file yields no lists; a file that does not parse throws, so a
 * typo in a vocabulary stops the engine at start-up instead of silently switching its readings off (fail closed).
 */
export function readListsYaml(path: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return lists;
  }
  let doc: unknown;
  try {
    doc = parseYaml(raw, { schema: CORE_SCHEMA });
  } catch (err) {
    // js-yaml's message quotes the offending line of a vocabulary file: rule data, never a user's text.
    throw new Error(`cannot parse word lists ${path}: ${(err as Error).message}`);
  }
  if (!doc || typeof doc !== 'object') return lists;
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    if (Array.isArray(value))
      lists.set(
        key,
        value.filter((v): v is string => typeof v === 'string'),
      );
  }
  return lists;
}
