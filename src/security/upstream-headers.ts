/**
 * Headers that describe one connection or the framing of one message (RFC 9110 section 7.6.1, RFC 9112),
 * or that let a client steer the proxy: none of them may travel from the client's request to the upstream.
 * Passing them on is how request smuggling and host confusion start; the HTTP client sets its own.
 */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'expect',
  'http2-settings',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
]);

/** Credentials meant for the gateway, never for the provider (the provider key is set by the target). */
const CREDENTIALS = new Set(['authorization', 'x-api-key', 'x-provider-key', 'cookie', 'proxy-authorization']);

/**
 * The headers of a client request that may be forwarded upstream: hop-by-hop, framing, proxy-*, host,
 * forwarding and credential headers removed, and so is every header the Connection header names. Names
 * come out lower-cased; values with CR, LF or NUL are dropped rather than repaired.
 */
export function sanitizeUpstreamHeaders(headers: Headers | Record<string, string | undefined>): Record<string, string> {
  const entries: [string, string][] =
    headers instanceof Headers
      ? [...headers.entries()]
      : Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === 'string');
  const named = new Set<string>();
  for (const [k, v] of entries) {
    if (k.toLowerCase() === 'connection') for (const t of v.split(',')) named.add(t.trim().toLowerCase());
  }
  const out: Record<string, string> = {};
  for (const [rawName, value] of entries) {
    const name = rawName.toLowerCase();
    if (HOP_BY_HOP.has(name) || CREDENTIALS.has(name) || named.has(name) || name.startsWith('proxy-')) continue;
    if (/[\r\n\0]/.test(value)) continue;
    out[name] = value;
  }
  return out;
}
