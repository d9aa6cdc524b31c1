import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from '../store/db.js';

/**
 * SQLite's automatic WAL checkpoint runs inside the commit that crosses 1000 pages, on the thread that commits:
 * for the audit writer that is the event loop, and the checkpoint's copy and fsync stopped every request for
 * 15-55 ms about once per 9000 records (1 KB SSE at 64 connections: batches of 500 records took 4 ms, the
 * checkpointing ones 18-56 ms). Here the connection's automatic checkpoint is turned off and a worker thread with
 * a connection of its own runs PASSIVE checkpoints instead (they never wait for a lock and never block the
 * writer; the writer restarts the WAL at its next commit after a complete one). Should the worker fail, the
 * connection's automatic checkpoint is turned back on, so the WAL never grows without bound.
 */
export interface Checkpointer {
  /** Counts records just committed; every RECORDS_PER_CHECKPOINT of them the worker is asked to checkpoint. */
  written(records: number): void;
  close(): Promise<void>;
}

/**
 * Records written between two checkpoint requests: about SQLite's own 1000-page threshold for records without
 * findings (it checkpointed once per ~9000 of them), up to twice that with findings. Not more often: a checkpoint
 * copies each changed page once however often it changed since the last one, so frequent checkpoints copy the
 * indexes' last pages over and over (every 2000 records cost the plumbing about 2% more CPU per request).
 */
const RECORDS_PER_CHECKPOINT = 8_000;
const AUTO_CHECKPOINT_PAGES = 1_000;

// CommonJS (an eval worker is not a module): better-sqlite3's path comes from the parent, which resolved it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  db.pragma('wal_checkpoint(PASSIVE)');
});
`;

/** A checkpointer for a file database in WAL mode; undefined (SQLite's own checkpoints stay) for any other. */
export function startCheckpointer(db: Db): Checkpointer | undefined {
  if (db.memory || db.readonly) return undefined;
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return undefined;
  let worker: Worker;
  try {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path: db.name } });
  } catch {
    return undefined;
  }
  // A finished CLI process must not be kept alive by the worker; servers call close() on shutdown.
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  let closing = false;
  let failed = false;
  const fallBack = () => {
    if (failed || closing) return;
    failed = true;
    try {
      if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    } catch {
      // The connection is going away; nothing left to checkpoint for.
    }
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  let pending = 0;
  return {
    written(records: number): void {
      if (failed) return;
      pending += records;
      if (pending < RECORDS_PER_CHECKPOINT) return;
      pending = 0;
      worker.postMessage(0);
    },
    async close(): Promise<void> {
      if (closing) return;
      closing = true;
      // The worker closes its connection and ends; terminate() only if it does not within a second. Both the
      // worker and the timer hold the process meanwhile: unreferenced, a process with nothing else left to do
      // would exit (status 13, a top-level await never settled) before the worker's exit arrived.
      worker.ref();
      let timer: NodeJS.Timeout | undefined;
      const ended = new Promise<boolean>((done) => worker.once('exit', () => done(true)));
      const timeout = new Promise<boolean>((done) => {
        timer = setTimeout(() => done(false), 1_000);
      });
      worker.postMessage('close');
      const inTime = await Promise.race([ended, timeout]);
      clearTimeout(timer);
      if (!inTime) await worker.terminate();
      try {
        if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
      } catch {
        // Already closed: SQLite checkpointed on closing the last connection.
      }
    },
  };
}
