import { describe, expect, it } from 'vitest';
import { sendMessagesToLocal } from '../../src/providers/anthropic/local-bridge.js';
import { sendResponsesToLocal } from '../../src/providers/openai-responses/local-bridge.js';
import type { OutboundRequest, Target, TargetResponse } from '../../src/providers/types.js';

/** Both bridges read a local model's error answer with one function: the same message in their own shapes. */
const encoder = new TextEncoder();

function local(status: number, ...parts: string[]): Target {
  return {
    kind: 'local',
    name: 'fake',
    async send() {
      return {
        status,
        headers: {},
        body: (async function* () {
          for (const p of parts) yield encoder.encode(p);
        })(),
      };
    },
  };
}

async function json(res: TargetResponse): Promise<{ error: { message: string; type: string } }> {
  const chunks: Buffer[] = [];
  for await (const c of res.body) chunks.push(Buffer.from(c));
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const outbound = (endpoint: 'messages' | 'responses', body: Record<string, unknown>): OutboundRequest => ({
  endpoint,
  body,
  stream: false,
  model: 'm',
  headers: {},
  signal: new AbortController().signal,
});

async function both(target: () => Target): Promise<[string, string]> {
  const messages = await sendMessagesToLocal(
    target(),
    outbound('messages', { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }),
  );
  const responses = await sendResponsesToLocal(target(), outbound('responses', { model: 'm', input: 'hi' }));
  return [(await json(messages)).error.message, (await json(responses)).error.message];
}

describe('local bridges: one reader of the local model’s errors', () => {
  it('the local error’s message, even split across chunks', async () => {
    const body = JSON.stringify({ error: { message: 'context window of 2048 tokens exceeded', code: 'x' } });
    expect(await both(() => local(400, body.slice(0, 9), body.slice(9)))).toEqual([
      'context window of 2048 tokens exceeded',
      'context window of 2048 tokens exceeded',
    ]);
  });

  it('a generic message naming the status for a body that is not the error shape', async () => {
    for (const body of ['<html>bad gateway</html>', 'null', '{"error":"flat"}', '']) {
      expect(await both(() => local(502, body))).toEqual([
        'the local model answered with status 502',
        'the local model answered with status 502',
      ]);
    }
  });
});
