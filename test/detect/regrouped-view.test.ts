import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { findGroupRuns } from '../../src/detect/regrouped-view.js';
import type { Finding } from '../../src/detect/types.js';

/**
 * Digit groups whose separators were swapped (a dash for a dot, a space for a line break) are rejoined where
 * a validator confirms the value, and nowhere else: the pass must add nothing to text without such values.
 */
const engine = createDetector({ extras: [] });
const withoutPass = createDetector({ extras: [], regroup: false });

const key = (f: Finding) => `${f.start}:${f.end}:${f.label}:${f.type}`;

/** The findings the regrouped pass adds to the ordinary one, as [label/type, text]. */
function added(text: string): string[] {
  const before = new Set(withoutPass.detect(text).map(key));
  return engine
    .detect(text)
    .filter((f) => !before.has(key(f)))
    .map((f) => `${f.label}/${f.type} ${text.slice(f.start, f.end)}`);
}

describe('regrouped values are found', () => {
  it.each([
    ['SSN 536\n22\n1234', 'NATIONAL_ID/US_SSN 536\n22\n1234'],
    ['mi DNI es 12345678.Z', 'NATIONAL_ID/ES_DNI 12345678.Z'],
    ['DNI 12345678\nZ', 'NATIONAL_ID/ES_DNI 12345678\nZ'],
    ['CPF 111\n444\n777\n35', 'NATIONAL_ID/BR_CPF 111\n444\n777\n35'],
    ['RUT 15252525\n7', 'NATIONAL_ID/CL_RUT 15252525\n7'],
    ['15252525 7', 'NATIONAL_ID/CL_RUT 15252525 7'],
    ['RIF V.12345678.1', 'NATIONAL_ID/VE_RIF V.12345678.1'],
    ['ID 1.1101.00152.64.1', 'NATIONAL_ID/TH_PIN 1.1101.00152.64.1'],
    ['NI number AB.12.34.56.C', 'NATIONAL_ID/UK_NINO AB.12.34.56.C'],
    ['Tel. 0471.23.45.67', 'PHONE/PHONE 0471.23.45.67'],
    ['llámame al 612\n345678', 'PHONE/PHONE 612\n345678'],
    ['phone 949.877.710.6', 'PHONE/PHONE 949.877.710.6'],
    // Printed with mixed separators (dots, then a dash): written the way the rule's own examples are.
    ['01\n234\n567\n4\n123\n000', 'NATIONAL_ID/ID_NPWP 01\n234\n567\n4\n123\n000'],
    ['17 384 920 6', 'NATIONAL_ID/CL_RUT 17 384 920 6'],
    // A full stop after the last line is the sentence's, not a list marker.
    ['NSS: 92\n91\n90\n8443\n1.\nDomicilio', 'NATIONAL_ID/NATIONAL_ID 92\n91\n90\n8443\n1'],
  ])('%j', (text, finding) => {
    expect(added(text)).toEqual([finding]);
  });

  it('maps offsets back through the normalised view (full-width digits, then a line break)', () => {
    const text = 'ＲＵＴ １５２５２５２５\n７ gracias';
    const found = engine.detect(text).filter((f) => f.label === 'NATIONAL_ID');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['１５２５２５２５\n７']);
  });

  it('keeps what the ordinary pass already finds: a card over two lines, an IBAN in line-broken groups', () => {
    const card = 'card 4111 1111\n1111 1111 exp 12/29';
    expect(engine.detect(card).map((f) => card.slice(f.start, f.end))).toContain('4111 1111\n1111 1111');
    const iban = 'IBAN ES91\n2100\n0418\n4502\n0005\n1332';
    expect(engine.detect(iban).find((f) => f.label === 'IBAN')).toMatchObject({ start: 5, end: iban.length });
  });

  it('needs the cue a rule already requires', () => {
    // A phone number cut every three digits and an SSN rejoined whole count only after their cue words.
    expect(added('total 949.877.710.6')).toEqual([]);
    expect(added('SSN 536\n221\n234')).toEqual(['NATIONAL_ID/US_SSN 536\n221\n234']);
  });
});

/** A Base58Check address (version 0) made here from a hash of `seed`, so the test carries no real address. */
function base58Address(seed: string): string {
  const sha = (b: Buffer) => createHash('sha256').update(b).digest();
  const payload = Buffer.concat([Buffer.from([0]), sha(Buffer.from(seed)).subarray(0, 20)]);
  const bytes = Buffer.concat([payload, sha(sha(payload)).subarray(0, 4)]);
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = BigInt(`0x${bytes.toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = alphabet[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

describe('codes copied in blocks of four', () => {
  const address = base58Address('veil regrouped test');
  const blocks = (s: string) => s.match(/.{1,4}/g)!.join(' ');

  it('finds a Bitcoin address cut into blocks, and nothing when one character is wrong', () => {
    expect(added(`send it to ${blocks(address)} today`)).toEqual([`BANK_ACCOUNT/BITCOIN_ADDRESS ${blocks(address)}`]);
    const wrong = address.slice(0, 10) + (address[10] === 'a' ? 'b' : 'a') + address.slice(11);
    expect(added(`send it to ${blocks(wrong)} today`)).toEqual([]);
  });

  it('leaves words and codes of four characters alone', () => {
    expect(added('this will take some time, then 2024 plan b4ck 0ff1 c3s')).toEqual([]);
    expect(added('commit 9f86 d081 884c 7d65 9a2f eaa0 c55a d015')).toEqual([]);
  });
});

describe('nothing else is rejoined', () => {
  it.each([
    'call 555 1234 5678 times',
    'Upgrade from v1.2.3 to 10.0.19041.1234 and then 2.14.0-rc.1 before Friday.',
    'The meeting moved from 2024-03-15 to 15.03.2024, then 15 03 2024 at 10:30.',
    'Sprint 2024-11-28 - 2024-12-12, release 2024.12.1, build 20241128 1432.',
    'Order ORD-2024-118833 shipped; invoice INV 2024 5531 2209.',
    'UUID 550e8400-e29b-41d4-a716-446655440000 is in the log.',
    'Table:\n12\n15\n18\n21\n24\n27\n30\n33\n36\n39\n42',
    '| run 3 | 612 MB | 9021  305   41   71 |',
    'sku\tqty\tprice\n4411\t2290\t338156',
    'Years:\n2019\n2020\n2021\n2022',
    'Order total 1068460\n2. Shipping address',
    'Revenue 12345678.9 EUR, costs 1.234.567 EUR and 1 234 567 EUR.',
    'Server 192.168.100.200 and 10.0.0.1 port 8080 8443.',
    'Pages 1185-1192 of volume 7, and Nature 323  643-645, 1986.',
    'Cartagena 340-350. 08025 Barcelona; Avda. Pío XII, 36 - 31080 Pamplona.',
    'The office is at 17031 2202 Rissik St.',
    'ISBN 0-19-963209-X is the reference.',
    'plaquetas de 280.000/mm3 (150.000-400,000/mm3)',
    'RUT 15252525 8',
    'total 15252525\n8',
    'https://example.com/orders/2024-118833-77 and path C:\\data\\12 3456 7890',
  ])('%j', (text) => {
    expect(added(text)).toEqual([]);
  });
});

describe('findGroupRuns', () => {
  const runs = (text: string) => findGroupRuns(text).map((r) => r.groups.map(([s, e]) => text.slice(s, e)).join('|'));

  it('takes letter ends set apart by the run’s own separator', () => {
    expect(runs('RIF J 30022035 4 y NINO YZ.61.48.68.B')).toEqual(['J|30022035|4', 'YZ|61|48|68|B']);
  });

  it('leaves out runs with mixed separators, too few digits, or too many characters', () => {
    expect(runs('vol 273 564-570 and 1.25 300')).toEqual([]);
    expect(runs('1 2 3')).toEqual([]);
    expect(runs(Array.from({ length: 40 }, (_, i) => 100 + i).join(' '))).toEqual([]);
  });

  it('is linear in the length of the text', () => {
    const long = '1 '.repeat(200_000);
    const start = performance.now();
    expect(findGroupRuns(long)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
