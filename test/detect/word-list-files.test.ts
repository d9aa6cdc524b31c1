import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListsYaml } from '../../src/detect/nlp/word-list.js';

describe('readListsYaml: vocabulary files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veil-lists-'));

  it('reads a mapping of string lists and ignores anything else', () => {
    const path = join(dir, 'ok.yaml');
    writeFileSync(path, 'greetings: [hola, hello]\ncount: 3\nmixed: [uno, 2]\n');
    const lists = readListsYaml(path);
    expect(lists.get('greetings')).toEqual(['hola', 'hello']);
    expect(lists.get('mixed')).toEqual(['uno']);
    expect(lists.has('count')).toBe(false);
  });

  it('gives no lists for a missing file', () => {
    expect(readListsYaml(join(dir, 'absent.yaml')).size).toBe(0);
  });

  it('throws on a file that does not parse, naming the file, instead of switching its readings off', () => {
    const path = join(dir, 'broken.yaml');
    writeFileSync(path, 'suffixes: [itis, osis\nheads: [syndrome]\n');
    expect(() => readListsYaml(path)).toThrow(/cannot parse word lists .*broken\.yaml/);
  });
});
