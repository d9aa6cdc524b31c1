import type { Context, MiddlewareHandler } from 'hono';
import { type Logger, pino } from 'pino';
import { onAnswerDone, sentStatus } from '../http/node-io.js';
import '../http/context.js';

export interface AccessLogOptions {
  logger: Logger;
}

/** Status logged for a client that went away before its answer was ready (nginx's convention). */
export const CLIENT_CLOSED = 499;

/**
 * Writes the request's access line once its answer is done: the last byte handed to the socket or the client
 * gone, so a stream's line carries the stream's whole duration. Call it when the request arrives: under Node
 * the line is tied to the response's close, which a client leaving early fires before the handler returns.
 * Outside Node (app.request() in tests) the caller writes the line itself with `writeAccessLine`.
 * Returns false when it could not watch the answer.
 */
export function logWhenDone(logger: Logger, c: Context, started: number): boolean {
  return onAnswerDone(c, () => writeAccessLine(logger, c, sentStatus(c) ?? CLIENT_CLOSED, started));
}

/**
 * The matched route's path (`unmatched` for none), for the access line and the response count. Hono's routePath
 * builds an array on every read, so the first answer is kept on the context.
 */
export function routeLabel(c: Context): string {
  let label = c.get('routeLabel');
  if (label === undefined) {
    const path = c.req.routePath;
    label = path === '/*' ? 'unmatched' : path;
    c.set('routeLabel', label);
  }
  return label;
}

/**
 * One structured line per request: request id, method, route path, status, team and key id, duration.
 * Deliberately nothing else: no headers (credentials), no query string, no body, no error message.
 */
export function writeAccessLine(logger: Logger, c: Context, status: number, started: number): void {
  if (!logger.isLevelEnabled('info')) return;
  const auth = c.get('auth');
  const requestId = c.get('requestId');
  const method = c.req.method;
  const path = routeLabel(c);
  const team = auth?.team;
  const keyId = auth?.keyId;
  const ms = Math.round((performance.now() - started) * 10) / 10;
  if (!writeDirect(logger, requestId, method, path, status, team, keyId, ms)) {
    logger.info({ requestId, method, path, status, team, keyId, ms }, 'request');
  }
}

const str = (key: string, value: string | undefined) =>
  value === undefined ? '' : `,"${key}":${JSON.stringify(value)}`;
/** Values made by Veil or the HTTP parser (a UUID, a method token, a route pattern): usually nothing to escape. */
const plain = (key: string, value: string | undefined) =>
  value !== undefined && /^[\w./:*-]*$/.test(value) ? `,"${key}":"${value}"` : str(key, value);

/**
 * The parts of the line that repeat from request to request, serialised once and kept while they stay the
 * same: the method and route path (a handful of routes), the team and key id (one key sends many requests).
 */
const routeParts = new Map<string, { method: string; text: string }>();
const MAX_ROUTE_PARTS = 256;
let whoTeam: string | undefined;
let whoKeyId: string | undefined;
let whoText = '';

function routeText(method: string, path: string): string {
  const held = routeParts.get(path);
  if (held !== undefined && held.method === method) return held.text;
  const text = `${plain('method', method)}${plain('path', path)}`;
  if (routeParts.size >= MAX_ROUTE_PARTS) routeParts.clear();
  routeParts.set(path, { method, text });
  return text;
}

function teamKeyText(team: string | undefined, keyId: string | undefined): string {
  if (team !== whoTeam || keyId !== whoKeyId || whoText === '') {
    whoTeam = team;
    whoKeyId = keyId;
    // Never empty once made (the status before it is always written), so '' marks "not made yet".
    whoText = `${str('team', team)}${str('keyId', keyId)},"ms":`;
  }
  return whoText;
}

/**
 * The same line pino writes (level, time, the logger's bindings, the fields, msg), serialised here: the fields
 * are fixed and flat, and pino's general path (formatters, per-key serialisation) cost about 6 µs per request.
 * Falls back to pino for a logger that is not a plain pino logger (no bindings string to copy).
 */
function writeDirect(
  logger: Logger,
  requestId: string | undefined,
  method: string,
  path: string,
  status: number,
  team: string | undefined,
  keyId: string | undefined,
  ms: number,
): boolean {
  const held = logger as unknown as Record<symbol, unknown>;
  const stream = held[pino.symbols.streamSym] as { write(line: string): unknown } | undefined;
  const bindings = held[pino.symbols.chindingsSym];
  const level = logger.levels.values.info;
  if (!stream || typeof bindings !== 'string' || level === undefined) return false;
  stream.write(
    `{"level":${level},"time":${Date.now()}${bindings}${plain('requestId', requestId)}${routeText(method, path)}` +
      `,"status":${status}${teamKeyText(team, keyId)}${ms},"msg":"request"}\n`,
  );
  return true;
}

/** The access line as a middleware of its own (the gateway writes it from its envelope). */
export function accessLog(options: AccessLogOptions): MiddlewareHandler {
  return async function accessLog(c, next) {
    const started = performance.now();
    const watched = logWhenDone(options.logger, c, started);
    await next();
    if (!watched) writeAccessLine(options.logger, c, c.res.status, started);
  };
}
