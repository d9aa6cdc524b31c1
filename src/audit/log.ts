import type { Db } from '../store/db.js';
import { startCheckpointer } from './checkpointer.js';
import type { AuditEvent, AuditSink } from './event.js';
import { chainHash, GENESIS_HASH, toContent } from './record.js';
import { purgeOlderThan } from './retention.js';
import {
  chainHeadReader,
  FINDING_COLUMNS,
  FINGERPRINT_COLUMNS,
  INSERT_FINDINGS_SQL,
  INSERT_FINGERPRINTS_SQL,
  INSERT_RECORD_SQL,
  insertRecordsSql,
  multiRowInserter,
  pushDetailValues,
  pushRecordValues,
} from './store.js';

export interface AuditLogOptions {
  /** Records older than this many days are purged (at start and hourly). Unset: kept forever. */
  retentionDays?: number;
  /** Events written per transaction at most; a full batch is written without waiting for the timer. */
  batchSize?: number;
  /**
   * How long an event may wait in the queue before its batch is written (default 100 ms). Bigger batches write
   * each index's last pages once for more rows: at 3000 requests/s, batches of 300 rows cost each record about
   * 19 µs of CPU against 23 µs for batches of 150 (50 ms), and 50-row batches cost a third more again.
   */
  flushIntervalMs?: number;
  /** Called once per failed write or purge, with a message that holds no request data. */
  onError?: (err: Error) => void;
  /** Events kept in memory while the database cannot be written; beyond this the oldest are counted and dropped. */
  maxQueue?: number;
}

export interface AuditCounters {
  queued: number;
  written: number;
  batches: number;
  writeErrors: number;
  dropped: number;
  purged: number;
}

export interface AuditLog extends AuditSink {
  /** Age in ms of the oldest event still waiting to be written (0 when the queue is empty). */
  lagMs(): number;
  counters(): AuditCounters;
}

const RETRY_MS = 1_000;
/** Records per INSERT statement in a batch (the rest of a batch goes one by one). */
const ROWS_PER_INSERT = 8;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * The audit sink. record() only pushes onto an in-memory queue, so the request path pays for an array push; a
 * timer writes the queue in immediate transactions that each extend the hash chain from the newest stored
 * record (read inside the transaction, so a second writer on the same file cannot fork the chain). A failed
 * write keeps the events queued, sets failure() for readiness and fail-closed decisions, and retries.
 */
export function createAuditLog(db: Db, options: AuditLogOptions = {}): AuditLog {
  const days = options.retentionDays;
  if (days !== undefined && !(Number.isFinite(days) && days > 0)) {
    // A typo in VEIL_AUDIT_RETENTION_DAYS must stop the start, not silently keep or purge everything.
    throw new Error('audit retention must be a positive number of days');
  }
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const interval = Math.max(1, options.flushIntervalMs ?? 100);
  const maxQueue = Math.max(batchSize, options.maxQueue ?? 100_000);
  // Events waiting to be written, and beside them when each was queued (for lagMs): two flat arrays rather than
  // an entry object per request, and a batch is handed to the writer as a slice of the events themselves.
  const queue: AuditEvent[] = [];
  const queuedAt: number[] = [];
  const counters: AuditCounters = { queued: 0, written: 0, batches: 0, writeErrors: 0, dropped: 0, purged: 0 };
  let failure: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  // True while the pending timer is an immediate write of a full batch, so further records do not re-arm it.
  let urgent = false;
  let closed = false;

  const insertRecord = db.prepare(INSERT_RECORD_SQL);
  const insertRecords = db.prepare(insertRecordsSql(ROWS_PER_INSERT));
  const insertFindings = multiRowInserter(db, INSERT_FINDINGS_SQL, FINDING_COLUMNS);
  const insertFingerprints = multiRowInserter(db, INSERT_FINGERPRINTS_SQL, FINGERPRINT_COLUMNS);
  const chainHead = chainHeadReader(db);
  // WAL checkpoints on a worker thread, off the event loop (see checkpointer.ts).
  const checkpointer = startCheckpointer(db);

  const writeBatch = db.transaction((events: AuditEvent[]) => {
    const head = chainHead();
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    // Records go in groups of ROWS_PER_INSERT; their findings and fingerprints after all of them (they
    // reference the records' seq), many rows per statement too.
    let values: unknown[] = [];
    const findings: unknown[] = [];
    const prints: unknown[] = [];
    const whole = events.length - (events.length % ROWS_PER_INSERT);
    for (let at = 0; at < events.length; at++) {
      seq += 1;
      const content = toContent(events[at] as AuditEvent, seq);
      const hash = chainHash(prevHash, content);
      pushRecordValues(values, content, prevHash, hash);
      if (at >= whole) {
        insertRecord.run(values);
        values = [];
      } else if (at % ROWS_PER_INSERT === ROWS_PER_INSERT - 1) {
        insertRecords.run(values);
        values = [];
      }
      pushDetailValues(findings, prints, content);
      prevHash = hash;
    }
    insertFindings(findings);
    insertFingerprints(prints);
  });

  function report(context: string, err: unknown): void {
    const error = new Error(`audit log: ${context}: ${err instanceof Error ? err.message : String(err)}`);
    try {
      options.onError?.(error);
    } catch {
      // A failing error handler must not stop the writer; failure() still reports the problem.
    }
  }

  /** Writes one batch from the head of the queue; false when the write failed and the events stay queued. */
  function writeOne(): boolean {
    const batch = queue.slice(0, batchSize);
    try {
      writeBatch.immediate(batch);
    } catch (err) {
      counters.writeErrors += 1;
      failure = `audit log cannot be written: ${err instanceof Error ? err.message : String(err)}`;
      report('write failed', err);
      return false;
    }
    queue.splice(0, batch.length);
    queuedAt.splice(0, batch.length);
    counters.written += batch.length;
    counters.batches += 1;
    failure = undefined;
    checkpointer?.written(batch.length);
    return true;
  }

  /** Writes everything queued (flush, close); false when a write failed and events remain queued. */
  function drain(): boolean {
    while (queue.length > 0) if (!writeOne()) return false;
    return true;
  }

  function schedule(delay: number): void {
    if (timer !== undefined || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      urgent = false;
      // One batch per turn of the event loop, so a backlog never blocks requests for longer than one batch.
      if (queue.length === 0) return;
      if (!writeOne()) schedule(RETRY_MS);
      else if (queue.length >= batchSize) {
        urgent = true;
        schedule(0);
      } else if (queue.length > 0) schedule(interval);
    }, delay);
    // A pending write must not keep a finished CLI process alive; servers call close() on shutdown.
    timer.unref();
  }

  function purge(): void {
    if (options.retentionDays === undefined) return;
    try {
      counters.purged += purgeOlderThan(db, new Date(Date.now() - options.retentionDays * 86_400_000)).purged;
    } catch (err) {
      report('retention purge failed', err);
    }
  }
  purge();
  const purgeTimer = options.retentionDays === undefined ? undefined : setInterval(purge, PURGE_EVERY_MS);
  purgeTimer?.unref();

  return {
    record(event: AuditEvent): void {
      if (closed) {
        // A request finishing after close() still deserves its record: write it at once.
        queue.push(event);
        queuedAt.push(performance.now());
        counters.queued += 1;
        drain();
        return;
      }
      if (queue.length >= maxQueue) {
        queue.shift();
        queuedAt.shift();
        counters.dropped += 1;
        failure ??= 'audit log queue overflow: records were dropped';
      }
      queue.push(event);
      queuedAt.push(performance.now());
      counters.queued += 1;
      // While failing, the retry timer paces attempts; a full batch must not turn every request into a retry.
      if (queue.length >= batchSize && failure === undefined && !urgent) {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        urgent = true;
        schedule(0);
      } else schedule(interval);
    },
    failure: () => failure,
    lagMs: () => (queue.length === 0 ? 0 : performance.now() - (queuedAt[0] ?? performance.now())),
    counters: () => ({ ...counters }),
    async flush(): Promise<void> {
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        urgent = false;
      }
      if (!drain()) {
        schedule(RETRY_MS);
        throw new Error(failure ?? 'audit log: flush failed');
      }
    },
    async close(): Promise<void> {
      closed = true;
      if (purgeTimer) clearInterval(purgeTimer);
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      const drained = drain();
      await checkpointer?.close();
      if (!drained) throw new Error(`${failure ?? 'audit log: close failed'} (${queue.length} records not written)`);
    },
  };
}
