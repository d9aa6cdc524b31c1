import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);

describe('framework secret keys: the value of a known key name, whatever its alphabet', () => {
  it('masks WordPress keys and salts with commas, pipes, brackets and spaces inside', () => {
    const authKey = 'Gv8|m,Q2 }rT5:Lx!w(9Ze^Bn3]Kc~Hp7=Ys*Ud0{Wa#Jf4<Nq6>Ro;Ti1.Xe@Sb';
    const nonceSalt = 'k7,Dz|Pw3(Hq^9Ln]Ts5 Mb!Xr2:Cv~8Fy=Ga0{Je*4Wu#Ko6';
    const text = `<?php
define( 'DB_NAME', 'bakery_site' );
define( 'AUTH_KEY',         '${authKey}' );
define( 'NONCE_SALT',       '${nonceSalt}' );
define( 'WP_DEBUG', false );`;
    const found = secrets(text);
    expect(found).toContain(authKey);
    expect(found).toContain(nonceSalt);
  });

  it('leaves the sample config placeholders and references', () => {
    const text = `define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  getenv('SECURE_AUTH_KEY') );
define( 'WP_CACHE_KEY_SALT', 'shop.example-bakery.test' );`;
    expect(secrets(text)).toEqual([]);
  });

  it("masks a salt, a pepper and a Drupal hash_salt, and leaves a recipe's pepper", () => {
    expect(secrets("$settings['hash_salt'] = 'Yq4Lm9Rz2Wx7Kt3Vb8Nd1Hf6Gc0Ps5Ju';")).toEqual([
      'Yq4Lm9Rz2Wx7Kt3Vb8Nd1Hf6Gc0Ps5Ju',
    ]);
    expect(secrets('SECURITY_PASSWORD_SALT=Mk3Tz8Qw2Lp7Xv5Rn9Hb')).toEqual(['Mk3Tz8Qw2Lp7Xv5Rn9Hb']);
    expect(secrets("seasoning = { salt: 'a pinch', pepper: 'black, coarsely ground' }")).toEqual([]);
  });

  it('masks a password credential in an identity export, in either key order', () => {
    const text = `"users": [{
  "username": "kiosk-04",
  "credentials": [{ "type": "password", "value": "Tilo4Verde29", "temporary": false }]
}, {
  "username": "kiosk-05",
  "credentials": [{ "value": "Roble#7713", "type": "password" }]
}]`;
    const found = secrets(text);
    expect(found).toContain('Tilo4Verde29');
    expect(found).toContain('Roble#7713');
  });

  it('leaves a form schema whose field has the password type', () => {
    const text = '{ "name": "pin", "type": "password", "value": "", "placeholder": "Your password" }';
    expect(secrets(text)).toEqual([]);
  });
});
