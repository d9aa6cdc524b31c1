import type Anthropic from '@anthropic-ai/sdk';
import type OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { anthropicClient, openAiClient } from '../support/sdk-clients.js';

/**
 * With no scripted answer, the mock upstream answers the Responses API and Anthropic's count_tokens in their own
 * shapes (it echoes the last user text), so a test or a local try-out through Veil gets what the SDKs parse: the
 * pseudonym the upstream saw comes back to the client as the name it sent. Invented values.
 */
const NAME = 'Teodora Villaseñor';

describe('the mock upstream’s default answers, through Veil and the SDKs', () => {
  let rig: TestRig;
  let openai: OpenAI;
  let anthropic: Anthropic;
  beforeAll(async () => {
    rig = await startRig({ team: 'engineering', rulesDir: shippedRulesWithSlackTimeout() });
    openai = openAiClient(rig);
    anthropic = anthropicClient(rig);
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('responses.create (JSON and stream): the echo of the input comes back with the real name', async () => {
    const input = `Remind ${NAME} about the dentist.`;
    const response = await openai.responses.create({ model: 'gpt-4o-mini', input });
    expect(response.object).toBe('response');
    expect(response.output_text).toBe(input);
    expect(rig.upstream.requests[0]?.body).not.toContain(NAME);

    const stream = await openai.responses.create({
      model: 'gpt-4o-mini',
      input: [{ role: 'user', content: [{ type: 'input_text', text: input }] }],
      stream: true,
    });
    let deltas = '';
    let completed = '';
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') deltas += event.delta;
      if (event.type === 'response.completed') {
        const message = event.response.output[0];
        if (message?.type === 'message' && message.content[0]?.type === 'output_text')
          completed = message.content[0].text;
      }
    }
    expect(deltas).toBe(input);
    expect(completed).toBe(input);
    expect(rig.upstream.requests[1]?.body).not.toContain(NAME);
  });

  it('messages.countTokens: a count in Anthropic’s shape', async () => {
    const count = await anthropic.messages.countTokens({
      model: 'claude-sonnet-4',
      messages: [{ role: 'user', content: `Write to ${NAME}.` }],
    });
    expect(count.input_tokens).toBeGreaterThan(0);
    expect(rig.upstream.requests[0]?.path).toBe('/v1/messages/count_tokens');
    expect(rig.upstream.requests[0]?.body).not.toContain(NAME);
  });
});
