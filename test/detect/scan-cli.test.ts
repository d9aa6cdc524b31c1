import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The CLI in a child process: node with tsx's loader, no npx in between (it resolves and starts another node
 * first). A busy host may take a while to start it, so the limits are wide; the checks are on what it prints.
 */
function veil(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'scan', ...args], {
    input,
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('veil scan', () => {
  it('answers each JSONL record on stdin with one line, in order, and flags bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'card 4111 1111 1111 1111' }),
      JSON.stringify({ id: 7, text: 'nothing here' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'DNI 12345678Z' }),
    ].join('\n');
    const { code, out } = veil([], `${input}\n`);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, null, 'c']);
    expect(lines[0].spans).toEqual([{ start: 5, end: 24, label: 'CREDIT_CARD', type: 'VISA', score: 1 }]);
    expect(lines[1].spans).toEqual([]);
    expect(lines[2].error).toBeDefined();
    expect(lines[3].spans[0].label).toBe('NATIONAL_ID');
    expect(code).toBe(1);
  }, 300_000);

  it('prints a report for files with values masked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veil-scan-'));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'contact: ana.perez@example.org\npassword = Tr0ub4dor&3\n');
    const { code, out } = veil([file]);
    expect(code).toBe(0);
    expect(out).toContain('EMAIL/EMAIL');
    expect(out).toContain('SECRET/PASSWORD');
    expect(out).toContain('2:12');
    expect(out).not.toContain('ana.perez');
    expect(out).not.toContain('Tr0ub4dor');
  }, 300_000);
});
