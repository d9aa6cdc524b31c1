import { describe, expect, it } from 'vitest';
import { checkRequestShape } from '../../src/limits/shape.js';
import { apiErrorOf } from '../support/api-error.js';

const refusal = apiErrorOf;

const limits = { maxMessages: 3, maxTextChars: 0 };
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ role: 'user', content: `turn ${i}` }));

describe('checkRequestShape: messages per request', () => {
  it('counts the input items of a Responses request, naming input', () => {
    checkRequestShape({ body: { input: items(3) }, segments: [] }, limits, 'responses');
    checkRequestShape({ body: { input: 'one string is one message' }, segments: [] }, limits, 'responses');
    for (const n of [4, 50]) {
      const err = refusal(() => checkRequestShape({ body: { input: items(n) }, segments: [] }, limits, 'responses'));
      expect([err.status, err.code, err.param]).toEqual([400, 'too_many_messages', 'input']);
      expect(err.message).toContain(`input has ${n} entries`);
    }
  });

  it('still counts messages on chat and Anthropic endpoints, and only there', () => {
    for (const endpoint of ['chat', 'messages', 'count_tokens', undefined] as const) {
      const err = refusal(() => checkRequestShape({ body: { messages: items(4) }, segments: [] }, limits, endpoint));
      expect([err.code, err.param]).toEqual(['too_many_messages', 'messages']);
    }
    // Embedding inputs are texts to embed, not a conversation.
    checkRequestShape({ body: { input: ['a', 'b', 'c', 'd'] }, segments: [] }, limits, 'embeddings');
    checkRequestShape({ body: { input: items(9) }, segments: [] }, { maxMessages: 0, maxTextChars: 0 }, 'responses');
  });
});
