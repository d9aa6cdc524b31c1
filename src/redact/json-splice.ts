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
  const literal = JSON.stringify(from);
  const at = json.indexOf(literal);
  if (at === -1 || json.indexOf(literal, at + 1) !== -1) return undefined;
  return json.slice(0, at) + JSON.stringify(to) + json.slice(at + literal.length);
}
