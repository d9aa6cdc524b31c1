import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { decide } from '../../src/policy/decide.js';
import type { SegmentFinding } from '../../src/policy/plan.js';
import { anthropicMessages } from '../../src/providers/anthropic/parse.js';
import { openaiChat } from '../../src/providers/openai/parse.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { REPO_RULES } from '../support/rules.js';
import { json, requestBody, text } from './arbitraries.js';
import { prompt } from './sensitive.js';

const ENDPOINTS = ['/v1/chat/completions', '/v1/completions', '/v1/embeddings', '/v1/messages'];
/** Server-side answers that are not a client's fault but are documented: no local model here, a slow detector. */
const DOCUMENTED_5XX = new Set(['local_unavailable', 'inspection_timeout']);

async function checkAnswer(res: Response): Promise<void> {
  const body = await res.text();
  if (res.status === 200) return;
  expect(res.headers.get('content-type')).toContain('application/json');
  const parsed = JSON.parse(body) as { error: { type: string; code?: string; message: string } };
  expect(typeof parsed.error.message).toBe('string');
  if (res.status >= 500) expect(DOCUMENTED_5XX, `${res.status} ${body}`).toContain(parsed.error.code);
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

describe('the gateway under random requests', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  it('answers random bodies on every endpoint with 200 or a JSON error, never an unexplained 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), requestBody, async (path, body) => {
        const res = await rig.post(path, body, path === '/v1/messages' ? { 'anthropic-version': '2023-06-01' } : {});
        await checkAnswer(res);
      }),
      { numRuns: 60 },
    );
    expect((await fetch(rig.url('/healthz'))).status).toBe(200);
  });

  it('answers bodies that are not JSON, or JSON of the wrong kind, with 400', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS),
        fc.oneof(
          text,
          json.map((v) => JSON.stringify(v)),
        ),
        async (path, raw) => {
          const res = await rig.post(path, raw);
          expect([400, 413]).toContain(res.status);
          await checkAnswer(res);
        },
      ),
      { numRuns: 80 },
    );
  });

  // Found by this suite: JSON.stringify of such a body overflowed the stack and was answered 502.
  it('refuses a body nested far too deep with 400, not 502', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const res = await rig.post(
      '/v1/chat/completions',
      `{"model":"m","messages":[{"role":"user","content":"hi"}],"metadata":${deep}}`,
    );
    expect(res.status).toBe(400);
  });
});

describe('no value found in a request reaches the upstream', () => {
  let rig: TestRig;
  const detector = createDetector({ rulesDir: REPO_RULES });
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  it('for random prompts with cards, IBANs, e-mails and names, in chat (JSON and SSE) and Messages requests', async () => {
    const policy = rig.gateway.config.policies.get('default')!;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(prompt, fc.boolean(), fc.boolean(), async (p, stream, anthropic) => {
        rig.upstream.reset();
        const body = anthropic
          ? { model: 'claude-x', max_tokens: 50, stream, system: p.text, messages: [{ role: 'user', content: p.text }] }
          : {
              model: 'gpt-4o-mini',
              stream,
              messages: [
                { role: 'system', content: 'Be brief.' },
                { role: 'user', content: p.text },
              ],
            };
        const res = await rig.post(anthropic ? '/v1/messages' : '/v1/chat/completions', body);
        await res.text();
        // What the gateway's own detector and policy find in this request must not leave, in any form.
        const parsed = (anthropic ? anthropicMessages : openaiChat).parse(structuredClone(body));
        const findings: SegmentFinding[] = parsed.segments.flatMap((s, segment) =>
          detector.detect(s.text).map((f) => ({ ...f, segment })),
        );
        const plan = decide(policy, findings);
        const sent = rig.upstream.requests.map((r) => allStrings(r.json).join('\u0000')).join('\u0001');
        for (const { finding, action } of plan.items) {
          if (action === 'allow') continue;
          checked++;
          const value = parsed.segments[finding.segment]!.text.slice(finding.start, finding.end);
          expect(sent, `${finding.label} ${action} reached the upstream`).not.toContain(value);
        }
        // And the planted values with a checksum or a fixed shape are found: none may leave as written.
        for (const v of p.planted)
          if (v.kind !== 'person') expect(sent, `${v.kind} reached the upstream`).not.toContain(v.value);
      }),
      { numRuns: 60 },
    );
    // The property is not vacuous: the detector did find values to keep back.
    expect(checked).toBeGreaterThan(60);
  });
});

describe('streamed answers restore the same whatever the upstream chunking', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  /** The text of a streamed answer: OpenAI deltas or Anthropic text deltas, in order. */
  function streamedText(sse: string, anthropic: boolean): string {
    let out = '';
    for (const block of sse.split('\n\n')) {
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      if (!data || data === '[DONE]') continue;
      const ev = JSON.parse(data) as {
        choices?: { delta?: { content?: string } }[];
        type?: string;
        delta?: { text?: string };
      };
      if (anthropic) out += ev.type === 'content_block_delta' ? (ev.delta?.text ?? '') : '';
      else out += ev.choices?.[0]?.delta?.content ?? '';
    }
    return out;
  }

  it('the mock echoes the (pseudonymized) prompt in chunks of any size; the client gets its original text back', async () => {
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(prompt, fc.integer({ min: 1, max: 9 }), fc.boolean(), async (p, chunkSize, anthropic) => {
        rig.upstream.reset();
        rig.upstream.set({ chunkSize });
        const body = anthropic
          ? { model: 'claude-x', max_tokens: 50, stream: true, messages: [{ role: 'user', content: p.text }] }
          : { model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: p.text }] };
        const res = await rig.post(anthropic ? '/v1/messages' : '/v1/chat/completions', body);
        const sse = await res.text();
        if (res.status !== 200) {
          // A policy may block or keep local (no local model here); then nothing went upstream.
          expect(rig.upstream.requests).toHaveLength(0);
          return;
        }
        expect(streamedText(sse, anthropic)).toBe(p.text);
        // What went upstream was pseudonymized, so the answer really was restored.
        if (!rig.upstream.requests[0]!.body.includes(p.planted[0]!.value)) restored++;
      }),
      { numRuns: 30 },
    );
    expect(restored).toBeGreaterThan(15);
  });
});
