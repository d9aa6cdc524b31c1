import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { passphrase, wifiPassword } from '../../src/detect/validators/secrets.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('Wi-Fi keys shared in chat', () => {
  it('reads the key after the network name', () => {
    expect(spansOf(detector, 'tom 09:02: the lab wifi is LabNet-2 / quiet-heron-5120 fyi', ['SECRET'])).toEqual([
      'quiet-heron-5120',
    ]);
    expect(spansOf(detector, 'WLAN: Gaeste | Sommer#Wiese77', ['SECRET'])).toEqual(['Sommer#Wiese77']);
    expect(spansOf(detector, 'router pw: Nachtzug-Blau-19', ['SECRET'])).toEqual(['Nachtzug-Blau-19']);
  });

  it('leaves bands, modes and short values alone', () => {
    expect(wifiPassword('5GHz-only')).toBeNull();
    expect(wifiPassword('WPA3-SAE')).toBeNull();
    expect(wifiPassword('Floor2')).toBeNull();
    expect(spansOf(detector, 'the wifi is flaky / slow again', ['SECRET'])).toEqual([]);
  });
});

describe('passphrases right after a cue', () => {
  it('reads words and a number joined by dashes or dots', () => {
    expect(spansOf(detector, 'pw amber-falcon-3390 for the backup box', ['SECRET'])).toEqual(['amber-falcon-3390']);
    expect(spansOf(detector, 'la contraseña ahora Cinco.Robles.62 ok?', ['SECRET'])).toEqual(['Cinco.Robles.62']);
  });

  it('leaves dates, versions, codes and network names alone', () => {
    expect(passphrase('2026-03-14')).toBeNull();
    expect(passphrase('release-2.4.1')).toBeNull();
    expect(passphrase('TKT-2291-004')).toBeNull();
    expect(passphrase('HomeBox-5G')).toBeNull();
    expect(spansOf(detector, 'password reset on 2026-03-14 worked', ['SECRET'])).toEqual([]);
  });
});

describe('password cues of other languages', () => {
  it('reads the value after the German, French, Portuguese and Dutch word or verb', () => {
    expect(spansOf(detector, 'Das Kennwort für das NAS lautet Birke#Eiche-88.', ['SECRET'])).toEqual([
      'Birke#Eiche-88',
    ]);
    expect(spansOf(detector, 'Le mot de passe du routeur est Lune#4471b, merci', ['SECRET'])).toEqual(['Lune#4471b']);
    expect(spansOf(detector, 'senha: Verde#Mar-19', ['SECRET'])).toEqual(['Verde#Mar-19']);
    expect(spansOf(detector, 'wachtwoord: Tulp!Fiets-62', ['SECRET'])).toEqual(['Tulp!Fiets-62']);
  });

  it('leaves prose about the password alone', () => {
    expect(spansOf(detector, 'Das Passwort ist leider abgelaufen.', ['SECRET'])).toEqual([]);
    expect(spansOf(detector, 'le mot de passe est oublié', ['SECRET'])).toEqual([]);
  });
});
