import { afterEach, describe, expect, it, vi } from 'vitest';
import { explainPlan, run } from '../../src/cli/policy.js';
import { loadConfig } from '../../src/config/load.js';
import { decide } from '../../src/policy/decide.js';
import type { SegmentFinding } from '../../src/policy/plan.js';
import { REPO_RULES, rulesWith } from '../support/rules.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('veil policy check', () => {
  it('validates every file and prints each team in words', async () => {
    const io = capture();
    expect(await run(['check', '--rules', REPO_RULES])).toBe(0);
    expect(io.out()).toMatch(/policies valid/);
    expect(io.out()).toContain('== default');
    expect(io.out()).toContain('== engineering');
  });

  it('names the file and the field of an invalid policy and exits 1', async () => {
    const dir = rulesWith({ 'policies/broken.yaml': 'team: broken\nactions:\n  EMAIL: shred\n' });
    const io = capture();
    expect(await run(['check', '--rules', dir])).toBe(1);
    expect(io.err()).toContain('broken.yaml');
    expect(io.err()).toContain('actions.EMAIL');
  });
});

describe('veil policy explain', () => {
  const policy = loadConfig(REPO_RULES, {}).policies.get('default');
  if (!policy) throw new Error('default policy missing');
  const prompt = 'key AKIAIOSFODNN7EXAMPLE for bob@corp.example';
  const findings: SegmentFinding[] = [
    { segment: 0, start: 4, end: 24, label: 'SECRET', type: 'AWS_ACCESS_KEY', score: 0.95, detector: 'aws' },
    { segment: 0, start: 29, end: 45, label: 'EMAIL', type: 'EMAIL', score: 0.2, detector: 'email' },
  ];

  it('says what would happen and why without printing any value', () => {
    const text = explainPlan(decide(policy, findings), policy, prompt, findings.length).join('\n');
    expect(text).toContain('Route:  blocked');
    expect(text).toContain('SECRET');
    expect(text).toContain('1 more below the minimum score');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).not.toContain('bob@corp.example');
  });

  it('rejects a missing --team with a usage message', async () => {
    const io = capture();
    expect(await run(['explain', '--rules', REPO_RULES])).toBe(2);
    expect(io.err()).toContain('--team is required');
  });
});
