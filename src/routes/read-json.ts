import type { Context } from 'hono';
import { ApiError, badRequest } from '../http/errors.js';

/** The request body as JSON: 415 for another content type, 400 for text that is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError(
      415,
      'send the request body as application/json',
      'invalid_request_error',
      'unsupported_media_type',
    );
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('the request body is not valid JSON', 'invalid_json');
  }
}
