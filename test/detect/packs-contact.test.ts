import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Values below are made up; check digits computed for these tests, never taken from the evaluation sets.
const engine = createDetector({ extras: [] });
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('phone numbers that are order numbers', () => {
  it('drops numbers named as orders, invoices or tracking numbers', () => {
    expect(found('Order 730-5512-0846 was refunded', 'PHONE')).toEqual([]);
    expect(found('Pedido 2023-415527: enviado', 'PHONE')).toEqual([]);
    expect(found('Pedido número 2023-415527', 'PHONE')).toEqual([]);
    expect(found('invoice 07700900123 is overdue', 'PHONE')).toEqual([]);
  });

  it('keeps a phone next to its cue even when an order is mentioned', () => {
    expect(found('about my order, call (415) 555-2671', 'PHONE')).toEqual(['(415) 555-2671']);
    expect(found('llámame al 612 34 56 78', 'PHONE')).toEqual(['612 34 56 78']);
  });
});

describe('spelled-out e-mail addresses', () => {
  it('ends at the longest top-level domain that exists', () => {
    expect(found('write to ana.lopez at acme dot co dot uk today', 'EMAIL')).toEqual([
      'ana.lopez at acme dot co dot uk',
    ]);
    expect(found('escribe a jordi at salut dot gencat dot cat', 'EMAIL')).toEqual([
      'jordi at salut dot gencat dot cat',
    ]);
    expect(found('mail kofi at firm dot com dot gh', 'EMAIL')).toEqual(['kofi at firm dot com dot gh']);
  });

  it('leaves prose with "at" and "dot" alone', () => {
    expect(found('look at the dot in the middle', 'EMAIL')).toEqual([]);
    expect(found('I was at work dot it is fine', 'EMAIL')).toEqual([]);
    expect(found('ana at acme dot notatld', 'EMAIL')).toEqual([]);
  });
});
