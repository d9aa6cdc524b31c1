import type { PolicyConfig } from '../../config/schema.js';
import { Layout } from '../layout.js';

export function PoliciesPage(props: {
  base: string;
  csrfToken: string;
  policies: PolicyConfig[];
  describe: (policy: PolicyConfig) => string[];
}) {
  return (
    <Layout base={props.base} title="Policies" active="/policies" csrfToken={props.csrfToken}>
      <h1>Team policies</h1>
      <p class="muted">As loaded at start from rules/policies/. Changing them means editing the YAML files.</p>
      {props.policies.map((p) => (
        <section id={`policy-${p.team}`}>
          <h2>{p.team}</h2>
          <ul class="policy">
            {props.describe(p).map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
