import type { Label } from '../detect/types.js';
import type { PlannedFinding } from '../policy/plan.js';

export type SpanAction = 'mask' | 'pseudonymize';

/** One stretch of a segment to replace, after overlapping findings were merged. */
export interface Span {
  start: number;
  end: number;
  label: Label;
  action: SpanAction;
  /** The value in canonical form: the finding's `normalized` when the span is exactly that finding. */
  canonical: string;
  raw: string;
  normalized?: string;
}

/** A finding whose offsets do not fit its segment: a detector bug, and a reason to forward nothing. */
export class SpanError extends Error {
  override name = 'SpanError';
}

/**
 * The stretches of one segment to replace. Overlapping findings (an e-mail containing a name, two
 * detectors on one card number) merge into one span covering all of them, labelled by the widest finding
 * (ties: the higher score), so no byte of any finding survives. Mask wins over pseudonymize inside a
 * merged span: the policy asked for that value never to come back. Adjacent findings stay separate.
 * Allowed findings are ignored; `local` and `block` findings that reach a cloud transform (a fallback the
 * pipeline chose) are pseudonymized rather than sent in clear.
 */
export function resolveSpans(text: string, items: readonly PlannedFinding[]): Span[] {
  const acting = items
    .filter((item) => item.action !== 'allow')
    .map((item) => {
      const { start, end } = item.finding;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
        throw new SpanError(`finding of ${item.finding.label} has offsets outside its segment`);
      }
      return item;
    })
    .sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end);

  const spans: Span[] = [];
  let group: PlannedFinding[] = [];
  let groupEnd = -1;
  const close = () => {
    if (group.length > 0) spans.push(toSpan(text, group, groupEnd));
    group = [];
  };
  for (const item of acting) {
    if (item.finding.start >= groupEnd) close();
    if (group.length === 0) groupEnd = item.finding.end;
    group.push(item);
    groupEnd = Math.max(groupEnd, item.finding.end);
  }
  close();
  return spans;
}

function toSpan(text: string, group: readonly PlannedFinding[], end: number): Span {
  const start = (group[0] as PlannedFinding).finding.start;
  let lead = group[0] as PlannedFinding;
  for (const item of group) {
    const width = item.finding.end - item.finding.start;
    const leadWidth = lead.finding.end - lead.finding.start;
    if (width > leadWidth || (width === leadWidth && item.finding.score > lead.finding.score)) lead = item;
  }
  const raw = text.slice(start, end);
  const exact = lead.finding.start === start && lead.finding.end === end;
  const normalized = exact ? lead.finding.normalized : undefined;
  const span: Span = {
    start,
    end,
    label: lead.finding.label,
    action: group.some((item) => item.action === 'mask') ? 'mask' : 'pseudonymize',
    canonical: normalized ?? raw,
    raw,
  };
  if (normalized !== undefined) span.normalized = normalized;
  return span;
}
