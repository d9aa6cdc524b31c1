import { createDetector } from '../detect/engine.js';
import { blockError } from '../policy/block-error.js';
import { decide } from '../policy/decide.js';
import { createTransformStage } from '../redact/transform-stage.js';
import type { PrivacyStages } from './stages.js';

/**
 * Wires the detection engine, the policy decision and the transforms into the conductor's stages. Built once
 * per gateway: the rule packs load here, and the conversation vault lives as long as the gateway.
 */
export function createPrivacyStages(rulesDir: string): PrivacyStages {
  const transform = createTransformStage();
  return {
    detector: createDetector({ rulesDir }),
    decide,
    transform: (segments, plan, ctx) => transform(segments, plan, ctx),
    blockError,
  };
}
