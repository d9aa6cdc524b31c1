import type { KeyInfo } from '../../auth/key-store.js';
import { formatTime } from '../format.js';
import { Layout } from '../layout.js';

export interface KeysView {
  base: string;
  csrfToken: string;
  keys: KeyInfo[];
  teams: string[];
  /** A key just created: shown once, never stored in plain. */
  created?: { key: string; info: KeyInfo };
  message?: string;
  error?: string;
}

export function KeysPage(v: KeysView) {
  return (
    <Layout base={v.base} title="Keys" active="/keys" csrfToken={v.csrfToken}>
      <h1>Gateway keys</h1>
      {v.created && (
        <div class="notice" id="created-key">
          <p>
            Key <strong>{v.created.info.id}</strong> for team <strong>{v.created.info.team}</strong>. It is shown only
            now; store it before leaving this page.
          </p>
          <div class="secret">{v.created.key}</div>
        </div>
      )}
      {v.message && <p class="notice">{v.message}</p>}
      {v.error && <p class="error">{v.error}</p>}
      <h2>Create a key</h2>
      <form class="filters" method="post" action={`${v.base}/keys`}>
        <input type="hidden" name="csrf" value={v.csrfToken} />
        <label>
          Team
          <select name="team" required>
            {v.teams.map((t) => (
              <option value={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Label (optional)
          <input name="label" maxlength={80} />
        </label>
        <button type="submit">Create key</button>
      </form>
      <h2>Keys</h2>
      <table id="keys">
        <thead>
          <tr>
            <th>Id</th>
            <th>Team</th>
            <th>Label</th>
            <th>Created (UTC)</th>
            <th>State</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {v.keys.map((k) => (
            <tr data-key-id={k.id}>
              <td>{k.id}</td>
              <td>{k.team}</td>
              <td>{k.label ?? ''}</td>
              <td>{formatTime(k.createdAt)}</td>
              <td class={k.revokedAt ? 'bad' : 'ok'}>
                {k.revokedAt ? `revoked ${formatTime(k.revokedAt)}` : 'active'}
              </td>
              <td>
                {!k.revokedAt && (
                  <form method="post" action={`${v.base}/keys/${k.id}/revoke`}>
                    <input type="hidden" name="csrf" value={v.csrfToken} />
                    <button type="submit">Revoke</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
