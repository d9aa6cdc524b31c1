import { Hono } from 'hono';
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
