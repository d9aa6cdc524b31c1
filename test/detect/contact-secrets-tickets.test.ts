import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { resetPassword, strongPassword, urlCredentials } from '../../src/detect/validators/secrets.js';
import { spansOf } from '../support/spans.js';

// Service-desk tickets, chats and call notes: passwords given without a key, phones typed oddly, addresses that
// look like phone numbers. Every value here is made up for these tests.
const engine = createDetector({ extras: [] });
const spans = (text: string, label: string) => spansOf(engine, text, [label]);

describe('passwords named by which one they are, with no verb', () => {
  it('finds a strong value after "temporary password", "clave provisional", "contraseña de siempre"', () => {
    expect(spans('Reset in AD and issued temporary password Wm4!qZ8#tR2v, must change at login.', 'SECRET')).toEqual([
      'Wm4!qZ8#tR2v',
    ]);
    expect(spans('Le mandé la clave provisional Hq3$Lp9!zW por SMS.', 'SECRET')).toEqual(['Hq3$Lp9!zW']);
    expect(spans('Ya probé mi contraseña de siempre Almendro2022#Ene y no entra.', 'SECRET')).toEqual([
      'Almendro2022#Ene',
    ]);
    expect(spans('my old password Gravel9!Lantern still works on the VPN', 'SECRET')).toEqual(['Gravel9!Lantern']);
  });
  it('leaves words and codes after the same cues alone', () => {
    for (const text of [
      'The new password policy starts in January.',
      'Temporary password requests: ticket INC0773310.',
      'old password FIN-PC-0412 was the asset tag, not the password',
      'the current password Office365 expired yesterday',
    ])
      expect(spans(text, 'SECRET')).toEqual([]);
  });
});

describe('passwords in a reset conversation', () => {
  it('finds "the temporary one is", "la nueva es", "set it to", "te la he cambiado a"', () => {
    expect(spans('Your password was reset. The temporary one is Tz8&kP3wQn, valid 24h.', 'SECRET')).toEqual([
      'Tz8&kP3wQn',
    ]);
    expect(spans('Hecho el restablecimiento: la nueva es Brezo-4471! y la cambias al entrar.', 'SECRET')).toEqual([
      'Brezo-4471!',
    ]);
    expect(spans('The password had expired so I set it to Copper88#Finch for today.', 'SECRET')).toEqual([
      'Copper88#Finch',
    ]);
    expect(spans('Tu clave estaba bloqueada, te la he cambiado a Nogal_2290x.', 'SECRET')).toEqual(['Nogal_2290x']);
  });
  it('finds a strong value alone on the line under a password or reset line', () => {
    const chat = '[08:02] desk: done, reset your password, here it is\n[08:02] desk: pR7#xM2q!Lw9\n[08:03] ana: ok';
    expect(spans(chat, 'SECRET')).toEqual(['pR7#xM2q!Lw9']);
  });
  it('reads nothing without a password word before, or in a version or a plain word', () => {
    for (const text of [
      'The new one is Tz8&kP3wQn, valid 24h.',
      'After the password reset the new one is v3.2.0 of the client.',
      'Password reset done; the counter, I set it to 250 again.',
      'La contraseña caduca; la nueva es más larga.',
      'reset the password on the kiosk\nGlobalProtect6.2.1\n',
    ])
      expect(spans(text, 'SECRET')).toEqual([]);
  });
});

describe('strong_password and reset_password validators', () => {
  it('take mixed values and refuse ids, names and files', () => {
    for (const v of ['Vx7!pQ2m', 'Ciprés2021#Jun', 'k2#mW9!qz4', 'Lantern7Quartz9'])
      expect(strongPassword(v)).not.toBeNull();
    for (const v of [
      'INC0419927',
      'Windows11',
      'report_Q3-2026.pdf',
      '3f1c9a2e-7b4d-4e8a-9c1f-5d2e8b7a6c40',
      'password',
    ])
      expect(strongPassword(v)).toBeNull();
    expect(resetPassword('Pardo#2291')).not.toBeNull();
    expect(resetPassword('v2.4.1')).toBeNull();
    expect(resetPassword('2026')).toBeNull();
  });
});

describe('credentials in a connection URL', () => {
  it('masks account, password and host, and keeps the scheme and path readable', () => {
    expect(spans('DB_URL=postgres://ledger_rw:Pq7!zX2m@pg-ledger.internal:5432/ledger', 'SECRET')).toEqual([
      'ledger_rw:Pq7!zX2m@pg-ledger.internal:5432',
    ]);
    expect(spans('amqp://svc_mail:Kr4t#9wLz@10.12.0.7:5672/vhost', 'SECRET')).toEqual([
      'svc_mail:Kr4t#9wLz@10.12.0.7:5672',
    ]);
    expect(spans('mongodb+srv://api:Jx3vQ8pT1m@c0.x1y2.mongodb.net/app', 'SECRET')).toEqual([
      'api:Jx3vQ8pT1m@c0.x1y2.mongodb.net',
    ]);
  });
  it("checks the password alone, so a template URL is nobody's credential", () => {
    expect(urlCredentials('app:${DB_PASSWORD}@db:5432')).toBeNull();
    expect(urlCredentials('user:<password>@host')).toBeNull();
    expect(urlCredentials('default:p@ss#w0rd9@cache.internal:6379')).not.toBeNull();
    expect(spans('postgres://app:${DB_PASSWORD}@db:5432/app', 'SECRET')).toEqual([]);
  });
});

describe('phones typed with odd separators', () => {
  it('reads digits typed one by one with spaced dashes or slashes after a call word', () => {
    expect(spans('or ring me on 0 7 7 0 0 - 9 0 0 - 8 3 2 after six', 'PHONE')).toEqual(['0 7 7 0 0 - 9 0 0 - 8 3 2']);
    expect(spans('hay que llamar antes al 6 8 1 - 3 3 0 - 2 7 4', 'PHONE')).toEqual(['6 8 1 - 3 3 0 - 2 7 4']);
    expect(spans('whatsapp 6 2 7 / 4 4 1 / 9 0 8', 'PHONE')).toEqual(['6 2 7 / 4 4 1 / 9 0 8']);
  });
  it('reads a German area code with a spaced slash', () => {
    expect(spans('erreichbar unter 0171 / 448 20 917', 'PHONE')).toEqual(['0171 / 448 20 917']);
    expect(spans('Reachable on 0160 / 93 11 40 27 or by mail', 'PHONE')).toEqual(['0160 / 93 11 40 27']);
    expect(spans('Tel. 089 / 2180 4471', 'PHONE')).toEqual(['089 / 2180 4471']);
  });
  it('reads the phone held on an account as a phone', () => {
    expect(spans('Phone on account: 07700 900318', 'PHONE')).toEqual(['07700 900318']);
    expect(spans('Mobile on the account: 0161 496 0875', 'PHONE')).toEqual(['0161 496 0875']);
    expect(spans('Number on account 612 904 377', 'PHONE')).toEqual(['612 904 377']);
  });
  it('gives four dotted byte groups to the address rule even beside a phone word', () => {
    const text = 'Móvil: +34 611 204 389. IP de hoy 91.200.14.7, la de siempre es 83.41.190.22';
    expect(spans(text, 'PHONE')).toEqual(['+34 611 204 389']);
    expect(spans(text, 'IP_ADDRESS')).toEqual(['91.200.14.7', '83.41.190.22']);
  });
});

describe('phones read out digit by digit', () => {
  it('turns the words into digits after a phone cue, in English and Spanish', () => {
    expect(spans('CALLER: my mobile is oh seven seven double oh, nine one four three two eight', 'PHONE')).toEqual([
      'oh seven seven double oh, nine one four three two eight',
    ]);
    expect(spans('the best number to reach me, seven one eight, five five five, oh one nine two', 'PHONE')).toEqual([
      'seven one eight, five five five, oh one nine two',
    ]);
    expect(spans('Teléfono: seis, tres, nueve - dos, dos, cero - cuatro, uno, siete', 'PHONE')).toEqual([
      'seis, tres, nueve - dos, dos, cero - cuatro, uno, siete',
    ]);
  });
  it('reads no phone in counted words or after an order word', () => {
    expect(spans('one two three four five six seven, counted the kids', 'PHONE')).toEqual([]);
    expect(spans('the order number is four one five five five five two six seven one', 'PHONE')).toEqual([]);
    expect(spans('call me at nine, or at ten, or eleven', 'PHONE')).toEqual([]);
  });
});

describe('international numbers with a national trunk in brackets', () => {
  it('keeps the whole number after a phone word of another language', () => {
    expect(spans('Telefon: +49 (0) 171 4482209', 'PHONE')).toEqual(['+49 (0) 171 4482209']);
    expect(spans('Handy +49 (0)160 9931 4027', 'PHONE')).toEqual(['+49 (0)160 9931 4027']);
    expect(spans('portable : +33 (0)6 71 22 48 90', 'PHONE')).toEqual(['+33 (0)6 71 22 48 90']);
  });
});

describe('service tokens known by their prefix', () => {
  it('finds them bare in a chat', () => {
    expect(spans('webhook secret is whsec_Tq8mZ2vLx9Rp4Kw7Nb3Yc6Hd1Fs5Ja0E', 'SECRET')).toEqual([
      'whsec_Tq8mZ2vLx9Rp4Kw7Nb3Yc6Hd1Fs5Ja0E',
    ]);
    expect(spans(`VAULT: hvs.${'Qm7vPz2LxR9wYt4K'.repeat(6)}`, 'SECRET')).toEqual([
      `hvs.${'Qm7vPz2LxR9wYt4K'.repeat(6)}`,
    ]);
    expect(spans('docker token dckr_pat_Zx8Lq2Vm7Tn4Rk9Pw3Yb6Hc1Jd0', 'SECRET')).toEqual([
      'dckr_pat_Zx8Lq2Vm7Tn4Rk9Pw3Yb6Hc1Jd0',
    ]);
  });
  it('leaves the bare prefixes and public tokens alone', () => {
    expect(spans('Groq keys start with gsk_ and Stripe signing secrets with whsec_', 'SECRET')).toEqual([]);
    expect(spans('public map token pk.eyJ1IjoiYW5hIiwiYSI6ImNrMnh5ejEyMyJ9.Qm7vPz2LxR9wYt4KQm7vPz', 'SECRET')).toEqual(
      [],
    );
  });
});
