import type { PolicyConfig } from '../config/schema.js';
import type { Target } from '../providers/types.js';

/** Resolves a team's targets by name: cloud upstreams per wire format, and its local target. */
export class TargetRegistry {
  constructor(private readonly byName: ReadonlyMap<string, Target>) {}

  cloud(policy: PolicyConfig, wire: 'openai' | 'anthropic'): Target | undefined {
    const name = policy.upstreams[wire];
    return name ? this.byName.get(name) : undefined;
  }

  /** The team's local target, or another local target named explicitly (a model_map value). */
  local(policy: PolicyConfig, name?: string): Target | undefined {
    const named = name ? this.byName.get(name) : undefined;
    if (named?.kind === 'local') return named;
    const target = policy.local.target ? this.byName.get(policy.local.target) : undefined;
    return target?.kind === 'local' ? target : undefined;
  }

  all(): Target[] {
    return [...new Set(this.byName.values())];
  }
}
