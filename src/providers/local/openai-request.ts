import type { ChatHistoryItem } from 'node-llama-cpp';

/**
 * OpenAI request bodies (chat completions and legacy completions) turned into what node-llama-cpp needs.
 * Everything the local model cannot honour is refused with a message naming the field, never its value.
 */
export interface SamplingOptions {
  maxTokens?: number;
  temperature: number;
  topP?: number;
  seed?: number;
  stop: string[];
  frequencyPenalty?: number;
  presencePenalty?: number;
}

export type LocalGeneration =
  | { kind: 'chat'; history: ChatHistoryItem[]; sampling: SamplingOptions; stream: boolean; includeUsage: boolean }
  | {
      kind: 'completion';
      prompt: string;
      suffix?: string;
      echo: boolean;
      sampling: SamplingOptions;
      stream: boolean;
      includeUsage: boolean;
    };

export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
  constructor(
    message: string,
    readonly param?: string,
    readonly code = 'invalid_request',
  ) {
    super(message);
  }
}

type Body = Record<string, unknown>;

function optionalNumber(body: Body, key: string, min: number, max: number): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new InvalidRequestError(`${key} must be a number between ${min} and ${max}`, key);
  }
  return value;
}

function optionalInteger(body: Body, key: string, min: number, max: number): number | undefined {
  const value = optionalNumber(body, key, min, max);
  if (value !== undefined && !Number.isInteger(value)) throw new InvalidRequestError(`${key} must be an integer`, key);
  return value;
}

function stopSequences(body: Body): string[] {
  const stop = body.stop;
  if (stop === undefined || stop === null) return [];
  const list = typeof stop === 'string' ? [stop] : stop;
  if (!Array.isArray(list) || list.length > 4 || !list.every((s) => typeof s === 'string' && s.length > 0)) {
    throw new InvalidRequestError('stop must be a non-empty string or an array of up to 4 of them', 'stop');
  }
  return list as string[];
}

function sampling(body: Body): SamplingOptions {
  // One sequence per request: several choices would need several sequences.
  optionalInteger(body, 'n', 1, 1);
  const maxTokens =
    optionalInteger(body, 'max_completion_tokens', 1, Number.MAX_SAFE_INTEGER) ??
    optionalInteger(body, 'max_tokens', 1, Number.MAX_SAFE_INTEGER);
  const topP = optionalNumber(body, 'top_p', 0, 1);
  const seed = optionalInteger(body, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const frequencyPenalty = optionalNumber(body, 'frequency_penalty', -2, 2);
  const presencePenalty = optionalNumber(body, 'presence_penalty', -2, 2);
  return {
    // OpenAI's default temperature is 1.
    temperature: optionalNumber(body, 'temperature', 0, 2) ?? 1,
    stop: stopSequences(body),
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    ...(topP !== undefined ? { topP } : {}),
    // llama.cpp seeds are unsigned 32-bit.
    ...(seed !== undefined ? { seed: seed >>> 0 } : {}),
    ...(frequencyPenalty ? { frequencyPenalty } : {}),
    ...(presencePenalty ? { presencePenalty } : {}),
  };
}

function streamFlags(body: Body): { stream: boolean; includeUsage: boolean } {
  if (body.stream !== undefined && body.stream !== null && typeof body.stream !== 'boolean') {
    throw new InvalidRequestError('stream must be a boolean', 'stream');
  }
  const options = body.stream_options;
  const includeUsage =
    options !== null && typeof options === 'object' && (options as Body).include_usage === true && body.stream === true;
  return { stream: body.stream === true, includeUsage };
}

/** Message content as plain text: a string, or text parts; images and audio are refused. */
function contentText(content: unknown, at: string): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) throw new InvalidRequestError(`${at} must be a string or an array of parts`, at);
  return content
    .map((part, i) => {
      const p = part as Body | null;
      if (p && typeof p === 'object' && (p.type === 'text' || p.type === 'input_text') && typeof p.text === 'string') {
        return p.text;
      }
      throw new InvalidRequestError(
        `${at}[${i}]: the local model accepts text parts only`,
        `${at}[${i}]`,
        'unsupported_content',
      );
    })
    .join('');
}

/**
 * The local model does not call tools (no function calling through node-llama-cpp here): a request that
 * offers tools is refused with 400 unsupported_tools rather than answered as if they were not there, which
 * an agent would take for a final answer. tool_choice "none" (function_call "none") asks for no tool call,
 * so those requests are answered and the tools ignored.
 */
function refuseTools(body: Body): void {
  const offered = (key: 'tools' | 'functions', choice: 'tool_choice' | 'function_call') => {
    const list = body[key];
    if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) return;
    if (body[choice] === 'none') return;
    throw new InvalidRequestError(
      `the local model does not call tools: send this request without ${key}, or with ${choice} "none" to have them ignored`,
      key,
      'unsupported_tools',
    );
  };
  offered('tools', 'tool_choice');
  offered('functions', 'function_call');
}

/** Earlier tool calls of the assistant, as text the model can read next to the tool results. */
function toolCallsText(calls: unknown): string {
  if (!Array.isArray(calls)) return '';
  return calls
    .map((call) => {
      const fn = (call as Body | null)?.function as Body | undefined;
      const name = typeof fn?.name === 'string' ? fn.name : 'tool';
      const args = typeof fn?.arguments === 'string' ? fn.arguments : '';
      return `Tool call: ${name}(${args})`;
    })
    .join('\n');
}

function chatHistory(messages: unknown): ChatHistoryItem[] {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new InvalidRequestError('messages must be a non-empty array', 'messages');
  }
  const history: ChatHistoryItem[] = [];
  messages.forEach((raw, i) => {
    const m = raw as Body | null;
    const at = `messages[${i}]`;
    if (!m || typeof m !== 'object') throw new InvalidRequestError(`${at} must be an object`, at);
    const text = contentText(m.content, `${at}.content`);
    switch (m.role) {
      case 'system':
      case 'developer':
        history.push({ type: 'system', text });
        return;
      case 'user':
        history.push({ type: 'user', text });
        return;
      case 'assistant': {
        const calls = toolCallsText(m.tool_calls ?? (m.function_call ? [{ function: m.function_call }] : undefined));
        history.push({ type: 'model', response: [text && calls ? `${text}\n${calls}` : text || calls] });
        return;
      }
      case 'tool':
      case 'function':
        // Without function calling, a tool result is context the user hands the model.
        history.push({ type: 'user', text: `Tool result:\n${text}` });
        return;
      default:
        throw new InvalidRequestError(`${at}.role must be system, developer, user, assistant or tool`, `${at}.role`);
    }
  });
  history.push({ type: 'model', response: [] });
  return history;
}

export function parseChatRequest(body: Body): LocalGeneration {
  refuseTools(body);
  return { kind: 'chat', history: chatHistory(body.messages), sampling: sampling(body), ...streamFlags(body) };
}

export function parseCompletionRequest(body: Body): LocalGeneration {
  let prompt = body.prompt;
  if (Array.isArray(prompt) && prompt.length === 1) prompt = prompt[0];
  if (typeof prompt !== 'string') {
    throw new InvalidRequestError('prompt must be a string (one prompt per request for the local model)', 'prompt');
  }
  const suffix = body.suffix;
  if (suffix !== undefined && suffix !== null && typeof suffix !== 'string') {
    throw new InvalidRequestError('suffix must be a string', 'suffix');
  }
  if (body.echo !== undefined && body.echo !== null && typeof body.echo !== 'boolean') {
    throw new InvalidRequestError('echo must be a boolean', 'echo');
  }
  return {
    kind: 'completion',
    prompt,
    ...(typeof suffix === 'string' && suffix !== '' ? { suffix } : {}),
    echo: body.echo === true,
    sampling: sampling(body),
    ...streamFlags(body),
  };
}
