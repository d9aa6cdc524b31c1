import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAudit } from '../../src/audit/query.js';
import { verifyChain } from '../../src/audit/verify.js';
import { startRig, type TestRig } from '../support/gateway.js';

/** Sensitive values sent through the gateway; none of them, in any simple encoding, may reach the database. */
const VALUES = [
  '4111 1111 1111 1111',
  '4111111111111111',
  '5500-0055-5555-5559',
  'ana.garcia@example.com',
  'J.Smith+veil@corp-mail.example',
  'María Fernández López',
  'Jonathan Whitaker',
  'Hunter2-Gr33n-Falcon!',
  'ghp_R8kQ2mZx7Lw4Vn9Tb3Yc6Hd1Jf5Gs0Pa2Ue8',
  'ES91 2100 0418 4502 0005 1332',
  'type 2 diabetes mellitus',
  'paranoid schizophrenia',
  'HIV positive',
];

const PROMPTS = [
  'Charge card 4111 1111 1111 1111 for ana.garcia@example.com, please.',
  'Refund 5500-0055-5555-5559 to Jonathan Whitaker (J.Smith+veil@corp-mail.example).',
  'My name is María Fernández López and my password is Hunter2-Gr33n-Falcon!',
  'Here is my token ghp_R8kQ2mZx7Lw4Vn9Tb3Yc6Hd1Jf5Gs0Pa2Ue8, deploy it.',
  'Transfer to IBAN ES91 2100 0418 4502 0005 1332 today.',
  'The patient Jonathan Whitaker was diagnosed with type 2 diabetes mellitus.',
  'Ana has paranoid schizophrenia and is HIV positive; card 4111111111111111.',
];

function encodings(value: string): string[] {
  const forms = new Set([value, value.toLowerCase(), value.replace(/[\s-]/g, '')]);
  for (const form of [...forms]) {
    forms.add(Buffer.from(form).toString('base64'));
    forms.add(Buffer.from(form).toString('base64url'));
    forms.add(Buffer.from(form).toString('hex'));
    forms.add(encodeURIComponent(form));
    forms.add(JSON.stringify(form).slice(1, -1));
  }
  // base64 of a value depends on its offset in the encoded text; the middle of the encoding is stable.
  return [...forms].filter((f) => f.length >= 6);
}

function leaks(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    for (const value of VALUES) {
      for (const form of encodings(value)) {
        if (bytes.includes(Buffer.from(form, 'utf8')) || bytes.includes(Buffer.from(form, 'utf16le'))) {
          found.push(`${file.split('/').pop()}: ${value} as ${form === value ? 'raw' : form}`);
        }
      }
    }
  }
  return found;
}

describe('the audit database holds no raw value', () => {
  let rig: TestRig;
  let dbPath: string;
  let answered = 0;

  beforeAll(async () => {
    rig = await startRig({ env: { VEIL_FINGERPRINT_KEY: 'fingerprint-key-for-the-leak-test' } });
    dbPath = rig.gateway.db.name;
    for (const prompt of PROMPTS) {
      for (const stream of [false, true]) {
        const res = await rig.post('/v1/chat/completions', {
          model: 'gpt-4o-mini',
          stream,
          messages: [
            { role: 'system', content: 'You help Jonathan Whitaker with billing.' },
            { role: 'user', content: prompt },
          ],
        });
        await res.arrayBuffer();
        answered += 1;
      }
    }
    // A client may put anything in the model name or the path; that text reaches the record too.
    const odd = await rig.post('/v1/chat/completions', {
      model: 'gpt 4111 1111 1111 1111 ana.garcia@example.com',
      messages: [{ role: 'user', content: 'hi' }],
    });
    await odd.arrayBuffer();
    answered += 1;
    const anthropic = await rig.post('/v1/messages', {
      model: 'claude-3-5-haiku',
      max_tokens: 50,
      messages: [{ role: 'user', content: PROMPTS[0] }],
    });
    await anthropic.arrayBuffer();
    answered += 1;
    await rig.gateway.audit.flush();
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('records every request, with findings, and the chain verifies', () => {
    const records = queryAudit(rig.gateway.db, { limit: 1000 }).records;
    expect(records).toHaveLength(answered);
    expect(records.some((r) => r.findings.some((f) => f.label === 'CREDIT_CARD'))).toBe(true);
    expect(records.some((r) => (r.fingerprints?.length ?? 0) > 0)).toBe(true);
    expect(verifyChain(rig.gateway.db)).toMatchObject({ ok: true, verified: answered });
  });

  it('finds none of the values, nor their encodings, in the database file or its WAL while running', () => {
    expect(existsSync(`${dbPath}-wal`)).toBe(true);
    expect(leaks([dbPath, `${dbPath}-wal`, `${dbPath}-shm`])).toEqual([]);
  });

  it('finds none after shutdown checkpoints the WAL into the file', async () => {
    await rig.close();
    expect(leaks([dbPath, `${dbPath}-wal`])).toEqual([]);
    // The search itself works: a value the gateway is meant to store is found.
    expect(readFileSync(dbPath).includes(Buffer.from('CREDIT_CARD'))).toBe(true);
  });
});
