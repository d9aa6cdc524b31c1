import type { Finding, Label } from '../detect/types.js';

export const ACTIONS = ['allow', 'mask', 'pseudonymize', 'block', 'local'] as const;
export type Action = (typeof ACTIONS)[number];

export type Route = 'cloud' | 'local' | 'blocked';
export type Mode = 'enforce' | 'monitor';

/** A finding located in one segment of the request. */
export interface SegmentFinding extends Finding {
  segment: number;
}

export interface PlannedFinding {
  finding: SegmentFinding;
  action: Action;
}

/**
 * What the policy decided for one request: one route and an action per finding. Pure data, so the
 * transform step and the audit record read the same decision.
 */
export interface Plan {
  route: Route;
  mode: Mode;
  policy: string;
  /** Why the route was chosen, in words safe to show (labels, never values). */
  reason: string;
  items: PlannedFinding[];
  /** Labels that caused a block or a local route. */
  decisive: Label[];
  /**
   * Image parts in the request (counted by the parser, never read) and what the policy's `images` rule does with
   * them; absent when the request carries none.
   */
  images?: { count: number; action: ImageAction; decisive: boolean };
}

export const IMAGE_ACTIONS = ['allow', 'block', 'local'] as const;
export type ImageAction = (typeof IMAGE_ACTIONS)[number];

/** `images (IMAGE ×2)`: how messages and reasons name image parts. */
export function imageWords(count: number): string {
  return `images (IMAGE ×${count})`;
}
