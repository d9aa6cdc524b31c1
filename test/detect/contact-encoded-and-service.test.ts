import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { createDetector } from '../../src/detect/engine.js';
import { email, encodedEmail } from '../../src/detect/validators/contact.js';
import { ruleFor } from '../../src/policy/decide.js';
import { REPO_RULES } from '../support/rules.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('e-mail addresses percent-encoded in URLs and logs', () => {
  it('finds %40, double-encoded %2540 and an encoded plus', () => {
    const log = '10.1.4.2 - - "GET /reset?user=olga.marin%40proton.me&step=2 HTTP/1.1" 302';
    expect(spansOf(detector, log, ['EMAIL'])).toEqual(['olga.marin%40proton.me']);
    expect(spansOf(detector, 'next=%2Fcart%3Femail%3Dbo.lind%2540telia.se', ['EMAIL'])).toEqual([
      'bo.lind%2540telia.se',
    ]);
    expect(encodedEmail('ines%2Bpedidos%40correo.es')?.normalized).toBe('ines+pedidos@correo.es');
    expect(spansOf(detector, '<p>Escribe a raul.soto&#64;correo.es</p>', ['EMAIL'])).toEqual([
      'raul.soto&#64;correo.es',
    ]);
  });

  it('shares the plain address pseudonym and its exclusions', () => {
    expect(encodedEmail('Olga.Marin%40Proton.me')?.normalized).toBe(email('olga.marin@proton.me')?.normalized);
    expect(encodedEmail('no-reply%40shop.io')).toBeNull();
    expect(encodedEmail('jo%40example%2Ecom%25')).toBeNull();
  });
});

describe('system accounts at private hosts', () => {
  it('are logins, not inboxes', () => {
    expect(email('deploy@gw-03.internal')).toBeNull();
    expect(email('postgres@db1.local')).toBeNull();
    expect(email('ci-runner@build.lan')).toBeNull();
    expect(spansOf(detector, 'scp dump.sql root@backup-2.internal:/srv/', ['EMAIL'])).toEqual([]);
  });

  it('are logins at cloud machines and code hosts too', () => {
    expect(email('ubuntu@ec2-18-200-4-7.eu-west-1.compute.amazonaws.com')).toBeNull();
    expect(email('azureuser@build-vm.westeurope.cloudapp.azure.com')).toBeNull();
    expect(spansOf(detector, 'git clone git@gitlab.com:acme/billing.git', ['EMAIL'])).toEqual([]);
    expect(email('lena.ortiz@gitlab.com')).not.toBeNull();
  });

  it('keeps people at private hosts and service words at public domains', () => {
    expect(email('lucia.ferrer@vpn.internal')).not.toBeNull();
    expect(email('deploy@acme-logistics.com')).not.toBeNull();
  });
});

describe('the default address of a home router', () => {
  it('names no one in a manual or a how-to', () => {
    const manual = 'Plug in the router, then open http://192.168.0.1 and sign in with the sticker password.';
    expect(spansOf(detector, manual, ['IP_ADDRESS'])).toEqual([]);
    expect(
      spansOf(detector, 'Abre el panel de administración en 192.168.1.1 y cambia la clave.', ['IP_ADDRESS']),
    ).toEqual([]);
    expect(spansOf(detector, '10.0.0.138 is the gateway page of that modem', ['IP_ADDRESS'])).toEqual([]);
  });

  it('still reports the same address without a router word, and other private addresses beside one', () => {
    expect(spansOf(detector, 'failed ssh login from 192.168.1.1 for user admin', ['IP_ADDRESS'])).toEqual([
      '192.168.1.1',
    ]);
    expect(spansOf(detector, 'router: lease 192.168.1.52 given to marta-phone', ['IP_ADDRESS'])).toEqual([
      '192.168.1.52',
    ]);
  });
});

describe('links that act as a person', () => {
  const d = createDetector();
  const links = [
    'reset it here: https://accounts.example.io/reset?email=k.mensah%40mail.com&token=9b2e4f7a1c0d8e36 thanks',
    'magic link https://app.tidewaybank.net/login?user=dvasquez&code=Zr8Lq2Xn4Tv7Pw1K (valid 15 min)',
    'verifica en https://portal.example.es/verificar?correo=lucia.ferrer%40correo.es&sig=Yh3Kd8Pq2Lm7Wc4N',
  ];
  it('reads a reset, sign-in or verification link for a named user as one personal URL', () => {
    for (const text of links) {
      const found = d.detect(text).filter((f) => f.label !== 'ORGANIZATION');
      expect(found.map((f) => `${f.label}/${f.type}`)).toEqual(['URL/URL_PERSONAL']);
      expect(text.slice(found[0]!.start, found[0]!.end)).toMatch(/^https:\/\/\S+[A-Za-z0-9]$/);
    }
  });
  it('leaves an e-mail in a plain tracking link and a key in an API call to their own rules', () => {
    expect(spansOf(d, 'see https://shop.example.org/track?email=ana.ruiz@mail.com&id=3', ['EMAIL', 'URL'])).toEqual([
      'ana.ruiz@mail.com',
    ]);
  });
  it('is masked by every shipped policy, also where URLs in general pass', () => {
    const config = loadConfig(REPO_RULES, {});
    for (const [name, policy] of config.policies) {
      expect([name, ruleFor(policy, 'URL', 'URL_PERSONAL').action]).not.toEqual([name, 'allow']);
    }
  });
});
