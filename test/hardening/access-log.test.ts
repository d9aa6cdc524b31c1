import { connect } from 'node:net';
import type { Context } from 'hono';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { log } from '../../src/log.js';
import { writeAccessLine } from '../../src/security/access-log.js';
import { startRig, type TestRig } from '../support/gateway.js';

/** The access lines ('request') the gateway's logger writes while `fn` runs, parsed. */
async function accessLines(fn: () => Promise<void>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const stream = (log as unknown as Record<symbol, { write: (s: string) => boolean }>)[pino.symbols.streamSym]!;
  const write = stream.write;
  const level = log.level;
  log.level = 'info';
  stream.write = (s: string) => lines.push(s) > 0;
  try {
    await fn();
  } finally {
    stream.write = write;
    log.level = level;
  }
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
}

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content }],
  ...extra,
});

describe('access log', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  it('writes one line per answer once it is done, streams included, with the id the client got', async () => {
    rig.upstream.set({ chunkSize: 4, eventDelayMs: 20 });
    const ids: string[] = [];
    const lines = await accessLines(async () => {
      const json = await rig.post('/v1/chat/completions', chat('hello there'));
      await json.text();
      ids.push(json.headers.get('x-veil-request-id') ?? '');
      const started = performance.now();
      const streamed = await rig.post('/v1/chat/completions', chat('a streamed answer', { stream: true }));
      await streamed.text();
      ids.push(streamed.headers.get('x-veil-request-id') ?? '');
      const streamMs = performance.now() - started;
      const missing = await fetch(rig.url('/v1/nothing-here'));
      await missing.text();
      ids.push(missing.headers.get('x-veil-request-id') ?? '');
      // The stream's line is written at its end, so it covers the events' delays (5 events x 20 ms).
      expect(streamMs).toBeGreaterThan(80);
    });
    rig.upstream.set({});
    expect(lines.map((l) => l.requestId)).toEqual(ids);
    expect(lines.map((l) => l.status)).toEqual([200, 200, 404]);
    expect(lines[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', team: 'default' });
    expect(lines[2]).toMatchObject({ path: 'unmatched' });
    expect(lines[1]?.ms as number).toBeGreaterThan(80);
  });

  it('logs 499 for a client that leaves before its answer is ready', async () => {
    rig.upstream.set({ delayMs: 400 });
    const lines = await accessLines(async () => {
      const body = JSON.stringify(chat('never mind'));
      const socket = connect(rig.gateway.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${rig.key}\r\n` +
          `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 600));
    });
    rig.upstream.set({});
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ status: 499, path: '/v1/chat/completions', team: 'default' });
  });
});

describe('access line fields', () => {
  /** A context as the line reads it: variables, method and matched route. */
  const context = (vars: Record<string, unknown>, method: string, routePath: string) => {
    const held = new Map(Object.entries(vars));
    return {
      get: (k: string) => held.get(k),
      set: (k: string, v: unknown) => held.set(k, v),
      req: { method, routePath },
    } as unknown as Context;
  };

  it('keeps each request its own method, route, team and key id when the parts are reused between lines', () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info', base: { service: 'veil' } }, { write: (s: string) => lines.push(s) > 0 });
    const asked: [string, string, { team: string; keyId?: string } | undefined][] = [
      ['POST', '/v1/chat/completions', { team: 'default', keyId: 'k1' }],
      ['POST', '/v1/chat/completions', { team: 'default', keyId: 'k1' }],
      ['GET', '/v1/chat/completions', { team: 'research', keyId: 'k2' }],
      ['POST', '/v1/chat/completions', { team: 'default' }],
      ['GET', '/*', undefined],
      ['POST', '/v1/chat/completions', { team: 'a "quoted"\nteam', keyId: 'k1' }],
    ];
    asked.forEach(([method, path, auth], i) => {
      writeAccessLine(logger, context({ requestId: `id-${i}`, auth }, method, path), 200, performance.now());
    });
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((l) => [l.requestId, l.method, l.path, l.team, l.keyId])).toEqual([
      ['id-0', 'POST', '/v1/chat/completions', 'default', 'k1'],
      ['id-1', 'POST', '/v1/chat/completions', 'default', 'k1'],
      ['id-2', 'GET', '/v1/chat/completions', 'research', 'k2'],
      ['id-3', 'POST', '/v1/chat/completions', 'default', undefined],
      ['id-4', 'GET', 'unmatched', undefined, undefined],
      ['id-5', 'POST', '/v1/chat/completions', 'a "quoted"\nteam', 'k1'],
    ]);
    expect(Object.keys(parsed[0] ?? {})).toEqual([
      'level',
      'time',
      'service',
      'requestId',
      'method',
      'path',
      'status',
      'team',
      'keyId',
      'ms',
      'msg',
    ]);
  });
});
