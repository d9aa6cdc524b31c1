import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { allSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

const kept = (text: string) => allSpansOf(detector, text, 0.5);

describe('MedicalDetector: Spanish heads that name a worsening', () => {
  it('takes them with a relational adjective', () => {
    expect(kept('Acude por descompensación cardiaca tras abandonar la furosemida.')).toContain(
      'descompensación cardiaca',
    );
    expect(kept('Ingresa por la segunda reagudización respiratoria este invierno.')).toEqual([
      'reagudización respiratoria',
    ]);
  });

  it('does not take them alone or with "de" and any noun', () => {
    expect(kept('La descompensación del equipo tras la fusión fue evidente.')).toEqual([]);
    expect(kept('Hubo una exacerbación de las tensiones en la reunión.')).toEqual([]);
  });
});
