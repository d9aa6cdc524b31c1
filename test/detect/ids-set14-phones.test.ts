import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { phone } from '../../src/detect/validators/phone.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();
const found = (text: string, label: string) => spansOf(detector, text, [label]);

describe('phones in a message gateway log', () => {
  const log = [
    '2026-03-02T08:00:01Z id=MM01 To=+34612345678 From=+447418362905 Status=delivered',
    '2026-03-02T08:00:04Z id=MM02 To=+33612345678 From=+447418362905 Status=failed ErrorCode=30003',
    '2026-03-02T08:00:09Z id=MM03 To=+447911123456 From=+447418362905 Status=delivered',
  ].join('\n');

  it('leaves the account number that sends to every recipient, and keeps the recipients', () => {
    expect(found(log, 'PHONE')).toEqual(['+34612345678', '+33612345678', '+447911123456']);
  });

  it('keeps a sender that texts one number only, or whose lines carry no delivery state', () => {
    const oneRecipient = [
      'To=+442079461000 From=+34612345678 Status=delivered',
      'To=+442079461000 From=+34612345678 Status=delivered',
      'To=+442079461000 From=+34612345678 Status=delivered',
    ].join('\n');
    expect(found(oneRecipient, 'PHONE')).toContain('+34612345678');
    // A person's own phone in a chat export writes to several friends: no gateway, no status.
    const chat = [
      'From: +447418362905 To: +34612345678 "see you at 8"',
      'From: +447418362905 To: +33612345678 "running late"',
      'From: +447418362905 To: +447911123456 "call me"',
    ].join('\n');
    expect(found(chat, 'PHONE')).toContain('+447418362905');
  });

  it('reports a compact E.164 number in an unallocated range, and leaves a spaced one without a cue', () => {
    expect(phone('+447700918820')?.score).toBeUndefined();
    expect(phone('+44 7700 918820')?.score).toBeLessThan(0.5);
    expect(found('retry queue: To=+447700918820 attempt 3', 'PHONE')).toEqual(['+447700918820']);
  });

  it("leaves a provider's documented test numbers and keeps a real one beside them", () => {
    expect(found('In the sandbox script send to +15005550009 to force an invalid-number error.', 'PHONE')).toEqual([]);
    expect(found('send to +15005550009 first, then to the customer +34 612 345 678', 'PHONE')).toEqual([
      '+34 612 345 678',
    ]);
  });
});

describe('numbers named as records by a plural noun', () => {
  it('leaves a run of order, invoice or refund numbers', () => {
    expect(found('Both charges match orders 48-2210934 and 48-2210935, refunded today.', 'PHONE')).toEqual([]);
    expect(found('Revisa las facturas 93 412 7705 y 93 412 7706 del trimestre.', 'PHONE')).toEqual([]);
  });

  it('keeps a phone whose own cue stands nearer than the plural', () => {
    expect(found('About the orders: call me on 0161 496 0732 after six.', 'PHONE')).toEqual(['0161 496 0732']);
  });
});

describe("an organisation's switchboard and group-booking lines", () => {
  it('leaves a mesa central line and a restaurant booking line, with no tax id read from the groups', () => {
    expect(
      found('Para dudas sobre el trámite llame a la mesa central 22 614 2290 en horario de oficina.', 'PHONE'),
    ).toEqual([]);
    expect(
      found('Para dudas sobre el trámite llame a la mesa central 22 614 2290 en horario de oficina.', 'NATIONAL_ID'),
    ).toEqual([]);
    expect(found('Menú del día 14,50 €. Celebraciones: pida sus reservas al 93 412 77 05.', 'PHONE')).toEqual([]);
  });

  it("keeps a person's mobile given on the same line, and a tax number named as one", () => {
    expect(
      found('Celebraciones: pida sus reservas al 93 412 77 05 · móvil del encargado 612 48 39 07', 'PHONE'),
    ).toEqual(['612 48 39 07']);
    expect(found('Steuernummer 21 417 3095 bitte angeben', 'NATIONAL_ID')).toEqual(['21 417 3095']);
  });
});
