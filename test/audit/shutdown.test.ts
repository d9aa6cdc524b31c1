import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/audit/verify.js';
import { openDb } from '../../src/store/db.js';
import { startRig } from '../support/gateway.js';

describe('graceful shutdown under load', () => {
  it('writes one audit record for every request that was answered', async () => {
    const rig = await startRig();
    const dbPath = rig.gateway.db.name;
    // Slow answers keep requests in flight while the gateway shuts down.
    rig.upstream.set({ delayMs: 40 });
    let answered = 0;
    let refused = 0;
    let bodyCut = 0;
    let inFlight = 0;
    let stop = false;
    const client = async () => {
      while (!stop) {
        inFlight += 1;
        try {
          const res = await rig.post('/v1/chat/completions', {
            model: 'gpt-4o-mini',
            messages: [{ role: 'user', content: 'Send the invoice to ana.garcia@example.com' }],
          });
          // The gateway answered once the status arrived; the body may still be cut by the closing socket.
          answered += 1;
          await res.arrayBuffer().catch(() => {
            bodyCut += 1;
          });
        } catch {
          // Connection refused or reset once the server has stopped listening: never answered.
          refused += 1;
          return;
        } finally {
          inFlight -= 1;
        }
      }
    };
    const clients = Array.from({ length: 6 }, client);
    for (let waited = 0; answered < 12 && waited < 15_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBeGreaterThanOrEqual(12);
    // Like a load balancer draining the instance: no new requests once shutdown starts, the running ones finish.
    stop = true;
    const runningAtShutdown = inFlight;
    await rig.gateway.close();
    expect(runningAtShutdown).toBeGreaterThan(0);
    await Promise.all(clients);
    await rig.upstream.close();

    const db = openDb(dbPath);
    const stored = db.prepare('SELECT COUNT(*) AS n FROM audit_records').get() as { n: number };
    expect(stored.n).toBe(answered);
    expect(verifyChain(db)).toMatchObject({ ok: true, verified: answered });
    db.close();
    expect(refused).toBeLessThanOrEqual(6);
    expect(bodyCut).toBeLessThanOrEqual(6);
  });
});
