import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { explain } from '../../src/cli/policy.js';
import { loadConfig } from '../../src/config/load.js';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';

/**
 * `veil policy explain --tool-definition` against the real server: what the CLI says a tool description would
 * become is what the mock upstream receives in tools[].function.description, and the same text as a message is
 * kept local, as the CLI says (nothing reaches the cloud). Invented values throughout.
 */
const DESCRIPTION = 'Books a follow-up for patients with type 2 diabetes; cc nurse.lead@clinicamar-sur.com';

async function explained(rulesDir: string, definition: boolean): Promise<string> {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  const config = loadConfig(rulesDir, {});
  expect(await explain(config, 'default', DESCRIPTION, rulesDir, 0, definition)).toBe(0);
  vi.restoreAllMocks();
  return out.join('');
}

describe('veil policy explain --tool-definition agrees with the gateway', () => {
  let rig: TestRig;
  let rulesDir: string;
  beforeAll(async () => {
    rulesDir = shippedRulesWithSlackTimeout();
    rig = await startRig({ rulesDir });
  });
  afterAll(async () => rig.close());
  afterEach(() => rig.upstream.reset());

  it('a definition: the local rule is named as not applied, and the cloud receives what the CLI printed', async () => {
    const text = await explained(rulesDir, true);
    expect(text).toContain('Route:  cloud');
    expect(text).toContain('(local rule: not applied to a definition)');
    expect(text).toContain("a 'local' rule does not apply");
    expect(text).not.toContain('nurse.lead@clinicamar-sur.com');
    const preview = text.trimEnd().split('\n').at(-1);

    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'book it for next week' }],
      tools: [{ type: 'function', function: { name: 'book_follow_up', description: DESCRIPTION } }],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    const sent = rig.upstream.requests[0]?.json as { tools: { function: { description: string } }[] };
    expect(sent.tools[0]?.function.description).toBe(preview);
    expect(preview).toContain('<EMAIL_1>');
  });

  it('a message: the CLI says local and points to --tool-definition; the gateway sends nothing to the cloud', async () => {
    const text = await explained(rulesDir, false);
    expect(text).toContain('Route:  local');
    expect(text).toContain('the same text would not be kept local');
    expect(text).toContain('--tool-definition');

    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: DESCRIPTION }],
    });
    expect(res.headers.get('x-veil-route')).toBe('local');
    expect(rig.upstream.requests).toHaveLength(0);
  });
});
