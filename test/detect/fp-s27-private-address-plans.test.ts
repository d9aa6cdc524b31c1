import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const addresses = (text: string) => spansOf(engine, text, ['IP_ADDRESS']);

/** Private addresses a plan, a manual or a worked example uses name no one's machine (private-addresses.ts). */
describe('private addresses in plans, manuals and examples', () => {
  it('drops the gateways and relays of a subnet table', () => {
    const text = `Check this addressing plan for the warehouse before we order switches.

Segment   Block             Gateway        Notes
scanners  10.62.4.0/24      10.62.4.1      DHCP helper 10.62.0.9
cameras   10.62.8.0/25      10.62.8.1
office    172.22.16.0/22    172.22.16.1    printers reserved .200-.220`;
    expect(addresses(text)).toEqual([]);
  });

  it("drops a lab topology's management host written beside its subnet", () => {
    const text = `Lab 3 topology for the study group:
 R1 Gi0/0 192.0.2.5/30, Lo0 198.51.100.7/32
 R2 Gi0/0 192.0.2.6/30
Out-of-band: 10.77.0.0/24, console server 172.18.3.9`;
    expect(addresses(text)).toEqual([]);
  });

  it("drops a device's factory default address in a manual, in English and in Spanish", () => {
    expect(
      addresses('Setup guide\nThe camera answers on its default address 192.168.5.64 until you change it.'),
    ).toEqual([]);
    expect(addresses('Manual del controlador\nIP por defecto 192.168.0.120, usuario admin.')).toEqual([]);
    expect(addresses('Paso 2: entre en http://10.10.100.254 (clave predeterminada en la etiqueta).')).toEqual([]);
  });

  it('drops the private side of a documented forwarding example', () => {
    const text = 'Release notes 4.1\n- Port forwarding example: 203.0.113.20:443 -> 192.168.7.30:8443.';
    expect(addresses(text)).toEqual([]);
  });

  it("drops a Kubernetes Service's cluster address", () => {
    const text = 'apiVersion: v1\nkind: Service\nspec:\n  clusterIP: 10.100.14.2\n  ports: [{ port: 53 }]';
    expect(addresses(text)).toEqual([]);
  });

  it('keeps private addresses in logs, connection strings and a lone list', () => {
    expect(addresses('sshd[812]: Accepted password for ops from 10.33.1.40 port 51122\nnext line')).toEqual([
      '10.33.1.40',
    ]);
    expect(addresses('DB_URL=postgres://app:pw@172.20.9.14:5432/shop\nLOG_LEVEL=debug')).toEqual(['172.20.9.14']);
    expect(addresses('Addresses to check: 192.168.3.3, 198.51.100.9')).toContain('192.168.3.3');
    // One prefixed address is no plan.
    expect(addresses('host 10.9.8.7 joined 10.9.8.0/24 at 09:14\nretrying')).toContain('10.9.8.7');
  });
});

describe('a private address on a log line beside a documentation address', () => {
  it('stays: the log shows it in use', () => {
    const text = `Access log excerpt:
198.51.100.40 - - [02/Mar/2027:09:14:07 +0000] "GET /cart HTTP/1.1" 504 0 rt=60.0 upstream=10.77.4.21:9000`;
    expect(addresses(text)).toContain('10.77.4.21');
  });
});
