import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Label } from '../../src/detect/types.js';
import { blockError } from '../../src/policy/block-error.js';
import { decide } from '../../src/policy/decide.js';
import { describePolicy } from '../../src/policy/describe.js';
import type { SegmentFinding } from '../../src/policy/plan.js';
import { policy } from '../redact/helpers.js';
import { REPO_RULES } from '../support/rules.js';

function finding(label: Label, type: string = label, score = 0.9): SegmentFinding {
  return { segment: 0, start: 0, end: 4, label, type, score, detector: 'test' };
}

describe('decide', () => {
  it('routes to the cloud with actions per label, allowing labels without a rule', () => {
    const plan = decide(policy(), [finding('PERSON'), finding('EMAIL'), finding('LOCATION')]);
    expect(plan.route).toBe('cloud');
    expect(plan.items.map((i) => i.action)).toEqual(['pseudonymize', 'pseudonymize', 'allow']);
    expect(plan.reason).toBe('cloud: policy "default" pseudonymized 1 PERSON, 1 EMAIL');
    expect(plan.decisive).toEqual([]);
  });

  it('blocks over local, local over cloud, naming the decisive labels', () => {
    const p = policy({ actions: { SECRET: 'block', MEDICAL: 'local', PERSON: 'pseudonymize' } });
    const blocked = decide(p, [finding('MEDICAL'), finding('SECRET', 'AWS_ACCESS_KEY'), finding('PERSON')]);
    expect(blocked.route).toBe('blocked');
    expect(blocked.decisive).toEqual(['SECRET']);
    expect(blocked.reason).toContain('SECRET');
    const local = decide(p, [finding('PERSON'), finding('MEDICAL')]);
    expect(local.route).toBe('local');
    expect(local.decisive).toEqual(['MEDICAL']);
  });

  it('lets a fine-type rule win over its label, with its own minimum score', () => {
    const p = policy({
      actions: { SECRET: 'pseudonymize' },
      types: { PRIVATE_KEY: { action: 'block', min_score: 0.2 } },
      min_score: 0.5,
    });
    expect(decide(p, [finding('SECRET', 'GENERIC_TOKEN')]).route).toBe('cloud');
    expect(decide(p, [finding('SECRET', 'PRIVATE_KEY', 0.3)]).route).toBe('blocked');
    // Below the policy's min_score and without a rule of its own, a finding is not acted on at all.
    expect(decide(p, [finding('SECRET', 'GENERIC_TOKEN', 0.3)]).items).toEqual([]);
  });

  it('fails closed on a finding whose score is not a number', () => {
    expect(decide(policy(), [finding('SECRET', 'AWS_ACCESS_KEY', Number.NaN)]).route).toBe('blocked');
  });

  it('monitor mode routes to the cloud but records what enforce would do', () => {
    const plan = decide(policy({ mode: 'monitor' }), [finding('SECRET')]);
    expect(plan.route).toBe('cloud');
    expect(plan.mode).toBe('monitor');
    expect(plan.items[0]?.action).toBe('block');
    expect(plan.reason).toMatch(/^monitor mode, forwarded unchanged; enforce would have been blocked/);
  });
});

describe('blockError', () => {
  const plan = decide(policy(), [finding('SECRET', 'AWS_ACCESS_KEY'), finding('SECRET')]);

  it('is a 403 in OpenAI shape naming the kind of data and the policy, with advice', () => {
    const err = blockError(plan);
    expect(err.status).toBe(403);
    const body = err.body as { error: { message: string; type: string; code: string } };
    expect(body.error.code).toBe('sensitive_data_blocked');
    expect(body.error.message).toContain('secrets (keys, tokens, passwords) (SECRET) ×2');
    expect(body.error.message).toContain('policy "default"');
    expect(body.error.message).toContain('rotate it');
  });

  it('uses the Anthropic error shape for /v1/messages', () => {
    const body = blockError(plan, 'anthropic-messages').body as { type: string; error: { type: string } };
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('permission_error');
  });
});

describe('shipped policies', () => {
  const config = loadConfig(REPO_RULES, {});

  it('the default keeps secrets and cards out of the cloud in clear and medical content local', () => {
    const p = config.policies.get('default');
    if (!p) throw new Error('default policy missing');
    expect(decide(p, [finding('SECRET', 'AWS_ACCESS_KEY')]).route).toBe('blocked');
    expect(decide(p, [finding('SECRET', 'PRIVATE_KEY')]).route).toBe('blocked');
    expect(decide(p, [finding('MEDICAL', 'ICD10')]).route).toBe('local');
    const card = decide(p, [finding('CREDIT_CARD', 'VISA'), finding('PERSON')]);
    expect(card.route).toBe('cloud');
    expect(card.items.map((i) => i.action)).toEqual(['pseudonymize', 'pseudonymize']);
    expect(p.local.allow_cloud).toBe(false);
  });

  it('every shipped policy describes itself in plain words', () => {
    for (const p of config.policies.values()) {
      const lines = describePolicy(p);
      expect(lines[0]).toContain(`Team "${p.team}"`);
      expect(lines.some((l) => l.startsWith('Blocked') || l.startsWith('Answered by the local model'))).toBe(true);
    }
  });

  it('the example team file differs from the default', () => {
    const teams = [...config.policies.keys()];
    expect(teams.length).toBeGreaterThan(1);
    const other = config.policies.get('engineering');
    expect(other).toBeDefined();
    expect(describePolicy(other as NonNullable<typeof other>)).not.toEqual(
      describePolicy(config.policies.get('default') as NonNullable<typeof other>),
    );
  });
});
