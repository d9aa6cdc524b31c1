import type { Context } from 'hono';
import { ApiError, badRequest } from '../http/errors.js';
import { readBodyText } from '../http/node-io.js';

/** The request body as JSON: 415 for another content type, 413 over the limit, 400 for text that is not JSON. */
export async function readJson(c: Context, maxBytes: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError(
      415,
      'send the request body as application/json',
      'invalid_request_error',
      'unsupported_media_type',
    );
  }
  const text = await readBodyText(c, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('the request body is not valid JSON', 'invalid_json');
  }
}
