import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { secretColumnFindings, secretHeaderKind } from '../../src/detect/secrets/secret-columns.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);
const columnValues = (text: string) => secretColumnFindings(text).map((f) => text.slice(f.start, f.end));

describe('secrets in the columns of pasted tables', () => {
  it('reads every cell of a password manager export, plain words included', () => {
    const text = [
      'Please convert this export.',
      '',
      'url,username,password,totp,name',
      'https://portal.acme.net,dara.quinn@mailbox.org,Otter-Lane-58,KRUGS4ZANFZSAYLN,Portal',
      'https://mail.acme.net,dquinn,marigold,,Mail',
      'http://10.0.0.1,admin,Heron#Fennel31,,Router',
    ].join('\n');
    const found = secrets(text);
    expect(found).toEqual(expect.arrayContaining(['Otter-Lane-58', 'marigold', 'Heron#Fennel31', 'KRUGS4ZANFZSAYLN']));
    // The row's URL ends at its cell: the e-mail in the next cell is the person's.
    expect(engine.detect(text).some((f) => f.label === 'EMAIL')).toBe(true);
  });

  it('reads key-safe, alarm and CVV columns of Markdown and tab tables', () => {
    const rota = [
      '| Time | Carer | Client | Key safe | Alarm code |',
      '|---|---|---|---|---|',
      '| 08:00 | Nia Quarrell | Mrs Orme | 3391 | 7720# |',
      '| 09:30 | Nia Quarrell | Mr Vance | n/a | - |',
    ].join('\n');
    expect(columnValues(`Rework this rota.\n\n${rota}`)).toEqual(['3391', '7720#']);
    const cards =
      'holder\tcard\tcvv\texpiry\nIvo Marsh\t5500 0000 0000 0004\t482\t01/28\nTest\t4242 4242 4242 4242\t123\t12/34';
    expect(columnValues(cards)).toEqual(['482']);
  });

  it('reads Spanish and semicolon tables, "clave" only when it names a password', () => {
    const es = 'usuario;contraseña;correo\nlmarin;Brezo#4410;l.marin@correo.es\nrsoto;Cierzo_5530;r.soto@correo.es';
    expect(columnValues(es)).toEqual(['Brezo#4410', 'Cierzo_5530']);
    const codes =
      'cp | colonia | clave_municipio | tipo\n03330 | Letrán | 09007 | urbano\n06140 | Condesa | 09015 | urbano';
    expect(columnValues(codes)).toEqual([]);
  });

  it('reads tables lined up with spaces (a data frame or query print)', () => {
    const text = [
      'df.head() gives:',
      '   user        pwd             site',
      '0  rnoble      Juniper#Gate40  intranet',
      '1  r.noble     quillfeather    mail',
      '',
      'Password policy   Value',
      'minimum length    14',
    ].join('\n');
    expect(columnValues(text)).toEqual(['Juniper#Gate40', 'quillfeather']);
    // A config file's lined-up "key = value" lines are no table: the key under a password key is another key.
    const tfvars = [
      'region        = "eu-north-1"',
      'db_password   = "Fjord!Lark82"',
      'alert_email   = "ops@acme.net"',
    ].join('\n');
    expect(columnValues(tfvars)).toEqual([]);
  });

  it('leaves placeholders, masks, notes, switches and policy figures', () => {
    const text = [
      'user,password,notes',
      'ana,********,masked',
      'ben,<password>,template',
      'cai,${DB_PASS},env',
      'dee,see vault,',
      'eve,SSO,',
      'fay,yes,',
      'gus,changeme,default',
    ].join('\n');
    expect(columnValues(text)).toEqual([]);
    const policy = '| Requirement | Password | PIN |\n|---|---|---|\n| Min length | 12 chars | 6 digits |';
    expect(columnValues(policy)).toEqual([]);
  });

  it('leaves columns about the secret and field lists that only name one', () => {
    const about =
      'user,password_changed,password hint,token type\nana,2026-03-01,first pet,bearer\nben,2026-02-11,town,bearer';
    expect(columnValues(about)).toEqual([]);
    // A row that names the password field is no header: the rows below are other fields.
    const fields = '| Field | Type |\n|---|---|\n| username | string |\n| password | string |\n| pin | integer |';
    expect(columnValues(fields)).toEqual([]);
    // A test report's pass column holds results.
    const results = 'test,pass,duration\nlogin,PASS,1.2s\nlogout,FAIL,0.8s';
    expect(columnValues(results)).toEqual([]);
  });

  it('classifies header cells', () => {
    const none = new Set<string>();
    expect(secretHeaderKind('login_password', none)).toBe('password');
    expect(secretHeaderKind('Card PIN', none)).toBe('pin');
    expect(secretHeaderKind('CVV2', none)).toBe('cvv');
    expect(secretHeaderKind('Security code', none)).toBe('cvv');
    expect(secretHeaderKind('Código de acceso', none)).toBe('access');
    expect(secretHeaderKind('Memorable word', none)).toBe('password');
    expect(secretHeaderKind('client_secret', none)).toBe('token');
    expect(secretHeaderKind('secret_name', none)).toBeUndefined();
    expect(secretHeaderKind('PIN length', none)).toBeUndefined();
    expect(secretHeaderKind('Passport', none)).toBeUndefined();
    expect(secretHeaderKind('pass', none)).toBeUndefined();
    expect(secretHeaderKind('pass', new Set(['username']))).toBe('password');
  });
});

describe('secret columns: LoRaWAN device keys', () => {
  it('reads the root and session keys of a device provisioning sheet', () => {
    const csv = 'device;AppKey;site\nb1f2a9c000417e03;3AD90B6E1C74F25A8E07D4B93C61F0A2;hive-03';
    expect(columnValues(csv)).toEqual(['3AD90B6E1C74F25A8E07D4B93C61F0A2']);
    expect(secretHeaderKind('AppSKey', new Set())).toBe('token');
    expect(secretHeaderKind('NwkKey', new Set())).toBe('token');
  });
});
