import { Hono } from 'hono';
import { exportAudit } from '../audit/export.js';
import { getAuditRecord, parseFilters, queryAudit } from '../audit/query.js';
import { auditOverview } from '../audit/stats.js';
import type { AdminContext, AdminEnv } from './app.js';
import { RANGES, rangeOf } from './format.js';

/**
 * The admin JSON API (session or bearer admin token). Records hold labels, counts and hashes only, so they can
 * be returned whole.
 */
export function apiRoutes(ctx: AdminContext): Hono<AdminEnv> {
  const api = new Hono<AdminEnv>();
  const { db } = ctx.deps;

  api.get('/audit', (c) => {
    const { filters, errors } = parseFilters(c.req.query());
    if (errors.length > 0) return c.json({ error: 'invalid filters', problems: errors }, 400);
    return c.json(queryAudit(db, filters));
  });

  api.get('/audit/:seq{[0-9]{1,15}}', (c) => {
    const record = getAuditRecord(db, Number(c.req.param('seq')));
    return record ? c.json(record) : c.json({ error: 'no such record' }, 404);
  });

  // Download of the filtered log (the dashboard's "export" link); same columns as `veil audit export`.
  api.get('/export', (c) => {
    const format = c.req.query('format') === 'csv' ? 'csv' : 'jsonl';
    const { filters, errors } = parseFilters(c.req.query());
    if (errors.length > 0) return c.json({ error: 'invalid filters', problems: errors }, 400);
    const { cursor: _ignored, limit: _all, ...rest } = filters;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          await exportAudit(db, rest, format, (chunk) => controller.enqueue(encoder.encode(chunk)));
          controller.close();
        } catch (err) {
          controller.error(err);
        }
      },
    });
    const name = `veil-audit-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.${format}`;
    return c.body(body, 200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
      'Content-Disposition': `attachment; filename="${name}"`,
    });
  });

  api.get('/overview', (c) => {
    const { filters, errors } = parseFilters(c.req.query());
    if (errors.length > 0) return c.json({ error: 'invalid filters', problems: errors }, 400);
    const to = filters.to ?? new Date().toISOString();
    const from = filters.from ?? new Date(Date.parse(to) - RANGES[rangeOf(c.req.query('range'))]).toISOString();
    return c.json(auditOverview(db, { ...filters, from, to }));
  });

  api.get('/health', (c) => {
    const health = ctx.deps.health();
    const audit = ctx.deps.audit;
    return c.json({
      ...health,
      audit: audit ? { lagMs: audit.lagMs(), counters: audit.counters(), failure: audit.failure() ?? null } : null,
    });
  });
  return api;
}
