import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const addresses = (text: string) => spansOf(engine, text, ['IP_ADDRESS']);

/** An internal address in a document is one of the network's own machines, reachable by no one outside it. */
describe('internal addresses in documents (private-addresses.ts)', () => {
  it('drops the node and pod addresses of a cluster event, keeps the public client', () => {
    const text = `Pod checkout-7c9f restarted twice overnight, why?

Node:   worker-3/10.51.7.12
IP:     10.250.1.44
Events: readiness probe failed from 10.51.0.3; last request from 84.22.190.17`;
    expect(addresses(text)).toEqual(['84.22.190.17']);
  });

  it('drops the hosts of an inventory, a tailnet listing and a VPN status table', () => {
    const inventory = `[db]
pg-main ansible_host=172.20.8.31
pg-replica ansible_host=172.20.8.32 ansible_user=deploy`;
    const tailnet = `100.71.23.9    nas-living     marta.k@   linux
100.96.140.2   phone-marta    marta.k@   android
Exit node keeps dropping, see above.`;
    const vpn = `CLIENT_LIST,Common Name,Virtual Address
CLIENT_LIST,lgarcia,10.9.0.14,2026-11-02 08:10
CLIENT_LIST,pruiz,10.9.0.18,2026-11-02 08:12`;
    expect(addresses(inventory)).toEqual([]);
    expect(addresses(tailnet)).toEqual([]);
    expect(addresses(vpn)).toEqual([]);
  });

  it('drops IPv6 unique-local and link-local addresses in a config', () => {
    const text = `[Interface]
Address = fd4e:21a0:7c3b::5/64
# peer reached over fe80::a2c4:11ff:fe20:9b3d%eth0`;
    expect(addresses(text)).toEqual([]);
  });

  it('keeps the host a leaked credential opens, written beside it', () => {
    const text = `My pgpass is ignored, why?
10.61.4.22:5432:ledger:ledger_app:Vq3!mZ81rTa
chmod is 0600 already
DB_HOST=10.61.4.23 DB_PASSWORD=Xk29!pq7Lm`;
    expect(addresses(text)).toEqual(['10.61.4.22', '10.61.4.23']);
  });

  it('keeps a private address in a line or two: a value to check, not a document', () => {
    expect(addresses('Why can my laptop not reach 192.168.40.17?')).toEqual(['192.168.40.17']);
    expect(addresses('user reported being blocked from 10.77.31.5\nplease check')).toEqual(['10.77.31.5']);
  });
});
