import fc from 'fast-check';

/** Characters that break naive text handling: lone surrogates, combining marks, joiners, BOM, NUL, JSON escapes. */
const SPECIALS = [
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u0301',
  '\u0308',
  '\u200D',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '"',
  '\\',
  '\n',
  '\r',
  '<',
  '>',
  '_',
  '\u{1F600}',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  'e\u0301',
];

/** One UTF-16 unit of anything, a special, or a whole grapheme. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }) },
);

export const text = fc.string({ unit, maxLength: 40 });

/** JSON values whose strings are hostile text too. */
export const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    text,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'text', 'type')), tie('value'), {
      maxKeys: 3,
    }),
  ),
})).value;

const or = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: json });

const partType = fc.constantFrom(
  'text',
  'input_text',
  'refusal',
  'image_url',
  'input_audio',
  'file',
  'tool_use',
  'tool_result',
  'thinking',
  'image',
  'document',
  'redacted_thinking',
  'bogus',
);

/**
 * A document source: mostly a base64 text document (the parser reads it decoded, Segment.encoding 'base64'), its
 * data encoded from hostile text or base64-looking noise (non-canonical padding bits decode all the same), or a
 * PDF, a text source, or junk.
 */
export const documentSource = or(
  fc.oneof(
    fc.record({
      type: fc.constant('base64'),
      media_type: fc.constantFrom('text/plain', 'text/csv; charset=utf-8', 'application/pdf'),
      data: fc.oneof(
        text.map((t) => Buffer.from(t, 'utf8').toString('base64')),
        fc.string({ unit: fc.constantFrom(...'ABCQRSwxyz019+/'), minLength: 2, maxLength: 2 }).map((s) => `${s}==`),
      ),
    }),
    fc.record({ type: fc.constant('text'), media_type: fc.constant('text/plain'), data: text }),
  ),
);

const part = fc.letrec((tie) => ({
  part: or(
    fc.record(
      {
        type: or(partType),
        text: or(text),
        refusal: or(text),
        thinking: or(text),
        input: json,
        content: fc.oneof(text, fc.array(tie('part'), { maxLength: 2 })),
        image_url: fc.record({ url: text }),
        source: documentSource,
      },
      { requiredKeys: ['type'] },
    ),
  ),
})).part;

const content = or(fc.oneof(text, fc.array(part, { maxLength: 4 })));

const message = or(
  fc.record(
    {
      role: or(fc.constantFrom('user', 'assistant', 'system', 'developer', 'tool', '')),
      content,
      tool_calls: or(
        fc.array(
          or(
            fc.record({
              id: text,
              type: fc.constant('function'),
              function: or(fc.record({ name: text, arguments: or(text) })),
            }),
          ),
          { maxLength: 2 },
        ),
      ),
    },
    { requiredKeys: ['role'] },
  ),
);

/** Request bodies near the shape of chat, completions, embeddings and messages requests, often broken. */
export const requestBody = or(
  fc.record(
    {
      model: or(text),
      messages: or(fc.array(message, { maxLength: 5 })),
      stream: or(fc.boolean()),
      max_tokens: or(fc.nat({ max: 1000 })),
      system: content,
      prompt: or(fc.oneof(text, fc.array(or(text), { maxLength: 3 }))),
      suffix: or(text),
      input: or(fc.oneof(text, fc.array(or(text), { maxLength: 3 }))),
      temperature: json,
    },
    { requiredKeys: [] },
  ),
);

/** What a client would send: the JSON round trip drops undefined and turns -0 into 0. */
export const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');
