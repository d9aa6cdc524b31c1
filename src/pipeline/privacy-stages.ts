import { CachingDetector } from '../detect/detection-cache.js';
import { createDetector, warmUp } from '../detect/engine.js';
import type { TextDetector } from '../detect/types.js';
import { blockError } from '../policy/block-error.js';
import { decide } from '../policy/decide.js';
import { createTransformStage } from '../redact/transform-stage.js';
import { DefinitionCache } from './definition-cache.js';
import type { PrivacyStages } from './stages.js';

/**
 * Wires the detection engine, the policy decision and the transforms into the conductor's stages. Built once
 * per gateway: the rule packs load here, and the conversation vault lives as long as the gateway. `detector`
 * replaces the engine (benchmarks measure the gateway's plumbing with one that finds nothing). The engine
 * remembers the findings of the last `cacheEntries` texts (see CachingDetector; 0: off), because every chat
 * turn resends the conversation before it. With `warm`, the engine runs warmUp's built-in texts before the
 * gateway serves (about a second of CPU), so the first users' prompts are not the ones that compile it. The
 * findings of a request's tool definitions are remembered as one set (DefinitionCache).
 */
export function createPrivacyStages(
  rulesDir: string,
  detector?: TextDetector,
  cacheEntries?: number,
  warm = false,
): PrivacyStages {
  const transform = createTransformStage();
  return {
    detector: detector ?? new CachingDetector(engineFor(rulesDir, warm), { maxEntries: cacheEntries }),
    // Off with the detection cache (VEIL_DETECT_CACHE=0): then every request is inspected in full.
    definitions: new DefinitionCache({ maxEntries: cacheEntries === 0 ? 0 : undefined }),
    decide,
    transform: (segments, plan, ctx) => transform(segments, plan, ctx),
    blockError,
  };
}

function engineFor(rulesDir: string, warm: boolean): TextDetector {
  const engine = createDetector({ rulesDir });
  // Warmed beneath the cache, so the built-in texts take no cache entries.
  if (warm) warmUp(engine);
  return engine;
}
