import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('shipping container numbers are no latam tax ids', () => {
  it('leaves an ISO 6346 container number alone, with or without a container word close by', () => {
    expect(
      spansOf(detector, 'Contenedores en aduana: TCLU 604549-4 y CAIU 604686 0 desde Santos', ['NATIONAL_ID']),
    ).toEqual([]);
    expect(spansOf(detector, 'Customs is holding MSKU 604412 3 at the port since Monday', ['NATIONAL_ID'])).toEqual([]);
    expect(spansOf(detector, 'Booking: 1 x 40HC, OOLU 604823-4 sailing Friday', ['NATIONAL_ID'])).toEqual([]);
  });

  it('keeps a tax id of the same shape that follows no owner code', () => {
    expect(spansOf(detector, 'Datos de facturación: 604960-5, Asunción', ['NATIONAL_ID'])).toEqual(['604960-5']);
    expect(spansOf(detector, 'mi documento es 605097-1 y vivo en Luque', ['NATIONAL_ID'])).toEqual(['605097-1']);
    expect(spansOf(detector, 'Invoice to TRADING SA, RUC 604686-0', ['NATIONAL_ID'])).toEqual(['604686-0']);
  });
});
