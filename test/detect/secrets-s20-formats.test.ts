import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);
const b64url = (s: string) => Buffer.from(s).toString('base64url');

describe('JWTs whose payload is not JSON', () => {
  const header = b64url('{"alg":"RS256","typ":"JWT","kid":"2026-q4"}');
  const payload = 'Nq3vT8xLw2Zp7Rk1Mc5Yb9Hd4Fs6Ja0UeGt2Io7Pl';
  const signature = 'Wd8Kq2mZ5xR1vT7wP4nB9cY3dF6hJ0aS2eGt';

  it('marks a token whose header decodes to a JOSE header', () => {
    const token = `${header}.${payload}.${signature}`;
    expect(secrets(`the gateway rejected ${token} at 10:41.`)).toEqual([token]);
  });

  it('marks a header that names only its type', () => {
    const token = `${b64url('{"typ":"at+jwt"}')}.${payload}.${signature}`;
    expect(secrets(`access token ${token}`)).toEqual([token]);
  });

  it('leaves dotted base64 whose first part is JSON without alg or typ', () => {
    const notJose = `${b64url('{"route":"checkout","step":4}')}.${payload}.${signature}`;
    expect(secrets(`cache entry ${notJose}`)).toEqual([]);
  });
});

describe('SonarQube tokens', () => {
  it('marks user, project and global analysis tokens', () => {
    for (const prefix of ['squ', 'sqp', 'sqa']) {
      const token = `${prefix}_5b0e8d2a7c4f19e63d8a0b5c2e7f41d96a3c8b0e`;
      expect(secrets(`scanner failed with ${token} on the main branch`)).toEqual([token]);
    }
  });

  it('leaves the prefixes named in prose and masked tokens', () => {
    expect(secrets('user tokens start with squ_ and project tokens with sqp_')).toEqual([]);
    expect(secrets('sonar.token=squ_****************************************')).toEqual([]);
  });
});

describe('refresh and session tokens with a short prefix', () => {
  it('marks rt_ tokens in a session store dump', () => {
    const token = 'rt_Hx7Kq2Lm9Vb4Nz8Pw3Rt6Yc1Jd5Fg0Sa2Ue7Io4Pq';
    const dump = `127.0.0.1:6379> HGETALL sess:88412\n1) "uid"\n2) "40917"\n3) "refresh"\n4) "${token}"`;
    expect(secrets(dump)).toEqual([token]);
  });

  it('leaves identifiers, digests and filler after a prefix', () => {
    expect(secrets('see test_placeOrderWithThreeItemsAndCoupon in the suite')).toEqual([]);
    expect(secrets('sha_4e1b9c07d2a85f36e0c4b7a19d2f58e3c6a0b41f')).toEqual([]);
    expect(secrets('rt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toEqual([]);
    expect(secrets('id_3Fa9bE7c1D5e0A2b8C4d6F1a9E3b7C5d0A2e8F4b')).toEqual([]);
  });

  it('leaves branch, test and column names whatever their digits and capitals', () => {
    expect(secrets('git switch feature_OPS-4471_Move-SSO2-Callback-To-Edge9')).toEqual([]);
    expect(secrets('def test_ParseRFC3339StampWithZoneOffset4Hours(self):')).toEqual([]);
    expect(secrets('select sales_Q4Margin2027ByStoreAndCategoryV3 from kpis')).toEqual([]);
  });
});

describe('Jenkins credentials.xml', () => {
  const encrypted = '{AQAAABAAAAAwT7qZ2mW9pL4xN1vR8kB3cY6hF0dJ5sG2aE7uQ4iO9kMq1wZ3tX6yN8vPb5cHA=}';

  it('marks a secret encrypted with the master key wherever it sits', () => {
    const xml = `<entry>\n  <scope>GLOBAL</scope>\n  <id>nexus-upload</id>\n  <username>deploy</username>\n  <password>${encrypted}</password>\n</entry>`;
    expect(secrets(xml)).toEqual([encrypted]);
    expect(secrets(`<secret>${encrypted}</secret>`)).toEqual([encrypted]);
  });

  it('marks a plain password element', () => {
    expect(secrets('<username>svc-build</username>\n<password>Orchard#5521</password>')).toEqual(['Orchard#5521']);
  });

  it('leaves references, empty elements and fields about the password', () => {
    expect(secrets('<password>${NEXUS_DEPLOY_PASSWORD}</password>')).toEqual([]);
    expect(secrets('<passwordExpiryDays>90</passwordExpiryDays>')).toEqual([]);
    expect(secrets('<password/>')).toEqual([]);
  });
});

describe('keys and tokens in XML elements', () => {
  it('marks API keys, client secrets and session tokens', () => {
    expect(secrets('<apiKey>Vt3qZ8mX1pL6wR9k</apiKey>')).toEqual(['Vt3qZ8mX1pL6wR9k']);
    expect(secrets('<SessionToken>Fw9Kq2mZ5xR1vT7wP4nB9cY3dF6h</SessionToken>')).toEqual([
      'Fw9Kq2mZ5xR1vT7wP4nB9cY3dF6h',
    ]);
  });

  it('leaves pagination and form tokens and plain words', () => {
    expect(secrets('<NextToken>Fw9Kq2mZ5xR1vT7wP4nB9cY3dF6h</NextToken>')).toEqual([]);
    expect(secrets('<csrfToken>Fw9Kq2mZ5xR1vT7wP4nB9cY3dF6h</csrfToken>')).toEqual([]);
    expect(secrets('<token>lemma</token><token>running</token>')).toEqual([]);
  });
});

describe('provider formats added in session 20', () => {
  const cases: Array<[string, string]> = [
    ['Doppler service token', 'dp.st.dev.Wq4vQ9zL2xT7mR1pN8bY3cH6fJ0dS5gA2eU7iO4kZm'],
    [
      'HCP Terraform',
      'Mz8vR2qT6yP4wK.atlasv1.Jd3nB7cX9fD1gS5jA0eU4rK8oI2mQ6wT1zX5yV9nB3cL7hF0dG4sJ8aE2uR6iO0kW4qZ8vR2mT6yP0l',
    ],
    ['New Relic user key', 'NRAK-4TB8ZR1LP6HC3VN5DFY7QK2M9XW'],
    ['Sentry user token', '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'],
    ['Cloudflare account token', 'cfat_Kc9Yb3Hd6Fs0Ja5UeT2gI7oP4aQ7vN2xLp4Rz8Wm1b4e07a93c'],
    ['Supabase secret key', 'sb_secret_Rk8vN2qZ6mX0pL4tW7yB1cH5fJ9dS3g'],
    ['PlanetScale password', 'pscale_pw_Nq3vT8xLw2Zp7Rk1Mc5Yb9Hd4Fs6Ja0UeGt2Io7Pl5Wd'],
    ['Square access token', 'EAAAl4Rz8Wm1Kc9Yb3Hd6Fs0Ja5UeT2gI7oP4aQ7vN2xLp4Rz8Wm1Kc9Yb3Hd6F'],
    ['Okta API token', 'SSWS 00Xv9Lp2Qm7Tk4Rz8Wn1Bc6Hd3Jf0Gs5Ay2Ue7Io4q'],
    ['Airtable token', 'patRz8Wm1Kc9Yb3Hd.5e0a93c7d12f48b6e9a0c3d75f1b28e47c1f9a04e2b85d36a0c4f7e19b2d58a3'],
    ['Asana token', '2/1204417730912845/1209981276340021:4b8e1d7a0c3f6e9b2d5a8c1f4e7b0d3a'],
    ['Amazon Bedrock key', 'ABSKQmVkcm9ja0FQSUtleS1oc2Q4LWF0LTEyMzQ1Njc4OTAxMjpLcTJtWjh4UjR2VDd3UDFuQjVj'],
    ['Google OAuth refresh token', '1//0eWq4vQ9zL2xT7mR1pN8bY3cH6fJ0dS5gA2eU7iO4kZmT6yP4wK'],
  ];
  for (const [name, token] of cases) {
    it(`marks a ${name} pasted bare`, () => {
      expect(secrets(`after the rotation it still says 401 with ${token} for the worker`)).toEqual([
        token.replace(/^SSWS /, ''),
      ]);
    });
  }

  it('leaves the prefixes in prose and documentation fillers', () => {
    expect(secrets('Doppler tokens look like dp.st.<env>.<random> and Terraform ones contain .atlasv1.')).toEqual([]);
    expect(secrets('New Relic keys start with NRAK- for users and NRII- for inserts')).toEqual([]);
    expect(secrets('AccessKeyId: LTAIXXXXXXXXXXXXXXXX')).toEqual([]);
    expect(secrets('the secret_santa_draw_for_the_marketing_team_2026 sheet')).toEqual([]);
  });
});

describe('keys named for their role', () => {
  it('marks hex keys under application, admin and license key names and key headers', () => {
    expect(secrets('export DD_APPLICATION_KEY=2e5b8d1a4c7f0c3f6e9b2d5a8c1f4e7b0d3a6c9f')).toEqual([
      '2e5b8d1a4c7f0c3f6e9b2d5a8c1f4e7b0d3a6c9f',
    ]);
    expect(secrets('newrelic.license_key = "8c1f4e7b0d3a6c9f2e5b8d1a4c7f0c3f6e9b2d5a"')).toEqual([
      '8c1f4e7b0d3a6c9f2e5b8d1a4c7f0c3f6e9b2d5a',
    ]);
    expect(secrets('curl -H "X-API-Key: d3a6c9f2e5b8d1a4c7f0c3f6e9b2d5a8" https://inventory.internal/v2')).toEqual([
      'd3a6c9f2e5b8d1a4c7f0c3f6e9b2d5a8',
    ]);
  });

  it('leaves public keys, file paths and digests under other names', () => {
    expect(secrets('VITE_PUBLIC_SEARCH_KEY=d3a6c9f2e5b8d1a4c7f0c3f6e9b2d5a8')).toEqual([]);
    expect(secrets('license_key: ./config/license.key')).toEqual([]);
    expect(secrets('etag: d3a6c9f2e5b8d1a4c7f0c3f6e9b2d5a8')).toEqual([]);
  });
});
