import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('a birth year on its form label', () => {
  it('finds the year after año nac., año de nacimiento, year of birth and YOB', () => {
    expect(spansOf(detector, 'Receta: paciente mujer. Año nac.: 1961   Centro: C.S. Norte', ['DATE'])).toEqual([
      '1961',
    ]);
    expect(spansOf(detector, 'Solicitante con año de nacimiento 1983, vive sola con dos gatos', ['DATE'])).toEqual([
      '1983',
    ]);
    expect(spansOf(detector, 'Candidate form - Year of birth: 1979 - Nationality: Irish', ['DATE'])).toEqual(['1979']);
    expect(spansOf(detector, 'Runner entry: YOB 1990, category M30', ['DATE'])).toEqual(['1990']);
  });

  it('leaves a public figure, a cohort range and a founding year alone', () => {
    expect(spansOf(detector, 'Año de nacimiento de Goya: 1746, en Fuendetodos', ['DATE'])).toEqual([]);
    expect(spansOf(detector, 'The survey groups respondents by birth year cohorts 1980-1990', ['DATE'])).toEqual([]);
    expect(spansOf(detector, 'La empresa, año de fundación 1961, cotiza en bolsa', ['DATE'])).toEqual([]);
  });
});
