import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { labelledSpansOf, spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

describe('places that are no one’s', () => {
  it('reads a gap or a status after an address field as no address', () => {
    expect(places('Contractor vetting\n  Name: Thabo Nkosi — cell +27 82 441 0937\n  Address: pending\n')).toEqual([]);
    expect(places('kubectl describe pod api-7d9\nState:          Running\n  Started: Mon, 02 Dec')).toEqual([]);
    expect(places('Address: Pending Lane 7, Harrogate')).toEqual(['Pending Lane 7, Harrogate']);
  });

  it('reads a postcode-shaped part number with no UK postcode area as no postcode', () => {
    expect(places('Oil filter HF QX318KT – £9.90, fits 2019-2023 models')).toEqual([]);
    expect(places('Deliver to 9 Ferry Lane, Hull HU1 3QP please')).toEqual(['9 Ferry Lane, Hull HU1 3QP']);
  });

  it('reads a grade, a test or a disease named after a city as health, not as the city', () => {
    const text =
      'Histology: invasive carcinoma, grade 2 (Nottingham 3+3+1). Naming 15/20 on the Boston subset.\n' +
      'She grew up in Nottingham and studied in Boston.';
    const found = labelledSpansOf(engine, text);
    expect(found).toContainEqual(['Boston', 'MEDICAL']);
    expect(found.filter(([, label]) => label === 'LOCATION').map(([value]) => value)).toEqual(['Nottingham', 'Boston']);
  });

  it('reads squares and roads named without a number in a report about nobody as public places', () => {
    const text = `Summarise this noise survey for the council website.

Night-time noise survey, week 14
Monitor N-07 (Plaza de la Merced): Lden 71 dB, above the 65 dB objective
Monitor N-12 (Ronda de Poniente): Lden 68 dB
Source: road traffic; recommended action: resurfacing with low-noise asphalt.`;
    expect(places(text)).toEqual([]);
  });

  it('keeps a house-numbered street as an address when its digits are typed full-width', () => {
    // An address card whose values are obfuscated full-width (the labels stay ASCII): the house number is no ASCII
    // digit, yet the street still anchors the card, so its second phone is no public number.
    const fw = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const text =
      `${fw('Dora Palacky')}\n\n${fw('58')} ${fw('Via Castellana 14')}\n ${fw('Suite 720')}\n ${fw('Pietraperzia')}\n ` +
      `${fw('Czech Republic')} ${fw('06311')}\n${fw('0412 5580273')}-Office\\,${fw('001-318-552-0917x20481')}-Fax`;
    expect(spansOf(engine, text, ['PHONE'])).toEqual([fw('0412 5580273'), fw('001-318-552-0917x20481')]);
  });
});
