import { describe, expect, it } from 'vitest';
import type { SseEvent } from '../../src/http/sse.js';
import { openaiResponses } from '../../src/providers/openai-responses/parse.js';
import { createRestorer } from '../../src/redact/restorer.js';
import { apiErrorOf } from '../support/api-error.js';

/** Invented values throughout. */
const entries = [
  { needle: '<PERSON_1>', value: 'Casimira Olaechea' },
  { needle: '<EMAIL_1>', value: 'c.olaechea@correo.test' },
  { needle: '<PERSON_2>', value: 'Rufino "Ruf" Salcedo' },
];

const texts = (body: unknown) => openaiResponses.parse(body).segments.map((s) => [s.path.join('.'), s.kind, s.text]);

const refusal = (body: unknown) => apiErrorOf(() => openaiResponses.parse(body));

describe('Responses request parsing', () => {
  it('every text-bearing field is a segment, with the path that writes it back', () => {
    const body = {
      model: 'gpt-4o-mini',
      instructions: 'be brief',
      input: [
        { role: 'developer', content: 'house style' },
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'part one' }] },
        { role: 'assistant', content: [{ type: 'output_text', text: 'earlier answer', annotations: [] }] },
        { role: 'assistant', content: [{ type: 'refusal', refusal: 'cannot' }] },
        { type: 'function_call', call_id: 'c', name: 'f', arguments: '{"a":"b"}' },
        { type: 'function_call_output', call_id: 'c', output: 'tool said' },
        { type: 'function_call_output', call_id: 'd', output: [{ type: 'input_text', text: 'tool part' }] },
        { type: 'reasoning', id: 'r', summary: [{ type: 'summary_text', text: 'thought' }], encrypted_content: 'x' },
        { type: 'custom_tool_call', call_id: 'e', name: 'g', input: 'raw input' },
        { type: 'custom_tool_call_output', call_id: 'e', output: 'custom out' },
      ],
      prompt: { id: 'pmpt_1', variables: { city: 'a var', note: { type: 'input_text', text: 'a part var' } } },
    };
    expect(texts(body)).toEqual([
      ['instructions', 'system', 'be brief'],
      ['input.0.content', 'system', 'house style'],
      ['input.1.content.0.text', 'message', 'part one'],
      ['input.2.content.0.text', 'message', 'earlier answer'],
      ['input.3.content.0.refusal', 'message', 'cannot'],
      ['input.4.arguments', 'tool_call_arguments', '{"a":"b"}'],
      ['input.5.output', 'tool_result', 'tool said'],
      ['input.6.output.0.text', 'tool_result', 'tool part'],
      ['input.7.summary.0.text', 'message', 'thought'],
      ['input.8.input', 'tool_call_arguments', 'raw input'],
      ['input.9.output', 'tool_result', 'custom out'],
      ['prompt.variables.city', 'message', 'a var'],
      ['prompt.variables.note.text', 'message', 'a part var'],
      ['prompt.id', 'setting', 'pmpt_1'],
    ]);
  });

  it('a string input is one user message; stream is read', () => {
    const parsed = openaiResponses.parse({ model: 'm', input: 'hello', stream: true });
    expect(parsed.stream).toBe(true);
    expect(parsed.segments).toEqual([{ path: ['input'], kind: 'message', role: 'user', text: 'hello' }]);
  });

  it('content it cannot read is refused with a 400 naming the field', () => {
    const cases: [unknown, string][] = [
      [
        [{ role: 'user', content: [{ type: 'input_file', file_data: 'data:application/pdf;base64,AA==' }] }],
        'input[0].content[0].file_data',
      ],
      [[{ type: 'local_shell_call_output', id: 'x', output: 'ls' }], 'input[0].type'],
      [[{ role: 'user', content: [{ type: 'input_audio' }] }], 'input[0].content[0].type'],
      [[{ type: 'reasoning', id: 'r', summary: [], content: [{ type: 'mystery', text: 'x' }] }], 'input[0].content[0]'],
    ];
    for (const [input, field] of cases) {
      const err = refusal({ model: 'm', input });
      expect(err.status).toBe(400);
      expect(err.code).toBe('unsupported_content');
      expect(err.param).toBe(field);
    }
    expect(refusal({ model: 'm', instructions: ['x'] }).param).toBe('instructions');
    expect(refusal({ model: 'm', input: [{ type: 'function_call', call_id: 'c', name: 'f' }] }).code).toBe(
      'missing_field',
    );
    expect(refusal({ input: 'x' }).param).toBe('model');
  });

  it('stored files and images pass as references: nothing of theirs goes through the gateway', () => {
    const parsed = openaiResponses.parse({
      model: 'm',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_file', file_id: 'file-1' },
            { type: 'input_image', image_url: 'https://example.com/a.png' },
            { type: 'input_text', text: 'see attached' },
          ],
        },
        { type: 'item_reference', id: 'msg_1' },
      ],
    });
    expect(parsed.segments.map((s) => s.text)).toEqual(['see attached']);
  });

  it("a file's name travels with its reference and is inspected", () => {
    const names = ['nómina Herminia Zubiaurre.pdf', 'referral - T. Okonkwo.docx', 'lab results 2026.csv'];
    const parsed = openaiResponses.parse({
      model: 'm',
      input: [
        {
          role: 'user',
          content: names.map((filename, i) =>
            i === 2
              ? { type: 'input_file', file_url: 'https://files.example.test/r.csv', filename }
              : { type: 'input_file', file_id: `file-${i}`, filename },
          ),
        },
      ],
    });
    expect(parsed.segments.map((s) => [s.path.join('.'), s.text])).toEqual(
      names.map((name, i) => [`input.0.content.${i}.filename`, name]),
    );
  });
});

const event = (type: string, body: object, name = true): SseEvent => ({
  ...(name ? { event: type } : {}),
  data: JSON.stringify({ type, ...body }),
});

function run(events: SseEvent[]): Record<string, unknown>[] {
  const restorer = createRestorer('openai-responses', entries);
  const out: SseEvent[] = [];
  for (const e of events) out.push(...restorer.restoreEvent(e));
  out.push(...restorer.flush());
  return out.map((e) => JSON.parse(e.data) as Record<string, unknown>);
}

describe('Responses answer restoring', () => {
  it('a JSON response: message text, refusal, function-call arguments (JSON-escaped), reasoning summary, instructions', () => {
    const restorer = createRestorer('openai-responses', entries);
    const body = restorer.restoreJson({
      object: 'response',
      instructions: 'write as <PERSON_2>',
      output: [
        { type: 'reasoning', summary: [{ type: 'summary_text', text: 'asked about <PERSON_1>' }] },
        {
          type: 'message',
          content: [
            { type: 'output_text', text: 'Mail <EMAIL_1>', annotations: [] },
            { type: 'refusal', refusal: 'not for <PERSON_1>' },
          ],
        },
        { type: 'function_call', arguments: '{"who":"<PERSON_2>"}' },
        { type: 'web_search_call', id: 'ws', status: 'completed' },
      ],
      output_text: 'Mail <EMAIL_1>',
    }) as Record<string, unknown>;
    expect(body.instructions).toBe('write as Rufino "Ruf" Salcedo');
    expect(body.output_text).toBe('Mail c.olaechea@correo.test');
    const output = body.output as Record<string, unknown>[];
    expect(output[0]).toEqual({
      type: 'reasoning',
      summary: [{ type: 'summary_text', text: 'asked about Casimira Olaechea' }],
    });
    expect(((output[1]?.content ?? []) as Record<string, unknown>[]).map((p) => p.text ?? p.refusal)).toEqual([
      'Mail c.olaechea@correo.test',
      'not for Casimira Olaechea',
    ]);
    expect(JSON.parse(String(output[2]?.arguments))).toEqual({ who: 'Rufino "Ruf" Salcedo' });
    expect(output[3]).toEqual({ type: 'web_search_call', id: 'ws', status: 'completed' });
  });

  it('deltas of different items and parts interleave, each its own stream; event names are kept', () => {
    const restorer = createRestorer('openai-responses', entries);
    const at0 = { item_id: 'a', output_index: 0, content_index: 0 };
    const at1 = { item_id: 'b', output_index: 1, summary_index: 0 };
    const sent = [
      event('response.output_text.delta', { ...at0, delta: 'to <PERS' }),
      event('response.reasoning_summary_text.delta', { ...at1, delta: 'about <EMA' }),
      event('response.output_text.delta', { ...at0, delta: 'ON_1>!' }),
      event('response.reasoning_summary_text.delta', { ...at1, delta: 'IL_1>' }),
      event('response.reasoning_summary_text.done', { ...at1, text: 'about <EMAIL_1>' }),
    ].flatMap((e) => restorer.restoreEvent(e));
    expect(sent.map((e) => e.event)).toEqual([
      'response.output_text.delta',
      'response.reasoning_summary_text.delta',
      'response.output_text.delta',
      'response.reasoning_summary_text.delta',
      'response.reasoning_summary_text.done',
    ]);
    const data = sent.map((e) => JSON.parse(e.data) as Record<string, unknown>);
    expect(data.map((d) => d.delta ?? d.text)).toEqual([
      'to ',
      'about ',
      'Casimira Olaechea!',
      'c.olaechea@correo.test',
      'about c.olaechea@correo.test',
    ]);
  });

  it('text held when its .done arrives goes out first as one more delta of the same stream', () => {
    const at = { item_id: 'm', output_index: 0, content_index: 0, sequence_number: 4, logprobs: [{ token: 'x' }] };
    const out = run([
      event('response.output_text.delta', { ...at, delta: 'hi <PERSON_' }),
      event('response.output_text.done', { item_id: 'm', output_index: 0, content_index: 0, text: 'hi <PERSON_' }),
    ]);
    expect(out.map((d) => [d.type, d.delta ?? d.text])).toEqual([
      ['response.output_text.delta', 'hi '],
      ['response.output_text.delta', '<PERSON_'],
      ['response.output_text.done', 'hi <PERSON_'],
    ]);
    expect(out[1]).toMatchObject({ item_id: 'm', output_index: 0, content_index: 0, logprobs: [] });
  });

  it('held text is released before response.completed and at the end of a stream cut short', () => {
    const at = { item_id: 'm', output_index: 0, content_index: 0 };
    expect(
      run([
        event('response.function_call_arguments.delta', { item_id: 'f', output_index: 0, delta: '{"a":"<PERSON' }),
        event('response.completed', { response: { output: [] } }),
      ]).map((d) => d.type),
    ).toEqual([
      'response.function_call_arguments.delta',
      'response.function_call_arguments.delta',
      'response.completed',
    ]);
    const cut = run([event('response.output_text.delta', { ...at, delta: 'x <EMAIL' }, false)]);
    expect(cut.map((d) => d.delta).join('')).toBe('x <EMAIL');
  });

  it('whole objects in lifecycle, item and part events are restored; events without a placeholder pass as they are', () => {
    const restorer = createRestorer('openai-responses', entries);
    const plain = event('response.output_text.delta', { item_id: 'm', output_index: 0, content_index: 0, delta: 'ok' });
    expect(restorer.restoreEvent(plain)).toEqual([plain]);
    const part = restorer.restoreEvent(
      event('response.content_part.done', { part: { type: 'output_text', text: '<PERSON_1>', annotations: [] } }),
    );
    expect(JSON.parse(part[0]?.data ?? '{}').part.text).toBe('Casimira Olaechea');
    const item = restorer.restoreEvent(
      event('response.output_item.done', { item: { type: 'custom_tool_call', input: 'for <PERSON_2>' } }),
    );
    expect(JSON.parse(item[0]?.data ?? '{}').item.input).toBe('for Rufino "Ruf" Salcedo');
    const done = restorer.restoreEvent(
      event('response.completed', {
        response: { output: [{ type: 'message', content: [{ type: 'output_text', text: 'bye <PERSON_1>' }] }] },
      }),
    );
    expect(JSON.parse(done[0]?.data ?? '{}').response.output[0].content[0].text).toBe('bye Casimira Olaechea');
    const error = event('error', { code: 'server_error', message: 'upstream failed' });
    expect(restorer.restoreEvent(error)).toEqual([error]);
  });
});

describe('Responses answer restoring: hosted tools', () => {
  const hosted = () => [
    {
      type: 'web_search_call',
      id: 'ws',
      status: 'completed',
      action: {
        type: 'search',
        query: 'who is <PERSON_1>',
        sources: [{ type: 'url', url: 'https://people.test/<PERSON_1>' }],
      },
    },
    {
      type: 'web_search_call',
      id: 'ws2',
      status: 'completed',
      action: { type: 'find', url: 'https://x.test', pattern: '<EMAIL_1>' },
    },
    {
      type: 'file_search_call',
      id: 'fs',
      status: 'completed',
      queries: ['contracts of <PERSON_1>', 'plain'],
      results: [
        {
          file_id: 'f1',
          filename: '<PERSON_2>.pdf',
          score: 0.9,
          text: 'signed by <PERSON_1>',
          attributes: { owner: '<EMAIL_1>', n: 3 },
        },
      ],
    },
    {
      type: 'code_interpreter_call',
      id: 'ci',
      status: 'completed',
      code: 'send("<EMAIL_1>")',
      outputs: [
        { type: 'logs', logs: 'sent to <EMAIL_1>' },
        { type: 'image', url: 'https://files.test/1.png' },
      ],
    },
    { type: 'mcp_call', id: 'm', name: 'crm', arguments: '{"who":"<PERSON_2>"}', output: 'found <PERSON_2>' },
  ];
  const expected = [
    {
      type: 'web_search_call',
      id: 'ws',
      status: 'completed',
      action: {
        type: 'search',
        query: 'who is Casimira Olaechea',
        sources: [{ type: 'url', url: 'https://people.test/Casimira Olaechea' }],
      },
    },
    {
      type: 'web_search_call',
      id: 'ws2',
      status: 'completed',
      action: { type: 'find', url: 'https://x.test', pattern: 'c.olaechea@correo.test' },
    },
    {
      type: 'file_search_call',
      id: 'fs',
      status: 'completed',
      queries: ['contracts of Casimira Olaechea', 'plain'],
      results: [
        {
          file_id: 'f1',
          filename: 'Rufino "Ruf" Salcedo.pdf',
          score: 0.9,
          text: 'signed by Casimira Olaechea',
          attributes: { owner: 'c.olaechea@correo.test', n: 3 },
        },
      ],
    },
    {
      type: 'code_interpreter_call',
      id: 'ci',
      status: 'completed',
      code: 'send("c.olaechea@correo.test")',
      outputs: [
        { type: 'logs', logs: 'sent to c.olaechea@correo.test' },
        { type: 'image', url: 'https://files.test/1.png' },
      ],
    },
    {
      type: 'mcp_call',
      id: 'm',
      name: 'crm',
      arguments: '{"who":"Rufino \\"Ruf\\" Salcedo"}',
      output: 'found Rufino "Ruf" Salcedo',
    },
  ];

  it('a JSON response: web search queries and sources, file search queries and results, code and its logs, MCP calls', () => {
    const restorer = createRestorer('openai-responses', entries);
    const body = restorer.restoreJson({ object: 'response', output: hosted() }) as { output: unknown[] };
    expect(body.output).toEqual(expected);
  });

  it('a stream: hosted tool items in item events, code and MCP argument deltas each a stream of their own', () => {
    const items = hosted();
    const at = { item_id: 'ci', output_index: 3 };
    const out = run([
      ...items.map((item, i) => event('response.output_item.done', { output_index: i, item })),
      event('response.code_interpreter_call_code.delta', { ...at, delta: 'send("<EMA' }),
      event('response.code_interpreter_call_code.delta', { ...at, delta: 'IL_1>")' }),
      event('response.code_interpreter_call_code.done', { ...at, code: 'send("<EMAIL_1>")' }),
      event('response.mcp_call_arguments.delta', { item_id: 'm', output_index: 4, delta: '{"who":"<PERSON_2>"}' }),
      event('response.mcp_call_arguments.done', { item_id: 'm', output_index: 4, arguments: '{"who":"<PERSON_2>"}' }),
    ]);
    expect(out.slice(0, items.length).map((e) => e.item)).toEqual(expected);
    const code = out.filter((e) => String(e.type).startsWith('response.code_interpreter_call_code'));
    expect(code.map((e) => e.delta ?? e.code)).toEqual([
      'send("',
      'c.olaechea@correo.test")',
      'send("c.olaechea@correo.test")',
    ]);
    const args = out.filter((e) => String(e.type).startsWith('response.mcp_call_arguments'));
    expect(args.map((e) => e.delta ?? e.arguments)).toEqual([
      '{"who":"Rufino \\"Ruf\\" Salcedo"}',
      '{"who":"Rufino \\"Ruf\\" Salcedo"}',
    ]);
  });
});
