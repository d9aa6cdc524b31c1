import type { Context } from 'hono';
import { isoNow } from '../http/clock.js';
import { ApiError } from '../http/errors.js';
import { answerAlreadySent, clientAbort, clientAddress, nodeResponse, requestHeader } from '../http/node-io.js';
import { type ConductorDeps, conduct } from '../pipeline/conductor.js';
import type { SseRelay } from '../pipeline/relay.js';
import type { RequestAdapter } from '../providers/adapter.js';
import { markComplete } from '../security/secure-headers.js';
import { readJsonText } from './read-json.js';
import '../http/context.js';

/** Client headers that may travel upstream; anything else (hop-by-hop, cookies, auth) stays here. */
const FORWARDED = ['openai-organization', 'openai-project', 'anthropic-version', 'anthropic-beta', 'user-agent'];

/** A POST endpoint: HTTP in, GatewayRequest to the conductor, its Response out. */
export function proxyRoute(deps: ConductorDeps, adapter: RequestAdapter, maxBodyBytes: number) {
  return async function proxy(c: Context): Promise<Response> {
    const { body, text } = await readJsonText(c, maxBodyBytes);
    const auth = c.get('auth');
    const forwardHeaders: Record<string, string> = {};
    for (const name of FORWARDED) {
      const v = requestHeader(c, name);
      if (v) forwardHeaders[name] = v;
    }
    let clientProviderKey: string | undefined;
    if (auth.policy.provider_key === 'client') {
      clientProviderKey = requestHeader(c, 'x-provider-key');
      if (!clientProviderKey) {
        throw new ApiError(
          401,
          `team "${auth.team}" forwards the client's own provider key: send it in x-provider-key`,
          'authentication_error',
          'missing_provider_key',
        );
      }
    }
    const clientIp = clientAddress(c);
    const res = await conduct(deps, {
      requestId: c.get('requestId'),
      startedAt: c.get('startedAt'),
      time: isoNow(),
      team: auth.team,
      keyId: auth.keyId,
      policy: auth.policy,
      clientIp,
      adapter,
      body,
      bodyText: text,
      forwardHeaders,
      clientProviderKey,
      conversationId: requestHeader(c, 'x-veil-conversation-id') || undefined,
      abort: clientAbort(c),
      responseHeaders: c.get('responseHeaders'),
      sendStream: nodeResponse(c) ? (status, headers, relay) => sendStream(c, status, headers, relay) : undefined,
    });
    // Every answer of conduct() starts from responseHeaders: nothing is left for the envelope to add.
    return markComplete(res);
  };
}

/**
 * A streamed answer written to Node's response directly, event by event as the upstream sends them. The head
 * goes out at once only when no event is waiting yet; otherwise it leaves with the first event in one write.
 */
function sendStream(c: Context, status: number, headers: Record<string, string>, relay: SseRelay): Response {
  const out = nodeResponse(c) as NonNullable<ReturnType<typeof nodeResponse>>;
  out.writeHead(status, headers);
  if (!relay.hasPending()) out.flushHeaders();
  relay.pipeTo(out);
  return markComplete(answerAlreadySent());
}
