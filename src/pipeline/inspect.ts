import type { Finding, TextDetector } from '../detect/types.js';
import type { SegmentFinding } from '../policy/plan.js';
import type { DefinitionCache } from './definition-cache.js';
import { type Segment, USER_LOCATION_TYPES } from './segments.js';

/** Inspection could not complete; the request must not be forwarded (unless the team chose monitor mode). */
export class InspectionError extends Error {
  override name = 'InspectionError';
  constructor(
    message: string,
    readonly code: 'inspection_failed' | 'inspection_timeout' | 'inspection_too_large',
  ) {
    super(message);
  }
}

export interface InspectLimits {
  timeoutMs: number;
  maxChars: number;
}

/**
 * Runs the detector over every segment (every message of the history, not only the newest one). Detection is
 * synchronous CPU work, so the time budget is checked between segments: a request whose inspection runs over
 * it fails closed instead of being forwarded half-inspected. With `definitions`, the findings of the request's
 * tool_definition segments (an agent's tools array, resent unchanged each turn) are remembered as one set and
 * reused when the same definitions come again under the same detector: the findings are the same either way.
 */
export function inspect(
  detector: TextDetector,
  segments: readonly Segment[],
  limits: InspectLimits,
  definitions?: DefinitionCache,
): SegmentFinding[] {
  let chars = 0;
  for (const s of segments) chars += s.text.length;
  if (chars > limits.maxChars) {
    throw new InspectionError(
      `the request holds ${chars} characters of text, more than the ${limits.maxChars} this policy inspects`,
      'inspection_too_large',
    );
  }
  const definitionIndices: number[] = [];
  let remembered: readonly (readonly Finding[])[] | undefined;
  let learned: Finding[][] | undefined;
  let cacheKey = '';
  if (definitions?.enabled) {
    for (let i = 0; i < segments.length; i++) {
      if ((segments[i] as Segment).kind === 'tool_definition') definitionIndices.push(i);
    }
    if (definitionIndices.length > 0) {
      cacheKey = definitions.keyOf(detector, segments, definitionIndices);
      remembered = definitions.get(cacheKey);
      if (!remembered) learned = [];
    }
  }
  const started = performance.now();
  const findings: SegmentFinding[] = [];
  let definition = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (remembered && segment.kind === 'tool_definition') {
      for (const f of remembered[definition++] as readonly Finding[]) findings.push(located(f, i));
      continue;
    }
    const text = segment.text;
    let found: ReturnType<TextDetector['detect']>;
    if (text.length === 0) found = [];
    else if (segment.kind === 'credential') found = [credentialFinding(text)];
    else if (segment.kind === 'location') found = [locationFinding(segment, text)];
    else {
      try {
        found = detector.detect(text);
      } catch (err) {
        // The detector's message may quote the text it choked on: keep only its class.
        throw new InspectionError(`a detector failed (${(err as Error).name ?? 'Error'})`, 'inspection_failed');
      }
    }
    if (learned && segment.kind === 'tool_definition') learned.push(found);
    for (const f of found) findings.push(located(f, i));
    if (performance.now() - started > limits.timeoutMs) {
      throw new InspectionError(`inspection took longer than ${limits.timeoutMs} ms`, 'inspection_timeout');
    }
  }
  if (learned && definitions) definitions.set(cacheKey, learned);
  return findings;
}

/**
 * A credential segment is a secret by where it stands, not by its shape (an MCP server's token may be any string):
 * the whole value is one SECRET of type AUTHORIZATION_TOKEN, so the policy's SECRET rule (block in the shipped
 * policies) or a rule for that type (`types: { AUTHORIZATION_TOKEN: allow }`) decides whether it may leave.
 */
function credentialFinding(text: string): Finding {
  return { start: 0, end: text.length, label: 'SECRET', type: 'AUTHORIZATION_TOKEN', score: 1, detector: 'credential' };
}

/**
 * A location segment is the user's whereabouts by where it stands (a hosted search tool's user_location): "Reus"
 * alone has no context a detector could find it by, so the whole value is one LOCATION, typed by its field
 * (USER_CITY, USER_REGION, USER_COUNTRY, USER_TIMEZONE), and the policy's LOCATION rule or a rule for that type
 * (`types: { USER_COUNTRY: allow }`) decides whether it may leave.
 */
function locationFinding(segment: Segment, text: string): Finding {
  const field = segment.path[segment.path.length - 1];
  const type = (typeof field === 'string' && USER_LOCATION_TYPES[field]) || 'USER_LOCATION';
  return { start: 0, end: text.length, label: 'LOCATION', type, score: 1, detector: 'location' };
}

/**
 * A finding of segment `segment`, as a new object (a cached finding is shared between requests). Written out field
 * by field: on Node 20 a spread with a property added (`{ ...f, segment }`) cost about 2 µs per finding, and left
 * objects whose every later read (decide, spans, audit) was slower too.
 */
function located(f: Finding, segment: number): SegmentFinding {
  if (f.normalized === undefined) {
    return { start: f.start, end: f.end, label: f.label, type: f.type, score: f.score, detector: f.detector, segment };
  }
  return {
    start: f.start,
    end: f.end,
    label: f.label,
    type: f.type,
    score: f.score,
    detector: f.detector,
    normalized: f.normalized,
    segment,
  };
}

/** `EMAIL=2,PERSON=1`: counts per label for the x-veil-findings header. */
export function countByLabel(findings: readonly SegmentFinding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, n]) => `${label}=${n}`)
    .join(',');
}
