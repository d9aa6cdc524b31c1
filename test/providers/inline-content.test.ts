import { describe, expect, it } from 'vitest';
import { writeSegments } from '../../src/pipeline/segments.js';
import type { RequestAdapter } from '../../src/providers/adapter.js';
import { anthropicCountTokens, anthropicMessages, decodeBase64Text } from '../../src/providers/anthropic/parse.js';
import { openaiChat } from '../../src/providers/openai/parse.js';
import { apiErrorOf } from '../support/api-error.js';

/** Invented values throughout. */
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const refusal = (adapter: RequestAdapter, body: unknown) => apiErrorOf(() => adapter.parse(body));

const chat = (content: unknown) => ({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });
const messages = (content: unknown) => ({
  model: 'claude-x',
  max_tokens: 10,
  messages: [{ role: 'user', content }],
});
const texts = (adapter: RequestAdapter, body: unknown) =>
  adapter.parse(body).segments.map((s) => [s.path.join('.'), s.text]);

describe('chat completions: file and audio parts', () => {
  it('refuses a file part carrying inline file_data, whatever it encodes', () => {
    for (const file_data of [
      `data:application/pdf;base64,${b64('%PDF-1.4 Ottilie Brandauer')}`,
      `data:text/plain;base64,${b64('call Ottilie on 0171 2233445')}`,
      'not even base64',
    ]) {
      const err = refusal(
        openaiChat,
        chat([
          { type: 'text', text: 'summarise' },
          { type: 'file', file: { file_data } },
        ]),
      );
      expect([err.status, err.code, err.param]).toEqual([
        400,
        'unsupported_content',
        'messages[0].content[1].file.file_data',
      ]);
      expect(err.message).not.toContain(file_data.slice(0, 40));
    }
  });

  it('forwards a stored file by id, and inspects the file name that travels with it', () => {
    const body = chat([
      { type: 'text', text: 'what does it say' },
      { type: 'file', file: { file_id: 'file-abc123', filename: 'payslip Leocadia Urrutia.pdf' } },
      { type: 'file', file: { file_id: 'file-def456' } },
    ]);
    expect(texts(openaiChat, body)).toEqual([
      ['messages.0.content.0.text', 'what does it say'],
      ['messages.0.content.1.file.filename', 'payslip Leocadia Urrutia.pdf'],
    ]);
  });

  it('refuses inline audio (spoken words are text it cannot read), keeps passing images', () => {
    const err = refusal(openaiChat, chat([{ type: 'input_audio', input_audio: { data: 'UklGRg==', format: 'wav' } }]));
    expect([err.status, err.code, err.param]).toEqual([
      400,
      'unsupported_content',
      'messages[0].content[0].input_audio',
    ]);
    const image = chat([{ type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } }]);
    expect(openaiChat.parse(image).segments).toEqual([]);
  });
});

describe('Anthropic document and search_result blocks', () => {
  it('inspects a text source, a content source, and the title and context that go with them', () => {
    const body = messages([
      {
        type: 'document',
        source: { type: 'text', media_type: 'text/plain', data: 'Tenant: Baltasar Iribarne, flat 3B' },
        title: 'lease of Baltasar',
        context: 'signed in March',
      },
      {
        type: 'document',
        source: {
          type: 'content',
          content: [
            { type: 'text', text: 'chunk one' },
            { type: 'image', source: {} },
          ],
        },
      },
      { type: 'document', source: { type: 'content', content: 'a plain string chunk' } },
    ]);
    expect(texts(anthropicMessages, body)).toEqual([
      ['messages.0.content.0.source.data', 'Tenant: Baltasar Iribarne, flat 3B'],
      ['messages.0.content.0.title', 'lease of Baltasar'],
      ['messages.0.content.0.context', 'signed in March'],
      ['messages.0.content.1.source.content.0.text', 'chunk one'],
      ['messages.0.content.2.source.content', 'a plain string chunk'],
    ]);
  });

  it('reads a base64 plain-text document decoded and writes a new text back encoded', () => {
    const original = 'Notas de Graciela Ostolaza\ngraciela.ostolaza@correo.test\n';
    for (const media_type of ['text/plain', 'text/csv', 'text/plain; charset=utf-8']) {
      const body = messages([{ type: 'document', source: { type: 'base64', media_type, data: b64(original) } }]);
      const parsed = anthropicMessages.parse(body);
      expect(parsed.segments).toHaveLength(1);
      const segment = parsed.segments[0]!;
      expect([segment.text, segment.encoding]).toEqual([original, 'base64']);
      writeSegments(parsed.body, parsed.segments, [original.replace('Graciela Ostolaza', '<PERSON_1>')]);
      const written = (parsed.body.messages as { content: { source: { data: string } }[] }[])[0]!.content[0]!.source
        .data;
      expect(Buffer.from(written, 'base64').toString('utf8')).toBe(
        'Notas de <PERSON_1>\ngraciela.ostolaza@correo.test\n',
      );
    }
  });

  it('refuses a PDF, binary bytes under a text type, broken base64 and unknown sources, in count_tokens too', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'base64', media_type: 'application/pdf', data: b64('%PDF-1.7 Evaristo') }, 'source'],
      [
        { type: 'base64', media_type: 'text/plain', data: Buffer.from([0x48, 0x00, 0x01, 0x02]).toString('base64') },
        'source',
      ],
      [
        { type: 'base64', media_type: 'text/plain', data: Buffer.from([0xff, 0xfe, 0xc3]).toString('base64') },
        'source',
      ],
      [{ type: 'base64', media_type: 'text/plain', data: 'SGVsbG8*' }, 'source'],
      [{ type: 'base64', media_type: 'text/plain; charset=latin1', data: b64('Hola') }, 'source'],
      [{ type: 'mystery', data: 'x' }, 'source.type'],
    ];
    for (const adapter of [anthropicMessages, anthropicCountTokens]) {
      for (const [source, field] of cases) {
        const err = refusal(adapter, messages([{ type: 'document', source }]));
        expect([err.status, err.code, err.param]).toEqual([
          400,
          'unsupported_content',
          `messages[0].content[0].${field}`,
        ]);
      }
    }
  });

  it('passes URL and file document sources and images as references', () => {
    const body = messages([
      { type: 'document', source: { type: 'url', url: 'https://files.example.test/a.pdf' } },
      { type: 'document', source: { type: 'file', file_id: 'file_011' } },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
    ]);
    expect(anthropicMessages.parse(body).segments).toEqual([]);
  });

  it('inspects a search result source, title and text blocks, also inside a tool result', () => {
    const result = {
      type: 'search_result',
      source: 'https://kb.example.test/ticket/88',
      title: 'Ticket from Wilhelmina Soto',
      content: [{ type: 'text', text: 'She asked for a refund of order 7781.' }],
    };
    const body = messages([
      result,
      { type: 'tool_result', tool_use_id: 't1', content: [result] },
      { type: 'text', text: 'anything urgent?' },
    ]);
    expect(texts(anthropicMessages, body)).toEqual([
      ['messages.0.content.0.source', 'https://kb.example.test/ticket/88'],
      ['messages.0.content.0.title', 'Ticket from Wilhelmina Soto'],
      ['messages.0.content.0.content.0.text', 'She asked for a refund of order 7781.'],
      ['messages.0.content.1.content.0.source', 'https://kb.example.test/ticket/88'],
      ['messages.0.content.1.content.0.title', 'Ticket from Wilhelmina Soto'],
      ['messages.0.content.1.content.0.content.0.text', 'She asked for a refund of order 7781.'],
      ['messages.0.content.2.text', 'anything urgent?'],
    ]);
    const bad = refusal(anthropicMessages, messages([{ ...result, content: [{ type: 'image', source: {} }] }]));
    expect([bad.code, bad.param]).toEqual(['unsupported_content', 'messages[0].content[0].content[0]']);
    const odd = refusal(anthropicMessages, messages([{ ...result, source: { url: 'https://kb.example.test/1' } }]));
    expect([odd.status, odd.code]).toEqual([400, 'invalid_type']);
  });

  it('decodes only clean UTF-8 text types', () => {
    expect(decodeBase64Text('text/markdown', b64('# Título\n'))).toBe('# Título\n');
    expect(decodeBase64Text('TEXT/PLAIN; charset="UTF-8"', b64('ok'))).toBe('ok');
    expect(decodeBase64Text('application/json', b64('{}'))).toBeUndefined();
    expect(decodeBase64Text('text/plain', 'abc')).toBeUndefined();
    expect(decodeBase64Text('text/plain', 42)).toBeUndefined();
  });
});
