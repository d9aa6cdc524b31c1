import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('numbers read out digit by digit in a voicemail or a call transcript', () => {
  it('are a phone after a callback request, in Spanish and English', () => {
    expect(
      found('hola, me pueden devolver al tres cero dos, cuatro uno uno, ocho siete seis cinco. gracias', 'PHONE'),
    ).toEqual(['tres cero dos, cuatro uno uno, ocho siete seis cinco']);
    expect(found('porfa llámenme al tres uno nueve cinco cero dos siete siete cuatro uno', 'PHONE')).toEqual([
      'tres uno nueve cinco cero dos siete siete cuatro uno',
    ]);
    expect(found('"can you ring me back on oh seven seven one four, two nine three, five eight one"', 'PHONE')).toEqual(
      ['oh seven seven one four, two nine three, five eight one'],
    );
  });

  it('do not swallow the Spanish "o" (or) that follows them', () => {
    const voicemail = 'devuélvanme la llamada al tres cero cinco, seis seis uno, dos ocho cero cuatro,\no al fijo';
    expect(found(voicemail, 'PHONE')).toEqual(['tres cero cinco, seis seis uno, dos ocho cero cuatro']);
  });

  it('are an identity number after an identity cue, also wrapped onto the next line', () => {
    expect(
      found('le dicto la cédula: siete nueve cuatro\ncero uno dos ocho cinco tres o sea eso', 'NATIONAL_ID'),
    ).toEqual(['siete nueve cuatro\ncero uno dos ocho cinco tres']);
    expect(found('mi DNI es tres ocho, cuatro cinco uno, dos dos nueve', 'NATIONAL_ID')).toEqual([
      'tres ocho, cuatro cinco uno, dos dos nueve',
    ]);
    expect(
      found('caller: my social security number is four one seven, six two, nine nine zero three', 'NATIONAL_ID'),
    ).toEqual(['four one seven, six two, nine nine zero three']);
  });

  it('stay unflagged without a cue, or when the digits are a counting run', () => {
    expect(found('then the kids counted one two three four five six seven eight out loud', 'PHONE')).toEqual([]);
    expect(found('la cédula uno dos tres cuatro cinco seis siete', 'NATIONAL_ID')).toEqual([]);
    expect(found('la hoja tenía siete nueve cuatro cero uno dos ocho cinco tres', 'NATIONAL_ID')).toEqual([]);
  });
});

describe('telecom and utility customer accounts', () => {
  it('are not bank accounts', () => {
    const ticket = 'Fibre 900 outage ticket INC-44120\nAccount holder: Ms R. Example   Acct 61-3390218-4';
    expect(found(ticket, 'BANK_ACCOUNT')).toEqual([]);
    const bill = 'Summarise this electricity bill.\nAccount number: 7730 1182 4409\nMeter reading: 18842 kWh';
    expect(found(bill, 'BANK_ACCOUNT')).toEqual([]);
    const factura =
      'Reclamación por la factura de luz.\nSuministro en la calle del cliente, cuenta de cliente 400918273';
    expect(found(factura, 'BANK_ACCOUNT')).toEqual([]);
  });

  it('leave a bank account named in the same bill', () => {
    const bill = 'Broadband bill overdue.\nDirect debit from account 55091827, sort code 20-00-00';
    expect(found(bill, 'BANK_ACCOUNT')).toContain('55091827');
    const factura = 'Factura de telefonía impagada. Transferencia a la cuenta 2100 0418 4502 0005 1332 del banco';
    expect(found(factura, 'BANK_ACCOUNT').length + found(factura, 'IBAN').length).toBeGreaterThan(0);
  });
});

describe('published Bitcoin documentation addresses', () => {
  it('are sample data in a sandbox payload or an API guide', () => {
    expect(
      found('Sandbox request body: {"wallet": "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}', 'BANK_ACCOUNT'),
    ).toEqual([]);
    expect(found('Example (from the docs): send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'BANK_ACCOUNT')).toEqual([]);
    expect(found('Test fixture wallet_address = 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'BANK_ACCOUNT')).toEqual([]);
  });

  it('stay wallets without a sample cue', () => {
    expect(found('please pay out to my wallet 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'BANK_ACCOUNT')).toEqual([
      '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
    ]);
  });
});

describe('thousands-dotted identity numbers and Chilean CuentaRUT accounts', () => {
  it('read a short-first-group dotted number as an id after its cue, never as a phone', () => {
    expect(found('Alumno: Juan Pérez     T.I. 1.045.228.731', 'NATIONAL_ID')).toEqual(['1.045.228.731']);
    expect(found('firma: C.C. 80.119.442 de Medellín', 'NATIONAL_ID')).toEqual(['80.119.442']);
    expect(found('tarjeta de identidad 1.152.904.337 del acudiente', 'NATIONAL_ID')).toEqual(['1.152.904.337']);
    expect(found('el saldo es 1.047.318.562 pesos', 'PHONE')).toEqual([]);
    expect(found('Tel: 612.345.678', 'PHONE')).toEqual(['612.345.678']);
  });

  it('report the number after "Cuenta RUT" as the bank account, not the RUT', () => {
    for (const text of [
      'Pago: Cuenta RUT BancoEstado N° 16482357',
      'depositar en mi cuenta rut nro. 9057565',
      'Reembolso a CuentaRUT N° 14616374',
    ]) {
      expect(found(text, 'NATIONAL_ID')).toEqual([]);
    }
    expect(found('Pago: Cuenta RUT BancoEstado N° 16482357', 'BANK_ACCOUNT')).toEqual(['16482357']);
  });
});

describe('an identity number said again in figures', () => {
  it('is an id after "o sea" / "es decir" / "that is" when an id cue stands shortly before', () => {
    expect(
      found('mi cédula es siete uno dos\ncuatro cuatro ocho nueve cero, o sea 71.244.890', 'NATIONAL_ID'),
    ).toContain('71.244.890');
    expect(found('DNI: el que te dije antes, es decir 47.291.803', 'NATIONAL_ID')).toEqual(['47.291.803']);
    expect(found('my SSN is five one eight... that is 518-62-3390', 'NATIONAL_ID')).toEqual(['518-62-3390']);
  });

  it('is not an amount or an order number restated the same way', () => {
    expect(found('la remesa, o sea 48.216 euros, entra mañana', 'NATIONAL_ID')).toEqual([]);
    expect(found('cédula en trámite; el pedido, o sea 2026-00412, llegó', 'NATIONAL_ID')).toEqual([]);
  });
});

describe('more identity documents after their cue', () => {
  it('finds a Mexican voter key (clave de elector) by its date and state fields', () => {
    expect(found('Clave de elector: GRCSLN90021515M300', 'NATIONAL_ID')).toEqual(['GRCSLN90021515M300']);
    expect(found('adjunto INE, clave MNDZRL77110309H118', 'NATIONAL_ID')).toEqual(['MNDZRL77110309H118']);
    expect(found('lote ABCDEF99999999H999 del almacén', 'NATIONAL_ID')).toEqual([]);
  });

  it("reads foreigners' cards, licences with a dashed letter and compound German cues", () => {
    expect(found('cédula de extranjería 5820143', 'NATIONAL_ID')).toEqual(['5820143']);
    expect(found('licencia de conducir C-7730125', 'NATIONAL_ID')).toEqual(['C-7730125']);
    expect(found('Personalausweisnummer L7X3920KT', 'NATIONAL_ID')).toEqual(['L7X3920KT']);
    expect(found('her green card number is EAC1938204417', 'NATIONAL_ID')).toEqual(['EAC1938204417']);
  });
});
