import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);

describe('secrets in known files: FTP site lists, Vault output, payment gateways, shop configs', () => {
  it("masks a FileZilla site's base64 password and a plain <Pass>, not the host or the user", () => {
    const text = `<?xml version="1.0"?>
<FileZilla3 version="3.60.1" platform="linux">
  <RecentServers>
    <Server>
      <Host>sftp.almacenes-ribera.test</Host>
      <Port>22</Port>
      <User>subidas</User>
      <Pass encoding="base64">TW9yYWxlamEjMjAyMQ==</Pass>
    </Server>
    <Server>
      <Host>files.lakeside-prints.test</Host>
      <User>uploader</User>
      <Pass>Gorse!Hill_58</Pass>
    </Server>
  </RecentServers>
</FileZilla3>`;
    expect(secrets(text)).toEqual(['TW9yYWxlamEjMjAyMQ==', 'Gorse!Hill_58']);
  });

  it('leaves an empty <Pass> and a <bypass> flag', () => {
    expect(secrets('<Server><Pass encoding="base64"></Pass><bypass>1</bypass></Server>')).toEqual([]);
  });

  it("masks a Vault token of the community edition's length and a password in kv get output", () => {
    const text = `$ export VAULT_TOKEN=hvs.Rk2mQ9xTz4Lw7Vn1Pc8Bd3Hy
$ vault kv get -mount=kv shop/db
== Data ==
Key            Value
---            -----
db_user        tienda_rw
db_password    Cardo#Rojo-5521`;
    const found = secrets(text);
    expect(found).toContain('hvs.Rk2mQ9xTz4Lw7Vn1Pc8Bd3Hy');
    expect(found).toContain('Cardo#Rojo-5521');
    expect(found).not.toContain('tienda_rw');
  });

  it('leaves a Vault token placeholder and a token type in a lookup table', () => {
    const text = `Set VAULT_TOKEN=hvs.XXXXXXXXXXXXXXXXXXXXXXXX before running.
Key            Value
---            -----
token_type     service
password_policy    default`;
    expect(secrets(text)).toEqual([]);
  });

  it('masks a Redsys merchant key in a log line and in a PHP config, not the published test key', () => {
    const log = '{"t":"2026-10-02T08:11:40Z","evt":"redsys.firma","clave_comercio":"Pw8+Kz3Lq7Xv2Rm9Tn4Bd6Hs1Fc5Ja/"}';
    expect(secrets(log)).toEqual(['Pw8+Kz3Lq7Xv2Rm9Tn4Bd6Hs1Fc5Ja/']);
    const php = `// Pasarela Redsys (TPV virtual)
$redsys->setParameter('DS_MERCHANT_TERMINAL', '1');
$claveSHA256 = 'Vb3Nq8Lx2Kt7Wm4Rz9Hc1Fp6Gs5Jd0Ue';`;
    expect(secrets(php)).toEqual(['Vb3Nq8Lx2Kt7Wm4Rz9Hc1Fp6Gs5Jd0Ue']);
    expect(secrets('Redsys en pruebas: clave sq7HjrUOBfKmC576ILgskD5srU870gJ7 (la de la guía).')).toEqual([]);
  });

  it("leaves the gateway's published test key and a response-code table in a TPV manual", () => {
    const manual = `Entorno de pruebas del TPV virtual
Clave secreta de pruebas: sq7HjrUOBfKmC576ILgskD5srU870gJ7
Códigos de respuesta:
0129       Código de seguridad (CVV2) incorrecto
0184       Fallo en la autenticación del titular`;
    expect(secrets(manual)).toEqual([]);
  });

  it('masks a Mercado Pago access token and leaves its documented placeholder', () => {
    const token = 'APP_USR-7310264958820417-091526-4be02c9a71f38d65e0a14c7b92d35f8e-2284019375';
    expect(secrets(`MERCADOPAGO_ACCESS_TOKEN=${token}`)).toEqual([token]);
    expect(secrets('MERCADOPAGO_ACCESS_TOKEN=APP_USR-xxxxxxxxxxxxxxxx-xxxxxx-xxxxxxxxxxxxxxxx-xxxxxxxxx')).toEqual([]);
  });

  it("masks PrestaShop's cookie key and IV in settings.inc.php", () => {
    const text = `<?php
define('_DB_SERVER_', 'localhost');
define('_COOKIE_KEY_', 'Wq4Zr8Tn2Lk6Xv0Bm3Hc7Fp1Gs5Jd9Ua2Ye6Ri0Oq4Pw8Mz');
define('_COOKIE_IV_', 'Ke7Rt2Vb');
define('_PS_VERSION_', '1.6.1.24');`;
    const found = secrets(text);
    expect(found).toContain('Ke7Rt2Vb');
    expect(found).toContain('Wq4Zr8Tn2Lk6Xv0Bm3Hc7Fp1Gs5Jd9Ua2Ye6Ri0Oq4Pw8Mz');
    expect(found).not.toContain('1.6.1.24');
  });
});

describe('key safe, lockbox and door codes in notes and messages', () => {
  it('masks a code after where the box hangs, in English and Spanish', () => {
    expect(secrets('Visit notes: lives alone. Key safe beside the garage door is 8153, please reset after.')).toEqual([
      '8153',
    ]);
    expect(secrets('Lockbox on the back fence: 6-0-4-7 (tenant knows)')).toEqual(['6-0-4-7']);
    expect(secrets('Las llaves: el cajetín al lado del buzón es 3904, luego lo cierras.')).toEqual(['3904']);
    expect(secrets('El código de la puerta del trastero del sótano es 4*1806, no lo compartas.')).toEqual(['4*1806']);
  });

  it("masks the security code on a card's back given in a message", () => {
    expect(
      secrets('card number 4539 1488 0343 6467 exp 07/29, code on back is 884 thanks').filter((v) => v === '884'),
    ).toEqual(['884']);
  });

  it('leaves a building number, a price and a year near a key safe', () => {
    expect(secrets('We fitted a key safe at 14 Mill Lane last spring.')).toEqual([]);
    expect(secrets('The key safe we ordered online was: 4599 pesos with delivery.')).toEqual([]);
    expect(secrets('The key safe price is 3499 for the police-approved one.')).toEqual([]);
    expect(secrets('El cajetín del portal 12 es 1500 € más IVA.')).toEqual([]);
  });
});
