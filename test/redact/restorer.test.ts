import { describe, expect, it } from 'vitest';
import type { SseEvent } from '../../src/http/sse.js';
import { createRestorer } from '../../src/redact/restorer.js';

const entries = [
  { needle: '<PERSON_1>', value: 'Zoë "Z" Ng' },
  { needle: '<EMAIL_1>', value: 'zoe@corp.example' },
];
const data = (e: SseEvent) => (e.data === '[DONE]' ? e.data : JSON.parse(e.data));

describe('OpenAI chat restorer', () => {
  it('restores message content, refusal and JSON tool-call arguments of every choice', () => {
    const r = createRestorer('openai-chat', entries);
    const body = {
      choices: [
        { index: 0, message: { role: 'assistant', content: 'Hi <PERSON_1> (<EMAIL_1>), not <PERSON_2>' } },
        {
          index: 1,
          message: {
            content: null,
            tool_calls: [{ id: 'c', type: 'function', function: { name: 'send', arguments: '{"to":"<PERSON_1>"}' } }],
          },
        },
      ],
    };
    const out = r.restoreJson(body) as typeof body;
    expect(out.choices[0]?.message.content).toBe('Hi Zoë "Z" Ng (zoe@corp.example), not <PERSON_2>');
    expect(JSON.parse(out.choices[1]?.message.tool_calls?.[0]?.function.arguments ?? '')).toEqual({
      to: 'Zoë "Z" Ng',
    });
  });

  it('streams: holds a split placeholder per choice and releases it with the finish event', () => {
    const r = createRestorer('openai-chat', entries);
    const chunk = (index: number, delta: object, finish: string | null = null) => ({
      data: JSON.stringify({ id: 'c1', model: 'm', choices: [{ index, delta, finish_reason: finish }] }),
    });
    const sent = [
      chunk(0, { role: 'assistant', content: 'Dear <PERS' }),
      chunk(1, { content: 'Mail <EMA' }),
      chunk(0, { content: 'ON_1>, hi' }),
      chunk(1, { content: 'IL_1' }),
      chunk(1, {}, 'stop'),
      chunk(0, { content: ' <PERSON_' }),
    ].flatMap((e) => r.restoreEvent(e));
    const done = r.restoreEvent({ data: '[DONE]' });
    const all = [...sent, ...done].map(data);
    const text = (index: number) =>
      all
        .filter((d) => d !== '[DONE]')
        .flatMap((d) => d.choices)
        .filter((c: { index: number }) => c.index === index)
        .map((c: { delta: { content?: string } }) => c.delta.content ?? '')
        .join('');
    expect(all[0].choices[0].delta.content).toBe('Dear ');
    expect(text(0)).toBe('Dear Zoë "Z" Ng, hi <PERSON_');
    // The unfinished `<EMAIL_1` was never a placeholder: it is released unchanged when choice 1 stops.
    expect(text(1)).toBe('Mail <EMAIL_1');
    expect(all.at(-1)).toBe('[DONE]');
    // The flush chunk copies the upstream's id and model.
    expect(all.at(-2)).toMatchObject({ id: 'c1', model: 'm' });
  });

  it('streams tool-call argument deltas with JSON-escaped originals', () => {
    const r = createRestorer('openai-chat', entries);
    const args = (s: string, finish: string | null = null) => ({
      data: JSON.stringify({
        choices: [
          { index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: s } }] }, finish_reason: finish },
        ],
      }),
    });
    const out = [args('{"who":"<PER'), args('SON_1>","cc":"<EMAIL'), args('_1>"}')]
      .flatMap((e) => r.restoreEvent(e))
      .concat(
        r.restoreEvent({ data: JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] }) }),
      )
      .map(data)
      .flatMap((d) => d.choices[0].delta.tool_calls ?? [])
      .map((c: { function: { arguments: string } }) => c.function.arguments)
      .join('');
    expect(JSON.parse(out)).toEqual({ who: 'Zoë "Z" Ng', cc: 'zoe@corp.example' });
  });

  it('passes comments, usage chunks and unparsable events through', () => {
    const r = createRestorer('openai-chat', entries);
    const comment = { data: '', comment: 'keep-alive' };
    const usage = { data: '{"choices":[],"usage":{"prompt_tokens":3}}' };
    expect(r.restoreEvent(comment)).toEqual([comment]);
    expect(r.restoreEvent(usage)).toEqual([usage]);
    expect(r.restoreEvent({ data: 'not json <PERSON_1>' })).toEqual([{ data: 'not json Zoë "Z" Ng' }]);
    expect(r.flush()).toEqual([]);
  });
});

describe('OpenAI completions restorer', () => {
  it('restores choices[].text in JSON and streams', () => {
    const r = createRestorer('openai-completions', entries);
    expect(r.restoreJson({ choices: [{ index: 0, text: 'to <EMAIL_1>' }] })).toEqual({
      choices: [{ index: 0, text: 'to zoe@corp.example' }],
    });
    const s = createRestorer('openai-completions', entries);
    const pieces = ['to <EM', 'AIL_1> ok'].flatMap((t) =>
      s.restoreEvent({ data: JSON.stringify({ choices: [{ index: 0, text: t, finish_reason: null }] }) }),
    );
    expect(pieces.map((e) => data(e).choices[0].text).join('')).toBe('to zoe@corp.example ok');
  });
});

describe('Anthropic messages restorer', () => {
  it('restores text blocks and tool_use input in JSON', () => {
    const r = createRestorer('anthropic-messages', entries);
    const body = {
      type: 'message',
      content: [
        { type: 'text', text: 'Hello <PERSON_1>' },
        { type: 'tool_use', id: 't', name: 'mail', input: { to: ['<EMAIL_1>'], n: 2 } },
      ],
    };
    expect(r.restoreJson(body)).toEqual({
      type: 'message',
      content: [
        { type: 'text', text: 'Hello Zoë "Z" Ng' },
        { type: 'tool_use', id: 't', name: 'mail', input: { to: ['zoe@corp.example'], n: 2 } },
      ],
    });
  });

  it('streams: releases what a block holds as a delta before content_block_stop', () => {
    const r = createRestorer('anthropic-messages', entries);
    const ev = (type: string, body: object): SseEvent => ({ event: type, data: JSON.stringify({ type, ...body }) });
    const out = [
      ev('message_start', { message: { content: [] } }),
      ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Hi <PERSON' } }),
      ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: '_1>! <EMAIL_1' } }),
      ev('content_block_stop', { index: 0 }),
      ev('content_block_start', { index: 1, content_block: { type: 'tool_use', id: 't', name: 'f', input: {} } }),
      ev('content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: '{"a":"<PERSON_1' } }),
      ev('content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: '>"}' } }),
      ev('content_block_stop', { index: 1 }),
      ev('message_stop', {}),
    ].flatMap((e) => r.restoreEvent(e));
    const types = out.map((e) => e.event);
    expect(types).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_stop',
    ]);
    const deltas = out.map(data).filter((d) => d.type === 'content_block_delta');
    const text = deltas
      .filter((d) => d.index === 0)
      .map((d) => d.delta.text)
      .join('');
    const json = deltas
      .filter((d) => d.index === 1)
      .map((d) => d.delta.partial_json)
      .join('');
    expect(text).toBe('Hi Zoë "Z" Ng! <EMAIL_1');
    expect(JSON.parse(json)).toEqual({ a: 'Zoë "Z" Ng' });
  });
});
