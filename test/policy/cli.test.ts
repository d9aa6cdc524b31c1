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

describe('veil policy explain: tool definitions', () => {
  const policy = loadConfig(REPO_RULES, {}).policies.get('default');
  if (!policy) throw new Error('default policy missing');
  const prompt = 'Refers patients with asthma to pulmonology';
  const findings: SegmentFinding[] = [
    { segment: 0, start: 24, end: 30, label: 'MEDICAL', type: 'CONDITION', score: 0.9, detector: 'medical' },
  ];

  it('--tool-definition marks a finding a local rule would keep and says the rule does not apply', () => {
    const text = explainPlan(decide(policy, findings, 0, new Set([0])), policy, prompt, 1, undefined, true).join('\n');
    expect(text).toContain('Read as: a tool or schema definition');
    expect(text).toContain('Route:  cloud');
    expect(text).toMatch(/MEDICAL .*→ allow .*\(local rule: not applied to a definition\)/);
    expect(text).toContain('1 finding(s) above are allowed and recorded');
    expect(text).not.toContain('asthma');
  });

  it('a message kept local names the exemption for definitions; nothing to say when no rule is local', () => {
    const local = explainPlan(decide(policy, findings), policy, prompt, 1).join('\n');
    expect(local).toContain('Route:  local');
    expect(local).toContain("a 'local' rule does not apply to definitions (1 finding(s) here)");
    const email: SegmentFinding[] = [
      { segment: 0, start: 0, end: 5, label: 'EMAIL', type: 'EMAIL', score: 0.95, detector: 'email' },
    ];
    const plain = explainPlan(decide(policy, email), policy, 'x@y.z', 1).join('\n');
    expect(plain).not.toContain('definition');
  });

  it('accepts --tool-definition and rejects a value for it', async () => {
    const io = capture();
    await expect(run(['explain', '--team', 'default', '--tool-definition=yes', '--rules', REPO_RULES])).rejects.toThrow(
      /usage/,
    );
    expect(io.err()).toBe('');
  });
});
