import { describe, expect, it } from 'vitest';
import { withEchoes } from '../../src/pipeline/echoes.js';
import type { RequestAdapter } from '../../src/providers/adapter.js';
import { anthropicCountTokens, anthropicMessages } from '../../src/providers/anthropic/parse.js';
import { openaiChat, openaiCompletions, openaiEmbeddings } from '../../src/providers/openai/parse.js';
import { openaiResponses } from '../../src/providers/openai-responses/parse.js';
import type { ResponseRestorer } from '../../src/redact/types.js';
import { apiErrorOf } from '../support/api-error.js';

/**
 * The request fields besides the conversation and the tools: free strings are segments, a known value of a closed
 * set passes unread, any other string (a new value, text in a field Veil does not know) is a setting to inspect.
 * Invented values throughout.
 */
const chat = { model: 'm', messages: [{ role: 'user', content: 'x' }] };
const messages = { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] };
const responses = { model: 'm', input: 'x' };

/** The segments past the conversation: [kind, path, text, onChange, refusal]. */
const fields = (adapter: RequestAdapter, body: unknown) =>
  adapter
    .parse(body)
    .segments.filter((s) => ['setting', 'location', 'tool_definition'].includes(s.kind))
    .map((s) => [s.kind, s.path.join('.'), s.text, s.onChange ?? '', s.refusal ?? '']);

const refusal = (adapter: RequestAdapter, body: unknown) => apiErrorOf(() => adapter.parse(body));
const refused = (adapter: RequestAdapter, body: unknown) => {
  const err = refusal(adapter, body);
  return [err.status, err.code, err.param];
};

describe('request fields: every string outside a closed set is inspected (never forwarded unread)', () => {
  it('chat: stop (string or list) is text written in place; names and ids are refused when changed', () => {
    expect(
      fields(openaiChat, {
        ...chat,
        stop: ['Ottilie:', '\n\n'],
        service_tier: 'flex',
        reasoning_effort: 'low',
        verbosity: 'high',
        modalities: ['text'],
        response_format: { type: 'json_schema', json_schema: { name: 'invoice_summary', schema: { type: 'object' } } },
        tool_choice: { type: 'function', function: { name: 'lookup_order' } },
        web_search_options: {
          search_context_size: 'low',
          user_location: { type: 'approximate', approximate: { city: 'Olot', country: 'ES' } },
        },
        logit_bias: { '50256': -100 },
        temperature: 0.2,
        stream_options: { include_usage: true },
      }),
    ).toEqual([
      ['setting', 'stop.0', 'Ottilie:', '', ''],
      ['setting', 'stop.1', '\n\n', '', ''],
      ['setting', 'response_format.json_schema.name', 'invoice_summary', 'refuse', 'name'],
      ['setting', 'tool_choice.function.name', 'lookup_order', 'refuse', 'name'],
      ['location', 'web_search_options.user_location.approximate.city', 'Olot', 'omit', ''],
      ['location', 'web_search_options.user_location.approximate.country', 'ES', 'omit', ''],
    ]);
    expect(fields(openaiChat, { ...chat, stop: 'Ottilie:' })).toEqual([['setting', 'stop', 'Ottilie:', '', '']]);
  });

  it('chat: a value outside a closed set and text in an unknown field are settings to inspect, refused if changed', () => {
    expect(
      fields(openaiChat, {
        ...chat,
        service_tier: 'turbo_batch',
        reasoning_effort: 'ultra',
        modalities: ['text', 'video'],
        note_for_provider: 'call Ottilie on 0612 345 678',
        stream_options: { include_usage: true, label: 'nightly run' },
        // Known values carry no free text: not segments.
        verbosity: 'low',
      }),
    ).toEqual([
      ['setting', 'service_tier', 'turbo_batch', 'refuse', 'setting'],
      ['setting', 'reasoning_effort', 'ultra', 'refuse', 'setting'],
      ['setting', 'modalities.1', 'video', 'refuse', 'setting'],
      ['setting', 'note_for_provider', 'note_for_provider', 'refuse', 'key'],
      ['setting', 'note_for_provider', 'call Ottilie on 0612 345 678', 'refuse', 'setting'],
      ['setting', 'stream_options.label', 'label', 'refuse', 'key'],
      ['setting', 'stream_options.label', 'nightly run', 'refuse', 'setting'],
    ]);
    // A map or list in a field Veil does not know is walked to every string in it.
    // Field names no rule knows are read too, each before its value.
    expect(fields(openaiChat, { ...chat, new_options: { tags: ['blue', { deep: 'green' }], n: 2 } })).toEqual([
      ['setting', 'new_options', 'new_options', 'refuse', 'key'],
      ['setting', 'new_options.tags', 'tags', 'refuse', 'key'],
      ['setting', 'new_options.tags.0', 'blue', 'refuse', 'setting'],
      ['setting', 'new_options.tags.1.deep', 'deep', 'refuse', 'key'],
      ['setting', 'new_options.tags.1.deep', 'green', 'refuse', 'setting'],
      ['setting', 'new_options.n', 'n', 'refuse', 'key'],
    ]);
    // An unknown number or flag carries no text, but its name does; known numeric settings pass unread.
    expect(fields(openaiChat, { ...chat, some_new_knob: 3, another: { on: true } })).toEqual([
      ['setting', 'some_new_knob', 'some_new_knob', 'refuse', 'key'],
      ['setting', 'another', 'another', 'refuse', 'key'],
      ['setting', 'another.on', 'on', 'refuse', 'key'],
    ]);
    expect(
      fields(openaiChat, {
        ...chat,
        stream: true,
        stream_options: { include_usage: true },
        temperature: 0.3,
        top_p: 1,
        max_completion_tokens: 50,
        seed: 7,
        logprobs: false,
        parallel_tool_calls: true,
      }),
    ).toEqual([]);
  });

  it('what stays a hard 400: a logit_bias key that is no token id (a key is text no segment holds), a wrong type', () => {
    for (const key of ['ottilie@example.net', 'Ottilie', '12a']) {
      expect(refused(openaiChat, { ...chat, logit_bias: { [key]: 5 } })).toEqual([400, 'invalid_value', 'logit_bias']);
    }
    expect(refused(openaiChat, { ...chat, logit_bias: { '50256': 'ban' } })).toEqual([
      400,
      'invalid_value',
      'logit_bias',
    ]);
    expect(refused(openaiChat, { ...chat, logit_bias: 'ban 50256' })).toEqual([400, 'invalid_type', 'logit_bias']);
  });

  it('completions and embeddings: stop, the end-user id and the encoding format', () => {
    expect(fields(openaiCompletions, { model: 'm', prompt: 'p', stop: ['END'], user: 'u-77' })).toEqual([
      ['setting', 'user', 'u-77', 'omit', ''],
      ['setting', 'stop.0', 'END', '', ''],
    ]);
    expect(fields(openaiEmbeddings, { model: 'm', input: 'i', encoding_format: 'float', user: 'u-77' })).toEqual([
      ['setting', 'user', 'u-77', 'omit', ''],
    ]);
    expect(fields(openaiEmbeddings, { model: 'm', input: 'i', encoding_format: 'int8' })).toEqual([
      ['setting', 'encoding_format', 'int8', 'refuse', 'setting'],
    ]);
    expect(fields(openaiCompletions, { model: 'm', prompt: 'p', echo_label: 'draft' })).toEqual([
      ['setting', 'echo_label', 'echo_label', 'refuse', 'key'],
      ['setting', 'echo_label', 'draft', 'refuse', 'setting'],
    ]);
  });

  it('Responses: include, reasoning and text settings are closed sets; ids and the format name are names', () => {
    expect(
      fields(openaiResponses, {
        ...responses,
        include: ['reasoning.encrypted_content', 'web_search_call.action.sources'],
        reasoning: { effort: 'medium', summary: 'auto' },
        text: { verbosity: 'low', format: { type: 'json_schema', name: 'triage', schema: { type: 'object' } } },
        truncation: 'auto',
        service_tier: 'priority',
        previous_response_id: 'resp_8c1f',
        conversation: { id: 'conv_41aa' },
        prompt: { id: 'pmpt_9', version: '3' },
        tool_choice: { type: 'function', name: 'lookup_order' },
      }),
    ).toEqual([
      ['setting', 'text.format.name', 'triage', 'refuse', 'name'],
      ['setting', 'previous_response_id', 'resp_8c1f', 'refuse', 'name'],
      ['setting', 'conversation.id', 'conv_41aa', 'refuse', 'name'],
      ['setting', 'prompt.id', 'pmpt_9', 'refuse', 'name'],
      ['setting', 'prompt.version', '3', 'refuse', 'name'],
      ['setting', 'tool_choice.type', 'function', 'refuse', 'name'],
      ['setting', 'tool_choice.name', 'lookup_order', 'refuse', 'name'],
    ]);
    expect(
      fields(openaiResponses, {
        ...responses,
        include: ['reasoning.encrypted_content', 'message.output_text.annotations'],
        reasoning: { effort: 'xxhigh', summary: 'for Ottilie' },
        truncation: 'sliding',
      }),
    ).toEqual([
      ['setting', 'include.1', 'message.output_text.annotations', 'refuse', 'setting'],
      ['setting', 'reasoning.effort', 'xxhigh', 'refuse', 'setting'],
      ['setting', 'reasoning.summary', 'for Ottilie', 'refuse', 'setting'],
      ['setting', 'truncation', 'sliding', 'refuse', 'setting'],
    ]);
  });

  it('Anthropic: stop_sequences are text; tiers, thinking and tool choice are checked; output schemas are read', () => {
    const body = {
      ...messages,
      stop_sequences: ['Ottilie:'],
      service_tier: 'standard_only',
      thinking: { type: 'enabled', budget_tokens: 1024 },
      tool_choice: { type: 'tool', name: 'lookup_order' },
      output_config: {
        effort: 'low',
        format: { type: 'json_schema', schema: { type: 'object', description: 'a letter to Ottilie Brandvold' } },
      },
      container: 'container_5e',
    };
    for (const adapter of [anthropicMessages, anthropicCountTokens]) {
      expect(fields(adapter, body)).toEqual([
        ['tool_definition', 'output_config.format.schema.description', 'a letter to Ottilie Brandvold', '', ''],
        ['setting', 'stop_sequences.0', 'Ottilie:', '', ''],
        ['setting', 'tool_choice.name', 'lookup_order', 'refuse', 'name'],
        ['setting', 'container', 'container_5e', 'refuse', 'name'],
      ]);
    }
    expect(
      fields(anthropicMessages, {
        ...messages,
        service_tier: 'gold',
        thinking: { type: 'deep', budget_tokens: 2048 },
        annotations: ['Ottilie'],
      }),
    ).toEqual([
      ['setting', 'service_tier', 'gold', 'refuse', 'setting'],
      ['setting', 'thinking.type', 'deep', 'refuse', 'setting'],
      ['setting', 'annotations', 'annotations', 'refuse', 'key'],
      ['setting', 'annotations.0', 'Ottilie', 'refuse', 'setting'],
    ]);
  });
});

describe('echoes of changed request fields', () => {
  const identity: ResponseRestorer = {
    restoreJson: (body) => body,
    restoreEvent: (event) => [event],
    flush: () => [],
  };

  it('Anthropic: the stop_sequence that stopped the answer is the client’s, in JSON and in a stream', () => {
    const parsed = anthropicMessages.parse({ ...messages, stop_sequences: ['Ottilie:', 'END'] });
    const texts = parsed.segments.map((s) => (s.text === 'Ottilie:' ? '<PERSON_1>:' : s.text));
    const restorer = withEchoes(identity, 'anthropic-messages', parsed.segments, texts)!;
    expect(restorer).not.toBe(identity);
    expect(restorer.restoreJson({ stop_reason: 'stop_sequence', stop_sequence: '<PERSON_1>:' })).toEqual({
      stop_reason: 'stop_sequence',
      stop_sequence: 'Ottilie:',
    });
    const delta = {
      type: 'message_delta',
      delta: { stop_reason: 'stop_sequence', stop_sequence: '<PERSON_1>:' },
    };
    const [event] = restorer.restoreEvent({ event: 'message_delta', data: JSON.stringify(delta) });
    expect(JSON.parse(event!.data).delta.stop_sequence).toBe('Ottilie:');
    // Unchanged stop sequences and other answers pass as they are.
    expect(restorer.restoreJson({ stop_sequence: 'END' })).toEqual({ stop_sequence: 'END' });
    expect(
      withEchoes(
        identity,
        'anthropic-messages',
        parsed.segments,
        parsed.segments.map((s) => s.text),
      ),
    ).toBe(identity);
  });
  it('Responses: a metadata key, the user id and a city the policy left out come back in the echo as sent', () => {
    const parsed = openaiResponses.parse({
      ...responses,
      tools: [{ type: 'web_search_preview', user_location: { type: 'approximate', city: 'Olot', country: 'ES' } }],
      metadata: { ticket: 'T-88', requester: 'ottilie@fjordpost-mail.net' },
      user: 'ottilie@fjordpost-mail.net',
    });
    const changed = new Set(['ottilie@fjordpost-mail.net', 'Olot']);
    const texts = parsed.segments.map((s) => (changed.has(s.text) ? '<X_1>' : s.text));
    const restorer = withEchoes(identity, 'openai-responses', parsed.segments, texts)!;
    const echo = () => ({
      object: 'response',
      user: null,
      metadata: { ticket: 'T-88' },
      tools: [{ type: 'web_search_preview', user_location: { type: 'approximate', country: 'ES' } }],
    });
    const want = {
      object: 'response',
      user: 'ottilie@fjordpost-mail.net',
      metadata: { ticket: 'T-88', requester: 'ottilie@fjordpost-mail.net' },
      tools: [{ type: 'web_search_preview', user_location: { type: 'approximate', country: 'ES', city: 'Olot' } }],
    };
    expect(restorer.restoreJson(echo())).toEqual(want);
    const [event] = restorer.restoreEvent({
      event: 'response.completed',
      data: JSON.stringify({ type: 'response.completed', response: echo() }),
    });
    expect(JSON.parse(event!.data).response).toEqual(want);
    // A value the provider put there is not overwritten; an echo without the field's parent is left alone.
    expect(restorer.restoreJson({ object: 'response', user: 'provider-set', metadata: null })).toEqual({
      object: 'response',
      user: 'provider-set',
      metadata: null,
    });
  });
});

describe('text-or-list fields name both shapes in their 400', () => {
  it('embeddings input and completions prompt: a number or a boolean is "a string or an array of strings"', () => {
    for (const [adapter, body, field] of [
      [openaiEmbeddings, { model: 'e', input: true }, 'input'],
      [openaiEmbeddings, { model: 'e', input: 17 }, 'input'],
      [openaiCompletions, { model: 'c', prompt: { text: 'def f():' } }, 'prompt'],
    ] as const) {
      const err = refusal(adapter, body);
      expect([err.status, err.code, err.param]).toEqual([400, 'invalid_type', field]);
      expect(err.message).toBe(`${field} must be a string or an array of strings`);
    }
  });
  it('an empty list is still refused as empty, a missing field as missing', () => {
    expect(refused(openaiEmbeddings, { model: 'e', input: [] })).toEqual([400, 'invalid_value', 'input']);
    expect(refused(openaiEmbeddings, { model: 'e' })).toEqual([400, 'missing_field', 'input']);
  });
});
