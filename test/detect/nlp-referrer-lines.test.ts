import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const persons = (text: string) => spansOf(detector, text, ['PERSON']);
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: a referrer line with the doctor, the address and the hospital on one line', () => {
  it('keeps the doctor when the street follows the name with no comma', () => {
    expect(persons('Remitido por: Dr. Tomás Vidal Ortuño C/ Sierra Nevada, 12 18008 Granada')).toEqual([
      'Dr. Tomás Vidal Ortuño',
    ]);
    expect(persons('Responsable clínico: Dra. Paula Ferrer Calle Olmo 4, 46001 Valencia')).toEqual([
      'Dra. Paula Ferrer',
    ]);
    expect(persons('Dr. Iñaki Goñi Avda. de la Paz 30, 31002 Pamplona')).toEqual(['Dr. Iñaki Goñi']);
    expect(persons('Dr. Martín Rossi Av. Corrientes 1500, CABA')).toEqual(['Dr. Martín Rossi']);
  });

  it('reads "C/." with a dot after the slash as a street', () => {
    expect(places('Remitido por: Elena Prats Soler C/. Granados, 7, 2.º A 08007 Barcelona')).toContain(
      'C/. Granados, 7, 2',
    );
    expect(places('Domicilio: C/. Río Tajo 15, 45007 Toledo')[0]).toMatch(/^C\/\. Río Tajo 15/);
  });

  it('reads a title after a hospital or school word as part of its name, not as a person', () => {
    expect(persons('Servicio de Urología. Hospital Dr. Negrín Av. Marítimo 2, Las Palmas')).toEqual([]);
    expect(persons('Hospital Militar Dr. Ramón Arvide, Caracas')).toEqual([]);
    expect(persons('Alumnos del Colegio Dr. Fleming de Oviedo')).toEqual([]);
    expect(persons('Trasladado al Hospital Universitario Río Hortega Avda. Real 3, Valladolid')).toEqual([]);
  });

  it('still finds the doctor of a private clinic and a doctor after a hospital named on the line before', () => {
    expect(persons('Clínica Dra. Ana Soto, Calle Mayor 3')).toEqual(['Dra. Ana Soto']);
    expect(persons('Ingresada en el hospital.\nDr. Pérez Lema le atendió')).toEqual(['Dr. Pérez Lema']);
    expect(persons('Hospital: Dr. Luis Pérez')).toEqual(['Dr. Luis Pérez']);
  });
});
