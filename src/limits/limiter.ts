import { ApiError } from '../http/errors.js';
import { Bucket } from './bucket.js';

/** Limits of one scope (a key, or a team). 0 or absent: unlimited. */
export interface RateLimits {
  concurrent?: number;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

export interface LimiterOptions {
  /** The limits for a team's keys and for the team as a whole; called when a key or team is first seen. */
  limitsFor(team: string): { key: RateLimits; team: RateLimits };
  /** Keys (and, separately, teams) tracked at most; idle ones beyond are forgotten, oldest first. */
  maxTracked?: number;
  now?: () => number;
}

export interface AcquireRequest {
  /** Request id: usage reported later under this id corrects the token estimate. */
  id: string;
  keyId: string;
  team: string;
  /** Estimated tokens of the request (see estimateTokens). */
  tokens: number;
}

export interface Lease {
  /** Ends the request's hold on the concurrency slots; idempotent. */
  release(): void;
}

interface Entry {
  inflight: number;
  limits: RateLimits;
  /** No concurrency, request or token limit at all: nothing about this scope can refuse a request. */
  unlimited: boolean;
  requests?: Bucket;
  tokens?: Bucket;
}

interface Open {
  key: Entry;
  team: Entry;
  estimate: number;
}

/** Enough steps to keep up with insertions while never making one request pay for a long sweep. */
const SWEEP_STEPS = 4;

/**
 * Concurrency, requests per minute and tokens per minute, per gateway key and per team, in memory. Each
 * request costs a constant number of map operations and no timer: buckets refill from the clock when used.
 * Maps are kept in least-recently-used order, and entries that hold nothing (no request running, buckets
 * full again) are dropped from the old end as new ones arrive, so memory follows the number of keys active
 * within a minute, capped by maxTracked.
 */
export class Limiter {
  private readonly keys = new Map<string, Entry>();
  private readonly teams = new Map<string, Entry>();
  private readonly open = new Map<string, Open>();
  private readonly maxTracked: number;
  private readonly now: () => number;

  constructor(private readonly options: LimiterOptions) {
    this.maxTracked = Math.max(1, options.maxTracked ?? 10_000);
    this.now = options.now ?? (() => performance.now());
  }

  /** Admits the request or throws ApiError 429 with Retry-After; nothing is taken from any budget when refused. */
  acquire(req: AcquireRequest): Lease {
    // A key and team with no limit at all (the default: every VEIL_LIMIT_* unset): nothing to count or refuse,
    // so no clock read, no recency update and no running-request entry. Their entries stay as they are; when
    // idle entries are swept they go too and are made again (limits looked up once more) on their next request.
    if (this.keys.get(req.keyId)?.unlimited === true && this.teams.get(req.team)?.unlimited === true) return FREE;
    const now = this.now();
    const key = this.entry(this.keys, req.keyId, req.team, 'key', now);
    const team = this.entry(this.teams, req.team, req.team, 'team', now);
    refuseIfOver(key, 'this gateway key', req.tokens, now);
    refuseIfOver(team, `team "${req.team}"`, req.tokens, now);
    take(key, req.tokens);
    take(team, req.tokens);
    const open: Open = { key, team, estimate: req.tokens };
    this.open.set(req.id, open);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        key.inflight--;
        team.inflight--;
        if (this.open.get(req.id) === open) this.open.delete(req.id);
      },
    };
  }

  /** The real token count of a request still running (from its usage): the estimate is corrected by the difference. */
  observeUsage(id: string, totalTokens: number): void {
    const open = this.open.get(id);
    if (!open || !Number.isFinite(totalTokens)) return;
    const delta = open.estimate - totalTokens;
    open.estimate = totalTokens;
    open.key.tokens?.adjust(delta);
    open.team.tokens?.adjust(delta);
  }

  /** Tracked keys, teams and running requests (for metrics and tests of the memory bound). */
  size(): { keys: number; teams: number; open: number } {
    return { keys: this.keys.size, teams: this.teams.size, open: this.open.size };
  }

  private entry(map: Map<string, Entry>, id: string, team: string, scope: 'key' | 'team', now: number): Entry {
    let e = map.get(id);
    if (e) map.delete(id);
    else {
      // Only for an entry not tracked yet: the limits are looked up (and built) once, not on every request.
      const limits = this.options.limitsFor(team)[scope];
      const unlimited =
        !positive(limits.concurrent) && !positive(limits.requestsPerMinute) && !positive(limits.tokensPerMinute);
      e = { inflight: 0, limits, unlimited };
      if (positive(limits.requestsPerMinute)) e.requests = new Bucket(limits.requestsPerMinute, now);
      if (positive(limits.tokensPerMinute)) e.tokens = new Bucket(limits.tokensPerMinute, now);
    }
    // Swept before the entry goes back in, so the entry being used is never the one dropped.
    this.sweep(map, now);
    map.set(id, e);
    return e;
  }

  /** Drops idle entries from the least recently used end; over the cap, idle entries go even with debt left. */
  private sweep(map: Map<string, Entry>, now: number): void {
    for (let step = 0; step < SWEEP_STEPS; step++) {
      const first = map.entries().next();
      if (first.done) return;
      const [id, e] = first.value;
      const over = map.size >= this.maxTracked;
      const idle = e.inflight === 0;
      if (idle && (over || ((e.requests?.full(now) ?? true) && (e.tokens?.full(now) ?? true)))) {
        map.delete(id);
      } else if (over && !idle) {
        // Busy: it cannot be forgotten, so it goes to the recent end and the sweep looks at the next one.
        map.delete(id);
        map.set(id, e);
      } else return;
    }
  }
}

/** The lease of a request that nothing limits: nothing to give back. */
const FREE: Lease = { release: () => {} };

function take(e: Entry, tokens: number): void {
  e.inflight++;
  e.requests?.take(1);
  e.tokens?.take(tokens);
}

function positive(n: number | undefined): n is number {
  return n !== undefined && n > 0;
}

function refuseIfOver(e: Entry, who: string, tokens: number, now: number): void {
  const { concurrent, requestsPerMinute, tokensPerMinute } = e.limits;
  if (positive(concurrent) && e.inflight >= concurrent) {
    throw tooMany(`too many concurrent requests for ${who} (limit ${concurrent})`, 1000);
  }
  const requestWait = e.requests?.waitFor(1, now) ?? 0;
  if (requestWait > 0) {
    throw tooMany(`too many requests per minute for ${who} (limit ${requestsPerMinute})`, requestWait);
  }
  const tokenWait = e.tokens?.waitFor(tokens, now) ?? 0;
  if (tokenWait > 0) {
    throw tooMany(`too many tokens per minute for ${who} (limit ${tokensPerMinute})`, tokenWait);
  }
}

function tooMany(message: string, waitMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(429, `${message}; retry after ${seconds} s`, 'rate_limit_error', 'rate_limit_exceeded', null, {
    'retry-after': String(seconds),
  });
}

/**
 * Tokens a request will cost, guessed before it is sent from the length of its body: about four characters
 * per token for English and JSON. Usage reported by the upstream corrects the guess (Limiter.observeUsage).
 */
export function estimateTokens(chars: number): number {
  return Math.ceil(chars / 4);
}
