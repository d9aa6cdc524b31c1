import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/http/errors.js';
import { writeSegments } from '../../src/pipeline/segments.js';
import type { RequestAdapter } from '../../src/providers/adapter.js';
import { anthropicCountTokens, anthropicMessages } from '../../src/providers/anthropic/parse.js';
import { openaiChat } from '../../src/providers/openai/parse.js';
import { openaiResponses } from '../../src/providers/openai-responses/parse.js';

/** Invented values throughout. */
const toolSegments = (adapter: RequestAdapter, body: unknown) =>
  adapter
    .parse(body)
    .segments.filter((s) => s.kind === 'tool_definition')
    .map((s) => [s.path.join('.'), s.text]);

/** A schema with descriptions at several depths, and a property that is itself named "description". */
const schema = () => ({
  type: 'object',
  description: 'an order of Eulalia Montserrat',
  properties: {
    description: { type: 'string', description: 'free text' },
    items: {
      type: 'array',
      items: { type: 'object', properties: { sku: { type: 'string', description: 'the sku' } } },
    },
    status: { anyOf: [{ type: 'string', enum: ['open', 'closed'], description: 'open or closed' }, { type: 'null' }] },
    ref: { $ref: '#/$defs/ref' },
  },
  required: ['description', 'items'],
  $defs: { ref: { type: 'string', description: 'a reference' } },
});

function refusal(adapter: RequestAdapter, body: unknown): ApiError {
  try {
    adapter.parse(body);
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('parsed without a 400');
}

describe('tool definitions are segments', () => {
  it('chat: function descriptions, every description inside its parameters, legacy functions, response_format', () => {
    const body = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'hi' }],
      tools: [
        { type: 'function', function: { name: 'find_order', description: 'finds orders', parameters: schema() } },
        { type: 'function', function: { name: 'ping' } },
        { type: 'custom', custom: { name: 'sql', description: 'runs SQL for the Ibarrola account' } },
      ],
      functions: [{ name: 'legacy', description: 'old style', parameters: { type: 'object', properties: {} } }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', description: 'the answer', schema: { type: 'object', description: 'root' } },
      },
    };
    expect(toolSegments(openaiChat, body)).toEqual([
      ['tools.0.function.description', 'finds orders'],
      ['tools.0.function.parameters.description', 'an order of Eulalia Montserrat'],
      ['tools.0.function.parameters.properties.description.description', 'free text'],
      ['tools.0.function.parameters.properties.items.items.properties.sku.description', 'the sku'],
      ['tools.0.function.parameters.properties.status.anyOf.0.description', 'open or closed'],
      ['tools.0.function.parameters.$defs.ref.description', 'a reference'],
      ['tools.2.custom.description', 'runs SQL for the Ibarrola account'],
      ['functions.0.description', 'old style'],
      ['response_format.json_schema.description', 'the answer'],
      ['response_format.json_schema.schema.description', 'root'],
    ]);
  });

  it('Anthropic: tool descriptions and input_schema descriptions, in count_tokens too; server tools pass', () => {
    const body = {
      model: 'claude-x',
      max_tokens: 10,
      messages: [{ role: 'user', content: 'hi' }],
      tools: [
        { name: 'find_order', description: 'finds orders for Tobias Lindqvist', input_schema: schema() },
        { type: 'web_search_20250305', name: 'web_search', max_uses: 2 },
      ],
    };
    for (const adapter of [anthropicMessages, anthropicCountTokens]) {
      const found = toolSegments(adapter, body);
      expect(found[0]).toEqual(['tools.0.description', 'finds orders for Tobias Lindqvist']);
      expect(found.map(([path]) => path)).toContain('tools.0.input_schema.properties.status.anyOf.0.description');
      expect(found).toHaveLength(6);
    }
  });

  it('Responses: function and custom tool descriptions, parameters, an MCP server description, text.format', () => {
    const body = {
      model: 'gpt-4.1',
      input: 'hi',
      tools: [
        { type: 'function', name: 'find_order', description: 'finds orders', parameters: schema() },
        { type: 'custom', name: 'grammar_tool', description: 'writes to the Quiroga ledger' },
        { type: 'mcp', server_label: 'crm', server_url: 'https://mcp.example.test', server_description: 'our CRM' },
        { type: 'web_search' },
      ],
      text: { format: { type: 'json_schema', name: 'out', description: 'shape', schema: { description: 'root' } } },
    };
    const found = toolSegments(openaiResponses, body);
    expect(found.slice(0, 2)).toEqual([
      ['tools.0.description', 'finds orders'],
      ['tools.0.parameters.description', 'an order of Eulalia Montserrat'],
    ]);
    expect(found.slice(-5)).toEqual([
      ['tools.0.parameters.$defs.ref.description', 'a reference'],
      ['tools.1.description', 'writes to the Quiroga ledger'],
      ['tools.2.server_description', 'our CRM'],
      ['text.format.description', 'shape'],
      ['text.format.schema.description', 'root'],
    ]);
  });

  it('writing pseudonyms back changes only description strings: the schema keeps its structure', () => {
    const body = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'hi' }],
      tools: [{ type: 'function', function: { name: 'find_order', description: 'd', parameters: schema() } }],
    };
    const parsed = openaiChat.parse(body);
    const texts = parsed.segments.map((s) => (s.kind === 'tool_definition' ? `${s.text} <PERSON_1>` : s.text));
    writeSegments(parsed.body, parsed.segments, texts);
    const fn = (parsed.body.tools as { function: { description: string; parameters: Record<string, unknown> } }[])[0]!
      .function;
    expect(fn.description).toBe('d <PERSON_1>');
    const strip = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (key, v) => (key === 'description' && typeof v === 'string' ? 'X' : v));
    expect(strip(fn.parameters)).toEqual(strip(schema()));
    expect(JSON.stringify(fn.parameters)).toContain('"description":"an order of Eulalia Montserrat <PERSON_1>"');
    expect((fn.parameters as { required: string[] }).required).toEqual(['description', 'items']);
  });

  it('refuses tool lists and descriptions it cannot read as text', () => {
    const chat = (extra: Record<string, unknown>) => ({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
      ...extra,
    });
    const cases: [RequestAdapter, unknown, string][] = [
      [openaiChat, chat({ tools: 'find orders of Eulalia' }), 'tools'],
      [
        openaiChat,
        chat({ tools: [{ type: 'function', function: { name: 'f', description: ['a'] } }] }),
        'tools[0].function.description',
      ],
      [openaiChat, chat({ tools: ['f'] }), 'tools[0]'],
      [
        anthropicMessages,
        {
          model: 'm',
          max_tokens: 1,
          messages: [{ role: 'user', content: 'x' }],
          tools: [{ name: 'f', description: 7 }],
        },
        'tools[0].description',
      ],
      [
        openaiResponses,
        { model: 'm', input: 'x', tools: [{ type: 'function', name: 'f', description: { a: 'b' } }] },
        'tools[0].description',
      ],
    ];
    for (const [adapter, body, param] of cases) {
      const err = refusal(adapter, body);
      expect([err.status, err.param]).toEqual([400, param]);
    }
  });
});
