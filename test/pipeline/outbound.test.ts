import { describe, expect, it } from 'vitest';
import { outboundRequest } from '../../src/pipeline/outbound.js';
import { RequestAbort } from '../../src/pipeline/request-abort.js';

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
