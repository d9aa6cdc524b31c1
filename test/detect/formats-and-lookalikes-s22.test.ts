import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { secretColumnFindings } from '../../src/detect/secrets/secret-columns.js';
import { bankAccount } from '../../src/detect/validators/financial.js';
import { phone } from '../../src/detect/validators/phone.js';

const engine = createDetector();
const values = (text: string, label: string) =>
  engine
    .detect(text)
    .filter((f) => f.label === label)
    .map((f) => text.slice(f.start, f.end));

describe('a JSON or flow-mapping line is a record, not a table header', () => {
  const exported = [
    'Variables exported from the project settings:',
    '[',
    '  {"key":"PAYMENTS_SECRET_KEY","value":"pk_fake_value_here","masked":false,"protected":true},',
    '  {"key":"MAILER_API_KEY","value":"placeholder","masked":true,"protected":false},',
    '  {"key":"STORE_LOCALE","value":"es-ES","masked":false,"protected":false}',
    ']',
  ].join('\n');

  it('reads no secret column from the names of a CI variables export', () => {
    expect(secretColumnFindings(exported)).toEqual([]);
    expect(values(exported, 'SECRET').some((v) => v.includes('"key"'))).toBe(false);
  });

  it('still reads a delimited table whose header names a secret column', () => {
    const table = 'host,user,password,notes\nnas.local,backup,Fennel-Otter-91,weekly\nrouter,admin,Quill#Marsh27,';
    expect(secretColumnFindings(table).map((f) => table.slice(f.start, f.end))).toEqual([
      'Fennel-Otter-91',
      'Quill#Marsh27',
    ]);
  });
});

describe('numbers grouped like phones that are something else', () => {
  it('a round amount dotted in thousands is no phone; a dotted number with a cue still is', () => {
    expect(phone('415.380.000')).toBeNull();
    expect(values('Capital suscrito: 415.380.000 euros en total.', 'PHONE')).toEqual([]);
    expect(values('llámame al 612.345.678 esta tarde', 'PHONE')).toEqual(['612.345.678']);
  });

  it('a Belgian enterprise number with its mod-97 check is no phone', () => {
    // 0417.390.6xx: 97 - (04173906 mod 97) = 4.
    expect(97 - (4173906 % 97)).toBe(4);
    expect(phone('0417.390.604')).toBeNull();
    expect(phone('0417.390.605')).not.toBeNull();
    expect(values('Leverancier Brouwerij Ter Linde BV, KBO 0417.390.664, Gent.', 'PHONE')).toEqual([]);
  });

  it('a health plan member card number after its word is no phone', () => {
    expect(values('Prepaga: plan 310, credencial 62 1187 339 05 (titular)', 'PHONE')).toEqual([]);
    expect(values('Membership number 44 2918 3371 on the back of the card', 'PHONE')).toEqual([]);
    expect(values('número de socio 91 448 21 07, cuota al día', 'PHONE')).toEqual([]);
  });

  it('a count of shares is no phone', () => {
    expect(values('El capital se divide en 12.418.336 acciones nominativas.', 'PHONE')).toEqual([]);
  });

  it('a phone typed digit by digit with spaced dashes counts without a cue', () => {
    const text = 'Los recoge su tía Remedios (6 5 8 - 3 1 2 - 4 0 9) a las cinco.';
    expect(values(text, 'PHONE')).toEqual(['6 5 8 - 3 1 2 - 4 0 9']);
    expect(values('Seats 1 4 - 1 5 - 1 6 are free', 'PHONE')).toEqual([]);
    expect(values('pedido 6 5 8 - 3 1 2 - 4 0 9 pendiente', 'PHONE')).toEqual([]);
  });
});

describe('savings accounts named by their kind', () => {
  it('reads an account after "ahorros" and "caja de ahorros"', () => {
    expect(values('Reembolso: Banco Bolivariano, ahorros 3307719428, a mi nombre.', 'BANK_ACCOUNT')).toEqual([
      '3307719428',
    ]);
    expect(values('Depósito en BROU, caja de ahorros 004412783-00001.', 'BANK_ACCOUNT')).toEqual(['004412783-00001']);
  });

  it('leaves a sum of savings', () => {
    expect(values('Con mis ahorros de 315000 dólares pago la entrada.', 'BANK_ACCOUNT')).toEqual([]);
    expect(values('ahorros acumulados: 2750000', 'BANK_ACCOUNT')).toEqual([]);
    expect(bankAccount('1250000')).toBeNull();
    expect(bankAccount('1250001')).not.toBeNull();
  });
});

describe('role mailboxes and documentation addresses', () => {
  it('an organisation desk after its keeper, field or display name is not marked', () => {
    expect(values('Managing agent: Pellow Estate Management, violations@pellow-em.com.', 'EMAIL')).toEqual([]);
    expect(values('Plan manager: Harbourside Care Partners (invoices@hcp-plans.com.au).', 'EMAIL')).toEqual([]);
    expect(values('Check ID QX-4410  Requested by: talent@brindle-group.com', 'EMAIL')).toEqual([]);
    expect(values('Puede escribirnos a Gestoría Lorca SL, recobro@gestoria-lorca.es', 'EMAIL')).toEqual([]);
  });

  it('keeps a person address and a desk given as someone’s own', () => {
    expect(values('Managing agent: Pellow Estate Management, dora.pellow@gmail.com.', 'EMAIL')).toEqual([
      'dora.pellow@gmail.com',
    ]);
    expect(values('my email address is violations@quiet-acres.net', 'EMAIL')).toEqual(['violations@quiet-acres.net']);
  });

  it('a placeholder at example.com in a table of test cases is nobody’s, sentence stop included', () => {
    const cases = [
      'Here are my parametrized cases for the form validator:',
      'test.each([',
      "  ['user@example.com', true],",
      "  ['not-an-address', false],",
      '])',
    ].join('\n');
    expect(values(cases, 'EMAIL')).toEqual([]);
    expect(values('The README keeps its sample as user@example.com.', 'EMAIL')).toEqual([]);
    // A bare one in pasted data stays.
    expect(values('Cliente: Nuria Vallés, nuria.valles@example.com', 'EMAIL')).toEqual(['nuria.valles@example.com']);
  });
});

describe('file references beside a passport cue', () => {
  it('an agency file reference is no passport, even with a passport word on the next line', () => {
    expect(values('Visa office ref: K4471920\nPassport: still at the embassy', 'NATIONAL_ID')).toEqual([]);
    expect(values('Passport used for the booking: K4471920', 'NATIONAL_ID')).toEqual(['K4471920']);
    expect(values('Passport ref: K4471920', 'NATIONAL_ID')).toEqual(['K4471920']);
  });
});

describe('a firm giving its own line in a formal letter', () => {
  it('leaves the number a firm gives for itself', () => {
    expect(values('Si tiene dudas, contacte con nosotros en el 954 118 302 por las mañanas.', 'PHONE')).toEqual([]);
    expect(values('Póngase en contacto con nosotros en el teléfono 954 118 302.', 'PHONE')).toEqual([]);
  });

  it('keeps a family’s "llámenos" and a person’s contact line', () => {
    expect(values('Para cualquier cosa del niño, llámenos al 611 402 887.', 'PHONE')).toEqual(['611 402 887']);
    expect(values('Contacto de la abuela: 611 402 887', 'PHONE')).toEqual(['611 402 887']);
  });
});
