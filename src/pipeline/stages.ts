import type { PolicyConfig } from '../config/schema.js';
import type { TextDetector } from '../detect/types.js';
import type { Plan, SegmentFinding } from '../policy/plan.js';
import type { ResponseFormat, ResponseRestorer } from '../redact/types.js';
import type { DefinitionCache } from './definition-cache.js';
import type { Segment } from './segments.js';

export interface TransformContext {
  team: string;
  requestId: string;
  /** Client-chosen conversation id (x-veil-conversation-id), scoping pseudonyms across turns. */
  conversationId?: string;
  format: ResponseFormat | null;
  surrogates: boolean;
}

export interface TransformResult {
  /** New text per segment, same order as the segments. */
  texts: string[];
  /** Undefined when nothing in the answer can need restoring. */
  restorer?: ResponseRestorer;
}

/** The privacy stages the conductor composes; each is a module of its own, testable without HTTP. */
export interface PrivacyStages {
  detector: TextDetector;
  /** Findings of a request's tool definitions remembered as one set (an agent resends them every turn). */
  definitions?: DefinitionCache;
  /**
   * `images`: how many image parts the request carries (the policy's `images` rule); `definitions`: the indices of
   * the tool_definition segments, where a `local` rule does not apply (see decide).
   */
  decide(policy: PolicyConfig, findings: SegmentFinding[], images?: number, definitions?: ReadonlySet<number>): Plan;
  transform(segments: Segment[], plan: Plan, ctx: TransformContext): TransformResult;
  /** The error a blocked request gets, in the wire format's error shape. */
  blockError(plan: Plan, format: ResponseFormat): { status: number; body: unknown };
}
