import { describe, expect, it } from 'vitest';
import { email } from '../../src/detect/validators/contact.js';

describe('email validator: mailboxes that identify nobody', () => {
  it('rejects no-reply and mail-system senders at any domain', () => {
    for (const v of ['noreply@shopfast.com', 'no-reply@bank.co.uk', 'donotreply@tickets.io', 'do_not_reply@x.org']) {
      expect(email(v)).toBeNull();
    }
    expect(email('no-responder@empresa.es')).toBeNull();
    expect(email('mailer-daemon@mx.mail.net')).toBeNull();
    expect(email('bounces+1832@lists.acme.com')).toBeNull();
  });

  it('rejects every address under a reserved top-level name', () => {
    expect(email('jane@corp.test')).toBeNull();
    expect(email('ops@build.invalid')).toBeNull();
    expect(email('pedro@intranet.example')).toBeNull();
  });

  it('rejects role mailboxes at the documentation domains only', () => {
    expect(email('admin@example.com')).toBeNull();
    expect(email('soporte@example.org')).toBeNull();
    expect(email('support@acme-tools.com')).not.toBeNull();
    expect(email('info@clinica-sanroque.es')).not.toBeNull();
  });

  it('keeps people, even when their address mentions no-reply elsewhere', () => {
    expect(email('jane.noreply@gmail.com')).not.toBeNull();
    expect(email('replyto.ana@mail.com')).not.toBeNull();
  });

  it('does not call a mailto: link a spelled-out address', () => {
    expect(email('mailto:ana.ruiz@correo.es')?.type).toBeUndefined();
  });
});

describe('email validator: department mailboxes in policies and newsletters', () => {
  it('drops desks and departments at a documentation or stand-in domain', () => {
    for (const v of [
      'travel@example.com',
      'expenses-claims@example.org',
      'viajes@example.com',
      'rrhh@tuempresa.es',
      'treasury.ops@yourcompany.com',
      'helpline@company.com',
    ])
      expect(email(v)).toBeNull();
  });
  it('keeps a person at those domains, and the same desks at a real domain', () => {
    expect(email('marta.ibarra@example.com')).not.toBeNull();
    expect(email('jkowalski@yourcompany.com')).not.toBeNull();
    expect(email('travel@hotel-miramar.es')).not.toBeNull();
    expect(email('rrhh@construcciones-lago.com')).not.toBeNull();
  });
});
