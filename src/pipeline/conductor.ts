import type { AuditSink } from '../audit/event.js';
import type { PolicyConfig } from '../config/schema.js';
import { ApiError, errorBody } from '../http/errors.js';
import { saysNoMoreThanParsed } from '../http/json-text.js';
import { checkRequestShape, type ShapeLimits } from '../limits/shape.js';
import type { Plan } from '../policy/plan.js';
import type { RequestAdapter } from '../providers/adapter.js';
import { countTokensLocally } from '../providers/anthropic/count-tokens.js';
import { sendMessagesToLocal } from '../providers/anthropic/local-bridge.js';
import { sendResponsesToLocal } from '../providers/openai-responses/local-bridge.js';
import { type OutboundRequest, type Target, TargetError, type TargetResponse } from '../providers/types.js';
import type { ResponseRestorer } from '../redact/types.js';
import { AuditDraft } from './audit-draft.js';
import { withEchoes } from './echoes.js';
import { answerWithImagesRule, answerWithNote, fallbackImagesNote, withImagesRule, withNote } from './images-rule.js';
import { countByLabel, InspectionError, inspect } from './inspect.js';
import { outboundRequest } from './outbound.js';
import { copyPassedHeaders, readJsonAnswer, SseRelay } from './relay.js';
import type { RequestAbort } from './request-abort.js';
import { ResponseChains } from './response-chains.js';
import { formatPath, type Segment, writeSegments } from './segments.js';
import type { PrivacyStages } from './stages.js';
import type { TargetRegistry } from './targets.js';

export interface ConductorDeps {
  stages: PrivacyStages;
  targets: TargetRegistry;
  audit: AuditSink;
  /** VEIL_FINGERPRINT_KEY: when set, audit records carry keyed HMACs of the found values. */
  fingerprintKey?: string;
  /** Messages and text per request for a team (VEIL_LIMIT_MAX_MESSAGES / _MAX_TEXT_CHARS, policy limits:). */
  shapeLimits?: (policy: PolicyConfig) => ShapeLimits;
}

/** One authenticated request, as the route hands it over: HTTP is already translated away. */
export interface GatewayRequest {
  requestId: string;
  startedAt: number;
  time: string;
  team: string;
  keyId: string;
  policy: PolicyConfig;
  clientIp: string | null;
  adapter: RequestAdapter;
  body: unknown;
  /** The text `body` was parsed from, forwarded as it is when nothing in it changes (see OutboundRequest). */
  bodyText?: string;
  forwardHeaders: Record<string, string>;
  clientProviderKey?: string;
  conversationId?: string;
  /** The request's one cancellation: aborted when the client goes away, by a total timeout, or by the relay. */
  abort: RequestAbort;
  /**
   * Headers every answer starts with (security headers, request id): conduct() adds its own to this object and
   * builds each Response from it, so the route can hand the answer to Node without another pass over headers.
   */
  responseHeaders?: Record<string, string>;
  /**
   * Sends a streamed answer some way other than as a web ReadableStream body: the proxy route writes it to
   * Node's response itself (SseRelay.pipeTo) and returns what Hono should see.
   */
  sendStream?: (status: number, headers: Record<string, string>, relay: SseRelay) => Response;
}

const INSPECTION_STATUS = { inspection_failed: 500, inspection_timeout: 503, inspection_too_large: 413 } as const;

/** The indices of the tool_definition segments, or undefined when the request has none. */
function definitionSegments(segments: readonly Segment[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (let i = 0; i < segments.length; i++) {
    if ((segments[i] as Segment).kind !== 'tool_definition') continue;
    out ??= new Set();
    out.add(i);
  }
  return out;
}

/** Cloud failures after which a team with fallback enabled is answered by its local target instead. */
const clientGone = (req: GatewayRequest) => req.abort.aborted && !(req.abort.reason instanceof TargetError);

function worthFallback(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * The one path every endpoint takes: parse, inspect, decide, transform, dispatch, restore, record.
 * Routes translate HTTP to a GatewayRequest and return the Response this builds.
 */
export async function conduct(deps: ConductorDeps, req: GatewayRequest): Promise<Response> {
  const draft = new AuditDraft({
    requestId: req.requestId,
    time: req.time,
    endpoint: req.adapter.endpoint,
    clientIp: req.clientIp,
  });
  const ev = draft.event;
  ev.team = req.team;
  ev.keyId = req.keyId;
  ev.policy = req.policy.team;
  ev.mode = req.policy.mode;
  const headers: Record<string, string> = req.responseHeaders ?? {};
  headers['x-veil-request-id'] = req.requestId;
  headers['x-veil-policy'] = req.policy.team;
  const finish = (status: number, error: string | null) => {
    ev.status = status;
    ev.error ??= error;
    ev.timings.totalMs = round(performance.now() - req.startedAt);
    deps.audit.record(ev);
  };

  try {
    const auditFailure = deps.audit.failure();
    if (auditFailure && req.policy.audit.on_failure === 'closed') {
      throw new ApiError(
        503,
        'the audit log cannot be written, so requests are refused',
        'api_error',
        'audit_unavailable',
      );
    }
    const parsed = req.adapter.parse(req.body);
    if (deps.shapeLimits) checkRequestShape(parsed, deps.shapeLimits(req.policy), req.adapter.endpoint);
    ev.modelRequested = parsed.model;
    if (!modelAllowed(req.policy.models, parsed.model)) {
      throw new ApiError(
        403,
        `model "${parsed.model}" is not allowed for team "${req.team}"`,
        'permission_error',
        'model_not_allowed',
        'model',
      );
    }

    const inspectStart = performance.now();
    let plan: Plan;
    try {
      const findings = inspect(
        deps.stages.detector,
        parsed.segments,
        {
          timeoutMs: req.policy.inspection.timeout_ms,
          maxChars: req.policy.inspection.max_chars,
        },
        deps.stages.definitions,
      );
      plan = deps.stages.decide(req.policy, findings, parsed.images ?? 0, definitionSegments(parsed.segments));
    } catch (err) {
      if (!(err instanceof InspectionError)) throw err;
      // Fail closed; only a team that explicitly chose monitor mode is forwarded, and the record says so.
      if (req.policy.mode !== 'monitor') {
        throw new ApiError(INSPECTION_STATUS[err.code], `${err.message}; nothing was forwarded`, 'api_error', err.code);
      }
      ev.error = `${err.code} (monitor mode: forwarded uninspected)`;
      plan = {
        route: 'cloud',
        mode: 'monitor',
        policy: req.policy.team,
        reason: 'inspection failed in monitor mode',
        items: [],
        decisive: [],
      };
    }
    if (plan.route === 'cloud' && deps.targets.local(req.policy, parsed.model)?.name === parsed.model) {
      // The client asked for a local model by name (as /v1/models lists it): it answers, nothing leaves.
      plan = { ...plan, route: 'local', reason: `${plan.reason}; the client asked for the local model` };
    }
    ev.timings.inspectMs = round(performance.now() - inspectStart);
    draft.plan(plan);
    if (deps.fingerprintKey) draft.fingerprints(plan, parsed.segments, deps.fingerprintKey);
    headers['x-veil-route'] = plan.route;
    const findingCounts = findingsHeader(plan);
    if (findingCounts) headers['x-veil-findings'] = findingCounts;

    if (plan.route === 'blocked') {
      const format =
        req.adapter.responseFormat ?? (req.adapter.wire === 'anthropic' ? 'anthropic-messages' : 'openai-chat');
      const blocked = deps.stages.blockError(plan, format);
      finish(blocked.status, 'blocked_by_policy');
      return new Response(JSON.stringify(blocked.body), {
        status: blocked.status,
        headers: { ...headers, 'content-type': 'application/json' },
      });
    }

    // A Responses API request continuing a stored conversation or response shares its pseudonyms.
    const chain =
      parsed.thread && req.conversationId === undefined
        ? chainsOf(deps).keyFor(parsed.thread, req.requestId)
        : undefined;
    let restorer: ResponseRestorer | undefined;
    let rewritten = false;
    if (
      plan.route === 'cloud' &&
      plan.mode === 'enforce' &&
      plan.items.some((i) => i.action === 'mask' || i.action === 'pseudonymize')
    ) {
      const result = deps.stages.transform(parsed.segments, plan, {
        team: req.team,
        requestId: req.requestId,
        conversationId: req.conversationId ?? chain,
        format: req.adapter.responseFormat,
        surrogates: req.policy.pseudonyms === 'surrogates',
      });
      refuseChangedSegments(parsed.segments, result.texts, plan);
      writeSegments(parsed.body, parsed.segments, result.texts);
      rewritten = true;
      restorer = withEchoes(result.restorer, req.adapter.responseFormat, parsed.segments, result.texts);
    }
    // The client's text may go out instead of a re-serialisation only while the body is untouched and the text
    // holds nothing the parse dropped (a duplicate key Veil did not inspect).
    const bodyText =
      !rewritten && req.bodyText !== undefined && saysNoMoreThanParsed(req.bodyText, parsed.body)
        ? req.bodyText
        : undefined;

    const outbound = outboundRequest(
      {
        endpoint: req.adapter.endpoint,
        body: parsed.body,
        bodyText,
        stream: parsed.stream,
        model: parsed.model,
        headers: req.forwardHeaders,
        clientProviderKey: req.clientProviderKey,
      },
      req.abort,
    );

    const dispatchStart = performance.now();
    // From the moment the cloud failed and the local model is asked, the route is local, whatever it answers: the
    // header and the audit record say so, and the reason says what happened (answered, refused or failed).
    const fallback: Fallback = {
      started(failure) {
        restorer = undefined;
        headers['x-veil-route'] = 'local';
        ev.route = 'local';
        ev.reason = `${ev.reason}; cloud failed (${failure}), fell back to the local model`;
      },
      ended(outcome) {
        ev.reason = `${ev.reason}, which ${outcome}`;
      },
    };
    const answered = await dispatch(deps, req, plan, outbound, parsed.segments, fallback);
    const res = answered.response;
    ev.upstreamStatus = res.status;
    ev.timings.upstreamMs = round(performance.now() - dispatchStart);
    ev.modelAnswered = res.model ?? null;
    copyPassedHeaders(headers, res.headers);

    const isStream = (res.headers['content-type'] ?? '').includes('text/event-stream');
    if (isStream && res.status < 400) {
      headers['cache-control'] = 'no-cache';
      const relay = new SseRelay(
        res,
        restorer,
        () => req.abort.abort(new Error('client disconnected')),
        dispatchStart,
        (outcome) => {
          ev.timings.firstTokenMs = outcome.firstByteAt === null ? null : round(outcome.firstByteAt);
          fillMeta(ev, outcome.meta);
          rememberChain(deps, chain, outcome.meta.responseId);
          finish(res.status, outcome.error);
        },
        req.adapter.wire,
      );
      if (req.sendStream) return req.sendStream(res.status, headers, relay);
      return new Response(relay.webStream(), { status: res.status, headers });
    }
    const answer = await readJsonAnswer(res, restorer);
    fillMeta(ev, answer.meta);
    if (res.status < 400) rememberChain(deps, chain, answer.meta.responseId);
    if (answer.error === 'upstream_invalid_json') {
      finish(502, answer.error);
      return errorResponse(
        new ApiError(502, 'the upstream answered with invalid JSON', 'api_error', 'upstream_invalid_json'),
        req.adapter.wire,
        headers,
      );
    }
    finish(res.status, res.status >= 400 ? `upstream_status_${res.status}` : null);
    return new Response(answer.body, { status: res.status, headers });
  } catch (err) {
    const apiError = toApiError(err);
    finish(apiError.status, apiError.code);
    return errorResponse(apiError, req.adapter.wire, headers);
  }
}

/** Why a refused segment could not take a placeholder, and what the client can do instead. */
const REFUSALS = {
  filter: 'a search filter with a placeholder would match nothing; it was not forwarded. Filter on an id instead',
  name: 'a name or id with a placeholder would name nothing (or break its pattern); it was not forwarded. Use a neutral name or id instead',
  setting:
    'a request setting with a placeholder would mean nothing to the provider; it was not forwarded. Send the setting without that value',
  key: 'a field renamed to a placeholder would be another field to the provider; it was not forwarded. Rename the field',
} as const;

/**
 * A segment that must go as written or not at all (a file_search filter value: as a placeholder it would match
 * nothing, and the user would see an empty search, not a policy; a JSON schema's name, a stored response's id)
 * refuses the request when the plan changes it. The message names the field and the kinds found, never the value.
 */
function refuseChangedSegments(segments: readonly Segment[], texts: readonly string[], plan: Plan): void {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (segment.onChange !== 'refuse' || texts[i] === segment.text) continue;
    const labels = [...new Set(plan.items.filter((p) => p.finding.segment === i).map((p) => p.finding.label))];
    // A field's name is the value found: the message names the map holding it instead.
    const key = segment.refusal === 'key';
    const field = formatPath(key ? segment.path.slice(0, -1) : segment.path);
    const subject = key ? `a field name in ${field || 'the request body'}` : field;
    throw new ApiError(
      400,
      `${subject} holds ${labels.join(', ') || 'a value'} that policy "${plan.policy}" would replace with a placeholder, and ${REFUSALS[segment.refusal ?? 'filter']}, or ask your security team about that rule`,
      'invalid_request_error',
      'unsupported_content',
      field || null,
    );
  }
}

interface Dispatched {
  response: TargetResponse;
}

/** What dispatch tells the record when the cloud failed and the local model was asked instead. */
interface Fallback {
  started(cloudFailure: string): void;
  /** `answered`, `refused the request (400 code)`, `failed (503 code)` (the code when Veil raised it). */
  ended(outcome: string): void;
}

async function dispatch(
  deps: ConductorDeps,
  req: GatewayRequest,
  plan: Plan,
  outbound: OutboundRequest,
  segments: Segment[],
  fallback: Fallback,
): Promise<Dispatched> {
  const policy = req.policy;
  if (plan.route === 'local') {
    // Never the cloud: a request the policy keeps in the building gets a clear 503 when local is down. A text-only
    // local model's refusal of the images the images rule sent it names that rule.
    try {
      const response = await sendLocal(deps, policy, req.adapter.wire, outbound, outbound.model);
      return { response: await answerWithImagesRule(response, plan) };
    } catch (err) {
      throw withImagesRule(err, plan);
    }
  }
  const cloud = deps.targets.cloud(policy, req.adapter.wire);
  if (!cloud) {
    throw new ApiError(
      503,
      `team "${policy.team}" has no ${req.adapter.wire} upstream configured`,
      'api_error',
      'no_upstream',
    );
  }
  const canFallBack = policy.local.fallback && deps.targets.local(policy) !== undefined;
  let failure: string;
  try {
    const response = await cloud.send(outbound);
    if (!canFallBack || !worthFallback(response.status)) return { response };
    failure = `status ${response.status}`;
    await drain(response);
  } catch (err) {
    if (!canFallBack || !(err instanceof TargetError) || clientGone(req)) throw err;
    failure = err.code;
  }
  fallback.started(failure);
  // The local model is inside the building: it gets the original text, so nothing needs restoring.
  outbound.bodyText = undefined;
  writeSegments(
    outbound.body,
    segments,
    segments.map((s) => s.text),
  );
  const mapped = policy.local.model_map[outbound.model];
  if (mapped) outbound.body.model = mapped;
  // A text-only local model's refusal of the request's images says the fallback, not the user, sent them there.
  const note = fallbackImagesNote(plan, failure);
  try {
    const response = await sendLocal(
      deps,
      policy,
      req.adapter.wire,
      { ...outbound, model: mapped ?? outbound.model },
      mapped,
    );
    const answer = await answerWithNote(response, note);
    const status = answer.status;
    fallback.ended(status < 400 ? 'answered' : status < 500 ? `refused the request (${status})` : `failed (${status})`);
    return { response: answer };
  } catch (err) {
    const named = withNote(err, note);
    // The refusal came from the local model (a Responses or Messages request its translation cannot carry, images
    // it cannot read): the header (set by fallback.started) and the record say so.
    if (named instanceof ApiError) {
      const verb = named.status === 400 ? 'refused the request' : 'failed';
      fallback.ended(`${verb} (${named.status} ${named.code})`);
    } else fallback.ended('failed');
    throw named;
  }
}

async function sendLocal(
  deps: ConductorDeps,
  policy: PolicyConfig,
  wire: 'openai' | 'anthropic',
  outbound: OutboundRequest,
  name?: string,
): Promise<TargetResponse> {
  if (outbound.endpoint === 'count_tokens') return countTokensLocally(outbound);
  const local: Target | undefined = deps.targets.local(policy, name);
  if (!local) {
    throw new ApiError(
      503,
      `this request must be answered by a local model, and team "${policy.team}" has none available (set local.target in its policy); it was not sent to the cloud`,
      'api_error',
      'local_unavailable',
    );
  }
  const notReady = local.notReady?.();
  if (notReady) {
    throw new ApiError(
      503,
      `the local model is not available (${notReady}); the request was not sent to the cloud`,
      'api_error',
      'local_unavailable',
    );
  }
  // Local models speak the OpenAI chat API; Messages and Responses requests are translated there and back.
  if (wire === 'anthropic') return sendMessagesToLocal(local, outbound);
  return outbound.endpoint === 'responses' ? sendResponsesToLocal(local, outbound) : local.send(outbound);
}

async function drain(res: TargetResponse): Promise<void> {
  try {
    for await (const _ of res.body) {
      // discard
    }
  } catch {
    // the failed answer is discarded either way
  }
}

/** Response chains per gateway (its deps), not per module: parallel gateways in one process share nothing. */
const chains = new WeakMap<ConductorDeps, ResponseChains>();
function chainsOf(deps: ConductorDeps): ResponseChains {
  let found = chains.get(deps);
  if (!found) {
    found = new ResponseChains();
    chains.set(deps, found);
  }
  return found;
}

function rememberChain(deps: ConductorDeps, chain: string | undefined, responseId: string | undefined): void {
  if (chain !== undefined && responseId !== undefined) chainsOf(deps).remember(responseId, chain);
}

function fillMeta(
  ev: GatewayEventLike,
  meta: { model: string | null; promptTokens: number | null; completionTokens: number | null },
) {
  ev.modelAnswered = meta.model ?? ev.modelAnswered;
  if (meta.promptTokens !== null || meta.completionTokens !== null) {
    ev.usage = { promptTokens: meta.promptTokens ?? 0, completionTokens: meta.completionTokens ?? 0 };
  }
}

type GatewayEventLike = AuditDraft['event'];

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof TargetError) {
    const headers: Record<string, string> = err.retryAfterSeconds
      ? { 'retry-after': String(err.retryAfterSeconds) }
      : {};
    const type = err.status === 429 ? 'rate_limit_error' : 'api_error';
    return new ApiError(err.status, err.message, type, err.code, null, headers);
  }
  // Unknown failures never echo their message: it might quote request content.
  return new ApiError(500, 'internal error; nothing was forwarded', 'api_error', 'internal_error');
}

export function errorResponse(err: ApiError, wire: 'openai' | 'anthropic', headers: Record<string, string>): Response {
  return new Response(JSON.stringify(errorBody(err, wire)), {
    status: err.status,
    headers: { ...headers, ...err.headers, 'content-type': 'application/json' },
  });
}

/** `*` matches any run of characters; everything else is literal. */
export function modelAllowed(patterns: readonly string[], model: string): boolean {
  return patterns.some((p) => p === '*' || p === model || (p.includes('*') && patternRegExp(p).test(model)));
}

/** Compiled once per pattern (patterns come from policy files, so the map stays small), not per request. */
const compiledPatterns = new Map<string, RegExp>();
function patternRegExp(pattern: string): RegExp {
  let re = compiledPatterns.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
    compiledPatterns.set(pattern, re);
  }
  return re;
}

/** `EMAIL=2,IMAGE=1,PERSON=1`: counts per label, with the image parts the request carries (never their bytes). */
function findingsHeader(plan: Plan): string {
  const counts = plan.items.length === 0 ? '' : countByLabel(plan.items.map((i) => i.finding));
  if (plan.images === undefined) return counts;
  const image = `IMAGE=${plan.images.count}`;
  return counts === '' ? image : [...counts.split(','), image].sort().join(',');
}

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const round = (ms: number) => Math.round(ms * 1000) / 1000;
