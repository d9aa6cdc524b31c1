/**
 * A JSON text with one of its strings replaced, written into the text instead of parsing and re-serialising it
 * all; undefined when that is not provably the same as re-serialising. Without `\u` and `\/` escapes every
 * string literal of the text is written the way JSON.stringify writes its value, so the literal of `from` is
 * among the occurrences of JSON.stringify(from); when that form occurs just once in the text, that occurrence
 * is the literal. (Any other occurrence, a literal of the same value or one spanning two tokens such as `","`,
 * makes it occur twice.)
 */
export function replaceJsonString(json: string, from: string, to: string): string | undefined {
  if (json.includes('\\u') || json.includes('\\/')) return undefined;
  const literal = jsonString(from);
  const at = json.indexOf(literal);
  // One start only: the first and the last occurrence are the same.
  if (at === -1 || json.lastIndexOf(literal) !== at) return undefined;
  return json.slice(0, at) + jsonString(to) + json.slice(at + literal.length);
}

/** What JSON.stringify escapes in a string: quote, backslash, control characters, lone surrogates (any, here). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * JSON.stringify(value) for a string: the quoted string itself when it holds nothing JSON.stringify escapes.
 * JSON.stringify took about 5 ns per character for a lone string, more than the search around it.
 */
export function jsonString(value: string): string {
  return ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;
}
