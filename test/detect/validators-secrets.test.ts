import { describe, expect, it } from 'vitest';
import {
  assignedCredential,
  assignedSecret,
  connectionString,
  password,
  providerToken,
} from '../../src/detect/validators/secrets.js';

describe('assignedCredential (values of names that only hold credentials)', () => {
  it('accepts provider-style hex keys and long random values', () => {
    expect(assignedCredential('"5b7e0c93a1f24d68e0b3c7a95d12f4e8"')).not.toBeNull();
    expect(assignedCredential('9f2c4e71b0a85d36e1f7c2ab4d90e8f35c61a27b0d4e9f83')).not.toBeNull();
    expect(assignedCredential('Qw3rTz9Lk2Vb8Nm4Px7Hs6Jd')).not.toBeNull();
    expect(assignedCredential('Hq4{Zt8]mW2(pX6)')).not.toBeNull();
  });
  it('rejects placeholders, references, UUIDs, versions and word identifiers', () => {
    for (const v of [
      '${API_KEY}',
      '<your-api-key>',
      'xxxxxxxxxxxxxxxxxxxx',
      'process.env.API_KEY',
      '123e4567-e89b-12d3-a456-426614174000',
      'jjwt-jackson-0.11.2',
      'my-service-secret',
      'abcdef123456',
      'value with spaces in it',
      '/etc/secrets/api.key',
      'changeme-please-now',
    ])
      expect(assignedCredential(v), v).toBeNull();
  });
});

describe('assignedSecret (values of generic key names)', () => {
  it('still rejects hex digests, which generic key names often hold', () => {
    expect(assignedSecret('d41d8cd98f00b204e9800998ecf8427e')).toBeNull();
    expect(assignedSecret('Kq2mZ8xR4vT7wP1nB5cY9dF3hJ6')).not.toBeNull();
  });
  it('rejects values with spaces and versioned artifact names', () => {
    expect(assignedSecret('Maven - io.jsonwebtoken')).toBeNull();
    expect(assignedSecret('SalesResults-1.2')).toBeNull();
  });
});

describe('providerToken (values already in a provider shape)', () => {
  it('masks made-up looking values that keep the shape', () => {
    // Periodic but generated-looking: no filler, no typed sequence of six.
    expect(providerToken('9c1e4b7a9c1e4b7a9c1e4b7a9c1e4b7a9c1e4b7a9c1e4b7a9c1e4b7a9c1e4b7a')).not.toBeNull();
  });
  it('lets fillers through: x runs, one repeated character, typed sequences', () => {
    for (const v of [
      'AKIAZZZZZZZZZZZZZZZZ',
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'npm_xxxxxxxxxxx',
      'sq0csp-ABCDEFGHIJKLMNOPQRSTUV',
    ])
      expect(providerToken(v), v).toBeNull();
  });
  it('a stand-in word inside a long random value does not make it a dummy', () => {
    expect(providerToken('Tq8vLm2ZrX4pWn7KcY1bHd5FjEXAMPLE')).not.toBeNull();
    expect(assignedCredential('"Tq8vLm2ZrX/4pWn7KcY1bHd5FjG9sEXAMPLEKEY"')).not.toBeNull();
    // Too little left besides the word: the documentation's sample key id, a named dummy.
    expect(providerToken('AKIAIOSFODNN7EXAMPLE')).toBeNull();
    expect(assignedCredential('my-example-api-key-42')).toBeNull();
  });
});

describe('password (a value after a password cue)', () => {
  it('takes dotted passwords, but not property paths, calls or the next key', () => {
    expect(password('Dos.Gatos.41')).not.toBeNull();
    for (const v of ['settings.mail.password', 'config.get("db")', 'vault.secrets[0]', 'jdbc.mail.url='])
      expect(password(v), v).toBeNull();
  });
});

describe('password: Spanish stand-ins', () => {
  it('drops the values Spanish templates put where the password goes', () => {
    for (const v of ['cambiame', 'Cámbiame', 'cambiame123', 'tu-contraseña', 'tu_clave_aqui', 'contraseña-ejemplo'])
      expect(password(v), v).toBeNull();
    expect(password('Cambio#2024mar')).not.toBeNull();
  });
});

describe('password: words that describe the password', () => {
  it('drops two hyphen-joined lower-case words unless quoted, keeps longer passphrases', () => {
    for (const v of ['case-sensitive', 'auto-generated']) expect(password(v), v).toBeNull();
    expect(password('"blue-horse"')).not.toBeNull();
    expect(password('correct-horse-battery-staple')).not.toBeNull();
  });
});

describe('connection strings as one credential', () => {
  it('keeps a string whose password or account key is real, and drops one with a stand-in', () => {
    expect(connectionString('Server=app-db;Database=crm;User Id=crm;Password=Lk8#vT2q!x;')?.type).toBe(
      'CONNECTION_STRING',
    );
    expect(connectionString('Host=pg1;Username=ops;Pwd=Copper-Lantern-61')).not.toBeNull();
    expect(connectionString('AccountName=stbackup7;AccountKey=Zp4Rw9Tq2Lm7Xc1Vb8Nn3Kd6Hs0Jf5Ga==')).not.toBeNull();
    expect(connectionString('Server=app-db;Password=${DB_PASSWORD};')).toBeNull();
    expect(connectionString('Server=app-db;Password=changeme;')).toBeNull();
    expect(connectionString('AccountName=stbackup7;AccountKey=xxxxxxxxxxxxxxxxxxxxxxxx')).toBeNull();
    expect(connectionString('Server=app-db;Database=crm;Integrated Security=SSPI;')).toBeNull();
  });
});
