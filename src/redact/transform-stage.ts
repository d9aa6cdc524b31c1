import type { Segment } from '../pipeline/segments.js';
import type { Plan } from '../policy/plan.js';
import { applyPlan, type TransformContext, type TransformResult } from './apply-plan.js';
import { ConversationVault, type VaultOptions } from './vault.js';

/**
 * The transform stage for the conductor: applyPlan bound to one conversation vault that lives as long as
 * the gateway. Built by the gateway at start (not a module singleton), so tests and parallel gateways in
 * one process never share pseudonyms.
 */
export function createTransformStage(
  options: VaultOptions = {},
): (segments: Segment[], plan: Plan, ctx: Omit<TransformContext, 'vault'>) => TransformResult {
  const vault = new ConversationVault(options);
  return (segments, plan, ctx) => applyPlan(segments, plan, { ...ctx, vault });
}
