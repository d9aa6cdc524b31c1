import type OpenAI from 'openai';
import { BadRequestError, InternalServerError, NotFoundError, PermissionDeniedError } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shippedRulesWithSlackTimeout } from '../policy/rules.js';
import { startRig, type TestRig } from '../support/gateway.js';
import { expectNothingRaw, openAiClient } from '../support/sdk-clients.js';
import { responsesItem, responsesObject, responsesSse } from '../support/sdk-sse.js';

/**
 * The official OpenAI SDK's Responses API (`client.responses.create`, JSON and stream, and the `responses.stream`
 * helper) and `models.retrieve`, unchanged, through Veil. The engineering team pseudonymises names and tokens and
 * masks cards; the default team blocks secrets and keeps medical text on its local model. Values are invented.
 */
const NAME = 'Teodora Villaseñor';
const CARD = '4111 1111 1111 1111';
const CALLER = 'Anselmo Brizuela';
const TOKEN = 'ghp_Q4nV8sK2wLp7Xc1Zr9Mt5Hd3Jb6Fy0Ae8Ug2';
const PROMPT = `Write two lines to ${NAME} saying card ${CARD} was replaced this morning.`;
const RAW = [NAME, 'Teodora', 'Villaseñor', CARD, '4111111111111111', CALLER, 'Brizuela', TOKEN];

interface SentResponses {
  instructions?: string;
  input: string | Record<string, unknown>[];
}

describe('OpenAI Responses API through Veil', () => {
  let rig: TestRig;
  let client: OpenAI;
  let defaultTeam: OpenAI;
  beforeAll(async () => {
    rig = await startRig({ team: 'engineering', rulesDir: shippedRulesWithSlackTimeout() });
    client = openAiClient(rig);
    defaultTeam = openAiClient(rig, { team: 'default' });
  });
  afterAll(() => rig.close());
  beforeEach(() => rig.upstream.reset());

  const sent = (i = 0) => rig.upstream.requests[i]?.json as SentResponses;

  it('responses.create (JSON): input and instructions pseudonymised, output and echoed instructions restored', async () => {
    rig.upstream.set({
      rawBody: JSON.stringify({
        ...responsesObject([responsesItem({ text: ['Dear <PERSON_2>, your card was replaced.'] }, 0)]),
        instructions: 'Sign as <PERSON_1>.',
      }),
    });
    const response = await client.responses.create({
      model: 'gpt-4o-mini',
      instructions: `Sign as ${CALLER}.`,
      input: PROMPT,
    });
    const request = rig.upstream.requests[0];
    expect(request?.path).toBe('/v1/responses');
    expectNothingRaw(RAW, request?.body);
    // Numbered in request order: the instructions come first.
    expect(sent().instructions).toBe('Sign as <PERSON_1>.');
    expect(sent().input).toBe(
      'Write two lines to <PERSON_2> saying card [CREDIT_CARD ****1111] was replaced this morning.',
    );
    expect(response.output_text).toBe(`Dear ${NAME}, your card was replaced.`);
    expect(response.instructions).toBe(`Sign as ${CALLER}.`);
    expect(response.usage?.input_tokens).toBe(11);
  });

  it('stream: true: a placeholder cut across deltas comes back whole, in deltas, .done texts and response.completed', async () => {
    rig.upstream.set({ rawBody: responsesSse([{ text: ['Hi <PER', 'SON_1>, done. <PERSON', '_1> again', '.'] }]) });
    const stream = await client.responses.create({ model: 'gpt-4o-mini', input: PROMPT, stream: true });
    let deltas = '';
    const done: string[] = [];
    let completed: OpenAI.Responses.Response | undefined;
    const types: string[] = [];
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') {
        expect(event.delta).not.toContain('<');
        deltas += event.delta;
      }
      if (event.type === 'response.output_text.done') done.push(event.text);
      if (event.type === 'response.content_part.done' && event.part.type === 'output_text') done.push(event.part.text);
      if (event.type === 'response.output_item.done' && event.item.type === 'message') {
        const part = event.item.content[0];
        if (part?.type === 'output_text') done.push(part.text);
      }
      if (event.type === 'response.completed') completed = event.response;
    }
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    const whole = `Hi ${NAME}, done. ${NAME} again.`;
    expect(deltas).toBe(whole);
    expect(done).toEqual([whole, whole, whole]);
    const last = completed?.output[0];
    expect(last?.type === 'message' && last.content[0]?.type === 'output_text' && last.content[0].text).toBe(whole);
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
  });

  it('the responses.stream helper accumulates restored text; text held at the end of a delta stream still arrives', async () => {
    // The last delta ends in the middle of a placeholder-looking text: held until .done, then sent as one more delta.
    rig.upstream.set({ rawBody: responsesSse([{ text: ['For <PERSON_1', '>: ok <PERS'] }]) });
    const stream = client.responses.stream({ model: 'gpt-4o-mini', input: PROMPT });
    let deltas = '';
    stream.on('response.output_text.delta', (e) => {
      deltas += e.delta;
    });
    const final = await stream.finalResponse();
    expect(deltas).toBe(`For ${NAME}: ok <PERS`);
    expect(final.output_text).toBe(`For ${NAME}: ok <PERS`);
  });

  it('a function_call round trip: every text item inspected upstream, streamed call arguments restored', async () => {
    const args = JSON.stringify({ customer: CALLER, token: TOKEN });
    const callArgs = JSON.stringify({ customer: '<PERSON_1>', token: '<SECRET_1>' });
    const pieces = callArgs.match(/.{1,5}/g) ?? [];
    rig.upstream.set({ rawBody: responsesSse([{ call: 'refund', args: pieces }]) });
    const stream = await client.responses.create({
      model: 'gpt-4o-mini',
      stream: true,
      tools: [
        {
          type: 'function',
          name: 'refund',
          parameters: { type: 'object', properties: { customer: { type: 'string' } } },
          strict: false,
        },
      ],
      input: [
        { role: 'user', content: [{ type: 'input_text', text: `Refund ${CALLER}, token ${TOKEN}` }] },
        { type: 'function_call', call_id: 'call_0', name: 'refund', arguments: args },
        { type: 'function_call_output', call_id: 'call_0', output: `refund queued for ${CALLER}` },
        {
          type: 'message',
          role: 'assistant',
          id: 'msg_0',
          status: 'completed',
          content: [{ type: 'output_text', text: `Queued for ${CALLER}.`, annotations: [] }],
        },
        { role: 'user', content: `Once more for ${CALLER}` },
      ],
    });
    let streamed = '';
    let doneArgs = '';
    let finalArgs = '';
    for await (const event of stream) {
      if (event.type === 'response.function_call_arguments.delta') streamed += event.delta;
      if (event.type === 'response.function_call_arguments.done') doneArgs = event.arguments;
      if (event.type === 'response.completed') {
        const item = event.response.output[0];
        if (item?.type === 'function_call') finalArgs = item.arguments;
      }
    }
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    const input = sent().input as Record<string, unknown>[];
    expect(JSON.parse(String(input[1]?.arguments))).toEqual({ customer: '<PERSON_1>', token: '<SECRET_1>' });
    expect(input[2]?.output).toBe('refund queued for <PERSON_1>');
    expect(input[4]?.content).toBe('Once more for <PERSON_1>');
    for (const text of [streamed, doneArgs, finalArgs]) {
      expect(JSON.parse(text)).toEqual({ customer: CALLER, token: TOKEN });
    }
  });

  it('a blocked secret is a PermissionDeniedError, JSON and streaming, and nothing is sent', async () => {
    const secret = 'AKIAZ3RT8WQ5MNXP2KVD';
    for (const stream of [false, true]) {
      const err = await defaultTeam.responses
        .create({ model: 'gpt-4o-mini', input: `rotate ${secret} tonight`, stream })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PermissionDeniedError);
      const denied = err as PermissionDeniedError;
      expect(denied.code).toBe('sensitive_data_blocked');
      expect(denied.message).toContain('SECRET');
      expect(JSON.stringify(denied.error)).not.toContain(secret);
    }
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('content Veil cannot inspect is a 400 naming it, never forwarded', async () => {
    const refused: OpenAI.Responses.ResponseInput[] = [
      [
        {
          role: 'user',
          content: [{ type: 'input_file', filename: 'notes.txt', file_data: 'data:text/plain;base64,SGVsbG8=' }],
        },
      ],
      [{ type: 'computer_call_output', call_id: 'c1', output: { type: 'computer_screenshot', image_url: 'x' } }],
      [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }] }] as never,
    ];
    for (const input of refused) {
      const err = await client.responses.create({ model: 'gpt-4o-mini', input }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BadRequestError);
      expect((err as BadRequestError).code).toBe('unsupported_content');
    }
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('an image part and an item reference pass, the text around them inspected', async () => {
    rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['ok <PERSON_1>'] }, 0)])) });
    const response = await client.responses.create({
      model: 'gpt-4o-mini',
      input: [
        { type: 'item_reference', id: 'msg_earlier' },
        {
          role: 'user',
          content: [
            { type: 'input_text', text: `Who is in this photo with ${NAME}?` },
            { type: 'input_image', image_url: 'https://example.com/p.png', detail: 'auto' },
          ],
        },
      ],
    });
    expectNothingRaw(RAW, rig.upstream.requests[0]?.body);
    expect(response.output_text).toBe(`ok ${NAME}`);
  });

  it('a request the policy keeps local never reaches the cloud; without a local model ready it is a 503', async () => {
    const err = await defaultTeam.responses
      .create({
        model: 'gpt-4o-mini',
        input: 'My daughter was diagnosed with type 1 diabetes and takes insulin glargine 12 units at night.',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InternalServerError);
    expect((err as InternalServerError).status).toBe(503);
    expect((err as InternalServerError).code).toBe('local_unavailable');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('the audit record names the endpoint and reads the usage of response.completed', async () => {
    rig.upstream.set({ rawBody: responsesSse([{ text: ['fine'] }]) });
    const { response } = await client.responses
      .create({ model: 'gpt-4o-mini', input: 'hello', stream: true })
      .withResponse();
    const id = response.headers.get('x-veil-request-id');
    await new Promise((r) => setTimeout(r, 50));
    await rig.gateway.audit.flush();
    const row = rig.gateway.db
      .prepare('SELECT endpoint, status, prompt_tokens, completion_tokens FROM audit_records WHERE request_id = ?')
      .get(id) as { endpoint: string; status: number; prompt_tokens: number; completion_tokens: number };
    expect(row).toMatchObject({ endpoint: 'responses', status: 200, prompt_tokens: 11, completion_tokens: 9 });
  });

  it('previous_response_id continues the pseudonyms of the stored turns (JSON and streamed); a new chain starts afresh', async () => {
    const other = 'Brígida Echenique';
    const userText = (i: number) => {
      const input = sent(i).input;
      return typeof input === 'string' ? input : '';
    };
    rig.upstream.set({
      rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['noted'] }, 0)], 'completed', 'resp_turn1')),
    });
    await client.responses.create({ model: 'gpt-4o-mini', input: `Book a table for ${NAME}.` });
    // The second turn names someone new: the provider's stored first turn already means NAME by <PERSON_1>.
    rig.upstream.set({ rawBody: responsesSse([{ text: ['ok'] }], 'resp_turn2') });
    for await (const _ of await client.responses.create({
      model: 'gpt-4o-mini',
      input: `Add ${other} to it.`,
      previous_response_id: 'resp_turn1',
      stream: true,
    })) {
      // drained
    }
    rig.upstream.set({
      rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['<PERSON_2> and <PERSON_1>'] }, 0)])),
    });
    const third = await client.responses.create({
      model: 'gpt-4o-mini',
      input: `And ${NAME} again, with ${other}.`,
      previous_response_id: 'resp_turn2',
    });
    const fresh = await client.responses.create({ model: 'gpt-4o-mini', input: `Add ${other} to it.` });
    expect(userText(0)).toBe('Book a table for <PERSON_1>.');
    expect(userText(1)).toBe('Add <PERSON_2> to it.');
    expect(userText(2)).toBe('And <PERSON_1> again, with <PERSON_2>.');
    expect(third.output_text).toBe(`${other} and ${NAME}`);
    expect(userText(3)).toBe('Add <PERSON_1> to it.');
    // A new chain: the one name is <PERSON_1>, and a placeholder this request never issued stays as it is.
    expect(fresh.output_text).toBe(`<PERSON_2> and ${other}`);
  });

  it('requests of one stored conversation share their pseudonyms', async () => {
    rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['ok'] }, 0)])) });
    const other = 'Brígida Echenique';
    await client.responses.create({ model: 'gpt-4o-mini', input: `Call ${NAME}.`, conversation: 'conv_7' });
    await client.responses.create({ model: 'gpt-4o-mini', input: `Call ${other}.`, conversation: { id: 'conv_7' } });
    expect(sent(0).input).toBe('Call <PERSON_1>.');
    expect(sent(1).input).toBe('Call <PERSON_2>.');
  });

  describe('models.retrieve', () => {
    beforeEach(() => {
      rig.upstream.set({
        rawBody: JSON.stringify({
          object: 'list',
          data: ['gpt-4o-mini', 'gpt-3.5-turbo'].map((id) => ({ id, object: 'model', created: 7, owned_by: 'openai' })),
        }),
      });
    });

    it('a model the team may use comes back as the list has it', async () => {
      const model = await client.models.retrieve('gpt-4o-mini');
      expect(model).toMatchObject({ id: 'gpt-4o-mini', object: 'model', created: 7, owned_by: 'openai' });
    });

    it('a model the policy does not allow, or the upstream does not have, is a NotFoundError', async () => {
      for (const id of ['gpt-3.5-turbo', 'gpt-4o-nonexistent']) {
        const err = await client.models.retrieve(id).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(NotFoundError);
        expect((err as NotFoundError).code).toBe('model_not_found');
        expect((err as NotFoundError).type).toBe('invalid_request_error');
      }
    });
  });
});
