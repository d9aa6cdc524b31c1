import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: places of public lists and of working relations', () => {
  it("leaves a chess game's Site tag and a stock exchange's city alone", () => {
    expect(places('[Event "Candidates 2024"]\n[Site "Toronto CAN"]\n[Round "3"]')).toEqual([]);
    expect(places('[Site "Wijk aan Zee NED"]\n[Date "2025.01.19"]')).toEqual([]);
    expect(places('Volume on Euronext Brussels was 2,104,332 shares, and Nasdaq Helsinki was quiet.')).toEqual([]);
    expect(places('Volume on the Madrid Stock Exchange was low; la Bolsa de Lisboa cayó.')).toEqual([]);
  });

  it("leaves a reference list's publisher city alone, not the author's home address", () => {
    expect(places('Hobsbawm, E. (1994). The Age of Extremes. London: Abacus.')).toEqual([]);
    expect(places('- Galeano, E. (1971), Las venas abiertas, Montevideo, Ediciones del Chanchito.')).toEqual([]);
    expect(places('Paz, O. (1950). El laberinto de la soledad. México: Cuadernos Americanos.')).toEqual([]);
    expect(
      places('Publications: Ruiz, A. (2019). Rivers. Leeds: Peepal Tree Press.\nHome address: 12 Kirk Lane, Otley'),
    ).toEqual(['12 Kirk Lane, Otley']);
  });

  it("leaves a weather warning's areas alone, not a home named beside them", () => {
    expect(places('Aviso amarillo en: Sierra de Gredos, Ávila y Segovia (Riaza).')).not.toContain('Segovia');
    expect(places('Amber warning for wind: Cornwall (Bodmin, Truro), Devon.')).toEqual([]);
    expect(places('Nivel rojo en: Cádiz (Tarifa, Algeciras) y Málaga.')).toEqual([]);
    expect(places('Aviso naranja en Huesca; mi madre vive en Jaca, sola, en la calle Mayor 3.')).toEqual([
      'Jaca',
      'calle Mayor 3',
    ]);
  });

  it("leaves a market's figures alone", () => {
    expect(places('In Lisbon, Galp (GALP.LS) fell 1.2% on lower margins.')).toEqual([]);
    expect(places('En Perú\nArequipa el 12 %, y Cusco el 9 %.')).not.toContain('Arequipa');
    expect(places('Sales by city: Leeds with 14%, York with 9%.')).toEqual([]);
  });

  it("leaves the place of a service, a team, a manager, a client or a policy's rate alone", () => {
    expect(places('Our billing service in Nairobi throws a 500 since the deploy.')).toEqual([]);
    expect(places('Tradúcelo para mi jefe de Bilbao y el equipo de Terrassa.')).toEqual([]);
    expect(places('Policy: hotel up to £150/night in Manchester, no minibar.')).toEqual([]);
    expect(places('Máximo 120 € por noche en Valencia según la política de viajes.')).toEqual([]);
    expect(places('Signed at the offices of Acme Mediation, Galway, on 3 May.')).toEqual([]);
  });

  it("leaves the town of a shop's branch alone", () => {
    expect(places('He admitted theft from a shop (Lidl, Chapeltown, 3 March).')).toEqual([]);
    expect(places('Hurto en el supermercado Dia, Getafe, el 4 de mayo.')).toEqual([]);
    expect(places('Shoplifting at the store (Tesco, Leeds) twice.')).toEqual([]);
    expect(places('He lives above a shop (Lidl) in Chapeltown.')).toEqual(['Chapeltown']);
  });

  it("leaves a card statement's merchant town alone", () => {
    expect(places('12/03   Uber Lisbon     €14.20   Personal')).toEqual([]);
    expect(places('03/02 Tesco Stores Leeds 23.10 GBP')).toEqual([]);
    expect(places('21/10  Cabify Sevilla   9,80 €')).toEqual([]);
    expect(places('12/03 I moved to Lisbon, rent €900 a month')).toEqual(['Lisbon']);
  });

  it('keeps a home named with the same words', () => {
    expect(places('My manager, who lives in Leeds, asked for my address: 4 Elm Rd, Otley.')).toEqual([
      'Leeds',
      '4 Elm Rd, Otley',
    ]);
    expect(places('El cliente vive en Sabadell, en la calle Mayor 12.')).toEqual(['Sabadell', 'calle Mayor 12']);
    // A customer may be a private person: the town of the one a ticket is about stays.
    expect(places('Refund job failing for a customer in Tralee since Monday.')).toEqual(['Tralee']);
    expect(places('Traduce el correo para la clienta de Oviedo.')).toEqual(['Oviedo']);
    expect(places('Signed: Ana Ruiz, 4 Elm Rd, Galway')).toEqual(['4 Elm Rd, Galway']);
    expect(places('I moved to Lisbon last year; my rent there went up 12%.')).toEqual(['Lisbon']);
  });
});
