import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QueueFullError, SlotPool } from '../../src/providers/local/slot-pool.js';

type Step = { op: 'acquire' } | { op: 'release'; pick: number } | { op: 'abort'; pick: number };

const step = fc.oneof(
  fc.constant<Step>({ op: 'acquire' }),
  fc.nat(20).map<Step>((pick) => ({ op: 'release', pick })),
  fc.nat(20).map<Step>((pick) => ({ op: 'abort', pick })),
);

const tick = () => new Promise((r) => setImmediate(r));

describe('SlotPool', () => {
  it('never runs more than its slots, never queues more than its queue, and grants in arrival order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(step, { maxLength: 40 }),
        async (slots, queueSize, steps) => {
          const pool = new SlotPool(slots, queueSize);
          const held: (() => void)[] = [];
          const waiting: { controller: AbortController; id: number }[] = [];
          const granted: number[] = [];
          let next = 0;
          for (const s of steps) {
            if (s.op === 'acquire') {
              const controller = new AbortController();
              const id = next++;
              const before = { active: pool.active, waiting: pool.waiting };
              const promise = pool.acquire(controller.signal);
              if (before.active < slots) {
                held.push(await promise);
                granted.push(id);
              } else if (before.waiting >= queueSize) {
                await expect(promise).rejects.toBeInstanceOf(QueueFullError);
              } else {
                waiting.push({ controller, id });
                promise.then(
                  (release) => {
                    held.push(release);
                    granted.push(id);
                    waiting.splice(
                      waiting.findIndex((w) => w.id === id),
                      1,
                    );
                  },
                  () => undefined,
                );
              }
            } else if (s.op === 'release' && held.length > 0) {
              held.splice(s.pick % held.length, 1)[0]?.();
            } else if (s.op === 'abort' && waiting.length > 0) {
              const [w] = waiting.splice(s.pick % waiting.length, 1);
              w?.controller.abort();
            }
            await tick();
            expect(pool.active).toBeLessThanOrEqual(slots);
            expect(pool.waiting).toBeLessThanOrEqual(queueSize);
            expect(pool.active).toBe(held.length);
            expect(pool.waiting).toBe(waiting.length);
          }
          // Grants happen in arrival order.
          expect([...granted].sort((a, b) => a - b)).toEqual(granted);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects everyone waiting on shutdown', async () => {
    const pool = new SlotPool(1, 2);
    await pool.acquire();
    const a = pool.acquire();
    const b = pool.acquire();
    pool.rejectWaiting(new Error('closing'));
    await expect(a).rejects.toThrow('closing');
    await expect(b).rejects.toThrow('closing');
    expect(pool.waiting).toBe(0);
  });

  it('refuses at once when the signal is already aborted', async () => {
    const pool = new SlotPool(1, 1);
    const controller = new AbortController();
    controller.abort();
    await expect(pool.acquire(controller.signal)).rejects.toThrow();
    expect(pool.active).toBe(0);
  });
});
