import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seededRandom, surrogateFor } from '../../src/redact/surrogates.js';

const random = (seed: string) => seededRandom(createHash('sha256').update(seed).digest());

function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s/g, '');
  const numeric = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest === 1;
}

describe('surrogates', () => {
  it('keep the kind and shape: IBAN of the same country with valid check digits, grouping kept', () => {
    for (let i = 0; i < 50; i++) {
      const fake = surrogateFor('IBAN', 'DE89 3704 0044 0532 0130 00', random(`iban${i}`)) ?? '';
      expect(fake).toMatch(/^DE\d\d \d{4} \d{4} \d{4} \d{4} \d\d$/);
      expect(ibanValid(fake)).toBe(true);
    }
  });

  it('use reserved documentation ranges and domains for addresses', () => {
    expect(surrogateFor('IP_ADDRESS', '10.1.2.3', random('ip'))).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
    expect(surrogateFor('IP_ADDRESS', 'fe80::1', random('ip6'))).toMatch(/^2001:db8::[0-9a-f]+$/);
    expect(surrogateFor('EMAIL', 'a@b.example', random('mail'))).toMatch(/^[a-z.]+\d\d@example\.(com|org|net)$/);
  });

  it('keep a name the length it was and its language', () => {
    expect(surrogateFor('PERSON', 'Marta', random('p1'))).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(surrogateFor('PERSON', 'Marta López', random('p2'))?.split(' ')).toHaveLength(2);
    const spanish = [
      'Lucía',
      'Javier',
      'Carmen',
      'Pablo',
      'Elena',
      'Sergio',
      'Marta',
      'Diego',
      'Paula',
      'Andrés',
      'Nuria',
      'Raúl',
    ];
    for (let i = 0; i < 20; i++) {
      const first = surrogateFor('PERSON', 'Juan Pérez', random(`es${i}`))?.split(' ')[0];
      expect(spanish).toContain(first);
    }
  });

  it('has no fake for kinds where a realistic one would mislead (secrets, medical text, dates)', () => {
    expect(surrogateFor('SECRET', 'AKIAIOSFODNN7EXAMPLE', random('s'))).toBeUndefined();
    expect(surrogateFor('MEDICAL', 'diabetes', random('m'))).toBeUndefined();
    expect(surrogateFor('DATE', '12/03/1985', random('d'))).toBeUndefined();
  });
});
