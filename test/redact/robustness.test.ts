import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/redact/apply-plan.js';
import { createRestorer } from '../../src/redact/restorer.js';
import { ConversationVault } from '../../src/redact/vault.js';
import { find, messages, planFor } from './helpers.js';

const entries = [{ needle: '<PERSON_1>', value: 'Alice' }];

describe('restorers on odd input', () => {
  for (const format of ['openai-chat', 'openai-completions', 'anthropic-messages'] as const) {
    it(`${format}: never throws on arbitrary JSON bodies and events`, () => {
      fc.assert(
        fc.property(
          fc.jsonValue(),
          fc.array(fc.oneof(fc.jsonValue(), fc.string()), { maxLength: 6 }),
          (body, events) => {
            const r = createRestorer(format, entries);
            r.restoreJson(structuredClone(body));
            for (const e of events) r.restoreEvent({ data: typeof e === 'string' ? e : JSON.stringify(e) });
            r.flush();
          },
        ),
        { numRuns: 200 },
      );
    });
  }
});

describe('conversation vault', () => {
  it('holds no raw value of a finding, only keyed digests and pseudonyms', () => {
    const vault = new ConversationVault();
    const segs = messages('Alice Smith, alice@corp.example, card 4111 1111 1111 1111');
    const plan = planFor(segs, [
      find(segs, 0, 'Alice Smith', 'PERSON'),
      find(segs, 0, 'alice@corp.example', 'EMAIL'),
      find(segs, 0, '4111 1111 1111 1111', 'CREDIT_CARD', { normalized: '4111111111111111' }),
    ]);
    applyPlan(segs, plan, { team: 'default', format: 'openai-chat', vault, conversationId: 'conversation-42' });
    const dump = inspect(vault, { depth: 20, showHidden: true, maxArrayLength: null, maxStringLength: null });
    for (const value of ['Alice', 'alice@corp.example', '4111', 'conversation-42']) expect(dump).not.toContain(value);
    expect(dump).toContain('<PERSON_1>');
  });
});
