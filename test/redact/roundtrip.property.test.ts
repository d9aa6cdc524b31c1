import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/detect/types.js';
import type { SseEvent } from '../../src/http/sse.js';
import type { Segment } from '../../src/pipeline/segments.js';
import type { SegmentFinding } from '../../src/policy/plan.js';
import { applyPlan } from '../../src/redact/apply-plan.js';
import type { ResponseFormat, ResponseRestorer } from '../../src/redact/types.js';
import { ConversationVault } from '../../src/redact/vault.js';
import { planFor } from './helpers.js';

const POOL: { value: string; label: Label; normalized?: string }[] = [
  { value: 'Alice Smith', label: 'PERSON' },
  { value: 'José Núñez', label: 'PERSON' },
  { value: 'alice@corp.example', label: 'EMAIL' },
  { value: '4111 1111 1111 1111', label: 'CREDIT_CARD', normalized: '4111111111111111' },
  { value: '4111111111111111', label: 'CREDIT_CARD', normalized: '4111111111111111' },
  { value: 'O"Brien\\x', label: 'PERSON' },
];
const filler = fc.constantFrom(' ', ', ', 'said ', '<', '>', '<PERSON_', '_1>', 'x', 'ü', '\n', '"', 'Ana ');
const part = fc.oneof(fc.nat(POOL.length - 1), filler);

/** Segments of random filler and pool values, with a finding over each pool value. */
const request = fc
  .array(fc.array(part, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 })
  .map((segmentParts) => {
    const segments: Segment[] = [];
    const findings: SegmentFinding[] = [];
    segmentParts.forEach((parts, segment) => {
      let text = '';
      for (const p of parts) {
        if (typeof p === 'string') text += p;
        else {
          const item = POOL[p] as (typeof POOL)[number];
          const finding: SegmentFinding = {
            segment,
            start: text.length,
            end: text.length + item.value.length,
            label: item.label,
            type: item.label,
            score: 0.9,
            detector: 'test',
          };
          if (item.normalized) finding.normalized = item.normalized;
          findings.push(finding);
          text += item.value;
        }
      }
      segments.push({ path: ['messages', segment, 'content'], kind: 'message', text });
    });
    return { segments, findings };
  });

/**
 * Values equal in normalised form (two spellings of one card) share one pseudonym, so they come back in one
 * spelling: compare texts with card spellings unified.
 */
const sameCards = (text: string) => text.replaceAll('4111 1111 1111 1111', '4111111111111111');

function cut(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let at = 0;
  for (const p of [...points, text.length]) {
    out.push(text.slice(at, p));
    at = p;
  }
  return out;
}

/** Streams `content` as OpenAI chat deltas and `args` as tool-call argument deltas, interleaved. */
function openAiEvents(contentPieces: string[], argPieces: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const n = Math.max(contentPieces.length, argPieces.length);
  for (let i = 0; i < n; i++) {
    const c = contentPieces[i];
    if (c !== undefined)
      events.push({ data: JSON.stringify({ id: 'x', choices: [{ index: 0, delta: { content: c } }] }) });
    const a = argPieces[i];
    if (a !== undefined) {
      const delta = { tool_calls: [{ index: 0, function: { arguments: a } }] };
      events.push({ data: JSON.stringify({ id: 'x', choices: [{ index: 1, delta }] }) });
    }
  }
  events.push({ data: JSON.stringify({ id: 'x', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }) });
  events.push({ data: '[DONE]' });
  return events;
}

function anthropicEvents(textPieces: string[], jsonPieces: string[]): SseEvent[] {
  const ev = (type: string, body: Record<string, unknown>): SseEvent => ({
    event: type,
    data: JSON.stringify({ type, ...body }),
  });
  return [
    ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    ...textPieces.map((text) => ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text } })),
    ev('content_block_stop', { index: 0 }),
    ev('content_block_start', { index: 1, content_block: { type: 'tool_use', id: 't', name: 'f', input: {} } }),
    ...jsonPieces.map((p) =>
      ev('content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: p } }),
    ),
    ev('content_block_stop', { index: 1 }),
    ev('message_stop', {}),
  ];
}

/** Runs events through a restorer; checks after every event that what reached the client is final. */
function collect(restorer: ResponseRestorer, events: SseEvent[], format: ResponseFormat, expected: string[]) {
  const got = ['', ''];
  const take = (e: SseEvent) => {
    if (e.data === '[DONE]' || e.data === '') return;
    const body = JSON.parse(e.data);
    if (format === 'anthropic-messages') {
      if (body.type !== 'content_block_delta') return;
      got[body.index] += body.delta.text ?? body.delta.partial_json;
      return;
    }
    for (const choice of body.choices) {
      got[choice.index] += choice.delta?.content ?? '';
      for (const call of choice.delta?.tool_calls ?? []) got[choice.index] += call.function.arguments;
    }
  };
  for (const event of events) {
    restorer.restoreEvent(event).forEach(take);
    // Restored values go out whole and nothing is emitted that a later event would change, so what the
    // client has so far is always a prefix of the final answer: no partial placeholder ever went out.
    expect(sameCards(expected[0] as string).startsWith(sameCards(got[0] as string))).toBe(true);
    expect(sameCards(expected[1] as string).startsWith(sameCards(got[1] as string))).toBe(true);
  }
  restorer.flush().forEach(take);
  return got;
}

describe('transform then restore (property)', () => {
  const chunking = fc.array(fc.nat(), { maxLength: 10 });

  for (const format of ['openai-chat', 'anthropic-messages'] as const) {
    for (const surrogates of [false, true]) {
      it(`${format}${surrogates ? ' with surrogates' : ''}: any chunking gives back the originals`, () => {
        fc.assert(
          fc.property(request, chunking, chunking, ({ segments, findings }, cutsA, cutsB) => {
            const plan = planFor(segments, findings);
            const result = applyPlan(segments, plan, { team: 't', format, surrogates });
            const original = segments.map((s) => s.text).join('|');
            const forwarded = result.texts.join('|');
            for (const f of findings) {
              const value = segments[f.segment]?.text.slice(f.start, f.end) as string;
              expect(forwarded.includes(value)).toBe(false);
            }
            if (!result.restorer) {
              expect(findings).toHaveLength(0);
              return;
            }
            // The model echoes the forwarded text as prose and inside a JSON tool-call argument.
            const args = JSON.stringify({ note: forwarded });
            const expectedArgs = JSON.stringify({ note: original });
            const events =
              format === 'openai-chat'
                ? openAiEvents(cut(forwarded, cutsA), cut(args, cutsB))
                : anthropicEvents(cut(forwarded, cutsA), cut(args, cutsB));
            const got = collect(result.restorer, events, format, [original, expectedArgs]);
            expect(sameCards(got[0] as string)).toBe(sameCards(original));
            expect(sameCards(JSON.parse(got[1] as string).note)).toBe(sameCards(original));
          }),
          { numRuns: 100 },
        );
      });
    }
  }

  it('many interleaved requests of different teams and conversations never see each other', () => {
    const vault = new ConversationVault();
    const names = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.nat(names.length - 1)), { maxLength: 60 }), (ops) => {
        // Each op is one request: team t, conversation c, mentioning one name plus a team-private name.
        for (const [t, c, n] of ops) {
          const team = `team${t}`;
          const secret = `Private${t}x${c}`;
          const name = names[n] as string;
          const text = `${name} met ${secret}`;
          const segments: Segment[] = [{ path: ['prompt'], kind: 'prompt', text }];
          const found: SegmentFinding[] = [
            { segment: 0, start: 0, end: name.length, label: 'PERSON', type: 'PERSON', score: 1, detector: 't' },
            {
              segment: 0,
              start: text.length - secret.length,
              end: text.length,
              label: 'PERSON',
              type: 'PERSON',
              score: 1,
              detector: 't',
            },
          ];
          const result = applyPlan(segments, planFor(segments, found), {
            team,
            conversationId: `conv${c}`,
            format: 'openai-completions',
            vault,
          });
          // Ask the restorer about every placeholder any conversation could have issued so far.
          const probe = Array.from({ length: 20 }, (_, i) => `<PERSON_${i + 1}>`).join(' ');
          const body = result.restorer?.restoreJson({ choices: [{ index: 0, text: probe }] }) as {
            choices: { text: string }[];
          };
          const restored = body.choices[0]?.text ?? '';
          const leaked = restored.match(/Private\d+x\d+/g) ?? [];
          expect(leaked.every((v) => v === secret)).toBe(true);
          const known = restored.split(' ').filter((w) => !w.startsWith('<'));
          expect(known.sort()).toEqual([name, secret].sort());
        }
      }),
      { numRuns: 30 },
    );
  });
});
