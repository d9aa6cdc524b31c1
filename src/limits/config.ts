import { z } from 'zod';
import type { RateLimits } from './limiter.js';
import type { ShapeLimits } from './shape.js';

const count = z.number().int().min(0);
const scope = z
  .object({ concurrent: count.default(0), requests_per_minute: count.default(0), tokens_per_minute: count.default(0) })
  .strict();

/**
 * The `limits:` block of a team policy (0: unlimited). Proposed for policySchema as
 * `limits: limitsSchema.optional()`; a team without one gets the gateway defaults from VEIL_LIMIT_*.
 */
export const limitsSchema = z
  .object({
    per_key: scope.optional(),
    per_team: scope.optional(),
    max_messages: count.optional(),
    max_text_chars: count.optional(),
  })
  .strict();

export type LimitsBlock = z.infer<typeof limitsSchema>;

export interface GatewayLimits {
  key: RateLimits;
  team: RateLimits;
  shape: ShapeLimits;
  /** Keys and teams tracked at most by the limiter. */
  maxTracked: number;
}

const ENV: Record<string, string> = {
  VEIL_LIMIT_KEY_CONCURRENT: 'key.concurrent',
  VEIL_LIMIT_KEY_RPM: 'key.requestsPerMinute',
  VEIL_LIMIT_KEY_TPM: 'key.tokensPerMinute',
  VEIL_LIMIT_TEAM_CONCURRENT: 'team.concurrent',
  VEIL_LIMIT_TEAM_RPM: 'team.requestsPerMinute',
  VEIL_LIMIT_TEAM_TPM: 'team.tokensPerMinute',
  VEIL_LIMIT_MAX_MESSAGES: 'shape.maxMessages',
  VEIL_LIMIT_MAX_TEXT_CHARS: 'shape.maxTextChars',
  VEIL_LIMIT_TRACKED_KEYS: 'maxTracked',
};

export const DEFAULT_LIMITS: GatewayLimits = {
  key: {},
  team: {},
  shape: { maxMessages: 2048, maxTextChars: 0 },
  maxTracked: 10_000,
};

/** Gateway-wide limits from VEIL_LIMIT_* (whole numbers, 0: unlimited); throws naming a malformed variable. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): GatewayLimits {
  const out: GatewayLimits = structuredClone(DEFAULT_LIMITS);
  for (const [name, target] of Object.entries(ENV)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`${name} must be a whole number >= 0 (0: unlimited), got "${raw}"`);
    const [group, field] = target.split('.') as [string, string | undefined];
    if (field === undefined) (out as unknown as Record<string, number>)[group] = Math.max(1, n);
    else (out as unknown as Record<string, Record<string, number>>)[group]![field] = n;
  }
  return out;
}

/** A team's limits: its policy's `limits:` block where it sets a value, the gateway defaults elsewhere. */
export function teamLimits(
  defaults: GatewayLimits,
  block: LimitsBlock | undefined,
): { key: RateLimits; team: RateLimits; shape: ShapeLimits } {
  const fromBlock = (s: z.infer<typeof scope> | undefined, d: RateLimits): RateLimits =>
    s
      ? { concurrent: s.concurrent, requestsPerMinute: s.requests_per_minute, tokensPerMinute: s.tokens_per_minute }
      : d;
  return {
    key: fromBlock(block?.per_key, defaults.key),
    team: fromBlock(block?.per_team, defaults.team),
    shape: {
      maxMessages: block?.max_messages ?? defaults.shape.maxMessages,
      maxTextChars: block?.max_text_chars ?? defaults.shape.maxTextChars,
    },
  };
}
