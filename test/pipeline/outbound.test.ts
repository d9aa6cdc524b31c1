import { describe, expect, it } from 'vitest';
import { outboundRequest } from '../../src/pipeline/outbound.js';
import { RequestAbort } from '../../src/pipeline/request-abort.js';
import { sendMessagesToLocal } from '../../src/providers/anthropic/local-bridge.js';
import type { OutboundRequest, Target } from '../../src/providers/types.js';

const fields = { endpoint: 'chat' as const, body: { model: 'm' }, stream: false, model: 'm', headers: {} };

describe('outboundRequest', () => {
  it('makes its signal from the request abort, and an abort through the request reaches it', () => {
    const cancel = new RequestAbort();
    const outbound = outboundRequest(fields, cancel);
    expect(outbound.cancel).toBe(cancel);
    const signal = outbound.signal;
    expect(signal.aborted).toBe(false);
    const reason = new Error('total time exceeded');
    outbound.abort?.(reason);
    expect(cancel.aborted).toBe(true);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(reason);
  });

  it('keeps a working signal in a spread copy (the local fallback and the Messages bridge copy it)', () => {
    const cancel = new RequestAbort();
    const copy = { ...outboundRequest(fields, cancel), model: 'local-model' };
    expect(copy.model).toBe('local-model');
    expect(copy.signal.aborted).toBe(false);
    cancel.abort(new Error('client disconnected'));
    expect(copy.signal.aborted).toBe(true);
  });
});

describe('the client text of a body (bodyText)', () => {
  it('is dropped when the Messages bridge sends a chat body of its own to a local target', async () => {
    const sent: OutboundRequest[] = [];
    const local: Target = {
      kind: 'local',
      name: 'fake',
      async send(req) {
        sent.push(req);
        return { status: 500, headers: {}, body: (async function* () {})(), model: 'tiny' };
      },
    };
    const body = { model: 'claude', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] };
    const req = outboundRequest(
      { endpoint: 'messages', body, bodyText: JSON.stringify(body), stream: false, model: 'claude', headers: {} },
      new RequestAbort(),
    );
    await sendMessagesToLocal(local, req);
    expect(sent[0]?.endpoint).toBe('chat');
    expect(sent[0]?.bodyText).toBeUndefined();
  });
});
