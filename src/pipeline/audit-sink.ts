import { type AuditLog, createAuditLog } from '../audit/log.js';
import { log } from '../log.js';
import type { Db } from '../store/db.js';

/** The audit log as the gateway runs it: retention from VEIL_AUDIT_RETENTION_DAYS, failures to the log. */
export function createAuditSink(db: Db, env: NodeJS.ProcessEnv): AuditLog {
  const days = env.VEIL_AUDIT_RETENTION_DAYS ? Number(env.VEIL_AUDIT_RETENTION_DAYS) : undefined;
  return createAuditLog(db, {
    retentionDays: days,
    onError: (err) => log.error({ err: err.message }, 'audit write failed'),
  });
}
