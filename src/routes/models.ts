import type { Context } from 'hono';
import { ApiError } from '../http/errors.js';
import { clientAbort, requestHeader } from '../http/node-io.js';
import { modelAllowed } from '../pipeline/conductor.js';
import { outboundRequest } from '../pipeline/outbound.js';
import type { TargetRegistry } from '../pipeline/targets.js';
import { TargetError } from '../providers/types.js';
import '../http/context.js';

interface ModelEntry {
  id: string;
  object: 'model';
  created?: number;
  owned_by: string;
}

interface AnthropicModel {
  type: 'model';
  id: string;
  display_name: string;
  created_at: string;
}

/** Anthropic's page parameters, passed on to the Anthropic upstream as they came. */
const ANTHROPIC_PAGING = ['limit', 'after_id', 'before_id'];

/**
 * The upstream's answer to GET /models (`suffix`: its page parameters, or `/<id>` for one model): its status and
 * text, or a TargetError mapped to an ApiError.
 */
async function upstreamList(
  c: Context,
  targets: TargetRegistry,
  wire: 'openai' | 'anthropic',
  query = '',
): Promise<{ status: number; text: string; contentType: string; name: string } | undefined> {
  const { policy } = c.get('auth');
  const cloud = targets.cloud(policy, wire);
  if (!cloud) return undefined;
  const headers: Record<string, string> = {};
  const version = requestHeader(c, 'anthropic-version');
  if (wire === 'anthropic' && version) headers['anthropic-version'] = version;
  try {
    const res = await cloud.send(
      outboundRequest({ endpoint: 'models', body: {}, stream: false, model: '', headers, query }, clientAbort(c)),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of res.body) chunks.push(Buffer.from(chunk));
    return {
      status: res.status,
      text: Buffer.concat(chunks).toString('utf8'),
      contentType: res.headers['content-type'] ?? 'application/json',
      name: cloud.name,
    };
  } catch (err) {
    if (err instanceof TargetError) throw new ApiError(err.status, err.message, 'api_error', err.code);
    throw err;
  }
}

function parseList(text: string): { data?: Record<string, unknown>[] } & Record<string, unknown> {
  try {
    return JSON.parse(text) as { data?: Record<string, unknown>[] };
  } catch {
    throw new ApiError(502, 'the upstream model list is not valid JSON', 'api_error', 'upstream_invalid_json');
  }
}

/** The team's OpenAI-shaped list: cloud models its policy allows, then its local model; or the upstream's error. */
async function openAiModels(c: Context, targets: TargetRegistry): Promise<ModelEntry[] | Response> {
  const { policy } = c.get('auth');
  const data: ModelEntry[] = [];
  const answer = await upstreamList(c, targets, 'openai');
  if (answer) {
    if (answer.status >= 400) {
      return new Response(answer.text, { status: answer.status, headers: { 'content-type': answer.contentType } });
    }
    for (const m of parseList(answer.text).data ?? []) {
      if (typeof m.id === 'string' && modelAllowed(policy.models, m.id)) {
        const entry: ModelEntry = {
          id: m.id,
          object: 'model',
          owned_by: typeof m.owned_by === 'string' ? m.owned_by : answer.name,
        };
        if (typeof m.created === 'number') entry.created = m.created;
        data.push(entry);
      }
    }
  }
  const local = targets.local(policy);
  if (local) data.push({ id: local.name, object: 'model', owned_by: 'veil-local' });
  return data;
}

/**
 * GET /v1/models: the team's cloud models it may use, plus its local model, in the OpenAI list shape. An
 * Anthropic client (an `anthropic-version` header, or its key in `x-api-key` without a Bearer header) gets
 * Anthropic's list shape from the team's Anthropic upstream instead (see anthropicModels).
 */
export function modelsRoute(targets: TargetRegistry) {
  return async function models(c: Context): Promise<Response> {
    if (isAnthropicClient(c)) return anthropicModels(c, targets);
    const data = await openAiModels(c, targets);
    if (data instanceof Response) return data;
    return c.json({ object: 'list', data });
  };
}

/** A 404 for a model the team may not use or the upstream does not have: it never tells more than the list. */
function modelNotFound(c: Context, id: string): ApiError {
  return new ApiError(
    404,
    `The model '${id.slice(0, 200)}' does not exist or team "${c.get('auth').team}" may not use it`,
    // Anthropic's API says not_found_error for a model it does not have; OpenAI's, invalid_request_error.
    isAnthropicClient(c) ? 'not_found_error' : 'invalid_request_error',
    'model_not_found',
    'model',
  );
}

/**
 * GET /v1/models/:id (`models.retrieve`): one entry of the team's list, or a 404 in the client's error shape for a
 * model the team may not use or the upstream does not have. An Anthropic client gets Anthropic's model object
 * (see anthropicModel); an OpenAI client the entry of the OpenAI list.
 */
export function modelRoute(targets: TargetRegistry) {
  return async function model(c: Context): Promise<Response> {
    const id = c.req.param('id') ?? '';
    if (isAnthropicClient(c)) return anthropicModel(c, targets, id);
    const data = await openAiModels(c, targets);
    if (data instanceof Response) return data;
    const found = data.find((m) => m.id === id);
    if (!found) throw modelNotFound(c, id);
    return c.json(found);
  };
}

/**
 * Anthropic's `GET /v1/models/{model_id}` ({type, id, display_name, created_at}): the team's local model by its
 * name; a model the policy does not allow is a 404 without asking anyone; otherwise the team's Anthropic upstream
 * is asked for that one model (an alias such as claude-x-latest resolves there), and its error, a 404 included,
 * is passed on as it came, as errors of the list are. The id the upstream resolves to must be allowed too.
 */
async function anthropicModel(c: Context, targets: TargetRegistry, id: string): Promise<Response> {
  const { policy } = c.get('auth');
  const local = targets.local(policy);
  if (local && local.name === id) return c.json(localAnthropicModel(id));
  if (!modelAllowed(policy.models, id)) throw modelNotFound(c, id);
  const answer = await upstreamList(c, targets, 'anthropic', `/${encodeURIComponent(id)}`);
  if (!answer) throw modelNotFound(c, id);
  if (answer.status >= 400) {
    return new Response(answer.text, { status: answer.status, headers: { 'content-type': answer.contentType } });
  }
  const m = parseList(answer.text);
  const resolved = typeof m.id === 'string' ? m.id : id;
  if (!modelAllowed(policy.models, resolved)) throw modelNotFound(c, id);
  const entry: AnthropicModel = {
    type: 'model',
    id: resolved,
    display_name: typeof m.display_name === 'string' ? m.display_name : resolved,
    created_at: typeof m.created_at === 'string' ? m.created_at : new Date(0).toISOString(),
  };
  return c.json(entry);
}

function localAnthropicModel(name: string): AnthropicModel {
  return { type: 'model', id: name, display_name: `${name} (local, via Veil)`, created_at: new Date(0).toISOString() };
}

/** An Anthropic SDK: an `anthropic-version` header, or its key in `x-api-key` without a Bearer header. */
export function isAnthropicClient(c: Context): boolean {
  if (requestHeader(c, 'anthropic-version')) return true;
  return !requestHeader(c, 'authorization') && requestHeader(c, 'x-api-key') !== undefined;
}

/**
 * Anthropic's list shape ({data: [{type, id, display_name, created_at}], has_more, first_id, last_id}), read from
 * the team's Anthropic upstream with the client's page parameters and filtered by the team's policy. The page
 * cursors stay the upstream's, so the SDK's auto-pagination walks the upstream's pages even where a page lost
 * entries to the policy. The team's local model is added to the last page (has_more false). A team without an
 * Anthropic upstream gets its local model alone, or an empty list.
 */
async function anthropicModels(c: Context, targets: TargetRegistry): Promise<Response> {
  const { policy } = c.get('auth');
  const params = new URLSearchParams();
  for (const name of ANTHROPIC_PAGING) {
    const v = c.req.query(name);
    if (v !== undefined) params.set(name, v);
  }
  const query = params.size > 0 ? `?${params.toString()}` : '';
  const answer = await upstreamList(c, targets, 'anthropic', query);
  const data: AnthropicModel[] = [];
  let page: Record<string, unknown> = {};
  if (answer) {
    if (answer.status >= 400) {
      return new Response(answer.text, { status: answer.status, headers: { 'content-type': answer.contentType } });
    }
    page = parseList(answer.text);
    for (const m of (page.data as Record<string, unknown>[] | undefined) ?? []) {
      if (typeof m.id !== 'string' || !modelAllowed(policy.models, m.id)) continue;
      data.push({
        type: 'model',
        id: m.id,
        display_name: typeof m.display_name === 'string' ? m.display_name : m.id,
        created_at: typeof m.created_at === 'string' ? m.created_at : new Date(0).toISOString(),
      });
    }
  }
  const hasMore = page.has_more === true;
  const local = targets.local(policy);
  if (local && !hasMore && c.req.query('before_id') === undefined) data.push(localAnthropicModel(local.name));
  const cursor = (key: string, fallback: string | undefined) =>
    typeof page[key] === 'string' ? page[key] : (fallback ?? null);
  return c.json({
    data,
    has_more: hasMore,
    first_id: cursor('first_id', data[0]?.id),
    last_id: cursor('last_id', data.at(-1)?.id),
  });
}
