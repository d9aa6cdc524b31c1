import { describe, expect, it } from 'vitest';
import { toContent } from '../../src/audit/record.js';
import { makeEvent } from './events.js';

describe('audit record content', () => {
  it('keeps gateway request ids (UUIDs) intact although their digit groups look like a long number', () => {
    const requestId = '55441728-8315-4b21-9d1c-60a1e6736426';
    expect(toContent(makeEvent({ requestId }), 1).requestId).toBe(requestId);
  });

  it('still scrubs a client-chosen id that carries a card number', () => {
    const content = toContent(makeEvent({ requestId: 'x 4111 1111 1111 1111' }), 1);
    expect(content.requestId).not.toContain('4111');
  });
});
