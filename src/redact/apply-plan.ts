import type { Segment } from '../pipeline/segments.js';
import type { Plan, PlannedFinding } from '../policy/plan.js';
import { canonicalValue } from './canonical.js';
import { PseudonymIssuer } from './issuer.js';
import { maskValue } from './mask.js';
import { createRestorer } from './restorer.js';
import { resolveSpans, type Span } from './spans.js';
import type { ResponseFormat, ResponseRestorer } from './types.js';
import { type ConversationVault, requestBook } from './vault.js';

export interface TransformContext {
  team: string;
  /** Value of x-veil-conversation-id; without it numbering is per request (see vault.ts). */
  conversationId?: string;
  /** Shape of the answer the restorer will walk; null when the answer holds no text (embeddings). */
  format: ResponseFormat | null;
  /** The policy's `pseudonyms: surrogates` setting (either field may say so). */
  surrogates?: boolean;
  pseudonyms?: 'placeholders' | 'surrogates';
  /** One vault per gateway process; without it every request gets a fresh book. */
  vault?: ConversationVault;
}

export interface TransformResult {
  /** texts[i] is the new text of segments[i]. */
  texts: string[];
  /** Present only when something was pseudonymized, so answers without pseudonyms skip restoring. */
  restorer?: ResponseRestorer;
  /** Distinct pseudonyms used in this request. */
  placeholders: number;
}

/**
 * Applies a cloud-bound plan: masks and pseudonymizes the planned spans of every segment. A plan routed
 * local or blocked, or in monitor mode, changes nothing (the request goes unchanged to the local model, or
 * nowhere). Throws SpanError when a finding does not fit its segment: the caller must then forward nothing.
 */
export function applyPlan(segments: readonly Segment[], plan: Plan, ctx: TransformContext): TransformResult {
  const texts = segments.map((s) => s.text);
  if (plan.mode === 'monitor' || plan.route !== 'cloud') return { texts, placeholders: 0 };

  const bySegment = new Map<number, PlannedFinding[]>();
  for (const item of plan.items) {
    if (item.action === 'allow') continue;
    const segment = item.finding.segment;
    if (!Number.isInteger(segment) || segment < 0 || segment >= segments.length) {
      throw new RangeError(`finding of ${item.finding.label} points to a segment that does not exist`);
    }
    const list = bySegment.get(segment) ?? [];
    list.push(item);
    bySegment.set(segment, list);
  }
  if (bySegment.size === 0) return { texts, placeholders: 0 };

  const issuer = new PseudonymIssuer(
    ctx.vault ? ctx.vault.open(ctx.team, ctx.conversationId) : requestBook(),
    texts,
    ctx.surrogates === true || ctx.pseudonyms === 'surrogates' ? 'surrogates' : 'placeholders',
  );
  // Segment order is request order, so numbering follows first occurrence in the conversation.
  for (const index of [...bySegment.keys()].sort((a, b) => a - b)) {
    const text = texts[index] as string;
    const spans = resolveSpans(text, bySegment.get(index) as PlannedFinding[]);
    const jsonText = isJsonText(segments[index] as Segment);
    let out = '';
    let at = 0;
    for (const span of spans) {
      out += text.slice(at, span.start) + replacementFor(span, issuer, text, jsonText);
      at = span.end;
    }
    texts[index] = out + text.slice(at);
  }

  const entries = issuer.entries();
  if (entries.length === 0) return { texts, placeholders: 0 };
  if (ctx.format === null) return { texts, placeholders: entries.length };
  return { texts, restorer: createRestorer(ctx.format, entries), placeholders: entries.length };
}

const WORD = /[\p{L}\p{N}_]/u;

/** OpenAI tool-call arguments are a JSON document: values found in them are JSON-escaped. */
function isJsonText(segment: Segment): boolean {
  return segment.kind === 'tool_call_arguments' && segment.path.at(-1) === 'arguments';
}

/** The value a JSON-escaped span stands for (`O\"Brien` -> `O"Brien`), or the span itself. */
function unescapeJson(raw: string): string {
  try {
    const value: unknown = JSON.parse(`"${raw}"`);
    return typeof value === 'string' ? value : raw;
  } catch {
    return raw;
  }
}

function replacementFor(span: Span, issuer: PseudonymIssuer, text: string, jsonText: boolean): string {
  if (span.action === 'mask') return maskValue(span.label, span.raw, span.normalized);
  // A surrogate glued to letters ("xAna") could not be found again on a word boundary: use a placeholder.
  const glued = WORD.test(text[span.start - 1] ?? '') || WORD.test(text[span.end] ?? '');
  // Restored into prose or re-escaped into JSON by the restorer, so remember the unescaped value.
  const raw = jsonText ? unescapeJson(span.raw) : span.raw;
  return issuer.tokenFor(span.label, canonicalValue(span.label, raw, span.normalized), raw, glued);
}
