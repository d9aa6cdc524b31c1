import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';

// The whole engine, so overlaps with e-mail, URL and phone rules are part of what is checked.
const engine = createDetector({ extras: [] });

/** Whether something labelled SECRET covers every character of `value` inside `text`. */
function masked(text: string, value: string): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`value not in text: ${value}`);
  return engine.detect(text).some((f) => f.label === 'SECRET' && f.start <= at && f.end >= at + value.length);
}

const secretsFound = (text: string) => engine.detect(text).filter((f) => f.label === 'SECRET');

describe('secrets in the places people paste them', () => {
  it('masks the whole password of a connection URL, whatever characters it holds', () => {
    for (const [text, value] of <Array<[string, string]>>[
      ['DATABASE_URL=postgres://billing:Qv7&nR2!x@pg.internal:5432/billing', 'Qv7&nR2!x'],
      ['redis://default:k9@Lp#2wQ@cache.internal:6379/0', 'k9@Lp#2wQ'],
      ['mongodb+srv://etl:Zt4-pW8.q@cluster9.example.net/db', 'Zt4-pW8.q'],
    ])
      expect(masked(text, value), text).toBe(true);
  });

  it('takes no e-mail out of a URL password', () => {
    const found = engine.detect('postgres://app:Hn3&wq7Z@db.internal:5432/app');
    expect(found.map((f) => f.label)).not.toContain('EMAIL');
  });

  it('finds passwords given on command lines and in prose', () => {
    for (const [text, value] of <Array<[string, string]>>[
      ['mysql -h 10.0.4.2 -u backup -pWq8!zR3m shop < dump.sql', 'Wq8!zR3m'],
      ['just use Kp4#vX9q as the password until Friday', 'Kp4#vX9q'],
      ['la clave del router, que es Limonada-4417, no la compartas', 'Limonada-4417'],
      ['the admin password is Rio.Verde.2029 for now', 'Rio.Verde.2029'],
    ])
      expect(masked(text, value), text).toBe(true);
  });

  it('finds hex and random tokens after Bearer or as the key of a service', () => {
    for (const [text, value] of <Array<[string, string]>>[
      [
        'curl -H "Authorization: Bearer 9d41f0e2b7c35a8619e04fd2c7b3a5e8" https://api.internal/v2',
        '9d41f0e2b7c35a8619e04fd2c7b3a5e8',
      ],
      ["I'm using Zq7TkW2mXr9LpV4nHs8JcB3d as the api key for billing", 'Zq7TkW2mXr9LpV4nHs8JcB3d'],
      [
        'softlayer_api_key = "5e0c2b9a7d4f18e63c0a5b9d2e7f41c86a3d0b5e9f2c7a14d8b6e3f0a9c52d71"',
        '5e0c2b9a7d4f18e63c0a5b9d2e7f41c86a3d0b5e9f2c7a14d8b6e3f0a9c52d71',
      ],
    ])
      expect(masked(text, value), text).toBe(true);
  });

  it('masks a provider key with a stand-in word appended, but not the stand-ins themselves', () => {
    expect(
      masked('aws_access_key = "Pq8/Wn3zLr5Tx0Vb7Kc2Hm9Jd4Fs6GyQwEXAMPLE"', 'Pq8/Wn3zLr5Tx0Vb7Kc2Hm9Jd4Fs6GyQwEXAMPLE'),
    ).toBe(true);
    for (const text of [
      'AWS_ACCESS_KEY_ID=AKIAZZZZZZZZZZZZZZZZ',
      'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'api_key: "<your-api-key>"',
      'password: changeme',
      'Authorization: Bearer ${ACCESS_TOKEN}',
      'use this as the password',
    ])
      expect(secretsFound(text), text).toEqual([]);
  });
});
