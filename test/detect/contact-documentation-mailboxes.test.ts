import { describe, expect, it } from 'vitest';
import { email } from '../../src/detect/validators/contact.js';

describe('desks and sample records at documentation domains', () => {
  it('reads example domains under a second-level suffix as documentation domains', () => {
    for (const v of [
      'it.support@example.gov.uk',
      'admissions@example.ac.uk',
      'ayuda@example.gob.es',
      'info@example.org.au',
    ])
      expect(email(v), v).toBeNull();
  });

  it('treats a qualified desk ("<topic>.helpdesk", "<scheme>-service") as a desk', () => {
    for (const v of [
      'visas.helpdesk@example.com',
      'wellbeing-service@example.ac.uk',
      'hmrc.vat.team@example.gov.uk',
      'becas.oficina@example.es',
      'pgr-unit@example.org',
    ])
      expect(email(v), v).toBeNull();
  });

  it('treats the sample records of templates and test READMEs as samples', () => {
    for (const v of [
      'new.joiner@example.com',
      'usuario.prueba@example.es',
      'demo-user@example.org',
      'test.leaver@example.co.uk',
    ])
      expect(email(v), v).toBeNull();
  });

  it('keeps people, a lone placeholder word and real domains', () => {
    for (const v of [
      'ines.moreau@example.gov.uk',
      'karl.weber@example.ac.uk',
      'ops.maria@example.com',
      'lucia-alerts@example.org',
    ])
      expect(email(v), v).not.toBeNull();
    expect(email('test@example.com')).not.toBeNull();
    expect(email('visas.helpdesk@consulado-ar.es')).not.toBeNull();
    expect(email('usuario.prueba@gmail.com')).not.toBeNull();
  });
});
