import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AGENT_TOOLS } from '../support/agent-tools.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { responsesItem, responsesObject } from '../support/sdk-sse.js';

/**
 * Tool definitions go upstream: through the real server and the recording mock upstream, their descriptions are
 * pseudonymised (the schema otherwise as sent) or block the request. Invented values throughout.
 */
const EMAIL = 'dolores.arrieta@kmail-sur.com';
const TOKEN = 'ghp_R7kQ2mZx9LwT4vN8pB3sY6dH1jF5cG0aE2uK';

const parameters = {
  type: 'object',
  properties: {
    to: { type: 'string', description: `recipient; default ${EMAIL}` },
    body: { type: 'string', description: 'the text' },
  },
  required: ['to'],
  additionalProperties: false,
};

describe('tool definitions end to end', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('chat: an e-mail in a tool and a parameter description leaves as a placeholder and comes back restored', async () => {
    rig.upstream.set({ toolCall: { name: 'send_mail', arguments: '{"to":"<EMAIL_1>","body":"hi"}' } });
    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'send the weekly note' }],
      tools: [
        {
          type: 'function',
          function: { name: 'send_mail', description: `Mails ${EMAIL} unless told otherwise`, parameters },
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-findings')).toBe('EMAIL=2');
    const sentRaw = rig.upstream.requests[0]?.body ?? '';
    expect(sentRaw).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]?.json as {
      tools: { function: { description: string; parameters: typeof parameters } }[];
    };
    const fn = sent.tools[0]!.function;
    expect(fn.description).toBe('Mails <EMAIL_1> unless told otherwise');
    expect(fn.parameters).toEqual({
      ...parameters,
      properties: { ...parameters.properties, to: { type: 'string', description: 'recipient; default <EMAIL_1>' } },
    });
    const answer = (await res.json()) as {
      choices: { message: { tool_calls: { function: { arguments: string } }[] } }[];
    };
    expect(JSON.parse(answer.choices[0]!.message.tool_calls[0]!.function.arguments)).toEqual({ to: EMAIL, body: 'hi' });
  });

  it('Anthropic: a token in a tool description blocks the request and nothing is sent', async () => {
    const res = await rig.post(
      '/v1/messages',
      {
        model: 'claude-3-5-haiku-latest',
        max_tokens: 50,
        messages: [{ role: 'user', content: 'list my repositories' }],
        tools: [
          {
            name: 'github',
            description: `Calls the GitHub API with ${TOKEN}`,
            input_schema: { type: 'object', properties: {} },
          },
        ],
      },
      { 'anthropic-version': '2023-06-01' },
    );
    expect(res.status).toBe(403);
    const text = await res.text();
    expect(text).not.toContain(TOKEN);
    expect((JSON.parse(text) as { type: string }).type).toBe('error');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('Responses: a function tool description is pseudonymised before it leaves', async () => {
    rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['ok'] }, 0)])) });
    const res = await rig.post('/v1/responses', {
      model: 'gpt-4o-mini',
      input: 'send the weekly note',
      tools: [{ type: 'function', name: 'send_mail', description: `Mails ${EMAIL}`, parameters }],
    });
    expect(res.status).toBe(200);
    const sentRaw = rig.upstream.requests[0]?.body ?? '';
    expect(sentRaw).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]?.json as { tools: { description: string; parameters: typeof parameters }[] };
    expect(sent.tools[0]!.description).toBe('Mails <EMAIL_1>');
    expect(sent.tools[0]!.parameters.properties.to.description).toBe('recipient; default <EMAIL_1>');
    expect(sent.tools[0]!.parameters.required).toEqual(['to']);
  });

  it('a clinic’s tool description with a condition goes to the cloud as written; the same words in a message stay local', async () => {
    rig.upstream.set({ reply: 'booked' });
    const clinicTool = {
      type: 'function',
      function: {
        name: 'book_followup',
        description: 'Books a follow-up visit for patients with type 2 diabetes or hypertension',
        parameters: { type: 'object', properties: { slot: { type: 'string', description: 'ISO start time' } } },
      },
    };
    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'book me the first slot next week' }],
      tools: [...AGENT_TOOLS, clinicTool],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-route')).toBe('cloud');
    // "type 2 diabetes or hypertension": two conditions joined by "or" in one clause are one MEDICAL span.
    expect(res.headers.get('x-veil-findings')).toBe('MEDICAL=1');
    const sent = rig.upstream.requests[0]?.json as { tools: { function: { description: string } }[] };
    expect(sent.tools.at(-1)!.function.description).toBe(clinicTool.function.description);
    expect(sent.tools).toHaveLength(AGENT_TOOLS.length + 1);

    rig.upstream.reset();
    const kept = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'my hypertension readings are worse, book me a follow-up' }],
      tools: [clinicTool],
    });
    expect(kept.headers.get('x-veil-route')).toBe('local');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('an agent loop resending the same 20 tools gets the same placeholders every turn', async () => {
    const tools = [
      ...AGENT_TOOLS,
      { type: 'function', function: { name: 'send_mail', description: `Mails ${EMAIL}`, parameters } },
    ];
    const sentTools: string[] = [];
    for (const turn of ['where is order 4471', 'and the refund?', 'thanks, close it']) {
      rig.upstream.reset();
      rig.upstream.set({ reply: 'ok' });
      const res = await rig.post('/v1/chat/completions', {
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: turn }],
        tools,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-veil-findings')).toBe('EMAIL=2');
      const raw = rig.upstream.requests[0]?.body ?? '';
      expect(raw).not.toContain(EMAIL);
      sentTools.push(JSON.stringify((rig.upstream.requests[0]!.json as { tools: unknown }).tools));
    }
    expect(new Set(sentTools).size).toBe(1);
    expect(sentTools[0]).toContain('Mails <EMAIL_1>');
  });
});
