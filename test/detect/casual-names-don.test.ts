import { describe, expect, it } from 'vitest';
import { CasualNameDetector } from '../../src/detect/casual-names/casual-name-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new CasualNameDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('CasualNameDetector: "don" before a compound given name typed in lower case', () => {
  it('takes the one or two given names after "don" in a Latin American collections chat', () => {
    expect(people('buenos días don wilmer andrés, le escribimos por la obligación')).toEqual(['don wilmer andrés']);
    expect(people('buenas tardes don yeison arley, le recordamos el pago')).toEqual(['don yeison arley']);
    expect(people('perfecto don yeison, quedamos así')).toEqual(['don yeison']);
  });

  it('leaves the English "don" of a dropped apostrophe alone', () => {
    expect(people('i don know what to do with this, don worry')).toEqual([]);
    expect(people('the don of the family')).toEqual([]);
  });
});
