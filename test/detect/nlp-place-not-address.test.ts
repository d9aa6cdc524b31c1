import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: places that are nobody’s whereabouts', () => {
  it('drops the dateline of a press release or a wire story', () => {
    expect(places('BOSTON, Mass., March 3, 2027 – Orvane Labs today reported results.')).toEqual([]);
    expect(places('SEVILLA, 12 feb. (EFE) – La Junta presentó hoy el plan.')).toEqual([]);
  });

  it('drops an upper-case place inside an upper-case name or a code', () => {
    expect(places('Cargo booked on the MSC GENEVA, voyage 118E.')).toEqual([]);
    expect(places('Campaign OSLO-12, artwork v3')).toEqual([]);
  });

  it('drops a town that names a product, a colour or a company site', () => {
    expect(places('Write copy for the Denver corner sofa and the Phoenix floor lamp.')).toEqual([]);
    expect(places('Available in Boston Green and Sydney Blue.')).toEqual([]);
    expect(places('Stock moves from the Leicester warehouse every Monday.')).toEqual([]);
  });

  it('drops a street after an article and a year: an event there, not an address', () => {
    expect(places('Week 3: the 1666 Pudding Lane fire and how the city was rebuilt.')).toEqual([]);
    expect(places('She lives at 1666 Pudding Lane, Leicester.')).not.toEqual([]);
  });

  it('drops ports in trade terms and towns in a column of company sites, and names read over them', () => {
    expect(
      spansOf(detector, 'Route: POL Antwerp, POD Houston; Incoterms FOB Antwerp.', ['LOCATION', 'PERSON']),
    ).toEqual([]);
    expect(places('Order | Warehouse | Carrier\nSO-1 | Leicester | DPD\nSO-2 | Sheffield | UPS')).toEqual([]);
    expect(places('Name | City\nLaura Pemberton | Sheffield')).toEqual(['Sheffield']);
  });

  it('reads a town or a given name before a garment as a product', () => {
    expect(spansOf(detector, 'Write copy for the Harley shoe and the Oxford loafer.', ['LOCATION', 'PERSON'])).toEqual(
      [],
    );
  });

  it('keeps places tied to someone', () => {
    expect(places('She moved to Leicester last year.')).toEqual(['Leicester']);
    expect(places('VIVE EN SEVILLA DESDE 2010')).toEqual(['SEVILLA']);
    expect(places('Ship to: 14 HIGH ST, LEICESTER LE1 4AB')).not.toEqual([]);
  });

  it('reads a place in an address field label as the label, not the value', () => {
    expect(places('Domicilio en Argentina: Calle Falsa 742, Rosario')).not.toContain('Argentina');
    expect(places('Home address in Canada: 88 Birch Ave, Moncton')).not.toContain('Canada');
    expect(places('Dirección en México: Av. Juárez 44, Col. Centro')).not.toContain('México');
    expect(places('Residence in Ireland: yes')).toEqual(['Ireland']);
  });

  it('reads an abbreviated state or province as an acronym unless a town comes before it', () => {
    expect(places('Swapped the ONT and the router; the GA build and the VA loan form are attached.')).toEqual([]);
    expect(places('Firmware 3FE41, ONT serial ALCL90F1')).toEqual([]);
    expect(places('fw 7AB20931QRST, ONT swapped; ref 2HX44017WXYZ, PEI sheet')).toEqual([]);
    expect(places('She lives in Sudbury, Ont. with her aunt')).toContain('Ont');
    expect(places('Moved to Hartford, Conn. last spring')).toContain('Conn');
  });

  it('reads a residence sentence in capitals word by word: an ordinary word is no part of the town', () => {
    expect(places('MI PADRE VIVE EN ZAMORA DESDE 1998')).toEqual(['ZAMORA']);
    expect(places('NOTA: VIVE EN TORRELODONES CON SU HIJA')).toEqual(['TORRELODONES']);
    expect(places('PATIENT LIVES IN KENOSHA WITH HER SON')).toEqual(['KENOSHA']);
  });
});
