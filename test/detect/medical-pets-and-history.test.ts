import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Made-up reminders, chats and class notes; no line is taken from an evaluation set.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: a pet’s health and a historical figure’s are no person’s data', () => {
  it('drops the conditions and drugs of an animal in a vet’s text', () => {
    expect(
      kept('Vet reminder. Patient: Rolo (Beagle, 7y). Due: recheck for diabetes mellitus, insulin 2 IU BID.'),
    ).toEqual([]);
    expect(kept('Mi perro tiene epilepsia y el veterinario le dio fenobarbital.')).toEqual([]);
  });

  it('keeps what a person near the pet has', () => {
    expect(kept('My cat is at the vet today and I have bronchitis, so I will log in late.')).toEqual(['bronchitis']);
    // Without a vet, an animal word is no sign of a pet's record.
    expect(kept('The patient was bitten by a dog; tetanus booster given.')).toEqual(['tetanus']);
  });

  it('reads what a historical figure had as a history lesson', () => {
    expect(kept('Ficha: Frida Kahlo tuvo poliomielitis de niña.')).toEqual([]);
    expect(kept('Like Stephen Hawking, my uncle has motor neurone disease.')).toEqual(['motor neurone disease']);
  });
});
