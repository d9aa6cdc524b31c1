import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRig, type TestRig } from '../support/gateway.js';
import { responsesItem, responsesObject } from '../support/sdk-sse.js';

/**
 * Fail closed through the real server and the recording mock upstream: content Veil cannot read is refused and
 * nothing is sent; content it can read in a document is inspected and pseudonymised before it leaves. Invented
 * values throughout.
 */
const EMAIL = 'ignacia.berasategui@buzon-norte.es';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const anthropicHeaders = { 'anthropic-version': '2023-06-01' };

interface SentDocument {
  messages: { content: { type: string; source: { data: string }; title?: string }[] }[];
}

describe('inline content end to end', () => {
  let rig: TestRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig.close());
  beforeEach(() => rig.upstream.reset());

  it('chat: a file part with inline file_data is a 400 and nothing is sent; a stored file is forwarded', async () => {
    const refused = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'summarise the attachment' },
            { type: 'file', file: { filename: 'notes.txt', file_data: `data:text/plain;base64,${b64(EMAIL)}` } },
          ],
        },
      ],
    });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { code: string; param: string; message: string } };
    expect([body.error.code, body.error.param]).toEqual([
      'unsupported_content',
      'messages[0].content[1].file.file_data',
    ]);
    expect(rig.upstream.requests).toHaveLength(0);

    const stored = await rig.post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: [{ type: 'file', file: { file_id: 'file-stored1' } }] }],
    });
    expect(stored.status).toBe(200);
    expect(rig.upstream.requests).toHaveLength(1);
  });

  it('Responses: the name of a stored file leaves pseudonymised with its reference', async () => {
    rig.upstream.set({ rawBody: JSON.stringify(responsesObject([responsesItem({ text: ['ok'] }, 0)])) });
    const res = await rig.post('/v1/responses', {
      model: 'gpt-4o-mini',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'summarise it' },
            { type: 'input_file', file_id: 'file-stored2', filename: `mail from ${EMAIL} (1).eml` },
          ],
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(rig.upstream.requests[0]?.body).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]?.json as { input: { content: { filename?: string; file_id?: string }[] }[] };
    expect(sent.input[0]!.content[1]).toEqual({
      type: 'input_file',
      file_id: 'file-stored2',
      filename: 'mail from <EMAIL_1> (1).eml',
    });
  });

  it('Anthropic: a PDF document is refused in Anthropic error shape, nothing is sent', async () => {
    const res = await rig.post(
      '/v1/messages',
      {
        model: 'claude-3-5-haiku-latest',
        max_tokens: 50,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: b64('%PDF-1.7') } },
            ],
          },
        ],
      },
      anthropicHeaders,
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { type: string; error: { type: string; message: string } };
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toContain('messages[0].content[0].source');
    expect(rig.upstream.requests).toHaveLength(0);
  });

  it('Anthropic: text and base64 plain-text documents are inspected, and leave pseudonymised', async () => {
    const res = await rig.post(
      '/v1/messages',
      {
        model: 'claude-3-5-haiku-latest',
        max_tokens: 50,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'document', source: { type: 'text', media_type: 'text/plain', data: `Reply to ${EMAIL}` } },
              {
                type: 'document',
                source: { type: 'base64', media_type: 'text/plain', data: b64(`Contact: ${EMAIL}\n`) },
                title: `thread with ${EMAIL}`,
              },
              { type: 'text', text: 'Who do I answer?' },
            ],
          },
        ],
      },
      anthropicHeaders,
    );
    expect(res.status).toBe(200);
    const raw = rig.upstream.requests[0]?.body ?? '';
    expect(raw).not.toContain(EMAIL);
    const sent = rig.upstream.requests[0]?.json as SentDocument;
    const [text, encoded] = sent.messages[0]!.content;
    expect(text!.source.data).toBe('Reply to <EMAIL_1>');
    expect(Buffer.from(encoded!.source.data, 'base64').toString('utf8')).toBe('Contact: <EMAIL_1>\n');
    expect(encoded!.title).toBe('thread with <EMAIL_1>');
  });
});
