import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { assignedCredential } from '../../src/detect/validators/secrets.js';
import { spansOf } from '../support/spans.js';

// Classes of leaks and false positives found by red-teaming the rule packs with workplace prompts; the values
// here are made up for these tests.
const engine = createDetector({ extras: [] });
const spans = (text: string, label: string) => spansOf(engine, text, [label]);

describe('URLs with a password and no user name', () => {
  it('reads redis://:secret@host as a credential, not an e-mail address', () => {
    const text = 'REDIS_URL=redis://:Hv3kPq8Zw2Lm@cache.local:6379/1';
    expect(spans(text, 'SECRET')).toEqual([':Hv3kPq8Zw2Lm@cache.local:6379']);
    expect(spans(text, 'EMAIL')).toEqual([]);
  });
});

describe('numbers dialled with 00 after an account or order word', () => {
  it('gives an account number opening with 00 to the account, not to a phone', () => {
    const text = 'mi número de cuenta es 004471928365 en la caja';
    expect(spans(text, 'PHONE')).toEqual([]);
    expect(spans(text, 'BANK_ACCOUNT')).toEqual(['004471928365']);
  });
  it('still reads +44 as a phone after the same words', () => {
    expect(spans('account manager: +44 20 7946 0321', 'PHONE')).toEqual(['+44 20 7946 0321']);
    expect(spans('phone 0044 20 7946 0321', 'PHONE')).toEqual(['0044 20 7946 0321']);
  });
});

describe('passwords named without a verb', () => {
  it('finds the value after "la clave" or ", password"', () => {
    expect(spans('Accede con el usuario caja2 y la clave Lirio#5512, gracias', 'SECRET')).toEqual(['Lirio#5512']);
    expect(spans('user: mgarcia, password Bq7!zTr4 until Monday', 'SECRET')).toEqual(['Bq7!zTr4']);
  });
  it('leaves names of algorithms, products and placeholders alone', () => {
    expect(spans('the password hashing uses SHA-512 now', 'SECRET')).toEqual([]);
    expect(spans('la clave pública AES-256 no se comparte', 'SECRET')).toEqual([]);
    expect(spans('and password reset-link expired', 'SECRET')).toEqual([]);
  });
});

describe('keys for encryption, signing and HMAC', () => {
  it('counts a hex value assigned to them', () => {
    const hex = '3fa1c9e07b52d846a1e39f0c27d5b8e46a0f13c9d27e5b81f4a06c3d92e7b15a';
    expect(spans(`"encryption_key": "${hex}"`, 'SECRET')).toEqual([hex]);
    expect(spans('SIGNING_KEY=9c2e7a04d1b85f36e0a4c7d19b3e58f2', 'SECRET')).toEqual([
      '9c2e7a04d1b85f36e0a4c7d19b3e58f2',
    ]);
  });
  it('does not count names of secrets in a vault as the secret', () => {
    expect(assignedCredential('"prod/payments/token"')).toBeNull();
    expect(assignedCredential('app.secrets.api_key')).toBeNull();
    expect(spans('token = get_secret("staging/api-token")', 'SECRET')).toEqual([]);
  });
});

describe('an ID cue further back does not take a number named by a nearer word', () => {
  it('reads the number after "teléfono" as a phone even after a DNI', () => {
    const text = 'DNI 27183946Q, teléfono 655 21 48 93';
    expect(spans(text, 'NATIONAL_ID')).toEqual(['27183946Q']);
    expect(spans(text, 'PHONE')).toEqual(['655 21 48 93']);
  });
});

describe('dates of orders, invoices and meetings', () => {
  it('are not personal dates', () => {
    expect(spans('My order was placed on 2024-02-07 and never shipped', 'DATE')).toEqual([]);
    expect(spans('La reunión es el 21/10/2024 en la sala 4', 'DATE')).toEqual([]);
    expect(spans('La factura vence el 30/09/2024.', 'DATE')).toEqual([]);
  });
  it('while a birth date in Spanish still is', () => {
    expect(spans('Él nació el 21/10/1984 en Soria', 'DATE')).toEqual(['21/10/1984']);
  });
});

describe('values presented as documentation', () => {
  it('skips addresses at the reserved example domains on a line about docs or examples', () => {
    expect(spans('The README says to write to support@example.org for help', 'EMAIL')).toEqual([]);
    expect(spans('por ejemplo: ventas@tienda.test', 'EMAIL')).toEqual([]);
  });
  it('keeps them anywhere else, and keeps real domains after the same words', () => {
    expect(spans('reply to lucia@example.com today', 'EMAIL')).toEqual(['lucia@example.com']);
    expect(spans('for example, write to lucia.mora@gmail.com', 'EMAIL')).toEqual(['lucia.mora@gmail.com']);
  });
  it('skips card numbers introduced as test or sandbox cards', () => {
    expect(spans('Use the test card 4012 8888 8888 1881 in the sandbox', 'CREDIT_CARD')).toEqual([]);
    expect(spans('tarjeta de prueba: 5105 1051 0510 5100', 'CREDIT_CARD')).toEqual([]);
    expect(spans('I tested my card 4012 8888 8888 1881 at checkout', 'CREDIT_CARD')).toEqual(['4012 8888 8888 1881']);
  });
});

describe('bracketed log timestamps', () => {
  it('are not personal dates', () => {
    expect(spans('[2024-02-11 07:15:02] refund issued to my customer', 'DATE')).toEqual([]);
  });
});

describe('credentials in DSNs without the usual user:password URL', () => {
  it("finds the password of Go's MySQL DSN and the key of a Sentry DSN", () => {
    expect(spans('dsn := "report:Kw4!tPz8q@tcp(db.local:3306)/sales"', 'SECRET')).toEqual(['Kw4!tPz8q']);
    const dsn = 'https://7e2b0c94d1a85f36e9c4a07b1d2e8f53@o77120.ingest.sentry.io/40213';
    expect(spans(`SENTRY_DSN=${dsn}`, 'SECRET')).toEqual(['7e2b0c94d1a85f36e9c4a07b1d2e8f53']);
    expect(spans(`SENTRY_DSN=${dsn}`, 'EMAIL')).toEqual([]);
  });
});

describe('abbreviated Spanish birth-date cues', () => {
  it('reads "Fecha de nac." as a date of birth', () => {
    expect(spans('Fecha de nac.: 21-06-1977; sexo: M', 'DATE')).toEqual(['21-06-1977']);
  });
});

describe('URLs that log in as an account', () => {
  it('report the URL, not an e-mail address', () => {
    const text = 'clone http://rgil@git.acme.local/tools.git';
    expect(spans(text, 'URL')).toEqual(['http://rgil@git.acme.local/tools.git']);
    expect(spans(text, 'EMAIL')).toEqual([]);
  });
});

describe('registry logins on a command line', () => {
  it('find the password after -p or --password', () => {
    expect(spans('podman login -u deploy -p Zr7#kWq2Lm quay.io', 'SECRET')).toEqual(['Zr7#kWq2Lm']);
  });
  it('leave variables and stdin alone', () => {
    expect(spans('docker login -u deploy -p "$TOKEN" quay.io', 'SECRET')).toEqual([]);
    expect(spans('docker login -u deploy --password-stdin quay.io', 'SECRET')).toEqual([]);
  });
});

describe('passwords in prose with a longer "of" phrase, and given as a pair', () => {
  it('finds them', () => {
    expect(spans('la clave del router de la oficina nueva es Router_77#b', 'SECRET')).toEqual(['Router_77#b']);
    expect(spans('my password for the staging box: Stg!9vQx2', 'SECRET')).toEqual(['Stg!9vQx2']);
    expect(spans('user/password: rquiroga / Rq#5520mm', 'SECRET')).toEqual(['Rq#5520mm']);
  });
  it('does not take switches for passwords', () => {
    expect(spans("Access denied for user 'web' (using password: NO)", 'SECRET')).toEqual([]);
  });
});

describe('session cookies in pasted requests', () => {
  it('find the session value and leave preferences alone', () => {
    expect(spans('Cookie: lang=es; PHPSESSID=q7v2m9k4x1z8w3r6t5y0p2n4', 'SECRET')).toEqual([
      'q7v2m9k4x1z8w3r6t5y0p2n4',
    ]);
    expect(spans('Cookie: lang=es; consent=accepted-all-2024', 'SECRET')).toEqual([]);
  });
});
