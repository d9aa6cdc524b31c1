import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('US driver licences named by their state', () => {
  it('finds a licence after a state code and "license", "DL" or "DL#"', () => {
    expect(spansOf(detector, 'MVR: VA license T12-34-5678, one speeding ticket (2023)', ['NATIONAL_ID'])).toEqual([
      'T12-34-5678',
    ]);
    expect(spansOf(detector, 'Renter: Omar Farouki, TX DL# 04815162, exp 2029', ['NATIONAL_ID'])).toEqual(['04815162']);
    expect(spansOf(detector, 'Verificamos la identidad: DL# B7720431 (CA), vence en 2028', ['NATIONAL_ID'])).toEqual([
      'B7720431',
    ]);
  });

  it('leaves a plate, a software licence period and an order number alone', () => {
    expect(spansOf(detector, 'The VA license plate 4417-220 was towed from the lot', ['NATIONAL_ID'])).toEqual([]);
    expect(spansOf(detector, 'The CA license 2019-2024 covers the desktop software', ['NATIONAL_ID'])).toEqual([]);
    expect(spansOf(detector, 'Order 77120431 shipped to the NY store', ['NATIONAL_ID'])).toEqual([]);
  });
});
