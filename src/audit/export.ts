import type { Db } from '../store/db.js';
import { type AuditFilters, queryAudit } from './query.js';
import type { AuditRecord } from './record.js';

export type ExportFormat = 'csv' | 'jsonl';

const CSV_COLUMNS = [
  'seq',
  'time',
  'requestId',
  'team',
  'keyId',
  'clientIp',
  'endpoint',
  'modelRequested',
  'modelAnswered',
  'route',
  'reason',
  'policy',
  'mode',
  'status',
  'upstreamStatus',
  'inspectMs',
  'upstreamMs',
  'firstTokenMs',
  'totalMs',
  'promptTokens',
  'completionTokens',
  'error',
  'findings',
  'hash',
] as const;

/** "EMAIL/email x2 [regex] pseudonymize; ..." so a spreadsheet shows findings in one cell. */
export function findingsSummary(record: AuditRecord): string {
  return record.findings
    .map((f) => `${f.label}/${f.type} x${f.count} [${f.detectors.join(' ')}] ${f.action}`)
    .join('; ');
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet the security team opens.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
}

export function csvLine(record: AuditRecord): string {
  return `${CSV_COLUMNS.map((c) => csvCell(c === 'findings' ? findingsSummary(record) : record[c])).join(',')}\n`;
}

export function jsonLine(record: AuditRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** Writes every matching record, oldest first, page by page so memory stays flat on large logs. */
export async function exportAudit(
  db: Db,
  filters: AuditFilters,
  format: ExportFormat,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  let count = 0;
  if (format === 'csv') await write(csvHeader());
  let cursor: string | undefined;
  do {
    const page = queryAudit(db, { ...filters, order: 'asc', limit: 1000, cursor });
    for (const record of page.records) {
      await write(format === 'csv' ? csvLine(record) : jsonLine(record));
      count += 1;
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return count;
}
