import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { looksLikeTestCard } from '../../src/detect/validators/documented-samples.js';
import { spansOf } from '../support/spans.js';

// Session 23: values of a payment terminal's test guide, a network lab's documentation addresses and a firm's desk
// mailboxes, which name no one; and the same shapes where they are someone's. Every example is invented.
const engine = createDetector();
const of = (text: string, label: string): string[] => spansOf(engine, text, [label]);

describe("a payment gateway's test cards", () => {
  it('leaves a published sandbox card and a typed counting run under a test heading', () => {
    const guide =
      'Entorno de pruebas del TPV\nTarjetas de prueba:\n- 4548 8120 4940 0004 → autorizada\n' +
      '- 4716 1234 5678 9012 → denegada';
    expect(of(guide, 'CREDIT_CARD')).toEqual([]);
    expect(looksLikeTestCard('4716123456789012')).toBe(true);
    expect(looksLikeTestCard('5100987654321096')).toBe(true);
    expect(looksLikeTestCard('4929381746502214')).toBe(false);
  });

  it("keeps the same shapes as a customer's card when nothing says test", () => {
    expect(of('Cárguelo a mi Visa 4716 1234 5678 9012, caduca 08/29.', 'CREDIT_CARD')).toEqual(['4716 1234 5678 9012']);
  });
});

describe("a network lab's documentation addresses", () => {
  it('leaves RFC 3849 addresses in a lab guide or a text that uses documentation ranges throughout', () => {
    const lab =
      'Practice lab 3 — OSPFv3 between two routers\nRA  ge0/0  2001:db8:a:1::1/64\nRB  ge0/0  2001:db8:a:1::2/64';
    expect(of(lab, 'IP_ADDRESS')).toEqual([]);
    const sheet = 'edge-1 192.0.2.5 2001:db8:7::5\nedge-2 198.51.100.6 2001:db8:7::6\ncore 203.0.113.1 2001:db8:7::1';
    expect(of(sheet, 'IP_ADDRESS')).toEqual([]);
  });

  it('keeps one where it stands alone for a machine', () => {
    expect(of('Failed sign-in from 2001:db8:3c4d::9 at 02:14', 'IP_ADDRESS')).toEqual(['2001:db8:3c4d::9']);
    expect(of('Server IP: 2001:db8::17', 'IP_ADDRESS')).toEqual(['2001:db8::17']);
  });
});

describe("a firm's desk mailbox", () => {
  it("leaves a shop's, a removals firm's and a data team's desks, bare or in a header", () => {
    expect(of('Pedidos y catálogo: pedidos@huerta-del-moncayo.es', 'EMAIL')).toEqual([]);
    expect(of('Para: presupuestos@traslados-ebro.es', 'EMAIL')).toEqual([]);
    expect(of('"email": "reports@lumen-metrics.io"', 'EMAIL')).toEqual([]);
    expect(of('Questions about a voucher? giftcards-help@alderbrook.co.uk', 'EMAIL')).toEqual([]);
  });

  it("keeps a desk word given as someone's own, and a person's address", () => {
    expect(of('Soy autónoma: mi correo es pedidos@ceramica-lirio.es', 'EMAIL')).toEqual(['pedidos@ceramica-lirio.es']);
    expect(of('Write to quentin.hale@lumen-metrics.io', 'EMAIL')).toEqual(['quentin.hale@lumen-metrics.io']);
  });
});

describe("an office's or a venue's line in a public notice", () => {
  it('leaves a number on a line that gives opening hours or sells tickets, and a serial number', () => {
    expect(of('Secretaría del club: lunes a viernes, 17:00–20:30, teléfono 948 27 33 10.', 'PHONE')).toEqual([]);
    expect(of('Tickets at the gate or on 0161 832 4417 until sold out.', 'PHONE')).toEqual([]);
    expect(of('Lector de tarjetas Aurelis X2 (S/N 302-774-118).', 'PHONE')).toEqual([]);
  });

  it("keeps someone's own number given with their hours", () => {
    expect(of('Estoy libre los jueves de 17:00-19:00, llámame al 622 19 48 30.', 'PHONE')).toEqual(['622 19 48 30']);
    expect(of('My mobile (weekdays 9-5): 07700 900 461', 'PHONE').length).toBe(1);
    // A log line's weekday and a date's dashes are no opening hours.
    expect(of('[Tue Mar 10 09:41:07 2026] lookup {"born":"1987-06-21","tel":"622 19 48 31"}', 'PHONE')).toEqual([
      '622 19 48 31',
    ]);
  });
});

describe('a word after a password key in an error message', () => {
  it("leaves an error message's word and keeps a config's lower-case password", () => {
    const log = "2026/03/02 01:00:09 ERROR : vault-crypt: couldn't decrypt password: corrupt input near offset 12";
    expect(of(log, 'SECRET')).toEqual([]);
    expect(of('sync failed, password: wrong for remote nas-b', 'SECRET')).toEqual([]);
    expect(of('SMTP_PASSWORD=marmalade', 'SECRET')).toEqual(['marmalade']);
    expect(of('password: tangerine\nport: 587', 'SECRET')).toEqual(['tangerine']);
  });
});
