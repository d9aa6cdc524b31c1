import type { AuditFilters, AuditPage } from '../../audit/query.js';
import type { AuditRecord } from '../../audit/record.js';
import { LABELS } from '../../detect/types.js';
import { formatMs, formatTime, queryString } from '../format.js';
import { Layout } from '../layout.js';

export interface RequestsView {
  base: string;
  csrfToken: string;
  /** The raw form values, shown back in the form (they are ours to escape, never interpreted as HTML). */
  form: Record<string, string | undefined>;
  filters: AuditFilters;
  page: AuditPage;
  teams: string[];
  errors: string[];
}

/**
 * The labels the log can be filtered by: every detector label, and IMAGE, the image parts the parsers count (never
 * read) that the team's images rule allowed, blocked or kept local.
 */
const FILTER_LABELS = [...LABELS, 'IMAGE'] as const;

function Select(props: { name: string; label: string; value?: string; options: readonly string[] }) {
  return (
    <label>
      {props.label}
      <select name={props.name}>
        <option value="">any</option>
        {props.options.map((o) => (
          <option value={o} selected={props.value === o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FindingChips(props: { record: AuditRecord }) {
  return (
    <>
      {props.record.findings.map((f) => (
        <span class="chip" title={`${f.type} → ${f.action}`}>
          {f.label}×{f.count}
        </span>
      ))}
    </>
  );
}

export function RequestsPage(v: RequestsView) {
  const next = v.page.nextCursor ? `${v.base}/requests${queryString({ ...v.form, cursor: v.page.nextCursor })}` : '';
  return (
    <Layout base={v.base} title="Requests" active="/requests" csrfToken={v.csrfToken}>
      <h1>Requests</h1>
      <form class="filters" method="get" action={`${v.base}/requests`}>
        <label>
          From (24h, 7d or ISO)
          <input name="from" value={v.form.from ?? ''} size={12} />
        </label>
        <label>
          To
          <input name="to" value={v.form.to ?? ''} size={12} />
        </label>
        <Select name="team" label="Team" value={v.form.team} options={v.teams} />
        <Select name="route" label="Route" value={v.form.route} options={['cloud', 'local', 'blocked', 'error']} />
        <Select name="label" label="Label" value={v.form.label} options={FILTER_LABELS} />
        <label>
          Status (403, 4xx)
          <input name="status" value={v.form.status ?? ''} size={5} />
        </label>
        <label>
          Request id
          <input name="requestId" value={v.form.requestId ?? ''} size={14} />
        </label>
        <label>
          Key id
          <input name="keyId" value={v.form.keyId ?? ''} size={12} />
        </label>
        <button type="submit">Filter</button>
        <a href={`${v.base}/requests`}>clear</a>
      </form>
      {v.errors.length > 0 && (
        <div class="error">
          {v.errors.map((e) => (
            <div>{e}</div>
          ))}
        </div>
      )}
      <table id="requests">
        <thead>
          <tr>
            <th>Time (UTC)</th>
            <th>Team</th>
            <th>Key</th>
            <th>Endpoint</th>
            <th>Model</th>
            <th>Route</th>
            <th class="num">Status</th>
            <th>Findings</th>
            <th class="num">Total</th>
          </tr>
        </thead>
        <tbody>
          {v.page.records.map((r) => (
            <tr data-request-id={r.requestId}>
              <td>
                <a href={`${v.base}/requests/${r.seq}`}>{formatTime(r.time)}</a>
              </td>
              <td>{r.team ?? '–'}</td>
              <td>{r.keyId ?? '–'}</td>
              <td>{r.endpoint}</td>
              <td>{r.modelRequested ?? '–'}</td>
              <td class={`route-${r.route}`}>{r.route}</td>
              <td class={r.status >= 400 ? 'num bad' : 'num'}>{r.status}</td>
              <td>
                <FindingChips record={r} />
              </td>
              <td class="num">{formatMs(r.totalMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {v.page.records.length === 0 && <p class="muted">No request matches these filters.</p>}
      <p class="pager">
        {next && <a href={next}>Older requests →</a>}{' '}
        <a href={`${v.base}/api/export${queryString({ ...v.form, cursor: undefined, format: 'csv' })}`}>
          Export these filters as CSV
        </a>{' '}
        <a href={`${v.base}/api/export${queryString({ ...v.form, cursor: undefined, format: 'jsonl' })}`}>JSONL</a>
      </p>
    </Layout>
  );
}

export function RequestDetailPage(props: { base: string; csrfToken: string; record: AuditRecord }) {
  const r = props.record;
  const rows: [string, string][] = [
    ['Record', String(r.seq)],
    ['Time (UTC)', formatTime(r.time)],
    ['Request id', r.requestId],
    ['Team', r.team ?? '–'],
    ['Key id', r.keyId ?? '–'],
    ['Client address', r.clientIp ?? '–'],
    ['Endpoint', r.endpoint],
    ['Model requested', r.modelRequested ?? '–'],
    ['Model that answered', r.modelAnswered ?? '–'],
    ['Route', r.route],
    ['Reason', r.reason || '–'],
    ['Policy / mode', `${r.policy ?? '–'} / ${r.mode ?? '–'}`],
    ['Status / upstream status', `${r.status} / ${r.upstreamStatus ?? '–'}`],
    ['Inspection', formatMs(r.inspectMs)],
    ['Upstream', formatMs(r.upstreamMs)],
    ['First token', formatMs(r.firstTokenMs)],
    ['Total', formatMs(r.totalMs)],
    ['Tokens (prompt / completion)', `${r.promptTokens ?? '–'} / ${r.completionTokens ?? '–'}`],
    ['Error', r.error ?? '–'],
    ['Value fingerprints', String(r.fingerprints.length)],
    ['Hash', r.hash],
    ['Previous hash', r.prevHash],
  ];
  return (
    <Layout base={props.base} title={`Request ${r.requestId}`} active="/requests" csrfToken={props.csrfToken}>
      <h1>Request {r.requestId}</h1>
      <dl class="detail" id="detail">
        {rows.map(([k, val]) => (
          <>
            <dt>{k}</dt>
            <dd>{val}</dd>
          </>
        ))}
      </dl>
      <h2>Findings</h2>
      {r.findings.length === 0 ? (
        <p class="muted">Nothing sensitive was found.</p>
      ) : (
        <table id="findings">
          <thead>
            <tr>
              <th>Label</th>
              <th>Type</th>
              <th class="num">Count</th>
              <th>Detectors</th>
              <th>Action</th>
            </tr>
          </thead>
          <tbody>
            {r.findings.map((f) => (
              <tr>
                <td>{f.label}</td>
                <td>{f.type}</td>
                <td class="num">{f.count}</td>
                <td>{f.detectors.join(', ')}</td>
                <td>{f.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={`${props.base}/requests`}>← all requests</a>
      </p>
    </Layout>
  );
}
