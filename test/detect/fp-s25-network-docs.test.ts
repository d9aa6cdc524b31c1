import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const addresses = (text: string) => spansOf(engine, text, ['IP_ADDRESS']);

/** Network documentation: its masks, blocks, broadcast addresses and range bounds are no host anyone uses. */
const DOCUMENTATION: Record<string, string> = {
  'a CIDR crib sheet for trainees': `Please double-check the sums in this crib sheet before Monday's class.

Block            Mask              First host     Last host       Broadcast
10.8.64.0/22     255.255.252.0     10.8.64.1      10.8.67.254     10.8.67.255
172.24.0.0/14    255.252.0.0       172.24.0.1     172.27.255.254  172.27.255.255
Wildcard for an OSPF statement on the /22: 0.0.3.255`,
  'una hoja de subredes para el módulo de redes': `Revisa si los cálculos de esta tabla de subredes están bien.

Red 192.168.40.0/26 → difusión 192.168.40.63, máscara 255.255.255.192
Red 192.168.40.64/27 → difusión 192.168.40.95, máscara 255.255.255.224
Red 192.168.40.96/28 → difusión 192.168.40.111`,
  'a router config excerpt': `Why does this static route not show up in the table?

interface Vlan31
 ip address 10.31.0.1 255.255.255.0
ip route 10.77.0.0 255.255.0.0 10.31.0.254
router ospf 5
 network 10.31.0.0 0.0.0.255 area 0
access-list 120 permit ip 10.31.0.0 0.0.0.255 any`,
  'un documento de cortafuegos con rangos privados': `Resume esta política para el comité de seguridad.

Se bloquea en el perímetro todo origen de los rangos RFC 1918:
- 10.0.0.0 – 10.255.255.255
- 172.16.0.0 – 172.31.255.255
- 192.168.0.0 – 192.168.255.255
El ámbito DHCP de invitados va de 10.50.8.100 a 10.50.8.199.`,
  'a terraform variable with one block': `Is this module input sane?

variable "vpc_cidr" { default = "10.150.0.0/16" }`,
};

describe('network documentation (network-blocks.ts and the ipv4 validator)', () => {
  for (const [name, text] of Object.entries(DOCUMENTATION))
    it(`keeps no block, mask or bound in ${name}`, () => {
      const found = addresses(text).filter(
        (s) => !['10.8.64.1', '10.8.67.254', '172.24.0.1', '172.27.255.254', '10.31.0.1', '10.31.0.254'].includes(s),
      );
      expect(found).toEqual([]);
    });

  it("leaves a config's private interface address and next hop: the network's own machines (private-addresses.ts)", () => {
    const found = addresses(DOCUMENTATION['a router config excerpt']!);
    expect(found).toEqual([]);
  });

  it("keeps the public host addresses of a log; its private ones are the network's own machines", () => {
    const text = `sshd[4410]: Failed password for root from 81.44.162.0 port 52214
sshd[4411]: Accepted publickey for deploy from 172.19.44.8 port 40022
Apr 3 10:01 kernel: DROP IN=eth0 SRC=81.44.162.9 DST=10.12.3.4`;
    expect(addresses(text)).toEqual(['81.44.162.0', '81.44.162.9']);
  });

  it('keeps an address written with host bits and a prefix, and a lone block with no network word', () => {
    expect(addresses('my laptop shows 192.168.7.23/24 on wlan0')).toEqual(['192.168.7.23']);
    expect(addresses('saw 81.44.0.0/16 in the report')).toEqual(['81.44.0.0']);
  });

  it('keeps two addresses joined by "to" when the line calls it no range', () => {
    expect(addresses('connection from 81.44.162.9 to 10.2.0.8 closed')).toEqual(['81.44.162.9', '10.2.0.8']);
  });
});

describe('a lone block in a line or two (network-blocks.ts)', () => {
  it('stays: there is no document around it to read', () => {
    expect(addresses('Office subnet: 10.77.4.0/24')).toEqual(['10.77.4.0']);
  });
});
