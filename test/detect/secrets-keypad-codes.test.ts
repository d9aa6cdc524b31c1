import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { accessCode } from '../../src/detect/validators/secrets.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('keypad codes that open a home or an account', () => {
  it('are secrets after a lockbox, key safe, alarm, door or gate cue', () => {
    expect(found('Viewing notes: key box code 7-2-9-4, dog in the garden', 'SECRET')).toEqual(['7-2-9-4']);
    expect(found('Gate code 5831# and the alarm code is 4027', 'SECRET')).toEqual(['5831#', '4027']);
    expect(found('Código del portal: 3916, el de la alarma lo da la vecina', 'SECRET')).toEqual(['3916']);
    expect(found('código de la alarma 8 3 0 5 (desactivar al entrar)', 'SECRET')).toEqual(['8 3 0 5']);
  });

  it('are secrets after a PIN with a note in brackets', () => {
    expect(found('Phone banking PIN (confirmed): 6618', 'SECRET')).toEqual(['6618']);
    expect(found('SIM PIN (old): 20417', 'SECRET')).toEqual(['20417']);
  });

  it('leave sample codes, error codes and codes of other things alone', () => {
    expect(found('Set the door code to 1234 during the demo', 'SECRET')).toEqual([]);
    expect(found('Alarm panel shows error code 4031 after a power cut', 'SECRET')).toEqual([]);
    expect(found('Dial code 0034 for Spain', 'SECRET')).toEqual([]);
  });

  it('validates the digits and not the keypad key', () => {
    expect(accessCode('4-1-0-8')).not.toBeNull();
    expect(accessCode('9130*')).not.toBeNull();
    expect(accessCode('3333')).toBeNull();
    expect(accessCode('1-2-3-4')).toBeNull();
    expect(accessCode('12')).toBeNull();
  });
});

describe('an IPv4 address after an account word', () => {
  it('is no bank account', () => {
    for (const t of [
      'bank_account: none   proxy: 198.51.100.23',
      'account gateway 203.0.113.9',
      'cuenta servidor 10.1.20.30',
    ])
      expect(found(t, 'BANK_ACCOUNT'), t).toEqual([]);
  });
});

describe('a Wi-Fi key told about before its colon', () => {
  it('is a secret after a short clause', () => {
    expect(found('Clave wifi que me pasó el técnico por chat: Girasol-88x', 'SECRET')).toEqual(['Girasol-88x']);
    expect(found('the wifi password she read out over the phone: Maple!street9', 'SECRET')).toEqual(['Maple!street9']);
    expect(found('contraseña del wifi que usa la abuela = pato_azul_1950', 'SECRET')).toEqual(['pato_azul_1950']);
  });

  it('leaves a policy line alone', () => {
    expect(found('The wifi password policy for guests: rotate monthly', 'SECRET')).toEqual([]);
  });
});
