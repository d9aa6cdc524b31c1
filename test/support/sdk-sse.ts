/**
 * Upstream answers written out in full, for the mock's `rawBody`: what a real provider streams, with the
 * pieces chosen by the test (so a placeholder can be cut exactly where the test wants), a role chunk first
 * and a finish_reason chunk last, which the SDKs' stream helpers insist on.
 */
const data = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;

function chunk(delta: Record<string, unknown>, finish: string | null = null) {
  return {
    id: 'chatcmpl-sse',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
}

/**
 * An OpenAI chat stream whose content deltas are `pieces`, ending with finish_reason "stop" and, with `usage`,
 * the chunk with no choices that stream_options.include_usage asks for, then [DONE].
 */
export function openAiChatSse(pieces: string[], usage?: { prompt_tokens: number; completion_tokens: number }): string {
  const last = usage
    ? [
        data({
          ...chunk({}),
          choices: [],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      ]
    : [];
  return [
    data(chunk({ role: 'assistant', content: '' })),
    ...pieces.map((content) => data(chunk({ content }))),
    data(chunk({}, 'stop')),
    ...last,
    'data: [DONE]\n\n',
  ].join('');
}

/**
 * An OpenAI chat stream of several choices (n > 1): a role chunk for each, then one event per
 * [choice index, content] in the given order, so the choices' deltas interleave; each ends with "stop".
 */
export function openAiChoicesSse(n: number, deltas: [number, string][]): string {
  const indexes = Array.from({ length: n }, (_, index) => index);
  const event = (choices: object[]) => data({ ...chunk({}), choices });
  return [
    event(indexes.map((index) => ({ index, delta: { role: 'assistant', content: '' }, finish_reason: null }))),
    ...deltas.map(([index, content]) => event([{ index, delta: { content }, finish_reason: null }])),
    event(indexes.map((index) => ({ index, delta: {}, finish_reason: 'stop' }))),
    'data: [DONE]\n\n',
  ].join('');
}

/** An OpenAI chat stream with one function call whose arguments arrive as `pieces`. */
export function openAiToolCallSse(name: string, pieces: string[]): string {
  const call = (i: number, args: string) => ({
    tool_calls: [
      {
        index: 0,
        ...(i === 0 ? { id: 'call_sse', type: 'function' } : {}),
        function: i === 0 ? { name, arguments: args } : { arguments: args },
      },
    ],
  });
  return [
    data(chunk({ role: 'assistant', content: null })),
    ...pieces.map((args, i) => data(chunk(call(i, args)))),
    data(chunk({}, 'tool_calls')),
    'data: [DONE]\n\n',
  ].join('');
}

/** One Anthropic server-sent event: the event name repeated as `type` in the data, as the API does. */
export const anthropicEvent = (type: string, body: object = {}) =>
  `event: ${type}\ndata: ${JSON.stringify({ type, ...body })}\n\n`;

export const anthropicMessageStart = () =>
  anthropicEvent('message_start', {
    message: {
      id: 'msg_sse',
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4',
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 11, output_tokens: 1 },
    },
  });

/** content_block_start, one delta per piece, content_block_stop: a block of the given type at `index`. */
export function anthropicBlock(index: number, type: 'text' | 'thinking', pieces: string[], signature?: string) {
  const start = type === 'text' ? { type, text: '' } : { type, thinking: '', signature: '' };
  const delta = (piece: string) =>
    type === 'text' ? { type: 'text_delta', text: piece } : { type: 'thinking_delta', thinking: piece };
  return [
    anthropicEvent('content_block_start', { index, content_block: start }),
    ...pieces.map((piece) => anthropicEvent('content_block_delta', { index, delta: delta(piece) })),
    ...(signature
      ? [anthropicEvent('content_block_delta', { index, delta: { type: 'signature_delta', signature } })]
      : []),
    anthropicEvent('content_block_stop', { index }),
  ].join('');
}

const anthropicEnd = () =>
  anthropicEvent('message_delta', {
    delta: { stop_reason: 'end_turn', stop_sequence: null },
    usage: { output_tokens: 9 },
  }) + anthropicEvent('message_stop');

/** An Anthropic Messages stream with one text block whose deltas are `pieces`, a ping after the block start. */
export function anthropicTextSse(pieces: string[]): string {
  const block = anthropicBlock(0, 'text', pieces);
  const afterStart = block.indexOf('\n\n') + 2;
  return [
    anthropicMessageStart(),
    block.slice(0, afterStart),
    anthropicEvent('ping'),
    block.slice(afterStart),
    anthropicEnd(),
  ].join('');
}

/** An Anthropic stream with a thinking block (its deltas, then a signature) followed by a text block. */
export function anthropicThinkingSse(thinking: string[], signature: string, text: string[]): string {
  return [
    anthropicMessageStart(),
    anthropicBlock(0, 'thinking', thinking, signature),
    anthropicBlock(1, 'text', text),
    anthropicEnd(),
  ].join('');
}

/** One item of a Responses API answer: a message whose text arrives as `pieces`, or a function call's arguments. */
export type ResponsesItem = { text: string[] } | { call: string; args: string[] };

/** A Responses API object (`object: "response"`) holding `output`, as the JSON answer and lifecycle events carry it. */
export function responsesObject(output: object[], status = 'completed', id = 'resp_sse'): Record<string, unknown> {
  return {
    id,
    object: 'response',
    created_at: 1,
    status,
    model: 'gpt-4o-mini',
    instructions: null,
    output,
    parallel_tool_calls: true,
    tool_choice: 'auto',
    tools: [],
    text: { format: { type: 'text' } },
    usage:
      status === 'completed'
        ? { input_tokens: 11, output_tokens: 9, total_tokens: 20, input_tokens_details: { cached_tokens: 0 } }
        : null,
  };
}

/** The finished output item for a ResponsesItem, as `output_item.done` and `response.completed` carry it. */
export function responsesItem(item: ResponsesItem, index: number): Record<string, unknown> {
  if ('text' in item) {
    return {
      id: `msg_${index}`,
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: item.text.join(''), annotations: [] }],
    };
  }
  return {
    id: `fc_${index}`,
    type: 'function_call',
    call_id: `call_${index}`,
    name: item.call,
    arguments: item.args.join(''),
    status: 'completed',
  };
}

/**
 * A Responses API stream as OpenAI sends it: `event:` lines naming each event, `sequence_number`s, created,
 * then per item output_item.added, (content_part.added,) the deltas, the `.done` text, (content_part.done,)
 * output_item.done, and response.completed with the whole response again. No [DONE] line: the API sends none.
 */
export function responsesSse(items: ResponsesItem[], id = 'resp_sse'): string {
  let seq = 0;
  const ev = (type: string, body: object) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...body })}\n\n`;
  const out = [ev('response.created', { response: responsesObject([], 'in_progress', id) })];
  items.forEach((item, output_index) => {
    const done = responsesItem(item, output_index);
    const item_id = done.id;
    if ('text' in item) {
      const whole = item.text.join('');
      out.push(
        ev('response.output_item.added', {
          output_index,
          item: { ...done, status: 'in_progress', content: [] },
        }),
      );
      const at = { item_id, output_index, content_index: 0 };
      out.push(ev('response.content_part.added', { ...at, part: { type: 'output_text', text: '', annotations: [] } }));
      for (const delta of item.text) out.push(ev('response.output_text.delta', { ...at, delta, logprobs: [] }));
      out.push(ev('response.output_text.done', { ...at, text: whole, logprobs: [] }));
      out.push(
        ev('response.content_part.done', { ...at, part: { type: 'output_text', text: whole, annotations: [] } }),
      );
    } else {
      out.push(
        ev('response.output_item.added', { output_index, item: { ...done, arguments: '', status: 'in_progress' } }),
      );
      for (const delta of item.args)
        out.push(ev('response.function_call_arguments.delta', { item_id, output_index, delta }));
      out.push(ev('response.function_call_arguments.done', { item_id, output_index, arguments: item.args.join('') }));
    }
    out.push(ev('response.output_item.done', { output_index, item: done }));
  });
  out.push(ev('response.completed', { response: responsesObject(items.map(responsesItem), 'completed', id) }));
  return out.join('');
}
