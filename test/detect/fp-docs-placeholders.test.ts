import { describe, expect, it } from 'vitest';
import { email, ipv4 } from '../../src/detect/validators/contact.js';
import { assignedCredential, assignedPassword, assignedSecret, password } from '../../src/detect/validators/secrets.js';

describe('placeholder passwords in docs and templates', () => {
  it('rejects values that describe themselves', () => {
    for (const v of [
      'new-password',
      'old_pass',
      'temp-password',
      'nueva-contraseña',
      'default password',
      "'new-password'",
    ]) {
      expect(password(v)).toBeNull();
      expect(assignedPassword(v)).toBeNull();
    }
  });

  it('rejects upper-case notes to whoever fills the template', () => {
    for (const v of ['CAMBIAR_ESTO', 'CHANGE_ME', 'SET_BY_ADMIN', 'PON_AQUI_TU_CLAVE'])
      expect(assignedPassword(v)).toBeNull();
  });

  it('rejects defaults printed in every manual', () => {
    for (const v of ['changeme', 'toor', 'letmein', 'admin']) expect(assignedPassword(v)).toBeNull();
  });

  it('keeps chosen and generated passwords', () => {
    for (const v of ['Verano-2024', 'CASA_2291', 'Zq8#rT2w', 'blue-horse-river-lamp', 'MARIA_LOPEZ_79']) {
      expect(assignedPassword(v)).not.toBeNull();
    }
  });
});

describe('constants passed to a call', () => {
  it('reads a constant name before the closing bracket as a reference, not a key', () => {
    expect(assignedCredential('AWS_SECRET_ACCESS_KEY)')).toBeNull();
    expect(assignedSecret('STRIPE_SECRET_KEY),')).toBeNull();
  });

  it('still masks a literal key before a bracket', () => {
    expect(assignedCredential('kQ7vXp2LmR9sT4wZ8yB3nC6dF1gH5jK0)')).not.toBeNull();
  });
});

describe('role mailboxes at documentation domains', () => {
  it('drops role mailboxes of a newsletter or a press release footer', () => {
    for (const v of ['wellbeing@example.com', 'bienestar@example.com', 'media@example.org', 'payroll@example.net']) {
      expect(email(v)).toBeNull();
    }
  });

  it('keeps personal addresses, and role mailboxes at real domains', () => {
    // A realistic name stays; the Doe stand-in at a documentation domain is a form's placeholder (contact.ts).
    expect(email('lena.fischer@example.com')).not.toBeNull();
    expect(email('jane.doe@example.com')).toBeNull();
    expect(email('wellbeing@harrowgate-foods.co.uk')).not.toBeNull();
  });
});

describe('IPv4 validator', () => {
  it('still accepts four-part addresses (versions are told apart by their context in contact.yaml)', () => {
    expect(ipv4('10.218.6.131')).not.toBeNull();
  });
});
