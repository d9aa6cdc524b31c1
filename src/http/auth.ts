import type { Context, Handler, MiddlewareHandler } from 'hono';
import type { KeyStore } from '../auth/key-store.js';
import type { PolicyConfig } from '../config/schema.js';
import { ApiError } from './errors.js';
import { requestHeader } from './node-io.js';
import './context.js';

export interface AuthOptions {
  keys: KeyStore;
  policies: ReadonlyMap<string, PolicyConfig>;
}

/**
 * Gateway key → team → policy. OpenAI clients send `Authorization: Bearer <key>`; Anthropic SDKs send
 * `x-api-key`. A key whose team has no policy file of its own gets the default policy.
 */
export function gatewayAuth(options: AuthOptions): MiddlewareHandler {
  const authenticate = authenticator(options);
  return async function gatewayAuth(c, next) {
    authenticate(c);
    await next();
  };
}

/**
 * The same check as a plain function that sets `c.get('auth')` or throws the 401: a route that needs nothing
 * else calls it first (see `authenticated`) instead of paying for a middleware layer of its own.
 */
export function authenticator(options: AuthOptions): (c: Context) => void {
  const fallback = options.policies.get('default');
  return function authenticate(c) {
    const header = requestHeader(c, 'authorization');
    const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : requestHeader(c, 'x-api-key');
    if (!key) {
      throw new ApiError(
        401,
        'missing gateway key: send Authorization: Bearer <veil key>',
        'authentication_error',
        'missing_api_key',
      );
    }
    const info = options.keys.verify(key);
    if (!info) throw new ApiError(401, 'invalid or revoked gateway key', 'authentication_error', 'invalid_api_key');
    const policy = options.policies.get(info.team) ?? fallback;
    if (!policy) throw new ApiError(500, 'no policy for this team and no default policy', 'api_error', 'no_policy');
    c.set('auth', { team: info.team, keyId: info.id, policy });
  };
}

/** A handler that runs only for a valid gateway key: each Hono middleware layer costs two promises per request. */
export function authenticated(options: AuthOptions, handler: Handler): Handler {
  const authenticate = authenticator(options);
  return (c, next) => {
    authenticate(c);
    return handler(c, next);
  };
}
