import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import type OpenAI from 'openai';
import { BadRequestError } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';
import { REPO_RULES, rulesWith } from '../support/rules.js';
import { anthropicClient, openAiClient } from '../support/sdk-clients.js';

/**
 * The Responses API on the local route: the default policy keeps medical text in the building, here on a
 * company-run OpenAI-compatible server (`kind: local`, played by the mock, which echoes the last user text).
 * The request is bridged to a chat completion and the answer back to a Response, JSON and streamed, so the
 * official SDK reads it as it reads OpenAI's. Invented values.
 */
const MEDICAL = 'My father Evaristo was diagnosed with atrial fibrillation and takes apixaban 5 mg twice daily.';

function rules(): string {
  const policy = readFileSync(join(REPO_RULES, 'policies', 'default.yaml'), 'utf8').replace(
    /target: local\b/,
    'target: company-llm',
  );
  return rulesWith({
    'policies/default.yaml': `${policy}\ninspection:\n  timeout_ms: 60000\n`,
    'upstreams.yaml': `upstreams:
  openai:
    format: openai
    base_url: \${OPENAI_BASE_URL}
    api_key: \${OPENAI_API_KEY}
  anthropic:
    format: anthropic
    base_url: \${ANTHROPIC_BASE_URL}
    api_key: \${ANTHROPIC_API_KEY}
  company-llm:
    format: openai
    kind: local
    base_url: \${OPENAI_BASE_URL}
    api_key: \${OPENAI_API_KEY}
`,
  });
}

describe('Responses API answered by the local model', () => {
  let rig: TestRig;
  let client: OpenAI;
  beforeAll(async () => {
    rig = await startRig({ team: 'default', rulesDir: rules() });
    client = openAiClient(rig);
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('JSON: sent as a chat completion to the local server, answered as a Response', async () => {
    const { data, response } = await client.responses
      .create({ model: 'gpt-4o-mini', instructions: 'Answer kindly.', input: MEDICAL, max_output_tokens: 64 })
      .withResponse();
    expect(response.headers.get('x-veil-route')).toBe('local');
    const sent = rig.upstream.requests[0];
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.json).toMatchObject({
      messages: [
        { role: 'system', content: 'Answer kindly.' },
        { role: 'user', content: MEDICAL },
      ],
      max_tokens: 64,
      stream: false,
    });
    expect(data.object).toBe('response');
    expect(data.status).toBe('completed');
    expect(data.output_text).toBe(MEDICAL);
    expect(data.usage?.total_tokens).toBe(12);
  });

  it('stream: the chat chunks become output_text deltas, the .done texts and response.completed', async () => {
    rig.upstream.set({ chunkSize: 7 });
    const stream = client.responses.stream({
      model: 'gpt-4o-mini',
      input: [{ role: 'user', content: [{ type: 'input_text', text: MEDICAL }] }],
    });
    let deltas = '';
    let count = 0;
    stream.on('response.output_text.delta', (e) => {
      deltas += e.delta;
      count++;
    });
    const final = await stream.finalResponse();
    expect(count).toBeGreaterThan(5);
    expect(deltas).toBe(MEDICAL);
    expect(final.output_text).toBe(MEDICAL);
    expect((rig.upstream.requests[0]?.json as { stream?: boolean } | undefined)?.stream).toBe(true);
  });

  it('what the local model cannot take (a stored previous response, a function call) is a 400, sent nowhere', async () => {
    const cases: OpenAI.Responses.ResponseCreateParamsNonStreaming[] = [
      { model: 'gpt-4o-mini', input: MEDICAL, previous_response_id: 'resp_elsewhere' },
      {
        model: 'gpt-4o-mini',
        input: [
          { role: 'user', content: MEDICAL },
          { type: 'function_call', call_id: 'c1', name: 'lookup', arguments: '{}' },
        ],
      },
    ];
    for (const params of cases) {
      const err = await client.responses.create(params).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BadRequestError);
      expect((err as BadRequestError).code).toBe('unsupported_content');
      expect((err as BadRequestError).message).toContain('local model');
    }
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('a local server’s refusal reaches a Responses client and a Messages client with the same message', async () => {
    rig.upstream.set({ status: 400 });
    const err = await client.responses.create({ model: 'gpt-4o-mini', input: MEDICAL }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).message).toContain('mock failure 400');
    const claude = anthropicClient(rig);
    const refused = await claude.messages
      .create({ model: 'claude-3-5-haiku-latest', max_tokens: 32, messages: [{ role: 'user', content: MEDICAL }] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Anthropic.BadRequestError);
    const body = (refused as InstanceType<typeof Anthropic.BadRequestError>).error as {
      error: { type: string; message: string };
    };
    expect(body.error).toEqual({ type: 'invalid_request_error', message: 'mock failure 400' });
    // Both went to the local server as chat completions, and nowhere else.
    expect(rig.upstream.requests.map((r) => r.path)).toEqual(['/v1/chat/completions', '/v1/chat/completions']);
  });
});
