import type { AuditEvent, AuditSink } from '../../src/audit/event.js';
import type { PolicyConfig } from '../../src/config/schema.js';
import { type ConductorDeps, conduct } from '../../src/pipeline/conductor.js';
import { RequestAbort } from '../../src/pipeline/request-abort.js';
import type { RequestAdapter } from '../../src/providers/adapter.js';
import type { OutboundRequest, Target } from '../../src/providers/types.js';

/**
 * Pieces for driving the conductor without a server: a target that records what reaches it and answers one
 * JSON body, an audit sink that keeps its events, and a request with the fixed fields every test gives.
 */

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** A target answering `status` with `answer` as JSON; each request it receives is pushed onto `received`. */
export function jsonTarget(
  kind: Target['kind'],
  name: string,
  status: number,
  answer: unknown,
  received: OutboundRequest[] = [],
): Target {
  return {
    kind,
    name,
    async send(req) {
      received.push(req);
      const body = once(Buffer.from(JSON.stringify(answer)));
      return { status, headers: { 'content-type': 'application/json' }, body };
    },
  };
}

/** A chat completion answering "ok". */
export const OK_CHAT = { model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' } }] };

/** An audit sink that keeps every event it is given. */
export function recordingAudit(): { audit: AuditSink; events: AuditEvent[] } {
  const events: AuditEvent[] = [];
  const audit: AuditSink = {
    record: (e) => events.push(e),
    failure: () => undefined,
    flush: async () => {},
    close: async () => {},
  };
  return { audit, events };
}

/** One request of the default team through the conductor. */
export function conductOne(deps: ConductorDeps, policy: PolicyConfig, adapter: RequestAdapter, body: unknown) {
  return conduct(deps, {
    requestId: 'r1',
    startedAt: performance.now(),
    time: new Date().toISOString(),
    team: 'default',
    keyId: 'k1',
    policy,
    clientIp: null,
    adapter,
    body,
    forwardHeaders: {},
    abort: new RequestAbort(),
  });
}
