import { describe, expect, it } from 'vitest';
import { writeSegments } from '../../src/pipeline/segments.js';
import type { RequestAdapter } from '../../src/providers/adapter.js';
import { anthropicCountTokens, anthropicMessages } from '../../src/providers/anthropic/parse.js';
import { openaiChat } from '../../src/providers/openai/parse.js';
import { openaiResponses } from '../../src/providers/openai-responses/parse.js';
import { apiErrorOf } from '../support/api-error.js';

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

const refusal = (adapter: RequestAdapter, body: unknown) => apiErrorOf(() => adapter.parse(body));

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
      ['tools.0.function.parameters.properties.status.anyOf.0.enum.0', 'open'],
      ['tools.0.function.parameters.properties.status.anyOf.0.enum.1', 'closed'],
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
      expect(found).toHaveLength(8);
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
    expect(found.slice(-6)).toEqual([
      ['tools.0.parameters.$defs.ref.description', 'a reference'],
      ['tools.1.description', 'writes to the Quiroga ledger'],
      ['tools.2.server_description', 'our CRM'],
      ['tools.2.server_url', 'https://mcp.example.test'],
      ['text.format.description', 'shape'],
      ['text.format.schema.description', 'root'],
    ]);
  });

  it('writing pseudonyms back changes only prose and value strings: the schema keeps its structure', () => {
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
      JSON.parse(JSON.stringify(value), (key, v) =>
        key === 'description' && typeof v === 'string' ? 'X' : key === 'enum' ? v.map(() => 'X') : v,
      );
    expect(strip(fn.parameters)).toEqual(strip(schema()));
    expect(JSON.stringify(fn.parameters)).toContain('"description":"an order of Eulalia Montserrat <PERSON_1>"');
    expect((fn.parameters as { required: string[] }).required).toEqual(['description', 'items']);
    expect(JSON.stringify(fn.parameters)).toContain('"enum":["open <PERSON_1>","closed <PERSON_1>"]');
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

describe('tool definitions: values, grammars and MCP servers (fail closed)', () => {
  const chatWith = (parameters: unknown) => ({
    model: 'm',
    messages: [{ role: 'user', content: 'x' }],
    tools: [{ type: 'function', function: { name: 'f', parameters } }],
  });
  const all = (adapter: RequestAdapter, body: unknown) =>
    adapter.parse(body).segments.map((s) => [s.kind, s.path.join('.'), s.text]);

  it('reads every string of enum, const, default and examples, and titles, at any depth', () => {
    const parameters = {
      type: 'object',
      title: 'Mail for Rosalind Achebe',
      properties: {
        to: { type: 'string', default: 'r.achebe@quillmont.net', examples: ['a@b.test', { cc: 'c@d.test' }] },
        kind: { const: 'memo' },
        level: { enum: ['low', 2, null, 'high'] },
        enum: { type: 'string', title: 'a property named enum' },
        default: { type: 'object', properties: { title: { type: 'string', description: 'named title' } } },
      },
    };
    expect(toolSegments(openaiChat, chatWith(parameters))).toEqual([
      ['tools.0.function.parameters.title', 'Mail for Rosalind Achebe'],
      ['tools.0.function.parameters.properties.to.default', 'r.achebe@quillmont.net'],
      ['tools.0.function.parameters.properties.to.examples.0', 'a@b.test'],
      ['tools.0.function.parameters.properties.to.examples.1.cc', 'c@d.test'],
      ['tools.0.function.parameters.properties.kind.const', 'memo'],
      ['tools.0.function.parameters.properties.level.enum.0', 'low'],
      ['tools.0.function.parameters.properties.level.enum.3', 'high'],
      ['tools.0.function.parameters.properties.enum.title', 'a property named enum'],
      ['tools.0.function.parameters.properties.default.properties.title.description', 'named title'],
    ]);
  });

  it('reads a custom tool’s grammar (Responses and chat), passes a text format, refuses any other', () => {
    const lark = 'start: "send to " EMAIL\nEMAIL: "ines.korhonen@vaskel.fi"';
    const responses = {
      model: 'm',
      input: 'x',
      tools: [
        { type: 'custom', name: 'g', format: { type: 'grammar', syntax: 'lark', definition: lark } },
        { type: 'custom', name: 't', format: { type: 'text' } },
      ],
    };
    expect(toolSegments(openaiResponses, responses)).toEqual([['tools.0.format.definition', lark]]);
    const chat = {
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
      tools: [
        {
          type: 'custom',
          custom: { name: 'g', format: { type: 'grammar', grammar: { syntax: 'regex', definition: '^\\d{4}$' } } },
        },
      ],
    };
    expect(toolSegments(openaiChat, chat)).toEqual([['tools.0.custom.format.grammar.definition', '^\\d{4}$']]);
    const odd = refusal(openaiResponses, {
      ...responses,
      tools: [{ type: 'custom', name: 'g', format: { type: 'bnf', rules: 'x' } }],
    });
    expect([odd.status, odd.code, odd.param]).toEqual([400, 'unsupported_content', 'tools[0].format.type']);
    const missing = refusal(openaiResponses, {
      ...responses,
      tools: [{ type: 'custom', name: 'g', format: { type: 'grammar', syntax: 'lark' } }],
    });
    expect([missing.status, missing.code]).toEqual([400, 'invalid_type']);
  });

  it('Anthropic mcp_servers: the url is read, the authorization token is a credential', () => {
    const body = {
      model: 'm',
      max_tokens: 5,
      messages: [{ role: 'user', content: 'x' }],
      mcp_servers: [
        { type: 'url', url: 'https://mcp.tarvo-internal.test/sse', name: 'crm', authorization_token: 'opaque-77' },
        { type: 'url', url: 'https://mcp.public.test/sse', name: 'docs' },
      ],
    };
    for (const adapter of [anthropicMessages, anthropicCountTokens]) {
      expect(all(adapter, body).slice(1)).toEqual([
        ['tool_definition', 'mcp_servers.0.url', 'https://mcp.tarvo-internal.test/sse'],
        ['credential', 'mcp_servers.0.authorization_token', 'opaque-77'],
        ['tool_definition', 'mcp_servers.1.url', 'https://mcp.public.test/sse'],
      ]);
    }
    const bad = refusal(anthropicMessages, {
      ...body,
      mcp_servers: [{ type: 'url', url: 'u', authorization_token: 5 }],
    });
    expect([bad.status, bad.param]).toEqual([400, 'mcp_servers[0].authorization_token']);
  });

  it('Responses mcp tools: server_url read, authorization and every header value credentials', () => {
    const body = {
      model: 'm',
      input: 'x',
      tools: [
        {
          type: 'mcp',
          server_label: 'crm',
          server_url: 'https://mcp.tarvo-internal.test',
          authorization: 'opaque-1',
          headers: { 'X-Api-Key': 'opaque-2' },
        },
      ],
    };
    expect(all(openaiResponses, body).slice(1)).toEqual([
      ['tool_definition', 'tools.0.server_url', 'https://mcp.tarvo-internal.test'],
      ['credential', 'tools.0.authorization', 'opaque-1'],
      ['credential', 'tools.0.headers.X-Api-Key', 'opaque-2'],
    ]);
  });
});

describe('hosted tools’ locations and filters, metadata and end-user ids (fail closed)', () => {
  const kinds = (adapter: RequestAdapter, body: unknown) =>
    adapter.parse(body).segments.map((s) => [s.kind, s.path.join('.'), s.text, s.onChange ?? '']);
  const messages = { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] };

  it('Anthropic web_search: every user_location field is a location segment, omitted when changed; domains read', () => {
    const body = {
      ...messages,
      tools: [
        {
          type: 'web_search_20250305',
          name: 'web_search',
          allowed_domains: ['boe.es'],
          user_location: {
            type: 'approximate',
            city: 'Reus',
            region: 'Catalonia',
            country: 'ES',
            timezone: 'Europe/Madrid',
          },
        },
        { type: 'web_fetch_20250910', name: 'web_fetch', blocked_domains: ['ximena-arroyo.test'] },
        { name: 'book', input_schema: { type: 'object' }, input_examples: [{ who: 'Ximena Arroyo' }] },
      ],
      metadata: { user_id: 'u-4471' },
    };
    for (const adapter of [anthropicMessages, anthropicCountTokens]) {
      expect(kinds(adapter, body).slice(1)).toEqual([
        ['location', 'tools.0.user_location.city', 'Reus', 'omit'],
        ['location', 'tools.0.user_location.region', 'Catalonia', 'omit'],
        ['location', 'tools.0.user_location.country', 'ES', 'omit'],
        ['location', 'tools.0.user_location.timezone', 'Europe/Madrid', 'omit'],
        ['tool_definition', 'tools.0.allowed_domains.0', 'boe.es', ''],
        ['tool_definition', 'tools.1.blocked_domains.0', 'ximena-arroyo.test', ''],
        ['tool_definition', 'tools.2.input_examples.0.who', 'Ximena Arroyo', ''],
        ['setting', 'metadata.user_id', 'user_id', 'refuse'],
        ['setting', 'metadata.user_id', 'u-4471', 'omit'],
      ]);
    }
    const unknown = refusal(anthropicMessages, {
      ...messages,
      tools: [{ type: 'web_search_20250305', name: 'web_search', user_location: { type: 'approximate', street: 'x' } }],
    });
    expect([unknown.status, unknown.code, unknown.param]).toEqual([
      400,
      'unsupported_content',
      'tools[0].user_location.street',
    ]);
    const notText = refusal(anthropicMessages, {
      ...messages,
      tools: [{ type: 'web_search_20250305', name: 'web_search', user_location: { city: 7 } }],
    });
    expect([notText.status, notText.code]).toEqual([400, 'invalid_type']);
  });

  it('Responses: web_search and web_search_preview locations, allowed domains, file_search filter values (refuse)', () => {
    const body = {
      model: 'm',
      input: 'x',
      tools: [
        {
          type: 'web_search',
          user_location: { type: 'approximate', city: 'Tromsø' },
          filters: { allowed_domains: ['a.test'] },
        },
        { type: 'web_search_preview', user_location: { type: 'approximate', region: 'Ontario', country: 'CA' } },
        {
          type: 'file_search',
          vector_store_ids: ['vs_1'],
          filters: {
            type: 'and',
            filters: [
              { type: 'eq', key: 'client', value: 'Odalys Ferreira' },
              { type: 'in', key: 'ref', value: ['R-1', 7] },
              { type: 'gte', key: 'year', value: 2024 },
            ],
          },
        },
      ],
      metadata: { ticket: 'T-99' },
      user: 'odalys@ferreira-casa.test',
      safety_identifier: 'sid-1',
      prompt_cache_key: 'k-1',
    };
    expect(kinds(openaiResponses, body).slice(1)).toEqual([
      ['location', 'tools.0.user_location.city', 'Tromsø', 'omit'],
      ['tool_definition', 'tools.0.filters.allowed_domains.0', 'a.test', ''],
      ['location', 'tools.1.user_location.region', 'Ontario', 'omit'],
      ['location', 'tools.1.user_location.country', 'CA', 'omit'],
      ['setting', 'tools.2.filters.filters.0.value', 'Odalys Ferreira', 'refuse'],
      ['setting', 'tools.2.filters.filters.1.value.0', 'R-1', 'refuse'],
      ['setting', 'metadata.ticket', 'ticket', 'refuse'],
      ['setting', 'metadata.ticket', 'T-99', 'omit'],
      ['setting', 'user', 'odalys@ferreira-casa.test', 'omit'],
      ['setting', 'safety_identifier', 'sid-1', 'omit'],
      ['setting', 'prompt_cache_key', 'k-1', 'omit'],
    ]);
    const unknown = refusal(openaiResponses, {
      model: 'm',
      input: 'x',
      tools: [
        { type: 'file_search', vector_store_ids: ['vs_1'], filters: { type: 'eq', key: 'a', value: 'b', note: 'c' } },
      ],
    });
    expect([unknown.status, unknown.code, unknown.param]).toEqual([
      400,
      'unsupported_content',
      'tools[0].filters.note',
    ]);
  });

  it('Responses: an image_generation tool’s inline mask counts as an image', () => {
    const body = {
      model: 'm',
      input: 'x',
      tools: [{ type: 'image_generation', input_image_mask: { image_url: 'data:image/png;base64,iVBORw0K' } }],
    };
    expect(openaiResponses.parse(body).images).toBe(1);
    expect(openaiResponses.parse({ ...body, tools: [{ type: 'image_generation' }] }).images).toBe(0);
  });

  it('chat: metadata values, user, safety_identifier, prompt_cache_key and a predicted output are read', () => {
    const body = {
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
      metadata: { team: 'claims' },
      user: 'u-1',
      prediction: { type: 'content', content: [{ type: 'text', text: 'Dear Mr Okonkwo' }] },
    };
    expect(kinds(openaiChat, body).slice(1)).toEqual([
      ['setting', 'metadata.team', 'team', 'refuse'],
      ['setting', 'metadata.team', 'claims', 'omit'],
      ['setting', 'user', 'u-1', 'omit'],
      ['message', 'prediction.content.0.text', 'Dear Mr Okonkwo', ''],
    ]);
    const bad = refusal(openaiChat, { ...body, metadata: { n: 5 } });
    expect([bad.status, bad.param]).toEqual([400, 'metadata.n']);
  });

  it('writing back: a changed omit segment leaves the request, an unchanged one stays, the original comes back', () => {
    const body = {
      ...messages,
      tools: [
        {
          type: 'web_search_20250305',
          name: 'web_search',
          user_location: { type: 'approximate', city: 'Reus', country: 'ES' },
        },
      ],
    };
    const parsed = anthropicMessages.parse(structuredClone(body));
    const texts = parsed.segments.map((s) => (s.path.at(-1) === 'city' ? '<LOCATION_1>' : s.text));
    writeSegments(parsed.body, parsed.segments, texts);
    const tool = (parsed.body as typeof body).tools[0]!;
    expect(tool.user_location).toEqual({ type: 'approximate', country: 'ES' });
    writeSegments(
      parsed.body,
      parsed.segments,
      parsed.segments.map((s) => s.text),
    );
    expect(tool.user_location).toEqual({ type: 'approximate', city: 'Reus', country: 'ES' });
  });
});
