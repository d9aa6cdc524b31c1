import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('products, streets, buildings and plants named after people name nobody', () => {
  it("drops producers' names on a wine list's priced lines (es)", () => {
    const text =
      'Ordena la carta de vinos por precio.\nTintos\n' +
      '- Hermanos Ezquerra Crianza 2020, Navarra — 24 €\n' +
      '- Conde de Valdeolmos Gran Reserva 2015, Rioja — 61 €\n' +
      '- Remedios Lucena Garnacha 2022, Calatayud — 19 €\n' +
      'Blancos\n- Basilio Orduña Albariño 2024, Rías Baixas — 27 €';
    expect(people(text)).toEqual([]);
  });

  it("keeps members' names on a list of fees with no menu word", () => {
    const text =
      'Cuotas pendientes de octubre:\n- Remedios Lucena Ortiz — 42 €\n- Basilio Orduña Gil — 42 €\n' +
      '- Herminia Cabrales Soto — 21 €';
    expect(people(text).length).toBeGreaterThanOrEqual(2);
  });

  it("drops a renamed street's namesake and keeps a street someone lives on (es)", () => {
    const renamed =
      'El pleno acordó: la calle Coronel Urbieta pasa a denominarse avenida de Petronila Casado; ' +
      'la plaza del Generalísimo, plaza de Leonor Aranda.';
    expect(people(renamed)).toEqual([]);
    expect(people('Vivo en la avenida de Petronila Casado, encima de la farmacia.').length).toBeGreaterThan(0);
  });

  it('drops a name that an institution or a hotel word opens or precedes', () => {
    expect(people('Día 3: noche en el Parador de Olmedilla y visita al Colegio Fermín Arteaga.')).toEqual([]);
    expect(people('Fermín Arteaga cenó con nosotros en el parador.').length).toBeGreaterThan(0);
  });

  it("drops describers and patrons on a botanical garden's labels, accession numbers included (es)", () => {
    const text =
      'Corrige estas cartelas del jardín botánico.\n' +
      'Salvia leucantha — Lamiaceae — descrita por Rodrigo Almagro Vela (1802). Nº acceso 2001-0093.\n' +
      'Bomarea ovata — Alstroemeriaceae — en honor de Casilda Mondéjar. Nº acceso 2012-1140.';
    expect(people(text)).toEqual([]);
  });

  it("keeps the names of a garden's staff when a phone is given", () => {
    const text =
      'Corrige estas cartelas del jardín botánico, en honor de Casilda Mondéjar.\n' +
      'Responsable de colecciones: Rodrigo Almagro Vela, tel. 612 448 903.';
    expect(people(text).length).toBeGreaterThan(0);
  });
});
