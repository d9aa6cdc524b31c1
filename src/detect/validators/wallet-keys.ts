import { createHash } from 'node:crypto';
import { base58Decode } from './crypto-wallets.js';
import type { Validated } from './types.js';

/**
 * Private keys of crypto wallets in the encodings that carry their own checksum, so a value counts only when it
 * decodes and its check holds: Bitcoin's Wallet Import Format (version 0x80 or 0xef, 32 bytes, an optional 0x01
 * for a compressed key, four bytes of double SHA-256), BIP32 extended private keys (xprv, tprv, yprv, zprv...: 78
 * bytes and the same four), Stellar secret seeds (S..., base32: version byte 18 << 3, 32 bytes, CRC16-XModem) and
 * Nostr private keys (nsec1..., bech32). A random string of the same length passes none of these checks.
 */

/** The Bitcoin wiki's and BIP32's worked examples: printed in every guide, nobody's wallet. */
const PUBLISHED_EXAMPLES = new Set([
  '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ',
  'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
]);

function doubleSha256Check(bytes: Uint8Array, bodyLength: number): boolean {
  if (bytes.length !== bodyLength + 4) return false;
  const body = bytes.subarray(0, bodyLength);
  const sum = createHash('sha256').update(createHash('sha256').update(body).digest()).digest();
  return sum.subarray(0, 4).equals(Buffer.from(bytes.subarray(bodyLength)));
}

function wifKey(value: string): boolean {
  const bytes = base58Decode(value);
  if (!bytes || (bytes[0] !== 0x80 && bytes[0] !== 0xef)) return false;
  if (bytes.length === 38 && bytes[33] === 0x01) return doubleSha256Check(bytes, 34);
  return doubleSha256Check(bytes, 33);
}

function extendedPrivateKey(value: string): boolean {
  const bytes = base58Decode(value);
  // A private key's 33-byte key data starts with a zero byte (byte 45 of the 78).
  return !!bytes && bytes.length === 82 && bytes[45] === 0 && doubleSha256Check(bytes, 78);
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(value: string): Uint8Array | null {
  let bits = 0;
  let acc = 0;
  const out: number[] = [];
  for (const ch of value) {
    const d = BASE32.indexOf(ch);
    if (d < 0) return null;
    acc = (acc << 5) | d;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function crc16Xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function stellarSeed(value: string): boolean {
  const bytes = base32Decode(value);
  if (bytes?.length !== 35 || bytes[0] !== 18 << 3) return false;
  const crc = crc16Xmodem(bytes.subarray(0, 33));
  return bytes[33] === (crc & 0xff) && bytes[34] === crc >> 8;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Valid(value: string): boolean {
  const sep = value.lastIndexOf('1');
  const hrp = value.slice(0, sep);
  const data = [...value.slice(sep + 1)].map((c) => BECH32.indexOf(c));
  if (sep < 1 || data.length < 7 || data.some((d) => d < 0)) return false;
  let chk = 1;
  const codes = [
    ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
    0,
    ...[...hrp].map((c) => c.charCodeAt(0) & 31),
    ...data,
  ];
  for (const v of codes) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i]!;
  }
  return chk === 1;
}

export function walletPrivateKey(value: string): Validated | null {
  if (PUBLISHED_EXAMPLES.has(value)) return null;
  let ok = false;
  if (/^[5KLc9]/.test(value) && value.length >= 50 && value.length <= 53) ok = wifKey(value);
  else if (/^[xtyzuvYZUV]prv/.test(value)) ok = extendedPrivateKey(value);
  else if (value.startsWith('S') && value.length === 56) ok = stellarSeed(value);
  else if (value.startsWith('nsec1')) ok = bech32Valid(value);
  return ok ? { type: 'WALLET_PRIVATE_KEY' } : null;
}
