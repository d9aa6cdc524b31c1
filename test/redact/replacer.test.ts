import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReplacementTable, replaceAll, StreamingReplacer } from '../../src/redact/replacer.js';

const ENTRIES = [
  { needle: '<PERSON_1>', value: 'Alice Smith' },
  { needle: '<EMAIL_2>', value: 'alice@corp.example' },
  { needle: '<CREDIT_CARD_10>', value: '4111 1111 1111 1111' },
  { needle: '<PERSON_12>', value: 'Bob' },
  // Surrogates: word-bounded, and one is a prefix of another.
  { needle: 'Ana', value: 'Carmen' },
  { needle: 'Ana Lopez', value: 'Carmen Ruiz' },
];
const table = new ReplacementTable(ENTRIES);

/** Text made of needles, parts of needles and noise that looks like them. */
const piece = fc.oneof(
  fc.constantFrom(...ENTRIES.map((e) => e.needle)),
  fc.constantFrom('<', '>', '<PERSON_', '<PERSON_1', '<PERSON_99>', '<EMAIL_', '_2>', 'An', 'Banana', ' ', 'x', 'é'),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));

/** Random cut points turn one text into stream chunks (empty chunks included). */
function chunked(source: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (source.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let at = 0;
  for (const p of points) {
    out.push(source.slice(at, p));
    at = p;
  }
  out.push(source.slice(at));
  return out;
}

describe('StreamingReplacer', () => {
  it('restores issued placeholders and leaves invented ones alone', () => {
    expect(replaceAll(table, 'Hi <PERSON_1>, mail <EMAIL_2>; <PERSON_99> stays, <PERSON_1 too')).toBe(
      'Hi Alice Smith, mail alice@corp.example; <PERSON_99> stays, <PERSON_1 too',
    );
  });

  it('matches surrogates only on word boundaries, longest first', () => {
    expect(replaceAll(table, 'Ana Lopez met Ana; Banana and Anad stay')).toBe(
      'Carmen Ruiz met Carmen; Banana and Anad stay',
    );
  });

  it('holds back a placeholder split across pushes and never emits part of it', () => {
    const r = new StreamingReplacer(table);
    expect(r.push('Dear <PER')).toBe('Dear ');
    expect(r.push('SON_')).toBe('');
    expect(r.push('1>!')).toBe('Alice Smith!');
    expect(r.push('<PERSON_1')).toBe('');
    // `<PERSON_12>` is issued too, so `<PERSON_1` then `2` must still wait for `>`.
    expect(r.push('2')).toBe('');
    expect(r.push('> ok')).toBe('Bob ok');
    expect(r.flush()).toBe('');
  });

  it('releases an unfinished prefix at the end of the stream unchanged', () => {
    const r = new StreamingReplacer(table);
    expect(r.push('see <EMAIL_')).toBe('see ');
    expect(r.flush()).toBe('<EMAIL_');
  });

  it('property: any chunking restores exactly like one pass, and emitted text is always final', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (source, cuts) => {
        const expected = replaceAll(table, source);
        const r = new StreamingReplacer(table);
        let emitted = '';
        for (const chunk of chunked(source, cuts)) {
          emitted += r.push(chunk);
          // Never emitted anything that a later chunk would have to change: no partial placeholder.
          expect(expected.startsWith(emitted)).toBe(true);
        }
        emitted += r.flush();
        expect(emitted).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('property: never holds back more than the longest issued needle', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (source, cuts) => {
        const r = new StreamingReplacer(table);
        let fed = 0;
        let emittedSource = 0;
        for (const chunk of chunked(source, cuts)) {
          fed += chunk.length;
          r.push(chunk);
          const held = r.heldText;
          expect(held.length).toBeLessThanOrEqual(table.longest);
          expect(source.slice(0, fed).endsWith(held)).toBe(true);
          emittedSource = fed - held.length;
        }
        expect(emittedSource).toBeLessThanOrEqual(source.length);
      }),
      { numRuns: 200 },
    );
  });

  it('finds needles whose first characters mean something in a regular expression, or are half of a pair', () => {
    // The search for first characters is a character class: `]`, `\\`, `^`, `-` and a lone surrogate unit must
    // each stand for themselves.
    const odd = new ReplacementTable([
      { needle: ']X1', value: 'a' },
      { needle: '\\X2', value: 'b' },
      { needle: '^X3', value: 'c' },
      { needle: '-X4', value: 'd' },
      { needle: '\u{1F600}X5', value: 'e' },
      { needle: 'X6', value: 'f' },
    ]);
    const text = 'p ]X1 q \\X2 r ^X3 s -X4 t \u{1F600}X5 u \u{1F601}X5 v X6 w ] \\ ^ -';
    expect(replaceAll(odd, text)).toBe('p a q b r c s d t e u \u{1F601}X5 v f w ] \\ ^ -');
    expect(odd.nextStart('abc', 0)).toBe(-1);
    expect(new ReplacementTable([]).nextStart('<PERSON_1>', 0)).toBe(-1);
  });

  it('JSON-escapes values for tool-call argument fragments', () => {
    const json = new ReplacementTable([{ needle: '<PERSON_1>', value: 'O"Brien\\' }]).mapValues((v) =>
      JSON.stringify(v).slice(1, -1),
    );
    const r = new StreamingReplacer(json);
    const out = r.push('{"name":"<PERS') + r.push('ON_1>"}') + r.flush();
    expect(JSON.parse(out)).toEqual({ name: 'O"Brien\\' });
  });
});
