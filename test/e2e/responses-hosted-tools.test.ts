import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';
import { responsesItem, responsesObject } from '../support/sdk-sse.js';

/**
 * Hosted tools (web search, file search, code interpreter) run at the provider on the pseudonymised request, so
 * their calls and results carry placeholders: through the real server and the mock upstream, the client sees the
 * real values in them, JSON and streamed, while the upstream never received the value. Invented values.
 */
const EMAIL = 'yolanda.brightwater@fenmoor-mail.com';

const hostedItems = () => [
  {
    id: 'ws_1',
    type: 'web_search_call',
    status: 'completed',
    action: {
      type: 'search',
      query: 'accounts linked to <EMAIL_1>',
      sources: [{ type: 'url', url: 'https://a.test' }],
    },
  },
  {
    id: 'fs_1',
    type: 'file_search_call',
    status: 'completed',
    queries: ['<EMAIL_1> invoices'],
    results: [{ file_id: 'file_1', filename: 'invoices.csv', score: 0.8, text: 'billing contact <EMAIL_1>' }],
  },
  {
    id: 'ci_1',
    type: 'code_interpreter_call',
    status: 'completed',
    container_id: 'cntr_1',
    code: 'print("<EMAIL_1>".split("@")[1])',
    outputs: [{ type: 'logs', logs: 'domain of <EMAIL_1>: fenmoor-mail.com' }],
  },
];

/** The value at a path of parsed JSON. */
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);

function sse(events: object[]): string {
  return events
    .map((e, i) => `event: ${(e as { type: string }).type}\ndata: ${JSON.stringify({ ...e, sequence_number: i })}\n\n`)
    .join('');
}

describe('Responses hosted tool items end to end', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('JSON: web search query, file search query and result text, code and its logs come back restored', async () => {
    const output = [...hostedItems(), responsesItem({ text: ['Done for <EMAIL_1>.'] }, 3)];
    rig.upstream.set({ rawBody: JSON.stringify(responsesObject(output)) });
    const res = await rig.post('/v1/responses', {
      model: 'gpt-4.1',
      input: `Find what we hold on ${EMAIL}`,
      tools: [{ type: 'web_search' }, { type: 'file_search', vector_store_ids: ['vs_1'] }],
    });
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    expect(rig.upstream.requests[0]?.body).toContain('<EMAIL_1>');
    const body = (await res.json()) as unknown;
    expect(JSON.stringify(body)).not.toContain('<EMAIL_1>');
    expect(at(body, 'output', 0, 'action', 'query')).toBe(`accounts linked to ${EMAIL}`);
    expect(at(body, 'output', 1, 'queries')).toEqual([`${EMAIL} invoices`]);
    expect(at(body, 'output', 1, 'results', 0, 'text')).toBe(`billing contact ${EMAIL}`);
    expect(at(body, 'output', 2, 'code')).toBe(`print("${EMAIL}".split("@")[1])`);
    expect(at(body, 'output', 2, 'outputs', 0, 'logs')).toBe(`domain of ${EMAIL}: fenmoor-mail.com`);
  });

  it('streamed: hosted items in item events and the code interpreter’s code deltas come back restored', async () => {
    const items = hostedItems();
    const ci = { item_id: 'ci_1', output_index: 2 };
    rig.upstream.set({
      rawBody: sse([
        { type: 'response.created', response: responsesObject([], 'in_progress') },
        { type: 'response.output_item.done', output_index: 0, item: items[0] },
        { type: 'response.output_item.done', output_index: 1, item: items[1] },
        { type: 'response.output_item.added', output_index: 2, item: { ...items[2], code: '', outputs: [] } },
        { type: 'response.code_interpreter_call_code.delta', ...ci, delta: 'print("<EMA' },
        { type: 'response.code_interpreter_call_code.delta', ...ci, delta: 'IL_1>".split("@")[1])' },
        { type: 'response.code_interpreter_call_code.done', ...ci, code: 'print("<EMAIL_1>".split("@")[1])' },
        { type: 'response.output_item.done', output_index: 2, item: items[2] },
        { type: 'response.completed', response: responsesObject(items) },
      ]),
    });
    const res = await rig.post('/v1/responses', {
      model: 'gpt-4.1',
      input: `Find what we hold on ${EMAIL}`,
      stream: true,
      tools: [{ type: 'web_search' }, { type: 'code_interpreter', container: { type: 'auto' } }],
    });
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    const raw = await res.text();
    expect(raw).not.toContain('<EMAIL_1>');
    const events = raw
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => JSON.parse(l.slice(6)) as Record<string, unknown>);
    const done = events.filter((e) => e.type === 'response.output_item.done').map((e) => e.item);
    expect(at(done, 0, 'action', 'query')).toBe(`accounts linked to ${EMAIL}`);
    expect(at(done, 1, 'results', 0, 'text')).toBe(`billing contact ${EMAIL}`);
    expect(at(done, 2, 'outputs', 0, 'logs')).toBe(`domain of ${EMAIL}: fenmoor-mail.com`);
    const deltas = events.filter((e) => e.type === 'response.code_interpreter_call_code.delta').map((e) => e.delta);
    expect(deltas.join('')).toBe(`print("${EMAIL}".split("@")[1])`);
    const completed = events.find((e) => e.type === 'response.completed');
    expect(at(completed, 'response', 'output', 0, 'action', 'query')).toBe(`accounts linked to ${EMAIL}`);
  });
});
