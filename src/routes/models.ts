import type { Context } from 'hono';
import { ApiError } from '../http/errors.js';
import { clientAbort } from '../http/node-io.js';
import { modelAllowed } from '../pipeline/conductor.js';
import { outboundRequest } from '../pipeline/outbound.js';
import type { TargetRegistry } from '../pipeline/targets.js';
import { TargetError } from '../providers/types.js';
import '../http/context.js';

interface ModelEntry {
  id: string;
  object: 'model';
  owned_by: string;
}

/** GET /v1/models: the team's cloud models it may use, plus its local model, in the OpenAI list shape. */
export function modelsRoute(targets: TargetRegistry) {
  return async function models(c: Context): Promise<Response> {
    const { policy } = c.get('auth');
    const data: ModelEntry[] = [];
    const cloud = targets.cloud(policy, 'openai');
    const abort = clientAbort(c);
    if (cloud) {
      try {
        const res = await cloud.send(
          outboundRequest({ endpoint: 'models', body: {}, stream: false, model: '', headers: {} }, abort),
        );
        const chunks: Buffer[] = [];
        for await (const chunk of res.body) chunks.push(Buffer.from(chunk));
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.status >= 400) {
          return new Response(text, {
            status: res.status,
            headers: { 'content-type': res.headers['content-type'] ?? 'application/json' },
          });
        }
        const list = JSON.parse(text) as { data?: { id?: unknown; owned_by?: unknown }[] };
        for (const m of list.data ?? []) {
          if (typeof m.id === 'string' && modelAllowed(policy.models, m.id)) {
            data.push({
              id: m.id,
              object: 'model',
              owned_by: typeof m.owned_by === 'string' ? m.owned_by : cloud.name,
            });
          }
        }
      } catch (err) {
        if (err instanceof TargetError) throw new ApiError(err.status, err.message, 'api_error', err.code);
        if (err instanceof SyntaxError)
          throw new ApiError(502, 'the upstream model list is not valid JSON', 'api_error', 'upstream_invalid_json');
        throw err;
      }
    }
    const local = targets.local(policy);
    if (local) data.push({ id: local.name, object: 'model', owned_by: 'veil-local' });
    return c.json({ object: 'list', data });
  };
}
