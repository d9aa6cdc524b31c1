import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/detect/types.js';
import { decide } from '../../src/policy/decide.js';
import type { SegmentFinding } from '../../src/policy/plan.js';
import { policy } from '../redact/helpers.js';

function finding(label: Label, segment: number, type: string = label): SegmentFinding {
  return { segment, start: 0, end: 4, label, type, score: 0.9, detector: 'test' };
}

/** Segment 1 holds a tool definition; segments 0 and 2 are messages. */
const DEFINITIONS = new Set([1]);
const p = () => policy({ actions: { SECRET: 'block', MEDICAL: 'local', EMAIL: 'pseudonymize', PERSON: 'local' } });

describe('decide: findings in tool definitions', () => {
  it('a local rule does not apply to a definition: the request stays on the cloud and the finding is allowed', () => {
    const plan = decide(p(), [finding('MEDICAL', 1, 'CONDITION')], 0, DEFINITIONS);
    expect(plan.route).toBe('cloud');
    expect(plan.items.map((i) => i.action)).toEqual(['allow']);
    expect(plan.decisive).toEqual([]);
    expect(plan.reason).toContain('1 finding(s) in tool definitions not kept local');
  });

  it('the same finding in a message still keeps the whole request local', () => {
    const plan = decide(p(), [finding('MEDICAL', 1), finding('MEDICAL', 2)], 0, DEFINITIONS);
    expect(plan.route).toBe('local');
    expect(plan.decisive).toEqual(['MEDICAL']);
    expect(plan.items.map((i) => i.action)).toEqual(['allow', 'local']);
    expect(decide(p(), [finding('MEDICAL', 1)]).route).toBe('local');
  });

  it('block and pseudonymize apply to a definition as to any text', () => {
    const blocked = decide(p(), [finding('SECRET', 1, 'GITHUB_TOKEN'), finding('MEDICAL', 1)], 0, DEFINITIONS);
    expect(blocked.route).toBe('blocked');
    expect(blocked.decisive).toEqual(['SECRET']);
    const pseudo = decide(p(), [finding('EMAIL', 1), finding('MEDICAL', 1)], 0, DEFINITIONS);
    expect(pseudo.route).toBe('cloud');
    expect(pseudo.items.map((i) => i.action)).toEqual(['pseudonymize', 'allow']);
    expect(pseudo.reason).toContain('pseudonymized 1 EMAIL');
  });

  it('holds for any label a team keeps local, and in monitor mode the record says what enforce would do', () => {
    const plan = decide(p(), [finding('PERSON', 1)], 0, DEFINITIONS);
    expect(plan.route).toBe('cloud');
    const monitor = decide(
      policy({ mode: 'monitor', actions: { MEDICAL: 'local' } }),
      [finding('MEDICAL', 1)],
      0,
      DEFINITIONS,
    );
    expect(monitor.reason).toContain('enforce would have been cloud');
  });

  it('the images rule is unchanged by it', () => {
    const plan = decide(
      policy({ images: 'local', actions: { MEDICAL: 'local' } }),
      [finding('MEDICAL', 1)],
      1,
      DEFINITIONS,
    );
    expect(plan.route).toBe('local');
    expect(plan.decisive).toEqual([]);
    expect(plan.images?.decisive).toBe(true);
  });
});
