import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { phone, trunkPhone } from '../../src/detect/validators/phone.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('national phone numbers written the European way', () => {
  it('reads a German mobile with its trunk 0 and an eight-digit subscriber part', () => {
    expect(phone('0157 3390 2618')?.normalized).toBe('+4915733902618');
    expect(spansOf(detector, 'Bei Fragen bin ich unter 0162 7781 0345 erreichbar.', ['PHONE'])).toEqual([
      '0162 7781 0345',
    ]);
    expect(spansOf(detector, 'customer list: Jan Becker, 0179 2046 8813, Bremen', ['PHONE'])).toEqual([
      '0179 2046 8813',
    ]);
  });

  it('takes the phone words of other languages as cues', () => {
    expect(spansOf(detector, 'cellulare 3471234567', ['PHONE'])).toEqual(['3471234567']);
    expect(spansOf(detector, 'Handynummer 612345678', ['PHONE'])).toEqual(['612345678']);
    expect(spansOf(detector, 'Artikel 612345678', ['PHONE'])).toEqual([]);
  });

  it('reads the slash after the area code', () => {
    expect(spansOf(detector, 'Telefon 0162/77810345 (abends)', ['PHONE'])).toEqual(['0162/77810345']);
  });

  it('keeps twelve digits without a trunk 0 out: references, not national numbers', () => {
    expect(phone('4162 7781 0345')).toBeNull();
  });
});

describe('numbers that reach no one', () => {
  it('drops a subscriber part of zeros, the stand-in of forms and leaflets', () => {
    expect(phone('0300 000 0000')).toBeNull();
    expect(phone('(212) 000-0000')).toBeNull();
    expect(trunkPhone('08000000000')).toBeNull();
    expect(spansOf(detector, 'Questions? Call our free line 0808 000 0000 any time.', ['PHONE'])).toEqual([]);
  });

  it('keeps real numbers that merely hold zeros', () => {
    expect(phone('020 7000 4512')).not.toBeNull();
  });

  it('reads VAT and company registration numbers as what they are', () => {
    expect(spansOf(detector, 'Invoice footer: VAT no. GB 415 2290 73, registered in England', ['PHONE'])).toEqual([]);
    expect(spansOf(detector, 'Company number 0612 4471 83', ['PHONE'])).toEqual([]);
  });

  it('reads a Brazilian postcode after the street as no phone', () => {
    const text = 'Endereço: Rua Aurora 51, Centro, Campinas - SP, 13015-901\nCelular: (19) 99123-4587';
    expect(spansOf(detector, text, ['PHONE'])).toEqual(['(19) 99123-4587']);
  });
});
