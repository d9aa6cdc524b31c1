import { policySchema } from '../../src/config/schema.js';
import type { Label } from '../../src/detect/types.js';
import type { Segment } from '../../src/pipeline/segments.js';
import { decide } from '../../src/policy/decide.js';
import type { Plan, SegmentFinding } from '../../src/policy/plan.js';

/** A policy from a partial YAML-like object, validated and defaulted like a file would be. */
export function policy(fields: Record<string, unknown> = {}) {
  return policySchema.parse({
    team: 'default',
    actions: { PERSON: 'pseudonymize', EMAIL: 'pseudonymize', CREDIT_CARD: 'pseudonymize', SECRET: 'block' },
    ...fields,
  });
}

export function messages(...texts: string[]): Segment[] {
  return texts.map((text, i) => ({ path: ['messages', i, 'content'], kind: 'message', role: 'user', text }));
}

/** A finding over the first occurrence (from `from`) of `value` in segment `segment`. */
export function find(
  segments: readonly Segment[],
  segment: number,
  value: string,
  label: Label,
  { from = 0, ...extra }: Partial<SegmentFinding> & { from?: number } = {},
): SegmentFinding {
  const text = (segments[segment] as Segment).text;
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`test setup: "${value}" is not in segment ${segment}`);
  return { segment, start, end: start + value.length, label, type: label, score: 0.9, detector: 'test', ...extra };
}

export function planFor(segments: readonly Segment[], findings: SegmentFinding[], fields = {}): Plan {
  void segments;
  return decide(policy(fields), findings);
}
