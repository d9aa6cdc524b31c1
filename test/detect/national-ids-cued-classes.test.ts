import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { cuedId } from '../../src/detect/validators/national-ids-formats.js';
import { spansOf } from '../support/spans.js';

// Referral letters, invoices and payslips: what follows an id cue is not always an id. Values are made up.
const engine = createDetector({ extras: [] });
const spans = (text: string, label: string) => spansOf(engine, text, [label]);

describe('what follows an id cue but is no id', () => {
  it('leaves a date written after the cue to the date rules', () => {
    expect(cuedId('03/09/1981')).toBeNull();
    expect(cuedId('1990-07-23')).toBeNull();
    expect(cuedId('3.11.2019')).toBeNull();
    expect(cuedId('26 63514095')).not.toBeNull();
    expect(spans('DNI: 48291736Q   F. nac.: 04/10/1983', 'NATIONAL_ID')).toEqual(['48291736Q']);
    expect(spans('documento de identidad expedido el 21-06-2015', 'NATIONAL_ID')).toEqual([]);
    expect(spans('ID card issued 2021.03.09, valid ten years', 'NATIONAL_ID')).toEqual([]);
  });
  it('does not read a VAT registration as a national id', () => {
    for (const text of [
      'Rechnung an Lichtwerk GmbH, USt-IdNr. DE814492276, netto 980 EUR',
      'VAT number: GB293114820 (reverse charge)',
      'Partita IVA 07643520567, sede a Torino',
    ])
      expect(spans(text, 'NATIONAL_ID')).toEqual([]);
  });
  it('gives a CuentaRUT number to the bank account, not to the RUT', () => {
    for (const [text, value] of [
      ['Depósito: BancoEstado CuentaRUT N° 17730264', '17730264'],
      ['transferir a su Cuenta RUT 9120447', '9120447'],
      ['abono en CuentaRUT 15338201 el día 30', '15338201'],
    ] as const) {
      expect(spans(text, 'NATIONAL_ID')).toEqual([]);
      expect(spans(text, 'BANK_ACCOUNT')).toEqual([value]);
    }
  });
});

describe('health-card numbers', () => {
  it('reads a Spanish health card after its cue as a medical id, letters included', () => {
    const all = createDetector();
    const medical = (text: string) => spansOf(all, text, ['MEDICAL']);
    expect(medical('Paciente: Montse Vidal.   Tarjeta sanitaria: ROVI 7712 0345 18')).toEqual(['ROVI 7712 0345 18']);
    expect(medical('Tarjeta sanitaria: BBBC 4455 6677 01')).toEqual(['BBBC 4455 6677 01']);
    expect(medical('tarjeta sanitaria 2849 1102 7745')).toEqual(['2849 1102 7745']);
    expect(spansOf(all, 'Tarjeta sanitaria: ROVI 7712 0345 18', ['NATIONAL_ID'])).toEqual([]);
  });
});
