import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('codes read as places or procedures', () => {
  it('reads a short capital word before a number or a dash as a code', () => {
    expect(found('The accrual was moved from AP 2210-010 to AP 2290-000 at close.', 'LOCATION')).toEqual([]);
    expect(found('Tickets REQ-8812 and REQ-8813 were merged.', 'LOCATION')).toEqual([]);
  });

  it('keeps a state and its postal code after a town', () => {
    expect(found('Ship it to 40 Elm Rd, Tulsa, OK 74104 please', 'LOCATION')).not.toEqual([]);
  });

  it('reads a street type alone as no place', () => {
    expect(found('Tomamos el AVE, y luego el metro hasta el hotel.', 'LOCATION')).toEqual([]);
  });

  it('reads Rx as a prescription marker in English and before a number', () => {
    const text = 'Refill queue:\nRx 4410021 Metformin 500 mg x90 - ready\nRx: atorvastatin 40 mg';
    expect(found(text, 'MEDICAL')).not.toContain('Rx');
  });
});
