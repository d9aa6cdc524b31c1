import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { PolicyConfig } from '../../src/config/schema.js';
import type { ConductorDeps } from '../../src/pipeline/conductor.js';
import { createPrivacyStages } from '../../src/pipeline/privacy-stages.js';
import { TargetRegistry } from '../../src/pipeline/targets.js';
import { openaiChat } from '../../src/providers/openai/parse.js';
import type { OutboundRequest } from '../../src/providers/types.js';
import { conductOne, jsonTarget, OK_CHAT, recordingAudit } from '../support/conductor.js';
import { REPO_RULES } from '../support/rules.js';

/** The conductor with the real policy stages, a detector that can be made to fail, and a recording target. */
function setup(policyPatch: Partial<PolicyConfig> = {}) {
  const config = loadConfig(REPO_RULES, { OPENAI_API_KEY: 'sk-x' });
  const policy = { ...(config.policies.get('default') as PolicyConfig), ...policyPatch };
  const sent: OutboundRequest[] = [];
  const { audit, events } = recordingAudit();
  const stages = createPrivacyStages(REPO_RULES);
  stages.detector = {
    detect() {
      throw new Error('detector bug while reading jane@example.com');
    },
  };
  const cloud = jsonTarget('cloud', 'openai', 200, OK_CHAT, sent);
  const deps: ConductorDeps = { stages, targets: new TargetRegistry(new Map([['openai', cloud]])), audit };
  const run = () =>
    conductOne(deps, policy, openaiChat, {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'mail jane@example.com' }],
    });
  return { run, sent, events };
}

describe('fail closed', () => {
  it('forwards nothing when a detector throws, and says why without quoting the text', async () => {
    const { run, sent, events } = setup();
    const res = await run();
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('inspection_failed');
    expect(body.error.message).not.toContain('jane@example.com');
    expect(sent).toHaveLength(0);
    expect(events[0]).toMatchObject({ status: 500, error: 'inspection_failed' });
  });

  it('forwards after a failed inspection only in monitor mode, and records that it did', async () => {
    const { run, sent, events } = setup({ mode: 'monitor' });
    const res = await run();
    expect(res.status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(events[0]?.error).toContain('monitor mode: forwarded uninspected');
  });
});
