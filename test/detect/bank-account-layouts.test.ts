import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { iban, peCci } from '../../src/detect/validators/financial.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const accounts = (text: string) => spansOf(engine, text, ['BANK_ACCOUNT']);

describe('Peruvian CCI: two check digits, bank and branch then account', () => {
  it('checks both digits', () => {
    expect(peCci('00256000291837465119')?.type).toBe('PE_CCI');
    expect(peCci('003-305-300112233447-02')).not.toBeNull();
    expect(peCci('00256000291837465118')).toBeNull(); // second check digit changed
    expect(peCci('00256000291837465129')).toBeNull(); // first check digit changed
    expect(peCci('00356000291837465119')).toBeNull(); // bank code changed
  });

  it('reports a CCI after its cue or a transfer word, whole, dashed or spaced', () => {
    expect(accounts('Para el reembolso del alquiler, mi CCI es 00256000291837465119 (soles).')).toEqual([
      '00256000291837465119',
    ]);
    expect(accounts('Código de cuenta interbancario: 003-305-300112233447-02')).toEqual(['003-305-300112233447-02']);
    expect(accounts('Please wire the fee to my account in Lima, CCI 011 170 000200458193 86, thanks!')).toEqual([
      '011 170 000200458193 86',
    ]);
    expect(accounts('transferencia interbancaria al 00330530011223344702 hoy')).toEqual(['00330530011223344702']);
  });

  it('leaves twenty digits that fail the checks or carry no account cue', () => {
    expect(accounts('CCI 00256000291837465118')).toEqual([]);
    expect(accounts('Guía de remisión 00256000291837465119 entregada al transportista')).toEqual([]);
  });
});

describe('an account number after a long label', () => {
  it('reads the value after the colon, the number sign or the bank named right before it', () => {
    expect(accounts('Cuenta de la mutual (ahorro programado) para los descuentos: 07-204-118530-2')).toEqual([
      '07-204-118530-2',
    ]);
    expect(accounts('la cuota va a la cuenta sueldo que su madre tiene en el BCP 310-47728106-1-95')).toEqual([
      '310-47728106-1-95',
    ]);
    expect(
      accounts('Cuenta corriente de la empresa (Banco de Occidente) para el débito automático: 591-40228-7'),
    ).toEqual(['591-40228-7']);
    expect(accounts('Cuenta de ahorros Banistmo (Panamá) N.º 01-19-87-204551-3, titular la socia.')).toEqual([
      '01-19-87-204551-3',
    ]);
    expect(accounts('Savings account held with the credit union, no. 4471 0938 22, joint with my brother')).toEqual([
      '4471 0938 22',
    ]);
  });

  it('reads digits spaced one by one after the label as one value', () => {
    expect(accounts('Cuenta de ahorro habitacional, BancoEstado nº 29 0 0 1 5 7 3 4 6 (en UF)')).toEqual([
      '29 0 0 1 5 7 3 4 6',
    ]);
  });

  it('leaves labels that name something else, dates, amounts and counts', () => {
    expect(accounts('Número de cuenta de cliente en la distribuidora: 300184729')).toEqual([]);
    expect(accounts('Account manager who handles the yearly renewal: 0161 496 0732')).toEqual([]);
    expect(accounts('Cuenta creada el: 2021-03-14')).toEqual([]);
    expect(accounts('Account for the AWS billing of the staging project: 381492017730')).toEqual([]);
    expect(accounts('Cuenta de Instagram del restaurante: 250000 seguidores')).toEqual([]);
    expect(accounts('Account sort code: 71-03-58')).toEqual([]);
  });
});

describe('Chilean CuentaRUT and Brazilian conta', () => {
  it('reads the CuentaRUT number as the account, dotted, plain or one digit at a time', () => {
    expect(accounts('Mi CuentaRUT es 17.482.915 (BancoEstado), ahí me transfieres la parte del asado')).toEqual([
      '17.482.915',
    ]);
    expect(accounts('Datos para el pago: Cuenta RUT BancoEstado n° 2 0 3 1 7 4 4 8')).toEqual(['2 0 3 1 7 4 4 8']);
    expect(accounts('Send the deposit to her CuentaRUT 9847102, it is a BancoEstado account')).toEqual(['9847102']);
  });

  it('reads a Brazilian account with its check digit after "conta" beside a bank word, not the branch', () => {
    expect(accounts('Dados bancários: Banco do Brasil, agência 3071-2, conta corrente 48215-X.')).toEqual(['48215-X']);
    expect(accounts('Favor depositar na conta poupança 0093821-4 da Caixa, titular minha mãe')).toEqual(['0093821-4']);
    expect(accounts('Reembolso: Itaú ag. 8120 c/c 33719-4')).toEqual(['33719-4']);
    expect(accounts('a conta do jantar deu 125-3 no total')).toEqual([]);
  });
});

describe('UK sort code read out with spaced dashes', () => {
  it('keeps the sort code beside the account, even when the account wraps onto the next line', () => {
    expect(
      accounts('[00:31] Caller: sort code is 71 - 03 - 58 and the account 5 3 0 1\n8 2 6 4, the joint one'),
    ).toContain('71 - 03 - 58');
  });

  it('leaves a sort code alone', () => {
    expect(accounts('Our branch sort code is 71 - 03 - 58 if anyone asks')).toEqual([]);
  });
});

describe('IBAN lengths', () => {
  it('reads an Israeli IBAN of its 23 characters and not one with two digits too many', () => {
    expect(iban('IL460120640000000528391')?.type).toBe('IBAN_IL');
    // Passes mod 97 but is two digits longer than Israel's IBAN: not one.
    expect(iban('IL41010800000000034518276')).toBeNull();
  });
});
