import type { SseEvent } from '../http/sse.js';
import type { ResponseFormat, ResponseRestorer } from '../redact/types.js';
import type { Segment } from './segments.js';

/**
 * Fields the provider echoes back from the request, whose sent value the policy changed outside the text a
 * restorer walks. Anthropic answers with the `stop_sequence` that stopped it, which is the placeholder Veil sent
 * in `stop_sequences`: the client gets its own stop sequence back.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Echoes {
  /** Anthropic: the stop sequence sent -> the client's. */
  stops: Map<string, string>;
}

function echoesOf(format: ResponseFormat | null, segments: readonly Segment[], texts: readonly string[]): Echoes {
  const stops = new Map<string, string>();
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    const sent = texts[i];
    if (sent === undefined || sent === segment.text) continue;
    if (format === 'anthropic-messages' && segment.path[0] === 'stop_sequences') stops.set(sent, segment.text);
  }
  return { stops };
}

/** The Anthropic message (JSON answer, message_start's message or message_delta's delta), fixed in place. */
function fixStop(owner: unknown, echoes: Echoes): boolean {
  if (!isObject(owner) || typeof owner.stop_sequence !== 'string') return false;
  const original = echoes.stops.get(owner.stop_sequence);
  if (original === undefined) return false;
  owner.stop_sequence = original;
  return true;
}

function fixEvent(event: SseEvent, echoes: Echoes): SseEvent {
  if (echoes.stops.size === 0 || !event.data.includes('"stop_sequence":"')) return event;
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.data);
  } catch {
    return event;
  }
  if (!isObject(parsed)) return event;
  const fixed = fixStop(parsed.delta, echoes) || fixStop(parsed.message, echoes);
  return fixed ? { ...event, data: JSON.stringify(parsed) } : event;
}

/**
 * The restorer, with the echoes of changed request fields given back as the client wrote them (see above); the
 * restorer itself when the request has none.
 */
export function withEchoes(
  restorer: ResponseRestorer | undefined,
  format: ResponseFormat | null,
  segments: readonly Segment[],
  texts: readonly string[],
): ResponseRestorer | undefined {
  if (restorer === undefined) return undefined;
  const echoes = echoesOf(format, segments, texts);
  if (echoes.stops.size === 0) return restorer;
  return {
    restoreJson(body) {
      const restored = restorer.restoreJson(body);
      fixStop(restored, echoes);
      return restored;
    },
    restoreEvent(event) {
      return restorer.restoreEvent(event).map((e) => fixEvent(e, echoes));
    },
    flush() {
      return restorer.flush().map((e) => fixEvent(e, echoes));
    },
  };
}
