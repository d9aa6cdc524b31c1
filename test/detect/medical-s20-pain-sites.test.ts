import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { allSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

const kept = (text: string) => allSpansOf(detector, text, 0.5);

describe('MedicalDetector: a pain and where it is', () => {
  it('reads a site that opens with a side word after the determiners', () => {
    expect(kept('Since Easter I have had pain in my upper back most evenings.')).toContain('pain in my upper back');
    expect(kept('He has had swelling in both calves since the flight.').join(' | ')).toContain(
      'swelling in both calves',
    );
  });

  it('reads a Spanish pain with its site after "de"', () => {
    expect(kept('Desde el jueves tengo dolor de garganta y no me baja.')).toContain('dolor de garganta');
    expect(kept('Mi madre tiene molestias de estómago cada mañana.').join(' | ')).toContain('molestias de estómago');
  });

  it('leaves the other wound words with "de", idioms and pains of no body part alone', () => {
    expect(kept('Me hice un corte de pelo nuevo y un golpe de mano con las cartas.')).toEqual([]);
    expect(kept('Honestly my landlord is a pain in the neck about the deposit.')).toEqual([]);
    expect(kept('Tengo dolor de corazón por la mudanza de mi hermana a Lima.').join(' | ')).not.toContain('dolor de');
    expect(kept('Sentí el dolor de la derrota cuando perdimos la final.')).toEqual([]);
  });
});
