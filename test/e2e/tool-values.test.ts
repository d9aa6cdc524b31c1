import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { responsesItem, responsesObject } from '../support/sdk-sse.js';

/**
 * What used to leave uninspected beside a tool definition, through the real server and the recording mock
 * upstream: schema values (enum, default, examples, title, const), a custom tool's grammar, a search result's
 * source and MCP servers' urls and tokens. Invented values throughout.
 */
const EMAIL = 'bartolome.ssekandi@harwick-post.com';
const TOKEN = 'ghp_Q4nW8xT2mK7pL9vB3cZ6yH1dR5fJ0gA8sE4u';
const MCP_TOKEN = 'mcp-tok-2a91f0c3-opaque';
const ANTHROPIC = { 'anthropic-version': '2023-06-01' };

describe('tool values, grammars, search sources and MCP servers end to end', () => {
  let rig: TestRig;
  let allowing: TestRig;
  beforeAll(async () => {
    rig = await startRig();
    allowing = await startRig({
      rulesDir: shippedRulesWithSlackTimeout({
        'default.yaml': (yaml) => yaml.replace('\ntypes:\n', '\ntypes:\n  AUTHORIZATION_TOKEN: allow\n'),
      }),
    });
  });
  afterAll(async () => {
    await rig.close();
    await allowing.close();
  });
  beforeEach(() => {
    rig.upstream.reset();
    allowing.upstream.reset();
  });

  it('chat: an e-mail in a default, an example and a title leaves as a placeholder; the schema stays as sent', async () => {
    const parameters = {
      type: 'object',
      title: `Mail form of ${EMAIL}`,
      properties: {
        to: { type: 'string', default: EMAIL, examples: [EMAIL] },
        tone: { type: 'string', enum: ['formal', 'casual'] },
      },
      required: ['to'],
    };
    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'send the note' }],
      tools: [{ type: 'function', function: { name: 'send_mail', parameters } }],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-findings')).toBe('EMAIL=3');
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]!.json as { tools: { function: { parameters: unknown } }[] };
    expect(sent.tools[0]!.function.parameters).toEqual({
      type: 'object',
      title: 'Mail form of <EMAIL_1>',
      properties: {
        to: { type: 'string', default: '<EMAIL_1>', examples: ['<EMAIL_1>'] },
        tone: { type: 'string', enum: ['formal', 'casual'] },
      },
      required: ['to'],
    });
  });

  it('chat: a token in an enum value blocks the request; nothing is sent', async () => {
    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'list repositories' }],
      tools: [
        {
          type: 'function',
          function: { name: 'gh', parameters: { type: 'object', properties: { auth: { enum: [TOKEN] } } } },
        },
      ],
    });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain(TOKEN);
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('Responses: a custom tool grammar is read and leaves pseudonymised; an unknown format is refused', async () => {
    rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['ok'] }, 0)])) });
    const definition = `start: "notify " ADDR\nADDR: "${EMAIL}"`;
    const res = await rig.post('/v1/responses', {
      model: 'gpt-4.1',
      input: 'notify the owner',
      tools: [{ type: 'custom', name: 'notify', format: { type: 'grammar', syntax: 'lark', definition } }],
    });
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]!.json as { tools: { format: { definition: string } }[] };
    expect(sent.tools[0]!.format.definition).toBe('start: "notify " ADDR\nADDR: "<EMAIL_1>"');

    rig.upstream.reset();
    const odd = await rig.post('/v1/responses', {
      model: 'gpt-4.1',
      input: 'x',
      tools: [{ type: 'custom', name: 'n', format: { type: 'ebnf', source: EMAIL } }],
    });
    expect(odd.status).toBe(400);
    expect(((await odd.json()) as { error: { code: string } }).error.code).toBe('unsupported_content');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('Anthropic: an MCP server token blocks the request by default; nothing is sent, the token is not echoed', async () => {
    const body = {
      model: 'claude-3-5-haiku-latest',
      max_tokens: 50,
      messages: [{ role: 'user', content: 'what is open in the CRM?' }],
      mcp_servers: [
        { type: 'url', url: 'https://mcp.tarvo-crm.test/sse', name: 'crm', authorization_token: MCP_TOKEN },
      ],
    };
    const res = await rig.post('/v1/messages', body, ANTHROPIC);
    expect(res.status).toBe(403);
    const text = await res.text();
    expect(text).not.toContain(MCP_TOKEN);
    expect(res.headers.get('x-veil-findings')).toBe('SECRET=1');
    expect(rig.upstream.requests).toHaveLength(0);

    // A team that allows the type lets it leave as written.
    const allowed = await allowing.post('/v1/messages', body, ANTHROPIC);
    expect(allowed.status).toBe(200);
    const sent = allowing.upstream.requests[0]!.json as typeof body;
    expect(sent.mcp_servers[0]!.authorization_token).toBe(MCP_TOKEN);
    expect(sent.mcp_servers[0]!.url).toBe('https://mcp.tarvo-crm.test/sse');
  });

  it('Anthropic: a secret in an MCP server url blocks even where tokens are allowed', async () => {
    const res = await allowing.post(
      '/v1/messages',
      {
        model: 'claude-3-5-haiku-latest',
        max_tokens: 50,
        messages: [{ role: 'user', content: 'hi' }],
        mcp_servers: [{ type: 'url', url: `https://mcp.tarvo-crm.test/sse?key=${TOKEN}`, name: 'crm' }],
      },
      ANTHROPIC,
    );
    expect(res.status).toBe(403);
    expect(allowing.upstream.requests).toHaveLength(0);
  });

  it('Anthropic: a search result’s source is read; an e-mail in it leaves as a placeholder', async () => {
    const res = await rig.post(
      '/v1/messages',
      {
        model: 'claude-3-5-haiku-latest',
        max_tokens: 50,
        messages: [
          {
            role: 'user',
            content: [
              {
                type: 'search_result',
                source: `mailto:${EMAIL}`,
                title: 'Refund thread',
                content: [{ type: 'text', text: 'Asked about a late parcel.' }],
              },
              { type: 'text', text: 'summarise' },
            ],
          },
        ],
      },
      ANTHROPIC,
    );
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]!.json as { messages: { content: { source?: string }[] }[] };
    expect(sent.messages[0]!.content[0]!.source).toContain('<EMAIL_1>');
  });
});
