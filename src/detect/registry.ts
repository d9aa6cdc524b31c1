import { CasualNameDetector } from './casual-names/casual-name-detector.js';
import { MedicalDetector } from './medical/medical-detector.js';
import { NlpDetector } from './nlp/nlp-detector.js';
import { RecoveryPhraseDetector } from './secrets/recovery-phrase.js';
import { SecretColumnDetector } from './secrets/secret-columns.js';
import { PersonRowDateDetector } from './table/person-rows.js';
import type { TextDetector } from './types.js';

/** A detector the engine composes next to its rule packs; `id` ends up in Finding.detector when it sets none. */
export interface NamedDetector extends TextDetector {
  readonly id: string;
}

/** What a detector factory may use at construction: the rules directory its vocabularies live under. */
export interface DetectorContext {
  rulesDir: string;
}

export type DetectorFactory = (ctx: DetectorContext) => NamedDetector;

/**
 * Non-pattern detectors (NLP names/places/organisations, names typed in lower case, medical vocabularies) the engine runs after the rule
 * packs. Each factory runs once when the engine is built, so loading word lists here is paid once per process.
 * Add an entry per detector; order does not matter because overlaps are resolved after all have run.
 */
export const extraDetectors: DetectorFactory[] = [
  (ctx) => new NlpDetector({ rulesDir: ctx.rulesDir }),
  (ctx) => new MedicalDetector({ rulesDir: ctx.rulesDir }),
  (ctx) => new CasualNameDetector({ rulesDir: ctx.rulesDir }),
  () => new SecretColumnDetector(),
  () => new RecoveryPhraseDetector(),
  () => new PersonRowDateDetector(),
];
