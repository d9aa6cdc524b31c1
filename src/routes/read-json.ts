import type { Context } from 'hono';
import { ApiError, badRequest } from '../http/errors.js';
import { readBodyText, requestHeader } from '../http/node-io.js';

/** The request body as JSON: 415 for another content type, 413 over the limit, 400 for text that is not JSON. */
export async function readJson(c: Context, maxBytes: number): Promise<unknown> {
  return (await readJsonText(c, maxBytes)).body;
}

/** readJson, with the text the body was parsed from. */
export async function readJsonText(c: Context, maxBytes: number): Promise<{ body: unknown; text: string }> {
  const type = requestHeader(c, 'content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError(
      415,
      'send the request body as application/json',
      'invalid_request_error',
      'unsupported_media_type',
    );
  }
  const text = await readBodyText(c, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('the request body is not valid JSON', 'invalid_json');
  }
  if (openers(text, MAX_DEPTH) > MAX_DEPTH && nestingDepth(body, MAX_DEPTH) > MAX_DEPTH) {
    throw badRequest(`the request body is nested deeper than ${MAX_DEPTH} levels`, 'nested_too_deep');
  }
  return { body, text };
}

/**
 * No provider request nests anywhere near this deep; refusing deeper bodies here keeps the parsers' recursion
 * and the upstream's JSON.stringify bounded (a 200 kB body of nested arrays overflowed the stack).
 */
const MAX_DEPTH = 64;

/**
 * `{` and `[` in the text, counted up to just past `limit`: every object or array opens with one, so a text with
 * no more than `limit` of them (brackets inside strings count too) cannot nest deeper, and the walk below is not
 * needed. A 1 KB chat body holds a handful: counting them costs about a sixth of walking the parsed value.
 */
function openers(text: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf('{'); at !== -1 && n <= limit; at = text.indexOf('{', at + 1)) n++;
  for (let at = text.indexOf('['); at !== -1 && n <= limit; at = text.indexOf('[', at + 1)) n++;
  return n;
}

/** Depth of a parsed JSON value, walked without recursion; stops counting once past `limit`. */
function nestingDepth(root: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push([child, level]);
    }
  }
  return deepest;
}
