import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe("NlpDetector: a facility's town, a court's address and a verb read as a country", () => {
  it('leaves the town of a clinic, a hospital or a school named right before it alone', () => {
    expect(places('Centre de lutte contre le cancer — Hôpital de jour — Nantes\nPatiente : Mme Roux')).toEqual([]);
    expect(places('Clínica del Pilar | Zaragoza | Consulta de cardiología')).toEqual([]);
    expect(places('IPS Vida Sana — Cali — Control de crecimiento #2')).toEqual([]);
    expect(places('Colegio: Escuela Básica Municipal de Osorno, RBD 4411-2.')).toEqual([]);
    expect(places('Referral from St Anne Clinic - Dorchester, for review.')).toEqual([]);
  });

  it("keeps the town after a comma, as an author's affiliation names it", () => {
    expect(places('Servicio de Nefrología, Hospital Clínico, Valladolid. E-mail: x@y.es')).toEqual(['Valladolid']);
  });

  it('keeps a home named beside a facility', () => {
    expect(places('Clínica del Pilar - Zaragoza\nPaciente domiciliada en Calle Mayor 12, Huesca')).toEqual([
      'Calle Mayor 12, Huesca',
    ]);
    expect(places('Vivo junto al Hospital de Getafe, en Getafe.')).toEqual(['Getafe']);
    expect(places('Hospital de Día — Lugo\nAddress: 9 Quarry Rise, Ennis')).toEqual(['9 Quarry Rise, Ennis']);
  });

  it("leaves a court's address under its heading alone, not a party's", () => {
    expect(places('IN THE COUNTY COURT AT LEEDS\nBridge Court, 1 Oxford Row, Leeds LS1 3BG')).toEqual([]);
    expect(places('JUZGADO DE PRIMERA INSTANCIA Nº 4 DE SEVILLA\nCalle Vermondo Resta 2, 41018 Sevilla')).toEqual([]);
    expect(places('IN THE COUNTY COURT AT LEEDS\nClaimant: John Smith, 4 Elm Rd, Leeds LS6 2AB')).toEqual([
      '4 Elm Rd, Leeds LS6 2AB',
    ]);
    expect(places('Tribunal de Instancia de Vigo\nDemandante: Ana Ruiz, con domicilio en Rúa Nova 8, Vigo')).toContain(
      'Rúa Nova 8, Vigo',
    );
  });

  it('reads "Usa" opening an instruction as a verb, "USA" as the country', () => {
    expect(places('Usa un tono formal. Usa viñetas y frases cortas.')).toEqual([]);
    expect(places('Resume el informe. Usa lenguaje sencillo.')).toEqual([]);
    expect(places('Born in USA, raised in Peru.')).toEqual(['USA', 'Peru']);
    expect(places('Se mudó a Usa en 2019.')).toEqual(['Usa']);
  });
});
