import { Pool } from 'undici';
import { describe, expect, it } from 'vitest';
import { RequestAbort } from '../../src/pipeline/request-abort.js';
import { startMockUpstream } from '../support/mock-upstream.js';

describe('RequestAbort', () => {
  it('aborts once, with its reason, and tells its listeners once', () => {
    const abort = new RequestAbort();
    let heard = 0;
    abort.on('abort', () => heard++);
    const reason = new Error('client disconnected');
    abort.abort(reason);
    abort.abort(new Error('second'));
    expect(abort.aborted).toBe(true);
    expect(abort.reason).toBe(reason);
    expect(heard).toBe(1);
  });

  it('hands out a real AbortSignal on demand that follows it, before or after the abort', () => {
    const early = new RequestAbort();
    const signal = early.signal;
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal.aborted).toBe(false);
    early.abort(new Error('gone'));
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).message).toBe('gone');
    expect(early.signal).toBe(signal);

    const late = new RequestAbort();
    late.abort(new Error('timeout'));
    expect(late.signal.aborted).toBe(true);
    expect((late.signal.reason as Error).message).toBe('timeout');
  });

  it('cancels an undici request as its signal', async () => {
    const upstream = await startMockUpstream();
    upstream.set({ delayMs: 2000 });
    const pool = new Pool(new URL(upstream.url).origin);
    try {
      const abort = new RequestAbort();
      const started = performance.now();
      const pending = pool.request({
        method: 'POST',
        path: '/v1/chat/completions',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
        signal: abort,
      });
      setTimeout(() => abort.abort(new Error('client disconnected')), 50);
      await expect(pending).rejects.toThrow('client disconnected');
      // Given up at the abort, not when the upstream would have answered (2 s).
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      await pool.close();
      await upstream.close();
    }
  });
});

describe('RequestAbort listeners', () => {
  it('calls each listener once, forgets removed ones, and ignores listeners added after the abort', () => {
    const abort = new RequestAbort();
    const heard: string[] = [];
    const a = () => heard.push('a');
    const b = () => heard.push('b');
    abort.once('abort', a).on('abort', b);
    abort.removeListener('abort', a);
    abort.abort();
    abort.on('abort', () => heard.push('late'));
    abort.abort();
    expect(heard).toEqual(['b']);
    expect((abort.reason as DOMException).name).toBe('AbortError');
  });
});
