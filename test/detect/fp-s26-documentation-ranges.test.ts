import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const addresses = (text: string) => spansOf(engine, text, ['IP_ADDRESS']);
const mail = (text: string) => spansOf(engine, text, ['EMAIL']);
const links = (text: string) => spansOf(engine, text, ['URL']);

/**
 * The documentation ranges by their standards: RFC 3849 (2001:db8::/32), RFC 9637 (3fff::/20), RFC 5737
 * (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), RFC 2606 and RFC 6761 (example.com/.org/.net, .test, .example,
 * .invalid, .localhost). Each range is tried inside and just outside its bounds, in documents of several lines.
 */
describe('IPv6 documentation prefixes in a document', () => {
  const doc = (address: string) =>
    `Release 4.2.0 — notas\n- Cambiado: el servicio de pruebas escucha ahora en ${address} (solo preproducción).\n- Corregido: el reintento tras un 502.`;

  it('leaves 2001:db8::/32 and 3fff::/20 addresses a changelog or a guide uses', () => {
    for (const inside of [
      '2001:db8::15',
      '2001:0db8:ffff:ffff::1',
      '2001:db8:7a::/48',
      '3fff::9',
      '3fff:0:12::15',
      '3fff:fff:ffff::1',
      '3fff:0fff::2',
    ])
      expect(addresses(doc(inside)), inside).toEqual([]);
    const guide =
      'Step 3 — bring up the second uplink\n  ip -6 addr add 3fff:0:a1::2/64 dev eth1\n  ip -6 route add default via 3fff:0:a1::1\nCheck with ping -6.';
    expect(addresses(guide)).toEqual([]);
  });

  it('keeps an address just outside either prefix', () => {
    for (const outside of ['2001:db9::15', '2001:da8::15', '3fff:1000::9', '3ffe:ffff::9', '4000::1'])
      expect(addresses(doc(outside)), outside).toEqual([outside]);
  });

  it('keeps a documentation address where a log or a client cue shows a visitor', () => {
    const log =
      'auth.log, last night:\nAccepted password for deploy from 2001:db8:4a1::17 port 51144\nFailed login from 3fff:0:9::4 port 40022';
    expect(addresses(log)).toEqual(['2001:db8:4a1::17', '3fff:0:9::4']);
    const access = 'nginx access log\n2001:db8:c0::7 - - [02/Mar/2027:10:00:01 +0000] "GET /cuenta HTTP/1.1" 200';
    expect(addresses(access)).toEqual(['2001:db8:c0::7']);
    const es = 'Resumen del incidente\nIP del cliente: 2001:db8:55::9, intentó 40 veces.';
    expect(addresses(es)).toEqual(['2001:db8:55::9']);
  });

  it('keeps one on a single line, with nothing around it to say what it is', () => {
    expect(addresses('Host: 2001:db8::20')).toEqual(['2001:db8::20']);
  });
});

describe('IPv4 documentation ranges (RFC 5737) at their bounds', () => {
  const runbook = (address: string) =>
    `Failover runbook\n1. Stop writes on the primary.\n2. Promote the replica at ${address} and wait for it to answer.`;

  it('leaves 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24', () => {
    for (const inside of ['192.0.2.1', '192.0.2.254', '198.51.100.1', '198.51.100.250', '203.0.113.9', '203.0.113.200'])
      expect(addresses(runbook(inside)), inside).toEqual([]);
  });

  it('keeps the neighbouring blocks', () => {
    for (const outside of ['192.0.3.10', '192.0.1.10', '198.51.101.7', '198.51.99.7', '203.0.114.9', '203.0.112.9'])
      expect(addresses(runbook(outside)), outside).toEqual([outside]);
  });
});

describe('links at hosts reserved for documentation (RFC 2606, RFC 6761)', () => {
  it("leaves an API guide's sample calls and a tutorial's pages", () => {
    const api =
      'Listar socios\nGET https://api.example.com/v2/socios?email=pat.reyes@example.org&token=Zk81mQ4wX7\nRespuesta: 200 con la lista.';
    expect(links(api)).toEqual([]);
    expect(links('Profiles live at https://forum.example.net/u/tbarrow and can be hidden.')).toEqual([]);
    expect(links('Reset link for staging: https://portal.qa.test/reset?token=Qm8xT2vR9pL4nK7c&user=ovidal')).toEqual(
      [],
    );
    expect(links('Abrid https://intranet.example/perfil/@lgarcia en local.')).toEqual([]);
    expect(links('bad link: https://sso.corp.invalid/login?user=tbarrow&code=Lm3Qx8Rt2Vb9')).toEqual([]);
  });

  it('keeps an account named before a documentation host, and the same links at a real-looking host', () => {
    expect(links('clone from http://deploy@git.example.com/app.git')).toEqual([
      'http://deploy@git.example.com/app.git',
    ]);
    expect(links('Profiles live at https://forum.lanternwharf.net/u/tbarrow and can be hidden.')).toEqual([
      'https://forum.lanternwharf.net/u/tbarrow',
    ]);
    expect(links('Reset: https://portal.example.com.evil.io/reset?token=Qm8xT2vR9pL4nK7c&user=ovidal')).toEqual([
      'https://portal.example.com.evil.io/reset?token=Qm8xT2vR9pL4nK7c&user=ovidal',
    ]);
  });
});

describe("a public call's, a council's and a cultural body's desk mailboxes", () => {
  it('leaves them in rules, programmes and notices', () => {
    const bases =
      'Bases del IV Certamen de Cuento Corto\n1. Obras inéditas, máximo 8 páginas.\n2. Envío: a certamen@letrasdelvalle.es con seudónimo.\n3. Dudas: cultura@ayto-robledillo.es';
    expect(mail(bases)).toEqual([]);
    const call =
      'Harbour Lights Open 2027\nSubmissions: up to three works, sent to entries@harbourlightsopen.org.uk by 30 April.\nPress enquiries: the box office team, boxoffice@quayarts.org.uk.';
    expect(mail(call)).toEqual([]);
    expect(mail('Inscripciones y matrícula: matricula@escuelamusicaluz.es, de lunes a jueves.')).toEqual([]);
    expect(mail('Parish office: parish@stbrendans-kilcar.ie (Tuesdays only).')).toEqual([]);
  });

  it("keeps a person's mailbox beside them, and a desk word inside a person's own address", () => {
    const text = 'Entries to entries@harbourlightsopen.org.uk; the judge, Mina Okafor, is at mina.okafor@quaymail.com.';
    expect(mail(text)).toEqual(['mina.okafor@quaymail.com']);
    expect(mail('Escríbeme a lucia.teatro@gmail.com')).toEqual(['lucia.teatro@gmail.com']);
    expect(mail('my email is cultura@robledillo-casa.es')).toEqual(['cultura@robledillo-casa.es']);
  });
});
