import type { AuditOverview } from '../../audit/stats.js';
import { BarList, RouteChart } from '../charts.js';
import { formatMs, formatShare, queryString, RANGES, type RangeName } from '../format.js';
import { Layout } from '../layout.js';

function Card(props: { label: string; value: string; id?: string }) {
  return (
    <div class="card" id={props.id}>
      <div class="value">{props.value}</div>
      <div class="label">{props.label}</div>
    </div>
  );
}

export function OverviewPage(props: { base: string; csrfToken: string; range: RangeName; overview: AuditOverview }) {
  const o = props.overview;
  const share = (route: string) => formatShare(o.byRoute[route] ?? 0, o.total);
  const requestsLink = (params: Record<string, string>) =>
    `${props.base}/requests${queryString({ from: props.range, ...params })}`;
  return (
    <Layout base={props.base} title="Overview" active="" csrfToken={props.csrfToken}>
      <h1>Overview</h1>
      <p>
        {Object.keys(RANGES).map((r) => (
          <>{r === props.range ? <strong>last {r}</strong> : <a href={`${props.base}?range=${r}`}>last {r}</a>} </>
        ))}
      </p>
      <div class="cards">
        <Card id="total" label="requests" value={String(o.total)} />
        <Card label="blocked" value={share('blocked')} />
        <Card label="answered locally" value={share('local')} />
        <Card label="sent to the cloud" value={share('cloud')} />
        <Card label="errors (status ≥ 400)" value={formatShare(o.errors, o.total)} />
        <Card
          label="latency p50 / p95 / p99"
          value={[o.latency.totalMs.p50, o.latency.totalMs.p95, o.latency.totalMs.p99].map(formatMs).join(' / ')}
        />
        <Card
          label="inspection p50 / p99"
          value={`${formatMs(o.latency.inspectMs.p50)} / ${formatMs(o.latency.inspectMs.p99)}`}
        />
      </div>
      <h2>Requests over time by route</h2>
      <RouteChart overview={o} />
      <h2>Findings by label</h2>
      {o.findingsByLabel.length === 0 ? (
        <p class="muted">No findings in this period.</p>
      ) : (
        <BarList
          items={o.findingsByLabel.map((f) => ({
            name: f.label,
            value: f.findings,
            href: requestsLink({ label: f.label }),
          }))}
        />
      )}
      <h2>Top teams</h2>
      <table>
        <thead>
          <tr>
            <th>Team</th>
            <th class="num">Requests</th>
            <th class="num">Blocked</th>
            <th class="num">Local</th>
          </tr>
        </thead>
        <tbody>
          {o.topTeams.map((t) => (
            <tr>
              <td>
                <a href={requestsLink({ team: t.team })}>{t.team}</a>
              </td>
              <td class="num">{t.requests}</td>
              <td class="num">{t.blocked}</td>
              <td class="num">{t.local}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
