// The floor: the least a Hono gateway can do. No auth, no parsing, no inspection: the request body is read and
// sent to the upstream through an undici Pool, and the answer streams back chunk by chunk as it arrives. Veil
// is measured against it. The request body is read whole rather than streamed because that is the cheaper
// floor: measured here, handing Hono's request stream to undici doubled the CPU per request (1 KB JSON at 64
// connections: 0.64 against 0.31 ms) and halved the requests/s. Veil must read the body anyway to inspect it.
// Plain JavaScript so that it runs without a loader, like the built gateway. Argument: the upstream base URL.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { Pool } from 'undici';
import { profileOnSignal } from './signal-profiler.mjs';

const upstream = new URL(process.argv[2] ?? '');
const basePath = upstream.pathname.replace(/\/$/, '');
const pool = new Pool(upstream.origin, { connections: 128, pipelining: 1, keepAliveTimeout: 30_000 });

const app = new Hono();
app.post('/v1/*', async (c) => {
  const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-bench-upstream' };
  const res = await pool.request({
    method: 'POST',
    path: basePath + c.req.path.slice(3),
    headers,
    body: Buffer.from(await c.req.arrayBuffer()),
    signal: c.req.raw.signal,
  });
  const iterator = res.body[Symbol.asyncIterator]();
  const body = new ReadableStream(
    {
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel() {
        void iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
  const type = res.headers['content-type'];
  return new Response(body, {
    status: res.statusCode,
    headers: typeof type === 'string' ? { 'content-type': type } : {},
  });
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`BENCH_READY ${JSON.stringify({ url: `http://127.0.0.1:${info.port}` })}\n`);
});
// BENCH_PROFILE=<file>: SIGUSR2 starts the V8 sampling profiler and SIGTERM writes it.
const stopProfile = await profileOnSignal();
process.on('SIGTERM', () => {
  const stopped = stopProfile();
  server.close();
  void stopped.then(() => pool.close()).finally(() => process.exit(0));
});
