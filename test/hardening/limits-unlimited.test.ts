import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/http/errors.js';
import { Limiter, type RateLimits } from '../../src/limits/limiter.js';

let n = 0;
const req = (keyId: string, team: string, tokens = 10) => ({ id: `u${n++}`, keyId, team, tokens });

function limiter(byTeam: Record<string, { key: RateLimits; team: RateLimits }>, maxTracked?: number) {
  const clock = { t: 0 };
  const asked: string[] = [];
  const l = new Limiter({
    limitsFor: (team) => {
      asked.push(team);
      return byTeam[team] ?? { key: {}, team: {} };
    },
    now: () => clock.t,
    maxTracked,
  });
  return { l, clock, asked };
}

describe('Limiter without limits', () => {
  it('admits any number of concurrent requests of an unlimited key and team, holding no running entries', () => {
    const { l } = limiter({ open: { key: { concurrent: 0, requestsPerMinute: 0 }, team: {} } });
    const leases = Array.from({ length: 500 }, () => l.acquire(req('k-open', 'open', 1_000_000)));
    expect(l.size().open).toBeLessThanOrEqual(1);
    for (const lease of leases) {
      lease.release();
      lease.release();
    }
    expect(l.size()).toMatchObject({ keys: 1, teams: 1, open: 0 });
  });

  it('still refuses through the team when only the key is unlimited, and through the key when only the team is', () => {
    const { l } = limiter({
      capped: { key: {}, team: { concurrent: 2 } },
      paced: { key: { requestsPerMinute: 3 }, team: {} },
    });
    const held = [l.acquire(req('a', 'capped')), l.acquire(req('b', 'capped'))];
    expect(() => l.acquire(req('c', 'capped'))).toThrow(ApiError);
    held[0]?.release();
    expect(() => l.acquire(req('c', 'capped'))).not.toThrow();
    for (let i = 0; i < 3; i++) l.acquire(req('p', 'paced')).release();
    expect(() => l.acquire(req('p', 'paced'))).toThrow(ApiError);
  });

  it('keeps memory bounded with many unlimited keys, and each team keeps its own limits', () => {
    const { l, asked } = limiter({ tight: { key: { concurrent: 1 }, team: {} } }, 50);
    for (let i = 0; i < 2000; i++) l.acquire(req(`free${i}`, 'free')).release();
    expect(l.size().keys).toBeLessThanOrEqual(51);
    const one = l.acquire(req('t1', 'tight'));
    expect(() => l.acquire(req('t1', 'tight'))).toThrow(ApiError);
    one.release();
    expect(() => l.acquire(req('t1', 'tight')).release()).not.toThrow();
    // A repeated unlimited key asks for its limits once, not on every request.
    const before = asked.length;
    for (let i = 0; i < 100; i++) l.acquire(req('again', 'free')).release();
    expect(asked.length - before).toBeLessThanOrEqual(2);
  });
});
