/**
 * Errors a client can act on, rendered in the OpenAI error shape ({"error":{"message","type","code","param"}})
 * or in Anthropic's ({"type":"error","error":{"type","message"}}) for the Messages API. Messages never
 * contain a value taken from the request body.
 */
export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'api_error'
  | 'overloaded_error';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly type: ErrorType,
    readonly code: string,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code: string, param: string | null = null) =>
  new ApiError(400, message, 'invalid_request_error', code, param);

export function errorBody(err: ApiError, format: 'openai' | 'anthropic'): unknown {
  if (format === 'anthropic') return { type: 'error', error: { type: err.type, message: err.message } };
  return { error: { message: err.message, type: err.type, code: err.code, param: err.param } };
}
