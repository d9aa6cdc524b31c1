import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditSink } from '../../src/audit/event.js';
import { loadConfig } from '../../src/config/load.js';
import type { PolicyConfig } from '../../src/config/schema.js';
import { type ConductorDeps, conduct } from '../../src/pipeline/conductor.js';
import { createPrivacyStages } from '../../src/pipeline/privacy-stages.js';
import { RequestAbort } from '../../src/pipeline/request-abort.js';
import { TargetRegistry } from '../../src/pipeline/targets.js';
import { openaiChat } from '../../src/providers/openai/parse.js';
import type { OutboundRequest, Target } from '../../src/providers/types.js';
import { REPO_RULES } from '../support/rules.js';

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** The conductor with the real policy stages, a detector that can be made to fail, and a recording target. */
function setup(policyPatch: Partial<PolicyConfig> = {}) {
  const config = loadConfig(REPO_RULES, { OPENAI_API_KEY: 'sk-x' });
  const policy = { ...(config.policies.get('default') as PolicyConfig), ...policyPatch };
  const sent: OutboundRequest[] = [];
  const cloud: Target = {
    kind: 'cloud',
    name: 'openai',
    async send(req) {
      sent.push(req);
      const body = Buffer.from(
        JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: 'ok' } }] }),
      );
      return { status: 200, headers: { 'content-type': 'application/json' }, body: once(body) };
    },
  };
  const events: AuditEvent[] = [];
  const audit: AuditSink = {
    record: (e) => events.push(e),
    failure: () => undefined,
    flush: async () => {},
    close: async () => {},
  };
  const stages = createPrivacyStages(REPO_RULES);
  stages.detector = {
    detect() {
      throw new Error('detector bug while reading jane@example.com');
    },
  };
  const deps: ConductorDeps = { stages, targets: new TargetRegistry(new Map([['openai', cloud]])), audit };
  const run = () =>
    conduct(deps, {
      requestId: 'r1',
      startedAt: performance.now(),
      time: new Date().toISOString(),
      team: 'default',
      keyId: 'k1',
      policy,
      clientIp: null,
      adapter: openaiChat,
      body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'mail jane@example.com' }] },
      forwardHeaders: {},
      abort: new RequestAbort(),
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
