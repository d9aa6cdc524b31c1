import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { PolicyConfig } from '../../src/config/schema.js';
import type { ConductorDeps } from '../../src/pipeline/conductor.js';
import { createPrivacyStages } from '../../src/pipeline/privacy-stages.js';
import { TargetRegistry } from '../../src/pipeline/targets.js';
import type { RequestAdapter } from '../../src/providers/adapter.js';
import { anthropicMessages } from '../../src/providers/anthropic/parse.js';
import { openaiResponses } from '../../src/providers/openai-responses/parse.js';
import type { OutboundRequest } from '../../src/providers/types.js';
import { conductOne, jsonTarget, OK_CHAT, recordingAudit } from '../support/conductor.js';
import { REPO_RULES } from '../support/rules.js';

/**
 * A team that falls back to its local model when the cloud fails: the cloud answers 503, the local target records
 * what reaches it and answers a chat completion. Invented values.
 */
function setup() {
  const config = loadConfig(REPO_RULES, { OPENAI_API_KEY: 'sk-x', ANTHROPIC_API_KEY: 'sk-a' });
  const base = config.policies.get('default') as PolicyConfig;
  const policy: PolicyConfig = {
    ...base,
    upstreams: { openai: 'cloud', anthropic: 'cloud' },
    local: { ...base.local, target: 'lan', fallback: true },
    // A cold engine's first inspection took 18 s at load 30 on 2 cores, failing closed with 503 inspection_timeout
    // under the 1 s default: this test is about the fallback's record, not the inspection budget.
    inspection: { ...base.inspection, timeout_ms: 60_000 },
  };
  const local: OutboundRequest[] = [];
  const { audit, events } = recordingAudit();
  const deps: ConductorDeps = {
    stages: createPrivacyStages(REPO_RULES),
    targets: new TargetRegistry(
      new Map([
        ['cloud', jsonTarget('cloud', 'cloud', 503, {})],
        ['lan', jsonTarget('local', 'lan', 200, OK_CHAT, local)],
      ]),
    ),
    audit,
  };
  const run = (adapter: RequestAdapter, body: unknown) => conductOne(deps, policy, adapter, body);
  return { run, local, events };
}

describe('the record of a cloud request that fell back to the local model', () => {
  it.each([
    ['Responses', openaiResponses, { model: 'gpt-4.1', input: [{ type: 'item_reference', id: 'msg_9' }] }],
    [
      'Messages',
      anthropicMessages,
      {
        model: 'claude-3-5-haiku-latest',
        max_tokens: 5,
        messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: 'file_1' } }] }],
      },
    ],
  ] as const)(
    '%s refused by the translation: route local, the reason says fell back and refused',
    async (_, adapter, body) => {
      const { run, local, events } = setup();
      const res = await run(adapter, body);
      expect(res.status).toBe(400);
      expect(res.headers.get('x-veil-route')).toBe('local');
      expect(local).toHaveLength(0);
      expect(events).toHaveLength(1);
      const ev = events[0]!;
      expect(ev.route).toBe('local');
      expect(ev.status).toBe(400);
      expect(ev.error).toBe('unsupported_content');
      expect(ev.reason).toMatch(
        /; cloud failed \(status 503\), fell back to the local model, which refused the request \(400 unsupported_content\)$/,
      );
    },
  );

  it('answered by the local model: route local, the reason says fell back and answered', async () => {
    const { run, local, events } = setup();
    const res = await run(openaiResponses, { model: 'gpt-4.1', input: 'hello' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('local');
    expect(local).toHaveLength(1);
    expect(events[0]!.route).toBe('local');
    expect(events[0]!.reason).toMatch(/; cloud failed \(status 503\), fell back to the local model, which answered$/);
  });
});
