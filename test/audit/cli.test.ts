import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/audit/fingerprint.js';
import { tempDb, writeEvents } from './temp-db.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = resolve(ROOT, 'node_modules', '.bin', 'tsx');

function veil(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(TSX, ['src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, VITEST: '', ...env },
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case spawns the CLI through tsx several times (about 0.7 s each on an idle machine, far more when busy).
describe('veil audit', { timeout: 120_000 }, () => {
  it('verify passes an intact log and names the one record that was edited', async () => {
    const { db, path } = tempDb();
    await writeEvents(
      db,
      Array.from({ length: 6 }, (_, i) => ({ requestId: `req-cli-${i + 1}` })),
    );
    db.close();
    const intact = veil(['audit', 'verify'], { VEIL_DB: path });
    expect(intact.stdout).toMatch(/audit log intact: 6 records verified/);
    expect(intact.code).toBe(0);
    const head = /head (\d+:[0-9a-f]{64})/.exec(intact.stdout)?.[1] ?? '';
    const checked = veil(['audit', 'verify', '--expect', head], { VEIL_DB: path });
    expect(checked.stdout).toMatch(/1 checkpoint\(s\) match/);

    const { openDb } = await import('../../src/store/db.js');
    const edit = openDb(path);
    edit.prepare("UPDATE audit_records SET route = 'cloud', status = 200 WHERE seq = 4").run();
    edit.prepare('UPDATE audit_records SET total_ms = 1 WHERE seq = 4').run();
    edit.close();
    const broken = veil(['audit', 'verify'], { VEIL_DB: path });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/BROKEN at record 4 \(request req-cli-4,/);
    expect(broken.stderr).toMatch(/3 records before it verified/);
  });

  it('lookup finds a fingerprinted value in any of its written forms, export writes csv and jsonl', async () => {
    const { db, path } = tempDb();
    const key = 'test-fingerprint-key';
    await writeEvents(db, [
      {
        requestId: 'req-card',
        team: 'claims',
        keyId: 'key000000001',
        fingerprints: [{ label: 'CREDIT_CARD', hmac: fingerprint(key, '4111111111111111') }],
      },
      { requestId: 'req-plain', team: 'ops' },
    ]);
    db.close();
    const hit = veil(['audit', 'lookup', '4111 1111 1111 1111'], { VEIL_DB: path, VEIL_FINGERPRINT_KEY: key });
    expect(hit.code).toBe(0);
    expect(hit.stdout).toMatch(/team=claims {2}key=key000000001 {2}request=req-card/);
    const fromStdin = veil(
      ['audit', 'lookup', '--stdin'],
      { VEIL_DB: path, VEIL_FINGERPRINT_KEY: key },
      '4111-1111-1111-1111\n',
    );
    expect(fromStdin.stdout).toMatch(/request=req-card/);
    const miss = veil(['audit', 'lookup', '5500 0000 0000 0004'], { VEIL_DB: path, VEIL_FINGERPRINT_KEY: key });
    expect(miss.code).toBe(1);
    expect(veil(['audit', 'lookup', 'x'], { VEIL_DB: path, VEIL_FINGERPRINT_KEY: '' }).stderr).toMatch(
      /VEIL_FINGERPRINT_KEY is not set/,
    );

    const csv = veil(['audit', 'export', '--since', '1d', '--format', 'csv', '--team', 'claims'], { VEIL_DB: path });
    const lines = csv.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^seq,time,requestId,team/);
    expect(lines[1]).toMatch(/req-card,claims/);
    const jsonl = veil(['audit', 'export', '--since', '1d'], { VEIL_DB: path });
    const records = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { requestId: string });
    expect(records.map((r) => r.requestId)).toEqual(['req-card', 'req-plain']);
    expect(veil(['audit', 'export', '--since', 'yesterday'], { VEIL_DB: path }).stderr).toMatch(/--since: expected/);
  });

  it('refuses a database path that does not exist instead of creating one', () => {
    const result = veil(['audit', 'verify'], { VEIL_DB: '/nonexistent/dir/veil.db' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no database at/);
  });
});
