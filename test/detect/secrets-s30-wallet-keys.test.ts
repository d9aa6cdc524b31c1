import { describe, expect, it } from 'vitest';
import { walletPrivateKey } from '../../src/detect/validators/wallet-keys.js';

/** Random keys generated for this test with valid checksums; one character changed breaks each check. */
const WIF_COMPRESSED = 'L3DoWsf4SdKXQR8YbezpAw6dK9Yxm2rKtmXM7ucmhBk6iwYAxk5a';
const WIF_UNCOMPRESSED = '5JxJHwHA1LU15sXTxQuWQivXMhNtMEMPGuycmcGedVN3fLiiRcX';
const XPRV =
  'xprv9s21ZrQH143K369j2QoWidxcZCihhT66P71RHyxUymu7d7HPZmngbG1hzE2XHaLZ6Q9psBGPt19WZ2bi3QaqUFrgsUqQ3766GHX7ZLqep7E';
const STELLAR = 'SDXRHWDW553W3ARKZBXHMLB2443DUJ7OJEH3IUSKVRE7U7SBHCOIJICD';
const NSEC = 'nsec1908ypveyys77mzeww9yfhufaw8w7w7ma4gfn5h65tpa84kjcf3tq7386ng';

const altered = (v: string) => v.slice(0, -2) + (v.at(-2) === 'a' ? 'b' : 'a') + v.slice(-1);

describe('wallet private keys by their checksums', () => {
  it('accepts each encoding when its check holds', () => {
    for (const key of [WIF_COMPRESSED, WIF_UNCOMPRESSED, XPRV, STELLAR, NSEC]) {
      expect(walletPrivateKey(key), key.slice(0, 8)).not.toBeNull();
    }
  });

  it('rejects the same shapes with one character changed', () => {
    for (const key of [WIF_COMPRESSED, WIF_UNCOMPRESSED, XPRV, NSEC]) {
      expect(walletPrivateKey(altered(key)), key.slice(0, 8)).toBeNull();
    }
    expect(walletPrivateKey(`${STELLAR.slice(0, -1)}E`)).toBeNull();
  });

  it("leaves the Bitcoin wiki's worked WIF example", () => {
    expect(walletPrivateKey('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ')).toBeNull();
  });
});
