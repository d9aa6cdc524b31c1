import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: places in operations text are nobody’s whereabouts', () => {
  it('drops the stops of a lane or a haul, and keeps a person’s trip', () => {
    expect(places('Plan the lanes: Valladolid -> Murcia and Bilbao → Cádiz on Tuesdays.')).toEqual([]);
    expect(places('Horario de la ruta Granada – Almería para la flota.')).toEqual([]);
    expect(places('Trip for Ana Ruiz: Lisbon → Porto → Lisbon, 3-6 May')).toEqual(['Lisbon', 'Porto', 'Lisbon']);
    expect(places('Flights booked:\nMadrid → Quito on the 4th')).toEqual(['Madrid', 'Quito']);
  });

  it('drops places in a shipment table or an aggregate, not in a table about people', () => {
    expect(places('| ref | carrier | from | to |\n|---|---|---|---|\n| S-1 | DHL | Denver | Tulsa |')).toEqual([]);
    expect(places('Pedido | destino | palés\nP-7 | Vitoria-Gasteiz | 3')).toEqual([]);
    expect(
      places(
        'segment  city       orders  revenue\nA        Glasgow    1,204   18,220.10\nB        Cardiff      881    9,440.00',
      ),
    ).toEqual([]);
    expect(places('name | city | orders\nLaura Pemberton | Sheffield | 4')).toEqual(['Sheffield']);
  });

  it('drops places in a breakdown by city and tax jurisdictions, not a cued home', () => {
    expect(places('Q3 revenue by city:\n- Lugo: 1.2M (+4%)\n- Soria: 0.8M')).toEqual([]);
    expect(places('Apply the Stockholm tax table and the Ohio payroll rules.')).toEqual([]);
    expect(places('Revenue by city is flat. Ana Ruiz lives in Lugo.')).toEqual(['Lugo']);
  });

  it('drops the carrier’s facilities in a parcel’s scan events, not a cued arrival', () => {
    const scans =
      'Tracking 1Z999AA10123456784 (UPS):\nDec 2  Arrived at Facility  Louisville, KY\nDec 1  Departed Facility  Memphis, TN';
    expect(places(scans)).toEqual([]);
    expect(places('I arrived in Leeds yesterday and the customs queue was long.')).toEqual(['Leeds']);
  });

  it('drops a company’s operations site and seat, not an office someone is tied to', () => {
    expect(places('The Hull dock doors jam in the cold; el almacén de Lugo cierra el lunes.')).toEqual([]);
    expect(places('Next sync in the Berlin office.')).toEqual([]);
    expect(places('She is moving to the Berlin office in May.')).toEqual(['Berlin']);
  });

  it('drops the address line under a firm’s name, not a person’s', () => {
    expect(places('Kind regards,\nJonas Berg\nFjordline Shipping AS, Kaigaten 4, 5015 Bergen, Norway')).toEqual([]);
    expect(places('Jonas Berg, Kaigaten 4, 5015 Bergen, Norway')).not.toEqual([]);
    expect(places('Supplier: Toledo & Ruiz Consultoria Ltda, invoice 2231')).toEqual([]);
  });

  it('drops places of an event dated before 1900, not ids or house numbers that look like years', () => {
    expect(places('- Miguel Hidalgo nació en Pénjamo en 1753.')).toEqual([]);
    expect(places('Isaac Newton (Woolsthorpe, 1643 - Kensington, 1727) y la gravedad.')).toEqual([]);
    expect(places('He lives in Leeds, SSN on file 536-22-1234.')).toEqual(['Leeds']);
    expect(places("VALUES (1041, 'Maria Olsen', 'Denver')")).toEqual(['Denver']);
  });
});

describe('NlpDetector: streets and postcodes in pasted data', () => {
  it('takes an Italian street in a JSON address line', () => {
    expect(places('{"address": {"line1": "Via della Spiga 22", "zip": "20121"}}')).toContain('Via della Spiga 22');
  });

  it('takes a postcode under a zip column of a table aligned with spaces', () => {
    const frame =
      '   acct_id   signup       zip    visits\n0  K-20031   2021-03-04   94110  12\n1  K-20032   2022-11-19   02139  3';
    expect(places(frame)).toEqual(['94110', '02139']);
  });

  it('reads a count of nights, and a hotel named after a street, as no address', () => {
    expect(places('Hotel Paseo Azul, 4 nights, EUR 190/night')).toEqual([]);
    expect(places('Vivo en la calle Mayor, 14, en Soria.')).toContain('calle Mayor, 14');
  });

  it('ends a street at a tab: the next cell of a pasted table is another value', () => {
    expect(places('name\tcountry\ttax_id\nIvo Rojas\tCL\tRUT 12.345.678-5\tBanco Sur')).toEqual([]);
  });

  it('reads a heading word that is also a place as a word', () => {
    expect(places('Reunión de equipo — 4 de marzo\nAsisten: Lucía Prieto')).toEqual([]);
    expect(places('Volamos a Reunión en mayo.')).toEqual(['Reunión']);
  });
});
