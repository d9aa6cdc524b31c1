/**
 * Soak benchmark (issue 7): mixed JSON and streaming traffic at high concurrency through Veil to the mock
 * upstream for a while (default 5 minutes; `--seconds N`), with sensitive values planted in a share of the
 * prompts. Reports errors, p50/p99 latency, the gateway's memory at start, after warm-up and at the end,
 * whether the audit holds one record per answered request, and whether the upstream ever received a planted
 * value.
 *
 * The gateway runs in a child process (its memory is measured alone); this process runs the load and the
 * mock upstream, which records bodies only until they are scanned (every 250 ms), so its memory stays flat.
 *
 *   npm run bench:soak -- --seconds 60 [--concurrency 64] [--stream-share 0.5] [--sensitive-share 0.3]
 */
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { Pool } from 'undici';
import { card, email, iban, person } from '../test/fuzz/sensitive.js';
import { startMockUpstream } from '../test/support/mock-upstream.js';

interface Memory {
  rss: number;
  heapUsed: number;
  /** Buffers and other memory outside the V8 heap that V8 knows of. */
  external: number;
}

type ToParent =
  | { type: 'ready'; url: string; key: string }
  | { type: 'memory'; memory: Memory }
  | { type: 'closed'; memory: Memory };

// ---------------------------------------------------------------- gateway child

async function runGatewayChild(): Promise<void> {
  const { startGateway } = await import('../src/gateway.js');
  const [dbPath, upstreamUrl] = [process.env.SOAK_DB!, process.env.SOAK_UPSTREAM!];
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    dbPath,
    env: {
      OPENAI_BASE_URL: upstreamUrl,
      OPENAI_API_KEY: 'sk-soak-upstream',
      ANTHROPIC_BASE_URL: upstreamUrl,
      ANTHROPIC_API_KEY: 'sk-ant-soak-upstream',
      VEIL_LOG_LEVEL: 'warn',
    },
  });
  const key = gateway.keys.create('default').key;
  const memory = (): Memory => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
  };
  const send = (msg: ToParent) => process.send?.(msg);
  process.on('message', async (msg: { type: string }) => {
    if (msg.type === 'memory') send({ type: 'memory', memory: memory() });
    if (msg.type === 'close') {
      const m = memory();
      await gateway.close();
      send({ type: 'closed', memory: m });
      process.exit(0);
    }
  });
  send({ type: 'ready', url: gateway.url, key });
}

// ---------------------------------------------------------------- load

interface Options {
  seconds: number;
  concurrency: number;
  streamShare: number;
  sensitiveShare: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { seconds: 300, concurrency: 64, streamShare: 0.5, sensitiveShare: 0.3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], Number(argv[i + 1])];
    if (flag === '--seconds') opts.seconds = value;
    else if (flag === '--concurrency') opts.concurrency = value;
    else if (flag === '--stream-share') opts.streamShare = value;
    else if (flag === '--sensitive-share') opts.sensitiveShare = value;
    else continue;
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
    i++;
  }
  return opts;
}

const PLAIN = [
  'Summarise the attached meeting notes in three bullet points and suggest a title.',
  'Write a short haiku about autumn rain on a tin roof.',
  'Explain the difference between a mutex and a semaphore to a new engineer.',
  'Translate "the invoice is overdue" into Spanish and French.',
];

interface Sample {
  body: string;
  stream: boolean;
  anthropic: boolean;
  planted: string[];
}

/** A pool of request bodies; planted values are generated once (checksum-valid cards and IBANs, e-mails, names). */
function samples(opts: Options): { pool: Sample[]; planted: Set<string> } {
  const cards = fc.sample(card, 300);
  const ibans = fc.sample(iban, 300);
  const emails = fc.sample(email, 300);
  const people = fc.sample(person, 300);
  const planted = new Set<string>();
  const pool: Sample[] = [];
  for (let i = 0; i < 1200; i++) {
    const sensitive = i % 100 < opts.sensitiveShare * 100;
    const stream = (i * 7919) % 100 < opts.streamShare * 100;
    const anthropic = i % 5 === 0;
    const base = PLAIN[i % PLAIN.length]!;
    const values: string[] = [];
    let text = base;
    if (sensitive) {
      const [c, b, e, p] = [cards[i % 300]!, ibans[i % 300]!, emails[i % 300]!, people[i % 300]!];
      text = `Customer ${p} (${e}) paid with card ${c}; refund to ${b}. ${base}`;
      values.push(c, b, e);
      // Normalised forms too: a card or IBAN must not leave with its spaces or dashes removed either.
      for (const v of [c, b]) planted.add(v.replace(/[ -]/g, ''));
      planted.add(e);
    }
    const body = anthropic
      ? { model: 'claude-x', max_tokens: 200, stream, messages: [{ role: 'user', content: text }] }
      : { model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content: text }] };
    pool.push({ body: JSON.stringify(body), stream, anthropic, planted: values });
  }
  return { pool, planted };
}

/** Finds planted values in an upstream body: digit runs (cards), IBAN-shaped and e-mail-shaped tokens. */
function leaked(body: string, planted: Set<string>): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/\d[\d -]{11,}\d/g)) if (planted.has(m[0].replace(/[ -]/g, ''))) out.push('card');
  for (const m of body.matchAll(/[A-Z]{2}\d{2}[A-Z0-9 ]{10,}/g))
    if (planted.has(m[0].replace(/ /g, ''))) out.push('iban');
  for (const m of body.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/g))
    if (planted.has(m[0])) out.push('email');
  return out;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const warmupSeconds = Math.min(30, Math.max(10, Math.round(opts.seconds / 10)));
  const upstream = await startMockUpstream({ record: true });
  const { pool: bodies, planted } = samples(opts);
  const leaks = new Map<string, number>();
  let upstreamSeen = 0;
  const scan = () => {
    const got = upstream.requests.splice(0);
    upstreamSeen += got.length;
    for (const r of got) for (const kind of leaked(r.body, planted)) leaks.set(kind, (leaks.get(kind) ?? 0) + 1);
  };
  const scanner = setInterval(scan, 250);

  const dir = mkdtempSync(join(tmpdir(), 'veil-soak-'));
  const dbPath = join(dir, 'veil.db');
  const child = fork(process.argv[1]!, ['--gateway-child'], {
    execArgv: [...process.execArgv, '--expose-gc'],
    env: { ...process.env, SOAK_DB: dbPath, SOAK_UPSTREAM: upstream.url, VEIL_LOG_LEVEL: 'warn' },
  });
  const waiting = new Map<string, (m: ToParent) => void>();
  child.on('message', (m: ToParent) => {
    waiting.get(m.type)?.(m);
    waiting.delete(m.type);
  });
  const next = <T extends ToParent['type']>(type: T) =>
    new Promise<Extract<ToParent, { type: T }>>((resolve) => waiting.set(type, resolve as (m: ToParent) => void));
  const ready = await next('ready');
  // One question at a time: replies are matched by type only.
  let asking: Promise<unknown> = Promise.resolve();
  const memory = (): Promise<Memory> => {
    const ask = asking.then(async () => {
      const reply = next('memory');
      child.send({ type: 'memory' });
      return (await reply).memory;
    });
    asking = ask.catch(() => undefined);
    return ask;
  };

  const memStart = await memory();
  const gateway = new Pool(ready.url, { connections: opts.concurrency, pipelining: 1 });
  const started = performance.now();
  const warmEnd = started + warmupSeconds * 1000;
  const end = started + opts.seconds * 1000;
  let memWarm: Memory | undefined;
  const latencies: number[] = [];
  const ttfb: number[] = [];
  const errors = new Map<string, number>();
  let answered = 0;
  let sent = 0;
  const fail = (why: string) => errors.set(why, (errors.get(why) ?? 0) + 1);
  const counts = { json: 0, stream: 0, sensitive: 0 };

  async function worker(id: number): Promise<void> {
    let i = id;
    while (performance.now() < end) {
      const s = bodies[i % bodies.length]!;
      i += opts.concurrency;
      const t0 = performance.now();
      sent++;
      try {
        const res = await gateway.request({
          method: 'POST',
          path: s.anthropic ? '/v1/messages' : '/v1/chat/completions',
          headers: {
            'content-type': 'application/json',
            ...(s.anthropic ? { 'x-api-key': ready.key } : { authorization: `Bearer ${ready.key}` }),
          },
          body: s.body,
        });
        answered++;
        let text = '';
        let first = true;
        for await (const chunk of res.body) {
          if (first) {
            ttfb.push(performance.now() - t0);
            first = false;
          }
          text += chunk.toString();
        }
        const ms = performance.now() - t0;
        if (res.statusCode !== 200) fail(`status ${res.statusCode}: ${text.slice(0, 120)}`);
        else if (s.stream && !text.includes(s.anthropic ? 'event: message_stop' : 'data: [DONE]'))
          fail('stream incomplete');
        else if (s.planted.some((v) => !text.includes(v))) fail('planted value not restored in the answer');
        else {
          latencies.push(ms);
          counts[s.stream ? 'stream' : 'json']++;
          if (s.planted.length > 0) counts.sensitive++;
        }
      } catch (err) {
        fail(`client error: ${(err as Error).name}: ${(err as Error).message}`);
      }
      if (!memWarm && performance.now() >= warmEnd) {
        memWarm = { rss: 0, heapUsed: 0, external: 0 };
        memWarm = await memory();
      }
    }
  }

  // The gateway's memory every 30 s, to tell a plateau from steady growth.
  const series: string[] = [];
  const sampler = setInterval(() => {
    const at = Math.round((performance.now() - started) / 1000);
    void memory().then((m) => series.push(`${at}s ${mb(m.rss)}/${mb(m.heapUsed)}`));
  }, 30_000);
  const progress = setInterval(() => {
    const s = Math.round((performance.now() - started) / 1000);
    process.stderr.write(`  ${s}s: ${answered} answered, ${[...errors.values()].reduce((a, b) => a + b, 0)} errors\n`);
  }, 10_000);
  await Promise.all(Array.from({ length: opts.concurrency }, (_, id) => worker(id)));
  clearInterval(progress);
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  await gateway.close();

  const memEnd = await memory();
  const closed = next('closed');
  child.send({ type: 'close' });
  await closed;
  await new Promise((r) => child.once('exit', r));
  clearInterval(scanner);
  scan();
  await upstream.close();

  const db = new Database(dbPath, { readonly: true });
  const auditRows = (db.prepare('SELECT count(*) AS n FROM audit_records').get() as { n: number }).n;
  const auditErrors = db
    .prepare('SELECT error, count(*) AS n FROM audit_records WHERE error IS NOT NULL GROUP BY error')
    .all();
  db.close();

  const sorted = Float64Array.from(latencies).sort();
  const sortedTtfb = Float64Array.from(ttfb).sort();
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const leakCount = [...leaks.values()].reduce((a, b) => a + b, 0);
  const growth = memWarm ? (memEnd.rss - memWarm.rss) / memWarm.rss : Number.NaN;
  const lines = [
    `Veil soak: ${opts.seconds} s (warm-up ${warmupSeconds} s), ${opts.concurrency} concurrent, ${Math.round(opts.streamShare * 100)}% streaming, ${Math.round(opts.sensitiveShare * 100)}% with sensitive values; gateway in its own process, load and mock upstream in this one`,
    `requests: ${sent} sent, ${answered} answered, ${latencies.length} ok (${counts.json} JSON, ${counts.stream} streamed, ${counts.sensitive} with sensitive values), ${(answered / elapsed).toFixed(0)} req/s`,
    `errors: ${errorCount}${errorCount ? ` ${JSON.stringify(Object.fromEntries(errors))}` : ''}`,
    `latency (ok answers, to last byte): p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${percentile(sorted, 100).toFixed(1)} ms`,
    `time to first byte: p50 ${percentile(sortedTtfb, 50).toFixed(1)} ms, p99 ${percentile(sortedTtfb, 99).toFixed(1)} ms`,
    `gateway memory (after GC): ${[
      ['start', memStart],
      ['after warm-up', memWarm],
      ['end', memEnd],
    ]
      .map(([label, m]) => {
        const mem = m as Memory | undefined;
        return mem ? `${label} RSS ${mb(mem.rss)} heap ${mb(mem.heapUsed)} external ${mb(mem.external)}` : `${label} -`;
      })
      .join('; ')}; RSS end vs warm-up ${(growth * 100).toFixed(1)}%`,
    `gateway RSS/heap every 30 s: ${series.join(', ') || '-'}`,
    `audit: ${auditRows} records for ${answered} answered requests${auditRows === answered ? ' (equal)' : ' (MISMATCH)'}; records with an error: ${JSON.stringify(auditErrors)}`,
    `upstream: ${upstreamSeen} requests received, ${leakCount} carried a planted sensitive value${leakCount ? ` ${JSON.stringify(Object.fromEntries(leaks))}` : ''}`,
  ];
  const verdict =
    errorCount === 0 && auditRows === answered && leakCount === 0 && Math.abs(growth) <= 0.2 ? 'PASS' : 'FAIL';
  console.log(
    [...lines, `verdict: ${verdict} (zero errors, audit = answered, no leak, end RSS within 20% of warm-up)`].join(
      '\n',
    ),
  );
  process.exitCode = verdict === 'PASS' ? 0 : 1;
}

if (process.argv.includes('--gateway-child')) await runGatewayChild();
else await main();
