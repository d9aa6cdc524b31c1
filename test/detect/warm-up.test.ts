import { describe, expect, it } from 'vitest';
import { warmUp } from '../../src/detect/engine.js';
import type { Finding, TextDetector } from '../../src/detect/types.js';

describe('warmUp', () => {
  it('runs the detector over varied texts, each round slightly different', () => {
    const seen: string[] = [];
    const detector: TextDetector = {
      detect(text: string): Finding[] {
        seen.push(text);
        return [];
      },
    };
    const ran = warmUp(detector, 2);
    expect(ran).toBe(seen.length);
    expect(ran).toBeGreaterThan(40);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.some((t) => t.length > 1000)).toBe(true);
    expect(seen.some((t) => /[\uff10-\uff19]/.test(t))).toBe(true);
  });

  it('leaves a detector that throws to fail the start, as a request would', () => {
    const broken: TextDetector = {
      detect(): Finding[] {
        throw new Error('broken');
      },
    };
    expect(() => warmUp(broken, 1)).toThrow('broken');
  });
});
