import type { AuditCounters } from '../../audit/log.js';
import type { VerifyResult } from '../../audit/verify.js';
import { formatMs } from '../format.js';
import { Layout } from '../layout.js';

export interface HealthView {
  base: string;
  csrfToken: string;
  ready: boolean;
  checks: Record<string, string>;
  audit?: { lagMs: number; counters: AuditCounters; failure?: string };
  verify?: VerifyResult;
}

export function HealthPage(v: HealthView) {
  return (
    <Layout base={v.base} title="Health" active="/health" csrfToken={v.csrfToken}>
      <h1>Health</h1>
      <p id="readiness" class={v.ready ? 'ok' : 'bad'}>
        {v.ready ? 'Ready: accepting requests.' : 'Not ready: requests are refused until the checks below pass.'}
      </p>
      <table id="checks">
        <thead>
          <tr>
            <th>Check</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(v.checks).map(([name, state]) => (
            <tr>
              <td>{name}</td>
              <td class={state === 'ok' ? 'ok' : 'bad'}>{state}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {v.audit && (
        <>
          <h2>Audit log</h2>
          <table id="audit">
            <tbody>
              <tr>
                <td>State</td>
                <td class={v.audit.failure ? 'bad' : 'ok'}>{v.audit.failure ?? 'writing'}</td>
              </tr>
              <tr>
                <td>Lag (oldest record not yet written)</td>
                <td>{formatMs(v.audit.lagMs)}</td>
              </tr>
              {Object.entries(v.audit.counters).map(([name, n]) => (
                <tr>
                  <td>{name}</td>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>Tamper evidence</h2>
      {v.verify ? (
        v.verify.ok ? (
          <p class="ok" id="verify">
            Chain intact: {v.verify.verified} records verified
            {v.verify.head ? `, newest record ${v.verify.head.seq} with hash ${v.verify.head.hash}` : ''}.
          </p>
        ) : (
          <p class="bad" id="verify">
            Chain broken at record {v.verify.firstBreak?.seq} (request {v.verify.firstBreak?.requestId}):{' '}
            {v.verify.firstBreak?.problem}.
          </p>
        )
      ) : (
        <p>
          <a href={`${v.base}/health?verify=1`}>Verify the whole audit chain now</a>{' '}
          <span class="muted">(reads every record; same check as veil audit verify)</span>
        </p>
      )}
    </Layout>
  );
}
