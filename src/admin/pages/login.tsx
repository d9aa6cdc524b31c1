import { Layout } from '../layout.js';

export function LoginPage(props: { base: string; error?: string }) {
  return (
    <Layout base={props.base} title="Log in">
      <form class="login" method="post" action={`${props.base}/login`}>
        <h1>Veil dashboard</h1>
        {props.error && <p class="error">{props.error}</p>}
        <label for="token">Admin token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required />
        <button type="submit">Log in</button>
      </form>
    </Layout>
  );
}
