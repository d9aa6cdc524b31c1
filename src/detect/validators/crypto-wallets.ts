import { createHash } from 'node:crypto';
import { isPublishedExampleWallet } from './documented-samples.js';
import type { Validated } from './types.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58Decode(value: string): Uint8Array | null {
  let n = 0n;
  for (const ch of value) {
    const digit = BASE58.indexOf(ch);
    if (digit < 0) return null;
    n = n * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of value) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

/** Legacy and P2SH Bitcoin addresses: Base58 with a double-SHA-256 checksum in the last four bytes. */
function base58Check(value: string): boolean {
  const bytes = base58Decode(value);
  if (bytes?.length !== 25) return false;
  const payload = bytes.subarray(0, 21);
  const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  return sum.subarray(0, 4).equals(Buffer.from(bytes.subarray(21)));
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** Bech32 / Bech32m checksum (BIP 173 / BIP 350) of a lower-case "bc1..." address. */
function bech32Check(value: string): boolean {
  const sep = value.lastIndexOf('1');
  const hrp = value.slice(0, sep);
  const data = [...value.slice(sep + 1)].map((c) => BECH32.indexOf(c));
  if (hrp !== 'bc' || data.length < 7 || data.some((d) => d < 0)) return false;
  const values = [
    ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
    0,
    ...[...hrp].map((c) => c.charCodeAt(0) & 31),
    ...data,
  ];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i]!;
  }
  return chk === 1 || chk === 0x2bc830a3;
}

/**
 * A Bitcoin address with a valid checksum; the published documentation examples are marked as samples, dropped
 * when the text presents them as test or example data (a sandbox payload, an API guide), like sandbox cards.
 */
export function cryptoWallet(value: string): Validated | null {
  const valid = /^bc1/i.test(value) ? bech32Check(value.toLowerCase()) : /^[13]/.test(value) && base58Check(value);
  if (!valid) return null;
  return isPublishedExampleWallet(value)
    ? { type: 'BITCOIN_ADDRESS', sample: 'documented' }
    : { type: 'BITCOIN_ADDRESS' };
}
