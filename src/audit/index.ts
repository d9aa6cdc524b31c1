/** The audit log's public surface for the pipeline, the server start and the CLI. */
export type { AuditEvent, AuditSink } from './event.js';
export { type ExportFormat, exportAudit } from './export.js';
export { fingerprint, type LookupHit, lookupForms, lookupValue } from './fingerprint.js';
export { type AuditCounters, type AuditLog, type AuditLogOptions, createAuditLog } from './log.js';
export { type AuditFilters, type AuditPage, getAuditRecord, parseFilters, queryAudit } from './query.js';
export type { AuditRecord } from './record.js';
export { type PurgeResult, purgeOlderThan } from './retention.js';
export { type AuditOverview, auditOverview } from './stats.js';
export { type Checkpoint, parseCheckpoint, type VerifyResult, verifyChain } from './verify.js';
