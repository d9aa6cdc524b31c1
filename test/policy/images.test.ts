import { describe, expect, it } from 'vitest';
import { explainPlan } from '../../src/cli/policy.js';
import { loadConfig } from '../../src/config/load.js';
import { policySchema } from '../../src/config/schema.js';
import type { Label } from '../../src/detect/types.js';
import { AuditDraft } from '../../src/pipeline/audit-draft.js';
import { blockError } from '../../src/policy/block-error.js';
import { decide } from '../../src/policy/decide.js';
import { describePolicy } from '../../src/policy/describe.js';
import type { SegmentFinding } from '../../src/policy/plan.js';
import { anthropicMessages } from '../../src/providers/anthropic/parse.js';
import { openaiChat } from '../../src/providers/openai/parse.js';
import { openaiResponses } from '../../src/providers/openai-responses/parse.js';
import { policy } from '../redact/helpers.js';
import { REPO_RULES } from '../support/rules.js';

function finding(label: Label, type: string = label): SegmentFinding {
  return { segment: 0, start: 0, end: 4, label, type, score: 0.9, detector: 'test' };
}

describe('images: the policy field', () => {
  it('defaults to allow, so files written before it keep forwarding images', () => {
    expect(policy().images).toBe('allow');
    expect(policySchema.parse({ team: 'x', images: 'block' }).images).toBe('block');
    expect(policySchema.parse({ team: 'x', images: 'local' }).images).toBe('local');
  });

  it('refuses a value that is not allow, block or local at start', () => {
    for (const bad of ['deny', 'mask', true, 3]) {
      expect(policySchema.safeParse({ team: 'x', images: bad }).success).toBe(false);
    }
  });

  it('the shipped files state it and keep today’s behaviour', () => {
    const config = loadConfig(REPO_RULES, {});
    for (const p of config.policies.values()) expect(p.images).toBe('allow');
  });

  it('describes each value in words for policy check', () => {
    const words = (images: 'allow' | 'block' | 'local') =>
      describePolicy(policy({ images })).find((l) => l.startsWith('Images'));
    expect(words('allow')).toContain('sent to the cloud uninspected');
    expect(words('block')).toContain('blocked (403)');
    expect(words('local')).toContain('local model, never sent to the cloud');
  });
});

describe('images: decide', () => {
  it('allow: the cloud, with the count kept and the reason saying they went uninspected', () => {
    const plan = decide(policy(), [finding('PERSON')], 2);
    expect(plan.route).toBe('cloud');
    expect(plan.images).toEqual({ count: 2, action: 'allow', decisive: false });
    expect(plan.reason).toContain('2 image part(s) forwarded uninspected');
  });

  it('no image: no images entry and the reason of before, whatever the rule', () => {
    for (const images of ['allow', 'block', 'local'] as const) {
      const plan = decide(policy({ images }), [finding('PERSON')], 0);
      expect(plan.route).toBe('cloud');
      expect(plan.images).toBeUndefined();
      expect(plan.reason).toBe('cloud: policy "default" pseudonymized 1 PERSON');
    }
  });

  it('block: blocked even with no finding, naming images; a blocking label is named too', () => {
    const p = policy({ images: 'block' });
    const alone = decide(p, [], 1);
    expect(alone.route).toBe('blocked');
    expect(alone.decisive).toEqual([]);
    expect(alone.images).toEqual({ count: 1, action: 'block', decisive: true });
    expect(alone.reason).toBe('blocked: policy "default" does not let images (IMAGE ×1) leave the company');
    const both = decide(p, [finding('SECRET', 'AWS_ACCESS_KEY')], 3);
    expect(both.route).toBe('blocked');
    expect(both.decisive).toEqual(['SECRET']);
    expect(both.reason).toContain('SECRET');
    expect(both.reason).toContain('images (IMAGE ×3)');
  });

  it('local: the whole request local; a blocked label still wins over it', () => {
    const p = policy({ images: 'local' });
    const plan = decide(p, [finding('PERSON')], 2);
    expect(plan.route).toBe('local');
    expect(plan.reason).toBe('local: policy "default" keeps images (IMAGE ×2) on the local model');
    const blocked = decide(p, [finding('SECRET')], 2);
    expect(blocked.route).toBe('blocked');
    expect(blocked.images?.decisive).toBe(false);
    expect(blocked.reason).not.toContain('IMAGE');
  });

  it('block over a local label: images decide the block, the local label does not', () => {
    const plan = decide(policy({ images: 'block', actions: { MEDICAL: 'local' } }), [finding('MEDICAL')], 1);
    expect(plan.route).toBe('blocked');
    expect(plan.decisive).toEqual([]);
    expect(plan.images?.decisive).toBe(true);
  });

  it('monitor mode forwards and says what enforce would have done', () => {
    const plan = decide(policy({ images: 'block', mode: 'monitor' }), [], 1);
    expect(plan.route).toBe('cloud');
    expect(plan.reason).toMatch(/^monitor mode, forwarded unchanged; enforce would have been blocked: .*images/);
  });
});

describe('images: block error, audit draft, explain', () => {
  it('the 403 names images and the policy, in both error shapes, and no other kind', () => {
    const plan = decide(policy({ images: 'block', team: 'finance' }), [finding('PERSON')], 2);
    const openai = blockError(plan).body as { error: { message: string; code: string } };
    expect(blockError(plan).status).toBe(403);
    expect(openai.error.code).toBe('sensitive_data_blocked');
    expect(openai.error.message).toContain('images (IMAGE ×2)');
    expect(openai.error.message).toContain('policy "finance"');
    expect(openai.error.message).not.toContain('PERSON');
    const anthropic = blockError(plan, 'anthropic-messages').body as { error: { type: string; message: string } };
    expect(anthropic.error.type).toBe('permission_error');
    expect(anthropic.error.message).toContain('images');
  });

  it('the audit record counts the image parts with the rule’s action next to the findings', () => {
    const draft = new AuditDraft({ requestId: 'r', time: 't', endpoint: 'chat', clientIp: null });
    draft.plan(decide(policy({ images: 'local' }), [finding('EMAIL')], 3));
    expect(draft.event.findings).toContainEqual({
      label: 'IMAGE',
      type: 'IMAGE',
      count: 3,
      detectors: ['parser'],
      action: 'local',
    });
    expect(draft.event.findings.map((f) => f.label)).toEqual(['EMAIL', 'IMAGE']);
    const none = new AuditDraft({ requestId: 'r', time: 't', endpoint: 'chat', clientIp: null });
    none.plan(decide(policy(), [], 1));
    expect(none.event.findings).toEqual([
      { label: 'IMAGE', type: 'IMAGE', count: 1, detectors: ['parser'], action: 'allow' },
    ]);
  });

  it('policy explain prints the image count, its action and the rule', () => {
    const p = policy({ images: 'block' });
    const out = explainPlan(decide(p, [], 2), p, 'see the attached scans', 0).join('\n');
    expect(out).toContain('Route:  blocked');
    expect(out).toMatch(/IMAGE +2 image part\(s\), not inspected +→ block/);
    expect(out).toContain('a request carrying any is blocked');
  });
});

describe('images: the parsers count image parts and read none', () => {
  const url = 'https://img.example.test/a.png';
  const data = 'data:image/png;base64,iVBORw0KGgo=';

  it('chat image_url parts, in any message', () => {
    const parsed = openaiChat.parse({
      model: 'm',
      messages: [
        { role: 'system', content: 'be brief' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'what is this' },
            { type: 'image_url', image_url: { url } },
            { type: 'image_url', image_url: { url: data } },
          ],
        },
        { role: 'user', content: [{ type: 'image_url', image_url: { url } }] },
      ],
    });
    expect(parsed.images).toBe(3);
    expect(parsed.segments.some((s) => s.text.includes('base64') || s.text.includes('img.example'))).toBe(false);
    expect(openaiChat.parse({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }).images).toBe(0);
  });

  it('Responses input_image parts, also inside a function call output, counted afresh per request', () => {
    const body = {
      model: 'm',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'x' },
            { type: 'input_image', image_url: data },
          ],
        },
        { type: 'function_call_output', call_id: 'c', output: [{ type: 'input_image', image_url: url }] },
      ],
    };
    expect(openaiResponses.parse(body).images).toBe(2);
    expect(openaiResponses.parse(body).images).toBe(2);
    expect(openaiResponses.parse({ model: 'm', input: 'plain' }).images).toBe(0);
  });

  it('Anthropic image blocks, also inside a tool result', () => {
    const image = { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } };
    const parsed = anthropicMessages.parse({
      model: 'm',
      max_tokens: 10,
      messages: [
        { role: 'user', content: [image, { type: 'text', text: 'read it' }] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't', name: 'shot', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [image] }] },
      ],
    });
    expect(parsed.images).toBe(2);
  });
});
