import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saysNoMoreThanParsed } from '../../src/http/json-text.js';

const check = (text: string) => saysNoMoreThanParsed(text, JSON.parse(text));

describe('a JSON text that says no more than its parse', () => {
  it('accepts texts whose every key is kept', () => {
    expect(check('{"model":"m","messages":[{"role":"user","content":"hi"}]}')).toBe(true);
    expect(check('{ "a" : 1 ,\n\t"b":\r\n{"c":[{"d":null},{"e":"f"}]}}')).toBe(true);
    expect(check('{"text":"a \\"key\\": in a string, \\\\\\" and \\\\","x":{"y":":"}}')).toBe(true);
    expect(check('{"__proto__":{"a":1},"b":[]}')).toBe(true);
    expect(check('[1,"two",{"three":3}]')).toBe(true);
    expect(check('"just a string: with a colon"')).toBe(true);
  });

  it('refuses a repeated key at any depth', () => {
    expect(check('{"messages":[],"messages":[{"role":"user","content":"secret"}]}')).toBe(false);
    expect(check('{"a":{"b":1,"b":2}}')).toBe(false);
    expect(check('[{"x":1},{"y":{"z":"\\"","z":"q"}}]')).toBe(false);
    expect(check('{"a\\"":1,"a\\u0022":2}')).toBe(false);
    expect(check('{"__proto__":1,"__proto__":2}')).toBe(false);
  });

  it('holds for any JSON value, written compactly or spaced, and fails once a key is repeated', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        if (text === undefined) return;
        expect(saysNoMoreThanParsed(text, JSON.parse(text))).toBe(true);
        const doubled = text.startsWith('{') && text !== '{}' ? `{"dup":0,"dup":1,${text.slice(1)}` : undefined;
        if (doubled) expect(saysNoMoreThanParsed(doubled, JSON.parse(doubled))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
