import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { responsesItem, responsesObject } from '../support/sdk-sse.js';

/**
 * What used to leave uninspected in hosted tools and request settings, through the real server and the recording
 * mock upstream: a web search tool's user_location, a file_search tool's filter values, metadata values, the
 * end-user id and a predicted output. Invented values throughout.
 */
const EMAIL = 'lucinda.abernethy@kestrelpost-mail.com';
const ANTHROPIC = { 'anthropic-version': '2023-06-01' };
const LOCATION = { type: 'approximate', city: 'Tudela', region: 'Navarra', country: 'ES', timezone: 'Europe/Madrid' };

describe('hosted tools’ locations and filters, metadata and end-user ids end to end', () => {
  let rig: TestRig;
  let coarse: TestRig;
  beforeAll(async () => {
    rig = await startRig();
    // A team that lets the country and time zone go, so searches stay roughly localised.
    coarse = await startRig({
      rulesDir: shippedRulesWithSlackTimeout({
        'default.yaml': (yaml) =>
          yaml.replace('\ntypes:\n', '\ntypes:\n  USER_COUNTRY: allow\n  USER_TIMEZONE: allow\n'),
      }),
    });
  });
  afterAll(async () => {
    await rig.close();
    await coarse.close();
  });
  beforeEach(() => {
    rig.upstream.reset();
    coarse.upstream.reset();
  });

  it('Anthropic web_search: the user’s location is left out under the shipped policy; the tool stays valid', async () => {
    const body = {
      model: 'claude-3-5-haiku-latest',
      max_tokens: 50,
      messages: [{ role: 'user', content: 'any pharmacies open late near me?' }],
      tools: [{ type: 'web_search_20250305', name: 'web_search', max_uses: 3, user_location: LOCATION }],
    };
    const res = await rig.post('/v1/messages', body, ANTHROPIC);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-veil-findings')).toBe('LOCATION=4');
    const raw = rig.upstream.requests[0]?.body ?? '';
    for (const value of ['Tudela', 'Navarra', 'Europe/Madrid', 'LOCATION_']) expect(raw).not.toContain(value);
    const sent = rig.upstream.requests[0]!.json as typeof body;
    expect(sent.tools[0]).toEqual({
      type: 'web_search_20250305',
      name: 'web_search',
      max_uses: 3,
      user_location: { type: 'approximate' },
    });

    const kept = await coarse.post('/v1/messages', body, ANTHROPIC);
    expect(kept.status).toBe(200);
    const coarseSent = coarse.upstream.requests[0]!.json as typeof body;
    expect(coarseSent.tools[0]!.user_location).toEqual({
      type: 'approximate',
      country: 'ES',
      timezone: 'Europe/Madrid',
    });
  });

  it('Responses web_search_preview: the city is not sent; metadata with an e-mail and the end-user id are left out', async () => {
    rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['ok'] }, 0)])) });
    const res = await rig.post('/v1/responses', {
      model: 'gpt-4.1',
      input: 'what is on at the cinema tonight?',
      tools: [{ type: 'web_search_preview', user_location: { type: 'approximate', city: 'Tudela' } }],
      metadata: { ticket: 'T-5531', requester: EMAIL },
      user: EMAIL,
      safety_identifier: '4be0c7d2a91f36e8',
    });
    expect(res.status).toBe(200);
    const raw = rig.upstream.requests[0]?.body ?? '';
    expect(raw).not.toContain('Tudela');
    expect(raw).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]!.json as Record<string, unknown>;
    expect(sent.tools).toEqual([{ type: 'web_search_preview', user_location: { type: 'approximate' } }]);
    expect(sent.metadata).toEqual({ ticket: 'T-5531' });
    expect(sent.user).toBeUndefined();
    expect(sent.safety_identifier).toBe('4be0c7d2a91f36e8');
  });

  it('Responses: metadata and the user id left out of the request come back in the echo, JSON and streamed', async () => {
    const body = {
      model: 'gpt-4.1',
      input: 'what is on at the cinema tonight?',
      metadata: { ticket: 'T-5531', requester: EMAIL },
      user: EMAIL,
    };
    // The provider echoes what it received: the metadata without the key Veil left out, no user.
    const echo = (status: string) => ({
      ...responsesObject(status === 'completed' ? [responsesItem({ text: ['ok'] }, 0)] : [], status),
      metadata: { ticket: 'T-5531' },
      user: null,
    });
    rig.upstream.set({ rawBody: JSON.stringify(echo('completed')) });
    const res = await rig.post('/v1/responses', body);
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    const answer = (await res.json()) as { metadata: unknown; user: unknown };
    expect(answer.metadata).toEqual({ ticket: 'T-5531', requester: EMAIL });
    expect(answer.user).toBe(EMAIL);

    rig.upstream.reset();
    const event = (type: string, status: string) =>
      `event: ${type}\ndata: ${JSON.stringify({ type, response: echo(status) })}\n\n`;
    rig.upstream.set({
      rawBody: event('response.created', 'in_progress') + event('response.completed', 'completed'),
    });
    const streamed = await rig.post('/v1/responses', { ...body, stream: true });
    expect(streamed.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    const responses = (await streamed.text())
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => (JSON.parse(line.slice(6)) as { response: { metadata: unknown; user: unknown } }).response);
    expect(responses).toHaveLength(2);
    for (const r of responses) {
      expect(r.metadata).toEqual({ ticket: 'T-5531', requester: EMAIL });
      expect(r.user).toBe(EMAIL);
    }
  });

  it('Responses file_search: a filter on a person’s e-mail is refused, nothing sent; a filter on an id is forwarded', async () => {
    const tool = (value: unknown) => ({
      type: 'file_search',
      vector_store_ids: ['vs_a1'],
      filters: { type: 'and', filters: [{ type: 'eq', key: 'customer', value }] },
    });
    const res = await rig.post('/v1/responses', {
      model: 'gpt-4.1',
      input: 'summarise the open complaints',
      tools: [tool(EMAIL)],
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain(EMAIL);
    const error = (JSON.parse(text) as { error: { code: string; param: string; message: string } }).error;
    expect([error.code, error.param]).toEqual(['unsupported_content', 'tools[0].filters.filters[0].value']);
    expect(error.message).toContain('EMAIL');
    expect(error.message).toContain('would match nothing');
    expect(rig.upstream.requests).toHaveLength(0);

    rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['ok'] }, 0)])) });
    const byId = await rig.post('/v1/responses', {
      model: 'gpt-4.1',
      input: 'summarise the open complaints',
      tools: [tool('CUST-20931')],
    });
    expect(byId.status).toBe(200);
    const sent = rig.upstream.requests[0]!.json as { tools: unknown[] };
    expect(sent.tools[0]).toEqual(tool('CUST-20931'));
  });

  it('chat: an e-mail as the user id is left out, one in a predicted output leaves as a placeholder', async () => {
    const res = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'fix the greeting' }],
      user: EMAIL,
      metadata: { flow: 'letters' },
      prediction: { type: 'content', content: `Dear customer, write to ${EMAIL}.` },
    });
    expect(res.status).toBe(200);
    const raw = rig.upstream.requests[0]?.body ?? '';
    expect(raw).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]!.json as Record<string, unknown>;
    expect(sent.user).toBeUndefined();
    expect(sent.metadata).toEqual({ flow: 'letters' });
    expect(sent.prediction).toEqual({ type: 'content', content: 'Dear customer, write to <EMAIL_1>.' });
  });

  it('Anthropic: an e-mail as metadata.user_id is left out; an opaque id goes as sent', async () => {
    const body = (userId: string) => ({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 20,
      messages: [{ role: 'user', content: 'hello' }],
      metadata: { user_id: userId },
    });
    const res = await rig.post('/v1/messages', body(EMAIL), ANTHROPIC);
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    expect((rig.upstream.requests[0]!.json as { metadata: unknown }).metadata).toEqual({});
    rig.upstream.reset();
    await rig.post('/v1/messages', body('9f3c2a71-user'), ANTHROPIC);
    expect((rig.upstream.requests[0]!.json as { metadata: unknown }).metadata).toEqual({ user_id: '9f3c2a71-user' });
  });
});
