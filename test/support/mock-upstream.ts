import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ResponsesItem, responsesItem, responsesObject, responsesSse } from './sdk-sse.js';

/**
 * A stand-in for OpenAI- and Anthropic-compatible providers. It records exactly what it received, so tests
 * can assert what left the gateway, and answers by echoing the last user text, so that placeholders sent
 * upstream come back in the answer and the gateway's restore step is exercised.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  /** The path with its query string, as received. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json?: unknown;
}

export interface MockBehavior {
  /** Answer with this status and an error body instead of a normal answer. */
  status?: number;
  /** Extra headers on the answer (e.g. retry-after). */
  headers?: Record<string, string>;
  /** Wait before sending headers. */
  delayMs?: number;
  /** Never answer (the connection stays open until the client gives up). */
  hang?: boolean;
  /** Text of the answer; default: the last user text of the request. */
  reply?: string;
  /** Characters per streamed event. */
  chunkSize?: number;
  /** Wait between streamed events. */
  eventDelayMs?: number;
  /** Close the connection after this many streamed events, without [DONE]. */
  dropAfterEvents?: number;
  /** Send this raw body (malformed JSON or SSE tests). */
  rawBody?: string;
  /** Tool call to answer with (OpenAI) / tool_use block (Anthropic): name and JSON arguments text. */
  toolCall?: { name: string; arguments: string };
}

export interface MockUpstream {
  /** OpenAI-style base URL, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  /** Streams whose client went away before the end. */
  aborted: number;
  behavior: MockBehavior;
  set(behavior: MockBehavior): void;
  reset(): void;
  close(): Promise<void>;
}

interface ChatMessage {
  role?: string;
  content?: unknown;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : ''))
      .join('');
  }
  return '';
}

function lastUserText(json: Record<string, unknown>): string {
  if (typeof json.prompt === 'string') return json.prompt;
  // Responses API: `input` is the text itself or a list of items (messages with string or part content).
  if (typeof json.input === 'string') return json.input;
  const messages = ((Array.isArray(json.input) ? json.input : json.messages) as ChatMessage[] | undefined) ?? [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.role === 'user') return textOf(m.content);
  }
  return 'ok';
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startMockUpstream(options: { record?: boolean } = {}): Promise<MockUpstream> {
  const record = options.record ?? true;
  const sockets = new Set<import('node:net').Socket>();
  const state: MockUpstream = {
    url: '',
    requests: [],
    aborted: 0,
    behavior: {},
    set(b) {
      this.behavior = { ...b };
    },
    reset() {
      this.behavior = {};
      this.requests.length = 0;
      this.aborted = 0;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };

  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      void answer(req, res, Buffer.concat(parts).toString('utf8'));
    });
  });
  server.keepAliveTimeout = 60_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function answer(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let json: Record<string, unknown> = {};
    try {
      json = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      json = {};
    }
    if (record)
      state.requests.push({ method: req.method ?? '', path, url: req.url ?? path, headers: req.headers, body, json });
    const b = state.behavior;
    if (b.hang) return;
    if (b.delayMs) await sleep(b.delayMs);
    if (b.status && b.status >= 400) {
      res.writeHead(b.status, { 'content-type': 'application/json', ...b.headers });
      res.end(JSON.stringify({ error: { message: `mock failure ${b.status}`, type: 'mock_error', code: 'mock' } }));
      return;
    }
    if (b.rawBody !== undefined) {
      res.writeHead(200, { 'content-type': json.stream ? 'text/event-stream' : 'application/json', ...b.headers });
      res.end(b.rawBody);
      return;
    }
    const model = typeof json.model === 'string' ? json.model : 'mock-model';
    if (path.endsWith('/models') && req.method === 'GET') {
      return sendJson(res, { object: 'list', data: [{ id: 'mock-model', object: 'model', owned_by: 'mock' }] });
    }
    const one = /\/models\/([^/?]+)$/.exec(path);
    if (one && req.method === 'GET') {
      // Anthropic's models.retrieve: claude-* ids exist (a -latest alias resolves to a dated id), others are a 404.
      const id = decodeURIComponent(one[1] as string);
      if (!id.startsWith('claude')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: `model: ${id}` } }));
        return;
      }
      const resolved = id.replace(/-latest$/, '-20250101');
      return sendJson(res, {
        type: 'model',
        id: resolved,
        display_name: `Mock ${resolved}`,
        created_at: '2025-01-01T00:00:00Z',
      });
    }
    if (path.endsWith('/embeddings')) {
      const inputs = Array.isArray(json.input) ? json.input : [json.input];
      return sendJson(res, {
        object: 'list',
        model,
        data: inputs.map((_, index) => ({ object: 'embedding', index, embedding: [0.1, 0.2, 0.3] })),
        usage: { prompt_tokens: 3, total_tokens: 3 },
      });
    }
    const reply = b.reply ?? lastUserText(json);
    if (path.endsWith('/messages/count_tokens')) {
      // Anthropic's count: a rough token figure for the text received (about four characters a token).
      return sendJson(res, { input_tokens: Math.max(1, Math.ceil(JSON.stringify(json).length / 4)) });
    }
    if (path.endsWith('/messages')) return anthropic(res, json, model, reply);
    if (path.endsWith('/responses')) return responses(res, json, reply);
    const isChat = path.endsWith('/chat/completions');
    if (!json.stream) {
      const choice = isChat
        ? {
            index: 0,
            message: b.toolCall
              ? {
                  role: 'assistant',
                  content: null,
                  tool_calls: [{ id: 'call_1', type: 'function', function: b.toolCall }],
                }
              : { role: 'assistant', content: reply },
            finish_reason: b.toolCall ? 'tool_calls' : 'stop',
          }
        : { index: 0, text: reply, finish_reason: 'stop' };
      return sendJson(res, {
        id: 'mock-1',
        object: isChat ? 'chat.completion' : 'text_completion',
        created: 1,
        model,
        choices: [choice],
        usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
      });
    }
    const pieces = chunks(b.toolCall ? b.toolCall.arguments : reply, b.chunkSize ?? 4);
    const events = pieces.map((piece, i) => {
      if (!isChat) return { id: 'mock-1', object: 'text_completion', model, choices: [{ index: 0, text: piece }] };
      const delta = b.toolCall
        ? {
            tool_calls: [
              {
                index: 0,
                ...(i === 0 ? { id: 'call_1', type: 'function' } : {}),
                function: i === 0 ? { name: b.toolCall.name, arguments: piece } : { arguments: piece },
              },
            ],
          }
        : { content: piece };
      return { id: 'mock-1', object: 'chat.completion.chunk', model, choices: [{ index: 0, delta }] };
    });
    await stream(
      res,
      events.map((e) => `data: ${JSON.stringify(e)}\n\n`),
      'data: [DONE]\n\n',
    );
  }

  async function anthropic(res: ServerResponse, json: Record<string, unknown>, model: string, reply: string) {
    const b = state.behavior;
    const block = b.toolCall
      ? { type: 'tool_use', id: 'toolu_1', name: b.toolCall.name, input: JSON.parse(b.toolCall.arguments) }
      : { type: 'text', text: reply };
    if (!json.stream) {
      return sendJson(res, {
        id: 'msg_1',
        type: 'message',
        role: 'assistant',
        model,
        content: [block],
        stop_reason: b.toolCall ? 'tool_use' : 'end_turn',
        usage: { input_tokens: 5, output_tokens: 7 },
      });
    }
    const ev = (type: string, data: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
    const start = b.toolCall ? { ...block, input: {} } : { type: 'text', text: '' };
    const deltas = chunks(b.toolCall ? b.toolCall.arguments : reply, b.chunkSize ?? 4).map((piece) =>
      ev('content_block_delta', {
        index: 0,
        delta: b.toolCall ? { type: 'input_json_delta', partial_json: piece } : { type: 'text_delta', text: piece },
      }),
    );
    await stream(
      res,
      [
        ev('message_start', {
          message: { id: 'msg_1', type: 'message', role: 'assistant', model, content: [], usage: { input_tokens: 5 } },
        }),
        ev('content_block_start', { index: 0, content_block: start }),
        ...deltas,
        ev('content_block_stop', { index: 0 }),
        ev('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 7 } }),
      ],
      ev('message_stop', {}),
    );
  }

  /** The Responses API: a Response object with one message (or function call), or its event stream. */
  async function responses(res: ServerResponse, json: Record<string, unknown>, reply: string) {
    const b = state.behavior;
    const pieces = chunks(b.toolCall ? b.toolCall.arguments : reply, b.chunkSize ?? 4);
    const item: ResponsesItem = b.toolCall ? { call: b.toolCall.name, args: pieces } : { text: pieces };
    if (!json.stream) return sendJson(res, responsesObject([responsesItem(item, 0)], 'completed', 'resp_mock'));
    // One write per event, so delays and drops apply per event as in the other streams.
    const events = responsesSse([item], 'resp_mock')
      .split(/(?<=\n\n)/)
      .filter((e) => e !== '');
    await stream(res, events.slice(0, -1), events[events.length - 1] as string);
  }

  async function stream(res: ServerResponse, events: string[], end: string) {
    const b = state.behavior;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...b.headers });
    let closed = false;
    res.on('close', () => {
      if (!res.writableFinished) {
        closed = true;
        state.aborted++;
      }
    });
    for (let i = 0; i < events.length; i++) {
      if (closed) return;
      if (b.dropAfterEvents !== undefined && i >= b.dropAfterEvents) {
        res.socket?.destroy();
        return;
      }
      res.write(events[i]);
      if (b.eventDelayMs) await sleep(b.eventDelayMs);
    }
    if (!closed) res.end(end);
  }

  function sendJson(res: ServerResponse, value: unknown) {
    const text = JSON.stringify(value);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}
