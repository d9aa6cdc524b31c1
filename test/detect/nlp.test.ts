import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import type { Finding } from '../../src/detect/types.js';
import { labelledSpansOf, spansOf } from '../support/spans.js';

// Lists only (no compromise) for the deterministic cases; one test below turns compromise on.
const detector = new NlpDetector({ compromiseBudget: 0 });

const spans = (text: string) => labelledSpansOf(detector, text, 0.5);
const labelled = (text: string, label: string) => spansOf(detector, text, [label], 0.5);

describe('NlpDetector: people', () => {
  it('finds English names from honorifics, cues and name lists', () => {
    expect(labelled('Please forward this to Mr. Oduya before Friday.', 'PERSON')).toEqual(['Mr. Oduya']);
    expect(labelled('Hi, my name is Priyanka Venkataraman and I need help.', 'PERSON')).toEqual([
      'Priyanka Venkataraman',
    ]);
    expect(labelled('The report was reviewed by Jennifer Walsh yesterday.', 'PERSON')).toEqual(['Jennifer Walsh']);
    expect(labelled('Kind regards,\nTobias Lindqvist', 'PERSON')).toEqual(['Tobias Lindqvist']);
    expect(labelled('Oyelaran Adebisi lives at the end of the road.', 'PERSON')).toEqual(['Oyelaran Adebisi']);
    expect(labelled('Machine Learning is a field of study.', 'PERSON')).toEqual([]);
  });

  it('finds Spanish names with honorifics, cues, form fields and two surnames', () => {
    expect(labelled('La Dra. Itziar Goikoetxea revisó el caso.', 'PERSON')).toEqual(['Dra. Itziar Goikoetxea']);
    expect(labelled('Hola, me llamo Fermín Alcántara y tengo una duda.', 'PERSON')).toEqual(['Fermín Alcántara']);
    expect(labelled('Nombre: Eulalia\nApellidos: Quiroga Bermúdez\n', 'PERSON')).toEqual([
      'Eulalia',
      'Quiroga Bermúdez',
    ]);
    expect(labelled('El informe lo firma Xiomara Cabrera Ledesma.', 'PERSON')).toEqual(['Xiomara Cabrera Ledesma']);
    expect(labelled('Paciente atendida por D.ª Remedios Vallejo en consulta.', 'PERSON')).toEqual([
      'D.ª Remedios Vallejo',
    ]);
  });

  it('finds known given names in text typed without capitals, but not ordinary words', () => {
    expect(labelled('ok so i told patricia desrosiers about it', 'PERSON')).toEqual(['patricia desrosiers']);
    expect(labelled('i will mark it as done in may', 'PERSON')).toEqual([]);
  });

  it('does not flag things named like people without evidence', () => {
    expect(labelled('April showers bring May flowers.', 'PERSON')).toEqual([]);
    expect(labelled('We hiked along the Jordan river for two days.', 'PERSON')).toEqual([]);
    expect(labelled('Apple released a new version of the SDK.', 'PERSON')).toEqual([]);
    expect(labelled('El Real Madrid ganó el partido del domingo.', 'PERSON')).toEqual([]);
    expect(labelled('Run npm install and then restart the Docker container.', 'PERSON')).toEqual([]);
    expect(labelled('Merge the branch. Ping Jordan if the build fails.', 'PERSON')).toEqual([]);
  });
});

describe('NlpDetector: places and organisations', () => {
  it('finds gazetteer places, cued unknown places and addresses', () => {
    expect(labelled('I moved to Rotterdam last spring.', 'LOCATION')).toEqual(['Rotterdam']);
    expect(labelled('She grew up in Oshkosh, a small town.', 'LOCATION')).toEqual(['Oshkosh']);
    expect(labelled('Ship it to 742 Evergreen Terrace, please.', 'LOCATION')).toEqual(['742 Evergreen Terrace']);
    expect(labelled('Vivo en la calle Alcalá 123, 28009 Madrid.', 'LOCATION')).toEqual([
      'calle Alcalá 123, 28009 Madrid',
    ]);
    expect(labelled('Domicilio: C/ Mayor, 5\nCP: 46001\n', 'LOCATION')).toEqual(['C/ Mayor, 5', '46001']);
  });

  it('finds organisations by suffix and by institution head', () => {
    expect(labelled('The contract with Brightwave Analytics Ltd. expires soon.', 'ORGANIZATION')).toEqual([
      'Brightwave Analytics Ltd.',
    ]);
    expect(labelled('Ingresó en el Hospital Universitario Virgen de la Arrixaca.', 'ORGANIZATION')).toEqual([
      'Hospital Universitario Virgen de la Arrixaca',
    ]);
    expect(labelled('Factura emitida por Construcciones Ibarra S.L. el mes pasado.', 'ORGANIZATION')).toEqual([
      'Construcciones Ibarra S.L.',
    ]);
  });

  it('leaves ordinary capitalised words alone', () => {
    expect(spans('The Quick Start Guide explains how to Configure Logging.')).toEqual([]);
    expect(spans('Los Resultados del Estudio fueron publicados en Enero.')).toEqual([]);
  });
});

describe('NlpDetector: offsets and odd input', () => {
  it('reports UTF-16 offsets into the original text after emoji and accents', () => {
    const text = '👋🏽 héllo — my name is Zoë Castellanos 🎉 from Valparaíso';
    const found: Finding[] = detector.detect(text);
    const person = found.find((f) => f.label === 'PERSON');
    expect(person && text.slice(person.start, person.end)).toBe('Zoë Castellanos');
    const place = found.find((f) => f.label === 'LOCATION');
    expect(place && text.slice(place.start, place.end)).toBe('Valparaíso');
  });

  it('never throws and returns nothing for empty or non-text input', () => {
    expect(detector.detect('')).toEqual([]);
    expect(detector.detect('\u0000\uD800 )))(((: : : \n\n\n')).toEqual([]);
    expect(detector.detect(undefined as unknown as string)).toEqual([]);
    const long = 'Mr. '.repeat(5000);
    expect(() => detector.detect(long)).not.toThrow();
  });

  it('returns non-overlapping findings sorted by start', () => {
    const text = 'Dr. Ana Torres (Hospital Clínic de Barcelona) vive en Sevilla.';
    const found = detector.detect(text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('asks compromise about capitalised runs the lists cannot decide (English)', () => {
    const withParser = new NlpDetector({ compromiseBudget: 400 });
    const text = 'Yesterday I had lunch with Bartholomew Quizzleton at the office.';
    const people = withParser.detect(text).filter((f) => f.label === 'PERSON');
    expect(people.map((f) => text.slice(f.start, f.end))).toEqual(['Bartholomew Quizzleton']);
  });
});
