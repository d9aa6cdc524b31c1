import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();
const ips = (text: string) => spansOf(detector, text, ['IP_ADDRESS']);
const dates = (text: string) => spansOf(detector, text, ['DATE']);

describe('client addresses in database and cache logs', () => {
  it('finds an IPv6 address with its port glued on, short groups and a "::"', () => {
    const monitor = [
      '1733402214.118273 [0 2a01:4f8:c17:1b7::2c4:51822] "GET" "basket:5521"',
      '1733402214.118301 [0 2a02:c7f:7a1:e:0:f:1b7:2c4:50412] "HGETALL" "profile:88"',
    ].join('\n');
    expect(ips(monitor)).toEqual(['2a01:4f8:c17:1b7::2c4', '2a02:c7f:7a1:e:0:f:1b7:2c4']);
  });

  it('leaves times, MAC addresses and C++ scopes', () => {
    expect(ips('at 12:30:45:123 the job ended')).toEqual([]);
    expect(ips('nic 00:1a:2b:3c:4d:57 is up')).toEqual([]);
    expect(ips('std::vector<int>:123')).toEqual([]);
  });

  it("finds a public client address beside a service user; a private one is the network's own machine", () => {
    const activity = [
      ' pid  | usename | application_name | client_addr   | state',
      '------+---------+------------------+---------------+--------',
      ' 5120 | app_rw  | psql             | 81.47.120.33  | active',
      ' 5121 | app_ro  | billing-api      | 10.0.9.23     | idle',
    ].join('\n');
    expect(ips(activity)).toEqual(['81.47.120.33']);
  });

  it('still leaves a version after the word app', () => {
    expect(ips('app version 4.12.0.118 is out')).toEqual([]);
    expect(ips('firmware 10.3.22.104 fixes the boot loop')).toEqual([]);
  });
});

describe('personal dates of adoption, fostering and estates', () => {
  it('finds a child’s placement date and the dates of an estate', () => {
    expect(dates('Adoption file: child Ansgar Renner, placement date 14/03/2023')).toEqual(['14/03/2023']);
    expect(dates('fecha de acogimiento del menor: 12/01/2024')).toEqual(['12/01/2024']);
    expect(dates('Date of death: 02/08/2026')).toEqual(['02/08/2026']);
    expect(dates('Grant of probate issued 19 October 2026 to the executor')).toEqual(['19 October 2026']);
    expect(dates('Acta: el menor fue entregado a la familia acogedora el 12/01/2024')).toEqual(['12/01/2024']);
  });

  it('reads placement and death columns of a register of people', () => {
    const register = [
      'child_ref   child_name        dob          placement_date   carer',
      'C-014       Ansgar Renner     2019-05-02   2023-03-14       Adeyemi',
      'C-015       Irene Salcedo     2020-08-19   2024-01-12       Rowe',
    ].join('\n');
    expect(dates(register)).toEqual(['2019-05-02', '2023-03-14', '2020-08-19', '2024-01-12']);
  });

  it('leaves an order placed on a date and a fixtures list', () => {
    expect(dates('my order was placed on 2023-08-19 and is late')).toEqual([]);
    expect(dates('Fixtures\nDate        Opponent\n2026-12-12  Harbour FC')).toEqual([]);
  });
});
