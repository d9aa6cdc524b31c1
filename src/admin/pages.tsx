import { Hono } from 'hono';
import { getAuditRecord, parseFilters, queryAudit } from '../audit/query.js';
import { auditOverview } from '../audit/stats.js';
import { verifyChain } from '../audit/verify.js';
import type { AdminContext, AdminEnv } from './app.js';
import { RANGES, rangeOf } from './format.js';
import { HealthPage } from './pages/health.js';
import { KeysPage, type KeysView } from './pages/keys.js';
import { OverviewPage } from './pages/overview.js';
import { PoliciesPage } from './pages/policies.js';
import { RequestDetailPage, RequestsPage } from './pages/requests.js';

const TEAM = /^[a-z0-9][a-z0-9_-]*$/;

/** The dashboard's HTML pages; login and the CSRF checks happen before these handlers run. */
export function pageRoutes(ctx: AdminContext): Hono<AdminEnv> {
  const pages = new Hono<AdminEnv>();
  const { db, keys, policies } = ctx.deps;
  const base = ctx.base;
  const csrfOf = (session: { csrfToken: string } | undefined) => session?.csrfToken ?? '';
  const teams = () => [...policies.keys()].sort();

  pages.get('/', (c) => {
    const range = rangeOf(c.req.query('range'));
    const to = new Date().toISOString();
    const from = new Date(Date.now() - RANGES[range]).toISOString();
    const overview = auditOverview(db, { from, to });
    return c.html(<OverviewPage base={base} csrfToken={csrfOf(c.get('session'))} range={range} overview={overview} />);
  });

  pages.get('/requests', (c) => {
    const form = c.req.query();
    const { filters, errors } = parseFilters(form);
    const page = errors.length > 0 ? { records: [] } : queryAudit(db, filters);
    return c.html(
      <RequestsPage
        base={base}
        csrfToken={csrfOf(c.get('session'))}
        form={form}
        filters={filters}
        page={page}
        teams={teams()}
        errors={errors}
      />,
      errors.length > 0 ? 400 : 200,
    );
  });

  pages.get('/requests/:seq{[0-9]{1,15}}', (c) => {
    const record = getAuditRecord(db, Number(c.req.param('seq')));
    if (!record) return c.text('no such record', 404);
    return c.html(<RequestDetailPage base={base} csrfToken={csrfOf(c.get('session'))} record={record} />);
  });

  pages.get('/policies', (c) =>
    c.html(
      <PoliciesPage
        base={base}
        csrfToken={csrfOf(c.get('session'))}
        policies={[...policies.values()].sort((a, b) => a.team.localeCompare(b.team))}
        describe={ctx.describe}
      />,
    ),
  );

  const keysPage = (session: { csrfToken: string } | undefined, extra: Partial<KeysView> = {}) => (
    <KeysPage base={base} csrfToken={csrfOf(session)} keys={keys.list()} teams={teams()} {...extra} />
  );

  pages.get('/keys', (c) => c.html(keysPage(c.get('session'))));

  pages.post('/keys', async (c) => {
    const form = await c.req.parseBody();
    const team = typeof form.team === 'string' ? form.team : '';
    const label = typeof form.label === 'string' ? form.label.trim().slice(0, 80) : '';
    if (!TEAM.test(team) || !policies.has(team)) {
      return c.html(keysPage(c.get('session'), { error: 'Choose a team that has a policy.' }), 400);
    }
    const created = keys.create(team, label === '' ? undefined : label);
    return c.html(keysPage(c.get('session'), { created }), 201);
  });

  pages.post('/keys/:id{[a-z0-9]{12}}/revoke', (c) => {
    const id = c.req.param('id');
    const revoked = keys.revoke(id);
    return c.html(
      keysPage(
        c.get('session'),
        revoked ? { message: `Key ${id} revoked.` } : { error: `Key ${id} is not an active key.` },
      ),
      revoked ? 200 : 404,
    );
  });

  pages.get('/health', (c) => {
    const health = ctx.deps.health();
    const audit = ctx.deps.audit;
    return c.html(
      <HealthPage
        base={base}
        csrfToken={csrfOf(c.get('session'))}
        ready={health.ready}
        checks={health.checks}
        audit={audit ? { lagMs: audit.lagMs(), counters: audit.counters(), failure: audit.failure() } : undefined}
        verify={c.req.query('verify') === '1' ? verifyChain(db) : undefined}
      />,
    );
  });
  return pages;
}
