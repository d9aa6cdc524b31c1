import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

// Values below are base64 of invented credentials: a MySQL URL with a password, a GitHub-style token, an
// Azure-style connection string, and of harmless words (a user name, a host, a service name).
const DB_URL = 'bXlzcWw6Ly9hcHA6VDdxIXpMMnZANDAuMy4yLjE6MzMwNi9zaG9w';
const TOKEN = 'Z2hwX1I0bmQwbVRva2VuVmFsdWUxMjM0NTY3ODkw';
const CONN = Buffer.from('Server=db1;Database=crm;User Id=crm;Password=Hq7-vLp2xZ9').toString('base64');
const USER = 'YWRtaW5pc3RyYXRvcg==';
const HOST = 'ZGIucHJvZC5pbnRlcm5hbA==';

describe('base64 values under a manifest data: block', () => {
  it('finds a value that decodes to a connection URL with its password', () => {
    const text = `Why does the pod not start?\napiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-db\ntype: Opaque\ndata:\n  username: ${USER}\n  DATABASE_URL: ${DB_URL}\n`;
    expect(spansOf(detector, text, ['SECRET'])).toEqual([DB_URL]);
  });

  it('finds a provider token and a connection string, quoted or not (es)', () => {
    const text = `¿Por qué falla el despliegue?\nkind: Secret\ndata:\n  host: ${HOST}\n  GH_TOKEN: "${TOKEN}"\n  CRM_CONN: ${CONN}\n`;
    expect(spansOf(detector, text, ['SECRET'])).toEqual([TOKEN, CONN]);
  });

  it('leaves encoded user names, hosts and names alone, and base64 outside a data: block', () => {
    expect(spansOf(detector, `kind: Secret\ndata:\n  username: ${USER}\n  host: ${HOST}\n`, ['SECRET'])).toEqual([]);
    expect(
      spansOf(detector, 'metadata:\n  annotations:\n    checksum: cGF5bWVudHMtc2VydmljZS1wcm9k\n', ['SECRET']),
    ).toEqual([]);
  });
});
