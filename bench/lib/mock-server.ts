import { startMockUpstream } from '../../test/support/mock-upstream.js';

/**
 * The tests' mock upstream as a process of its own, so it can be pinned to a core. It echoes the last user
 * message (JSON, or SSE in events of BENCH_CHUNK characters) and records nothing.
 */
const upstream = await startMockUpstream({ record: false });
upstream.set({ chunkSize: Number(process.env.BENCH_CHUNK ?? 64) });
process.stdout.write(`BENCH_READY ${JSON.stringify({ url: upstream.url })}\n`);
process.on('SIGTERM', () => {
  void upstream.close().finally(() => process.exit(0));
});
