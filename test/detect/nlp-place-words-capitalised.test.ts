import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: places that are also ordinary words, capitalised by where they stand', () => {
  it('reads a numbered clause or a bullet opening with a function word as a sentence', () => {
    expect(places('PRIMERO.- Que el contrato se firmó en la notaría sin reparos.')).toEqual([]);
    expect(places('CUARTO.- Que la aseguradora no contestó a la reclamación.')).toEqual([]);
    expect(places('- Las horas extra se registran en la aplicación de fichaje.')).toEqual([]);
  });

  it('reads a word of a heading in capitals as part of the title', () => {
    expect(places('HOJA DE ALTA VOLUNTARIA\nEl paciente firma la hoja a las 12:00.')).toEqual([]);
    expect(places('PROTOCOLO DE ALTA PRECOZ EN OBSTETRICIA')).toEqual([]);
  });

  it('still finds such a place after a strong cue', () => {
    expect(places('Mi hermana vive en Alta desde hace tres inviernos.')).toEqual(['Alta']);
  });
});
