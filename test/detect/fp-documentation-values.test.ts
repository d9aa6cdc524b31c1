import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { email } from '../../src/detect/validators/contact.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('documentation IPv4 ranges (RFC 5737)', () => {
  it('are nobody in a runbook, a config or a log of our own services', () => {
    expect(found('Promote the standby at 198.51.100.20 once lag is under 2 s.', 'IP_ADDRESS')).toEqual([]);
    expect(found('upstream backend { server 192.0.2.7:9000; server 192.0.2.8:9000; }', 'IP_ADDRESS')).toEqual([]);
    expect(found('12:01:33 WARN gateway 203.0.113.250:443 reset by peer', 'IP_ADDRESS')).toEqual([]);
  });

  it('still stand for a visitor in an access log or after a client cue', () => {
    const log = '203.0.113.18 - - [02/Dec/2026:08:15:00 +0000] "POST /signin HTTP/1.1" 403 41';
    expect(found(log, 'IP_ADDRESS')).toEqual(['203.0.113.18']);
    expect(found('five failed logins from 198.51.100.61 overnight', 'IP_ADDRESS')).toEqual(['198.51.100.61']);
    expect(found('Remote address: 192.0.2.99', 'IP_ADDRESS')).toEqual(['192.0.2.99']);
  });

  it('leaves every other address as it was', () => {
    expect(found('Promote the standby at 10.12.0.20 once lag is under 2 s.', 'IP_ADDRESS')).toEqual(['10.12.0.20']);
  });
});

describe('role mailboxes at the documentation domains', () => {
  it('treats local parts built from role and team words as roles', () => {
    for (const v of [
      'payments-oncall@example.com',
      'qa.team@example.org',
      'security_incidents@example.net',
      'build-alerts@example.com',
      'prevencion.riesgos@example.com',
      'atención-al-cliente@example.com',
      'noc-2@example.com',
    ]) {
      expect(email(v), v).toBeNull();
    }
  });

  it('keeps a local part that holds a given or family name', () => {
    for (const v of [
      'peter.novak@example.com',
      'ops.maria@example.com',
      'lucia-alerts@example.org',
      'foo_bar@example.com',
    ]) {
      expect(email(v), v).not.toBeNull();
    }
  });

  it('keeps role mailboxes at real domains', () => {
    expect(email('payments-oncall@tallerlopez.es')).not.toBeNull();
  });
});
